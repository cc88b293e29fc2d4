package roundtable.gateway;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import roundtable.domain.Participant;
import roundtable.domain.SessionState;
import roundtable.store.GroupRecords;

/**
 * The caller as a participant of one of a group's sessions. People in a group session hold
 * session tokens, not member tokens; this is how they reach what belongs to the group. A guest who
 * came in with the invite code is no member, and {@link Caller#member()} says so.
 */
record SessionInGroup(SessionAccess sessions, GroupRecords groups) {

    /**
     * @param session     the session as kept
     * @param participant the caller in it
     * @param member      whether the caller is a member of the session's group, not a guest
     */
    record Caller(SessionState session, Participant participant, boolean member) {
        String groupId() {
            return session.groupId();
        }
    }

    /** 401 without a token, 403 with another session's, 403 when the session belongs to no group. */
    Future<Caller> caller(RoutingContext ctx, String sessionId) {
        return sessions.participant(ctx, sessionId)
                .compose(participantId -> sessions.kept(sessionId).compose(state -> state.groupId() == null
                        ? Future.failedFuture(ApiError.forbidden("This session belongs to no group; only a group's sessions reach its knowledge and topics."))
                        : groups.members(state.groupId()).map(members -> new Caller(state,
                                state.participant(participantId).orElseThrow(),
                                members.stream().anyMatch(m -> m.id().equals(participantId))))));
    }
}
