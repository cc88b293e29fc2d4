package roundtable.room;

import roundtable.domain.Command;
import roundtable.domain.Role;

/** What reaches a room's actor over the event bus. All immutable but the subscriber handle. */
public sealed interface RoomMessage {

    /**
     * A socket said hello with a valid token; the reply comes once welcome has been sent.
     * {@code epoch} is the room incarnation the client last saw, or null.
     */
    record Connect(String connectionId, String participantId, long lastSeq, String epoch, Subscriber subscriber)
            implements RoomMessage {
    }

    record Disconnect(String connectionId) implements RoomMessage {
    }

    /** A client command; answered on the connection with ack or error, never by reply. */
    record Submit(String connectionId, String opId, Command command) implements RoomMessage {
    }

    /** The session's owner epoch as the database has it now: a room whose epoch it is not has lost the session. */
    record Owner(long ownerEpoch) implements RoomMessage {
    }

    /** Someone redeemed an invite. The reply (the event's seq) comes once the join is durable. */
    record Admit(String participantId, String name, Role role) implements RoomMessage {
    }
}
