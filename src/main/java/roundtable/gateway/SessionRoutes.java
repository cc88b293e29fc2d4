package roundtable.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import roundtable.domain.Actor;
import roundtable.domain.Command;
import roundtable.domain.Decider;
import roundtable.domain.Decision;
import roundtable.domain.Event;
import roundtable.domain.Limits;
import roundtable.domain.Protocol;
import roundtable.domain.Role;
import roundtable.domain.SessionState;
import roundtable.room.Rooms;
import roundtable.store.Protocols;
import roundtable.store.SessionRecords;
import roundtable.store.StoredEvent;
import roundtable.wire.EventCodec;
import roundtable.wire.EventTypes;
import roundtable.wire.Json;

/** Creating a session, joining it by invite, and reading its recap. */
final class SessionRoutes {

    private final Protocols protocols;
    private final SessionRecords records;
    private final Rooms rooms;

    SessionRoutes(Protocols protocols, SessionRecords records, Rooms rooms) {
        this.protocols = protocols;
        this.records = records;
        this.rooms = rooms;
    }

    /** The session and its first events are stored before the answer: a created session is never lost. */
    void create(RoutingContext ctx) {
        RequestBody body = RequestBody.of(ctx, "title", "protocol", "facilitatorName", "groupId");
        String title = body.text("title");
        String protocolId = body.text("protocol");
        String facilitatorName = body.text("facilitatorName");
        Optional<String> groupId = body.optionalText("groupId");
        if (groupId.isPresent()) {
            throw ApiError.notFound("There is no group '" + groupId.get() + "'.");
        }
        protocols.find(protocolId)
                .compose(found -> found.isPresent() ? Future.succeededFuture(found.get())
                        : Future.failedFuture(ApiError.badRequest("There is no protocol '" + protocolId
                        + "'; the built-in ones are " + String.join(", ", protocols.builtInIds())
                        + ", and GET /api/protocols lists custom ones too.")))
                .compose(protocol -> create(ctx, title, facilitatorName, protocol))
                .onFailure(ctx::fail);
    }

    private Future<Void> create(RoutingContext ctx, String title, String facilitatorName, Protocol protocol) {
        String sessionId = Tokens.sessionId();
        String facilitatorId = Tokens.participantId();
        Command create = new Command.CreateSession(sessionId, title, protocol, null, facilitatorId, facilitatorName);
        Decision decision = Decider.decide(SessionState.initial(), Actor.server(), create, System.currentTimeMillis());
        if (decision instanceof Decision.Rejected rejected) {
            return Future.failedFuture(ApiError.badRequest(rejected.message()));
        }
        List<StoredEvent> firstEvents = numbered(sessionId, ((Decision.Accepted) decision).events());
        String inviteCode = Tokens.secret();
        String token = Tokens.secret();
        return records.create(sessionId, Tokens.hash(inviteCode), Tokens.hash(token), facilitatorId, firstEvents)
                .onSuccess(created -> {
                    String base = origin(ctx) + "/s/" + sessionId;
                    ObjectNode reply = Json.MAPPER.createObjectNode()
                            .put("sessionId", sessionId)
                            .put("inviteCode", inviteCode);
                    reply.putObject("facilitator").put("participantId", facilitatorId).put("token", token);
                    reply.putObject("links")
                            .put("room", base + "#invite=" + inviteCode)
                            .put("facilitator", base + "/facilitate#token=" + token + "&participant=" + facilitatorId
                                    + "&invite=" + inviteCode);
                    Replies.json(ctx, 201, reply);
                });
    }

    /** The invite is checked, the join is durable, then the token exists: in that order. */
    void join(RoutingContext ctx) {
        String sessionId = ctx.pathParam("id");
        RequestBody body = RequestBody.of(ctx, "name", "inviteCode");
        String name = body.optionalText("name").orElse("");
        String inviteCode = body.text("inviteCode");
        Limits.problem("name", name, Limits.NAME).ifPresent(problem -> {
            throw ApiError.badRequest(problem);
        });
        String participantId = Tokens.participantId();
        String token = Tokens.secret();
        records.inviteMatches(sessionId, Tokens.hash(inviteCode))
                .compose(matches -> matches ? Future.succeededFuture()
                        : Future.failedFuture(ApiError.forbidden("This invite code does not open this session; ask the facilitator for the invite link again.")))
                .compose(checked -> rooms.admit(sessionId, participantId, name, Role.PARTICIPANT)
                        .recover(failure -> Future.failedFuture(ApiError.fromRoom(failure))))
                .compose(admitted -> records.addCredential(Tokens.hash(token), sessionId, participantId))
                .onSuccess(added -> Replies.json(ctx, 201, Json.MAPPER.createObjectNode()
                        .put("participantId", participantId)
                        .put("token", token)))
                .onFailure(ctx::fail);
    }

    private static List<StoredEvent> numbered(String sessionId, List<Event> events) {
        List<StoredEvent> stored = new ArrayList<>(events.size());
        for (Event event : events) {
            stored.add(new StoredEvent(sessionId, stored.size() + 1, null, null, EventTypes.nameOf(event),
                    EventCodec.encode(event)));
        }
        return stored;
    }

    private static String origin(RoutingContext ctx) {
        return ctx.request().scheme() + "://" + ctx.request().authority();
    }
}
