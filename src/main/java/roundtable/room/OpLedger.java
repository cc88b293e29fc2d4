package roundtable.room;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Which operations a room has applied, so that a command re-sent after a reconnect is
 * acknowledged again instead of applied twice. Keyed by participant and opId, since each client
 * only promises its opIds are unique for itself.
 *
 * <p>Bounded: a client re-sends only what it has not yet heard is durable, so the ledger keeps every
 * operation not yet durable, and of the durable ones only each participant's last {@link #KEPT_DURABLE}
 * (a client that went away before the durable frame reached it re-sends those). A long session no
 * longer grows the room's memory with every command ever made.
 */
final class OpLedger {

    static final int KEPT_DURABLE = 256;

    /** One participant's operations, oldest first. */
    private static final class Ops {
        final Map<String, Long> seqByOp = new HashMap<>();
        final ArrayDeque<String> order = new ArrayDeque<>();
    }

    private final Map<String, Ops> byParticipant = new HashMap<>();

    /** Remembers an applied operation; forgets the participant's oldest ones that are durable beyond the bound. */
    void remember(String participantId, String opId, long seq, long durableSeq) {
        if (participantId == null || opId == null) {
            return;
        }
        Ops ops = byParticipant.computeIfAbsent(participantId, id -> new Ops());
        if (ops.seqByOp.put(opId, seq) == null) {
            ops.order.addLast(opId);
        }
        while (ops.order.size() > KEPT_DURABLE && ops.seqByOp.get(ops.order.peekFirst()) <= durableSeq) {
            ops.seqByOp.remove(ops.order.pollFirst());
        }
    }

    /** The seq the operation's last event got, or null if it was never applied (or long forgotten). */
    Long seqOf(String participantId, String opId) {
        Ops ops = byParticipant.get(participantId);
        return ops == null ? null : ops.seqByOp.get(opId);
    }

    /** Operations remembered, all participants together (tests). */
    int size() {
        return byParticipant.values().stream().mapToInt(ops -> ops.seqByOp.size()).sum();
    }
}
