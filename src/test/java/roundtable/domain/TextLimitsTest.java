package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Outcomes.eventsOf;
import static roundtable.domain.Sessions.ANA;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How long what people type may be, and which characters make it unusable; cards as the example. */
class TextLimitsTest {

    private static final String EMOJI = "\uD83D\uDE42"; // one code point, two chars

    private final Sessions session = Sessions.running();

    private Decision post(String text) {
        return session.decide(ANA, new Command.AddCard(CardKind.NOTE, text, null, null));
    }

    private Decision postInColumn(String column) {
        return session.decide(ANA, new Command.AddCard(CardKind.NOTE, "text", column, null));
    }

    private static Card card(Decision decision) {
        return assertInstanceOf(Event.CardAdded.class, eventsOf(decision).get(0)).card();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", "\t \r\n"})
    void a_blank_card_is_a_bad_request_that_names_the_text(String text) {
        assertRejected(post(text), Reason.BAD_REQUEST, "text is required", "blank");
    }

    @Test
    void a_card_without_text_is_a_bad_request() {
        assertRejected(post(null), Reason.BAD_REQUEST, "text is required");
    }

    @Test
    void a_card_may_hold_2000_characters_but_not_2001() {
        assertEquals(2000, card(post("x".repeat(2000))).text().length());
        assertRejected(post("x".repeat(2001)), Reason.BAD_REQUEST, "text", "2001 characters", "at most 2000");
    }

    @Test
    void length_is_counted_in_characters_people_see_not_in_utf16_units() {
        assertEquals(4000, card(post(EMOJI.repeat(2000))).text().length());
        assertRejected(post(EMOJI.repeat(2001)), Reason.BAD_REQUEST, "2001 characters");
    }

    @Test
    void surrounding_blanks_do_not_count_towards_the_length() {
        assertEquals("x".repeat(2000), card(post("  \n" + "x".repeat(2000) + "\t \n")).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\b", "\u000B", "\f", "\u001B", "\u007F", "\u0085", "\u009B"})
    void control_characters_make_a_text_unusable(String control) {
        assertRejected(post("before" + control + "after"), Reason.BAD_REQUEST, "text", "control characters");
    }

    @Test
    void line_breaks_and_tabs_are_welcome_inside_a_card() {
        assertEquals("one\ntwo\r\nthree\tfour", card(post("one\ntwo\r\nthree\tfour")).text());
    }

    @Test
    void a_column_may_have_60_characters_but_not_61() {
        assertEquals("c".repeat(60), card(postInColumn("c".repeat(60))).column());
        assertRejected(postInColumn("c".repeat(61)), Reason.BAD_REQUEST, "column", "61", "60");
    }

    @Test
    void a_column_with_control_characters_is_refused() {
        assertRejected(postInColumn("Option\u0000A"), Reason.BAD_REQUEST, "column");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\u200B"})
    void a_blank_column_means_no_column(String column) {
        Decision decision = postInColumn(column);
        assertInstanceOf(Decision.Accepted.class, decision);
        assertNull(((Event.CardAdded) ((Decision.Accepted) decision).events().get(0)).card().column());
    }

    @Test
    void the_text_is_checked_before_the_column() {
        assertRejected(session.decide(ANA, new Command.AddCard(CardKind.NOTE, " ", " ", null)),
                Reason.BAD_REQUEST, "text");
    }

    @Test
    void a_usable_text_has_no_problem() {
        assertEquals(Optional.empty(), Limits.problem("name", " Ana\tSouza\n", Limits.NAME));
    }

    @Test
    void the_problem_names_the_field_it_was_asked_about() {
        assertEquals(Optional.of("nickname is required and may not be blank."), Limits.problem("nickname", null, 5));
        assertEquals(Optional.of("nickname is 6 characters long; at most 5 are allowed."),
                Limits.problem("nickname", "abcdef", 5));
        assertEquals(Optional.of("nickname contains control characters; remove them and try again."),
                Limits.problem("nickname", "a\u0000b", 5));
    }

    @Test
    void one_line_drops_surrounding_blanks_and_folds_inner_runs_of_white_space() {
        assertEquals("Ana Maria Souza", Limits.oneLine("\t Ana\r\n  Maria \n\n\tSouza \n"));
    }

    
    @Test
    void one_line_folds_unicode_line_and_paragraph_separators_too() {
        assertEquals("Ana Maria Souza", Limits.oneLine("Ana\u2028Maria\u2029Souza"));
    }

    @Test
    void blank_is_exactly_what_folds_to_nothing_for_every_character_alone_and_around_a_word() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String code = "U+" + Integer.toHexString(c);
            for (String text : new String[] {String.valueOf(c), " " + c + "\n", c + "a" + c}) {
                assertEquals(Limits.oneLine(text).isEmpty(), Limits.isBlank(text), code);
            }
        }
    }
}
