package roundtable.room;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import roundtable.config.Config;
import roundtable.domain.Actor;
import roundtable.domain.Command;
import roundtable.domain.Decider;
import roundtable.domain.Decision;
import roundtable.domain.Event;
import roundtable.domain.Evolver;
import roundtable.domain.HouseRules;
import roundtable.domain.Keeping;
import roundtable.domain.Participant;
import roundtable.domain.SessionState;
import roundtable.store.EventLog;
import roundtable.store.SessionRecords;
import roundtable.store.StoredEvent;
import roundtable.store.WriteBuffer;
import roundtable.wire.EventCodec;
import roundtable.wire.EventTypes;
import roundtable.wire.LocalCodec;
import roundtable.wire.ServerFrames;
import roundtable.wire.StateView;

/**
 * One live session, owned by one single-threaded actor: every message for it is handled here,
 * in order, on this verticle's context, so its state needs no locks. It numbers events, applies
 * them, writes each one's frame to every connection (encoded once per distinct view), hands them
 * to the event log without waiting for the database, and keeps the session's next deadline
 * scheduled, so timers run out whether or not anyone is connected.
 */
final class Room extends VerticleBase {

    private static final int RECENT_FRAMES = 1_024;
    /** Missed events older than what memory holds are read back from the database up to this many. */
    static final int MAX_STORED_REPLAY = 20_000;
    /** How long a resume waits for the database before it gives up and sends the full state. */
    static final long STORED_REPLAY_TIMEOUT_MS = 3_000;
    static final String CANNOT_SAVE = "The server cannot save changes right now, so nothing was changed; try again in a moment.";

    private final String sessionId;
    private final SessionRecords records;
    private final WriteBuffer buffer;
    /** Events not yet committed beyond which the room refuses new commands rather than grow unbounded. */
    private final int maxUndurable;
    private final long presenceGraceMs;
    private final HouseRules rules;
    /** PUBLIC_URL, or null: what the welcome tells pages to put in the links they show. */
    private final String publicUrl;
    /** Participants whose last connection closed, with the timer that marks them offline. */
    private final Map<String, Long> goingOffline = new HashMap<>();
    /** Changes with each start of the room, so a resume never splices two incarnations' events. */
    private final String epoch = UUID.randomUUID().toString();
    private final OpLedger ledger = new OpLedger();
    private final RecentFrames recent = new RecentFrames(RECENT_FRAMES);
    private final Connections connections = new Connections();
    private final DurableWaiters waitingForDurable = new DurableWaiters();
    private SessionState state = SessionState.initial();
    private long seq;
    private long durableSeq;
    private DeadlineTimer deadline;

    Room(String sessionId, SessionRecords records, WriteBuffer buffer, Config.Reliability reliability, HouseRules rules,
         String publicUrl) {
        this.sessionId = sessionId;
        this.rules = rules;
        this.publicUrl = publicUrl;
        this.records = records;
        this.buffer = buffer;
        this.maxUndurable = reliability.roomBound();
        this.presenceGraceMs = reliability.presenceGrace().toMillis();
    }

    static String address(String sessionId) {
        return "room." + sessionId;
    }

    @Override
    public Future<?> start() {
        deadline = new DeadlineTimer(vertx, this::expireTimers);
        return records.history(sessionId).compose(history -> {
            if (history.isEmpty()) {
                return Future.failedFuture(new NoSuchSession(sessionId));
            }
            rebuild(history);
            MessageConsumer<RoomMessage> inbox = vertx.eventBus().localConsumer(address(sessionId), this::receive);
            MessageConsumer<Long> durable = vertx.eventBus().localConsumer(EventLog.durableAddress(sessionId),
                    message -> durable(message.body()));
            return Future.all(inbox.completion(), durable.completion()).onSuccess(ready -> {
                nobodyIsHereYet();
                scheduleDeadline();
            });
        });
    }

    /** The room goes (the node stops, or the session was deleted): its sockets are told, not left hanging. */
    @Override
    public Future<?> stop() {
        goingOffline.values().forEach(vertx::cancelTimer);
        goingOffline.clear();
        connections.closeAll((short) 1001, "the session's room closed");
        return Future.succeededFuture();
    }

    private void rebuild(List<StoredEvent> history) {
        for (StoredEvent stored : history) {
            Event event = EventCodec.decode(stored.json());
            state = Evolver.evolve(state, event);
            seq = stored.seq();
            ledger.remember(stored.actorId(), stored.opId(), seq);
            recent.add(seq, Delivery.of(seq, event, stored.json(), state.participants()));
        }
        durableSeq = seq;
    }

