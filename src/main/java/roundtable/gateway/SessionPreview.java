package roundtable.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import roundtable.domain.Participant;
import roundtable.domain.SessionState;
import roundtable.store.GroupRecords;
import roundtable.wire.Json;

/** What the join page shows before someone joins: what they are joining, and under which agreement. */
final class SessionPreview {

    private SessionPreview() {
    }

    static ObjectNode of(SessionState state, GroupRecords.Group group) {
        ObjectNode preview = Json.MAPPER.createObjectNode()
                .put("sessionId", state.sessionId())
                .put("title", state.title())
                .put("facilitatorName", state.facilitator().map(Participant::name).orElse(null))
                .put("participants", state.participants().size())
                .put("ended", state.ended())
                .put("language", state.terms().language());
        preview.putObject("protocol").put("id", state.protocol().id()).put("name", state.protocol().name())
                .put("phases", state.protocol().phases().size());
        if (group != null) {
            preview.putObject("group").put("id", group.id()).put("name", group.name()).put("agreement", group.agreement());
        } else {
            preview.putNull("group");
        }
        return preview;
    }
}
