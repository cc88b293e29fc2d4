package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.FACILITATOR;

import org.junit.jupiter.api.Test;

/** A facilitator who is gone too long can be replaced by anyone taking part, so the group goes on. */
class TakeoverTest {

    private static final long TAKEOVER = HouseRules.DEFAULT.facilitatorTakeoverMs();

    /** Everyone is here; the facilitator then loses their connection. */
    private final Sessions session = Sessions.running().online(FACILITATOR, ANA, BEN);

    private Decision claim(String participantId) {
        return session.decide(participantId, new Command.ClaimFacilitator());
    }

    @Test
    void nobody_takes_over_from_a_facilitator_who_is_here() {
        assertRejected(claim(ANA), Reason.INVALID_STATE, "Fay is here", "hand the role on", "2 min");
    }

    @Test
    void a_facilitator_who_just_dropped_may_be_reconnecting_so_the_refusal_says_when_it_becomes_possible() {
        session.offline(FACILITATOR).after(30_000);
        assertRejected(claim(ANA), Reason.INVALID_STATE, "away for 31 s", "possible in 1 min 29 s");
    }

    @Test
    void once_the_facilitator_has_been_away_long_enough_a_participant_takes_over_and_the_old_one_stays() {
        session.offline(FACILITATOR).after(TAKEOVER);
        assertAccepted(claim(BEN), new Event.FacilitatorClaimed(FACILITATOR, BEN, session.now()));
        session.by(BEN, new Command.ClaimFacilitator());
        assertEquals(BEN, session.state().facilitator().orElseThrow().id());
        assertEquals(Role.PARTICIPANT, session.state().participant(FACILITATOR).orElseThrow().role());
        assertRejected(claim(ANA), Reason.INVALID_STATE, "Ben is here");
    }

    @Test
    void a_facilitator_who_never_came_counts_as_away_since_the_session_began() {
        Sessions unattended = Sessions.running().online(ANA).after(TAKEOVER);
        assertEquals(FACILITATOR, unattended.state().facilitator().orElseThrow().id());
        unattended.by(ANA, new Command.ClaimFacilitator());
        assertEquals(ANA, unattended.state().facilitator().orElseThrow().id());
    }

    @Test
    void coming_back_resets_the_clock() {
        session.offline(FACILITATOR).after(TAKEOVER).online(FACILITATOR).offline(FACILITATOR);
        assertRejected(claim(ANA), Reason.INVALID_STATE, "possible in");
    }

    @Test
    void the_facilitator_cannot_claim_their_own_role() {
        assertRejected(claim(FACILITATOR), Reason.INVALID_STATE, "already");
    }

    @Test
    void the_house_sets_how_long_the_wait_is() {
        session.offline(FACILITATOR).after(5_000);
        Decision quick = Decider.decide(session.state(), Actor.member(ANA), new Command.ClaimFacilitator(),
                session.now(), new HouseRules(5_000));
        assertAccepted(quick, new Event.FacilitatorClaimed(FACILITATOR, ANA, session.now()));
    }
}
