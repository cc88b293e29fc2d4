package roundtable.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * For test classes where every test wants a session of its own, so that no test sees what another
 * left in the room: one server for the class, and {@link #room}, a fresh forum session with its
 * facilitator connected, opened before each test and closed after it. (Test classes run one after
 * another, so the one {@code running} serves each subclass in turn.)
 */
abstract class LiveSessionPerTest {

    @RegisterExtension
    static final RunningServer running = new RunningServer();

    LiveSession room;

    @BeforeEach
    void openRoom() {
        room = running.liveSession();
    }

    @AfterEach
    void closeRoom() {
        room.close();
    }
}
