package roundtable.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import roundtable.domain.Circulation;
import roundtable.domain.IssueText;
import roundtable.domain.KnowledgeDraft;
import roundtable.domain.Limits;
import roundtable.domain.RecordingPolicy;
import roundtable.store.EarlierIssues;
import roundtable.store.KnowledgeBase;
import roundtable.wire.Json;

/**
 * The group's knowledge base: entries written by members at any time or documented in a group
 * session, full-text search over them, what the keeper circulates beyond the circle, and what a
 * session's issue is related to.
 */
record KnowledgeRoutes(GroupAccess access, SessionInGroup sessions, KnowledgeBase knowledge, EarlierIssues earlier) {

    static final int MAX_QUERY = 200;
    /** How many related entries, and earlier sessions, the room shows next to an issue. */
    static final int RELATED = 3;

    /** A member writes an entry between sessions; they are its author. */
    void add(RoutingContext ctx) {
        String groupId = ctx.pathParam("id");
        KnowledgeDraft entry = draft(ctx);
        String id = Tokens.recordId("k");
        access.member(ctx, groupId)
                .compose(me -> knowledge.add(id, new KnowledgeBase.Source(groupId, null, me.id(), me.name()), entry))
                .onSuccess(added -> Replies.json(ctx, 201, Json.MAPPER.createObjectNode().put("id", id)))
                .onFailure(ctx::fail);
    }

    /**
     * Someone in a group session documents an approach (practice-pod's "document the approaches"),
     * with the session as its source. Under "the board without names" the session keeps nobody's
     * name with what they wrote, and neither does an entry documented in it.
     */
    void addFromSession(RoutingContext ctx) {
        String sessionId = ctx.pathParam("id");
        KnowledgeDraft entry = draft(ctx);
        String id = Tokens.recordId("k");
        sessions.caller(ctx, sessionId)
                .compose(caller -> caller.participant().contributes() ? Future.succeededFuture(caller)
                        : Future.failedFuture(ApiError.forbidden("Observers watch the session; they do not add to the group's knowledge.")))
                .compose(caller -> {
                    boolean named = caller.session().terms().recordingPolicy() != RecordingPolicy.ANONYMOUS_BOARD;
                    return knowledge.add(id, new KnowledgeBase.Source(caller.groupId(), sessionId,
                            named ? caller.participant().id() : null, named ? caller.participant().name() : null), entry);
                })
                .onSuccess(added -> Replies.json(ctx, 201, Json.MAPPER.createObjectNode().put("id", id)))
                .onFailure(ctx::fail);
    }

    /** With {@code q}, the matching entries best first; without, the newest first. {@code tag} narrows either. */
    void search(RoutingContext ctx) {
        String groupId = ctx.pathParam("id");
        Optional<String> query = queryParam(ctx, "q", MAX_QUERY);
        String tag = queryParam(ctx, "tag", KnowledgeDraft.MAX_TAG)
                .map(t -> Limits.oneLine(t).toLowerCase(Locale.ROOT)).orElse(null);
        access.member(ctx, groupId)
                .compose(me -> query.isPresent() ? knowledge.search(groupId, query.get(), tag) : knowledge.newest(groupId, tag))
                .onSuccess(entries -> Replies.json(ctx, 200, Json.MAPPER.valueToTree(entries)))
                .onFailure(ctx::fail);
    }

    /** The keeper alone decides what travels beyond the circle, and can take it back. */
    void circulate(RoutingContext ctx) {
        String groupId = ctx.pathParam("id");
        String entryId = ctx.pathParam("entryId");
        Circulation circulation = RequestBody.of(ctx, "visibility").choice("visibility", Circulation.values(),
                "\"visibility\" must be circle (the group's members only) or circulated (beyond the circle).");
        access.keeper(ctx, groupId)
                .compose(keeper -> knowledge.circulate(groupId, entryId, circulation))
                .compose(found -> ApiError.notFoundUnless(found, "This group has no knowledge entry '" + entryId + "'."))
                .onSuccess(done -> Replies.json(ctx, 200, Json.MAPPER.createObjectNode()
                        .put("id", entryId).put("visibility", circulation.toString())))
                .onFailure(ctx::fail);
    }

    /**
     * What the issue framed in this session is related to: the group's entries and its earlier
     * sessions that share most words with it. A guest of the session (no member) sees circulated
     * entries only, and no earlier sessions: those are the circle's.
     */
    void related(RoutingContext ctx) {
        String sessionId = ctx.pathParam("id");
        sessions.caller(ctx, sessionId)
                .compose(caller -> {
                    String issue = IssueText.of(caller.session());
                    if (issue.isEmpty()) {
                        return Future.succeededFuture(related(List.of(), List.of()));
                    }
                    Future<List<JsonNode>> entries = knowledge.similarTo(caller.groupId(), issue, caller.member(), RELATED);
                    Future<List<JsonNode>> earlierSessions = caller.member()
                            ? earlier.similarTo(caller.groupId(), sessionId, issue, RELATED)
                            : Future.succeededFuture(List.of());
                    return Future.all(entries, earlierSessions).map(all -> related(all.resultAt(0), all.resultAt(1)));
                })
                .onSuccess(reply -> Replies.json(ctx, 200, reply))
                .onFailure(ctx::fail);
    }

    private static ObjectNode related(List<JsonNode> entries, List<JsonNode> earlierSessions) {
        ObjectNode reply = Json.MAPPER.createObjectNode();
        reply.set("entries", Json.MAPPER.valueToTree(entries));
        reply.set("sessions", Json.MAPPER.valueToTree(earlierSessions));
        return reply;
    }

    /** The entry as sent, checked whole: every problem is named before anything is stored. */
    private static KnowledgeDraft draft(RoutingContext ctx) {
        RequestBody body = RequestBody.of(ctx, "context", "approach", "outcome", "tags");
        String context = body.optionalText("context").orElse(null);
        String approach = body.optionalText("approach").orElse(null);
        String outcome = body.optionalText("outcome").orElse(null);
        List<String> tags = tags(body.field("tags"));
        List<String> problems = KnowledgeDraft.problems(context, approach, outcome, tags);
        if (!problems.isEmpty()) {
            throw ApiError.badRequest(String.join(" ", problems), problems);
        }
        return KnowledgeDraft.of(context, approach, outcome, tags);
    }

    private static List<String> tags(JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(tag -> tags.add(tag.isTextual() ? tag.asText() : null));
        }
        if (!value.isArray() || tags.contains(null)) {
            throw ApiError.badRequest("\"tags\" must be a list of strings, e.g. [\"planning\", \"estimates\"].");
        }
        return tags;
    }

    /** A query parameter, or empty when absent or blank; 400 naming it when it is too long or holds control characters. */
    private static Optional<String> queryParam(RoutingContext ctx, String name, int max) {
        List<String> values = ctx.queryParam(name);
        Optional<String> value = values.isEmpty() ? Optional.empty()
                : Optional.of(values.get(0).strip()).filter(text -> !text.isEmpty());
        value.flatMap(text -> Limits.problem(name, text, max)).ifPresent(problem -> {
            throw ApiError.badRequest(problem);
        });
        return value;
    }
}
