package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.it.RoomClient.args;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import roundtable.wire.Json;

/**
 * A session is held in one language: its protocol speaks it, the coach reads the cards in it, the
 * recap is written in it. A whole forum session is run in Spanish over real sockets; where a
 * language enters (a session, a group, the coach, the protocol list) anything but en, es and de is
 * refused with the list.
 */
class SessionLanguagesIT {

    @RegisterExtension
    static final RunningServer running = new RunningServer();

    private static final List<String> SPANISH_PHASES = List.of("Ronda de llegada", "Ronda de compromisos",
            "Presentación del caso", "Preguntas que abren", "Experiencias compartidas", "Compromiso de quien presenta",
            "Ronda de cierre");

    @Test
    void a_forum_session_runs_in_spanish_from_check_in_to_recap_and_the_coach_reads_spanish() {
        try (Group group = Group.startIn(running, "forum", "es", "Grace", "Linus", "Barbara")) {
            JsonNode state = group.freshState("Barbara");
            assertEquals("es", state.path("language").asText());
            assertEquals("Foro de casos", state.path("protocol").path("name").asText());
            assertEquals(SPANISH_PHASES, names(state.path("protocol").path("phases")));
            assertEquals("¿Qué se lleva la mayor parte de tu atención esta semana?",
                    state.path("phase").path("prompts").get(0).asText(), "the prompts are Spanish too");

            group.ok("Grace", "card.add", args().put("kind", "note").put("text", "Llego cansada pero con ganas."));
            next(group);
            group.ok("Linus", "card.add", args().put("kind", "note").put("text", "Probé a delegar las revisiones; salió regular."));
            next(group);
            group.ok("Ada", "presenter.set", args().put("participantId", group.idOf("Grace")));
            group.ok("Grace", "card.add", args().put("kind", "issue").put("text", "Mi equipo no se pone de acuerdo sobre cuándo publicar."));
            next(group);
            assertEquals("advice-in-disguise", verdict(group, "Linus", "question", "¿Por qué no hablas con tu jefe?"));
            assertEquals("open-question", verdict(group, "Barbara", "question", "¿Qué pasaría si nadie decidiera nada este mes?"));
            next(group);
            assertEquals("advice", verdict(group, "Linus", "experience", "Deberías cambiar de equipo cuanto antes."),
                    "Spanish advice, which the English rules would let pass as experience");
            assertEquals("experience", verdict(group, "Barbara", "experience",
                    "Cuando me pasó algo parecido, reuní al equipo y acordamos una fecha fija."));
            next(group);
            group.ok("Grace", "commitment.add", args().put("text", "Propondré una fecha fija de publicación al equipo."));
            next(group);
            group.ok("Barbara", "card.add", args().put("kind", "takeaway").put("text", "Me llevo la idea de la fecha fija."));
            long ended = group.ok("Ada", "session.end", args()).path("seq").asLong();
            group.client("Ada").awaitDurable(ended);

            Api.Reply reply = running.api().recap(group.id(), group.tokens.get("Ada"));
            assertEquals(200, reply.status(), () -> "the recap: " + reply.body());
            JsonNode recap = reply.body();
            assertEquals("es", recap.path("language").asText(), "the recap page words its headings in it");
            assertEquals("Foro de casos", recap.path("protocol").path("name").asText());
            assertEquals(SPANISH_PHASES, names(recap.path("phases")));
            assertEquals(8, recap.path("cards").size(), () -> "every card of the session: " + recap);
            assertEquals("Propondré una fecha fija de publicación al equipo.",
                    recap.path("commitments").get(0).path("text").asText());
        }
    }

