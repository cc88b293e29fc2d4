package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static roundtable.domain.ForumProtocol.ACCOUNTABILITY;
import static roundtable.domain.ForumProtocol.ISSUE;
import static roundtable.domain.ForumProtocol.SHARES;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.CAI;
import static roundtable.domain.Sessions.FACILITATOR;
import static roundtable.domain.Sessions.OBSERVER;
import static roundtable.domain.Sessions.TICK;

import org.junit.jupiter.api.Test;

/**
 * How long each person held the floor, measured from the TurnChanged timestamps on the injected
 * clock, and how evenly it was shared. Every command takes one {@link Sessions#TICK} (1 s), so a turn
 * handed on at once lasts 1 s and {@code after(x)} makes it last {@code 1 s + x}.
 */
class AirtimeTest {

    private static final double EXACT = 1e-12;

    /** Ana, Ben and Cai are online; Fay is not, so the accountability round will start with Ana. */
    private final Sessions session = Sessions.running().online(ANA, BEN, CAI);
    /** When the round starts and Ana takes the floor. */
    private final long start = session.now();

    private long airtime(String participantId, long at) {
        return session.state().floor().airtime(participantId, at);
    }

    @Test
    void a_turn_counts_from_the_turn_change_that_gave_the_floor_to_the_one_that_took_it() {
        session.inPhase(ACCOUNTABILITY).after(4_000).by(ANA, new Command.NextTurn());
        long later = start + 60_000;
        assertEquals(5_000, airtime(ANA, later));
        assertEquals(later - (start + 5_000), airtime(BEN, later));
        assertEquals(0, airtime(CAI, later));
    }

    @Test
    void the_running_turn_counts_up_to_the_moment_asked_about() {
        session.inPhase(ACCOUNTABILITY);
        assertEquals(0, airtime(ANA, start));
        assertEquals(7_250, airtime(ANA, start + 7_250));
        assertEquals(0, airtime(BEN, start + 7_250));
    }

    @Test
    void airtime_adds_up_over_turns_and_phases() {
        session.inPhase(ACCOUNTABILITY).after(1_000).by(ANA, new Command.NextTurn())
                .by(BEN, new Command.NextTurn()).by(CAI, new Command.NextTurn())
                .inPhase(SHARES).after(2_000).by(ANA, new Command.NextTurn());
        long later = session.now() + 60_000;
        assertEquals(2_000 + 3_000, airtime(ANA, later));
        assertEquals(1_000, airtime(CAI, later));
    }

    @Test
    void a_phase_change_ends_the_running_turn() {
        session.inPhase(ACCOUNTABILITY).after(2_000).inPhase(ISSUE);
        assertEquals(3_000, airtime(ANA, start + 600_000));
    }

    @Test
    void ending_the_session_ends_the_running_turn() {
        session.inPhase(ACCOUNTABILITY).after(2_000).ended();
        assertEquals(3_000, airtime(ANA, start + 600_000));
    }

    @Test
    void while_the_floor_is_open_nobody_gathers_airtime() {
        session.inPhase(ACCOUNTABILITY).by(ANA, new Command.NextTurn()).by(BEN, new Command.NextTurn())
                .by(CAI, new Command.NextTurn()).after(10_000)
                .by(FACILITATOR, new Command.GiveTurn(ANA)).by(ANA, new Command.NextTurn());
        long later = session.now() + 60_000;
        assertEquals(1_000 + 1_000, airtime(ANA, later));
        assertEquals(4_000, Balance.of(session.state(), later).totalMs());
    }

    @Test
    void when_nobody_has_spoken_the_balance_is_all_zeros() {
        assertEquals(new Balance(0, 0, 0), Balance.of(session.state(), start + 60_000));
    }

    @Test
    void one_voice_has_the_whole_share_and_the_gini_of_one_among_n() {
        session.inPhase(ACCOUNTABILITY).after(4_000).inPhase(ISSUE);
        Balance balance = Balance.of(session.state(), session.now());
        int speakers = 3; // Ana (who spoke), Ben and Cai (present); Fay was never here, the observer does not count
        assertEquals(5_000, balance.totalMs());
        assertEquals(1.0, balance.topShare(), EXACT);
        assertEquals((speakers - 1) / (double) speakers, balance.gini(), EXACT);
    }

    @Test
    void people_who_were_never_here_do_not_count_in_the_balance() {
        session.inPhase(ACCOUNTABILITY).after(4_000).inPhase(ISSUE).offline(BEN, CAI);
        Balance balance = Balance.of(session.state(), session.now());
        assertEquals(1.0, balance.topShare(), EXACT);
        assertEquals(0.0, balance.gini(), EXACT, "one speaker and nobody else present");
    }

    @Test
    void equal_airtime_has_a_gini_of_zero() {
        session.online(FACILITATOR).inPhase(ACCOUNTABILITY)
                .by(ANA, new Command.NextTurn()).by(BEN, new Command.NextTurn()).by(CAI, new Command.NextTurn());
        Balance balance = Balance.of(session.state(), session.now() + 60_000);
        assertEquals(3 * TICK, balance.totalMs());
        assertEquals(1.0 / 3, balance.topShare(), EXACT);
        assertEquals(0.0, balance.gini(), EXACT);
    }

    /**
     * Ana 1 s, Ben 2 s, Cai 3 s. Gini = sum over ordered pairs of |xi - xj| / (2 n^2 mean)
     * = 2 (1 + 2 + 1) / (2 * 9 * 2) = 8 / 36 = 2/9; top share = 3/6.
     */
    @Test
    void three_speakers_with_one_two_and_three_seconds_have_a_gini_of_two_ninths() {
        Sessions three = Sessions.created().joined(ANA, "Ana", Role.PARTICIPANT).joined(BEN, "Ben", Role.PARTICIPANT)
                .joined(CAI, "Cai", Role.PARTICIPANT).joined(OBSERVER, "Oz", Role.OBSERVER)
                .online(FACILITATOR, ANA, BEN, CAI, OBSERVER)
                .inPhase(ACCOUNTABILITY).by(ANA, new Command.NextTurn())
                .after(1_000).by(BEN, new Command.NextTurn())
                .after(2_000).by(CAI, new Command.NextTurn());
        Balance balance = Balance.of(three.state(), three.now() + 60_000);
        assertEquals(6_000, balance.totalMs());
        assertEquals(0.5, balance.topShare(), EXACT);
        assertEquals(2.0 / 9.0, balance.gini(), EXACT);
    }

    @Test
    void the_balance_counts_the_running_turn() {
        session.inPhase(ACCOUNTABILITY).after(1_000).by(ANA, new Command.NextTurn());
        Balance balance = Balance.of(session.state(), session.now() + 2_000);
        assertEquals(2_000 + 3_000, balance.totalMs());
        assertEquals(0.6, balance.topShare(), EXACT);
    }
}
