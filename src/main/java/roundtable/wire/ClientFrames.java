package roundtable.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Turns a text frame into a {@link ClientMessage}; never throws, whatever arrives. */
public final class ClientFrames {

    static final int MAX_TOKEN = 200;
    static final int MAX_OP_ID = 100;

    private ClientFrames() {
    }

    public static ClientMessage decode(String text) {
        JsonNode frame;
        try {
            frame = Json.MAPPER.readTree(text);
        } catch (StreamConstraintsException e) {
            return invalid(null, "too-large", "The frame is too large or too deeply nested.");
        } catch (JsonProcessingException e) {
            return invalid(null, "bad-request", e.getLocation() == null ? "The frame is not valid JSON."
                    : "The frame is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ").");
        }
        if (frame == null || !frame.isObject()) {
            return invalid(null, "bad-request", "A frame must be one JSON object with a \"type\".");
        }
        JsonNode sentOpId = frame.path("opId");
        String opId = sentOpId.isTextual() && sentOpId.asText().length() <= MAX_OP_ID ? sentOpId.asText() : null;
        JsonNode type = frame.get("type");
        if (type == null || !type.isTextual()) {
            return invalid(opId, "bad-request", "\"type\" is required: \"hello\", \"command\" or \"ping\".");
        }
        return switch (type.asText()) {
            case "hello" -> hello(frame);
            case "command" -> command(frame);
            case "ping" -> new ClientMessage.Ping();
            default -> invalid(opId, "bad-request", "Unknown frame type '" + clip(type.asText())
                    + "'; clients send \"hello\", \"command\" or \"ping\".");
        };
    }

    private static ClientMessage hello(JsonNode frame) {
        JsonNode token = frame.get("token");
        if (token == null || !token.isTextual() || token.asText().isEmpty() || token.asText().length() > MAX_TOKEN) {
            return invalid(null, "bad-request", "hello needs \"token\": the token you were given when you joined.");
        }
        JsonNode lastSeq = frame.get("lastSeq");
        if (lastSeq != null && !lastSeq.isNull() && !(lastSeq.canConvertToExactIntegral() && lastSeq.canConvertToLong()
                && lastSeq.asLong() >= 0)) {
            return invalid(null, "bad-request", "hello's \"lastSeq\" must be a whole number, 0 or more.");
        }
        JsonNode epoch = frame.get("epoch");
        return new ClientMessage.Hello(token.asText(), lastSeq == null ? 0 : lastSeq.asLong(),
                epoch != null && epoch.isTextual() ? epoch.asText() : null);
    }

    private static ClientMessage command(JsonNode frame) {
        JsonNode opId = frame.get("opId");
        if (opId == null || !opId.isTextual() || opId.asText().isEmpty() || opId.asText().length() > MAX_OP_ID) {
            return invalid(null, "bad-request", "A command needs \"opId\": a text of 1 to " + MAX_OP_ID
                    + " characters, unique per client.");
        }
        JsonNode name = frame.get("command");
        if (name == null || !name.isTextual()) {
            return invalid(opId.asText(), "bad-request", "A command needs \"command\": its name, e.g. \"card.add\".");
        }
        JsonNode args = frame.get("args");
        if (args == null || args.isNull()) {
            args = JsonNodeFactory.instance.objectNode();
        }
        if (!args.isObject()) {
            return invalid(opId.asText(), "bad-request", "\"args\" must be a JSON object.");
        }
        return Commands.decode(opId.asText(), name.asText(), args);
    }

    private static ClientMessage invalid(String opId, String code, String message) {
        return new ClientMessage.Invalid(new WireError(opId, code, message));
    }

    /** Echo at most a little of what the client sent, never a whole hostile string. */
    static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
