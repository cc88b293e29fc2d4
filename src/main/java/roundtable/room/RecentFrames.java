package roundtable.room;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The last event frames of a room, so that a client back from a short blip is sent exactly what
 * it missed instead of the whole state.
 */
final class RecentFrames {

    private final int capacity;
    private final ArrayDeque<String> frames = new ArrayDeque<>();
    private long lastSeq;

    RecentFrames(int capacity, long lastSeq) {
        this.capacity = capacity;
        this.lastSeq = lastSeq;
    }

    void add(long seq, String frame) {
        frames.addLast(frame);
        lastSeq = seq;
        if (frames.size() > capacity) {
            frames.removeFirst();
        }
    }

    /** Whether every event after {@code seq} is still held. */
    boolean coversAfter(long seq) {
        return seq <= lastSeq && lastSeq - seq <= frames.size();
    }

    /** The frames of the events after {@code seq}; only when {@link #coversAfter} holds. */
    List<String> after(long seq) {
        int missed = (int) (lastSeq - seq);
        return frames.stream().skip(frames.size() - missed).toList();
    }
}
