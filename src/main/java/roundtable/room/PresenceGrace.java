package roundtable.room;

import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A participant whose last connection closed stays shown as present for a grace period, so a blip
 * (a page reload, a network hand-over) records nothing; back within it, nobody sees a thing.
 */
final class PresenceGrace {

    private final Vertx vertx;
    private final long graceMs;
    private final Consumer<String> gone;
    /** Participants whose last connection closed, with the timer that marks them offline. */
    private final Map<String, Long> leaving = new HashMap<>();

    /** @param gone told, on the room's context, of each participant whose grace ran out */
    PresenceGrace(Vertx vertx, long graceMs, Consumer<String> gone) {
        this.vertx = vertx;
        this.graceMs = graceMs;
        this.gone = gone;
    }

    /** The participant's last connection closed: gone now without a grace period, or after it. */
    void left(String participantId) {
        if (graceMs == 0) {
            gone.accept(participantId);
        } else if (!leaving.containsKey(participantId)) {
            leaving.put(participantId, vertx.setTimer(graceMs, id -> {
                leaving.remove(participantId);
                gone.accept(participantId);
            }));
        }
    }

    /** The participant is back: whatever was pending for them is forgotten. */
    void back(String participantId) {
        Long timer = leaving.remove(participantId);
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
    }

    void stop() {
        leaving.values().forEach(vertx::cancelTimer);
        leaving.clear();
    }
}
