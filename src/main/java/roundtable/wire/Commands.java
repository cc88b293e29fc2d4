package roundtable.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import roundtable.domain.Command;

/** The commands a client may send, by their contract names, and how their args become records. */
final class Commands {

    static final Map<String, Class<? extends Command>> BY_NAME = new TreeMap<>(Map.ofEntries(
            Map.entry("phase.next", Command.NextPhase.class),
            Map.entry("phase.back", Command.PreviousPhase.class),
            Map.entry("phase.goto", Command.GoToPhase.class),
            Map.entry("presenter.set", Command.SetPresenter.class),
            Map.entry("timer.start", Command.StartTimer.class),
            Map.entry("timer.pause", Command.PauseTimer.class),
            Map.entry("timer.resume", Command.ResumeTimer.class),
            Map.entry("timer.extend", Command.ExtendTimer.class),
            Map.entry("turn.next", Command.NextTurn.class),
            Map.entry("turn.pass", Command.PassTurn.class),
            Map.entry("turn.give", Command.GiveTurn.class),
            Map.entry("hand.raise", Command.RaiseHand.class),
            Map.entry("hand.lower", Command.LowerHand.class),
            Map.entry("queue.reorder", Command.ReorderQueue.class),
            Map.entry("card.add", Command.AddCard.class),
            Map.entry("card.edit", Command.EditCard.class),
            Map.entry("card.remove", Command.RemoveCard.class),
            Map.entry("card.move", Command.MoveCard.class),
            Map.entry("card.reveal-all", Command.RevealAll.class),
            Map.entry("card.react", Command.ReactToCard.class),
            Map.entry("commitment.add", Command.AddCommitment.class),
            Map.entry("commitment.report", Command.ReportCommitment.class),
            Map.entry("card.spotlight", Command.SpotlightCard.class),
            Map.entry("facilitator.handoff", Command.HandOff.class),
            Map.entry("facilitator.claim", Command.ClaimFacilitator.class),
            Map.entry("call-link.set", Command.SetCallLink.class),
            Map.entry("session.end", Command.EndSession.class)));

    private Commands() {
    }

    static ClientMessage decode(String opId, String name, JsonNode args) {
        Class<? extends Command> type = BY_NAME.get(name);
        if (type == null) {
            return new ClientMessage.Invalid(new WireError(opId, "unknown-command",
                    "There is no command '" + ClientFrames.clip(name) + "'. Commands are: " + String.join(", ", BY_NAME.keySet()) + "."));
        }
        try {
            return new ClientMessage.CommandRequest(opId, name, Json.MAPPER.treeToValue(args, type));
        } catch (UnrecognizedPropertyException e) {
            return invalid(opId, name + " has no argument '" + e.getPropertyName() + "'; " + takes(name, type));
        } catch (JsonMappingException e) {
            return invalid(opId, JsonProblems.describe(e, "args."));
        } catch (JsonProcessingException e) {
            return invalid(opId, "args of " + name + " could not be read; " + takes(name, type));
        }
    }

    private static ClientMessage invalid(String opId, String message) {
        return new ClientMessage.Invalid(WireError.badRequest(opId, message));
    }

    private static String takes(String name, Class<? extends Command> type) {
        String args = Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.joining(", "));
        return args.isEmpty() ? name + " takes no arguments." : name + " takes " + args + ".";
    }
}
