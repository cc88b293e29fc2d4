package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.FACILITATOR;
import static roundtable.domain.Sessions.STRANGER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who is here: the server reports a participant's first connection opening and last one closing. */
class PresenceTest {

    private final Sessions session = Sessions.running();

    private Decision presence(String participantId, boolean online) {
        return session.decideAsServer(new Command.SetPresence(participantId, online));
    }

    @Test
    void everyone_joins_offline() {
        assertEquals(List.of(false), session.state().participants().stream().map(Participant::online).distinct().toList());
    }

    @Test
    void the_server_marks_a_participant_online_and_only_them() {
        assertAccepted(presence(ANA, true), new Event.PresenceChanged(ANA, true, session.now()));
        session.online(ANA);
        assertTrue(session.state().isOnline(ANA));
        assertFalse(session.state().isOnline(BEN));
    }

    @Test
    void the_server_marks_a_participant_offline_again() {
        session.online(ANA);
        assertAccepted(presence(ANA, false), new Event.PresenceChanged(ANA, false, session.now()));
        session.offline(ANA);
        assertFalse(session.state().isOnline(ANA));
    }

    @Test
    void reporting_what_is_already_known_is_accepted_with_no_events() {
        assertAccepted(presence(ANA, false));
        session.online(ANA);
        assertAccepted(presence(ANA, true));
    }

    @Test
    void presence_of_someone_who_is_not_in_the_session_is_accepted_with_no_events() {
        assertAccepted(presence(STRANGER, true));
        assertFalse(session.state().isOnline(STRANGER));
    }

    @ParameterizedTest
    @ValueSource(strings = {FACILITATOR, ANA})
    void only_the_server_reports_presence_not_even_about_oneself(String actor) {
        assertRejected(session.decide(actor, new Command.SetPresence(actor, true)), Reason.FORBIDDEN, "Only the server");
        assertRejected(session.decide(actor, new Command.SetPresence(BEN, false)), Reason.FORBIDDEN, "Only the server");
    }

    @Test
    void a_presence_change_keeps_the_participants_name_role_and_place() {
        session.online(BEN);
        Participant ben = session.state().participants().get(2);
        assertEquals(List.of(BEN, "Ben", Role.PARTICIPANT, true, true), List.of(ben.id(), ben.name(), ben.role(),
                ben.online(), ben.attended()));
        assertNull(ben.awaySince(), "someone connected is not away");
    }
}
