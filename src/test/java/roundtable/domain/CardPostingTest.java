package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static roundtable.domain.ForumProtocol.CHECK_IN;
import static roundtable.domain.ForumProtocol.COMMITMENT;
import static roundtable.domain.ForumProtocol.ISSUE;
import static roundtable.domain.ForumProtocol.QUESTIONS;
import static roundtable.domain.ForumProtocol.SHARES;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Outcomes.eventsOf;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.CAI;
import static roundtable.domain.Sessions.FACILITATOR;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Posting a card: what each phase accepts, and who may post in it. */
class CardPostingTest {

    private final Sessions session = Sessions.running();

    private static Command.AddCard card(CardKind kind, String text) {
        return new Command.AddCard(kind, text, null, null);
    }

    private Card posted(Decision decision) {
        return assertInstanceOf(Event.CardAdded.class, eventsOf(decision).get(0)).card();
    }

    @Test
    void a_participant_posts_a_card_of_a_kind_the_phase_accepts() {
        assertAccepted(session.decide(ANA, card(CardKind.NOTE, "Tired but here.")),
                new Event.CardAdded(new Card("c1", CardKind.NOTE, "Tired but here.", ANA, CHECK_IN, null, false, false, null, List.of(), session.now(), null),
                        session.now()));
    }

    @ParameterizedTest
    @ValueSource(strings = {FACILITATOR, ANA, BEN, CAI})
    void in_a_phase_open_to_all_everyone_but_the_observer_posts(String author) {
        assertEquals(author, posted(session.decide(author, card(CardKind.NOTE, "Present."))).authorId());
    }

    @Test
    void the_text_loses_surrounding_blanks_but_keeps_its_inner_lines() {
        Card card = posted(session.decide(ANA, card(CardKind.NOTE, " \n First line\n\n  second\tpart \r\n")));
        assertEquals("First line\n\n  second\tpart", card.text());
    }

    @Test
    void a_card_belongs_to_the_phase_it_was_posted_in() {
        session.inPhase(SHARES).posted(ANA, CardKind.STORY, "The first time we tried it...");
        assertEquals(SHARES, session.state().card("c1").orElseThrow().phaseId());
    }

    @Test
    void cards_are_numbered_in_the_order_they_are_posted() {
        session.posted(ANA, CardKind.NOTE, "one").posted(BEN, CardKind.NOTE, "two")
                .posted(FACILITATOR, CardKind.NOTE, "three");
        assertEquals(List.of("c1", "c2", "c3"), session.state().cards().stream().map(Card::id).toList());
    }

    @Test
    void a_removed_cards_number_is_never_given_out_again() {
        session.posted(ANA, CardKind.NOTE, "one").posted(BEN, CardKind.NOTE, "two")
                .by(BEN, new Command.RemoveCard("c2")).by(ANA, new Command.RemoveCard("c1"));
        assertEquals("c3", posted(session.decide(CAI, card(CardKind.NOTE, "three"))).id());
    }

    @Test
    void a_column_is_folded_to_one_line() {
        Card card = posted(session.decide(ANA, new Command.AddCard(CardKind.NOTE, "text", "  Option\n  A ", null)));
        assertEquals("Option A", card.column());
    }

    @Test
    void a_card_is_on_the_record_unless_asked_otherwise() {
        assertEquals(false, posted(session.decide(ANA, new Command.AddCard(CardKind.NOTE, "x", null, null))).offRecord());
        assertEquals(false, posted(session.decide(ANA, new Command.AddCard(CardKind.NOTE, "x", null, false))).offRecord());
        assertEquals(true, posted(session.decide(ANA, new Command.AddCard(CardKind.NOTE, "x", null, true))).offRecord());
    }

