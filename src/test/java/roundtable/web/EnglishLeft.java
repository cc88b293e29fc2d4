package roundtable.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import roundtable.wire.Json;

/**
 * Finds English words left on a page that should speak another language, by the English catalogue
 * itself: every stretch of an English message (its text between placeholders) that the language
 * words differently must not be on the page. A stretch of one word is looked for only when that
 * word is not also a word of the language ("Name", "Timer", "Status" are German too); "Roundtable"
 * and what people typed are in no catalogue and so never count.
 */
final class EnglishLeft {

    private static final Path CATALOGUES = Path.of("web", "i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\w+}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final String EDGES = "[\\s.,:;·()“”«»„\"'–\\-]+";

    private final List<String> stretches = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    EnglishLeft(String language) {
        JsonNode english = read("en");
        english.fieldNames().forEachRemaining(keys::add);
        JsonNode other = read(language);
        Set<String> otherWords = new HashSet<>();
        other.forEach(value -> texts(value).forEach(text -> words(text).forEach(w -> otherWords.add(w.toLowerCase(Locale.ROOT)))));
        Set<String> found = new LinkedHashSet<>();
        english.fields().forEachRemaining(entry -> {
            List<String> theirs = texts(other.path(entry.getKey()));
            for (String text : texts(entry.getValue())) {
                if (theirs.contains(text)) {
                    continue;
                }
                for (String part : PLACEHOLDER.split(text)) {
                    String stretch = part.replaceAll("^" + EDGES + "|" + EDGES + "$", "");
                    List<String> words = words(stretch);
                    boolean sharedWord = words.size() == 1 && otherWords.contains(words.get(0).toLowerCase(Locale.ROOT));
                    if (stretch.matches(".*[A-Za-z]{3}.*") && !sharedWord) {
                        found.add(stretch);
                    }
                }
            }
        });
        stretches.addAll(found);
    }

    /** The English stretches found in {@code visibleText}, as whole words; empty when none is left. */
    List<String> in(String visibleText) {
        List<String> left = new ArrayList<>();
        for (String stretch : stretches) {
            if (Pattern.compile("(^|[^\\p{L}])" + Pattern.quote(stretch) + "($|[^\\p{L}])").matcher(visibleText).find()) {
                left.add(stretch);
            }
        }
        return left;
    }

    /** Message keys shown as they are: a key the catalogue lacked. */
    List<String> keysIn(String visibleText) {
        return keys.stream().filter(visibleText::contains).toList();
    }

    private static List<String> texts(JsonNode value) {
        List<String> texts = new ArrayList<>();
        if (value.isObject()) {
            value.forEach(form -> texts.add(form.asText()));
        } else if (value.isTextual()) {
            texts.add(value.asText());
        }
        return texts;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static JsonNode read(String language) {
        try {
            return Json.MAPPER.readTree(Files.readString(CATALOGUES.resolve(language + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
