package roundtable.domain;

import java.util.List;
import java.util.Optional;

/**
 * Everything a session is at one moment, rebuilt by applying its events in order. Immutable: the
 * evolver returns a new state for each event.
 *
 * @param cardsCreated how many cards were ever added, which numbers the next card deterministically
 * @param spotlightCardId the card the facilitator put in everyone's view, or null
 * @param terms        what the session inherits from its group (recording policy, cadence)
 * @param floor        turns and airtime
 * @param commitments  the group's open commitments brought along, then those made in this session
 * @param timer        the phase timer
 * @param callLink     the https link of the group's call, or null
 * @param endedAt      epoch ms when the session ended, or null while it runs
 */
public record SessionState(
        String sessionId,
        String title,
        Protocol protocol,
        String groupId,
        SessionTerms terms,
        long createdAt,
        int phaseIndex,
        String presenterId,
        List<Participant> participants,
        List<Card> cards,
        int cardsCreated,
        String spotlightCardId,
        Floor floor,
        Timer timer,
        List<Commitment> commitments,
        String callLink,
        Long endedAt) {

    public SessionState {
        participants = List.copyOf(participants);
        cards = cards instanceof GrowingList<Card> growing ? growing : List.copyOf(cards);
        commitments = List.copyOf(commitments);
    }

    /** Before the first event: no session yet. */
    public static SessionState initial() {
        return new SessionState(null, null, null, null, SessionTerms.adHoc(), 0, 0, null, List.of(), List.of(), 0,
                null, Floor.open(), Timer.idle(), List.of(), null, null);
    }

    public boolean exists() {
        return sessionId != null;
    }

    public boolean ended() {
        return endedAt != null;
    }

    public Phase phase() {
        return protocol.phase(phaseIndex);
    }

    public Optional<Participant> participant(String participantId) {
        return participants.stream().filter(p -> p.id().equals(participantId)).findFirst();
    }

    public Optional<Card> card(String cardId) {
        return cards.stream().filter(c -> c.id().equals(cardId)).findFirst();
    }

    public Optional<Participant> facilitator() {
        return participants.stream().filter(p -> p.role() == Role.FACILITATOR).findFirst();
    }

    public boolean isOnline(String participantId) {
        return participant(participantId).map(Participant::online).orElse(false);
    }

    /** The next moment a timer runs out (the phase timer or the current turn's), or empty. */
    public Optional<Long> nextDeadline() {
        Long turn = floor.turnExpired() ? null : floor.turnEndsAt();
        Long phaseEnd = timer.running() ? timer.endsAt() : null;
        if (turn == null || phaseEnd == null) {
            return Optional.ofNullable(turn == null ? phaseEnd : turn);
        }
        return Optional.of(Math.min(turn, phaseEnd));
    }

    SessionState withPhaseIndex(int index) {
        return new SessionState(sessionId, title, protocol, groupId, terms, createdAt, index, presenterId,
                participants, cards, cardsCreated, spotlightCardId, floor, timer, commitments, callLink, endedAt);
    }

    SessionState withPresenter(String participantId) {
        return new SessionState(sessionId, title, protocol, groupId, terms, createdAt, phaseIndex, participantId,
                participants, cards, cardsCreated, spotlightCardId, floor, timer, commitments, callLink, endedAt);
    }

    SessionState withParticipants(List<Participant> newParticipants) {
        return new SessionState(sessionId, title, protocol, groupId, terms, createdAt, phaseIndex, presenterId,
                newParticipants, cards, cardsCreated, spotlightCardId, floor, timer, commitments, callLink, endedAt);
    }

    SessionState withCards(List<Card> newCards, int newCardsCreated) {
        return new SessionState(sessionId, title, protocol, groupId, terms, createdAt, phaseIndex, presenterId,
                participants, newCards, newCardsCreated, spotlightCardId, floor, timer, commitments, callLink, endedAt);
    }

    SessionState withSpotlight(String cardId) {
        return new SessionState(sessionId, title, protocol, groupId, terms, createdAt, phaseIndex, presenterId,
                participants, cards, cardsCreated, cardId, floor, timer, commitments, callLink, endedAt);
    }

    SessionState withFloor(Floor newFloor) {
        return new SessionState(sessionId, title, protocol, groupId, terms, createdAt, phaseIndex, presenterId,
                participants, cards, cardsCreated, spotlightCardId, newFloor, timer, commitments, callLink, endedAt);
    }

    SessionState withTimer(Timer newTimer) {
        return new SessionState(sessionId, title, protocol, groupId, terms, createdAt, phaseIndex, presenterId,
                participants, cards, cardsCreated, spotlightCardId, floor, newTimer, commitments, callLink, endedAt);
    }

    SessionState withCommitments(List<Commitment> newCommitments) {
        return new SessionState(sessionId, title, protocol, groupId, terms, createdAt, phaseIndex, presenterId,
                participants, cards, cardsCreated, spotlightCardId, floor, timer, newCommitments, callLink, endedAt);
    }

    public Optional<Commitment> commitment(String commitmentId) {
        return commitments.stream().filter(c -> c.id().equals(commitmentId)).findFirst();
    }

    SessionState withCallLink(String url) {
        return new SessionState(sessionId, title, protocol, groupId, terms, createdAt, phaseIndex, presenterId,
                participants, cards, cardsCreated, spotlightCardId, floor, timer, commitments, url, endedAt);
    }

    SessionState withEndedAt(long at) {
        return new SessionState(sessionId, title, protocol, groupId, terms, createdAt, phaseIndex, presenterId,
                participants, cards, cardsCreated, spotlightCardId, floor, timer, commitments, callLink, at);
    }
}
