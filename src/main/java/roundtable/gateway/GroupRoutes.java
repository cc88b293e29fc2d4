package roundtable.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import roundtable.domain.Limits;
import roundtable.domain.Participant;
import roundtable.domain.ProductName;
import roundtable.domain.RecordingPolicy;
import roundtable.domain.Rotation;
import roundtable.domain.SessionState;
import roundtable.domain.coach.Languages;
import roundtable.room.Rooms;
import roundtable.store.CommitmentQueries;
import roundtable.store.GroupRecords;
import roundtable.store.Protocols;
import roundtable.store.SessionRecords;
import roundtable.wire.Json;

/** Creating a group, joining it under its agreement, reading it, its commitments, and deleting it. */
record GroupRoutes(GroupRecords groups, GroupAccess access, CommitmentQueries commitments, Protocols protocols,
                   GroupHistory history, SessionRecords sessions, Rooms rooms, PublicAddress address) {

    static final int MAX_AGREEMENT = 4000;
    static final int DEFAULT_CADENCE_DAYS = 28;

    void create(RoutingContext ctx) {
        RequestBody body = RequestBody.of(ctx, "name", "keeperName", "agreement", "cadenceDays", "recordingPolicy",
                "defaultProtocol", "language");
        String name = checked("name", body.text("name"), 80);
        String keeperName = checked("keeperName", body.text("keeperName"), Limits.NAME);
        String agreement = body.optionalText("agreement").filter(text -> !text.isBlank()).map(String::strip).orElse(null);
        if (agreement != null && agreement.length() > MAX_AGREEMENT) {
            throw ApiError.badRequest("\"agreement\" is at most " + MAX_AGREEMENT + " characters.");
        }
        int cadence = cadenceDays(body.field("cadenceDays"));
        String policy = recordingPolicy(body.optionalText("recordingPolicy"));
        String protocolId = body.optionalText("defaultProtocol").orElse("forum");
        String language = LanguageChoice.of("language", body.optionalText("language"), Languages.DEFAULT.code());
        String groupId = Tokens.sessionId();
        String keeperId = Tokens.participantId();
        String inviteCode = Tokens.secret();
        String token = Tokens.secret();
        protocols.find(protocolId)
                .compose(found -> found.isPresent() ? Future.succeededFuture()
                        : Future.failedFuture(ApiError.badRequest("There is no protocol '" + protocolId + "' to default to.")))
                .compose(known -> groups.create(new GroupRecords.Group(groupId, name, agreement, cadence, protocolId, policy,
                        language),
                        Tokens.hash(inviteCode), keeperId, keeperName, Tokens.hash(token)))
                .onSuccess(created -> {
                    var reply = Json.MAPPER.createObjectNode().put("groupId", groupId).put("inviteCode", inviteCode);
                    reply.putObject("member").put("memberId", keeperId).put("token", token);
                    reply.put("link", address.origin(ctx) + "/g/" + groupId + "#invite=" + inviteCode);
                    Replies.json(ctx, 201, reply);
                })
                .onFailure(ctx::fail);
    }

    /** Joining needs the invite and, when the group has an agreement, accepting it; the time is kept. */
    void join(RoutingContext ctx) {
        String groupId = ctx.pathParam("id");
        RequestBody body = RequestBody.of(ctx, "name", "inviteCode", "acceptAgreement");
        String name = checked("name", body.text("name"), Limits.NAME);
        byte[] invite = Tokens.hash(body.text("inviteCode"));
        JsonNode accepted = body.field("acceptAgreement");
        if (accepted != null && !accepted.isBoolean()) {
            throw ApiError.badRequest("\"acceptAgreement\" must be true or false.");
        }
        boolean agreed = accepted != null && accepted.asBoolean();
        String memberId = Tokens.participantId();
        String token = Tokens.secret();
        groups.groupByInvite(groupId, invite)
                .compose(group -> group.isEmpty()
                        ? Future.failedFuture(ApiError.forbidden("This invite code does not open this group; ask its keeper for the invite link again.")
                        .missed(Secret.GROUP_INVITE))
                        : group.get().agreement() != null && !agreed
                        ? Future.failedFuture(new ApiError(409, "conflict", "This group has an agreement; read it and send \"acceptAgreement\": true to join."))
                        : groups.addMember(groupId, invite, memberId, name, Tokens.hash(token), agreed))
                .onSuccess(added -> Replies.json(ctx, 201, Json.MAPPER.createObjectNode()
                        .put("memberId", memberId).put("token", token)))
                .onFailure(ctx::fail);
    }

    /**
     * What a member sees of the group: settings, members in rotation order, the agreement, the
     * sessions held so far with who facilitated each, and who is next in the rotation.
     */
    void show(RoutingContext ctx) {
        String groupId = ctx.pathParam("id");
        access.member(ctx, groupId)
                .compose(me -> Future.all(groups.group(groupId), groups.members(groupId), history.sessions(groupId))
                        .map(all -> view(me, all.<Optional<GroupRecords.Group>>resultAt(0).orElseThrow(),
                                all.resultAt(1), all.resultAt(2))))
                .map(reply -> {
                    // The address for links the page builds itself (invite, member link), when one is set.
                    address.configured().ifPresent(url -> reply.put("publicUrl", url));
                    return reply;
                })
                .onSuccess(reply -> Replies.json(ctx, 200, reply))
                .onFailure(ctx::fail);
    }

    private static ObjectNode view(GroupRecords.Member me, GroupRecords.Group g, List<GroupRecords.Member> members,
                                   List<SessionState> sessions) {
        ObjectNode reply = Json.MAPPER.createObjectNode()
                .put("groupId", g.id()).put("name", g.name()).put("agreement", g.agreement())
                .put("cadenceDays", g.cadenceDays()).put("defaultProtocol", g.defaultProtocol())
                .put("recordingPolicy", g.recordingPolicy()).put("language", g.language()).put("memberId", me.id());
        reply.set("members", Json.MAPPER.valueToTree(members));
        ArrayNode held = reply.putArray("sessions");
        sessions.forEach(session -> {
            Optional<Participant> facilitator = session.facilitator();
            held.addObject().put("sessionId", session.sessionId()).put("title", session.title())
                    .put("createdAt", session.createdAt()).put("endedAt", session.endedAt())
                    .put("facilitatorId", facilitator.map(Participant::id).orElse(null))
                    .put("facilitatorName", facilitator.map(Participant::name).orElse(null));
        });
        Optional<String> next = Rotation.next(members.stream().map(GroupRecords.Member::id).toList(),
                sessions.stream().map(s -> s.facilitator().map(Participant::id).orElse(null)).toList());
        reply.set("nextFacilitator", next.flatMap(id -> members.stream().filter(m -> m.id().equals(id)).findFirst())
                .<JsonNode>map(m -> Json.MAPPER.createObjectNode()
                        .put("memberId", m.id()).put("name", m.name()))
                .orElse(NullNode.getInstance()));
        return reply;
    }

    void commitments(RoutingContext ctx) {
        String groupId = ctx.pathParam("id");
        access.member(ctx, groupId)
                .compose(me -> commitments.history(groupId))
                .onSuccess(history -> Replies.json(ctx, 200, Json.MAPPER.valueToTree(history)))
                .onFailure(ctx::fail);
    }

    /** Everything goes, live rooms included: their people are disconnected, their sessions forgotten. */
    void delete(RoutingContext ctx) {
        String groupId = ctx.pathParam("id");
        access.keeper(ctx, groupId)
                .compose(keeper -> sessions.sessionsOf(groupId))
                .compose(owned -> groups.delete(groupId)
                        .compose(deleted -> Future.join(owned.stream().map(rooms::close).toList())))
                .onSuccess(closed -> ctx.response().setStatusCode(204).end())
                .onFailure(ctx::fail);
    }

    private static String checked(String field, String value, int max) {
        Limits.problem(field, value, max).ifPresent(problem -> {
            throw ApiError.badRequest(problem);
        });
        return Limits.oneLine(value);
    }

    private static int cadenceDays(JsonNode value) {
        if (value == null || value.isNull()) {
            return DEFAULT_CADENCE_DAYS;
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToInt() || value.asInt() < 1 || value.asInt() > 365) {
            throw ApiError.badRequest("\"cadenceDays\" must be a whole number of days from 1 to 365.");
        }
        return value.asInt();
    }

    private static String recordingPolicy(Optional<String> value) {
        return value.map(id -> ProductName.find(RecordingPolicy.values(), id).orElseThrow(() -> ApiError.badRequest(
                        "\"recordingPolicy\" must be everything, anonymous-board or commitments-and-knowledge.")))
                .orElse(RecordingPolicy.EVERYTHING).toString();
    }
}
