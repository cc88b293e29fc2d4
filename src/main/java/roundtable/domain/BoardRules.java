package roundtable.domain;

import static roundtable.domain.Decision.accept;
import static roundtable.domain.Decision.reject;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import roundtable.domain.coach.Coach;
import roundtable.domain.coach.Review;
import roundtable.domain.coach.Verdict;

/** The rules of the shared board: what may be posted in a phase, by whom, and who may change it. */
final class BoardRules {

    /**
     * A commitment has one meaning: the tracked one, which the recap lists and the next meeting brings
     * back. A card could only look like one, so it is refused with the way to make the real one.
     */
    static final String COMMITMENTS_ARE_MADE_WITH_THE_FORM = "Commitments are made with \"Make a commitment\""
            + " (commitment.add), so that they are tracked and come back at the next meeting; nothing was posted.";

    private BoardRules() {
    }

    static Decision add(SessionState state, String authorId, Command.AddCard add, long now) {
        Phase phase = state.phase();
        if (add.kind() == null) {
            return reject(Reason.BAD_REQUEST, "kind is required; this phase accepts " + accepted(phase) + ".");
        }
        if (add.kind() == CardKind.COMMITMENT) {
            return reject(Reason.INVALID_STATE, COMMITMENTS_ARE_MADE_WITH_THE_FORM);
        }
        if (!phase.accepts(add.kind())) {
            return reject(Reason.INVALID_STATE, "'" + phase.name() + "' takes " + accepted(phase)
                    + ", not " + add.kind() + " cards.");
        }
        boolean hasColumn = add.column() != null && !Limits.oneLine(add.column()).isEmpty();
        Optional<String> problem = Limits.problem("text", add.text(), Limits.CARD_TEXT)
                .or(() -> hasColumn ? Limits.problem("column", add.column(), Limits.COLUMN) : Optional.empty());
        if (problem.isPresent()) {
            return reject(Reason.BAD_REQUEST, problem.get());
        }
        Optional<String> posterProblem = posterProblem(state, phase, authorId);
        if (posterProblem.isPresent()) {
            return reject(Reason.INVALID_STATE, posterProblem.get());
        }
        String cardId = "c" + (state.cardsCreated() + 1);
        String column = hasColumn ? Limits.oneLine(add.column()) : null;
        String text = add.text().strip();
        Card card = new Card(cardId, add.kind(), text, authorId, phase.id(), column,
                Boolean.TRUE.equals(add.offRecord()), phase.privateDrafts(), verdict(state, phase, text), List.of(), now, null);
        return accept(new Event.CardAdded(card, now));
    }

    static Decision edit(SessionState state, String actorId, Command.EditCard edit, long now) {
        return changing(state, actorId, edit.cardId(), "edit", card -> {
            Optional<String> problem = Limits.problem("text", edit.text(), Limits.CARD_TEXT);
            if (problem.isPresent()) {
                return reject(Reason.BAD_REQUEST, problem.get());
            }
            String text = edit.text().strip();
            Phase phase = state.protocol().indexOf(card.phaseId()).map(state.protocol()::phase).orElse(state.phase());
            return accept(new Event.CardEdited(card.withReview(text, verdict(state, phase, text), actorId), now));
        });
    }

    static Decision remove(SessionState state, String actorId, Command.RemoveCard remove, long now) {
        return changing(state, actorId, remove.cardId(), "remove", card -> accept(new Event.CardRemoved(card.id(), now)));
    }

    /** Anyone taking part may say a card resonates with them, or take it back; a draft first needs revealing. */
    static Decision react(SessionState state, String actorId, Command.ReactToCard react, long now) {
        Optional<Card> card = findCard(state, react.cardId());
        if (card.isEmpty()) {
            return missing(react.cardId());
        }
        if (card.get().hidden()) {
            return reject(Reason.INVALID_STATE, "This card is a private draft; it can resonate once it is revealed.");
        }
        return accept(new Event.CardReacted(card.get().reactedBy(actorId), now));
    }

    /** The facilitator puts one card in front of everyone, or none. */
    static Decision spotlight(SessionState state, Command.SpotlightCard spotlight, long now) {
        if (spotlight.cardId() == null) {
            return state.spotlightCardId() == null ? reject(Reason.INVALID_STATE, "No card is in the spotlight.")
                    : accept(new Event.CardSpotlighted(null, now));
        }
        Optional<Card> card = state.card(spotlight.cardId());
        if (card.isEmpty()) {
            return missing(spotlight.cardId());
        }
        if (card.get().hidden()) {
            return reject(Reason.INVALID_STATE, "A private draft cannot be spotlighted before it is revealed.");
        }
        return accept(new Event.CardSpotlighted(card.get().id(), now));
    }

