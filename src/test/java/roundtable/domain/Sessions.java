package roundtable.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds sessions the way the server does: every step is a command decided by the real
 * {@link Decider} and folded by the real {@link Evolver}, so a refused setup step fails the test.
 * The clock starts at {@link #START} and moves one {@link #TICK} per accepted command; {@link #after}
 * moves it further, so timers and airtime can be tested against an injected clock.
 */
final class Sessions {

    static final String SESSION_ID = "s-42";
    static final String GROUP_ID = "g-7";
    static final String TITLE = "Tuesday circle";
    /** The cast: who facilitates, three participants, an observer, and someone not in the session. */
    static final String FACILITATOR = "p-fay", ANA = "p-ana", BEN = "p-ben", CAI = "p-cai", OBSERVER = "p-oz",
            STRANGER = "p-nobody";
    static final long START = 1_700_000_000_000L;
    static final long TICK = 1_000L;

    private SessionState state;
    private final List<Event> history = new ArrayList<>();
    private List<Event> lastEvents = List.of();
    private long clock = START;

    private Sessions(SessionState state) {
        this.state = state;
    }

    /** No session yet: the state before its first event. */
    static Sessions none() {
        return new Sessions(SessionState.initial());
    }

    /** Created on the forum protocol; only the facilitator is in it. */
    static Sessions created() {
        return created(ForumProtocol.forum());
    }

    static Sessions created(Protocol protocol) {
        return none().byServer(create(protocol));
    }

    /** The facilitator, three participants (Ana, Ben, Cai) and an observer, in the first phase. */
    static Sessions running() {
        return running(ForumProtocol.forum());
    }

    static Sessions running(Protocol protocol) {
        return none().byServer(create(protocol))
                .joined(ANA, "Ana", Role.PARTICIPANT)
                .joined(BEN, "Ben", Role.PARTICIPANT)
                .joined(CAI, "Cai", Role.PARTICIPANT)
                .joined(OBSERVER, "Oz", Role.OBSERVER);
    }

    static Command.CreateSession create(Protocol protocol) {
        return new Command.CreateSession(SESSION_ID, TITLE, protocol, GROUP_ID, FACILITATOR, "Fay", null);
    }

    /** A running forum session of a group with these terms (recording policy, cadence, open commitments). */
    static Sessions running(SessionTerms terms) {
        return none().byServer(new Command.CreateSession(SESSION_ID, TITLE, ForumProtocol.forum(), GROUP_ID, FACILITATOR,
                        "Fay", terms))
                .joined(ANA, "Ana", Role.PARTICIPANT)
                .joined(BEN, "Ben", Role.PARTICIPANT)
                .joined(CAI, "Cai", Role.PARTICIPANT)
                .joined(OBSERVER, "Oz", Role.OBSERVER);
    }

    Sessions joined(String participantId, String name, Role role) {
        return byServer(new Command.Join(participantId, name, role));
    }

    /** The server saw these participants connect; everyone joins offline. */
    Sessions online(String... participantIds) {
        for (String participantId : participantIds) {
            byServer(new Command.SetPresence(participantId, true));
        }
        return this;
    }

    /** The server saw the last connection of each of these participants close. */
    Sessions offline(String... participantIds) {
        for (String participantId : participantIds) {
            byServer(new Command.SetPresence(participantId, false));
        }
        return this;
    }

    /** Lets {@code millis} pass before the next command, on top of the usual tick. */
    Sessions after(long millis) {
        clock += millis;
        return this;
    }

    Sessions inPhase(String phaseId) {
        return state.phase().id().equals(phaseId) ? this : by(FACILITATOR, new Command.GoToPhase(phaseId));
    }

    Sessions presenting(String participantId) {
        return by(FACILITATOR, new Command.SetPresenter(participantId));
    }

    Sessions posted(String authorId, CardKind kind, String text) {
        return by(authorId, new Command.AddCard(kind, text, null, null));
    }

    Sessions ended() {
        return by(FACILITATOR, new Command.EndSession());
    }

    Sessions by(String participantId, Command command) {
        return apply(Actor.member(participantId), command);
    }

    Sessions byServer(Command command) {
        return apply(Actor.server(), command);
    }

    /** What the decider answers now, without applying it. */
    Decision decide(String participantId, Command command) {
        return Decider.decide(state, Actor.member(participantId), command, clock);
    }

    Decision decideAsServer(Command command) {
        return Decider.decide(state, Actor.server(), command, clock);
    }

    SessionState state() {
        return state;
    }

    /** Every event accepted so far, in order. */
    List<Event> history() {
        return List.copyOf(history);
    }

    /** The events of the last accepted command. */
    List<Event> lastEvents() {
        return List.copyOf(lastEvents);
    }

    /** The time the next command is decided at. */
    long now() {
        return clock;
    }

    private Sessions apply(Actor actor, Command command) {
        Decision decision = Decider.decide(state, actor, command, clock);
        if (!(decision instanceof Decision.Accepted)) {
            throw new AssertionError("setup step " + command + " by " + actor + " was refused: " + decision);
        }
        lastEvents = ((Decision.Accepted) decision).events();
        for (Event event : lastEvents) {
            state = Evolver.evolve(state, event);
            history.add(event);
        }
        clock += TICK;
        return this;
    }
}
