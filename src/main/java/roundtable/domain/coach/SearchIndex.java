package roundtable.domain.coach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the rules of a phase (or a language's spellings or masks) are searched quickly; derived from
 * them, it changes no verdict.
 *
 * <ul>
 *   <li>Each rule comes with the stretches one of which every match of it contains
 *       ({@link Rule#anyOf()}); one pass over a sentence finds which rules have one, and the
 *       others, which cannot match, are not searched at all. A rule without stretches is always
 *       searched.</li>
 *   <li>The coach only ever searches lower-cased text, so a rule whose pattern has no upper-case
 *       letter of its own is searched with a case-sensitive copy of it, which finds the same
 *       matches without folding the case of every character it compares. (The rules keep their
 *       case-insensitive pattern: that is what they mean, and what any other text would need.)</li>
 * </ul>
 */
public final class SearchIndex {

    private static final int BUCKETS = 1 << 12;

    private final List<List<String>> sets;
    private final Pattern[] patterns;
    private final String[][] starts;
    private final String[] replacements;
    private final boolean[] always;
    private final Entry[][] byOne;
    private final Entry[][] byTwo;
    private final Entry[][] byThree;

    /** A stretch and the rules that need it: the stretch is looked for once, however many rules share it. */
    private record Entry(String stretch, int[] items) {
    }

    private SearchIndex(List<List<String>> stretchSets, List<Pattern> searched, List<String> replacements) {
        this.replacements = replacements.toArray(new String[0]);
        this.patterns = new Pattern[searched.size()];
        this.starts = new String[searched.size()][];
        this.always = new boolean[searched.size()];
        Map<String, List<Integer>> itemsByStretch = new LinkedHashMap<>();
        for (int item = 0; item < searched.size(); item++) {
            List<String> stretches = stretchSets.get(item);
            patterns[item] = forLowerCase(searched.get(item));
            String regex = patterns[item].pattern();
            starts[item] = regex.startsWith("^") ? new String[0] : Literals.starts(regex).toArray(new String[0]);
            if (stretches.isEmpty() || stretches.contains("")) {
                always[item] = true;
            }
            for (String stretch : stretches) {
                if (!stretch.isEmpty()) {
                    itemsByStretch.computeIfAbsent(stretch, s -> new ArrayList<>()).add(item);
                }
            }
        }
        List<List<Entry>> one = buckets();
        List<List<Entry>> two = buckets();
        List<List<Entry>> three = buckets();
        for (Map.Entry<String, List<Integer>> byStretch : itemsByStretch.entrySet()) {
            String stretch = byStretch.getKey();
            Entry entry = new Entry(stretch, byStretch.getValue().stream().mapToInt(Integer::intValue).toArray());
            switch (stretch.length()) {
                case 1:
                    add(one, key(stretch.charAt(0)), entry);
                    break;
                case 2:
                    add(two, key(stretch.charAt(0), stretch.charAt(1)), entry);
                    break;
                default:
                    add(three, key(stretch.charAt(0), stretch.charAt(1), stretch.charAt(2)), entry);
            }
        }
        this.sets = List.copyOf(stretchSets);
        this.byOne = toArrays(one);
        this.byTwo = toArrays(two);
        this.byThree = toArrays(three);
    }

    /** The index of these rules, in their order. */
    public static SearchIndex of(List<Rule> rules) {
        return new SearchIndex(rules.stream().map(Rule::anyOf).collect(Collectors.toList()),
                rules.stream().map(Rule::pattern).collect(Collectors.toList()), List.of());
    }

    /** The index of a language's spellings, in their order. */
    static SearchIndex ofSpellings(List<Spelling> spellings) {
        return new SearchIndex(spellings.stream().map(Spelling::anyOf).collect(Collectors.toList()),
                spellings.stream().map(Spelling::pattern).collect(Collectors.toList()),
                spellings.stream().map(Spelling::replacement).collect(Collectors.toList()));
    }

    /** The index of a language's masks, in their order. */
    static SearchIndex ofMasks(List<Mask> masks) {
        return new SearchIndex(masks.stream().map(Mask::anyOf).collect(Collectors.toList()),
                masks.stream().map(Mask::pattern).collect(Collectors.toList()),
                masks.stream().map(mask -> Mask.BLANK).collect(Collectors.toList()));
    }

    /** How many items (rules, spellings or masks) it indexes. */
    int size() {
        return patterns.length;
    }

    /** For each rule, in order, whether it may match {@code text} (false means it certainly does not). */
    boolean[] mayMatch(String text) {
        boolean[] found = always.clone();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c0 = text.charAt(i);
            check(byOne[key(c0)], text, i, found);
            if (i + 1 < length) {
                char c1 = text.charAt(i + 1);
                check(byTwo[key(c0, c1)], text, i, found);
                if (i + 2 < length) {
                    check(byThree[key(c0, c1, text.charAt(i + 2))], text, i, found);
                }
            }
        }
        return found;
    }

    /**
     * Whether item number {@code item} matches {@code text}, a normalised (lower-cased) sentence.
     * When every match of it begins with one of a few known texts ({@link Literals#starts}), a
     * match is only tried where one of them occurs, rather than at every position.
     */
    boolean find(int item, String text) {
        Matcher matcher = patterns[item].matcher(text);
        String[] begins = starts[item];
        if (begins.length == 0) {
            return matcher.find();
        }
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        for (String begin : begins) {
            if (begin.equals(Literals.AT_START)) {
                if (matcher.region(0, text.length()).lookingAt()) {
                    return true;
                }
                continue;
            }
            for (int at = text.indexOf(begin); at >= 0; at = text.indexOf(begin, at + 1)) {
                if (matcher.region(at, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code text} with every match of each spelling or mask, in order, replaced by its literal
     * replacement. After a replacement that changed the text, what the later ones may find is
     * looked for again: a replacement can bring in what a later spelling looks for.
     */
    String replaceEach(String text) {
        boolean[] may = mayMatch(text);
        String result = text;
        for (int item = 0; item < patterns.length; item++) {
            if (may[item]) {
                String replaced = replaceAll(item, result);
                if (!replaced.equals(result)) {
                    result = replaced;
                    may = mayMatch(result);
                }
            }
        }
        return result;
    }

    /**
     * What {@code Matcher.replaceAll} gives, found like {@link #find}: when every match begins with
     * one of a few known texts, matches are only tried where those occur, left to right, each
     * after the end of the one before.
     */
    private String replaceAll(int item, String text) {
        Matcher matcher = patterns[item].matcher(text);
        String[] begins = starts[item];
        if (begins.length == 0) {
            return matcher.replaceAll(Matcher.quoteReplacement(replacements[item]));
        }
        int[] candidates = candidates(begins, text);
        if (candidates.length == 0) {
            return text;
        }
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder out = null;
        int copied = 0;
        int next = 0;
        for (int at : candidates) {
            if (at < next || !matcher.region(at, text.length()).lookingAt()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, copied, at).append(replacements[item]);
            copied = matcher.end();
            next = matcher.end() > at ? matcher.end() : at + 1;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The positions, in order and each once, where one of {@code begins} occurs in {@code text}. */
    private static int[] candidates(String[] begins, String text) {
        int[] positions = new int[8];
        int count = 0;
        for (String begin : begins) {
            if (begin.equals(Literals.AT_START)) {
                positions = push(positions, count++, 0);
                continue;
            }
            for (int at = text.indexOf(begin); at >= 0; at = text.indexOf(begin, at + 1)) {
                positions = push(positions, count++, at);
            }
        }
        int[] found = Arrays.copyOf(positions, count);
        Arrays.sort(found);
        int distinct = 0;
        for (int i = 0; i < found.length; i++) {
            if (i == 0 || found[i] != found[i - 1]) {
                found[distinct++] = found[i];
            }
        }
        return Arrays.copyOf(found, distinct);
    }

    private static int[] push(int[] positions, int count, int at) {
        int[] grown = count < positions.length ? positions : Arrays.copyOf(positions, positions.length * 2);
        grown[count] = at;
        return grown;
    }

    private static void check(Entry[] bucket, String text, int at, boolean[] found) {
        if (bucket != null) {
            for (Entry entry : bucket) {
                if (text.startsWith(entry.stretch, at)) {
                    for (int item : entry.items) {
                        found[item] = true;
                    }
                }
            }
        }
    }

    /**
     * A case-sensitive copy of {@code pattern} when it has no upper-case letter of its own (letters
     * after a backslash, as in \W or \p{L}, are syntax, not text), else the pattern itself.
     */
    static Pattern forLowerCase(Pattern pattern) {
        String regex = pattern.pattern();
        boolean escaped = false;
        int braces = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (escaped) {
                escaped = false;
                if ((c == 'p' || c == 'P') && i + 1 < regex.length() && regex.charAt(i + 1) == '{') {
                    braces = 1;
                    i++;
                }
                continue;
            }
            if (braces > 0) {
                braces = c == '}' ? 0 : braces;
                continue;
            }
            if (c == '\\') {
                escaped = true;
            } else if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return pattern;
            }
        }
        return Pattern.compile(regex, pattern.flags() & ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static int key(char c) {
        return c & (BUCKETS - 1);
    }

    private static int key(char c0, char c1) {
        return (c0 * 31 + c1) & (BUCKETS - 1);
    }

    private static int key(char c0, char c1, char c2) {
        return ((c0 * 31 + c1) * 31 + c2) & (BUCKETS - 1);
    }

    private static List<List<Entry>> buckets() {
        List<List<Entry>> buckets = new ArrayList<>(BUCKETS);
        for (int i = 0; i < BUCKETS; i++) {
            buckets.add(null);
        }
        return buckets;
    }

    private static void add(List<List<Entry>> buckets, int bucket, Entry entry) {
        if (buckets.get(bucket) == null) {
            buckets.set(bucket, new ArrayList<>());
        }
        buckets.get(bucket).add(entry);
    }

    private static Entry[][] toArrays(List<List<Entry>> buckets) {
        Entry[][] arrays = new Entry[buckets.size()][];
        for (int i = 0; i < arrays.length; i++) {
            List<Entry> bucket = buckets.get(i);
            arrays[i] = bucket == null ? null : bucket.toArray(new Entry[0]);
        }
        return arrays;
    }

    /** Two indexes are equal when they index the same stretches and patterns: the index is derived data. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof SearchIndex)) {
            return false;
        }
        SearchIndex that = (SearchIndex) other;
        if (!that.sets.equals(sets) || that.patterns.length != patterns.length) {
            return false;
        }
        for (int i = 0; i < patterns.length; i++) {
            if (!patterns[i].pattern().equals(that.patterns[i].pattern()) || patterns[i].flags() != that.patterns[i].flags()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sets);
    }

    @Override
    public String toString() {
        return "SearchIndex of " + patterns.length + " rules";
    }
}
