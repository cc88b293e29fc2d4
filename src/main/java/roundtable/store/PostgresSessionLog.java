package roundtable.store;

import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import java.util.ArrayList;
import java.util.List;
import roundtable.wire.EventCodec;
import roundtable.wire.EventTypes;
import roundtable.wire.LocalCodec;

/**
 * The session log on PostgreSQL: appends go to the node's write-behind {@link EventLog} (bounded by
 * its {@link WriteBuffer}), reads come from {@code session_events}, decoded once here.
 */
public final class PostgresSessionLog implements SessionLog {

    private final SessionRecords records;
    private final WriteBuffer buffer;
    private final EventBus bus;

    public PostgresSessionLog(SessionRecords records, WriteBuffer buffer, EventBus bus) {
        this.records = records;
        this.buffer = buffer;
        this.bus = bus;
    }

    @Override
    public Future<Void> create(NewSession session, List<Entry> firstEvents) {
        return records.create(session.sessionId(), session.groupId(), session.inviteHash(),
                session.facilitatorTokenHash(), session.facilitatorId(), stored(session.sessionId(), 0, firstEvents));
    }

    @Override
    public Future<Claim> claim(String sessionId, String node, List<String> liveNodes) {
        return records.claim(sessionId, node, liveNodes);
    }

    @Override
    public void append(String sessionId, long epoch, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        buffer.handedOver(entries.size());
        bus.send(EventLog.APPEND, new EventLog.Append(stored(sessionId, epoch, entries)), LocalCodec.DELIVERY);
    }

    @Override
    public boolean hasRoom() {
        return buffer.hasRoom();
    }

    @Override
    public Future<List<Recorded>> history(String sessionId) {
        return records.history(sessionId).map(PostgresSessionLog::decoded);
    }

    @Override
    public Future<List<Recorded>> historyBetween(String sessionId, long after, long upTo) {
        return records.historyBetween(sessionId, after, upTo).map(PostgresSessionLog::decoded);
    }

    @Override
    public Future<java.util.Map<String, Long>> ownerEpochs(List<String> sessionIds) {
        return records.ownerEpochs(sessionIds);
    }

    @Override
    public Future<List<String>> liveSessionIds() {
        return records.liveSessionIds();
    }

    /** A new session's first events are written before anyone owns it: under epoch 0, the row's own. */
    private static List<StoredEvent> stored(String sessionId, long epoch, List<Entry> entries) {
        List<StoredEvent> stored = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            stored.add(new StoredEvent(sessionId, entry.seq(), entry.actorId(), entry.opId(),
                    EventTypes.nameOf(entry.event()), entry.json(), epoch, entry.event()));
        }
        return stored;
    }

    private static List<Recorded> decoded(List<StoredEvent> rows) {
        List<Recorded> events = new ArrayList<>(rows.size());
        for (StoredEvent row : rows) {
            events.add(new Recorded(row.seq(), row.actorId(), row.opId(), EventCodec.decode(row.json()), row.json(), row.epoch()));
        }
        return events;
    }
}
