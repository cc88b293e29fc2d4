package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopicDraftTest {

    @Test
    void a_title_alone_makes_a_topic_kept_on_one_line() {
        TopicDraft topic = TopicDraft.of("  How our\ndeploys   work ", null);
        assertEquals("How our deploys work", topic.title());
        assertNull(topic.details());
    }

    @Test
    void details_are_trimmed_and_blank_details_are_none() {
        assertEquals("Twice last month", TopicDraft.of("On-call", " Twice last month\n").details());
        assertNull(TopicDraft.of("On-call", "   ").details());
    }

    @Test
    void the_title_is_required_and_short() {
        assertTrue(TopicDraft.problems(null, null).get(0).startsWith("title is required"));
        assertEquals(List.of(), TopicDraft.problems("t".repeat(Limits.TITLE), null));
        assertTrue(TopicDraft.problems("t".repeat(Limits.TITLE + 1), null).get(0).startsWith("title is 121 characters"));
    }

    @Test
    void details_hold_up_to_two_thousand_characters() {
        List<String> problems = TopicDraft.problems("On-call", "d".repeat(TopicDraft.MAX_DETAILS + 1));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("details is 2001 characters"), problems::toString);
        assertThrows(IllegalArgumentException.class, () -> TopicDraft.of("On-call", "d".repeat(2001)));
    }

    @Test
    void statuses_and_circulation_read_from_their_product_names_only() {
        assertEquals(Optional.of(TopicStatus.PICKED), ProductName.find(TopicStatus.values(), "picked"));
        assertEquals(Optional.empty(), ProductName.find(TopicStatus.values(), "PICKED"));
        assertEquals(Optional.of(Circulation.CIRCULATED), ProductName.find(Circulation.values(), "circulated"));
        assertEquals(Optional.empty(), ProductName.find(Circulation.values(), "public"));
        assertEquals("circle", Circulation.CIRCLE.toString());
    }
}
