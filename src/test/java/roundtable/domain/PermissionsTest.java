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
import java.util.List;
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
                new Command.EditCard("c1", "Rephrased"), new Command.RemoveCard("c1"),
                new Command.MoveCard("c1", "Theme", 0));
    }

    /** Turns, hands, timers and drafts: commands of the facilitator or of contributors. */
    static Stream<Command> floorCommands() {
        return Stream.of(new Command.StartTimer(60), new Command.PauseTimer(), new Command.ResumeTimer(),
                new Command.ExtendTimer(60), new Command.NextTurn(), new Command.PassTurn(),
                new Command.GiveTurn(BEN), new Command.RaiseHand(), new Command.LowerHand(null),
                new Command.ReorderQueue(List.of()), new Command.RevealAll());
    }

    static Stream<Command> memberCommands() {
        return Stream.of(facilitatorCommands(), boardCommands(), floorCommands()).flatMap(s -> s);
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
    @MethodSource("floorCommands")
    void an_observer_neither_takes_the_floor_nor_runs_the_clock(Command command) {
        assertRejected(session.decide(OBSERVER, command), Reason.FORBIDDEN);
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

    /** What only the server decides: a person can never make themselves join, be present or end a timer. */
    @Test
    void only_the_server_creates_lets_in_marks_presence_and_runs_out_timers() {
        assertEquals(Set.of(Command.CreateSession.class, Command.Join.class, Command.SetPresence.class,
                        Command.ExpireTimers.class),
                Permissions.REQUIRED.entrySet().stream().filter(e -> e.getValue() == Permissions.Who.SERVER)
                        .map(Map.Entry::getKey).collect(Collectors.toSet()));
    }

    @Test
    void taking_the_role_over_is_open_to_participants_and_its_finer_rule_decides_when() {
        assertEquals(Permissions.Who.CONTRIBUTOR, Permissions.REQUIRED.get(Command.ClaimFacilitator.class));
        assertRejected(session.decide(OBSERVER, new Command.ClaimFacilitator()), Reason.FORBIDDEN, "Observers");
    }

    @Test
    void the_call_link_is_the_facilitators_to_set() {
        assertRejected(session.decide(BEN, new Command.SetCallLink("https://meet.example.org/x")), Reason.FORBIDDEN,
                "Only the facilitator");
    }

    /** A command missing from the table is refused to everyone (fail closed), so none may be left out. */
    @Test
    void every_kind_of_command_has_an_entry_in_the_permission_table() {
        Set<Class<?>> commands = Arrays.stream(Command.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(commands, Permissions.REQUIRED.keySet());
    }
}
