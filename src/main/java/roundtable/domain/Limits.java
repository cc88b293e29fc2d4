package roundtable.domain;

import java.util.Optional;

/** How long the texts people type may be, and what makes a text unusable. */
public final class Limits {

    public static final int NAME = 60;
    public static final int TITLE = 120;
    public static final int CARD_TEXT = 2000;
    public static final int COLUMN = 60;

    private Limits() {
    }

    /**
     * Why a required text cannot be used, or empty when it can. Line breaks and tabs are fine;
     * other control characters are not, since they only ever arrive by accident or by malice.
     */
    public static Optional<String> problem(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return Optional.of(field + " is required and may not be blank.");
        }
        int length = value.strip().codePointCount(0, value.strip().length());
        if (length > max) {
            return Optional.of(field + " is " + length + " characters long; at most " + max + " are allowed.");
        }
        boolean controls = value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r');
        if (controls) {
            return Optional.of(field + " contains control characters; remove them and try again.");
        }
        return Optional.empty();
    }

    /** A one-line text: surrounding blanks dropped, inner runs of white space folded to one space. */
    public static String oneLine(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }
}
