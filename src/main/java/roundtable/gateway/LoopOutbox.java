package roundtable.gateway;

import io.vertx.core.Context;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The way onto one gateway event loop for everything rooms send to its sockets. Rooms run on their
 * own threads; waking a loop once per frame and socket (each with its own task) made the wake-up
 * itself a large part of the cost of a busy room. Here work for the loop's sockets queues up, and
 * the loop is woken once for whatever has gathered: a room delivering one event to ten people on
 * this loop costs one wake-up, not ten.
 *
 * <p>This queue is the one thing the rooms' threads and the loop share. Work from one room stays in
 * the order it was posted, so each socket still gets its frames in the room's order.
 */
final class LoopOutbox {

    private final Context loop;
    private final Queue<Runnable> work = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();

    LoopOutbox(Context loop) {
        this.loop = loop;
    }

    /** Runs {@code task} on the loop, after everything posted before it. Never blocks. */
    void post(Runnable task) {
        work.add(task);
        if (wakeUpPending.compareAndSet(false, true)) {
            loop.runOnContext(woken -> drain());
        }
    }

    private void drain() {
        // Cleared first: whatever is posted from now on either is taken below or wakes the loop again.
        wakeUpPending.set(false);
        for (Runnable task = work.poll(); task != null; task = work.poll()) {
            task.run();
        }
    }
}
