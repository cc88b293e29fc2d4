package roundtable.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
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

    static final Map<String, Class<? extends Command>> BY_NAME = new TreeMap<>(Map.of(
            "phase.next", Command.NextPhase.class,
            "phase.back", Command.PreviousPhase.class,
            "phase.goto", Command.GoToPhase.class,
            "presenter.set", Command.SetPresenter.class,
            "card.add", Command.AddCard.class,
            "card.edit", Command.EditCard.class,
            "card.remove", Command.RemoveCard.class,
            "session.end", Command.EndSession.class));

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
            return invalid(opId, "args." + path(e) + " must be " + expected(e) + ".");
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

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String expected(JsonMappingException e) {
        JavaType target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                && mismatch.getTargetType() != null
                ? Json.MAPPER.constructType(mismatch.getTargetType()) : null;
        if (target == null) {
            return "of the documented type";
        }
        Class<?> raw = target.getRawClass();
        if (raw.isEnum()) {
            return "one of " + Arrays.stream(raw.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (raw == String.class) {
            return "a string";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(raw) || raw == int.class || raw == long.class) {
            return "a whole number";
        }
        return "of the documented type";
    }
}
