package roundtable.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import roundtable.domain.ProductName;
import roundtable.wire.Json;

/** A JSON request body, read strictly: a missing or mistyped field answers with a clear error. */
final class RequestBody {

    private final JsonNode json;

    private RequestBody(JsonNode json) {
        this.json = json;
    }

    /** Reads the body and refuses fields other than {@code allowed}, so a typo is not silently ignored. */
    static RequestBody of(RoutingContext ctx, String... allowed) {
        RequestBody body = read(ctx);
        java.util.Set<String> known = java.util.Set.of(allowed);
        body.json.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                throw ApiError.badRequest("Unknown field \"" + field + "\"; this call takes " + String.join(", ", allowed) + ".");
            }
        });
        return body;
    }

    private static RequestBody read(RoutingContext ctx) {
        if (ctx.body() == null || ctx.body().buffer() == null || ctx.body().length() == 0) {
            return new RequestBody(Json.MAPPER.createObjectNode());
        }
        try {
            JsonNode json = Json.MAPPER.readTree(ctx.body().asString());
            if (json == null || !json.isObject()) {
                throw ApiError.badRequest("The body must be a JSON object.");
            }
            return new RequestBody(json);
        } catch (StreamConstraintsException e) {
            // Thrown without a location: a number over 20 digits, a string over 64 KiB, nesting over 32.
            throw ApiError.badRequest("The body has a number, text or nesting beyond the limits.");
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest(e.getLocation() == null ? "The body is not valid JSON."
                    : "The body is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ").");
        }
    }

    /** A required text field; blank counts as missing. */
    String text(String field) {
        return optionalText(field).filter(value -> !value.isBlank())
                .orElseThrow(() -> ApiError.badRequest("\"" + field + "\" is required."));
    }

    /** A required field naming one of {@code values} by its product name; 400 with {@code refusal} otherwise. */
    <E extends Enum<E>> E choice(String field, E[] values, String refusal) {
        return ProductName.find(values, text(field)).orElseThrow(() -> ApiError.badRequest(refusal));
    }

    /** A field as sent, or null; for fields that are not text. */
    JsonNode field(String field) {
        return json.get(field);
    }

    Optional<String> optionalText(String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw ApiError.badRequest("\"" + field + "\" must be a string.");
        }
        return Optional.of(value.asText());
    }
}
