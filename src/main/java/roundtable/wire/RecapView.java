package roundtable.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import roundtable.domain.Card;
import roundtable.domain.Participant;
import roundtable.domain.Phase;
import roundtable.domain.SessionState;

/**
 * The recap of a session, built from what was persisted. Off-the-record cards never appear.
 * Commitments are the session's own and those brought along from the group's earlier meetings.
 */
public final class RecapView {

    private RecapView() {
    }

    public static ObjectNode of(SessionState state, long now) {
        Map<String, Participant> people = StateView.byId(state);
        ObjectNode recap = Json.MAPPER.createObjectNode()
                .put("sessionId", state.sessionId())
                .put("title", state.title())
                .put("createdAt", state.createdAt())
                .put("endedAt", state.endedAt())
                .put("language", state.terms().language());
        recap.putObject("protocol").put("id", state.protocol().id()).put("name", state.protocol().name());
        ArrayNode participants = recap.putArray("participants");
        for (Participant p : state.participants()) {
            participants.addObject().put("id", p.id()).put("name", p.name()).put("role", p.role().toString())
                    .put("attended", p.attended())
                    .put("airtimeMs", state.floor().airtime(p.id(), state.endedAt() == null ? now : state.endedAt()));
        }
        ArrayNode phases = recap.putArray("phases");
        for (Phase phase : state.protocol().phases()) {
            phases.addObject().put("id", phase.id()).put("name", phase.name()).put("kind", phase.kind().toString());
        }
        ArrayNode cards = recap.putArray("cards");
        for (Card card : state.cards()) {
            // Off the record was never kept; an unrevealed draft was never shared with the group.
            if (card.offRecord() || card.hidden()) {
                continue;
            }
            Participant author = people.get(card.authorId());
            cards.addObject()
                    .put("id", card.id())
                    .put("kind", card.kind().toString())
                    .put("text", card.text())
                    .put("authorId", card.authorId())
                    .put("authorName", author == null ? null : author.name())
                    .put("phaseId", card.phaseId())
                    .put("column", card.column())
                    .put("reactions", card.reactions().size());
        }
        // Those made here and those brought along from earlier meetings, each as it now stands.
        recap.set("commitments", Json.MAPPER.valueToTree(state.commitments()));
        return recap;
    }
}
