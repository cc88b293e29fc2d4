package roundtable.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where a topic of the group's backlog stands: proposed, chosen for a coming session, or covered. */
public enum TopicStatus {
    OPEN("open"),
    PICKED("picked"),
    DONE("done");

    private final String id;

    TopicStatus(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return id;
    }

    public static Optional<TopicStatus> fromId(String id) {
        return Arrays.stream(values()).filter(status -> status.id.equals(id)).findFirst();
    }
}
