package roundtable.gateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.vertx.ext.web.RoutingContext;
import roundtable.domain.Card;
import roundtable.domain.CardKind;
import roundtable.domain.Participant;
import roundtable.domain.SessionState;
import roundtable.wire.Json;

/**
 * Where each member stood: their orientation cards (where I stand, what I will test, which
 * assumption I am revisiting) across the group's sessions, oldest first, as the log kept them.
 */
record OrientationRoutes(GroupAccess access, GroupHistory history) {

    void list(RoutingContext ctx) {
        String groupId = ctx.pathParam("id");
        access.member(ctx, groupId)
                .compose(member -> history.sessions(groupId))
                .onSuccess(sessions -> {
                    ArrayNode orientations = Json.MAPPER.createArrayNode();
                    for (SessionState session : sessions) {
                        for (Card card : session.cards()) {
                            // Kept cards only: drafts never revealed were never shared with the group.
                            if (card.kind() == CardKind.ORIENTATION && !card.hidden() && card.authorId() != null) {
                                orientations.addObject()
                                        .put("cardId", card.id())
                                        .put("memberId", card.authorId())
                                        .put("memberName", session.participant(card.authorId())
                                                .map(Participant::name).orElse(null))
                                        .put("text", card.text())
                                        .put("sessionId", session.sessionId())
                                        .put("sessionTitle", session.title())
                                        .put("at", session.createdAt());
                            }
                        }
                    }
                    Replies.json(ctx, 200, orientations);
                })
                .onFailure(ctx::fail);
    }
}
