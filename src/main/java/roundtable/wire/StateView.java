package roundtable.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import roundtable.domain.Participant;
import roundtable.domain.Phase;
import roundtable.domain.SessionState;
import roundtable.domain.TurnMode;

/** The room state as clients see it in {@code welcome}. */
public final class StateView {

    private StateView() {
    }

    public static ObjectNode of(SessionState state, Set<String> online) {
        ObjectNode view = Json.MAPPER.createObjectNode()
                .put("sessionId", state.sessionId())
                .put("title", state.title())
                .put("groupId", state.groupId());
        view.set("protocol", Json.MAPPER.valueToTree(state.protocol()));
        view.set("phase", phase(state));
        view.put("presenterId", state.presenterId());
        ArrayNode participants = view.putArray("participants");
        for (Participant p : state.participants()) {
            participants.addObject()
                    .put("id", p.id())
                    .put("name", p.name())
                    .put("role", p.role().toString())
                    .put("online", online.contains(p.id()))
                    .put("airtimeMs", 0);
        }
        view.set("cards", Json.MAPPER.valueToTree(state.cards()));
        view.set("turn", turn(state));
        view.putObject("timer").put("running", false).putNull("endsAt").putNull("remainingMs");
        view.put("ended", state.ended());
        view.put("endedAt", state.endedAt());
        return view;
    }

    private static ObjectNode phase(SessionState state) {
        ObjectNode phase = Json.MAPPER.createObjectNode().put("index", state.phaseIndex());
        phase.setAll((ObjectNode) Json.MAPPER.valueToTree(state.phase()));
        return phase;
    }

    private static ObjectNode turn(SessionState state) {
        Phase phase = state.phase();
        ObjectNode turn = Json.MAPPER.createObjectNode().put("mode", phase.turns().toString());
        turn.put("speakerId", phase.turns() == TurnMode.PRESENTER ? state.presenterId() : null);
        turn.putArray("queue");
        return turn;
    }
}
