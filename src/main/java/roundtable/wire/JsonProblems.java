package roundtable.wire;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Says in plain words which field of a JSON document did not fit, and what would. */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** E.g. "phases[2].turns must be one of open, round-robin, queue, presenter." */
    public static String describe(JsonMappingException e, String prefix) {
        String field = prefix + path(e);
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            // The records say "name: what is wrong"; the path says whose name it is.
            String problem = e.getCause().getMessage();
            boolean named = problem != null && problem.matches("^[A-Za-z]+: .*");
            return field.isEmpty() ? problem + "." : field + (named ? "." : ": ") + problem + ".";
        }
        if (field.isEmpty()) {
            return "The document must be " + expected(e) + ".";
        }
        if (e instanceof UnrecognizedPropertyException) {
            return field + " is not a known field.";
        }
        return field + " must be " + expected(e) + ".";
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(JsonMappingException e) {
        JavaType target = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
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
        if (java.util.Collection.class.isAssignableFrom(raw)) {
            return "a list";
        }
        return "an object of the documented shape";
    }
}
