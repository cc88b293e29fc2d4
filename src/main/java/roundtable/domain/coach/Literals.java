package roundtable.domain.coach;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds, in a regular expression, a few literal stretches of text at least one of which every
 * match must contain: for {@code \byou (?:should|must)\b} that is "you ". The coach tries a rule,
 * mask or spelling only on a text that contains one of them (found for all of them in one pass, see
 * {@link SearchIndex}), which keeps a review in the microseconds with a hundred rules.
 *
 * <p>The analysis is conservative: whatever it does not understand (classes with ranges, \w,
 * lookarounds, optional parts) contributes nothing, and when it cannot find a useful set it
 * returns none, so the pattern is always tried. Zero-width parts (\b, ^, lookarounds) do not break
 * a literal stretch, since they consume nothing. The patterns are matched case-insensitively
 * against lower-cased text, so the stretches are lower-cased too.
 */
final class Literals {

    /**
     * At most this many stretches: rules are checked through a {@link SearchIndex}, where their
     * number hardly matters, but masks and spellings check theirs one by one.
     */
    private static final int MAX_STRETCHES = 160;

    /** At most this many texts a match can begin with: each is looked for in the sentence. */
    private static final int MAX_STARTS = 32;

    /** In {@link #starts}, the start of the text. */
    static final String AT_START = "\u0000";

    private final String regex;
    private int at;

    private Literals(String regex) {
        this.regex = regex;
    }

    /** The stretches, or an empty list when the pattern must always be tried. */
    static List<String> required(String regex) {
        return read(regex, root -> {
            Set<String> found = root.required();
            if (found == null || found.isEmpty() || found.size() > MAX_STRETCHES || weakest(found) == 0) {
                return List.of();
            }
            return List.copyOf(found);
        });
    }

    /**
     * Texts one of which every match begins with (zero-width parts like \\b aside); a text that
     * starts with {@link #AT_START} stands for the start of the sentence (a {@code ^}). Empty when
     * unknown. A match can then only start where one of them occurs, so instead of trying every
     * position the coach tries those.
     */
    static List<String> starts(String regex) {
        return read(regex, root -> {
            Set<String> starts = root.starts();
            if (starts == null || starts.isEmpty() || starts.contains("")) {
                return List.of();
            }
            // A beginning of a start is a start too: cut them shorter until there are few enough.
            int longest = starts.stream().mapToInt(String::length).max().orElse(0);
            Set<String> kept = shortestFirst(starts, longest);
            for (int length = longest - 1; kept.size() > MAX_STARTS && length >= 1; length--) {
                kept = shortestFirst(kept, length);
            }
            return kept.size() > MAX_STARTS || weakest(kept) == 0 ? List.of() : List.copyOf(kept);
        });
    }

    /**
     * What {@code reading} finds in the pattern's tree; nothing (the pattern is always tried) when
     * the pattern uses more than this parser knows.
     */
    private static List<String> read(String regex, Function<Node, List<String>> reading) {
        try {
            Literals parser = new Literals(regex);
            Node root = parser.alternation();
            return parser.at == regex.length() ? reading.apply(root) : List.of();
        } catch (RuntimeException unexpected) {
            return List.of();
        }
    }

    /**
     * The starts cut to at most {@code length} characters, without those that begin with another
     * (looking for the shorter one finds both); the start of the text stays {@link #AT_START}.
     */
    private static Set<String> shortestFirst(Set<String> starts, int length) {
        Set<String> cut = new LinkedHashSet<>();
        for (String start : starts) {
            cut.add(start.startsWith(AT_START) ? AT_START : start.substring(0, Math.min(length, start.length())));
        }
        return withoutCovered(cut, String::startsWith);
    }

    /** The set without each string that {@code covers} another of the set (looking for that one finds both). */
    private static Set<String> withoutCovered(Set<String> set, BiPredicate<String, String> covers) {
        Set<String> kept = new LinkedHashSet<>();
        for (String s : set) {
            if (set.stream().noneMatch(other -> !other.equals(s) && covers.test(s, other))) {
                kept.add(s);
            }
        }
        return kept;
    }

    /** How telling the weakest stretch of a set is: its length without spaces, as far as 6. */
    private static int weakest(Set<String> set) {
        int min = Integer.MAX_VALUE;
        for (String s : set) {
            min = Math.min(min, s.replace(" ", "").length());
        }
        return Math.min(min, 6);
    }

