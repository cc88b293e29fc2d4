package roundtable.gateway;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import roundtable.domain.Role;
import roundtable.domain.SessionState;
import roundtable.store.GroupRecords;
import roundtable.store.SessionLog;
import roundtable.store.SessionRecords;

/** Who a bearer token is in a session, and the session as it was kept. */
record SessionAccess(SessionRecords records, GroupRecords groups, SessionLog log) {

    /** The caller's participant id; 401 without a token, 403 when it is not one of this session's. */
    Future<String> participant(RoutingContext ctx, String sessionId) {
        String token = bearer(ctx);
        return records.credential(Tokens.hash(token)).compose(credential -> credential
                .filter(c -> c.sessionId().equals(sessionId))
                .map(c -> Future.succeededFuture(c.participantId()))
                .orElseGet(() -> Future.failedFuture(ApiError.forbidden("This token does not belong to this session.")
                        .missed(Secret.SESSION_TOKEN))));
    }

    /**
     * Someone who may read what the session kept: one of its participants, or a member of its group
     * (a group's past sessions belong to the group). 401 without a token, 403 with any other.
     */
    Future<Void> reader(RoutingContext ctx, String sessionId) {
        byte[] token = Tokens.hash(bearer(ctx));
        ApiError refused = ApiError.forbidden("This token opens neither this session nor its group.").missed(Secret.SESSION_TOKEN);
        return records.credential(token).compose(credential -> {
            if (credential.filter(c -> c.sessionId().equals(sessionId)).isPresent()) {
                return Future.<Void>succeededFuture();
            }
            return records.groupOf(sessionId).compose(group -> group.isEmpty() ? Future.<Void>failedFuture(refused)
                    : groups.member(token).compose(member -> member.filter(m -> m.groupId().equals(group.get())).isPresent()
                    ? Future.<Void>succeededFuture() : Future.<Void>failedFuture(refused)));
        });
    }

    /** The session folded from what was persisted: exactly what survives a restart. */
    Future<SessionState> kept(String sessionId) {
        return log.fold(sessionId);
    }

    /** The kept session, when the caller facilitates it now (the role can have been handed on). */
    Future<SessionState> asFacilitator(RoutingContext ctx, String sessionId) {
        return participant(ctx, sessionId).compose(participantId -> kept(sessionId).compose(state ->
                state.participant(participantId).map(p -> p.role() == Role.FACILITATOR).orElse(false)
                        ? Future.succeededFuture(state)
                        : Future.failedFuture(ApiError.forbidden("Only the facilitator can do this."))));
    }

    static String bearer(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() == 7) {
            throw ApiError.unauthorized("Send your token in the header Authorization: Bearer <token>.");
        }
        return header.substring(7).strip();
    }
}
