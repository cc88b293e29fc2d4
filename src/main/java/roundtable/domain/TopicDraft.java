package roundtable.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A knowledge gap or topic proposed to the group's backlog: a one-line title to vote on and,
 * optionally, a few words on why it matters.
 */
public record TopicDraft(String title, String details) {

    public static final int MAX_DETAILS = 2000;

    /** What is wrong with the topic as sent, each problem naming its field; empty when it can be kept. */
    public static List<String> problems(String title, String details) {
        List<String> problems = new ArrayList<>();
        Limits.problem("title", title, Limits.TITLE).ifPresent(problems::add);
        if (details != null && !details.isBlank()) {
            Limits.problem("details", details, MAX_DETAILS).ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * The topic as kept: the title on one line, the details trimmed or null when blank.
     *
     * @throws IllegalArgumentException when {@link #problems} has anything to say
     */
    public static TopicDraft of(String title, String details) {
        List<String> problems = problems(title, details);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        return new TopicDraft(Limits.oneLine(title), details == null || details.isBlank() ? null : details.strip());
    }
}
