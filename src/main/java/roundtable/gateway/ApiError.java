package roundtable.gateway;

import io.vertx.core.Future;
import io.vertx.core.eventbus.ReplyException;
import java.util.List;
import roundtable.room.RoomFailure;

/**
 * A request that cannot be served, with the status, the contract's error code and a message that
 * says what was wrong and how to put it right. Thrown or failed into a future; the router's failure
 * handler turns it into {@code {"error":{"code","message"}}}.
 */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final List<String> problems;
    /** The kind of secret that opened nothing, when that is why the request failed; else null. */
    private final Secret missed;

    public ApiError(int status, String code, String message) {
        this(status, code, message, List.of(), null);
    }

    private ApiError(int status, String code, String message, List<String> problems, Secret missed) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
        this.missed = missed;
    }

    /** The same refusal, counted as a failed use of a {@code kind} secret (see {@link AddressGuard}). */
    ApiError missed(Secret kind) {
        return new ApiError(status, code, getMessage(), problems, kind);
    }

    Secret missedSecret() {
        return missed;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, "bad-request", message);
    }

    /** A refusal with each problem listed on its own, for documents with many fields. */
    public static ApiError badRequest(String message, List<String> problems) {
        return new ApiError(400, "bad-request", message, problems, null);
    }

    public static ApiError unauthorized(String message) {
        return new ApiError(401, "unauthorized", message);
    }

    public static ApiError forbidden(String message) {
        return new ApiError(403, "forbidden", message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, "not-found", message);
    }

    /** Succeeds when {@code found}; a 404 with this message otherwise, for a change that met no row. */
    static Future<Void> notFoundUnless(boolean found, String message) {
        return found ? Future.succeededFuture() : Future.failedFuture(notFound(message));
    }

    /** A room's refusal, in the contract's terms. */
    public static Throwable fromRoom(Throwable failure) {
        if (!(failure instanceof ReplyException reply)) {
            return failure;
        }
        return switch (reply.failureCode()) {
            case 400 -> badRequest(reply.getMessage());
            case 403 -> forbidden(reply.getMessage());
            case RoomFailure.NOT_FOUND -> notFound("There is no such session.");
            case 409 -> new ApiError(409, "invalid-state", reply.getMessage());
            default -> new ApiError(503, "unavailable", "The session cannot be reached right now; try again in a moment.");
        };
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<String> problems() {
        return problems;
    }
}
