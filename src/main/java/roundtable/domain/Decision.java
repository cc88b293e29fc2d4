package roundtable.domain;

import java.util.List;

/** The outcome of a command: the events it produced, or why nothing changed. */
public sealed interface Decision {

    record Accepted(List<Event> events) implements Decision {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    record Rejected(Reason reason, String message) implements Decision {
    }

    static Decision accept(Event... events) {
        return new Accepted(List.of(events));
    }

    static Decision reject(Reason reason, String message) {
        return new Rejected(reason, message);
    }
}
