package roundtable.domain.health;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Whether a group is alive, read from its recent sessions: the figures per session and the
 * signals they add up to. For the group's own eyes: signals speak of the group's pattern in
 * plain, kind words and never name or blame anyone.
 *
 * <p>A session still running at the end of the list is shown but not judged yet: a meeting that is
 * half-way through has not had its chance to follow up or to leave a takeaway.
 *
 * @param sessions the sessions read, oldest first
 * @param signals  the most pressing first
 */
public record GroupHealth(List<SessionFacts> sessions, List<Signal> signals) {

    public GroupHealth {
        sessions = List.copyOf(sessions);
        signals = List.copyOf(signals);
    }

    public static GroupHealth of(List<SessionFacts> sessions) {
        return of(sessions, HealthRules.DEFAULT);
    }

    /** @param sessions the group's sessions, oldest first; only the last {@code rules.sessionsShown()} are read */
    public static GroupHealth of(List<SessionFacts> sessions, HealthRules rules) {
        List<SessionFacts> shown = sessions.subList(Math.max(0, sessions.size() - rules.sessionsShown()), sessions.size());
        List<SessionFacts> judged = !shown.isEmpty() && !shown.get(shown.size() - 1).ended()
                ? shown.subList(0, shown.size() - 1) : shown;
        List<Signal> signals = new ArrayList<>();
        replant(judged, rules, signals);
        dominantVoices(judged, rules, signals);
        noFollowUp(judged, signals);
        noNewInsights(judged, rules, signals);
        singleFacilitator(judged, rules, signals);
        return new GroupHealth(shown, signals);
    }

    private static void replant(List<SessionFacts> judged, HealthRules rules, List<Signal> signals) {
        if (lastAll(judged, rules.replantRun(), s -> s.newInsights() == 0 && s.commitmentsReported() == 0)) {
            signals.add(new Signal(Signal.REPLANT, capitalised(count(rules.replantRun(), "meeting", "meetings"))
                    + " in a row brought no new insight and no follow-up. That happens to every group now and then. "
                    + "It may be time to pause and re-plant: meet once to agree on a fresh charge together, "
                    + "what you want to learn next and why it matters to you now.", rules.replantRun()));
        }
    }

    private static void dominantVoices(List<SessionFacts> judged, HealthRules rules, List<Signal> signals) {
        if (lastAll(judged, rules.dominantRun(), s -> s.attendees().size() >= rules.minVoices()
                && s.airtime().totalMs() > 0 && s.airtime().topShare() > rules.dominantShare())) {
            signals.add(new Signal(Signal.DOMINANT_VOICES, "In each of the last " + count(rules.dominantRun(), "session", "sessions")
                    + ", one voice held more than " + Math.round(rules.dominantShare() * 100) + "% of the floor. "
                    + "A round where everyone speaks in turn, or a timebox per turn, can bring the quieter voices in.",
                    rules.dominantRun()));
        }
    }

    private static void noFollowUp(List<SessionFacts> judged, List<Signal> signals) {
        if (judged.isEmpty()) {
            return;
        }
        SessionFacts last = judged.get(judged.size() - 1);
        if (last.commitmentsBroughtIn() > 0 && last.commitmentsReported() == 0) {
            signals.add(new Signal(Signal.NO_FOLLOW_UP, "The last session started with "
                    + count(last.commitmentsBroughtIn(), "open commitment", "open commitments")
                    + ", and none was reported back on. A short accountability round at the start of the next "
                    + "meeting closes the loop; \"I dropped it, and here is why\" is a useful report too.",
                    last.commitmentsBroughtIn()));
        }
    }

    private static void noNewInsights(List<SessionFacts> judged, HealthRules rules, List<Signal> signals) {
        if (lastAll(judged, rules.noInsightRun(), s -> s.newInsights() == 0)) {
            signals.add(new Signal(Signal.NO_NEW_INSIGHTS, "The last " + count(rules.noInsightRun(), "session", "sessions")
                    + " left no takeaway and no knowledge entry behind. A few minutes at the end to write down "
                    + "what each of you takes away keeps what the group learns.", rules.noInsightRun()));
        }
    }

    private static void singleFacilitator(List<SessionFacts> judged, HealthRules rules, List<Signal> signals) {
        if (judged.isEmpty() || judged.get(judged.size() - 1).facilitators().size() != 1) {
            return;
        }
        String facilitator = judged.get(judged.size() - 1).facilitators().get(0).id();
        int run = 0;
        for (int i = judged.size() - 1; i >= 0; i--) {
            List<SessionFacts.Person> held = judged.get(i).facilitators();
            if (held.size() != 1 || !held.get(0).id().equals(facilitator)) {
                break;
            }
            run++;
        }
        if (run >= rules.singleFacilitatorRun()) {
            signals.add(new Signal(Signal.SINGLE_FACILITATOR, "The same person has facilitated the last "
                    + count(run, "session", "sessions") + ". Passing the role on shares the load, "
                    + "and everyone who facilitates once listens differently afterwards.", run));
        }
    }

    /** Whether there are at least {@code run} sessions and the last {@code run} all match. */
    private static boolean lastAll(List<SessionFacts> judged, int run, Predicate<SessionFacts> test) {
        return judged.size() >= run && judged.subList(judged.size() - run, judged.size()).stream().allMatch(test);
    }

    private static final String[] WORDS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve"};

    /** "three sessions", "one open commitment", "14 sessions". */
    static String count(int n, String one, String many) {
        return (n >= 0 && n < WORDS.length ? WORDS[n] : String.valueOf(n)) + " " + (n == 1 ? one : many);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
