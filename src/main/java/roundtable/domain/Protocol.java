package roundtable.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A facilitation protocol: an ordered list of phases a group moves through.
 *
 * @param translations its words in other languages, by language code; a session keeps the protocol
 *                     in its own language ({@link #in}), without them
 */
public record Protocol(String id, String name, String summary, List<Phase> phases,
                       Map<String, ProtocolText> translations) {

    public Protocol {
        if (phases == null || phases.isEmpty()) {
            throw new IllegalArgumentException("phases: a protocol needs at least one phase");
        }
        phases = List.copyOf(phases);
        translations = translations == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(translations));
    }

    public Protocol(String id, String name, String summary, List<Phase> phases) {
        this(id, name, summary, phases, null);
    }

    /**
     * The protocol with its words in {@code language} where it has them, its own words elsewhere, and
     * no translations: what a session held in that language keeps and shows.
     */
    public Protocol in(String language) {
        ProtocolText text = translations.get(language);
        if (text == null) {
            return new Protocol(id, name, summary, phases);
        }
        List<Phase> worded = new ArrayList<>(phases.size());
        for (Phase phase : phases) {
            PhaseText phaseText = text.phases().get(phase.id());
            worded.add(phaseText == null ? phase : phase.worded(phaseText));
        }
        return new Protocol(id, orOwn(text.name(), name), orOwn(text.summary(), summary), worded);
    }

    static String orOwn(String translated, String own) {
        return translated == null ? own : translated;
    }

    public Phase phase(int index) {
        return phases.get(index);
    }

    public Optional<Integer> indexOf(String phaseId) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(phaseId)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public int lastIndex() {
        return phases.size() - 1;
    }
}
