package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.FACILITATOR;
import static roundtable.domain.Sessions.GROUP_ID;
import static roundtable.domain.Sessions.SESSION_ID;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SessionCreationTest {

    private static final long NOW = 1_234_567L;
    private final Protocol forum = ForumProtocol.forum();

    private static Decision create(Actor actor, String title, String facilitatorName) {
        return Decider.decide(SessionState.initial(), actor,
                new Command.CreateSession(SESSION_ID, title, ForumProtocol.forum(), GROUP_ID, FACILITATOR,
                        facilitatorName, null), NOW);
    }

    /** Accepted as the session, ad hoc terms, and its facilitator joining at the same moment. */
    private void assertCreated(Decision decision, String title, String groupId, String facilitatorName) {
        assertAccepted(decision,
                new Event.SessionCreated(SESSION_ID, title, forum, groupId, SessionTerms.adHoc(), NOW),
                new Event.ParticipantJoined(FACILITATOR, facilitatorName, Role.FACILITATOR, NOW));
    }

    @Test
    void the_server_creates_a_session_and_its_facilitator_joins_at_the_same_moment() {
        assertCreated(create(Actor.server(), "Tuesday circle", "Fay"), "Tuesday circle", GROUP_ID, "Fay");
    }

    @Test
    void a_session_without_a_group_is_created_too() {
        Decision decision = Decider.decide(SessionState.initial(), Actor.server(),
                new Command.CreateSession(SESSION_ID, "Ad hoc", forum, null, FACILITATOR, "Fay", null), NOW);
        assertCreated(decision, "Ad hoc", null, "Fay");
    }

    @Test
    void the_title_and_the_facilitator_name_are_folded_to_one_line() {
        assertCreated(create(Actor.server(), "  Tuesday\n\tcircle   of  peers \r\n", "\tFay \n Lee "),
                "Tuesday circle of peers", GROUP_ID, "Fay Lee");
    }

    @Test
    void a_member_cannot_create_a_session() {
        assertRejected(create(Actor.member(FACILITATOR), "Tuesday circle", "Fay"), Reason.FORBIDDEN, "server");
    }

    @Test
    void a_session_cannot_be_created_twice() {
        Sessions session = Sessions.created();
        assertRejected(session.decideAsServer(Sessions.create(forum)), Reason.INVALID_STATE, "exists already");
    }

    static Stream<String> unusableTexts() {
        return Stream.of(null, "", "   ", "\n\t", "bell\u0007", "nul\u0000here", "esc\u001B[31m", "del\u007F");
    }

    @ParameterizedTest
    @MethodSource("unusableTexts")
    void an_unusable_title_is_a_bad_request_that_names_the_title(String title) {
        assertRejected(create(Actor.server(), title, "Fay"), Reason.BAD_REQUEST, "title");
    }

    @ParameterizedTest
    @MethodSource("unusableTexts")
    void an_unusable_facilitator_name_is_a_bad_request_that_names_the_field(String name) {
        assertRejected(create(Actor.server(), "Tuesday circle", name), Reason.BAD_REQUEST, "facilitatorName");
    }

    @Test
    void a_title_may_have_120_characters_but_not_121() {
        assertEquals(Decision.Accepted.class, create(Actor.server(), "t".repeat(120), "Fay").getClass());
        assertRejected(create(Actor.server(), "t".repeat(121), "Fay"), Reason.BAD_REQUEST, "title", "121", "120");
    }

    @Test
    void a_facilitator_name_may_have_60_characters_but_not_61() {
        assertEquals(Decision.Accepted.class, create(Actor.server(), "Circle", "n".repeat(60)).getClass());
        assertRejected(create(Actor.server(), "Circle", "n".repeat(61)), Reason.BAD_REQUEST,
                "facilitatorName", "61", "60");
    }

    @Test
    void the_title_is_checked_before_the_facilitator_name() {
        assertRejected(create(Actor.server(), " ", " "), Reason.BAD_REQUEST, "title");
    }

    @Test
    void the_new_state_starts_in_the_first_phase_with_only_the_facilitator() {
        SessionState state = Sessions.created().state();
        assertEquals(SESSION_ID, state.sessionId());
        assertEquals(Sessions.START, state.createdAt());
        assertEquals(ForumProtocol.CHECK_IN, state.phase().id());
        assertEquals(List.of(Participant.joined(FACILITATOR, "Fay", Role.FACILITATOR, Sessions.START)), state.participants());
        assertEquals(Optional.of(state.participants().get(0)), state.facilitator());
    }

    static Stream<Command> everyOtherCommand() {
        return Stream.of(new Command.Join("p-x", "X", Role.PARTICIPANT), new Command.NextPhase(),
                new Command.PreviousPhase(), new Command.GoToPhase(ForumProtocol.ISSUE),
                new Command.SetPresenter(FACILITATOR), new Command.AddCard(CardKind.NOTE, "hi", null, null),
                new Command.EditCard("c1", "hi"), new Command.RemoveCard("c1"), new Command.EndSession());
    }

    @ParameterizedTest
    @MethodSource("everyOtherCommand")
    void no_command_but_creation_finds_a_session_that_does_not_exist(Command command) {
        assertRejected(Decider.decide(SessionState.initial(), Actor.server(), command, NOW),
                Reason.NOT_FOUND, "no such session");
        assertRejected(Decider.decide(SessionState.initial(), Actor.member(FACILITATOR), command, NOW),
                Reason.NOT_FOUND, "no such session");
    }
}
