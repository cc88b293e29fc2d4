package roundtable.bench;

import io.vertx.core.Context;
import java.util.List;

/**
 * The open-loop sender of one client event loop: its participants take turns, one card every
 * {@code 1 / rate} seconds, on a fixed schedule that never waits for answers. A 1 ms timer sends
 * whatever has fallen due, so if the loop is held up the cards go out late, all at once, and the
 * lateness is recorded as send lag rather than hidden.
 */
final class LoadLoop {

    private final Context context;
    private final List<Participant> participants;
    private final Recorder recorder;
    private long timer = -1;
    private long startNanos;
    private double intervalNanos;
    private long sends;
    /** Whose turn it is, kept across rate changes so every participant sends as often. */
    private long turn;

    LoadLoop(Context context, List<Participant> participants, Recorder recorder) {
        this.context = context;
        this.participants = participants;
        this.recorder = recorder;
    }

    /** Starts sending at this many commands a second from now on; 0 stops. */
    void rate(double commandsPerSecond) {
        context.runOnContext(now -> {
            if (timer >= 0) {
                context.owner().cancelTimer(timer);
                timer = -1;
            }
            if (commandsPerSecond <= 0 || participants.isEmpty()) {
                return;
            }
            intervalNanos = 1e9 / commandsPerSecond;
            startNanos = System.nanoTime();
            sends = 0;
            timer = context.owner().setPeriodic(1, id -> sendDue());
        });
    }

    private void sendDue() {
        long now = System.nanoTime();
        int step = recorder.currentStep();
        while (true) {
            long due = startNanos + (long) (sends * intervalNanos);
            if (due > now) {
                return;
            }
            participants.get((int) (turn++ % participants.size())).sendCard(step, due);
            sends++;
        }
    }

    int size() {
        return participants.size();
    }
}
