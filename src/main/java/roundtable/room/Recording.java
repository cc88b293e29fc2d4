package roundtable.room;

import java.util.ArrayList;
import java.util.List;
import roundtable.domain.Event;
import roundtable.domain.Evolver;
import roundtable.domain.Keeping;
import roundtable.domain.SessionState;
import roundtable.store.SessionLog;
import roundtable.wire.EventCodec;

/**
 * The one path every decided event takes, whether a room records it or a session is being founded:
 * numbered, kept as the recording policy allows (the stored event can say less than the live one),
 * applied to the state, and encoded once, for the log and for every socket.
 *
 * @param state      the state after the events
 * @param seq        the seq of the last of them
 * @param entries    what goes to the log
 * @param deliveries each event's frames, per distinct view
 */
record Recording(SessionState state, long seq, List<SessionLog.Entry> entries, List<Delivery> deliveries) {

    static Recording of(SessionState before, long lastSeq, List<Event> events, String actorId, String opId) {
        SessionState state = before;
        long seq = lastSeq;
        List<SessionLog.Entry> entries = new ArrayList<>(events.size());
        List<Delivery> deliveries = new ArrayList<>(events.size());
        for (Event event : events) {
            seq++;
            Event kept = Keeping.forStorage(state, event);
            state = Evolver.evolve(state, event);
            String json = EventCodec.encode(event);
            deliveries.add(Delivery.of(seq, event, json, state.participants()));
            entries.add(new SessionLog.Entry(seq, actorId, opId, kept, kept == event ? json : EventCodec.encode(kept)));
        }
        return new Recording(state, seq, entries, deliveries);
    }
}
