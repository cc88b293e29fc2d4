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

    @Test
    void the_permission_table_says_who_may_issue_each_command() {
        assertEquals(Map.ofEntries(
                Map.entry(Command.CreateSession.class, Permissions.Who.SERVER),
                Map.entry(Command.Join.class, Permissions.Who.SERVER),
                Map.entry(Command.SetPresence.class, Permissions.Who.SERVER),
                Map.entry(Command.ExpireTimers.class, Permissions.Who.SERVER),
                Map.entry(Command.NextPhase.class, Permissions.Who.FACILITATOR),
                Map.entry(Command.PreviousPhase.class, Permissions.Who.FACILITATOR),
                Map.entry(Command.GoToPhase.class, Permissions.Who.FACILITATOR),
                Map.entry(Command.SetPresenter.class, Permissions.Who.FACILITATOR),
                Map.entry(Command.EndSession.class, Permissions.Who.FACILITATOR),
                Map.entry(Command.StartTimer.class, Permissions.Who.FACILITATOR),
                Map.entry(Command.PauseTimer.class, Permissions.Who.FACILITATOR),
                Map.entry(Command.ResumeTimer.class, Permissions.Who.FACILITATOR),
                Map.entry(Command.ExtendTimer.class, Permissions.Who.FACILITATOR),
                Map.entry(Command.GiveTurn.class, Permissions.Who.FACILITATOR),
                Map.entry(Command.ReorderQueue.class, Permissions.Who.FACILITATOR),
                Map.entry(Command.RevealAll.class, Permissions.Who.FACILITATOR),
                Map.entry(Command.SpotlightCard.class, Permissions.Who.FACILITATOR),
                Map.entry(Command.HandOff.class, Permissions.Who.FACILITATOR),
                Map.entry(Command.ReactToCard.class, Permissions.Who.CONTRIBUTOR),
                Map.entry(Command.AddCommitment.class, Permissions.Who.CONTRIBUTOR),
                Map.entry(Command.ReportCommitment.class, Permissions.Who.CONTRIBUTOR),
                Map.entry(Command.NextTurn.class, Permissions.Who.CONTRIBUTOR),
                Map.entry(Command.PassTurn.class, Permissions.Who.CONTRIBUTOR),
                Map.entry(Command.RaiseHand.class, Permissions.Who.CONTRIBUTOR),
                Map.entry(Command.LowerHand.class, Permissions.Who.CONTRIBUTOR),
                Map.entry(Command.AddCard.class, Permissions.Who.CONTRIBUTOR),
                Map.entry(Command.EditCard.class, Permissions.Who.CONTRIBUTOR),
                Map.entry(Command.RemoveCard.class, Permissions.Who.CONTRIBUTOR),
                Map.entry(Command.MoveCard.class, Permissions.Who.CONTRIBUTOR)), Permissions.REQUIRED);
    }

    /** A command missing from the table would be open to every member, observers included. */
    @Test
    void every_kind_of_command_has_an_entry_in_the_permission_table() {
        Set<Class<?>> commands = Arrays.stream(Command.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(commands, Permissions.REQUIRED.keySet());
    }
}
