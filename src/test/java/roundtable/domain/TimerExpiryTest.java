package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.eventsOf;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.CAI;
import static roundtable.domain.Sessions.FACILITATOR;
import static roundtable.domain.TestProtocols.HANDS;
import static roundtable.domain.TestProtocols.HANDS_TURN_SECONDS;
import static roundtable.domain.TestProtocols.ROUND;
import static roundtable.domain.TestProtocols.ROUND_TURN_SECONDS;
import static roundtable.domain.TestProtocols.SPRINT;
import static roundtable.domain.TestProtocols.SPRINT_SECONDS;
import static roundtable.domain.TestProtocols.WRAP;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Timers running out: the server sends ExpireTimers when a deadline comes, and each timer's expiry
 * is announced exactly once; an auto-advance phase then moves on by itself.
 */
class TimerExpiryTest {

    private static final Command EXPIRE = new Command.ExpireTimers();
    private static final long TURN_MS = ROUND_TURN_SECONDS * 1_000L;

    /** The workshop, Ana, Ben and Cai online, still in the lobby. */
    private final Sessions session = Sessions.running(TestProtocols.workshop()).online(ANA, BEN, CAI);

    private Decision expire() {
        return session.decideAsServer(EXPIRE);
    }

    /** Starts a 60 s phase timer now and returns when it ends. */
    private long startMinute() {
        long endsAt = session.now() + 60_000;
        session.by(FACILITATOR, new Command.StartTimer(60));
        return endsAt;
    }

    /** Moves the clock so the next command is decided at {@code at}. */
    private Sessions at(long at) {
        return session.after(at - session.now());
    }

    @Test
    void before_the_deadline_nothing_runs_out() {
        at(startMinute() - 1);
        assertAccepted(expire());
    }

    @Test
    void at_the_deadline_the_phase_timer_runs_out_exactly_once() {
        at(startMinute());
        assertAccepted(expire(), new Event.TimerExpired("phase", session.now()));
        session.byServer(EXPIRE);
        assertAccepted(expire());
        assertEquals(new Timer(false, null, 0L, session.now() - Sessions.TICK), session.state().timer(),
                "it ran out when it was due, though the room decided it a moment later");
        assertEquals(Optional.empty(), session.state().nextDeadline());
    }

    @Test
    void a_deadline_missed_by_a_while_still_runs_out_once() {
        at(startMinute() + 3_600_000);
        assertAccepted(expire(), new Event.TimerExpired("phase", session.now()));
    }

    @Test
    void a_paused_timer_does_not_run_out() {
        long endsAt = startMinute();
        session.by(FACILITATOR, new Command.PauseTimer());
        at(endsAt + 3_600_000);
        assertAccepted(expire());
    }

    @Test
    void a_timer_paused_at_its_deadline_still_runs_out_exactly_once() {
        session.inPhase(SPRINT);
        at(startMinute());
        if (session.decide(FACILITATOR, new Command.PauseTimer()) instanceof Decision.Accepted) {
            session.by(FACILITATOR, new Command.PauseTimer());
        }
        session.byServer(EXPIRE);
        assertEquals(1, session.history().stream().filter(e -> e instanceof Event.TimerExpired).count());
    }

    @Test
    void a_timer_that_ran_out_can_be_started_again() {
        at(startMinute()).byServer(EXPIRE);
        assertAccepted(session.decide(FACILITATOR, new Command.StartTimer(30)),
                new Event.TimerStarted(session.now() + 30_000, session.now()));
    }

    @Test
    void an_auto_advance_phase_moves_on_when_its_timer_runs_out_and_opens_the_next_round() {
        session.inPhase(SPRINT);
        at(startMinute());
        assertAccepted(expire(), new Event.TimerExpired("phase", session.now()),
                new Event.PhaseChanged(TestProtocols.indexOf(ROUND), ROUND, List.of(ANA, BEN, CAI), session.now()),
                new Event.TurnChanged(ANA, session.now()));
        session.byServer(EXPIRE);
        assertEquals(ROUND, session.state().phase().id());
        assertEquals(new Timer(false, null, null, null), session.state().timer());
    }

