package roundtable.domain;

/**
 * What a phase asks of commitments, by its kind: walking through last time's ({@code report}),
 * making new ones ({@code make}), or nothing in particular. The room puts the commitments first in
 * such phases; every other rule about commitments holds in every phase.
 */
public enum CommitmentFocus {
    REPORT("report"),
    MAKE("make"),
    NONE("none");

    private final String id;

    CommitmentFocus(String id) {
        this.id = id;
    }

    static CommitmentFocus of(PhaseKind kind) {
        return switch (kind) {
            case ACCOUNTABILITY, REPORT_BACK -> REPORT;
            case COMMITMENT, ACTIONS -> MAKE;
            default -> NONE;
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
