package roundtable.room;

import roundtable.domain.Reason;

/**
 * Failure codes of room replies, HTTP-like so that the gateway can tell "no such thing" from
 * "refused, and why" from "broken" without knowing the room's insides.
 */
public final class RoomFailure {

    public static final int NOT_FOUND = 404;
    public static final int BROKEN = 500;
    /** The room could not open here: another live node owns the session, which the message names. */
    public static final int ELSEWHERE = 421;
    /** This node does not serve sessions now (it sees no majority of its cluster). */
    public static final int NOT_SERVING = 503;

    private RoomFailure() {
    }

    static int of(Reason reason) {
        return switch (reason) {
            case BAD_REQUEST -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> NOT_FOUND;
            case INVALID_STATE -> 409;
        };
    }
}
