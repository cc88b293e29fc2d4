package roundtable.domain;

import java.util.List;
import java.util.Optional;

/** A facilitation protocol: an ordered list of phases a group moves through. */
public record Protocol(String id, String name, String summary, List<Phase> phases) {

    public Protocol {
        if (phases == null || phases.isEmpty()) {
            throw new IllegalArgumentException("phases: a protocol needs at least one phase");
        }
        phases = List.copyOf(phases);
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