    /** A change to an existing card: it must exist, and only its author or the facilitator may make it. */
    private static Decision changing(SessionState state, String actorId, String cardId, String verb,
                                     Function<Card, Decision> change) {
        Optional<Card> card = findCard(state, cardId);
        if (card.isEmpty()) {
            return missing(cardId);
        }
        if (!mayChange(state, actorId, card.get())) {
            return reject(Reason.FORBIDDEN, "Only the card's author or the facilitator can " + verb + " it.");
        }
        return change.apply(card.get());
    }

    /** The coach's reading in a coached phase, in the session's language; it labels, it never refuses. */
    private static Verdict verdict(SessionState state, Phase phase, String text) {
        return Coach.review(state.terms().coachLanguage(), phase.coach(), text).map(Review::verdict).orElse(null);
    }

    static Decision move(SessionState state, String actorId, Command.MoveCard move, long now) {
        return changing(state, actorId, move.cardId(), "move", card -> place(state, card, move, now));
    }

    private static Decision place(SessionState state, Card card, Command.MoveCard move, long now) {
        boolean hasColumn = move.column() != null && !Limits.oneLine(move.column()).isEmpty();
        if (hasColumn) {
            Optional<String> problem = Limits.problem("column", move.column(), Limits.COLUMN);
            if (problem.isPresent()) {
                return reject(Reason.BAD_REQUEST, problem.get());
            }
        }
        if (!state.phase().accepts(card.kind())) {
            return reject(Reason.INVALID_STATE, "'" + state.phase().name() + "' takes " + accepted(state.phase())
                    + ", not " + card.kind() + " cards.");
        }
        Card placed = card.placed(state.phase().id(), hasColumn ? Limits.oneLine(move.column()) : null);
        long others = state.cards().stream()
                .filter(c -> !c.id().equals(placed.id()) && sameSpot(c, placed)).count();
        if (move.index() != null && (move.index() < 0 || move.index() > others)) {
            return reject(Reason.BAD_REQUEST, "index must be from 0 to " + others + " (the cards already there).");
        }
        return accept(new Event.CardMoved(placed, move.index() == null ? (int) others : move.index(), now));
    }

    static boolean sameSpot(Card a, Card b) {
        return a.phaseId().equals(b.phaseId()) && Objects.equals(a.column(), b.column());
    }

    /** Every private draft of the session, shown to everyone at once. */
    static Decision revealAll(SessionState state, long now) {
        List<Card> drafts = state.cards().stream().filter(Card::hidden).map(Card::revealed).toList();
        if (drafts.isEmpty()) {
            return reject(Reason.INVALID_STATE, "There are no private drafts to reveal.");
        }
        return accept(new Event.CardsRevealed(drafts, now));
    }

    private static Optional<String> posterProblem(SessionState state, Phase phase, String authorId) {
        String presenterId = state.presenterId();
        return switch (phase.whoMayPost()) {
            case ALL -> Optional.empty();
            case PRESENTER -> presenterId == null
                    ? Optional.of("In '" + phase.name() + "' only the presenter posts, and nobody presents yet;"
                            + " the facilitator picks the presenter first.")
                    : presenterId.equals(authorId) ? Optional.empty()
                    : Optional.of("In '" + phase.name() + "' only the presenter posts.");
            case OTHERS -> authorId.equals(presenterId)
                    ? Optional.of("In '" + phase.name() + "' the others write for the presenter; the presenter listens.")
                    : Optional.empty();
        };
    }

    private static boolean mayChange(SessionState state, String actorId, Card card) {
        return Objects.equals(card.authorId(), actorId)
                || state.participant(actorId).map(p -> p.role() == Role.FACILITATOR).orElse(false);
    }

    private static Optional<Card> findCard(SessionState state, String cardId) {
        return cardId == null ? Optional.empty() : state.card(cardId);
    }

    private static Decision missing(String cardId) {
        return cardId == null ? reject(Reason.BAD_REQUEST, "cardId is required.")
                : reject(Reason.NOT_FOUND, "There is no card '" + cardId + "' on this board; it may have been removed.");
    }

    private static String accepted(Phase phase) {
        List<CardKind> kinds = phase.cardKinds().stream().filter(kind -> kind != CardKind.COMMITMENT).toList();
        if (kinds.isEmpty()) {
            return "no cards";
        }
        return kinds.stream().map(CardKind::toString).sorted()
                .collect(Collectors.joining(", ")) + " cards";
    }
}
