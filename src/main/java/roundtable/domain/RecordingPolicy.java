package roundtable.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a group lets the server keep of its sessions. Live, everyone sees everything either way. */
public enum RecordingPolicy {
    /** The board, with who wrote what. */
    EVERYTHING("everything"),
    /** The board's words, but not whose they were. */
    ANONYMOUS_BOARD("anonymous-board"),
    /** Only commitments (and what the group documents on purpose); no other card's words. */
    COMMITMENTS_AND_KNOWLEDGE("commitments-and-knowledge");

    private final String id;

    RecordingPolicy(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return id;
    }

    public static Optional<RecordingPolicy> fromId(String id) {
        return Arrays.stream(values()).filter(policy -> policy.id.equals(id)).findFirst();
    }
}
