package roundtable.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Who may issue which command, as a table. Finer rules that depend on the board (who may edit a
 * card, who may post in a phase) live with those rules.
 */
final class Permissions {

    enum Who {
        /** Only the server, after checking an invite or creating the session. */
        SERVER,
        FACILITATOR,
        /** Facilitator or participant; observers watch. */
        CONTRIBUTOR
    }

    static final Map<Class<? extends Command>, Who> REQUIRED = Map.ofEntries(
            Map.entry(Command.CreateSession.class, Who.SERVER),
            Map.entry(Command.Join.class, Who.SERVER),
            Map.entry(Command.SetPresence.class, Who.SERVER),
            Map.entry(Command.ExpireTimers.class, Who.SERVER),
            Map.entry(Command.NextPhase.class, Who.FACILITATOR),
            Map.entry(Command.PreviousPhase.class, Who.FACILITATOR),
            Map.entry(Command.GoToPhase.class, Who.FACILITATOR),
            Map.entry(Command.SetPresenter.class, Who.FACILITATOR),
            Map.entry(Command.EndSession.class, Who.FACILITATOR),
            Map.entry(Command.StartTimer.class, Who.FACILITATOR),
            Map.entry(Command.PauseTimer.class, Who.FACILITATOR),
            Map.entry(Command.ResumeTimer.class, Who.FACILITATOR),
            Map.entry(Command.ExtendTimer.class, Who.FACILITATOR),
            Map.entry(Command.GiveTurn.class, Who.FACILITATOR),
            Map.entry(Command.ReorderQueue.class, Who.FACILITATOR),
            Map.entry(Command.RevealAll.class, Who.FACILITATOR),
            Map.entry(Command.SpotlightCard.class, Who.FACILITATOR),
            Map.entry(Command.HandOff.class, Who.FACILITATOR),
            Map.entry(Command.SetCallLink.class, Who.FACILITATOR),
            // Only once the facilitator has been away long enough; RoleRules checks that.
            Map.entry(Command.ClaimFacilitator.class, Who.CONTRIBUTOR),
            Map.entry(Command.ReactToCard.class, Who.CONTRIBUTOR),
            Map.entry(Command.AddCommitment.class, Who.CONTRIBUTOR),
            // The owner, or the facilitator on their behalf; CommitmentRules checks which.
            Map.entry(Command.ReportCommitment.class, Who.CONTRIBUTOR),
            // The speaker may also end their own turn; TurnRules checks that finer rule.
            Map.entry(Command.NextTurn.class, Who.CONTRIBUTOR),
            Map.entry(Command.PassTurn.class, Who.CONTRIBUTOR),
            Map.entry(Command.RaiseHand.class, Who.CONTRIBUTOR),
            Map.entry(Command.LowerHand.class, Who.CONTRIBUTOR),
            Map.entry(Command.AddCard.class, Who.CONTRIBUTOR),
            Map.entry(Command.EditCard.class, Who.CONTRIBUTOR),
            Map.entry(Command.RemoveCard.class, Who.CONTRIBUTOR),
            Map.entry(Command.MoveCard.class, Who.CONTRIBUTOR));

    private Permissions() {
    }

    static java.util.Set<Class<? extends Command>> serverOnly() {
        return REQUIRED.entrySet().stream().filter(e -> e.getValue() == Who.SERVER).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static Optional<Decision.Rejected> check(SessionState state, Actor actor, Command command) {
        Who required = REQUIRED.get(command.getClass());
        if (required == null) {
            // A command nobody listed is refused: a missing rule must never mean "anyone may".
            return denied("Nobody may do this.");
        }
        if (actor instanceof Actor.Server) {
            return required == Who.SERVER ? Optional.empty()
                    : denied("Only a person in the session can do this.");
        }
        if (required == Who.SERVER) {
            return denied("Only the server can do this.");
        }
        String participantId = ((Actor.Member) actor).participantId();
        Optional<Participant> participant = state.participant(participantId);
        if (participant.isEmpty()) {
            return denied("You are not a participant of this session.");
        }
        Role role = participant.get().role();
        if (required == Who.FACILITATOR && role != Role.FACILITATOR) {
            return denied("Only the facilitator can do this.");
        }
        if (required == Who.CONTRIBUTOR && role == Role.OBSERVER) {
            return denied("Observers follow the session but do not change the board.");
        }
        return Optional.empty();
    }

    private static Optional<Decision.Rejected> denied(String message) {
        return Optional.of(new Decision.Rejected(Reason.FORBIDDEN, message));
    }
}
