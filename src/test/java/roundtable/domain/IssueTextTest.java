package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static roundtable.domain.ForumProtocol.ISSUE;
import static roundtable.domain.Sessions.ANA;

import org.junit.jupiter.api.Test;

class IssueTextTest {

    private final Sessions session = Sessions.running().presenting(ANA).inPhase(ISSUE);

    @Test
    void no_issue_framed_yet_is_no_text() {
        assertEquals("", IssueText.of(Sessions.running().state()));
        assertEquals("", IssueText.of(session.state()));
    }

    @Test
    void the_issue_cards_in_board_order_one_per_line_and_nothing_else() {
        session.posted(ANA, CardKind.ISSUE, "  Our estimates slip every sprint ")
                .posted(ANA, CardKind.NOTE, "a note is not the issue")
                .posted(ANA, CardKind.ISSUE, "and the team is tired of re-planning");
        assertEquals("Our estimates slip every sprint\nand the team is tired of re-planning", IssueText.of(session.state()));
    }

    @Test
    void an_edited_issue_reads_as_it_now_is_and_a_removed_one_is_gone() {
        session.posted(ANA, CardKind.ISSUE, "Estimates slip");
        String first = session.state().cards().get(0).id();
        session.posted(ANA, CardKind.ISSUE, "Standups run long");
        String second = session.state().cards().get(1).id();
        session.by(ANA, new Command.EditCard(first, "Estimates slip by weeks"))
                .by(ANA, new Command.RemoveCard(second));
        assertEquals("Estimates slip by weeks", IssueText.of(session.state()));
    }
}
