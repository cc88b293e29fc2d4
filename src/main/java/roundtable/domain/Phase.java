package roundtable.domain;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One step of a protocol, as data: what it is for, what people are asked, how long it takes,
 * how turns work, what may be posted and by whom.
 */
public record Phase(
        String id,
        String name,
        PhaseKind kind,
        String purpose,
        List<String> prompts,
        int timeboxSeconds,
        TurnMode turns,
        Set<CardKind> cardKinds,
        WhoMayPost whoMayPost,
        Layout layout,
        Coaching coach) {

    public Phase {
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
        // Kept in the order the protocol lists them: clients offer them in that order.
        cardKinds = cardKinds == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(cardKinds));
        layout = layout == null ? Layout.LIST : layout;
        coach = coach == null ? Coaching.NONE : coach;
        whoMayPost = whoMayPost == null ? WhoMayPost.ALL : whoMayPost;
        turns = turns == null ? TurnMode.OPEN : turns;
    }

    public boolean accepts(CardKind cardKind) {
        return cardKinds.contains(cardKind);
    }
}