    @Test
    void a_card_without_a_kind_is_a_bad_request_that_names_the_accepted_kinds() {
        session.presenting(ANA).inPhase(ISSUE);
        assertRejected(session.decide(ANA, card(null, "My issue")), Reason.BAD_REQUEST, "kind", "issue, note cards");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "check-in   | QUESTION | 'Check-in' takes note cards, not question cards.",
        "questions  | NOTE     | 'Probing questions' takes question cards, not note cards.",
        "shares     | QUESTION | 'Experience shares' takes experience, story cards, not question cards.",
        "commitment | TAKEAWAY | 'Presenter's commitment' takes orientation cards, not takeaway cards.",
        "check-out  | ISSUE    | 'Check-out' takes note, takeaway cards, not issue cards."})
    void a_kind_the_phase_does_not_take_is_refused_naming_the_kinds_it_takes(String phase, CardKind kind,
                                                                          String message) {
        session.presenting(ANA).inPhase(phase);
        String author = phase.equals(COMMITMENT) ? ANA : BEN;
        assertEquals(new Decision.Rejected(Reason.INVALID_STATE, message), session.decide(author, card(kind, "x")));
    }

    @Test
    void a_phase_that_takes_no_cards_says_so() {
        Sessions silent = Sessions.running(ForumProtocol.silent());
        assertRejected(silent.decide(ANA, card(CardKind.NOTE, "x")), Reason.INVALID_STATE, "takes no cards");
        assertRejected(silent.decide(ANA, card(null, "x")), Reason.BAD_REQUEST, "accepts no cards");
    }

    @ParameterizedTest
    @ValueSource(strings = {FACILITATOR, ANA})
    void in_a_presenter_only_phase_nobody_posts_before_a_presenter_is_picked(String author) {
        session.inPhase(ISSUE);
        assertRejected(session.decide(author, card(CardKind.ISSUE, "x")), Reason.INVALID_STATE,
                "'Issue presentation'", "nobody presents yet", "picks the presenter");
    }

    @Test
    void in_a_presenter_only_phase_the_presenter_posts() {
        session.presenting(ANA).inPhase(ISSUE);
        assertAccepted(session.decide(ANA, card(CardKind.ISSUE, "Whether to sell the company.")),
                new Event.CardAdded(new Card("c1", CardKind.ISSUE, "Whether to sell the company.", ANA, ISSUE,
                        null, false, false, null, List.of(), session.now(), null), session.now()));
    }

    @ParameterizedTest
    @ValueSource(strings = {FACILITATOR, BEN})
    void in_a_presenter_only_phase_nobody_else_posts(String author) {
        session.presenting(ANA).inPhase(COMMITMENT);
        assertRejected(session.decide(author, card(CardKind.ORIENTATION, "x")), Reason.INVALID_STATE,
                "'Presenter's commitment'", "only the presenter posts");
    }

    @Test
    void in_a_phase_for_the_others_the_presenter_listens() {
        session.presenting(ANA).inPhase(QUESTIONS);
        assertRejected(session.decide(ANA, card(CardKind.QUESTION, "Why me?")), Reason.INVALID_STATE,
                "'Probing questions'", "the presenter listens");
    }

    @ParameterizedTest
    @ValueSource(strings = {FACILITATOR, BEN, CAI})
    void in_a_phase_for_the_others_everyone_else_posts(String author) {
        session.presenting(ANA).inPhase(QUESTIONS);
        assertEquals(author, posted(session.decide(author, card(CardKind.QUESTION, "What is at stake?"))).authorId());
    }

    @Test
    void in_a_phase_for_the_others_everyone_posts_while_nobody_presents() {
        session.inPhase(SHARES);
        assertEquals(ANA, posted(session.decide(ANA, card(CardKind.EXPERIENCE, "When we..."))).authorId());
    }

    @ParameterizedTest
    @ValueSource(strings = {ANA, FACILITATOR})
    void a_commitment_is_never_a_card_it_is_made_with_the_form_that_tracks_it(String author) {
        session.presenting(ANA).inPhase(COMMITMENT);
        assertRejected(session.decide(author, card(CardKind.COMMITMENT, "I will call the bank by Friday.")),
                Reason.INVALID_STATE, "Make a commitment", "commitment.add", "nothing was posted");
        assertEquals(List.of(), session.state().cards());
    }
}
