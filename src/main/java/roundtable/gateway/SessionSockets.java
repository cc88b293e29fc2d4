package roundtable.gateway;

import roundtable.config.Config;
import roundtable.metrics.SocketMeters;
import roundtable.room.Rooms;
import roundtable.store.SessionRecords;

/**
 * What every session socket of one gateway loop shares: the way to the rooms and to credentials (looked up a batch at a time),
 * the bounds and limits, the meters, and the loop's outbox. Held once per loop and referred to by
 * each socket, so thousands of idle sockets do not each carry a copy.
 */
record SessionSockets(CredentialLookups credentials, Rooms rooms, Config.Reliability reliability,
                      Config.RateLimits limits, SocketMeters meters, LoopOutbox outbox, String rateLimitedMessage) {

    SessionSockets(SessionRecords records, Rooms rooms, Config.Reliability reliability, Config.RateLimits limits,
                   SocketMeters meters, LoopOutbox outbox) {
        this(new CredentialLookups(records), rooms, reliability, limits, meters, outbox, "Too many frames: at most "
                + limits.commandsPerSecond() + " per second on one connection. This one was not applied; send it again in a moment.");
    }
}
