package roundtable.domain;

import java.util.List;
import java.util.Objects;

/** What someone asks the session to do. The decider turns a command into events or a rejection. */
public sealed interface Command {

    /** Issued by the server when a session is created. */
    /**
     * @param terms what a group session brings along: its recording policy, cadence and open
     *              commitments; {@link SessionTerms#adHoc()} for a session without a group
     */
    record CreateSession(String sessionId, String title, Protocol protocol, String groupId,
                         String facilitatorId, String facilitatorName, SessionTerms terms) implements Command {
        public CreateSession {
            terms = terms == null ? SessionTerms.adHoc() : terms;
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(protocol, "protocol");
            Objects.requireNonNull(facilitatorId, "facilitatorId");
        }
    }

    /** Issued by the server once an invite (or a group membership) has been checked. */
    record Join(String participantId, String name, Role role) implements Command {
        public Join {
            Objects.requireNonNull(participantId, "participantId");
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * @param fromIndex the phase index the sender saw, or null; when the session has moved on since,
     *                  the command is refused, so a double click never skips a phase
     */
    record NextPhase(Integer fromIndex) implements Command {
        public NextPhase() {
            this(null);
        }
    }

    /** @param fromIndex as for {@link NextPhase} */
    record PreviousPhase(Integer fromIndex) implements Command {
        public PreviousPhase() {
            this(null);
        }
    }

    record GoToPhase(String phaseId) implements Command {
    }

    record SetPresenter(String participantId) implements Command {
    }

    record AddCard(CardKind kind, String text, String column, Boolean offRecord) implements Command {
    }

    record EditCard(String cardId, String text) implements Command {
    }

    record RemoveCard(String cardId) implements Command {
    }

    /**
     * Places a card in a column of the current phase (null: no column) at a position among that
     * column's cards (null: last). A card from an earlier phase is brought into the current one,
     * e.g. gathered gaps sorted into themes.
     */
    record MoveCard(String cardId, String column, Integer index) implements Command {
    }

    record EndSession() implements Command {
    }

    /** Issued by the server when a participant's first connection opens or last one closes. */
    record SetPresence(String participantId, boolean online) implements Command {
    }

    record StartTimer(Integer seconds) implements Command {
    }

    record PauseTimer() implements Command {
    }

    record ResumeTimer() implements Command {
    }

    record ExtendTimer(Integer seconds) implements Command {
    }

    /** Issued by the server when a deadline it scheduled has come. */
    record ExpireTimers() implements Command {
    }

    /**
     * @param fromSpeakerId who had the floor when the sender asked ("" for nobody), or null; when the
     *                      floor has moved since, the command is refused, so a double click skips no one
     */
    record NextTurn(String fromSpeakerId) implements Command {
        public NextTurn() {
            this(null);
        }
    }

    record PassTurn() implements Command {
    }

    record GiveTurn(String participantId) implements Command {
    }

    record RaiseHand() implements Command {
    }

    /** Lowers one's own hand; the facilitator may name someone else's. */
    record LowerHand(String participantId) implements Command {
    }

    record ReorderQueue(List<String> order) implements Command {
    }

    record RevealAll() implements Command {
    }

    /** The sender commits to something by a date (by default the next meeting). */
    record AddCommitment(String text, String dueDate) implements Command {
    }

    /**
     * The owner (or the facilitator for them) says how a commitment went. {@code carryForward} keeps a
     * commitment that went partly on the list for the next meeting, as a new one made here.
     */
    record ReportCommitment(String commitmentId, CommitmentStatus status, String tried, String happened,
                            String differently, Boolean carryForward) implements Command {
        public ReportCommitment(String commitmentId, CommitmentStatus status, String tried, String happened,
                                String differently) {
            this(commitmentId, status, tried, happened, differently, null);
        }
    }

    /** Toggles "resonates" for the sender. */
    record ReactToCard(String cardId) implements Command {
    }

    /** Puts a card in everyone's view; null takes the spotlight away. */
    record SpotlightCard(String cardId) implements Command {
    }

    /** The facilitator passes the role on; they stay as a participant. */
    record HandOff(String participantId) implements Command {
    }

    /**
     * A participant takes the facilitator role over from a facilitator who has been away long
     * enough (see {@link HouseRules#facilitatorTakeoverMs()}); the previous one stays a participant.
     */
    record ClaimFacilitator() implements Command {
    }

    /** The facilitator sets the link of the group's call (https only), or clears it with null or "". */
    record SetCallLink(String url) implements Command {
    }
}
