package roundtable.domain;

import static roundtable.domain.Decision.accept;
import static roundtable.domain.Decision.reject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a session: given its state, who asks and what, decide which events happen.
 * Deterministic: the time comes in as {@code now} (epoch ms), ids come in with the command or are
 * derived from the state.
 */
public final class Decider {

    private Decider() {
    }

    /** The commands only the server issues (creating, letting in, presence, timers): no client sends them. */
    public static java.util.Set<Class<? extends Command>> serverCommands() {
        return Permissions.serverOnly();
    }

    /** Under the {@link HouseRules#DEFAULT default house rules}. */
    public static Decision decide(SessionState state, Actor actor, Command command, long now) {
        return decide(state, actor, command, now, HouseRules.DEFAULT);
    }

    public static Decision decide(SessionState state, Actor actor, Command command, long now, HouseRules rules) {
        if (command instanceof Command.CreateSession create) {
            return create(state, actor, create, now);
        }
        if (!state.exists()) {
            return reject(Reason.NOT_FOUND, "There is no such session.");
        }
        Optional<Decision.Rejected> denied = Permissions.check(state, actor, command);
        if (denied.isPresent()) {
            return denied.get();
        }
        if (state.ended()) {
            return reject(Reason.INVALID_STATE, "The session has ended; nothing on it can change any more.");
        }
        String actorId = actor instanceof Actor.Member member ? member.participantId() : null;
        if (command instanceof Command.Join join) {
            return join(state, join, now);
        }
        if (command instanceof Command.NextPhase next) {
            return movedOn(state, next.fromIndex()).orElseGet(() -> moveTo(state, state.phaseIndex() + 1, now));
        }
        if (command instanceof Command.PreviousPhase back) {
            return movedOn(state, back.fromIndex()).orElseGet(() -> moveTo(state, state.phaseIndex() - 1, now));
        }
        if (command instanceof Command.GoToPhase go) {
            return goTo(state, go, now);
        }
        if (command instanceof Command.SetPresenter set) {
            return setPresenter(state, set, now);
        }
        if (command instanceof Command.AddCard add) {
            return BoardRules.add(state, actorId, add, now);
        }
        if (command instanceof Command.EditCard edit) {
            return BoardRules.edit(state, actorId, edit, now);
        }
        if (command instanceof Command.RemoveCard remove) {
            return BoardRules.remove(state, actorId, remove, now);
        }
        if (command instanceof Command.MoveCard move) {
            return BoardRules.move(state, actorId, move, now);
        }
        if (command instanceof Command.AddCommitment add) {
            return CommitmentRules.add(state, actorId, add, now);
        }
        if (command instanceof Command.ReportCommitment report) {
            return CommitmentRules.report(state, actorId, report, now);
        }
        if (command instanceof Command.ReactToCard react) {
            return BoardRules.react(state, actorId, react, now);
        }
        if (command instanceof Command.SpotlightCard spotlight) {
            return BoardRules.spotlight(state, spotlight, now);
        }
        if (command instanceof Command.HandOff handOff) {
            return RoleRules.handOff(state, actorId, handOff, now);
        }
        if (command instanceof Command.ClaimFacilitator) {
            return RoleRules.claim(state, actorId, rules, now);
        }
        if (command instanceof Command.SetCallLink set) {
            return CallLinks.set(state, set, now);
        }
        if (command instanceof Command.RevealAll) {
            return BoardRules.revealAll(state, now);
        }
        if (command instanceof Command.EndSession) {
            return accept(new Event.SessionEnded(now));
        }
        if (command instanceof Command.SetPresence presence) {
            return setPresence(state, presence, now);
        }
        return FloorDecider.decide(state, actorId, command, now);
    }

    private static Decision create(SessionState state, Actor actor, Command.CreateSession create, long now) {
        Optional<Decision.Rejected> denied = Permissions.check(state, actor, create);
        if (denied.isPresent()) {
            return denied.get();
        }
        if (state.exists()) {
            return reject(Reason.INVALID_STATE, "This session exists already.");
        }
        Optional<String> problem = Limits.problem("title", create.title(), Limits.TITLE)
                .or(() -> Limits.problem("facilitatorName", create.facilitatorName(), Limits.NAME));
        if (problem.isPresent()) {
            return reject(Reason.BAD_REQUEST, problem.get());
        }
        // The session keeps its protocol in the language it is held in, so everything it shows agrees.
        return accept(
                new Event.SessionCreated(create.sessionId(), Limits.oneLine(create.title()),
                        create.protocol().in(create.terms().language()), create.groupId(), create.terms(), now),
                new Event.ParticipantJoined(create.facilitatorId(), Limits.oneLine(create.facilitatorName()),
                        Role.FACILITATOR, now));
    }

