package roundtable.domain;

import java.util.List;

/** What happened in a session. Events are facts: applying them never fails. {@code at} is epoch ms. */
public sealed interface Event {

    long at();

    /**
     * An event that carries one card as it now is. Whatever must be withheld or left unrecorded about
     * a card (a private draft's words, an off-the-record card, authors on an anonymous board) is
     * decided once for all of these, so a new event that carries a card is private by construction.
     */
    sealed interface CardEvent extends Event {
        Card card();

        /** The same event carrying {@code card} instead. */
        CardEvent withCard(Card card);
    }

    /** {@code terms}: what a group session inherits; {@link SessionTerms#adHoc()} for a session without one. */
    record SessionCreated(String sessionId, String title, Protocol protocol, String groupId, SessionTerms terms,
                          long at) implements Event {
        public SessionCreated {
            java.util.Objects.requireNonNull(terms, "terms");
        }
    }

    record ParticipantJoined(String participantId, String name, Role role, long at) implements Event {
    }

    /**
     * {@code order} is the speaking order of a round-robin phase, fixed as the phase starts (empty
     * for other phases; null in sessions stored before it was kept, when it is worked out again).
     */
    record PhaseChanged(int index, String phaseId, List<String> order, long at) implements Event {
        /** A move into a phase without a round. */
        public PhaseChanged(int index, String phaseId, long at) {
            this(index, phaseId, List.of(), at);
        }
    }

    record PresenterSet(String participantId, long at) implements Event {
    }

    record CardAdded(Card card, long at) implements CardEvent {
        @Override
        public CardEvent withCard(Card other) {
            return new CardAdded(other, at);
        }
    }

    /** Carries the whole card as it now is, so that every viewer's copy can be replaced. */
    record CardEdited(Card card, long at) implements CardEvent {
        @Override
        public CardEvent withCard(Card other) {
            return new CardEdited(other, at);
        }
    }

    record CardRemoved(String cardId, long at) implements Event {
    }

    /** The card, as it now is, stands at {@code index} among the cards of its phase and column. */
    record CardMoved(Card card, int index, long at) implements CardEvent {
        @Override
        public CardEvent withCard(Card other) {
            return new CardMoved(other, index, at);
        }
    }

    record SessionEnded(long at) implements Event {
    }

    record PresenceChanged(String participantId, boolean online, long at) implements Event {
    }

    /**
     * The floor moves to {@code speakerId}, or is open again when it is null. {@code skipped} are the
     * people passed over because they are not connected (they keep their place for when they are back).
     */
    record TurnChanged(String speakerId, List<String> skipped, long at) implements Event {
        public TurnChanged {
            skipped = skipped == null ? List.of() : List.copyOf(skipped);
        }

        public TurnChanged(String speakerId, long at) {
            this(speakerId, List.of(), at);
        }
    }

    record TurnPassed(String participantId, long at) implements Event {
    }

    record HandRaised(String participantId, long at) implements Event {
    }

    record HandLowered(String participantId, long at) implements Event {
    }

    record QueueReordered(List<String> queue, long at) implements Event {
    }

    record TimerStarted(long endsAt, long at) implements Event {
    }

    record TimerPaused(long remainingMs, long at) implements Event {
    }

    record TimerResumed(long endsAt, long at) implements Event {
    }

    /** A running timer gets a later {@code endsAt}; a paused one more {@code remainingMs}. */
    record TimerExtended(Long endsAt, Long remainingMs, long at) implements Event {
    }

    /** {@code timer} is {@code phase} or {@code turn}. Emitted once per timer that runs out. */
    record TimerExpired(String timer, long at) implements Event {
    }

    record CommitmentAdded(Commitment commitment, long at) implements Event {
    }

    /** The commitment as it now stands, report included. */
    record CommitmentReported(Commitment commitment, long at) implements Event {
    }

    /** The card with its reactions as they now are. */
    record CardReacted(Card card, long at) implements CardEvent {
        @Override
        public CardEvent withCard(Card other) {
            return new CardReacted(other, at);
        }
    }

    record CardSpotlighted(String cardId, long at) implements Event {
    }

    record FacilitatorHanded(String fromId, String toId, long at) implements Event {
    }

    /** {@code toId} took the role over from {@code fromId}, who had been away too long. */
    record FacilitatorClaimed(String fromId, String toId, long at) implements Event {
    }

    /** The link of the group's call, or null when it was cleared. */
    record CallLinkSet(String url, long at) implements Event {
    }

    /** Private drafts shown to everyone at once, with their words. */
    record CardsRevealed(List<Card> cards, long at) implements Event {
    }

    /**
     * What the log keeps in place of an off-the-record event: that something happened, never what.
     * Holds the seq so the log stays gap-free; {@code cardAdded} keeps card numbering stable.
     */
    record OffRecord(boolean cardAdded, long at) implements Event {
    }
}
