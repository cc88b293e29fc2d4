package roundtable.gateway;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import roundtable.domain.TopicDraft;
import roundtable.domain.TopicStatus;
import roundtable.store.TopicBacklog;
import roundtable.wire.Json;

/**
 * The group's backlog of knowledge gaps and topics: members propose and upvote, the keeper marks
 * what was picked and what is done, and a group session (gap-intake works through it) reads it.
 */
record TopicRoutes(GroupAccess access, SessionInGroup sessions, TopicBacklog backlog) {

    void propose(RoutingContext ctx) {
        String groupId = ctx.pathParam("id");
        RequestBody body = RequestBody.of(ctx, "title", "details");
        String title = body.optionalText("title").orElse(null);
        String details = body.optionalText("details").orElse(null);
        List<String> problems = TopicDraft.problems(title, details);
        if (!problems.isEmpty()) {
            throw ApiError.badRequest(String.join(" ", problems), problems);
        }
        TopicDraft topic = TopicDraft.of(title, details);
        String id = Tokens.recordId("t");
        access.member(ctx, groupId)
                .compose(me -> backlog.propose(id, groupId, me.id(), me.name(), topic))
                .onSuccess(proposed -> Replies.json(ctx, 201, Json.MAPPER.createObjectNode().put("id", id)))
                .onFailure(ctx::fail);
    }

    void list(RoutingContext ctx) {
        String groupId = ctx.pathParam("id");
        access.member(ctx, groupId)
                .compose(me -> backlog.list(groupId, me.id()))
                .onSuccess(topics -> Replies.json(ctx, 200, Json.MAPPER.valueToTree(topics)))
                .onFailure(ctx::fail);
    }

    /** The backlog for the people of a group session, where gap-intake shows it. */
    void listForSession(RoutingContext ctx) {
        String sessionId = ctx.pathParam("id");
        sessions.caller(ctx, sessionId)
                .compose(caller -> backlog.list(caller.groupId(), caller.participant().id()))
                .onSuccess(topics -> Replies.json(ctx, 200, Json.MAPPER.valueToTree(topics)))
                .onFailure(ctx::fail);
    }

    /** Gives the caller's upvote, or takes it back. Votes choose what comes next, so only open topics take them. */
    void vote(RoutingContext ctx) {
        String groupId = ctx.pathParam("id");
        String topicId = ctx.pathParam("topicId");
        access.member(ctx, groupId)
                .compose(me -> openTopic(groupId, topicId).compose(open -> backlog.toggleVote(topicId, me.id())))
                .onSuccess(tally -> Replies.json(ctx, 200, Json.MAPPER.createObjectNode()
                        .put("id", topicId).put("votes", tally.votes()).put("votedByMe", tally.votedByMe())))
                .onFailure(ctx::fail);
    }

    private Future<TopicBacklog.Topic> openTopic(String groupId, String topicId) {
        return backlog.topic(groupId, topicId).compose(topic -> topic.isEmpty()
                ? Future.failedFuture(ApiError.notFound("This group has no topic '" + topicId + "'."))
                : topic.get().status() != TopicStatus.OPEN
                ? Future.failedFuture(new ApiError(409, "invalid-state", "This topic is " + topic.get().status()
                        + "; only open topics take votes."))
                : Future.succeededFuture(topic.get()));
    }

    void status(RoutingContext ctx) {
        String groupId = ctx.pathParam("id");
        String topicId = ctx.pathParam("topicId");
        TopicStatus next = RequestBody.of(ctx, "status").choice("status", TopicStatus.values(),
                "\"status\" must be open, picked or done.");
        access.keeper(ctx, groupId)
                .compose(keeper -> backlog.setStatus(groupId, topicId, next))
                .compose(found -> ApiError.notFoundUnless(found, "This group has no topic '" + topicId + "'."))
                .onSuccess(done -> Replies.json(ctx, 200, Json.MAPPER.createObjectNode()
                        .put("id", topicId).put("status", next.toString())))
                .onFailure(ctx::fail);
    }
}
