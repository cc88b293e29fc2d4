package roundtable.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import roundtable.store.RecapLinks;
import roundtable.wire.Json;
import roundtable.wire.RecapView;

/**
 * The recap, for the people of the session and for holders of a recap link. Links are capability
 * URLs: unguessable, optionally expiring, revocable, and never indexed.
 */
record RecapRoutes(SessionAccess access, RecapLinks links, PublicAddress address) {

    static final int MAX_HOURS = 24 * 365;

    void recap(RoutingContext ctx) {
        String sessionId = ctx.pathParam("id");
        access.reader(ctx, sessionId)
                .compose(allowed -> access.kept(sessionId))
                .onSuccess(state -> Replies.json(ctx, 200, RecapView.of(state, System.currentTimeMillis())))
                .onFailure(ctx::fail);
    }

    void createLink(RoutingContext ctx) {
        String sessionId = ctx.pathParam("id");
        Optional<Integer> hours = expiresInHours(RequestBody.of(ctx, "expiresInHours"));
        String token = Tokens.secret();
        OffsetDateTime expiresAt = hours.map(h -> OffsetDateTime.now(ZoneOffset.UTC).plusHours(h)).orElse(null);
        access.asFacilitator(ctx, sessionId)
                .compose(state -> links.add(Tokens.hash(token), sessionId, expiresAt))
                .onSuccess(added -> {
                    var reply = Json.MAPPER.createObjectNode()
                            .put("token", token)
                            .put("url", address.origin(ctx) + "/recap/" + token);
                    reply.put("expiresAt", expiresAt == null ? null : expiresAt.toInstant().toEpochMilli());
                    Replies.json(ctx, 201, reply);
                })
                .onFailure(ctx::fail);
    }

    void revokeLink(RoutingContext ctx) {
        String sessionId = ctx.pathParam("id");
        byte[] tokenHash = Tokens.hash(ctx.pathParam("token"));
        access.asFacilitator(ctx, sessionId)
                .compose(state -> links.revoke(sessionId, tokenHash))
                .compose(revoked -> ApiError.notFoundUnless(revoked, "This session has no such recap link, or it was revoked already."))
                .onSuccess(done -> ctx.response().setStatusCode(204).end())
                .onFailure(ctx::fail);
    }

    /** The same answer for a link that never existed, was revoked or has expired: nothing to learn. */
    void byLink(RoutingContext ctx) {
        links.sessionOf(Tokens.hash(ctx.pathParam("token")))
                .compose(session -> session.map(access::kept).orElseGet(() -> Future.failedFuture(
                        ApiError.notFound("This recap link does not work: it may have expired or been revoked.")
                        .missed(Secret.RECAP_LINK))))
                .onSuccess(state -> Replies.json(ctx, 200, RecapView.of(state, System.currentTimeMillis())))
                .onFailure(ctx::fail);
    }

    private static Optional<Integer> expiresInHours(RequestBody body) {
        JsonNode hours = body.field("expiresInHours");
        if (hours == null || hours.isNull()) {
            return Optional.empty();
        }
        if (!hours.canConvertToExactIntegral() || !hours.canConvertToLong() || hours.asLong() < 1
                || hours.asLong() > MAX_HOURS) {
            throw ApiError.badRequest("\"expiresInHours\" must be a whole number from 1 to " + MAX_HOURS + ", or left out for a link that does not expire.");
        }
        return Optional.of(hours.asInt());
    }
}
