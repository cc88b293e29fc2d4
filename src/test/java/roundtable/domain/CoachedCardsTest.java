package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static roundtable.domain.ForumProtocol.CHECK_IN;
import static roundtable.domain.ForumProtocol.QUESTIONS;
import static roundtable.domain.ForumProtocol.SHARES;
import static roundtable.domain.Outcomes.eventsOf;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.CAI;
import static roundtable.domain.Sessions.FACILITATOR;

import org.junit.jupiter.api.Test;
import roundtable.domain.coach.Verdict;

/** Cards posted in coached phases carry the coach's verdict; it never stops a card, and few see it. */
class CoachedCardsTest {

    private final Sessions session = Sessions.running().presenting(ANA);

    @Test
    void advice_dressed_as_a_question_is_posted_with_its_verdict() {
        Card card = post(BEN, QUESTIONS, CardKind.QUESTION, "Have you tried just talking to her?");
        assertEquals(Verdict.ADVICE_IN_DISGUISE, card.verdict());
        assertEquals("Have you tried just talking to her?", card.text(), "never blocked, never rewritten");
    }

    @Test
    void an_open_question_and_a_lived_experience_are_read_as_such() {
        assertEquals(Verdict.OPEN_QUESTION, post(BEN, QUESTIONS, CardKind.QUESTION, "What would a good outcome look like?").verdict());
        assertEquals(Verdict.EXPERIENCE, post(BEN, SHARES, CardKind.EXPERIENCE,
                "When we doubled our prices, two customers left and the rest stayed.").verdict());
    }

    @Test
    void a_phase_without_coaching_gives_no_verdict() {
        assertNull(post(BEN, CHECK_IN, CardKind.NOTE, "You should all sleep more.").verdict());
    }

    @Test
    void editing_a_card_reads_it_again() {
        session.inPhase(QUESTIONS).by(BEN, new Command.AddCard(CardKind.QUESTION, "Have you tried just talking to her?", null, null));
        assertEquals(Verdict.ADVICE_IN_DISGUISE, session.state().card("c1").orElseThrow().verdict());
        Event.CardEdited edited = (Event.CardEdited) eventsOf(session.decide(BEN,
                new Command.EditCard("c1", "What have you tried so far?"))).get(0);
        assertEquals(Verdict.OPEN_QUESTION, edited.card().verdict());
    }

    @Test
    void the_verdict_is_seen_by_the_author_and_the_facilitator_only() {
        Card card = post(BEN, QUESTIONS, CardKind.QUESTION, "Why don't you fire him?");
        assertEquals(Verdict.ADVICE_IN_DISGUISE, Visibility.forViewer(card, participant(BEN)).verdict());
        assertEquals(Verdict.ADVICE_IN_DISGUISE, Visibility.forViewer(card, participant(FACILITATOR)).verdict());
        assertNull(Visibility.forViewer(card, participant(CAI)).verdict());
        assertEquals(card.text(), Visibility.forViewer(card, participant(CAI)).text(), "only the verdict is withheld");
    }

    private Card post(String authorId, String phaseId, CardKind kind, String text) {
        Decision decision = session.inPhase(phaseId).decide(authorId, new Command.AddCard(kind, text, null, null));
        assertInstanceOf(Decision.Accepted.class, decision, () -> "refused: " + decision);
        return ((Event.CardAdded) eventsOf(decision).get(0)).card();
    }

    private Participant participant(String id) {
        return session.state().participant(id).orElseThrow();
    }
}
