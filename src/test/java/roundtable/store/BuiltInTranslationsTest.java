package roundtable.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import roundtable.domain.Phase;
import roundtable.domain.PhaseText;
import roundtable.domain.Protocol;
import roundtable.domain.ProtocolRules;
import roundtable.domain.ProtocolText;
import roundtable.domain.coach.Languages;

/**
 * Every built-in protocol speaks every language Roundtable speaks: its own words are English, and it
 * carries a whole translation into each other language, phase by phase, with as many prompts. A
 * language added to {@link Languages#SUPPORTED} fails here until its protocol texts are written.
 */
class BuiltInTranslationsTest {

    private static final List<Protocol> BUILT_IN = ProtocolCatalog.builtIn().all();

    @Test
    void every_built_in_protocol_is_translated_into_every_other_language_roundtable_speaks() {
        Set<String> others = Languages.codes().stream().filter(code -> !code.equals("en")).collect(Collectors.toSet());
        for (Protocol protocol : BUILT_IN) {
            assertEquals(others, protocol.translations().keySet(), protocol.id());
            assertEquals(List.of(), ProtocolRules.problems(protocol), protocol.id());
        }
    }

    @Test
    void each_translation_words_every_phase_with_a_name_a_purpose_and_as_many_prompts() {
        for (Protocol protocol : BUILT_IN) {
            for (var entry : protocol.translations().entrySet()) {
                String where = protocol.id() + " in " + entry.getKey();
                ProtocolText text = entry.getValue();
                assertNotNull(text.name(), where + ": name");
                assertNotNull(text.summary(), where + ": summary");
                assertEquals(protocol.phases().stream().map(Phase::id).toList(), List.copyOf(text.phases().keySet()),
                        where + ": the phases, in order");
                for (Phase phase : protocol.phases()) {
                    PhaseText words = text.phases().get(phase.id());
                    assertNotNull(words.name(), where + ", " + phase.id() + ": name");
                    assertNotNull(words.purpose(), where + ", " + phase.id() + ": purpose");
                    assertNotNull(words.prompts(), where + ", " + phase.id() + ": prompts");
                    assertEquals(phase.prompts().size(), words.prompts().size(), where + ", " + phase.id() + ": prompts");
                }
                Protocol worded = protocol.in(entry.getKey());
                assertNotEquals(protocol.name(), worded.name(), where + ": the name is translated");
            }
        }
    }
}
