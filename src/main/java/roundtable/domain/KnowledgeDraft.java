package roundtable.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A knowledge entry as written: the situation, what was tried in it, and what came of it, with a
 * few tags to find it by. Every part is required: an approach without its context or its outcome
 * teaches nothing to the next person facing the same friction.
 */
public record KnowledgeDraft(String context, String approach, String outcome, List<String> tags) {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG = 40;

    public KnowledgeDraft {
        tags = List.copyOf(tags);
    }

    /** What is wrong with the parts as sent, each problem naming its field; empty when they can be kept. */
    public static List<String> problems(String context, String approach, String outcome, List<String> tags) {
        List<String> problems = new ArrayList<>();
        Limits.problem("context", context, MAX_TEXT).ifPresent(problems::add);
        Limits.problem("approach", approach, MAX_TEXT).ifPresent(problems::add);
        Limits.problem("outcome", outcome, MAX_TEXT).ifPresent(problems::add);
        tagProblem(tags).ifPresent(problems::add);
        return problems;
    }

    /**
     * The entry as kept: texts trimmed (their line breaks stay), tags on one line, lower-cased and
     * each only once, so "Planning" and "planning" are one tag.
     *
     * @throws IllegalArgumentException when {@link #problems} has anything to say
     */
    public static KnowledgeDraft of(String context, String approach, String outcome, List<String> tags) {
        List<String> problems = problems(context, approach, outcome, tags);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        return new KnowledgeDraft(context.strip(), approach.strip(), outcome.strip(), List.copyOf(normalized(tags)));
    }

    private static Optional<String> tagProblem(List<String> tags) {
        if (tags == null) {
            return Optional.empty();
        }
        for (String tag : tags) {
            Optional<String> problem = Limits.problem("a tag", tag, MAX_TAG);
            if (problem.isPresent()) {
                return Optional.of("tags: " + problem.get());
            }
        }
        int distinct = normalized(tags).size();
        if (distinct > MAX_TAGS) {
            return Optional.of("tags holds " + distinct + " tags; at most " + MAX_TAGS + " are allowed.");
        }
        return Optional.empty();
    }

    private static Set<String> normalized(List<String> tags) {
        Set<String> kept = new LinkedHashSet<>();
        if (tags != null) {
            tags.forEach(tag -> kept.add(Limits.oneLine(tag).toLowerCase(Locale.ROOT)));
        }
        return kept;
    }
}
