package roundtable.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forum protocol as the tests know it: the same seven phases as
 * {@code src/main/resources/protocols/forum.json}, written out in Java so the domain tests read no files.
 */
final class ForumProtocol {

    /** The seven phases, in order. */
    static final String CHECK_IN = "check-in", ACCOUNTABILITY = "accountability", ISSUE = "issue",
            QUESTIONS = "questions", SHARES = "shares", COMMITMENT = "commitment", CHECK_OUT = "check-out";

    static final List<String> PHASE_IDS =
            List.of(CHECK_IN, ACCOUNTABILITY, ISSUE, QUESTIONS, SHARES, COMMITMENT, CHECK_OUT);

    private ForumProtocol() {
    }

    static Protocol forum() {
        return new Protocol("forum", "Forum issue processing", "One member brings a live problem.", List.of(
                phase(CHECK_IN, "Check-in", PhaseKind.CHECK_IN, 600, TurnMode.ROUND_ROBIN,
                        WhoMayPost.ALL, Coaching.NONE, CardKind.NOTE),
                phase(ACCOUNTABILITY, "Accountability round", PhaseKind.ACCOUNTABILITY, 900, TurnMode.ROUND_ROBIN,
                        WhoMayPost.ALL, Coaching.NONE, CardKind.NOTE),
                phase(ISSUE, "Issue presentation", PhaseKind.PRESENTATION, 600, TurnMode.PRESENTER,
                        WhoMayPost.PRESENTER, Coaching.NONE, CardKind.ISSUE, CardKind.NOTE),
                phase(QUESTIONS, "Probing questions", PhaseKind.QUESTIONS, 1200, TurnMode.QUEUE,
                        WhoMayPost.OTHERS, Coaching.QUESTIONS, CardKind.QUESTION),
                phase(SHARES, "Experience shares", PhaseKind.EXPERIENCE, 1200, TurnMode.ROUND_ROBIN,
                        WhoMayPost.OTHERS, Coaching.EXPERIENCE, CardKind.EXPERIENCE, CardKind.STORY),
                phase(COMMITMENT, "Presenter's commitment", PhaseKind.COMMITMENT, 300, TurnMode.PRESENTER,
                        WhoMayPost.PRESENTER, Coaching.NONE, CardKind.COMMITMENT, CardKind.ORIENTATION),
                facilitatorTakesTurn(phase(CHECK_OUT, "Check-out", PhaseKind.CHECK_OUT, 300, TurnMode.ROUND_ROBIN,
                        WhoMayPost.ALL, Coaching.NONE, CardKind.TAKEAWAY, CardKind.NOTE))));
    }

    /** As in the built-in forum: the facilitator checks out too, last. */
    static Phase facilitatorTakesTurn(Phase p) {
        return new Phase(p.id(), p.name(), p.kind(), p.purpose(), p.prompts(), p.timeboxSeconds(), p.turns(),
                p.turnSeconds(), p.cardKinds(), p.whoMayPost(), p.layout(), p.privateDrafts(), p.coach(),
                p.autoAdvance(), true);
    }

    /** A one-phase protocol whose only phase takes no cards at all, e.g. a silent reflection. */
    static Protocol silent() {
        return new Protocol("silent", "Silent minute", "Nobody writes.", List.of(
                phase("silence", "Silence", PhaseKind.CHECK_IN, 60, TurnMode.OPEN, WhoMayPost.ALL, Coaching.NONE)));
    }

    static Phase phase(String id, String name, PhaseKind kind, int timeboxSeconds, TurnMode turns,
                       WhoMayPost whoMayPost, Coaching coach, CardKind... cardKinds) {
        return new Phase(id, name, kind, "Purpose of " + name + ".", List.of("A prompt for " + name + "?"),
                timeboxSeconds, turns, 0, new LinkedHashSet<>(List.of(cardKinds)), whoMayPost, Layout.LIST, false, coach,
                false, false);
    }
}
