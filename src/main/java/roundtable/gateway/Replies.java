package roundtable.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.ext.web.RoutingContext;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import roundtable.wire.Json;

/** JSON answers, including the one shape every error takes. */
final class Replies {

    private static final Logger LOG = LoggerFactory.getLogger(Replies.class);

    private Replies() {
    }

    static void json(RoutingContext ctx, int status, JsonNode body) {
        try {
            ctx.response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", "application/json; charset=utf-8")
                    .putHeader("Cache-Control", "no-store")
                    .putHeader("X-Robots-Tag", "noindex, nofollow")
                    .end(Json.MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void error(RoutingContext ctx, int status, String code, String message) {
        error(ctx, status, code, message, java.util.List.of());
    }

    static void error(RoutingContext ctx, int status, String code, String message, java.util.List<String> problems) {
        var body = Json.MAPPER.createObjectNode();
        var error = body.putObject("error").put("code", code).put("message", message);
        if (!problems.isEmpty()) {
            error.set("problems", Json.MAPPER.valueToTree(problems));
        }
        json(ctx, status, body);
    }

    /**
     * The router's failure handler: every failure leaves as a JSON error, unexpected ones are logged.
     * A secret that opened nothing is counted against the caller's address; past the limit the answer
     * is 429 instead (see {@link AddressGuard}).
     */
    static void failure(RoutingContext ctx, AddressGuard guard) {
        Throwable failure = ctx.failure();
        if (failure instanceof ApiError error && error.missedSecret() != null) {
            long wait = guard.missed(ClientAddress.of(ctx), error.missedSecret());
            if (wait > 0) {
                ctx.response().putHeader("Retry-After", Long.toString(wait));
                error(ctx, 429, "rate-limited", AddressGuard.refusal(error.missedSecret(), wait));
                return;
            }
        }
        if (failure instanceof ApiError error) {
            error(ctx, error.status(), error.code(), error.getMessage(), error.problems());
        } else if (ctx.statusCode() == 413) {
            error(ctx, 413, "too-large", "The request body is too large; the limit is 64 KiB.");
        } else if (ctx.statusCode() == 404 && failure == null) {
            error(ctx, 404, "not-found", "There is nothing at " + ctx.request().path() + ".");
        } else {
            // The route's pattern, not the path: a path can hold a recap link's token.
            String route = ctx.currentRoute() != null && ctx.currentRoute().getPath() != null
                    ? ctx.currentRoute().getPath() : "(no route)";
            LOG.error("{} {} failed", ctx.request().method(), route, failure);
            error(ctx, 500, "unavailable", "Something went wrong on the server; it has been logged. Try again in a moment.");
        }
    }
}
