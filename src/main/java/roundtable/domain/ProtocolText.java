package roundtable.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A protocol's words in one more language: its name and summary, and each phase's words by phase
 * id. What is left out keeps the protocol's own words, so a translation can be partial.
 */
public record ProtocolText(String name, String summary, Map<String, PhaseText> phases) {

    public ProtocolText {
        phases = phases == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phases));
    }
}
