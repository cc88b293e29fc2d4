package roundtable.store;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The node's bound on events handed to the {@link EventLog} and not yet committed, shared by every
 * room (each on its own thread) and the log. Rooms check {@link #hasRoom()} before they accept a
 * command and count what they hand over; the log counts what it committed. So when the database
 * stops answering, memory stays bounded: rooms refuse new commands with {@code unavailable}
 * instead of queueing without end.
 */
public final class WriteBuffer {

    private final int capacity;
    private final AtomicInteger waiting = new AtomicInteger();

    public WriteBuffer(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Whether a room may accept one more command. A command's few events may take the count a little
     * over the capacity (so may events the server decides itself: presence, timers); never more.
     */
    public boolean hasRoom() {
        return waiting.get() < capacity;
    }

    public void handedOver(int events) {
        waiting.addAndGet(events);
    }

    void committed(int events) {
        waiting.addAndGet(-events);
    }

    public int waiting() {
        return waiting.get();
    }

    public int capacity() {
        return capacity;
    }
}
