package roundtable.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import roundtable.domain.Card;
import roundtable.domain.Participant;
import roundtable.domain.Role;
import roundtable.domain.Visibility;

/**
 * The board as one viewer sees it, for a welcome, built from each card's JSON as most people see it,
 * encoded once per card and kept while the card stays as it is. A late joiner on a board of hundreds
 * of cards then costs copying their JSON, not converting every card again. A card this viewer sees
 * differently (their own hidden draft, a verdict only its author and the facilitator see) is encoded
 * for them. One per room, used on the room's thread only.
 */
public final class CardViews {

    private static final Participant BYSTANDER = new Participant("", "", Role.PARTICIPANT, false, false, 0, null);

    /** A card unchanged since it was encoded is the same object: looked up by identity. */
    private Map<Card, String> common = new IdentityHashMap<>();

    /** The cards of {@code board} this viewer may see, as they may see them, as a JSON array. */
    public ArrayNode of(List<Card> board, Participant viewer) {
        forgetReplaced(board);
        ArrayNode cards = Json.MAPPER.createArrayNode();
        for (Card card : board) {
            if (!Visibility.sees(card, viewer)) {
                continue;
            }
            Card seen = Visibility.forViewer(card, viewer);
            Card mostSee = Visibility.forViewer(card, BYSTANDER);
            if (seen == mostSee || seen.equals(mostSee)) {
                cards.addRawValue(new RawValue(common.computeIfAbsent(card, unchanged -> encode(mostSee))));
            } else {
                cards.add(Json.MAPPER.valueToTree(seen));
            }
        }
        return cards;
    }

    /** Cards edited, moved or removed leave their old versions behind; those are let go now and then. */
    private void forgetReplaced(List<Card> board) {
        if (common.size() > 2 * board.size() + 64) {
            Map<Card, String> current = new IdentityHashMap<>();
            for (Card card : board) {
                String json = common.get(card);
                if (json != null) {
                    current.put(card, json);
                }
            }
            common = current;
        }
    }

    private static String encode(Card card) {
        try {
            return Json.MAPPER.writeValueAsString(card);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
