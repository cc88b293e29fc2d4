package roundtable.domain;

import java.util.Arrays;
import java.util.List;

/**
 * How evenly the floor was shared among the people who speak: the top speaker's share of all
 * airtime and the Gini coefficient (0 when everyone spoke equally, towards 1 when one voice
 * carried the session). Airtime is time holding the floor in phases with turns; presenting is not
 * in it (see {@link Floor}), nor is the facilitator, who runs the turns, unless they took some.
 */
public record Balance(long totalMs, double topShare, double gini) {

    public static Balance of(SessionState state, long now) {
        // Everyone who could have spoken: present now, or held the floor at some point.
        List<Participant> speakers = state.participants().stream()
                .filter(p -> p.contributes() && (state.floor().airtime(p.id(), now) > 0
                        || p.online() && p.role() != Role.FACILITATOR))
                .toList();
        long[] airtime = speakers.stream().mapToLong(p -> state.floor().airtime(p.id(), now)).toArray();
        long total = Arrays.stream(airtime).sum();
        if (total == 0 || airtime.length == 0) {
            return new Balance(0, 0, 0);
        }
        long top = Arrays.stream(airtime).max().orElse(0);
        return new Balance(total, (double) top / total, gini(airtime, total));
    }

    /** Mean absolute difference between all pairs, over twice the mean: sorted, it is one pass. */
    private static double gini(long[] values, long total) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        return weighted / ((double) n * total);
    }
}
