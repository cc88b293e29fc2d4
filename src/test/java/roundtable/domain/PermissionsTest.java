package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.FACILITATOR;
import static roundtable.domain.Sessions.OBSERVER;
import static roundtable.domain.Sessions.STRANGER;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may issue which command, before any finer rule of the board or the phases is asked. */
class PermissionsTest {

    /** Mid-session: Ana presents, the group is questioning her, Ben has asked c1. */
    private final Sessions session = Sessions.running()
            .presenting(ANA).inPhase(ForumProtocol.QUESTIONS)
            .posted(BEN, CardKind.QUESTION, "What would change if you waited a month?");

    static Stream<Command> facilitatorCommands() {
        return Stream.of(new Command.NextPhase(), new Command.PreviousPhase(),
                new Command.GoToPhase(ForumProtocol.CHECK_OUT), new Command.SetPresenter(BEN),
                new Command.EndSession());
    }

    static Stream<Command> boardCommands() {
        return Stream.of(new Command.AddCard(CardKind.QUESTION, "Who else decides?", null, null),
                new Command.EditCard("c1", "Rephrased"), new Command.RemoveCard("c1"));
    }

    static Stream<Command> memberCommands() {
        return Stream.concat(facilitatorCommands(), boardCommands());
    }

    @ParameterizedTest
    @MethodSource("facilitatorCommands")
    void a_participant_cannot_steer_the_session(Command command) {
        assertRejected(session.decide(BEN, command), Reason.FORBIDDEN, "Only the facilitator");
    }

    @ParameterizedTest
    @MethodSource("facilitatorCommands")
    void an_observer_cannot_steer_the_session(Command command) {
        assertRejected(session.decide(OBSERVER, command), Reason.FORBIDDEN, "Only the facilitator");
    }

    @ParameterizedTest
    @MethodSource("facilitatorCommands")
    void the_facilitator_steers_the_session(Command command) {
        assertInstanceOf(Decision.Accepted.class, session.decide(FACILITATOR, command));
    }

    @ParameterizedTest
    @MethodSource("boardCommands")
    void an_observer_cannot_change_the_board(Command command) {
        assertRejected(session.decide(OBSERVER, command), Reason.FORBIDDEN, "Observers");
    }

    @ParameterizedTest
    @MethodSource("memberCommands")
    void someone_who_is_not_in_the_session_can_do_nothing(Command command) {
        assertRejected(session.decide(STRANGER, command), Reason.FORBIDDEN, "not a participant");
    }

    @ParameterizedTest
    @MethodSource("memberCommands")
    void the_server_cannot_act_in_someones_place(Command command) {
        assertRejected(session.decideAsServer(command), Reason.FORBIDDEN, "Only a person in the session");
    }

    @Test
    void the_permission_table_says_who_may_issue_each_command() {
        assertEquals(Map.of(
                Command.CreateSession.class, Permissions.Who.SERVER,
                Command.Join.class, Permissions.Who.SERVER,
                Command.NextPhase.class, Permissions.Who.FACILITATOR,
                Command.PreviousPhase.class, Permissions.Who.FACILITATOR,
                Command.GoToPhase.class, Permissions.Who.FACILITATOR,
                Command.SetPresenter.class, Permissions.Who.FACILITATOR,
                Command.EndSession.class, Permissions.Who.FACILITATOR,
                Command.AddCard.class, Permissions.Who.CONTRIBUTOR,
                Command.EditCard.class, Permissions.Who.CONTRIBUTOR,
                Command.RemoveCard.class, Permissions.Who.CONTRIBUTOR), Permissions.REQUIRED);
    }

    /** A command missing from the table would be open to every member, observers included. */
    @Test
    void every_kind_of_command_has_an_entry_in_the_permission_table() {
        Set<Class<?>> commands = Arrays.stream(Command.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(commands, Permissions.REQUIRED.keySet());
    }
}
