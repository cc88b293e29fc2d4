package roundtable.room;

import java.util.function.LongConsumer;

/**
 * When each of a room's acks not yet durable was given, so the room can tell how long an acknowledged
 * command waited for PostgreSQL once the log says it is committed. In seq order, as acks are; as many
 * entries at most as the room holds undurable commands, which its own bound limits.
 */
final class AckClock {

    private long[] seqs = new long[64];
    private long[] times = new long[64];
    private int head;
    private int size;

    /** An ack for the command whose last event has {@code seq}, given at {@code nanoTime}. */
    void acked(long seq, long nanoTime) {
        if (size == seqs.length) {
            grow();
        }
        int tail = (head + size) % seqs.length;
        seqs[tail] = seq;
        times[tail] = nanoTime;
        size++;
    }

    /** Everything up to {@code committed} is durable: hands each such ack's wait to {@code waited}. */
    void durable(long committed, long nanoTime, LongConsumer waited) {
        while (size > 0 && seqs[head] <= committed) {
            waited.accept(nanoTime - times[head]);
            head = (head + 1) % seqs.length;
            size--;
        }
    }

    private void grow() {
        long[] moreSeqs = new long[seqs.length * 2];
        long[] moreTimes = new long[times.length * 2];
        for (int i = 0; i < size; i++) {
            moreSeqs[i] = seqs[(head + i) % seqs.length];
            moreTimes[i] = times[(head + i) % times.length];
        }
        seqs = moreSeqs;
        times = moreTimes;
        head = 0;
    }
}
