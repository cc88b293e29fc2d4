package roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
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
import roundtable.domain.Participant;
import roundtable.domain.Role;
import roundtable.domain.SessionState;
import roundtable.domain.Visibility;
import roundtable.store.ProtocolCatalog;
import roundtable.wire.EventCodec;
import roundtable.wire.Json;
import roundtable.wire.StateView;

/**
 * The page keeps its own copy of the session's state between welcomes (web/js/session-state.js),
 * folding each event as it arrives. Where it has to work things out itself (the order of a round as
 * people join or a presenter is chosen, airtime between turn changes, the balance, whether one may
 * post), it must come to what the server would say. This test plays a session through the real
 * decider, hands one participant's welcome and events to that very module under node, and compares
 * what the page would show with the server's own view of the same moment.
 */
class ClientStateParityTest {

    private static final Path SCRIPT = Path.of("src", "test", "js", "client-state-parity.mjs");
    private static final HouseRules RULES = HouseRules.DEFAULT;

    private SessionState state = SessionState.initial();
    private long now = 1_700_000_000_000L;
    private final ArrayNode seen = Json.MAPPER.createArrayNode();
    private boolean watching;

    private void by(Actor actor, Command command) {
        now += 1_000;
        Decision decision = Decider.decide(state, actor, command, now, RULES);
        if (!(decision instanceof Decision.Accepted accepted)) {
            throw new AssertionError(command + " was refused: " + decision);
        }
        for (Event event : accepted.events()) {
            state = Evolver.evolve(state, event);
            if (watching) {
                Participant ana = state.participant("p-ana").orElseThrow();
                seen.add(tree(EventCodec.encode(Visibility.forViewer(event, ana))));
            }
        }
    }

    private void server(Command command) {
        by(Actor.server(), command);
    }

    private void member(String id, Command command) {
        by(Actor.member(id), command);
    }

    private static Command card(CardKind kind, String text) {
        return new Command.AddCard(kind, text, null, null);
    }

    @Test
    void the_page_comes_to_the_state_the_server_has_after_a_whole_session_of_events() throws Exception {
        NodeScript.assumeNode("the client state parity test");
        server(new Command.CreateSession("s-parity", "Parity", ProtocolCatalog.builtIn().find("forum").orElseThrow(),
                null, "p-fay", "Fay", null));
        for (String name : List.of("Ana", "Ben", "Cai")) {
            server(new Command.Join("p-" + name.toLowerCase(), name, Role.PARTICIPANT));
        }
        for (String id : List.of("p-fay", "p-ana", "p-ben", "p-cai")) {
            server(new Command.SetPresence(id, true));
        }
        ObjectNode welcome = Json.MAPPER.createObjectNode().put("serverTime", now);
        welcome.set("state", StateView.of(state, state.participant("p-ana").orElseThrow(), now, RULES));
        watching = true;

        member("p-fay", new Command.StartTimer(600));
        member("p-fay", new Command.NextTurn(""));
        member("p-ana", card(CardKind.NOTE, "Here, and a little tired"));
        member("p-ben", new Command.ReactToCard("c1"));
        now += 4_000;
        member("p-ana", new Command.NextTurn("p-ana"));
        server(new Command.Join("p-dee", "Dee", Role.PARTICIPANT));
        server(new Command.SetPresence("p-dee", true));
        member("p-ben", new Command.PassTurn());
        member("p-fay", new Command.NextPhase(0));
        member("p-fay", new Command.SetPresenter("p-ben"));
        member("p-fay", new Command.GoToPhase("issue"));
        member("p-ben", card(CardKind.ISSUE, "Two seniors or four juniors?"));
        now += 30_000;
        member("p-fay", new Command.GoToPhase("questions"));
        member("p-ana", new Command.RaiseHand());
        member("p-cai", new Command.RaiseHand());
        server(new Command.SetPresence("p-cai", false));
        member("p-fay", new Command.NextTurn(""));
        member("p-ana", card(CardKind.QUESTION, "What would waiting a month change?"));
        member("p-fay", new Command.LowerHand("p-cai"));
        member("p-fay", new Command.SpotlightCard("c3"));
        member("p-fay", new Command.GoToPhase("shares"));
        member("p-dee", card(CardKind.EXPERIENCE, "When we hired juniors, I paired each with a mentor"));
        member("p-fay", new Command.SetPresenter("p-dee"));
        member("p-fay", new Command.SetCallLink("https://meet.example.org/parity"));
        server(new Command.SetPresence("p-fay", false));
        now += RULES.facilitatorTakeoverMs();
        member("p-ben", new Command.ClaimFacilitator());
        member("p-ben", new Command.AddCommitment("Ask two teams how they onboard", null));
        now += 5_000;

        JsonNode page = replayInNode(welcome);
        // Read back from text, so that numbers compare by value, not by the width Java held them in.
        JsonNode server = tree(project(StateView.of(state, state.participant("p-ana").orElseThrow(), now, RULES)).toString());
        assertEquals(server, page, "what the page shows is what the server has");
        assertTrue(server.path("cards").size() >= 4 && server.path("turn").path("order").size() >= 2,
                "the session exercised the board and the floor: " + server);
    }

