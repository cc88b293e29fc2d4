package roundtable.room;

import io.vertx.core.Vertx;
import java.util.Optional;

/**
 * One Vert.x timer, kept armed for a room's next deadline. Re-arming for the same deadline is a
 * no-op, so the room can call {@link #arm} after every change.
 */
final class DeadlineTimer {

    private final Vertx vertx;
    private final Runnable onDue;
    private Long armedFor;
    private long timerId = -1;

    DeadlineTimer(Vertx vertx, Runnable onDue) {
        this.vertx = vertx;
        this.onDue = onDue;
    }

    void arm(Optional<Long> deadline, long now) {
        if (deadline.isPresent() && deadline.get().equals(armedFor)) {
            return;
        }
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
            timerId = -1;
        }
        armedFor = deadline.orElse(null);
        deadline.ifPresent(due -> timerId = vertx.setTimer(Math.max(1, due - now), id -> {
            timerId = -1;
            armedFor = null;
            onDue.run();
        }));
    }
}
