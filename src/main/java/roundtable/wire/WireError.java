package roundtable.wire;

/**
 * A frame that cannot be used, with the error code and a message saying what was wrong.
 * Codes are those of the contract: {@code bad-request}, {@code unknown-command}, {@code unauthorized},
 * {@code forbidden}, {@code not-found}, {@code invalid-state}, {@code too-large}, {@code unavailable}.
 */
public record WireError(String opId, String code, String message) {

    public static WireError badRequest(String opId, String message) {
        return new WireError(opId, "bad-request", message);
    }
}
