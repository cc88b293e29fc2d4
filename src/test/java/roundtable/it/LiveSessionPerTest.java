package roundtable.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * For test classes where every test wants a session of its own, so that no test sees what another
 * left in the room: {@link #room}, a fresh forum session with its facilitator connected, opened
 * before each test and closed after it.
 */
abstract class LiveSessionPerTest extends OneServerPerClass {

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
