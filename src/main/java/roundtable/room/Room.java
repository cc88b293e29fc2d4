package roundtable.room;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import roundtable.domain.Actor;
import roundtable.domain.Command;
import roundtable.domain.Decider;
import roundtable.domain.Decision;
import roundtable.domain.Event;
import roundtable.domain.Evolver;
import roundtable.domain.Keeping;
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
 * them, writes each one's frame to every connection (encoded once per distinct view), hands them
 * to the event log without waiting for the database, and keeps the session's next deadline
 * scheduled, so timers run out whether or not anyone is connected.
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
    private final RecentFrames recent = new RecentFrames(RECENT_FRAMES);
    private final Connections connections = new Connections();
    private final DurableWaiters waitingForDurable = new DurableWaiters();
    private SessionState state = SessionState.initial();
    private long seq;
    private long durableSeq;
    private DeadlineTimer deadline;

    Room(String sessionId, SessionRecords records) {
        this.sessionId = sessionId;
        this.records = records;
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
        if (seq - durableSeq >= MAX_UNDURABLE) {
            connection.subscriber().send(ServerFrames.error(submit.opId(), "unavailable",
                    "The server cannot save changes right now, so nothing was changed; try again in a moment."));
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
        Decision decision = Decider.decide(state, actor, command, now());
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
     * welcomed, so their own welcome already shows them online.
     */
    private void connect(RoomMessage.Connect connect, Message<RoomMessage> message) {
        Participant participant = state.participant(connect.participantId()).orElse(null);
        if (participant == null) {
            message.fail(RoomFailure.NOT_FOUND, "not a participant of this session");
            return;
        }
        if (!connections.hasParticipant(participant.id())) {
            apply(Actor.server(), new Command.SetPresence(participant.id(), true), null);
            participant = state.participant(participant.id()).orElseThrow();
        }
        connections.add(connect.connectionId(), participant.id(), connect.subscriber());
        Subscriber subscriber = connect.subscriber();
        if (epoch.equals(connect.epoch()) && recent.coversAfter(connect.lastSeq())) {
            subscriber.send(ServerFrames.resumed(participant.id(), participant.role(), connect.lastSeq(), now(), epoch));
            recent.after(connect.lastSeq(), participant.id()).forEach(subscriber::send);
        } else {
            subscriber.send(ServerFrames.welcome(participant.id(), participant.role(), seq, now(), epoch,
                    StateView.of(state, participant, now())));
        }
        subscriber.send(ServerFrames.durable(durableSeq));
        message.reply(null);
    }

    private void disconnect(RoomMessage.Disconnect disconnect) {
        Connections.Connection gone = connections.remove(disconnect.connectionId());
        if (gone != null && !connections.hasParticipant(gone.participantId())) {
            apply(Actor.server(), new Command.SetPresence(gone.participantId(), false), null);
        }
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
