package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.FACILITATOR;
import static roundtable.domain.TestProtocols.ROUND;
import static roundtable.domain.TestProtocols.ROUND_SECONDS;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The facilitator's phase timer: start, pause, resume, extend. Running out is in {@link TimerExpiryTest}. */
class TimersTest {

    /** The workshop's round (600 s timebox); nobody is online, so nobody speaks. */
    private final Sessions session = Sessions.running(TestProtocols.workshop()).inPhase(ROUND);

    private Decision byFacilitator(Command command) {
        return session.decide(FACILITATOR, command);
    }

    /** Starts a 60 s timer and lets 10 s pass (9 s plus the tick), leaving 50 s. */
    private Sessions pausedWithFiftySecondsLeft() {
        return session.by(FACILITATOR, new Command.StartTimer(60)).after(9_000)
                .by(FACILITATOR, new Command.PauseTimer());
    }

    @Test
    void a_timer_started_without_seconds_runs_for_the_phase_timebox() {
        assertAccepted(byFacilitator(new Command.StartTimer(null)),
                new Event.TimerStarted(session.now() + ROUND_SECONDS * 1_000L, session.now()));
    }

    @Test
    void explicit_seconds_override_the_phase_timebox() {
        assertAccepted(byFacilitator(new Command.StartTimer(90)),
                new Event.TimerStarted(session.now() + 90_000, session.now()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -600, 86_401})
    void seconds_outside_one_second_to_one_day_are_a_bad_request(int seconds) {
        assertRejected(byFacilitator(new Command.StartTimer(seconds)), Reason.BAD_REQUEST, "from 1 to 86400");
        assertRejected(byFacilitator(new Command.ExtendTimer(seconds)), Reason.BAD_REQUEST, "from 1 to 86400");
    }

    @Test
    void a_timer_may_run_for_one_day() {
        assertAccepted(byFacilitator(new Command.StartTimer(86_400)),
                new Event.TimerStarted(session.now() + 86_400_000L, session.now()));
    }

    @Test
    void in_a_phase_without_a_timebox_the_timer_needs_seconds() {
        Sessions lobby = Sessions.running(TestProtocols.workshop());
        assertRejected(lobby.decide(FACILITATOR, new Command.StartTimer(null)), Reason.BAD_REQUEST,
                "no timebox", "seconds");
        assertAccepted(lobby.decide(FACILITATOR, new Command.StartTimer(60)),
                new Event.TimerStarted(lobby.now() + 60_000, lobby.now()));
    }

    @Test
    void starting_a_running_timer_again_starts_it_afresh() {
        session.by(FACILITATOR, new Command.StartTimer(60)).after(20_000);
        assertAccepted(byFacilitator(new Command.StartTimer(30)),
                new Event.TimerStarted(session.now() + 30_000, session.now()));
    }

    @Test
    void a_started_timer_runs_and_is_the_next_deadline() {
        long endsAt = session.now() + 60_000;
        Timer timer = session.by(FACILITATOR, new Command.StartTimer(60)).state().timer();
        assertEquals(new Timer(true, endsAt, null, null), timer);
        assertEquals(Optional.of(endsAt), session.state().nextDeadline());
    }

    @Test
    void pausing_keeps_what_is_left_and_leaves_no_deadline() {
        session.by(FACILITATOR, new Command.StartTimer(60)).after(9_000);
        assertAccepted(byFacilitator(new Command.PauseTimer()), new Event.TimerPaused(50_000, session.now()));
        session.by(FACILITATOR, new Command.PauseTimer());
        assertEquals(new Timer(false, null, 50_000L, null), session.state().timer());
        assertEquals(Optional.empty(), session.state().nextDeadline());
    }

    @Test
    void only_a_running_timer_can_be_paused() {
        assertRejected(byFacilitator(new Command.PauseTimer()), Reason.INVALID_STATE, "not running");
        pausedWithFiftySecondsLeft();
        assertRejected(byFacilitator(new Command.PauseTimer()), Reason.INVALID_STATE, "not running");
    }

    @Test
    void only_a_paused_timer_can_be_resumed() {
        assertRejected(byFacilitator(new Command.ResumeTimer()), Reason.INVALID_STATE, "not paused");
        session.by(FACILITATOR, new Command.StartTimer(60));
        assertRejected(byFacilitator(new Command.ResumeTimer()), Reason.INVALID_STATE, "not paused");
    }

    @Test
    void a_resumed_timer_ends_what_was_left_after_now() {
        pausedWithFiftySecondsLeft().after(300_000);
        assertAccepted(byFacilitator(new Command.ResumeTimer()),
                new Event.TimerResumed(session.now() + 50_000, session.now()));
    }

    @Test
    void extending_a_running_timer_moves_its_end() {
        long endsAt = session.now() + 60_000;
        session.by(FACILITATOR, new Command.StartTimer(60));
        assertAccepted(byFacilitator(new Command.ExtendTimer(30)),
                new Event.TimerExtended(endsAt + 30_000, null, session.now()));
        session.by(FACILITATOR, new Command.ExtendTimer(30));
        assertEquals(new Timer(true, endsAt + 30_000, null, null), session.state().timer());
    }

    @Test
    void extending_a_paused_timer_adds_to_what_is_left() {
        pausedWithFiftySecondsLeft();
        assertAccepted(byFacilitator(new Command.ExtendTimer(30)),
                new Event.TimerExtended(null, 80_000L, session.now()));
        session.by(FACILITATOR, new Command.ExtendTimer(30));
        assertEquals(new Timer(false, null, 80_000L, null), session.state().timer());
    }

    @Test
    void a_timer_that_is_not_running_cannot_be_extended() {
        assertRejected(byFacilitator(new Command.ExtendTimer(30)), Reason.INVALID_STATE, "not running", "start it");
    }

    @Test
    void an_extension_needs_seconds() {
        session.by(FACILITATOR, new Command.StartTimer(60));
        assertRejected(byFacilitator(new Command.ExtendTimer(null)), Reason.BAD_REQUEST, "seconds is required");
    }

    static Stream<Command> timerControls() {
        return Stream.of(new Command.StartTimer(60), new Command.StartTimer(null), new Command.PauseTimer(),
                new Command.ResumeTimer(), new Command.ExtendTimer(60));
    }

    @ParameterizedTest
    @MethodSource("timerControls")
    void a_participant_cannot_control_the_timer(Command command) {
        session.by(FACILITATOR, new Command.StartTimer(60));
        assertRejected(session.decide(ANA, command), Reason.FORBIDDEN, "Only the facilitator");
    }

    @Test
    void only_the_server_lets_timers_run_out() {
        session.by(FACILITATOR, new Command.StartTimer(60)).after(120_000);
        assertRejected(byFacilitator(new Command.ExpireTimers()), Reason.FORBIDDEN, "Only the server");
        assertRejected(session.decide(ANA, new Command.ExpireTimers()), Reason.FORBIDDEN, "Only the server");
    }
}
