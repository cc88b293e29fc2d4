package roundtable.gateway;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import roundtable.store.GroupRecords;

/** Who a member token is in a group. A token of one group gets nothing from another. */
public record GroupAccess(GroupRecords groups) {

    /** The caller as a member of {@code groupId}; 401 without a token, 403 with any other. */
    public Future<GroupRecords.Member> member(RoutingContext ctx, String groupId) {
        String token = SessionAccess.bearer(ctx);
        return groups.member(Tokens.hash(token)).compose(member -> member
                .filter(m -> m.groupId().equals(groupId))
                .map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(ApiError.forbidden("This token does not belong to this group.")
                        .missed(Secret.MEMBER_TOKEN))));
    }

    /** The caller as the group's keeper. */
    public Future<GroupRecords.Member> keeper(RoutingContext ctx, String groupId) {
        return member(ctx, groupId).compose(member -> member.keeper() ? Future.succeededFuture(member)
                : Future.failedFuture(ApiError.forbidden("Only the group's keeper can do this.")));
    }
}
