package roundtable.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import roundtable.domain.Actor;
import roundtable.domain.CardKind;
import roundtable.domain.Command;
import roundtable.domain.Decider;
import roundtable.domain.Decision;
import roundtable.domain.Event;
import roundtable.domain.Evolver;
import roundtable.domain.HouseRules;
import roundtable.domain.Role;
import roundtable.domain.SessionState;
import roundtable.store.ProtocolCatalog;

/**
 * A welcome built from the room's once-encoded cards is, to the byte, the welcome built afresh: for
 * the author of a hidden draft, the facilitator who sees verdicts, and everyone else; and after a
 * card changes, the new version is what is sent.
 */
class CardViewsTest {

    private static final long NOW = 1_000_000;
    private SessionState state = SessionState.initial();

    private void by(Actor actor, Command command) {
        Decision decision = Decider.decide(state, actor, command, NOW, HouseRules.DEFAULT);
        assertTrue(decision instanceof Decision.Accepted, () -> command + ": " + decision);
        for (Event event : ((Decision.Accepted) decision).events()) {
            state = Evolver.evolve(state, event);
        }
    }

    private void session(String protocol) {
        by(Actor.server(), new Command.CreateSession("s-views", "Views", ProtocolCatalog.builtIn().find(protocol).orElseThrow(),
                null, "p-fay", "Fay", null));
        for (String id : List.of("p-ana", "p-ben")) {
            by(Actor.server(), new Command.Join(id, id.substring(2), Role.PARTICIPANT));
        }
        for (String id : List.of("p-fay", "p-ana", "p-ben")) {
            by(Actor.server(), new Command.SetPresence(id, true));
        }
    }

    private void assertSameWelcomes(CardViews views) {
        for (String viewer : List.of("p-fay", "p-ana", "p-ben")) {
            var participant = state.participant(viewer).orElseThrow();
            String fresh = StateView.of(state, participant, NOW, HouseRules.DEFAULT).toString();
            String cached = StateView.of(state, participant, NOW, HouseRules.DEFAULT, views).toString();
            assertEquals(fresh, cached, viewer);
        }
    }

    @Test
    void verdicts_are_seen_by_their_author_and_the_facilitator_only_as_before() {
        session("forum");
        by(Actor.member("p-fay"), new Command.SetPresenter("p-ana"));
        by(Actor.member("p-fay"), new Command.GoToPhase("questions"));
        by(Actor.member("p-ben"), new Command.AddCard(CardKind.QUESTION, "Have you tried asking your team why?", null, null));
        by(Actor.member("p-ben"), new Command.AddCard(CardKind.QUESTION, "What would change if you waited a month?", null, null));
        CardViews views = new CardViews();
        assertSameWelcomes(views);
        assertSameWelcomes(views);
        JsonNode anas = Json.MAPPER.valueToTree(StateView.of(state, state.participant("p-ana").orElseThrow(), NOW,
                HouseRules.DEFAULT, views));
        assertTrue(anas.toString().contains("\"verdict\":null"), "the presenter sees no verdict: " + anas);
    }

    @Test
    void a_hidden_draft_reaches_its_author_only_and_an_edit_is_sent_as_edited() {
        session("gap-intake");
        by(Actor.member("p-ana"), new Command.AddCard(CardKind.NOTE, "Ana's gap", null, null));
        by(Actor.member("p-ben"), new Command.AddCard(CardKind.NOTE, "Ben's gap", null, null));
        CardViews views = new CardViews();
        assertSameWelcomes(views);
        String cardId = state.cards().get(0).id();
        by(Actor.member("p-ana"), new Command.EditCard(cardId, "Ana's gap, said better"));
        by(Actor.member("p-fay"), new Command.RevealAll());
        assertSameWelcomes(views);
        assertTrue(StateView.of(state, state.participant("p-ben").orElseThrow(), NOW, HouseRules.DEFAULT, views).toString()
                .contains("Ana's gap, said better"));
    }
}
