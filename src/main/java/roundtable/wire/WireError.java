package roundtable.wire;

/**
 * A frame that cannot be used, with the error code and a message saying what was wrong.
 * Codes: {@code bad-request}, {@code unknown-command}, {@code unauthorized}, {@code too-large}.
 */
public record WireError(String opId, String code, String message) {

    public static WireError badRequest(String opId, String message) {
        return new WireError(opId, "bad-request", message);
    }
}