    private static Decision join(SessionState state, Command.Join join, long now) {
        Optional<String> problem = Limits.problem("name", join.name(), Limits.NAME);
        if (problem.isPresent()) {
            return reject(Reason.BAD_REQUEST, problem.get());
        }
        if (state.participant(join.participantId()).isPresent()) {
            return reject(Reason.INVALID_STATE, "This participant has joined already.");
        }
        if (join.role() == Role.FACILITATOR && state.facilitator().isPresent()) {
            return reject(Reason.INVALID_STATE, "The session has a facilitator already.");
        }
        return accept(new Event.ParticipantJoined(join.participantId(), Limits.oneLine(join.name()), join.role(), now));
    }

    /**
     * A refusal when the sender asked from a phase the session has left since (a second click on
     * "Next phase", or a move made meanwhile by someone else): nothing changes.
     */
    private static Optional<Decision> movedOn(SessionState state, Integer fromIndex) {
        if (fromIndex == null || fromIndex == state.phaseIndex()) {
            return Optional.empty();
        }
        return Optional.of(reject(Reason.INVALID_STATE, "The session is in '" + state.phase().name()
                + "' now, not in the phase you moved from; nothing was changed."));
    }

    private static Decision moveTo(SessionState state, int index, long now) {
        Protocol protocol = state.protocol();
        if (index > protocol.lastIndex()) {
            return reject(Reason.INVALID_STATE, "'" + state.phase().name()
                    + "' is the last phase; end the session when the group is done.");
        }
        if (index < 0) {
            return reject(Reason.INVALID_STATE, "'" + state.phase().name() + "' is the first phase; there is no phase before it.");
        }
        return new Decision.Accepted(PhaseMoves.moveTo(state, index, now));
    }

    private static Decision goTo(SessionState state, Command.GoToPhase go, long now) {
        if (go.phaseId() == null) {
            return reject(Reason.BAD_REQUEST, "phaseId is required.");
        }
        Optional<Integer> index = state.protocol().indexOf(go.phaseId());
        if (index.isEmpty()) {
            return reject(Reason.NOT_FOUND, "This protocol has no phase '" + go.phaseId() + "'; its phases are "
                    + String.join(", ", state.protocol().phases().stream().map(Phase::id).toList()) + ".");
        }
        if (index.get() == state.phaseIndex()) {
            return reject(Reason.INVALID_STATE, "The session is in '" + state.phase().name() + "' already.");
        }
        return moveTo(state, index.get(), now);
    }

    private static Decision setPresenter(SessionState state, Command.SetPresenter set, long now) {
        if (set.participantId() == null) {
            return reject(Reason.BAD_REQUEST, "participantId is required.");
        }
        Optional<Participant> presenter = state.participant(set.participantId());
        if (presenter.isEmpty()) {
            return reject(Reason.NOT_FOUND, "participantId must name someone in this session.");
        }
        if (presenter.get().role() == Role.OBSERVER) {
            return reject(Reason.INVALID_STATE, "An observer cannot present; pick a participant.");
        }
        Event chosen = new Event.PresenterSet(presenter.get().id(), now);
        List<Event> events = new ArrayList<>(List.of(chosen));
        if (state.floor().mode() == TurnMode.PRESENTER) {
            TurnRules.opening(Evolver.evolve(state, chosen), now).ifPresent(events::add);
        }
        return new Decision.Accepted(events);
    }

    private static Decision setPresence(SessionState state, Command.SetPresence presence, long now) {
        Optional<Participant> participant = state.participant(presence.participantId());
        if (participant.isEmpty() || participant.get().online() == presence.online()) {
            return new Decision.Accepted(List.of());
        }
        return accept(new Event.PresenceChanged(presence.participantId(), presence.online(), now));
    }
}
