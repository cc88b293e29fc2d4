package roundtable.domain;

import java.util.List;
import java.util.Objects;

/**
 * One phase's words in one more language. A null field keeps the phase's own words; prompts, when
 * given, replace the phase's prompts as a whole (a language may need more or fewer sentences).
 */
public record PhaseText(String name, String purpose, List<String> prompts) {

    public PhaseText {
        if (prompts != null && prompts.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("prompts: may not contain null");
        }
        prompts = prompts == null ? null : List.copyOf(prompts);
    }
}