    @Test
    void the_last_phase_does_not_auto_advance() {
        session.inPhase(WRAP);
        at(startMinute());
        assertAccepted(expire(), new Event.TimerExpired("phase", session.now()));
    }

    @Test
    void a_phase_without_auto_advance_stays_when_its_timer_runs_out() {
        session.inPhase(HANDS);
        at(startMinute());
        assertAccepted(expire(), new Event.TimerExpired("phase", session.now()));
    }

    @Test
    void entering_a_phase_that_runs_by_itself_starts_its_timer() {
        session.inPhase(SPRINT);
        assertEquals(new Timer(true, session.now() - Sessions.TICK + SPRINT_SECONDS * 1000L, null, null),
                session.state().timer());
    }

    @Test
    void a_phase_change_resets_a_running_or_paused_timer() {
        startMinute();
        session.inPhase(ROUND);
        assertEquals(new Timer(false, null, null, null), session.state().timer());
        startMinute();
        session.by(FACILITATOR, new Command.PauseTimer()).inPhase(HANDS);
        assertEquals(new Timer(false, null, null, null), session.state().timer());
    }

    @Test
    void each_turn_change_sets_the_end_of_the_turn_timebox() {
        long anaFrom = session.now();
        session.inPhase(ROUND);
        assertEquals(anaFrom + TURN_MS, session.state().floor().turnEndsAt());
        long benFrom = session.now();
        session.by(ANA, new Command.NextTurn());
        assertEquals(benFrom + TURN_MS, session.state().floor().turnEndsAt());
        session.by(BEN, new Command.NextTurn()).by(CAI, new Command.NextTurn());
        assertEquals(null, session.state().floor().turnEndsAt());
    }

    @Test
    void a_queue_phase_times_turns_too() {
        session.inPhase(HANDS);
        long given = session.now();
        session.by(FACILITATOR, new Command.GiveTurn(BEN));
        assertEquals(given + HANDS_TURN_SECONDS * 1_000L, session.state().floor().turnEndsAt());
    }

    @Test
    void a_turn_runs_out_exactly_once_and_its_speaker_keeps_the_floor() {
        long anaFrom = session.now();
        session.inPhase(ROUND);
        at(anaFrom + TURN_MS - 1);
        assertAccepted(expire());
        session.after(1);
        assertAccepted(expire(), new Event.TimerExpired("turn", session.now()));
        session.byServer(EXPIRE);
        assertAccepted(expire());
        assertEquals(ANA, session.state().floor().speakerId());
    }

    @Test
    void a_turn_and_the_phase_timer_running_out_together_are_both_announced() {
        long anaFrom = session.now();
        session.inPhase(ROUND).by(FACILITATOR, new Command.StartTimer(ROUND_TURN_SECONDS - 1));
        at(anaFrom + TURN_MS);
        assertEquals(List.of(new Event.TimerExpired("turn", session.now()), new Event.TimerExpired("phase", session.now())),
                eventsOf(expire()));
    }

    @Test
    void the_next_deadline_is_the_earlier_of_the_turn_and_the_phase_timer() {
        assertEquals(Optional.empty(), session.state().nextDeadline());
        long anaFrom = session.now();
        session.inPhase(ROUND);
        assertEquals(Optional.of(anaFrom + TURN_MS), session.state().nextDeadline());
        long phaseEnd = startMinute();
        assertEquals(Optional.of(anaFrom + TURN_MS), session.state().nextDeadline());
        at(anaFrom + TURN_MS).byServer(EXPIRE);
        assertEquals(Optional.of(phaseEnd), session.state().nextDeadline());
        long benFrom = at(phaseEnd - 5_000).now();
        session.by(ANA, new Command.NextTurn());
        assertEquals(Optional.of(phaseEnd), session.state().nextDeadline());
        assertEquals(benFrom + TURN_MS, session.state().floor().turnEndsAt());
    }
}
