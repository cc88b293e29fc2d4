package roundtable.room;

import java.util.HashMap;
import java.util.Map;

/**
 * Which operations a room has applied, so that a command re-sent after a reconnect is
 * acknowledged again instead of applied twice. Keyed by participant and opId, since each client
 * only promises its opIds are unique for itself.
 */
final class OpLedger {

    private final Map<String, Long> seqByOp = new HashMap<>();

    void remember(String participantId, String opId, long seq) {
        if (participantId != null && opId != null) {
            seqByOp.put(key(participantId, opId), seq);
        }
    }

    /** The seq the operation's last event got, or null if it was never applied. */
    Long seqOf(String participantId, String opId) {
        return seqByOp.get(key(participantId, opId));
    }

    private static String key(String participantId, String opId) {
        return participantId + '\u0000' + opId;
    }
}