    @Test
    void a_group_meets_in_its_language_and_a_session_may_name_another() {
        Api.Reply created = running.api().post("/api/groups", Json.MAPPER.createObjectNode()
                .put("name", "Runde der Teamleitungen").put("keeperName", "Kim").put("language", "de").toString());
        assertEquals(201, created.status(), () -> "the group: " + created.body());
        String groupId = created.body().path("groupId").asText();
        String token = created.body().path("member").path("token").asText();
        assertEquals("de", running.api().get("/api/groups/" + groupId, token).body().path("language").asText());
        assertEquals("de", running.api().post("/api/groups/" + groupId + "/preview", Json.MAPPER.createObjectNode()
                .put("inviteCode", created.body().path("inviteCode").asText()).toString()).body().path("language").asText());

        JsonNode inherited = groupSession(groupId, token, null);
        assertEquals("de", state(inherited).path("language").asText());
        assertEquals("Forum: ein Anliegen bearbeiten", state(inherited).path("protocol").path("name").asText());
        assertEquals("de", running.api().post("/api/sessions/" + inherited.path("sessionId").asText() + "/preview",
                Json.MAPPER.createObjectNode().put("inviteCode", inherited.path("inviteCode").asText()).toString())
                .body().path("language").asText());
        assertEquals("en", state(groupSession(groupId, token, "en")).path("language").asText());
        assertEquals("en", state(running.api().createSession("Plain", "forum", "Ada")).path("language").asText(),
                "a session that names no language, outside a group, is held in English");
    }

    @Test
    void a_language_roundtable_does_not_speak_is_refused_with_the_ones_it_does() {
        List<Api.Reply> refused = new ArrayList<>();
        refused.add(running.api().post("/api/sessions", Json.MAPPER.createObjectNode().put("title", "T").put("protocol", "forum")
                .put("facilitatorName", "Ada").put("language", "fr").toString()));
        refused.add(running.api().post("/api/groups", Json.MAPPER.createObjectNode().put("name", "G").put("keeperName", "K")
                .put("language", "DE").toString()));
        refused.add(running.api().post("/api/coach", Json.MAPPER.createObjectNode().put("text", "¿Y si lo dejas?")
                .put("phaseKind", "questions").put("lang", "es-MX").toString()));
        refused.add(running.api().get("/api/protocols?lang=it", null));
        for (Api.Reply reply : refused) {
            assertEquals(400, reply.status(), () -> "refused: " + reply.body());
            assertEquals("bad-request", reply.errorCode());
            assertTrue(reply.errorMessage().contains("must be one of en, es, de"), reply.errorMessage());
        }
    }

    @Test
    void the_coach_reads_the_language_it_is_asked_in_and_english_by_default() {
        JsonNode german = coach("{\"text\":\"Du solltest sofort kündigen.\",\"phaseKind\":\"experience\",\"lang\":\"de\"}");
        assertEquals("advice", german.path("verdict").asText());
        assertTrue(german.path("hint").asText().startsWith("Das liest sich wie ein Rat"), german.toString());
        JsonNode english = coach("{\"text\":\"You should quit at once.\",\"phaseKind\":\"experience\"}");
        assertEquals("advice", english.path("verdict").asText());
        assertTrue(english.path("hint").asText().startsWith("This reads as advice"), english.toString());
        assertEquals("Foro de casos", running.api().get("/api/protocols?lang=es", null).body().get(0).path("name").asText());
        assertEquals("Forum issue processing", running.api().get("/api/protocols", null).body().get(0).path("name").asText());
    }

    private static JsonNode coach(String body) {
        Api.Reply reply = running.api().post("/api/coach", body);
        assertEquals(200, reply.status(), () -> "the coach: " + reply.body());
        return reply.body();
    }

    private static void next(Group group) {
        group.ok("Ada", "phase.next", args());
    }

    /** The verdict the author's own socket shows on the card they add. */
    private static String verdict(Group group, String author, String kind, String text) {
        long seq = group.ok(author, "card.add", args().put("kind", kind).put("text", text)).path("seq").asLong();
        return group.event(author, seq).path("card").path("verdict").asText();
    }

    private static JsonNode groupSession(String groupId, String token, String language) {
        var body = Json.MAPPER.createObjectNode().put("title", "Im Kreis").put("groupId", groupId);
        if (language != null) {
            body.put("language", language);
        }
        Api.Reply reply = running.api().post("/api/sessions", body.toString(), token);
        assertEquals(201, reply.status(), () -> "the group session: " + reply.body());
        return reply.body();
    }

    private static JsonNode state(JsonNode session) {
        try (RoomClient client = RoomClient.join(running.vertx(), running.server().port(), session.path("sessionId").asText(),
                session.path("facilitator").path("token").asText())) {
            return LiveSession.welcome(client).path("state");
        }
    }

    private static List<String> names(JsonNode phases) {
        List<String> names = new ArrayList<>();
        phases.forEach(phase -> names.add(phase.path("name").asText()));
        return names;
    }
}
