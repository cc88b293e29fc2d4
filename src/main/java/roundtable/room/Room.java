package roundtable.room;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import roundtable.config.Config;
import roundtable.domain.Actor;
import roundtable.domain.Command;
import roundtable.domain.Decider;
import roundtable.domain.Decision;
import roundtable.domain.Event;
import roundtable.domain.Evolver;
import roundtable.domain.HouseRules;
import roundtable.domain.Participant;
import roundtable.domain.SessionState;
import roundtable.metrics.RoomMeters;
import roundtable.store.SessionLog;
import roundtable.wire.CardViews;
import roundtable.wire.Frame;
import roundtable.wire.ServerFrames;
import roundtable.wire.StateView;
import roundtable.wire.LocalCodec;

/**
 * One live session, owned by one single-threaded actor: every message for it is handled here,
 * in order, on this verticle's context, so its state needs no locks. It decides, records each
 * change on the one path ({@link Recording}: numbered, kept, applied, encoded once), writes each
 * event's frame to every connection (once per distinct view), appends to the session's log without
 * waiting for it, and keeps the session's next deadline scheduled, so timers run out whether or not
 * anyone is connected.
 */
final class Room extends VerticleBase {

    private static final Logger LOG = LoggerFactory.getLogger(Room.class);
    private static final int RECENT_FRAMES = 1_024;
    static final String CANNOT_SAVE = "The server cannot save changes right now, so nothing was changed; try again in a moment.";

    private final String sessionId;
    private final SessionLog log;
    /** Events not yet committed beyond which the room refuses new commands rather than grow unbounded. */
    private final int maxUndurable;
    private final long presenceGraceMs;
    private final HouseRules rules;
    /** PUBLIC_URL, or null: what the welcome tells pages to put in the links they show. */
    private final String publicUrl;
    private final Membership membership;
    /**
     * The owner epoch this room claimed its session under: every event it writes carries it, and the
     * database stores them only while it is still the session's. Sent to clients (as text) so that a
     * resume can tell which incarnation they last heard.
     */
    private long ownerEpoch;
    private String epoch;
    /** Of each earlier owner epoch, the highest seq it wrote that is stored: a client that saw no more may resume. */
    private final Map<Long, Long> storedUpTo = new HashMap<>();
    /** Set when another node claimed the session: this room serves nobody any more and closes. */
    private boolean moved;
    private final OpLedger ledger = new OpLedger();
    private final RecentFrames recent = new RecentFrames(RECENT_FRAMES);
    private final Connections connections = new Connections();
    private final RoomMeters meters;
    private final AckClock acks = new AckClock();
    private final CardViews cardViews = new CardViews();
    private final DurableWaiters waitingForDurable = new DurableWaiters();
    /**
     * The seq each participant joined at, and the seqs at which off-the-record cards were said. A
     * resume from before someone joined replays frames made for the people there at the time; when
     * words were said off the record in between, it gets the full state instead, which shows them
     * only what is theirs to see.
     */
    private final Map<String, Long> joinedAt = new HashMap<>();
    private final NavigableSet<Long> saidOffRecord = new TreeSet<>();
    private SessionState state = SessionState.initial();
    private long seq;
    private long durableSeq;
    private DeadlineTimer deadline;
    private PresenceGrace grace;
    private CatchUp catchUp;

    Room(String sessionId, SessionLog log, Config.Reliability reliability, HouseRules rules, String publicUrl,
         RoomMeters meters, Membership membership) {
        this.sessionId = sessionId;
        this.meters = meters;
        this.membership = membership;
        this.log = log;
        this.rules = rules;
        this.publicUrl = publicUrl;
        this.maxUndurable = reliability.roomBound();
        this.presenceGraceMs = reliability.presenceGrace().toMillis();
    }

    static String address(String sessionId) {
        return "room." + sessionId;
    }

