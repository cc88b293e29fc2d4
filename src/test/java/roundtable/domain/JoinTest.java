package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.CAI;
import static roundtable.domain.Sessions.FACILITATOR;
import static roundtable.domain.Sessions.OBSERVER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class JoinTest {

    private final Sessions session = Sessions.created();

    private Decision join(String participantId, String name, Role role) {
        return session.decideAsServer(new Command.Join(participantId, name, role));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PARTICIPANT", "OBSERVER"})
    void the_server_lets_a_participant_or_an_observer_join(Role role) {
        assertAccepted(join(ANA, "Ana", role), new Event.ParticipantJoined(ANA, "Ana", role, session.now()));
    }

    @Test
    void a_name_is_folded_to_one_line() {
        assertAccepted(join(ANA, "\n  Ana \t Maria\r\n Souza  ", Role.PARTICIPANT),
                new Event.ParticipantJoined(ANA, "Ana Maria Souza", Role.PARTICIPANT, session.now()));
    }

    @Test
    void participants_are_listed_in_the_order_they_joined() {
        SessionState state = Sessions.running().state();
        assertEquals(List.of(FACILITATOR + " Fay facilitator", ANA + " Ana participant", BEN + " Ben participant",
                CAI + " Cai participant", OBSERVER + " Oz observer"), state.participants().stream()
                .map(p -> p.id() + " " + p.name() + " " + p.role()).toList());
        assertTrue(state.participants().stream().noneMatch(p -> p.online() || p.attended()),
                "everyone joins offline, and has not attended until they connect");
        assertTrue(state.participants().stream().allMatch(p -> p.awaySince() == p.joinedAt()),
                "someone who never connected has been away since they joined");
    }

    @Test
    void a_member_cannot_let_someone_in_not_even_the_facilitator() {
        assertRejected(session.decide(FACILITATOR, new Command.Join(ANA, "Ana", Role.PARTICIPANT)),
                Reason.FORBIDDEN, "server");
    }

    @Test
    void someone_who_is_in_already_cannot_join_again() {
        session.joined(ANA, "Ana", Role.PARTICIPANT);
        assertRejected(join(ANA, "Ana again", Role.PARTICIPANT), Reason.INVALID_STATE, "joined already");
        assertRejected(join(FACILITATOR, "Fay", Role.OBSERVER), Reason.INVALID_STATE, "joined already");
    }

    @Test
    void a_second_facilitator_cannot_join() {
        assertRejected(join(ANA, "Ana", Role.FACILITATOR), Reason.INVALID_STATE, "has a facilitator");
    }

    @Test
    void a_facilitator_may_join_a_session_that_has_none() {
        SessionState withoutFacilitator = Evolver.evolve(SessionState.initial(),
                new Event.SessionCreated("s-1", "Circle", ForumProtocol.forum(), null, SessionTerms.adHoc(), 1L));
        assertAccepted(Decider.decide(withoutFacilitator, Actor.server(),
                        new Command.Join(ANA, "Ana", Role.FACILITATOR), 2L),
                new Event.ParticipantJoined(ANA, "Ana", Role.FACILITATOR, 2L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\t\n", "An\u0000a", "Ana\u0007", "\u001B[1mAna"})
    void an_unusable_name_is_a_bad_request_that_names_the_field(String name) {
        assertRejected(join(ANA, name, Role.PARTICIPANT), Reason.BAD_REQUEST, "name");
    }

    @Test
    void a_missing_name_is_a_bad_request() {
        assertRejected(join(ANA, null, Role.PARTICIPANT), Reason.BAD_REQUEST, "name", "required");
    }

    @Test
    void a_name_may_have_60_characters_but_not_61() {
        assertAccepted(join(ANA, "a".repeat(60), Role.PARTICIPANT),
                new Event.ParticipantJoined(ANA, "a".repeat(60), Role.PARTICIPANT, session.now()));
        assertRejected(join(ANA, "a".repeat(61), Role.PARTICIPANT), Reason.BAD_REQUEST, "name", "61", "60");
    }

    @Test
    void a_name_is_checked_before_the_duplicate() {
        session.joined(ANA, "Ana", Role.PARTICIPANT);
        assertRejected(join(ANA, " ", Role.PARTICIPANT), Reason.BAD_REQUEST, "name");
    }
}
