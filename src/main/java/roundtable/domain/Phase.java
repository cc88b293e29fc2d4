package roundtable.domain;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One step of a protocol, as data: what it is for, what people are asked, how long it takes,
 * how turns work, what may be posted and by whom.
 *
 * @param timeboxSeconds how long the phase is meant to take, or 0 for no timebox
 * @param turnSeconds  the timebox of each speaker's turn, or 0 for none
 * @param privateDrafts cards stay with their author until the facilitator reveals them all
 *                      (travels as {@code "private"})
 * @param autoAdvance  when the phase timer runs out, the session moves to the next phase by itself
 * @param facilitatorTakesTurn in a round, the facilitator takes a turn too (last, after everyone
 *                     else); by default the facilitator runs the round and is not in it
 */
public record Phase(
        String id,
        String name,
        PhaseKind kind,
        String purpose,
        List<String> prompts,
        Integer timeboxSeconds,
        TurnMode turns,
        Integer turnSeconds,
        Set<CardKind> cardKinds,
        WhoMayPost whoMayPost,
        Layout layout,
        Boolean privateDrafts,
        Coaching coach,
        Boolean autoAdvance,
        Boolean facilitatorTakesTurn) {

    public Phase {
        // Immutable collections refuse contains(null) itself, so look with a stream.
        if (prompts != null && prompts.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("prompts: may not contain null");
        }
        if (cardKinds != null && cardKinds.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("cardKinds: may only name card kinds, not null");
        }
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
        // Kept in the order the protocol lists them: clients offer them in that order.
        cardKinds = cardKinds == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(cardKinds));
        layout = layout == null ? Layout.LIST : layout;
        coach = coach == null ? Coaching.NONE : coach;
        whoMayPost = whoMayPost == null ? WhoMayPost.ALL : whoMayPost;
        turns = turns == null ? TurnMode.OPEN : turns;
        timeboxSeconds = timeboxSeconds == null ? 0 : timeboxSeconds;
        turnSeconds = turnSeconds == null ? 0 : turnSeconds;
        privateDrafts = Boolean.TRUE.equals(privateDrafts);
        autoAdvance = Boolean.TRUE.equals(autoAdvance);
        facilitatorTakesTurn = Boolean.TRUE.equals(facilitatorTakesTurn);
    }

    /** What the phase asks of commitments; derived from its kind, so it travels but is never read. */
    public CommitmentFocus commitments() {
        return kind == null ? CommitmentFocus.NONE : CommitmentFocus.of(kind);
    }

    /** The same phase in other words: those {@code text} gives replace the phase's own. */
    public Phase worded(PhaseText text) {
        return new Phase(id, Protocol.orOwn(text.name(), name), kind, Protocol.orOwn(text.purpose(), purpose),
                text.prompts() == null ? prompts : text.prompts(), timeboxSeconds, turns, turnSeconds, cardKinds,
                whoMayPost, layout, privateDrafts, coach, autoAdvance, facilitatorTakesTurn);
    }

    public boolean accepts(CardKind cardKind) {
        return cardKinds.contains(cardKind);
    }
}