    @Override
    public Future<?> start() {
        deadline = new DeadlineTimer(vertx, this::expireTimers);
        grace = new PresenceGrace(vertx, presenceGraceMs, this::gone);
        catchUp = new CatchUp(vertx, context, log, sessionId, recent, connections, new CatchUp.Greeting() {
            @Override
            public Frame resumed(Participant participant, long lastSeq) {
                return ServerFrames.resumed(participant.id(), participant.role(), lastSeq, now(), epoch);
            }

            @Override
            public void fullWelcome(Subscriber subscriber, String participantId) {
                sendFullWelcome(subscriber, participantId);
            }

            @Override
            public Participant viewer(String participantId) {
                return state.participant(participantId).orElseThrow();
            }
        });
        // The claim first, and the history read after it commits: every event of an earlier owner that
        // was stored is in it, and none can be stored afterwards.
        return log.claim(sessionId, membership.me(), membership.live()).compose(claim -> {
            if (!claim.granted()) {
                return Future.failedFuture(claim.owner() == null ? new NoSuchSession(sessionId)
                        : new OwnedElsewhere(sessionId, claim.owner()));
            }
            ownerEpoch = claim.epoch();
            epoch = Long.toString(ownerEpoch);
            return log.history(sessionId);
        }).compose(history -> {
            if (history.isEmpty()) {
                return Future.failedFuture(new NoSuchSession(sessionId));
            }
            rebuild(history);
            MessageConsumer<RoomMessage> inbox = vertx.eventBus().localConsumer(address(sessionId), this::receive);
            MessageConsumer<Long> durable = vertx.eventBus().localConsumer(SessionLog.durableAddress(sessionId),
                    message -> durable(message.body()));
            MessageConsumer<Long> fenced = vertx.eventBus().localConsumer(SessionLog.fencedAddress(sessionId),
                    message -> fenced(message.body()));
            return Future.all(inbox.completion(), durable.completion(), fenced.completion()).onSuccess(ready -> {
                nobodyIsHereYet();
                scheduleDeadline();
                meters.opened();
                LOG.atInfo().addKeyValue("sessionId", sessionId).addKeyValue("seq", seq)
                        .log("Opened the room of session {} at seq {}", sessionId, seq);
            });
        });
    }

    /** The room goes (the node stops, or the session was deleted): its sockets are told, not left hanging. */
    @Override
    public Future<?> stop() {
        grace.stop();
        connections.closeAll((short) 1001, "the session's room closed");
        meters.closed();
        LOG.atInfo().addKeyValue("sessionId", sessionId).addKeyValue("seq", seq)
                .log("Closed the room of session {} at seq {}", sessionId, seq);
        return Future.succeededFuture();
    }

