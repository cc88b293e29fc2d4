package roundtable.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import roundtable.domain.Command;
import roundtable.domain.Decision;
import roundtable.domain.Limits;
import roundtable.domain.ProductName;
import roundtable.domain.Protocol;
import roundtable.domain.RecordingPolicy;
import roundtable.domain.Role;
import roundtable.domain.SessionTerms;
import roundtable.domain.coach.Languages;
import roundtable.room.Founding;
import roundtable.room.Rooms;
import roundtable.store.CommitmentQueries;
import roundtable.store.GroupRecords;
import roundtable.store.Protocols;
import roundtable.store.SessionLog;
import roundtable.store.SessionRecords;
import roundtable.wire.Json;

/** Creating a session, joining it by invite, and reading its recap. */
record SessionRoutes(Protocols protocols, SessionRecords records, SessionLog log, Rooms rooms,
                     GroupAccess groupAccess, GroupRecords groups, CommitmentQueries commitments,
                     PublicAddress address, SessionAccess access) {

    /**
     * The session and its first events are stored before the answer: a created session is never
     * lost. In a group, the caller (a member) facilitates, and the session inherits the group's
     * recording policy, cadence, open commitments and language (unless it names another).
     */
    void create(RoutingContext ctx) {
        RequestBody body = RequestBody.of(ctx, "title", "protocol", "facilitatorName", "groupId", "language");
        String title = body.text("title");
        Optional<String> groupId = body.optionalText("groupId");
        if (groupId.isEmpty()) {
            String facilitatorName = body.text("facilitatorName");
            String protocolId = body.text("protocol");
            SessionTerms terms = SessionTerms.adHoc(language(body).orElse(Languages.DEFAULT.code()));
            protocol(protocolId)
                    .compose(protocol -> create(ctx, new Plan(title, protocol, null, Tokens.participantId(),
                            facilitatorName, terms)))
                    .onFailure(ctx::fail);
            return;
        }
        Optional<String> language = language(body);
        groupAccess.member(ctx, groupId.get())
                .compose(member -> groups.group(member.groupId()).map(Optional::orElseThrow)
                        .compose(group -> protocol(body.optionalText("protocol").orElse(group.defaultProtocol()))
                                .compose(protocol -> commitments.open(group.id()).map(open -> new Plan(title, protocol,
                                        group.id(), member.id(), member.name(), new SessionTerms(
                                        ProductName.find(RecordingPolicy.values(), group.recordingPolicy()).orElseThrow(),
                                        group.cadenceDays(), open, group.agreement(),
                                        language.orElse(group.language())))))))
                .compose(plan -> create(ctx, plan))
                .onFailure(ctx::fail);
    }

    /** The language the body names, checked before anything is looked up (the group, the protocol). */
    private static Optional<String> language(RequestBody body) {
        return body.optionalText("language").map(code -> LanguageChoice.of("language", Optional.of(code), code));
    }

    /** Everything a new session is made of, once it has been checked. */
    private record Plan(String title, Protocol protocol, String groupId, String facilitatorId, String facilitatorName,
                        SessionTerms terms) {
    }

    private Future<Protocol> protocol(String protocolId) {
        return protocols.find(protocolId).compose(found -> found.isPresent() ? Future.succeededFuture(found.get())
                : Future.failedFuture(ApiError.badRequest("There is no protocol '" + protocolId
                + "'; the built-in ones are " + String.join(", ", protocols.builtInIds())
                + ", and GET /api/protocols lists custom ones too.")));
    }

    private Future<Void> create(RoutingContext ctx, Plan plan) {
        String sessionId = Tokens.sessionId();
        Command.CreateSession create = new Command.CreateSession(sessionId, plan.title(), plan.protocol(), plan.groupId(),
                plan.facilitatorId(), plan.facilitatorName(), plan.terms());
        String inviteCode = Tokens.secret();
        String token = Tokens.secret();
        SessionLog.NewSession founded = new SessionLog.NewSession(sessionId, plan.groupId(), Tokens.hash(inviteCode),
                Tokens.hash(token), plan.facilitatorId());
        return Founding.found(log, create, founded, System.currentTimeMillis())
                .compose(decision -> decision instanceof Decision.Rejected rejected
                        ? Future.failedFuture(ApiError.badRequest(rejected.message())) : Future.<Void>succeededFuture())
                .onSuccess(created -> {
                    String base = address.origin(ctx) + "/s/" + sessionId;
                    ObjectNode reply = Json.MAPPER.createObjectNode()
                            .put("sessionId", sessionId)
                            .put("inviteCode", inviteCode);
                    reply.putObject("facilitator").put("participantId", plan.facilitatorId()).put("token", token);
                    reply.putObject("links")
                            .put("room", base + "#invite=" + inviteCode)
                            .put("facilitator", base + "/facilitate#token=" + token + "&participant="
                                    + plan.facilitatorId() + "&invite=" + inviteCode);
                    Replies.json(ctx, 201, reply);
                });
    }

    /**
     * The invite is checked, the join is durable, then the token exists: in that order. A member
     * of the session's group needs no invite: their member token is enough, and they take part
     * under their member id, so their commitments follow them from session to session.
     */
    void join(RoutingContext ctx) {
        String sessionId = ctx.pathParam("id");
        RequestBody body = RequestBody.of(ctx, "name", "inviteCode");
        if (body.optionalText("inviteCode").isEmpty() && ctx.request().getHeader("Authorization") != null) {
            joinAsMember(ctx, sessionId);
            return;
        }
        String name = body.optionalText("name").orElse("");
        String inviteCode = body.text("inviteCode");
        Limits.problem("name", name, Limits.NAME).ifPresent(problem -> {
            throw ApiError.badRequest(problem);
        });
        String participantId = Tokens.participantId();
        records.inviteMatches(sessionId, Tokens.hash(inviteCode))
                .compose(matches -> matches ? Future.succeededFuture()
                        : Future.failedFuture(ApiError.forbidden("This invite code does not open this session; ask the facilitator for the invite link again.")
                        .missed(Secret.INVITE_CODE)))
                .compose(checked -> admitted(ctx, sessionId, participantId, name))
                .onFailure(ctx::fail);
    }

    private void joinAsMember(RoutingContext ctx, String sessionId) {
        records.groupOf(sessionId)
                .compose(group -> group.isPresent() ? groupAccess.member(ctx, group.get())
                        : Future.failedFuture(ApiError.forbidden("This session belongs to no group; join it with its invite code.")))
                .compose(member -> admitted(ctx, sessionId, member.id(), member.name()))
                .onFailure(ctx::fail);
    }

    /**
     * What an invite opens, before joining: the session's title, protocol and facilitator (and its
     * group's name and agreement), so the join page can say what one is joining. The code travels in
     * the body, never in the URL.
     */
    void preview(RoutingContext ctx) {
        String sessionId = ctx.pathParam("id");
        String inviteCode = RequestBody.of(ctx, "inviteCode").text("inviteCode");
        records.inviteMatches(sessionId, Tokens.hash(inviteCode))
                .compose(matches -> matches ? access.kept(sessionId)
                        : Future.failedFuture(ApiError.forbidden("This invite code does not open this session; ask the"
                        + " facilitator for the invite link again.").missed(Secret.INVITE_CODE)))
                .compose(state -> state.groupId() == null ? Future.succeededFuture(SessionPreview.of(state, null))
                        : groups.group(state.groupId()).map(group -> SessionPreview.of(state, group.orElse(null))))
                .onSuccess(preview -> Replies.json(ctx, 200, preview))
                .onFailure(ctx::fail);
    }

    private Future<Void> admitted(RoutingContext ctx, String sessionId, String participantId, String name) {
        String token = Tokens.secret();
        return rooms.admit(sessionId, participantId, name, Role.PARTICIPANT)
                .recover(failure -> Future.failedFuture(ApiError.fromRoom(failure)))
                .compose(admitted -> records.addCredential(Tokens.hash(token), sessionId, participantId))
                .onSuccess(added -> Replies.json(ctx, 201, Json.MAPPER.createObjectNode()
                        .put("participantId", participantId)
                        .put("token", token)));
    }

}
