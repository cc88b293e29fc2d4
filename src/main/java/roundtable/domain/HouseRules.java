package roundtable.domain;

/**
 * Rules a node sets for every session it runs, as data (the decider has no clock or configuration
 * of its own).
 *
 * @param facilitatorTakeoverMs how long a facilitator must have been away before a participant may
 *                              take the role over ({@code facilitator.claim})
 */
public record HouseRules(long facilitatorTakeoverMs) {

    public static final HouseRules DEFAULT = new HouseRules(120_000);

    public HouseRules {
        if (facilitatorTakeoverMs < 0) {
            throw new IllegalArgumentException("the takeover time may not be negative");
        }
    }
}
