package roundtable.gateway;

import io.vertx.core.Future;
import java.util.List;
import roundtable.domain.SessionState;
import roundtable.store.SessionRecords;

/**
 * A group's sessions as kept, oldest first. Each is folded from its whole log on every call: fine
 * for a group's few dozen sessions of a few hundred events; a read model of sessions (title,
 * times, facilitator) is the step to take when groups grow past that.
 */
record GroupHistory(SessionRecords records, SessionAccess access) {

    Future<List<SessionState>> sessions(String groupId) {
        return records.sessionsOf(groupId)
                .compose(ids -> Future.all(ids.stream().map(access::kept).toList()))
                .map(folded -> folded.<SessionState>list());
    }
}
