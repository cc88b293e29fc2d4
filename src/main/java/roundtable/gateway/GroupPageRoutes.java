package roundtable.gateway;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import roundtable.domain.Event;
import roundtable.domain.health.GroupHealth;
import roundtable.domain.health.HealthRules;
import roundtable.domain.health.SessionFacts;
import roundtable.store.GroupRecords;
import roundtable.store.HealthQueries;
import roundtable.store.SessionRecords;
import roundtable.store.SessionLog;
import roundtable.wire.HealthView;
import roundtable.wire.Json;

/** What the group page needs beyond the group itself: a preview for an invite holder, and the group's health. */
record GroupPageRoutes(GroupRecords groups, GroupAccess access, SessionRecords records, SessionLog log,
                       HealthQueries health, HealthRules rules) {

    /**
     * The name, agreement and terms an invite holder reads before joining. The invite code comes in
     * the body, never in the URL, so it stays out of access logs.
     */
    void preview(RoutingContext ctx) {
        String groupId = ctx.pathParam("id");
        RequestBody body = RequestBody.of(ctx, "inviteCode");
        byte[] invite = Tokens.hash(body.text("inviteCode"));
        groups.groupByInvite(groupId, invite)
                .compose(group -> group.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(ApiError.forbidden(
                        "This invite code does not open this group; ask its keeper for the invite link again.")
                        .missed(Secret.GROUP_INVITE))))
                .onSuccess(group -> Replies.json(ctx, 200, Json.MAPPER.createObjectNode()
                        .put("groupId", group.id())
                        .put("name", group.name())
                        .put("agreement", group.agreement())
                        .put("cadenceDays", group.cadenceDays())
                        .put("recordingPolicy", group.recordingPolicy())
                        .put("language", group.language())))
                .onFailure(ctx::fail);
    }

    /**
     * Per session, oldest first, and the signals they add up to; computed by the domain from each
     * session's stored history. Members only: a token of another group gets 403.
     */
    void health(RoutingContext ctx) {
        String groupId = ctx.pathParam("id");
        access.member(ctx, groupId)
                .compose(member -> records.sessionsOf(groupId))
                .compose(ids -> {
                    List<String> recent = ids.subList(Math.max(0, ids.size() - rules.sessionsShown()), ids.size());
                    List<Future<List<SessionLog.Recorded>>> histories = new ArrayList<>(recent.size());
                    recent.forEach(id -> histories.add(log.history(id)));
                    return Future.all(histories).compose(loaded -> health.memberJoinTimes(groupId)
                            .compose(joined -> health.knowledgeBySession(groupId)
                                    .map(knowledge -> assess(recent, histories, joined, knowledge))));
                })
                .onSuccess(assessed -> Replies.json(ctx, 200, HealthView.of(assessed, rules)))
                .onFailure(ctx::fail);
    }

    private GroupHealth assess(List<String> sessionIds, List<Future<List<SessionLog.Recorded>>> histories, List<Long> joined,
                               Map<String, Integer> knowledge) {
        long now = System.currentTimeMillis();
        List<SessionFacts> facts = new ArrayList<>(sessionIds.size());
        for (int i = 0; i < sessionIds.size(); i++) {
            List<SessionLog.Recorded> history = histories.get(i).result();
            if (history.isEmpty()) {
                continue;
            }
            List<Event> events = history.stream().map(SessionLog.Recorded::event).toList();
            facts.add(SessionFacts.fold(events, now, joined, knowledge.getOrDefault(sessionIds.get(i), 0)));
        }
        return GroupHealth.of(facts, rules);
    }
}
