package roundtable.gateway;

import io.vertx.ext.web.RoutingContext;
import roundtable.room.Rooms;
import roundtable.store.SessionRecords;

/**
 * {@code DELETE /api/sessions/{id}}: the facilitator forgets a session. Its room is closed (its
 * sockets are told with 1001), then the session row goes and the schema's cascades take everything
 * it owns with it; the room is closed once more in case someone reopened it in between.
 */
record SessionDeletion(SessionAccess access, SessionRecords records, Rooms rooms) {

    void delete(RoutingContext ctx) {
        String sessionId = ctx.pathParam("id");
        access.asFacilitator(ctx, sessionId)
                .compose(state -> rooms.close(sessionId))
                .compose(closed -> records.delete(sessionId))
                .compose(deleted -> rooms.close(sessionId).map(deleted))
                .compose(deleted -> ApiError.notFoundUnless(deleted, "There is no such session; it may have been deleted already."))
                .onSuccess(done -> ctx.response().setStatusCode(204).end())
                .onFailure(ctx::fail);
    }
}
