package roundtable.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Stored forms of events from earlier versions, brought up to today's shape before they are decoded,
 * so the domain only ever sees events as they are now. How an event's shape may change is written
 * down in docs/architecture.md ("Events are the truth"): a field added with a sensible absence needs
 * nothing; anything else is an upcast here, or a new event type.
 */
final class Upcasts {

    private static final Map<String, Consumer<ObjectNode>> BY_TYPE = Map.of(
            "session.created", Upcasts::sessionCreatedBeforeGroups);

    private Upcasts() {
    }

    static JsonNode upcast(JsonNode stored) {
        if (stored instanceof ObjectNode event) {
            Consumer<ObjectNode> upcast = BY_TYPE.get(event.path("type").asText());
            if (upcast != null) {
                upcast.accept(event);
            }
        }
        return stored;
    }

    /** Sessions stored before groups existed have no terms: they were ad hoc sessions. */
    private static void sessionCreatedBeforeGroups(ObjectNode created) {
        if (created.path("terms").isMissingNode() || created.path("terms").isNull()) {
            created.putObject("terms")
                    .put("recordingPolicy", "everything")
                    .put("cadenceDays", roundtable.domain.SessionTerms.AD_HOC_CADENCE_DAYS)
                    .putArray("openCommitments");
        }
    }
}
