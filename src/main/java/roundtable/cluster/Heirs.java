package roundtable.cluster;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Which live node should open a session nobody alive owns: rendezvous hashing. Every node computes
 * the same heir from the same member list without asking the others, and a node joining moves no
 * session that has an owner. (Two nodes that briefly disagree about the members may both try: the
 * claim in PostgreSQL lets exactly one win.)
 */
final class Heirs {

    private Heirs() {
    }

    static String of(String sessionId, List<String> liveNodes) {
        String heir = null;
        long best = Long.MIN_VALUE;
        for (String node : liveNodes) {
            long score = score(node, sessionId);
            if (heir == null || score > best || score == best && node.compareTo(heir) < 0) {
                heir = node;
                best = score;
            }
        }
        return heir;
    }

    /** FNV-1a over node and session, then mixed: well spread, and the same on every node. */
    private static long score(String node, String sessionId) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : (node + '\u0000' + sessionId).getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        return hash ^ (hash >>> 33);
    }
}