    private void rebuild(List<SessionLog.Recorded> history) {
        for (SessionLog.Recorded recorded : history) {
            state = Evolver.evolve(state, recorded.event());
            seq = recorded.seq();
            noteWhoHeard(recorded.event(), seq);
            ledger.remember(recorded.actorId(), recorded.opId(), seq, seq);
            storedUpTo.merge(recorded.epoch(), seq, Math::max);
            recent.add(seq, Delivery.of(seq, recorded.event(), recorded.json(), state.participants()));
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
        if (moved) {
            if (message.replyAddress() != null) {
                message.fail(RoomFailure.BROKEN, "the session moved to another node");
            }
            return;
        }
        if (body instanceof RoomMessage.Submit submit) {
            submit(submit);
        } else if (body instanceof RoomMessage.Connect connect) {
            connect(connect, message);
        } else if (body instanceof RoomMessage.Disconnect disconnect) {
            disconnect(disconnect);
        } else if (body instanceof RoomMessage.Admit admit) {
            admit(admit, message);
        } else if (body instanceof RoomMessage.Owner owner && owner.ownerEpoch() > ownerEpoch) {
            // Only a later epoch means another claim: an earlier one was read before this room's own
            // claim committed (the directory's check can be in flight while a room opens).
            fenced(ownerEpoch);
        }
    }

    private void submit(RoomMessage.Submit submit) {
        long started = System.nanoTime();
        Connections.Connection connection = connections.get(submit.connectionId());
        if (connection == null) {
            return;
        }
        String participantId = connection.participantId();
        Long applied = ledger.seqOf(participantId, submit.opId());
        if (applied != null) {
            connection.subscriber().send(ServerFrames.ack(submit.opId(), applied));
            connection.acked(applied);
            if (applied <= durableSeq) {
                connection.toldDurable(durableSeq, ServerFrames.durable(durableSeq));
            }
            meters.duplicate();
            return;
        }
        if (seq - durableSeq >= maxUndurable || !log.hasRoom()) {
            connection.subscriber().send(ServerFrames.error(submit.opId(), "unavailable", CANNOT_SAVE));
            meters.refused("unavailable", System.nanoTime() - started);
            return;
        }
        Decision decision = apply(Actor.member(participantId), submit.command(), submit.opId());
        if (decision instanceof Decision.Rejected rejected) {
            connection.subscriber().send(ServerFrames.error(submit.opId(), rejected.reason().code(), rejected.message()));
            meters.refused(rejected.reason().code(), System.nanoTime() - started);
        } else {
            connection.subscriber().send(ServerFrames.ack(submit.opId(), seq));
            connection.acked(seq);
            long acked = System.nanoTime();
            meters.accepted(acked - started);
            acks.acked(seq, acked);
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
            String actorId = actor instanceof Actor.Member member ? member.participantId() : null;
            Recording recording = Recording.of(state, seq, accepted.events(), actorId, opId);
            state = recording.state();
            long first = seq + 1;
            seq = recording.seq();
            for (int i = 0; i < recording.deliveries().size(); i++) {
                Delivery delivery = recording.deliveries().get(i);
                recent.add(first + i, delivery);
                connections.deliver(delivery);
                noteWhoHeard(accepted.events().get(i), first + i);
            }
            ledger.remember(actorId, opId, seq, durableSeq);
            log.append(sessionId, ownerEpoch, recording.entries());
            scheduleDeadline();
        }
        return decision;
    }

    private void noteWhoHeard(Event event, long at) {
        if (event instanceof Event.ParticipantJoined joined) {
            joinedAt.put(joined.participantId(), at);
        } else if (event instanceof Event.CardAdded added && added.card().offRecord()) {
            saidOffRecord.add(at);
        }
    }

    /** Whether a replay from {@code lastSeq} would show the participant words said off the record before they came. */
    private boolean saidBeforeJoining(String participantId, long lastSeq) {
        long joined = joinedAt.getOrDefault(participantId, 0L);
        return lastSeq < joined && !saidOffRecord.subSet(lastSeq, false, joined, true).isEmpty();
    }

    /** Keeps the room's timer armed for the session's next deadline, if it has one. */
    private void scheduleDeadline() {
        deadline.arm(state.nextDeadline(), now());
    }

    private void expireTimers() {
        apply(Actor.server(), new Command.ExpireTimers(), null);
    }

    /**
     * Another node claimed the session, so nothing this room writes is stored any more: it stops
     * serving. Its sockets are closed with 1012 (come back): their clients reconnect, reach the new
     * owner, and send again whatever was not yet durable.
     */
    private void fenced(long staleEpoch) {
        if (staleEpoch != ownerEpoch || moved) {
            return;
        }
        moved = true;
        LOG.atWarn().addKeyValue("sessionId", sessionId).addKeyValue("seq", seq).addKeyValue("epoch", ownerEpoch)
                .log("Session {} was claimed by another node; its room here closes at seq {}", sessionId, seq);
        connections.closeAll((short) 1012, "the session moved; reconnect");
        vertx.eventBus().send(RoomDirectory.CLOSE, sessionId, LocalCodec.HERE);
    }

    private void durable(long committed) {
        if (committed <= durableSeq) {
            return;
        }
        durableSeq = committed;
        connections.durable(committed);
        waitingForDurable.release(committed);
        acks.durable(committed, System.nanoTime(), meters::durableAfter);
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
        grace.back(participant.id());
        long arrival = 0;
        if (!participant.online()) {
            apply(Actor.server(), new Command.SetPresence(participant.id(), true), null);
            participant = state.participant(participant.id()).orElseThrow();
            arrival = seq;
        }
        Subscriber subscriber = connect.subscriber();
        long lastSeq = connect.lastSeq();
        // Only within one incarnation: after a restart seqs may have been reused (see docs/architecture.md).
        boolean sameHistory = heardOnlyWhatIsKept(connect.epoch(), lastSeq) && lastSeq <= seq
                && !saidBeforeJoining(participant.id(), lastSeq);
        boolean resuming = connect.epoch() != null;
        if (sameHistory && recent.coversAfter(lastSeq)) {
            countResume(resuming, RoomMeters.Resume.MEMORY);
            connections.add(connect.connectionId(), participant.id(), subscriber);
            subscriber.send(ServerFrames.resumed(participant.id(), participant.role(), lastSeq, now(), epoch));
            recent.after(lastSeq, participant.id()).forEach(subscriber::send);
            subscriber.send(ServerFrames.durable(durableSeq));
            message.reply(null);
        } else if (sameHistory && catchUp.storeCovers(lastSeq, durableSeq)) {
            countResume(resuming, RoomMeters.Resume.STORE);
            catchUp.resume(connect, participant, durableSeq, () -> message.reply(null));
        } else {
            countResume(resuming, RoomMeters.Resume.FULL);
            connections.add(connect.connectionId(), participant.id(), subscriber);
            sendFullWelcome(subscriber, participant.id());
            message.reply(null);
        }
        // Its own arrival is the connection's first change: like its commands, it is told when stored.
        Connections.Connection connection = connections.get(connect.connectionId());
        if (connection != null && arrival > 0) {
            connection.acked(arrival);
        }
    }

    /**
     * Whether a client that last heard {@code lastSeq} from the room of owner epoch {@code clientEpoch}
     * heard only events this room has too: from this room itself, or from an earlier one up to what of
     * it was stored (after a restart or a change of owner, events the earlier room made but never
     * stored are made again, differently, under the same seqs).
     */
    private boolean heardOnlyWhatIsKept(String clientEpoch, long lastSeq) {
        if (epoch.equals(clientEpoch)) {
            return true;
        }
        try {
            long earlier = Long.parseLong(clientEpoch);
            return earlier < ownerEpoch && lastSeq <= storedUpTo.getOrDefault(earlier, 0L);
        } catch (NumberFormatException unknown) {
            return false; // none, or one this server never gave out
        }
    }

    /** Only a connection that asked to resume (it knows an epoch) counts; a first hello is no resume. */
    private void countResume(boolean resuming, RoomMeters.Resume how) {
        if (resuming) {
            meters.resumed(how);
        }
    }

    private void sendFullWelcome(Subscriber subscriber, String participantId) {
        Participant participant = state.participant(participantId).orElseThrow();
        subscriber.send(ServerFrames.welcome(participant.id(), participant.role(), seq, now(), epoch, publicUrl,
                StateView.of(state, participant, now(), rules, cardViews)));
        subscriber.send(ServerFrames.durable(durableSeq));
    }

    /** A participant's last connection closing marks them offline, after the presence grace period. */
    private void disconnect(RoomMessage.Disconnect disconnect) {
        Connections.Connection gone = connections.remove(disconnect.connectionId());
        if (gone != null && !connections.hasParticipant(gone.participantId())) {
            grace.left(gone.participantId());
        }
    }

    private void gone(String participantId) {
        if (!connections.hasParticipant(participantId)) {
            apply(Actor.server(), new Command.SetPresence(participantId, false), null);
        }
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
