package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static roundtable.domain.ForumProtocol.CHECK_IN;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.FACILITATOR;
import static roundtable.domain.Sessions.OBSERVER;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Resonates" and the spotlight: how a group points at what matters on the board. */
class ReactionsAndSpotlightTest {

    private final Sessions session = Sessions.running().inPhase(CHECK_IN).posted(ANA, CardKind.NOTE, "Tired but here.");

    @Test
    void saying_a_card_resonates_adds_you_and_saying_it_again_takes_it_back() {
        session.by(BEN, new Command.ReactToCard("c1")).by(FACILITATOR, new Command.ReactToCard("c1"));
        assertEquals(List.of(BEN, FACILITATOR), card().reactions());
        session.by(BEN, new Command.ReactToCard("c1"));
        assertEquals(List.of(FACILITATOR), card().reactions());
    }

    @Test
    void observers_watch_and_do_not_react_and_unknown_cards_are_not_found() {
        assertRejected(session.decide(OBSERVER, new Command.ReactToCard("c1")), Reason.FORBIDDEN);
        assertRejected(session.decide(BEN, new Command.ReactToCard("c9")), Reason.NOT_FOUND, "c9");
        assertRejected(session.decide(BEN, new Command.ReactToCard(null)), Reason.BAD_REQUEST, "cardId");
    }

    @Test
    void the_facilitator_spotlights_a_card_and_takes_the_spotlight_away() {
        session.by(FACILITATOR, new Command.SpotlightCard("c1"));
        assertEquals("c1", session.state().spotlightCardId());
        session.by(FACILITATOR, new Command.SpotlightCard(null));
        assertNull(session.state().spotlightCardId());
        assertRejected(session.decide(FACILITATOR, new Command.SpotlightCard(null)), Reason.INVALID_STATE, "spotlight");
    }

    @Test
    void only_the_facilitator_spotlights_and_a_removed_card_leaves_the_spotlight() {
        assertRejected(session.decide(ANA, new Command.SpotlightCard("c1")), Reason.FORBIDDEN, "facilitator");
        session.by(FACILITATOR, new Command.SpotlightCard("c1")).by(ANA, new Command.RemoveCard("c1"));
        assertNull(session.state().spotlightCardId());
    }

    private Card card() {
        return session.state().card("c1").orElseThrow();
    }
}
