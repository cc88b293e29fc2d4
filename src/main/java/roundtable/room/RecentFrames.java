package roundtable.room;

import java.util.ArrayDeque;
import java.util.List;
import roundtable.wire.Frame;

/**
 * The last events of a room as they were delivered, so that a client back from a short blip is
 * sent exactly what it missed, as it would have seen it, instead of the whole state.
 */
final class RecentFrames {

    private final int capacity;
    private final ArrayDeque<Delivery> deliveries = new ArrayDeque<>();
    private long lastSeq;

    RecentFrames(int capacity) {
        this.capacity = capacity;
    }

    void add(long seq, Delivery delivery) {
        deliveries.addLast(delivery);
        lastSeq = seq;
        if (deliveries.size() > capacity) {
            deliveries.removeFirst();
        }
    }

    /** Whether every event after {@code seq} is still held. */
    boolean coversAfter(long seq) {
        return seq <= lastSeq && lastSeq - seq <= deliveries.size();
    }

    /** The seq of the oldest event held (lastSeq + 1 when nothing is held). */
    long firstSeq() {
        return lastSeq - deliveries.size() + 1;
    }

    /** What {@code participantId} missed after {@code seq}; only when {@link #coversAfter} holds. */
    List<Frame> after(long seq, String participantId) {
        int missed = (int) (lastSeq - seq);
        return deliveries.stream().skip(deliveries.size() - missed)
                .map(delivery -> delivery.frameFor(participantId)).toList();
        // toList is a copy: the frames stay as they were when asked for, whatever is added later.
    }
}
