package roundtable.room;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import roundtable.domain.Actor;
import roundtable.domain.Command;
import roundtable.domain.Decider;
import roundtable.domain.Decision;
import roundtable.domain.Event;
import roundtable.domain.Evolver;
import roundtable.domain.OffTheRecord;
import roundtable.domain.Participant;
import roundtable.domain.SessionState;
import roundtable.store.EventLog;
import roundtable.store.SessionRecords;
import roundtable.store.StoredEvent;
import roundtable.wire.EventCodec;
import roundtable.wire.EventTypes;
import roundtable.wire.LocalCodec;
import roundtable.wire.ServerFrames;
import roundtable.wire.StateView;

/**
 * One live session, owned by one single-threaded actor: every message for it is handled here,
 * in order, on this verticle's context, so its state needs no locks. It numbers events, applies
 * them, writes each one's frame once to every connection, hands them to the event log and never
 * waits for the database.
 */
final class Room extends VerticleBase {

    /** Events not yet committed beyond which the room refuses new commands rather than grow unbounded. */
    static final int MAX_UNDURABLE = 10_000;
    private static final int RECENT_FRAMES = 1_024;

    private final String sessionId;
    private final SessionRecords records;
    /** Changes with each start of the room, so a resume never splices two incarnations' events. */
    private final String epoch = UUID.randomUUID().toString();
    private final OpLedger ledger = new OpLedger();
    private final RecentFrames recent = new RecentFrames(RECENT_FRAMES, 0);
    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final TreeMap<Long, List<Message<RoomMessage>>> waitingForDurable = new TreeMap<>();
    private SessionState state = SessionState.initial();
    private long seq;
    private long durableSeq;

    private record Connection(String participantId, Subscriber subscriber) {
    }

    Room(String sessionId, SessionRecords records) {
        this.sessionId = sessionId;
        this.records = records;
    }

    static String address(String sessionId) {
        return "room." + sessionId;
    }

    @Override
    public Future<?> start() {
        return records.history(sessionId).compose(history -> {
            if (history.isEmpty()) {
                return Future.failedFuture(new NoSuchSession(sessionId));
            }
            rebuild(history);
            MessageConsumer<RoomMessage> inbox = vertx.eventBus().localConsumer(address(sessionId), this::receive);
            MessageConsumer<Long> durable = vertx.eventBus().localConsumer(EventLog.durableAddress(sessionId),
                    message -> durable(message.body()));
            return Future.all(inbox.completion(), durable.completion());
        });
    }

    private void rebuild(List<StoredEvent> history) {
        for (StoredEvent stored : history) {
            state = Evolver.evolve(state, EventCodec.decode(stored.json()));
            seq = stored.seq();
            ledger.remember(stored.actorId(), stored.opId(), seq);
            recent.add(seq, ServerFrames.event(seq, stored.json()));
        }
        durableSeq = seq;
    }

    private void receive(Message<RoomMessage> message) {
        RoomMessage body = message.body();
        if (body instanceof RoomMessage.Submit submit) {
            submit(submit);
        } else if (body instanceof RoomMessage.Connect connect) {
            connect(connect, message);
        } else if (body instanceof RoomMessage.Disconnect disconnect) {
            disconnect(disconnect);
        } else if (body instanceof RoomMessage.Admit admit) {
            admit(admit, message);
        }
    }

    private void submit(RoomMessage.Submit submit) {
        Connection connection = connections.get(submit.connectionId());
        if (connection == null) {
            return;
        }
        String participantId = connection.participantId();
        Long applied = ledger.seqOf(participantId, submit.opId());
        if (applied != null) {
            connection.subscriber().send(ServerFrames.ack(submit.opId(), applied));
            return;
        }
        if (seq - durableSeq >= MAX_UNDURABLE) {
            connection.subscriber().send(ServerFrames.error(submit.opId(), "unavailable",
                    "The server cannot save changes right now, so nothing was changed; try again in a moment."));
            return;
        }
        Decision decision = Decider.decide(state, Actor.member(participantId), submit.command(), now());
        if (decision instanceof Decision.Rejected rejected) {
            connection.subscriber().send(ServerFrames.error(submit.opId(), rejected.reason().code(), rejected.message()));
            return;
        }
        long last = record(((Decision.Accepted) decision).events(), participantId, submit.opId());
        connection.subscriber().send(ServerFrames.ack(submit.opId(), last));
    }

