package roundtable.domain;

import java.util.List;
import java.util.Set;

/**
 * A protocol, written out in Java, with the phase options the forum does not use: private drafts,
 * a per-turn timebox, auto-advance. It starts in an open lobby without a timebox, so every phase
 * with turns is entered by a phase change, the way the floor is meant to be opened.
 */
final class TestProtocols {

    /** Open, no timebox, note cards. */
    static final String LOBBY = "lobby";
    /** Open, 300 s, note cards stay private drafts until revealed. */
    static final String DRAFTS = "drafts";
    /** Open, 60 s, moves on to {@link #ROUND} by itself when its timer runs out. */
    static final String SPRINT = "sprint";
    /** Round-robin, 600 s, each turn timeboxed to 30 s. */
    static final String ROUND = "round";
    /** Queue, 600 s, each turn timeboxed to 45 s. */
    static final String HANDS = "hands";
    /** Open, 120 s, auto-advance, but it is the last phase. */
    static final String WRAP = "wrap";

    static final int SPRINT_SECONDS = 60;
    static final int ROUND_SECONDS = 600;
    static final int ROUND_TURN_SECONDS = 30;
    static final int HANDS_TURN_SECONDS = 45;

    private TestProtocols() {
    }

    static Protocol workshop() {
        return new Protocol("workshop", "Workshop", "Every phase option once.", List.of(
                phase(LOBBY, "Lobby", TurnMode.OPEN, 0, 0, false, false),
                phase(DRAFTS, "Private drafting", TurnMode.OPEN, 300, 0, true, false),
                phase(SPRINT, "Sprint", TurnMode.OPEN, SPRINT_SECONDS, 0, false, true),
                phase(ROUND, "Round", TurnMode.ROUND_ROBIN, ROUND_SECONDS, ROUND_TURN_SECONDS, false, false),
                phase(HANDS, "Hands", TurnMode.QUEUE, 600, HANDS_TURN_SECONDS, false, false),
                phase(WRAP, "Wrap-up", TurnMode.OPEN, 120, 0, false, true)));
    }

    static int indexOf(String phaseId) {
        return workshop().indexOf(phaseId).orElseThrow();
    }

    static Phase phase(String id, String name, TurnMode turns, int timeboxSeconds, int turnSeconds,
                       boolean privateDrafts, boolean autoAdvance) {
        return new Phase(id, name, PhaseKind.TALK, "Purpose of " + name + ".", List.of(), timeboxSeconds, turns,
                turnSeconds, Set.of(CardKind.NOTE), WhoMayPost.ALL, Layout.LIST, privateDrafts, Coaching.NONE,
                autoAdvance, false);
    }
}