    /** The server's view of the moment, in the shape the script prints. */
    private ObjectNode project(JsonNode view) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("phaseIndex", view.path("phase").path("index").asInt());
        out.set("presenterId", view.path("presenterId"));
        out.set("spotlightCardId", view.path("spotlightCardId"));
        out.set("ended", view.path("ended"));
        out.set("callLink", view.path("callLink"));
        ObjectNode turn = out.putObject("turn");
        for (String field : List.of("mode", "speakerId", "order", "spoken", "queue")) {
            turn.set(field, view.path("turn").path(field));
        }
        ArrayNode participants = out.putArray("participants");
        view.path("participants").forEach(p -> participants.addObject().put("id", p.path("id").asText())
                .put("role", p.path("role").asText()).put("online", p.path("online").asBoolean())
                .put("attended", p.path("attended").asBoolean()).put("airtimeMs", p.path("airtimeMs").asLong()));
        ArrayNode cards = out.putArray("cards");
        view.path("cards").forEach(c -> {
            ObjectNode card = cards.addObject().put("id", c.path("id").asText()).put("kind", c.path("kind").asText());
            card.set("text", c.path("text"));
            card.set("column", c.path("column"));
            card.put("phaseId", c.path("phaseId").asText()).put("hidden", c.path("hidden").asBoolean());
            card.set("reactions", c.path("reactions"));
        });
        ArrayNode commitments = out.putArray("commitments");
        view.path("commitments").forEach(c -> commitments.addObject().put("id", c.path("id").asText())
                .put("status", c.path("status").asText()));
        ObjectNode timer = out.putObject("timer").put("running", view.path("timer").path("running").asBoolean());
        timer.set("endsAt", view.path("timer").path("endsAt"));
        timer.put("expired", view.path("timer").path("expired").asBoolean());
        out.putObject("balance").put("totalMs", view.path("balance").path("totalMs").asLong())
                .put("topShare", round(view.path("balance").path("topShare").asDouble()))
                .put("gini", round(view.path("balance").path("gini").asDouble()));
        CardKind kind = state.phase().cardKinds().stream().filter(k -> k != CardKind.COMMITMENT).findFirst()
                .orElse(CardKind.NOTE);
        out.put("mayPost", Decider.decide(state, Actor.member("p-ana"), card(kind, "x"), now, RULES)
                instanceof Decision.Accepted);
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 1e9) / 1e9;
    }

    private JsonNode replayInNode(ObjectNode welcome) throws Exception {
        ObjectNode fixture = Json.MAPPER.createObjectNode().put("viewerId", "p-ana").put("now", now);
        fixture.set("welcome", welcome);
        fixture.set("events", seen);
        Path file = Files.createTempFile("parity-", ".json");
        try {
            Files.writeString(file, fixture.toString());
            NodeScript.Result result = NodeScript.run(SCRIPT, List.of(file.toString()));
            assertEquals(0, result.exitCode(), () -> "node failed: " + result.output());
            return Json.MAPPER.readTree(result.output());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
