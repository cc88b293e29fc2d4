package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.FACILITATOR;
import static roundtable.domain.Sessions.OBSERVER;
import static roundtable.domain.Sessions.STRANGER;

import org.junit.jupiter.api.Test;

/** Facilitation rotates: the facilitator hands the role on and stays as a participant. */
class HandOffTest {

    private final Sessions session = Sessions.running();

    @Test
    void the_facilitator_hands_the_role_to_a_participant_and_becomes_one() {
        assertAccepted(session.decide(FACILITATOR, new Command.HandOff(ANA)),
                new Event.FacilitatorHanded(FACILITATOR, ANA, session.now()));
        session.by(FACILITATOR, new Command.HandOff(ANA));
        assertEquals(Role.FACILITATOR, session.state().participant(ANA).orElseThrow().role());
        assertEquals(Role.PARTICIPANT, session.state().participant(FACILITATOR).orElseThrow().role());
        assertRejected(session.decide(FACILITATOR, new Command.NextPhase()), Reason.FORBIDDEN, "facilitator");
        session.by(ANA, new Command.NextPhase());
    }

    @Test
    void only_the_facilitator_hands_the_role_on_and_only_to_someone_who_can_take_it() {
        assertRejected(session.decide(BEN, new Command.HandOff(BEN)), Reason.FORBIDDEN, "facilitator");
        assertRejected(session.decide(FACILITATOR, new Command.HandOff(OBSERVER)), Reason.INVALID_STATE, "observer");
        assertRejected(session.decide(FACILITATOR, new Command.HandOff(STRANGER)), Reason.NOT_FOUND, "participantId");
        assertRejected(session.decide(FACILITATOR, new Command.HandOff(FACILITATOR)), Reason.INVALID_STATE, "already");
        assertRejected(session.decide(FACILITATOR, new Command.HandOff(null)), Reason.BAD_REQUEST, "participantId");
    }
}