    private static double averageLength(Set<String> set) {
        return set.stream().mapToInt(String::length).average().orElse(0);
    }

    /**
     * Of two candidate sets, the one that filters better: the one whose weakest stretch is longer
     * (a space or a single letter tells little), then the one with longer stretches on average
     * ("empfehle, rate…" rather than "ich "), then the smaller.
     */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null || a.isEmpty() || a.size() > MAX_STRETCHES) {
            return b == null || b.isEmpty() ? a : b;
        }
        if (b == null || b.isEmpty() || b.size() > MAX_STRETCHES) {
            return a;
        }
        int wa = weakest(a);
        int wb = weakest(b);
        if (wa != wb) {
            return wa > wb ? a : b;
        }
        double la = averageLength(a);
        double lb = averageLength(b);
        if (Math.abs(la - lb) >= 1) {
            return la > lb ? a : b;
        }
        return a.size() <= b.size() ? a : b;
    }

    /** Every string of {@code a} followed by every string of {@code b}, or null when there would be too many. */
    private static Set<String> cross(Set<String> a, Set<String> b) {
        if (a == null || b == null || (long) a.size() * b.size() > MAX_STRETCHES) {
            return null;
        }
        Set<String> product = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                product.add(x + y);
            }
        }
        return product;
    }

    /** The set without the stretches that contain another of its stretches (finding that one is enough). */
    private static Set<String> minimal(Set<String> set) {
        return set == null ? null : withoutCovered(set, String::contains);
    }

    // ---- a small parser for the subset of java.util.regex the coach's patterns use -------------

    private interface Node {
        /** A set of stretches one of which every match contains, or null when none is known. */
        Set<String> required();

        /** Every text this node can match, when there are few of them (zero-width nodes match ""), else null. */
        default Set<String> texts() {
            return null;
        }

        /** Whether it consumes no text. */
        default boolean zeroWidth() {
            return false;
        }

        /** Like {@link #texts}, but a start anchor is {@link #AT_START} rather than "". */
        default Set<String> startTexts() {
            return texts();
        }

        /** Texts one of which every match of this node begins with, or null when unknown. */
        default Set<String> starts() {
            return startTexts();
        }
    }

    private record Char(String text) implements Node {
        Char {
            text = text.toLowerCase(Locale.ROOT);
        }

        @Override
        public Set<String> required() {
            return Set.of(text);
        }

        @Override
        public Set<String> texts() {
            return Set.of(text);
        }
    }

    /** A class of listed characters, like [áàâ]: one of them is there. */
    private record Chars(Set<String> chars) implements Node {

        @Override
        public Set<String> required() {
            return chars;
        }

        @Override
        public Set<String> texts() {
            return chars.size() <= MAX_STRETCHES ? chars : null;
        }
    }

    /** Anything else: \\w, ., a class with ranges, an anchor, a lookaround; guarantees no text. */
    private record Opaque(boolean zeroWidth, boolean atStart) implements Node {
        Opaque(boolean zeroWidth) {
            this(zeroWidth, false);
        }

        @Override
        public Set<String> startTexts() {
            return atStart ? Set.of(AT_START) : texts();
        }

        @Override
        public Set<String> required() {
            return null;
        }

        @Override
        public Set<String> texts() {
            return zeroWidth ? Set.of("") : null;
        }

        @Override
        public boolean zeroWidth() {
            return zeroWidth;
        }
    }

    private record Repeat(Node atom, int min, int max) implements Node {

        @Override
        public Set<String> required() {
            return min == 0 ? null : atom.required();
        }

        @Override
        public Set<String> starts() {
            return min >= 1 ? atom.starts() : texts();
        }

        @Override
        public Set<String> texts() {
            if (atom.zeroWidth()) {
                return Set.of("");
            }
            if (min == 0 && max == 1) {
                Set<String> once = atom.texts();
                if (once == null || once.size() + 1 > MAX_STRETCHES) {
                    return null;
                }
                Set<String> optional = new LinkedHashSet<>(once);
                optional.add("");
                return optional;
            }
            return null;
        }

        @Override
        public boolean zeroWidth() {
            return atom.zeroWidth();
        }
    }

    private record Sequence(List<Node> parts) implements Node {

        /**
         * The best of: each stretch of parts with few possible texts, spelt out ("(?:no|nunca) "
         * gives "no ", "nunca "), and what each other part requires.
         */
        @Override
        public Set<String> required() {
            Set<String> best = null;
            Set<String> prefixes = Set.of("");
            for (Node part : parts) {
                Set<String> joined = cross(prefixes, part.texts());
                if (joined != null) {
                    prefixes = joined;
                    continue;
                }
                best = better(best, minimal(prefixes));
                prefixes = Set.of("");
                Set<String> alone = part.texts();
                if (alone != null) {
                    prefixes = alone;
                } else {
                    best = better(best, part.required());
                }
            }
            return better(best, minimal(prefixes));
        }

        @Override
        public Set<String> starts() {
            Set<String> current = Set.of("");
            for (Node part : parts) {
                Set<String> texts = part.startTexts();
                if (texts != null) {
                    Set<String> joined = cross(current, texts);
                    if (joined == null) {
                        return withoutEmpty(current);
                    }
                    current = joined;
                    continue;
                }
                Set<String> own = part.starts();
                Set<String> joined = own == null || own.contains("") ? null : cross(current, own);
                return withoutEmpty(joined != null ? joined : current);
            }
            return withoutEmpty(current);
        }

        @Override
        public Set<String> texts() {
            return crossed(Node::texts);
        }

        @Override
        public Set<String> startTexts() {
            return crossed(Node::startTexts);
        }

        /** Every way through the parts, each part's text from {@code textsOf}, or null when there are too many. */
        private Set<String> crossed(Function<Node, Set<String>> textsOf) {
            Set<String> all = Set.of("");
            for (Node part : parts) {
                all = cross(all, textsOf.apply(part));
                if (all == null) {
                    return null;
                }
            }
            return all;
        }

        @Override
        public boolean zeroWidth() {
            return parts.stream().allMatch(Node::zeroWidth);
        }
    }

    /** The set, or null when one of its texts is empty (a match could begin anywhere). */
    private static Set<String> withoutEmpty(Set<String> set) {
        return set == null || set.contains("") ? null : set;
    }

    private record Alternation(List<Node> branches) implements Node {

        @Override
        public Set<String> required() {
            return minimal(united(Node::required, Set::isEmpty, Integer.MAX_VALUE));
        }

        @Override
        public Set<String> starts() {
            return united(Node::starts, set -> set.contains(""), Integer.MAX_VALUE);
        }

        @Override
        public Set<String> startTexts() {
            return united(Node::startTexts, set -> false, MAX_STRETCHES);
        }

        @Override
        public Set<String> texts() {
            return united(Node::texts, set -> false, MAX_STRETCHES);
        }

        /**
         * Every branch's set from {@code setOf} together: one branch that may match anywhere (its set
         * null or {@code unusable}) makes the whole unknown (null), and so do more than {@code most}.
         */
        private Set<String> united(Function<Node, Set<String>> setOf, Predicate<Set<String>> unusable, int most) {
            Set<String> union = new LinkedHashSet<>();
            for (Node branch : branches) {
                Set<String> set = setOf.apply(branch);
                if (set == null || unusable.test(set)) {
                    return null;
                }
                union.addAll(set);
            }
            return union.size() > most ? null : union;
        }

        @Override
        public boolean zeroWidth() {
            return branches.stream().allMatch(Node::zeroWidth);
        }
    }

    private Node alternation() {
        List<Node> branches = new ArrayList<>();
        branches.add(sequence());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        return branches.size() == 1 ? branches.get(0) : new Alternation(branches);
    }

    private Node sequence() {
        List<Node> parts = new ArrayList<>();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            parts.add(quantified(atom()));
        }
        return new Sequence(parts);
    }

    private Node quantified(Node atom) {
        if (at >= regex.length()) {
            return atom;
        }
        char c = regex.charAt(at);
        int min;
        int max;
        if (c == '?') {
            at++;
            min = 0;
            max = 1;
        } else if (c == '*') {
            at++;
            min = 0;
            max = -1;
        } else if (c == '+') {
            at++;
            min = 1;
            max = -1;
        } else if (c == '{' && at + 1 < regex.length() && Character.isDigit(regex.charAt(at + 1))) {
            int close = regex.indexOf('}', at);
            String bounds = regex.substring(at + 1, close);
            int comma = bounds.indexOf(',');
            min = Integer.parseInt(comma < 0 ? bounds : bounds.substring(0, comma));
            String upper = comma < 0 ? bounds : bounds.substring(comma + 1);
            max = upper.isEmpty() ? -1 : Integer.parseInt(upper);
            at = close + 1;
        } else {
            return atom;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        return new Repeat(atom, min, max);
    }

    private Node atom() {
        char c = regex.charAt(at);
        switch (c) {
            case '(':
                return group();
            case '[':
                return characterClass();
            case '\\':
                return escape();
            case '.':
                at++;
                return new Opaque(false);
            case '^':
                at++;
                return new Opaque(true, true);
            case '$':
                at++;
                return new Opaque(true);
            default:
                at++;
                return new Char(String.valueOf(c));
        }
    }

    private Node group() {
        at++;
        boolean lookaround = false;
        if (regex.startsWith("?:", at)) {
            at += 2;
        } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
            at += 2;
            lookaround = true;
        } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
            at += 3;
            lookaround = true;
        } else if (regex.startsWith("?<", at)) {
            at = regex.indexOf('>', at) + 1;
        } else if (at < regex.length() && regex.charAt(at) == '?') {
            throw new IllegalArgumentException("inline flags or other constructs are not analysed");
        }
        Node inner = alternation();
        if (at >= regex.length() || regex.charAt(at) != ')') {
            throw new IllegalArgumentException("unbalanced group");
        }
        at++;
        return lookaround ? new Opaque(true) : inner;
    }

    private Node characterClass() {
        int start = at;
        at++;
        boolean simple = true;
        Set<String> chars = new LinkedHashSet<>();
        if (at < regex.length() && regex.charAt(at) == '^') {
            simple = false;
            at++;
        }
        boolean first = true;
        while (at < regex.length() && (regex.charAt(at) != ']' || first)) {
            first = false;
            char c = regex.charAt(at);
            if (c == '[') {
                throw new IllegalArgumentException("nested classes are not analysed");
            }
            if (c == '\\') {
                String escaped = escapedChar();
                if (escaped == null) {
                    simple = false;
                } else {
                    chars.add(escaped.toLowerCase(Locale.ROOT));
                }
                continue;
            }
            if (c == '-' && at + 1 < regex.length() && regex.charAt(at + 1) != ']' && at > start + 1) {
                simple = false;
            }
            if (c == '&') {
                simple = false;
            }
            chars.add(String.valueOf(c).toLowerCase(Locale.ROOT));
            at++;
        }
        at++;
        return simple && !chars.isEmpty() ? new Chars(chars) : new Opaque(false);
    }

    /** An escape inside a class or outside: the character it stands for, or null for a class like \w. */
    private String escapedChar() {
        char next = regex.charAt(at + 1);
        if (next == 'u') {
            String hex = regex.substring(at + 2, at + 6);
            at += 6;
            return String.valueOf((char) Integer.parseInt(hex, 16));
        }
        if (next == 'p' || next == 'P') {
            at = regex.indexOf('}', at) + 1;
            return null;
        }
        at += 2;
        switch (next) {
            case 'w': case 'W': case 's': case 'S': case 'd': case 'D': case 'b': case 'B': case 'A': case 'z':
            case 'Z': case 'G': case 'R': case 'h': case 'H': case 'v': case 'V': case 'X':
                return null;
            case 't':
                return "\t";
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case 'f':
                return "\f";
            default:
                if (Character.isLetterOrDigit(next)) {
                    throw new IllegalArgumentException("escape \\" + next + " is not analysed");
                }
                return String.valueOf(next);
        }
    }

    private Node escape() {
        char next = regex.charAt(at + 1);
        if (next == 'Q') {
            int end = regex.indexOf("\\E", at + 2);
            String quoted = end < 0 ? regex.substring(at + 2) : regex.substring(at + 2, end);
            at = end < 0 ? regex.length() : end + 2;
            List<Node> chars = new ArrayList<>();
            for (char c : quoted.toCharArray()) {
                chars.add(new Char(String.valueOf(c)));
            }
            return new Sequence(chars);
        }
        if (next == 'b' || next == 'B' || next == 'A' || next == 'z' || next == 'Z' || next == 'G') {
            at += 2;
            return new Opaque(true);
        }
        String c = escapedChar();
        return c == null ? new Opaque(false) : new Char(c);
    }
}