    /**
     * A room that starts has no connections, whatever the log says of the last run: people shown
     * online then (the server stopped under them) are marked gone, until they reconnect.
     */
    private void nobodyIsHereYet() {
        state.participants().stream().filter(Participant::online).map(Participant::id).toList()
                .forEach(id -> apply(Actor.server(), new Command.SetPresence(id, false), null));
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
        Connections.Connection connection = connections.get(submit.connectionId());
        if (connection == null) {
            return;
        }
        String participantId = connection.participantId();
        Long applied = ledger.seqOf(participantId, submit.opId());
        if (applied != null) {
            connection.subscriber().send(ServerFrames.ack(submit.opId(), applied));
            return;
        }
        if (seq - durableSeq >= maxUndurable || !buffer.hasRoom()) {
            connection.subscriber().send(ServerFrames.error(submit.opId(), "unavailable", CANNOT_SAVE));
            return;
        }
        Decision decision = apply(Actor.member(participantId), submit.command(), submit.opId());
        if (decision instanceof Decision.Rejected rejected) {
            connection.subscriber().send(ServerFrames.error(submit.opId(), rejected.reason().code(), rejected.message()));
        } else {
            connection.subscriber().send(ServerFrames.ack(submit.opId(), seq));
        }
    }

    /** A member joining again, from another device, is in already: nothing to decide. */
    private void admit(RoomMessage.Admit admit, Message<RoomMessage> message) {
        if (state.participant(admit.participantId()).isPresent() && !state.ended()) {
            message.reply(durableSeq);
            return;
        }
        Decision decision = apply(Actor.server(), new Command.Join(admit.participantId(), admit.name(), admit.role()), null);
        if (decision instanceof Decision.Rejected rejected) {
            message.fail(RoomFailure.of(rejected.reason()), rejected.message());
        } else {
            waitingForDurable.await(seq, message);
        }
    }

    /** Decides and, when accepted, records: the one path every change of the session takes. */
    private Decision apply(Actor actor, Command command, String opId) {
        Decision decision = Decider.decide(state, actor, command, now(), rules);
        if (decision instanceof Decision.Accepted accepted) {
            record(accepted.events(), actor instanceof Actor.Member member ? member.participantId() : null, opId);
            scheduleDeadline();
        }
        return decision;
    }

    /** Applies decided events: number, evolve, fan out, hand to the log. */
    private void record(List<Event> events, String actorId, String opId) {
        List<StoredEvent> stored = new ArrayList<>(events.size());
        for (Event event : events) {
            seq++;
            Event kept = Keeping.forStorage(state, event);
            state = Evolver.evolve(state, event);
            String json = EventCodec.encode(event);
            Delivery delivery = Delivery.of(seq, event, json, state.participants());
            recent.add(seq, delivery);
            connections.deliver(delivery);
            String keptJson = kept == event ? json : EventCodec.encode(kept);
            stored.add(new StoredEvent(sessionId, seq, actorId, opId, EventTypes.nameOf(kept), keptJson));
        }
        ledger.remember(actorId, opId, seq);
        if (!stored.isEmpty()) {
            buffer.handedOver(stored.size());
            vertx.eventBus().send(EventLog.APPEND, new EventLog.Append(stored), LocalCodec.DELIVERY);
        }
    }

    /** Keeps the room's timer armed for the session's next deadline, if it has one. */
    private void scheduleDeadline() {
        deadline.arm(state.nextDeadline(), now());
    }

    private void expireTimers() {
        apply(Actor.server(), new Command.ExpireTimers(), null);
    }

    private void durable(long committed) {
        if (committed <= durableSeq) {
            return;
        }
        durableSeq = committed;
        connections.broadcast(ServerFrames.durable(committed));
        waitingForDurable.release(committed);
    }

    /**
     * A participant's first connection makes them present (an event everyone sees) before they are
     * welcomed, so their own welcome already shows them online. One back within the presence grace
     * period never went offline: no event at all.
     */
    private void connect(RoomMessage.Connect connect, Message<RoomMessage> message) {
        Participant participant = state.participant(connect.participantId()).orElse(null);
        if (participant == null) {
            message.fail(RoomFailure.NOT_FOUND, "not a participant of this session");
            return;
        }
        Long offlineTimer = goingOffline.remove(participant.id());
        if (offlineTimer != null) {
            vertx.cancelTimer(offlineTimer);
        }
        if (!participant.online()) {
            apply(Actor.server(), new Command.SetPresence(participant.id(), true), null);
            participant = state.participant(participant.id()).orElseThrow();
        }
        Subscriber subscriber = connect.subscriber();
        long lastSeq = connect.lastSeq();
        // Only within one incarnation: after a restart seqs may have been reused (see docs/architecture.md).
        boolean sameHistory = epoch.equals(connect.epoch()) && lastSeq <= seq;
        if (sameHistory && recent.coversAfter(lastSeq)) {
            connections.add(connect.connectionId(), participant.id(), subscriber);
            subscriber.send(ServerFrames.resumed(participant.id(), participant.role(), lastSeq, now(), epoch));
            recent.after(lastSeq, participant.id()).forEach(subscriber::send);
            subscriber.send(ServerFrames.durable(durableSeq));
            message.reply(null);
        } else if (sameHistory && storeCovers(lastSeq)) {
            resumeFromStore(connect, participant, message);
        } else {
            connections.add(connect.connectionId(), participant.id(), subscriber);
            sendFullWelcome(subscriber, participant.id());
            message.reply(null);
        }
    }

