package roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import roundtable.domain.coach.Languages;

/**
 * The browser speaks exactly the languages the server speaks, and every one of them completely:
 * src/test/js/catalogues.mjs, run under node, checks that web/i18n has one catalogue per language of
 * {@link Languages#SUPPORTED} (and the picker lists them in that order), that each has exactly the
 * English keys with the same placeholders and the plural forms its language needs, that every key
 * the pages ask for exists and every key is asked for.
 */
class ClientCataloguesTest {

    private static final Path SCRIPT = Path.of("src", "test", "js", "catalogues.mjs");

    @Test
    void every_catalogue_has_the_english_keys_and_the_pages_ask_for_no_other() throws Exception {
        NodeScript.assumeNode("the catalogue test");
        NodeScript.Result result = NodeScript.run(SCRIPT, Languages.codes());
        assertEquals(0, result.exitCode(), () -> "the catalogues disagree:\n" + result.output());
    }
}
