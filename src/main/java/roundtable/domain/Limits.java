package roundtable.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** How long the texts people type may be, and what makes a text unusable. */
public final class Limits {

    public static final int NAME = 60;
    public static final int TITLE = 120;
    public static final int CARD_TEXT = 2000;
    public static final int COLUMN = 60;

    private static final Pattern INVISIBLE = Pattern.compile(
            "(?U)[\\s\\u00A0\\u200B\\u2060\\uFEFF]+");

    private Limits() {
    }

    /**
     * Why a required text cannot be used, or empty when it can. Line breaks and tabs are fine;
     * other control characters are not, since they only ever arrive by accident or by malice.
     */
    public static Optional<String> problem(String field, String value, int max) {
        if (value == null || isBlank(value)) {
            return Optional.of(field + " is required and may not be blank.");
        }
        int length = value.strip().codePointCount(0, value.strip().length());
        if (length > max) {
            return Optional.of(field + " is " + length + " characters long; at most " + max + " are allowed.");
        }
        if (value.codePoints().anyMatch(Limits::isForbidden)) {
            return Optional.of(field + " contains control characters; remove them and try again.");
        }
        return Optional.empty();
    }

    /**
     * A one-line text: runs of any Unicode white space (line and paragraph separators included)
     * and invisible spaces folded to one space, the ends trimmed.
     */
    public static String oneLine(String value) {
        return INVISIBLE.matcher(value).replaceAll(" ").strip();
    }

    /**
     * Whether {@link #oneLine} would leave nothing, without building the line: every card is checked,
     * and the pattern cost a card more than deciding on it.
     */
    static boolean isBlank(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // Unicode White_Space (what (?U)\s matches), the invisible spaces, and what strip() removes besides
            boolean whiteSpace = Character.isSpaceChar(c) || (c >= 0x09 && c <= 0x0D) || c == 0x85;
            boolean invisible = c == 0x200B || c == 0x2060 || c == 0xFEFF;
            boolean stripped = c >= 0x1C && c <= 0x1F;
            if (!whiteSpace && !invisible && !stripped) {
                return false;
            }
        }
        return true;
    }

    /**
     * Control characters other than line breaks and tabs, and the bidirectional overrides that
     * can make a text read differently from what it says.
     */
    private static boolean isForbidden(int c) {
        boolean control = Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r';
        boolean bidiOverride = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        return control || bidiOverride;
    }
}