    private void admit(RoomMessage.Admit admit, Message<RoomMessage> message) {
        Command.Join join = new Command.Join(admit.participantId(), admit.name(), admit.role());
        Decision decision = Decider.decide(state, Actor.server(), join, now());
        if (decision instanceof Decision.Rejected rejected) {
            message.fail(RoomFailure.of(rejected.reason()), rejected.message());
            return;
        }
        long last = record(((Decision.Accepted) decision).events(), null, null);
        waitingForDurable.computeIfAbsent(last, s -> new ArrayList<>()).add(message);
    }

    /** Applies decided events: number, evolve, fan out (encoded once), hand to the log. */
    private long record(List<Event> events, String actorId, String opId) {
        List<StoredEvent> stored = new ArrayList<>(events.size());
        for (Event event : events) {
            seq++;
            Event kept = OffTheRecord.forStorage(state, event);
            state = Evolver.evolve(state, event);
            String json = EventCodec.encode(event);
            String frame = ServerFrames.event(seq, json);
            recent.add(seq, frame);
            broadcast(frame);
            String keptJson = kept == event ? json : EventCodec.encode(kept);
            stored.add(new StoredEvent(sessionId, seq, actorId, opId, EventTypes.nameOf(kept), keptJson));
        }
        ledger.remember(actorId, opId, seq);
        if (!stored.isEmpty()) {
            vertx.eventBus().send(EventLog.APPEND, new EventLog.Append(stored), LocalCodec.DELIVERY);
        }
        return seq;
    }

    private void durable(long committed) {
        if (committed <= durableSeq) {
            return;
        }
        durableSeq = committed;
        broadcast(ServerFrames.durable(committed));
        Map<Long, List<Message<RoomMessage>>> released = waitingForDurable.headMap(committed, true);
        released.values().forEach(waiting -> waiting.forEach(message -> message.reply(committed)));
        released.clear();
    }

    private void connect(RoomMessage.Connect connect, Message<RoomMessage> message) {
        Participant participant = state.participant(connect.participantId()).orElse(null);
        if (participant == null) {
            message.fail(RoomFailure.NOT_FOUND, "not a participant of this session");
            return;
        }
        boolean arriving = !online().contains(participant.id());
        connections.put(connect.connectionId(), new Connection(participant.id(), connect.subscriber()));
        Subscriber subscriber = connect.subscriber();
        if (epoch.equals(connect.epoch()) && recent.coversAfter(connect.lastSeq())) {
            subscriber.send(ServerFrames.resumed(participant.id(), participant.role(), connect.lastSeq(), now(), epoch));
            recent.after(connect.lastSeq()).forEach(subscriber::send);
        } else {
            subscriber.send(ServerFrames.welcome(participant.id(), participant.role(), seq, now(), epoch,
                    StateView.of(state, online())));
        }
        subscriber.send(ServerFrames.durable(durableSeq));
        if (arriving) {
            broadcast(ServerFrames.presence(participant.id(), true));
        }
        message.reply(null);
    }

    private void disconnect(RoomMessage.Disconnect disconnect) {
        Connection gone = connections.remove(disconnect.connectionId());
        if (gone != null && !online().contains(gone.participantId())) {
            broadcast(ServerFrames.presence(gone.participantId(), false));
        }
    }

    private void broadcast(String frame) {
        for (Connection connection : connections.values()) {
            connection.subscriber().send(frame);
        }
    }

    private Set<String> online() {
        Set<String> online = new HashSet<>();
        connections.values().forEach(connection -> online.add(connection.participantId()));
        return online;
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
