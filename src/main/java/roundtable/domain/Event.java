package roundtable.domain;

/** What happened in a session. Events are facts: applying them never fails. {@code at} is epoch ms. */
public sealed interface Event {

    long at();

    record SessionCreated(String sessionId, String title, Protocol protocol, String groupId, long at)
            implements Event {
    }

    record ParticipantJoined(String participantId, String name, Role role, long at) implements Event {
    }

    record PhaseChanged(int index, String phaseId, long at) implements Event {
    }

    record PresenterSet(String participantId, long at) implements Event {
    }

    record CardAdded(Card card, long at) implements Event {
    }

    record CardEdited(String cardId, String text, long at) implements Event {
    }

    record CardRemoved(String cardId, long at) implements Event {
    }

    record SessionEnded(long at) implements Event {
    }

    /**
     * What the log keeps in place of an off-the-record event: that something happened, never what.
     * Holds the seq so the log stays gap-free; {@code cardAdded} keeps card numbering stable.
     */
    record OffRecord(boolean cardAdded, long at) implements Event {
    }
}
