package roundtable.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import roundtable.domain.Protocol;
import roundtable.domain.ProtocolRules;
import roundtable.store.CustomProtocols;
import roundtable.store.Protocols;
import roundtable.wire.Json;
import roundtable.wire.JsonProblems;
import roundtable.wire.ProtocolView;

/** Listing protocols and adding custom ones. */
final class ProtocolRoutes {

    private final Protocols protocols;

    ProtocolRoutes(Protocols protocols) {
        this.protocols = protocols;
    }

    /** Each protocol in the language asked for ({@code ?lang=}, English by default), where it has the words. */
    void list(RoutingContext ctx) {
        String language = LanguageChoice.query(ctx);
        protocols.all()
                .onSuccess(all -> Replies.json(ctx, 200, ProtocolView.of(all.stream().map(p -> p.in(language)).toList())))
                .onFailure(ctx::fail);
    }

    /** Checked as strictly as the built-in files; every problem found is named, not just the first. */
    void add(RoutingContext ctx) {
        Protocol protocol = read(ctx);
        List<String> problems = new ArrayList<>(ProtocolRules.problems(protocol));
        if (protocol.id() != null && protocols.isBuiltIn(protocol.id())) {
            problems.add(0, "id: '" + protocol.id() + "' is a built-in protocol; choose another id.");
        }
        if (!problems.isEmpty()) {
            throw ApiError.badRequest("The protocol cannot be used yet: " + String.join(" ", problems), problems);
        }
        protocols.add(protocol)
                .recover(failure -> Future.failedFuture(failure instanceof CustomProtocols.Taken
                        ? new ApiError(409, "conflict", "A protocol '" + protocol.id() + "' exists already; choose another id.")
                        : failure))
                .onSuccess(added -> Replies.json(ctx, 201, ProtocolView.of(protocol)))
                .onFailure(ctx::fail);
    }

    /** A listed protocol may be sent back as it is: what each phase asks of commitments is derived, so ignored. */
    private static JsonNode withoutDerived(JsonNode protocol) {
        for (JsonNode phase : protocol.path("phases")) {
            if (phase instanceof ObjectNode fields) {
                fields.remove("commitments");
            }
        }
        return protocol;
    }

    private static Protocol read(RoutingContext ctx) {
        String body = ctx.body() == null ? "" : ctx.body().asString();
        if (body == null || body.isBlank()) {
            throw ApiError.badRequest("The body must be a protocol: {\"id\",\"name\",\"summary\",\"phases\":[…]}.");
        }
        try {
            Protocol protocol = Json.MAPPER.treeToValue(withoutDerived(Json.MAPPER.readTree(body)), Protocol.class);
            if (protocol == null) {
                throw ApiError.badRequest("The body must be a protocol: {\"id\",\"name\",\"summary\",\"phases\":[…]}.");
            }
            return protocol;
        } catch (JsonMappingException e) {
            String problem = JsonProblems.describe(e, "");
            throw ApiError.badRequest(problem, List.of(problem));
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("The body is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ").");
        }
    }
}
