package roundtable.room;

import io.vertx.core.eventbus.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Requests answered only once their event is committed, such as a join before its token exists. */
final class DurableWaiters {

    private final TreeMap<Long, List<Message<RoomMessage>>> bySeq = new TreeMap<>();

    void await(long seq, Message<RoomMessage> request) {
        bySeq.computeIfAbsent(seq, s -> new ArrayList<>()).add(request);
    }

    /** Answers, with the committed seq, everyone waiting for an event up to it. */
    void release(long committed) {
        Map<Long, List<Message<RoomMessage>>> due = bySeq.headMap(committed, true);
        due.values().forEach(waiting -> waiting.forEach(request -> request.reply(committed)));
        due.clear();
    }
}
