package roundtable.domain;

/** Who asks for a change: a participant through their connection, or the server itself. */
public sealed interface Actor {

    /** The server, acting on something it verified itself (a session created, an invite redeemed). */
    record Server() implements Actor {
    }

    record Member(String participantId) implements Actor {
    }

    static Actor server() {
        return new Server();
    }

    static Actor member(String participantId) {
        return new Member(participantId);
    }
}
