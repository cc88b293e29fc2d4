package roundtable.domain;

/** Dispatches the commands about the floor and the clock: turns, hands and timers. */
final class FloorDecider {

    private FloorDecider() {
    }

    static Decision decide(SessionState state, String actorId, Command command, long now) {
        if (command instanceof Command.NextTurn next) {
            return TurnRules.next(state, actorId, next, now);
        }
        if (command instanceof Command.PassTurn) {
            return TurnRules.pass(state, actorId, now);
        }
        if (command instanceof Command.GiveTurn give) {
            return TurnRules.give(state, give, now);
        }
        if (command instanceof Command.RaiseHand) {
            return TurnRules.raise(state, actorId, now);
        }
        if (command instanceof Command.LowerHand lower) {
            return TurnRules.lower(state, actorId, lower, now);
        }
        if (command instanceof Command.ReorderQueue reorder) {
            return TurnRules.reorder(state, reorder, now);
        }
        if (command instanceof Command.StartTimer start) {
            return TimerRules.start(state, start, now);
        }
        if (command instanceof Command.PauseTimer) {
            return TimerRules.pause(state, now);
        }
        if (command instanceof Command.ResumeTimer) {
            return TimerRules.resume(state, now);
        }
        if (command instanceof Command.ExtendTimer extend) {
            return TimerRules.extend(state, extend, now);
        }
        if (command instanceof Command.ExpireTimers) {
            return TimerRules.expire(state, now);
        }
        throw new IllegalArgumentException("no rule for " + command.getClass().getSimpleName());
    }
}
