package roundtable.it;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * For test classes that share one real server: {@link #running} starts before the class's first
 * test and stops after its last, and {@link #api} calls it over HTTP. Test classes run one after
 * another, so the one {@code running} serves each subclass in turn.
 */
abstract class OneServerPerClass {

    @RegisterExtension
    static final RunningServer running = new RunningServer();

    final Api api = running.api();
}
