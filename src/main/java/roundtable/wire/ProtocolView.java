package roundtable.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import roundtable.domain.Protocol;

/**
 * A protocol as pages and API clients see it, the same in {@code GET /api/protocols} and in a room's
 * state: its stored form plus what each phase asks of commitments, which is derived from the phase's
 * kind and so shown, never stored.
 */
public final class ProtocolView {

    private ProtocolView() {
    }

    public static ObjectNode of(Protocol protocol) {
        ObjectNode view = Json.MAPPER.valueToTree(protocol);
        for (int i = 0; i < protocol.phases().size(); i++) {
            ((ObjectNode) view.path("phases").get(i)).put("commitments", protocol.phase(i).commitments().toString());
        }
        return view;
    }

    public static ArrayNode of(List<Protocol> protocols) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        protocols.forEach(protocol -> list.add(of(protocol)));
        return list;
    }
}
