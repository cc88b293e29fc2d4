package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeDraftTest {

    private static final String CONTEXT = "A team of six whose sprint estimates kept slipping by weeks";
    private static final String APPROACH = "Split every story until none was bigger than two days";
    private static final String OUTCOME = "Forecasts held for three sprints; splitting took a long meeting";

    @Test
    void a_complete_entry_has_no_problems_and_is_kept_trimmed() {
        assertEquals(List.of(), KnowledgeDraft.problems(CONTEXT, APPROACH, OUTCOME, List.of("planning")));
        KnowledgeDraft kept = KnowledgeDraft.of("  " + CONTEXT + "\n", APPROACH, "line one\nline two ", List.of());
        assertEquals(CONTEXT, kept.context());
        assertEquals("line one\nline two", kept.outcome(), "line breaks inside a text stay");
    }

    @Test
    void tags_are_optional() {
        assertEquals(List.of(), KnowledgeDraft.of(CONTEXT, APPROACH, OUTCOME, null).tags());
    }

    @Test
    void tags_are_kept_lower_cased_on_one_line_and_once() {
        KnowledgeDraft kept = KnowledgeDraft.of(CONTEXT, APPROACH, OUTCOME,
                List.of("Planning", " sprint   Estimates ", "planning", "CI"));
        assertEquals(List.of("planning", "sprint estimates", "ci"), kept.tags());
    }

    @Test
    void every_part_is_required_and_each_problem_names_its_field() {
        List<String> problems = KnowledgeDraft.problems(null, " ", "", List.of());
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("context"), problems::toString);
        assertTrue(problems.get(1).startsWith("approach"), problems::toString);
        assertTrue(problems.get(2).startsWith("outcome"), problems::toString);
    }

    @Test
    void each_text_holds_up_to_two_thousand_characters() {
        String longest = "x".repeat(KnowledgeDraft.MAX_TEXT);
        assertEquals(List.of(), KnowledgeDraft.problems(longest, longest, longest, List.of()));
        List<String> problems = KnowledgeDraft.problems(CONTEXT, longest + "x", OUTCOME, List.of());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("approach is 2001 characters"), problems::toString);
    }

    @Test
    void control_characters_are_refused() {
        List<String> problems = KnowledgeDraft.problems(CONTEXT, APPROACH, "done\u0000", List.of());
        assertTrue(problems.get(0).startsWith("outcome contains control characters"), problems::toString);
    }

    @Test
    void at_most_ten_tags_counted_after_folding_repeats() {
        List<String> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add("tag" + i);
        }
        List<String> tenAndARepeat = new ArrayList<>(ten);
        tenAndARepeat.add("TAG0");
        assertEquals(List.of(), KnowledgeDraft.problems(CONTEXT, APPROACH, OUTCOME, tenAndARepeat));
        List<String> eleven = new ArrayList<>(ten);
        eleven.add("tag10");
        List<String> problems = KnowledgeDraft.problems(CONTEXT, APPROACH, OUTCOME, eleven);
        assertEquals(List.of("tags holds 11 tags; at most 10 are allowed."), problems);
    }

    @Test
    void a_tag_is_not_blank_and_at_most_forty_characters() {
        assertEquals(List.of(), KnowledgeDraft.problems(CONTEXT, APPROACH, OUTCOME, List.of("t".repeat(40))));
        List<String> tooLong = KnowledgeDraft.problems(CONTEXT, APPROACH, OUTCOME, List.of("t".repeat(41)));
        assertTrue(tooLong.get(0).startsWith("tags: a tag is 41 characters"), tooLong::toString);
        List<String> blank = KnowledgeDraft.problems(CONTEXT, APPROACH, OUTCOME, List.of("ok", "  "));
        assertTrue(blank.get(0).startsWith("tags: a tag is required"), blank::toString);
    }

    @Test
    void an_entry_with_problems_cannot_be_made() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeDraft.of(CONTEXT, null, OUTCOME, List.of()));
        assertTrue(refused.getMessage().contains("approach"), refused::getMessage);
    }
}
