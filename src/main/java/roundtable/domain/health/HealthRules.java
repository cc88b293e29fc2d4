package roundtable.domain.health;

/**
 * The thresholds behind the group's health signals, as data: a group (or a test) can be read with
 * other numbers without touching the rules themselves.
 *
 * @param dominantShare        the floor share above which one voice is said to dominate a session.
 *                             40%: in a circle of five an even share is 20%, so twice that means one
 *                             person talks as much as two or three others together.
 * @param dominantRun          in how many sessions running that must happen before it is a signal.
 *                             Three: one heavy session is a member with a hard issue, not a pattern.
 * @param minVoices            how many people must have been there for the floor share to mean
 *                             anything. Three: with two people one of them always holds half or more.
 * @param noInsightRun         how many sessions running without a takeaway or knowledge entry make a
 *                             signal. Two: once is a quiet month; twice is worth a word.
 * @param singleFacilitatorRun how many sessions running with the same one facilitator make a signal.
 *                             Three: the product's rotation idea is that nobody carries the group.
 * @param replantRun           how many sessions running with no new insight and no follow-up mean
 *                             the group should pause and re-plant. Three, as the product asks.
 * @param sessionsShown        how many of the group's most recent sessions are read: a year of
 *                             monthly meetings, which bounds the work of one request.
 */
public record HealthRules(
        double dominantShare,
        int dominantRun,
        int minVoices,
        int noInsightRun,
        int singleFacilitatorRun,
        int replantRun,
        int sessionsShown) {

    public static final HealthRules DEFAULT = new HealthRules(0.40, 3, 3, 2, 3, 3, 12);

    public HealthRules {
        if (dominantShare <= 0 || dominantShare >= 1) {
            throw new IllegalArgumentException("dominantShare is a share between 0 and 1");
        }
        if (dominantRun < 1 || minVoices < 1 || noInsightRun < 1 || singleFacilitatorRun < 2 || replantRun < 1
                || sessionsShown < Math.max(Math.max(dominantRun, noInsightRun), Math.max(singleFacilitatorRun, replantRun))) {
            throw new IllegalArgumentException("every run needs at least one session, and every run must fit the sessions shown");
        }
    }
}
