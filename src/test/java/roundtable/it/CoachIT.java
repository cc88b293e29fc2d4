package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static roundtable.it.RoomClient.args;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import roundtable.wire.Json;

/**
 * The coach, at POST /api/coach while someone types, and in the room, where a coached card is
 * posted whatever its verdict and the verdict stays between its author and the facilitator.
 */
class CoachIT extends OneServerPerClass {

    private static final String ADVICE_IN_DISGUISE = "Have you tried talking to her directly?";

    static Stream<Arguments> sentences() {
        return Stream.of(
                arguments(ADVICE_IN_DISGUISE, "questions", "advice-in-disguise", true),
                arguments("Why not hire a contractor for the first month?", "questions", "advice-in-disguise", true),
                arguments("What would a good outcome look like for you?", "questions", "open-question", false),
                arguments("How did your team react when you told them?", "questions", "open-question", false),
                arguments("Did you tell your manager?", "questions", "closed-question", false),
                arguments("You should just raise your prices.", "experience", "advice", true),
                arguments("Just delegate it.", "experience", "advice", true),
                arguments("When we raised prices, we lost two customers and gained margin.", "experience", "experience", false),
                arguments("In my last team I started a weekly demo and it helped.", "experience", "experience", false));
    }

    @ParameterizedTest(name = "{1}: \"{0}\" is {2}")
    @MethodSource("sentences")
    void the_coach_reads_a_sentence_and_hints_at_a_rewrite(String text, String phaseKind, String verdict, boolean flag) {
        Api.Reply reply = coach(text, phaseKind);
        assertEquals(200, reply.status(), () -> "reviewed: " + reply.body());
        assertEquals(verdict, reply.body().path("verdict").asText(), () -> "verdict of '" + text + "': " + reply.body());
        assertEquals(flag, reply.body().path("flag").asBoolean(), "advice of either kind is a flag");
        assertFalse(reply.body().path("hint").asText("").isBlank(), () -> "a hint to go with it: " + reply.body());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("an unknown phase kind", body("Why?", "stories"), "phaseKind"),
                arguments("no phase kind", Json.MAPPER.createObjectNode().put("text", "Why?").toString(), "phaseKind"),
                arguments("blank text", body(" \n\t ", "questions"), "text"),
                arguments("no text", Json.MAPPER.createObjectNode().put("phaseKind", "questions").toString(), "text"),
                arguments("only invisible spaces", body("\u200b\u00a0\u2060", "questions"), "text"),
                arguments("text over 2000 characters", body("w".repeat(2001), "questions"), "2001"),
                arguments("an unknown field", Json.MAPPER.createObjectNode().put("text", "Why?")
                        .put("phaseKind", "questions").put("language", "en").toString(), "language"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void a_request_the_coach_cannot_read_is_a_bad_request(String description, String body, String named) {
        Api.Reply reply = running.api().post("/api/coach", body);
        assertEquals(400, reply.status(), () -> description + ": " + reply.body());
        assertEquals("bad-request", reply.errorCode());
        assertTrue(reply.errorMessage().contains(named), () -> "the message names " + named + ": " + reply.errorMessage());
    }

    @Test
    void a_text_of_exactly_2000_characters_is_read() {
        assertEquals(200, coach("w".repeat(1999) + "?", "questions").status());
    }

    @Test
    void a_text_of_nothing_but_a_filler_word_still_gets_a_verdict() {
        for (String text : List.of("Okay!", "Well, hmm!")) {
            Api.Reply reply = coach(text, "questions");
            assertEquals(200, reply.status(), () -> "'" + text + "' is a text like any other: " + reply.body());
            assertEquals("open-question", reply.body().path("verdict").asText(), "the benefit of the doubt");
        }
    }

    @Test
    void advice_in_disguise_is_posted_and_its_verdict_is_seen_by_the_author_and_the_facilitator_only() {
        try (Group group = Group.start(running, "forum", "Grace", "Linus", "Barbara")) {
            group.ok("Ada", "phase.goto", args().put("phaseId", "questions"));
            group.ok("Ada", "presenter.set", args().put("participantId", group.idOf("Grace")));
            JsonNode posted = group.client("Linus").command("card.add",
                    args().put("kind", "question").put("text", ADVICE_IN_DISGUISE));
            assertEquals("ack", posted.path("type").asText(), () -> "the coach never blocks a card: " + posted);
            long seq = posted.path("seq").asLong();
            String cardId = group.event("Linus", seq).path("card").path("id").asText();
            assertVerdicts(group, seq, "advice-in-disguise");

            group.awaitAll(seq);
            assertEquals("advice-in-disguise", card(group.freshState("Ada"), cardId).path("verdict").asText());
            assertEquals("advice-in-disguise", card(group.freshState("Linus"), cardId).path("verdict").asText());
            assertTrue(card(group.freshState("Barbara"), cardId).path("verdict").isNull(), "not in another's welcome");
            assertTrue(card(group.freshState("Grace"), cardId).path("verdict").isNull(), "not in the presenter's welcome");

            long edited = group.ok("Linus", "card.edit", args().put("cardId", cardId)
                    .put("text", "What have you tried so far?")).path("seq").asLong();
            assertVerdicts(group, edited, "open-question");

            group.ok("Ada", "phase.next", args());
            long shared = group.ok("Barbara", "card.add", args().put("kind", "experience")
                    .put("text", "You should just raise your prices.")).path("seq").asLong();
            assertEquals("advice", group.event("Barbara", shared).path("card").path("verdict").asText());
            assertEquals("advice", group.event("Ada", shared).path("card").path("verdict").asText());
            assertTrue(group.event("Linus", shared).path("card").path("verdict").isNull());
        }
    }

    @Test
    void a_revealed_draft_keeps_its_verdict_between_its_author_and_the_facilitator() {
        assertEquals(201, running.api().post("/api/protocols", """
                {"id":"ask-alone","name":"Ask alone first","phases":[
                  {"id":"ask","name":"Ask alone","kind":"questions","timeboxSeconds":300,"cardKinds":["question"],
                   "private":true,"coach":"questions"}]}""").status());
        try (Group group = Group.start(running, "ask-alone", "Grace", "Linus")) {
            group.ok("Grace", "card.add", args().put("kind", "question").put("text", ADVICE_IN_DISGUISE));
            long revealed = group.ok("Ada", "card.reveal-all", args()).path("seq").asLong();
            for (String name : List.of("Ada", "Grace", "Linus")) {
                JsonNode card = group.event(name, revealed).path("cards").get(0);
                assertEquals(ADVICE_IN_DISGUISE, card.path("text").asText(), () -> name + " sees the words");
                if (name.equals("Linus")) {
                    assertTrue(card.path("verdict").isNull(), () -> "the verdict is not shown to the group: " + card);
                } else {
                    assertEquals("advice-in-disguise", card.path("verdict").asText(), () -> name + " sees the verdict");
                }
            }
        }
    }

    /** The card event {@code seq} carries the verdict for its author and the facilitator, null for the others. */
    private static void assertVerdicts(Group group, long seq, String verdict) {
        String text = group.event("Linus", seq).path("card").path("text").asText();
        for (String name : List.of("Ada", "Grace", "Linus", "Barbara")) {
            JsonNode card = group.event(name, seq).path("card");
            assertEquals(text, card.path("text").asText(), () -> name + " sees the card itself");
            if (name.equals("Ada") || name.equals("Linus")) {
                assertEquals(verdict, card.path("verdict").asText(), () -> name + " sees the verdict: " + card);
            } else {
                assertTrue(card.has("verdict") && card.path("verdict").isNull(), () -> name + " sees no verdict: " + card);
            }
        }
    }

    private static JsonNode card(JsonNode state, String cardId) {
        return StreamSupport.stream(state.path("cards").spliterator(), false)
                .filter(c -> c.path("id").asText().equals(cardId)).findFirst().orElseThrow();
    }

    private static Api.Reply coach(String text, String phaseKind) {
        return running.api().post("/api/coach", body(text, phaseKind));
    }

    private static String body(String text, String phaseKind) {
        return Json.MAPPER.createObjectNode().put("text", text).put("phaseKind", phaseKind).toString();
    }
}
