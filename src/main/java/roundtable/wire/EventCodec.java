package roundtable.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import roundtable.domain.Event;

/** Events to JSON and back: the same text goes to every socket and into the log. */
public final class EventCodec {

    private EventCodec() {
    }

    public static String encode(Event event) {
        try {
            return Json.MAPPER.writerFor(Event.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not encode " + EventTypes.nameOf(event), e);
        }
    }

    /** An event as stored, in today's shape whatever version stored it (see {@link Upcasts}). */
    public static Event decode(String json) {
        try {
            return Json.MAPPER.treeToValue(Upcasts.upcast(Json.MAPPER.readTree(json)), Event.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not decode a stored event", e);
        }
    }
}