    private void sendFullWelcome(Subscriber subscriber, String participantId) {
        Participant participant = state.participant(participantId).orElseThrow();
        subscriber.send(ServerFrames.welcome(participant.id(), participant.role(), seq, now(), epoch, publicUrl,
                StateView.of(state, participant, now(), rules)));
        subscriber.send(ServerFrames.durable(durableSeq));
    }

    /**
     * Whether the events after {@code lastSeq} that memory no longer holds are all committed (so the
     * database has them) and few enough to replay.
     */
    private boolean storeCovers(long lastSeq) {
        long olderThanMemory = recent.firstSeq() - 1;
        return lastSeq < olderThanMemory && olderThanMemory <= durableSeq
                && olderThanMemory - lastSeq <= MAX_STORED_REPLAY;
    }

    /**
     * Resumes a client that missed more than memory holds, without the room ever waiting: the
     * connection joins at once but its frames are held; the older missed events are read from the
     * database; back on this context it is sent resumed, those events (as this participant may see
     * them), the newer ones memory held when it came, the durable seq of that moment, then what was
     * held meanwhile. If the database does not answer in time, or too much was held, it gets the
     * full state instead, which is always correct.
     */
    private void resumeFromStore(RoomMessage.Connect connect, Participant participant, Message<RoomMessage> message) {
        long lastSeq = connect.lastSeq();
        long olderThanMemory = recent.firstSeq() - 1;
        List<String> fromMemory = recent.after(olderThanMemory, participant.id());
        long durableAtConnect = durableSeq;
        Connections.Connection connection = connections.addCatchingUp(connect.connectionId(), participant.id(),
                connect.subscriber());
        Context context = this.context;
        boolean[] finished = {false};
        java.util.function.Consumer<List<StoredEvent>> finish = stored -> {
            if (finished[0]) {
                return;
            }
            finished[0] = true;
            if (connections.get(connect.connectionId()) != connection) {
                message.reply(null); // gone meanwhile; the socket knows
                return;
            }
            Participant viewer = state.participant(participant.id()).orElseThrow();
            if (stored != null && contiguous(stored, lastSeq, olderThanMemory) && !connection.overflowed()) {
                Subscriber subscriber = connection.subscriber();
                subscriber.send(ServerFrames.resumed(participant.id(), participant.role(), lastSeq, now(), epoch));
                for (StoredEvent event : stored) {
                    subscriber.send(Delivery.of(event.seq(), EventCodec.decode(event.json()), event.json(),
                            List.of(viewer)).frameFor(viewer.id()));
                }
                fromMemory.forEach(subscriber::send);
                subscriber.send(ServerFrames.durable(durableAtConnect));
                connection.goLive(true);
            } else {
                connection.goLive(false);
                sendFullWelcome(connection.subscriber(), viewer.id());
            }
            message.reply(null);
        };
        long timer = vertx.setTimer(STORED_REPLAY_TIMEOUT_MS, id -> finish.accept(null));
        records.historyBetween(sessionId, lastSeq, olderThanMemory).onComplete(read -> context.runOnContext(back -> {
            vertx.cancelTimer(timer);
            finish.accept(read.succeeded() ? read.result() : null);
        }));
    }

    private static boolean contiguous(List<StoredEvent> stored, long after, long upTo) {
        if (stored.size() != upTo - after) {
            return false;
        }
        long expected = after + 1;
        for (StoredEvent event : stored) {
            if (event.seq() != expected++) {
                return false;
            }
        }
        return true;
    }

    /**
     * A participant's last connection closing marks them offline, after the presence grace period
     * if one is set, unless they are back by then.
     */
    private void disconnect(RoomMessage.Disconnect disconnect) {
        Connections.Connection gone = connections.remove(disconnect.connectionId());
        if (gone == null || connections.hasParticipant(gone.participantId())) {
            return;
        }
        String participantId = gone.participantId();
        if (presenceGraceMs == 0) {
            apply(Actor.server(), new Command.SetPresence(participantId, false), null);
            return;
        }
        if (!goingOffline.containsKey(participantId)) {
            goingOffline.put(participantId, vertx.setTimer(presenceGraceMs, id -> {
                goingOffline.remove(participantId);
                if (!connections.hasParticipant(participantId)) {
                    apply(Actor.server(), new Command.SetPresence(participantId, false), null);
                }
            }));
        }
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
