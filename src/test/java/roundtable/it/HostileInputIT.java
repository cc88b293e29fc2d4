package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import roundtable.wire.Json;

/**
 * Hostile input over HTTP, beyond what the malformed-input suites cover: SQL injection, HTML/JS,
 * path traversal and unicode quotes in every path parameter; cross-session and cross-group tokens
 * on every session and group endpoint; oversized bodies and fields, non-JSON and wrong types on
 * every POST and PUT. Each refused request gets its documented status and code, and the whole
 * database is byte-for-byte what it was before (a digest of every row of every table). Injection
 * strings in text fields are accepted as text and come back verbatim in well-formed JSON.
 */
class HostileInputIT extends OneServerPerClass {

    /** Ids that are attacks: SQL, HTML/JS, unicode quotes, traversal. */
    static final List<String> HOSTILE_IDS = List.of("' OR 1=1 --", "\"; DROP TABLE sessions; --",
            "\u2019 OR \u20181\u2019=\u20181", "<script>alert(1)</script>", "../../etc/passwd");
    /** Text that must be stored and returned as text, never interpreted. */
    static final List<String> HOSTILE_TEXT = List.of("' OR 1=1 --", "\"; DROP TABLE sessions; --",
            "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "\u2019 OR \u20181\u2019=\u20181 \\ \"q\"",
            "{{7*7}} ${7*7} %s %n");

    private static final Map<String, String> IDS = new LinkedHashMap<>();
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static final String BIG = "x".repeat(70 * 1024);

    @BeforeAll
    static void fixture() {
        Circle circle = Circle.create(running, "Hostile circle", "Ada", null, null).join("Grace");
        Circle otherCircle = Circle.create(running, "Other circle", "Olga", null, null);
        Circle.Meeting meeting = circle.meet("Hostile meeting", "forum", "Ada", "Grace");
        meeting.card("Grace", "note", "A card before the attack");
        meeting.leaveAndSettle();
        JsonNode elsewhere = running.api().createSession("Elsewhere", "forum", "Eve");
        Api api = running.api();
        Api.Reply topic = api.post("/api/groups/" + circle.id + "/topics",
                Json.MAPPER.createObjectNode().put("title", "A real topic").toString(), circle.keeperToken());
        assertEquals(201, topic.status(), () -> String.valueOf(topic.body()));
        Api.Reply entry = api.post("/api/groups/" + circle.id + "/knowledge", knowledge("c", "a", "o"), circle.keeperToken());
        assertEquals(201, entry.status(), () -> String.valueOf(entry.body()));
        IDS.put("{session}", meeting.id);
        IDS.put("{otherSession}", elsewhere.path("sessionId").asText());
        IDS.put("{group}", circle.id);
        IDS.put("{otherGroup}", otherCircle.id);
        IDS.put("{topic}", topic.body().path("id").asText());
        IDS.put("{entry}", entry.body().path("id").asText());
        TOKENS.put("facilitator", meeting.facilitatorToken());
        TOKENS.put("participant", meeting.sessionTokens.get("Grace"));
        TOKENS.put("otherSession", elsewhere.path("facilitator").path("token").asText());
        TOKENS.put("keeper", circle.keeperToken());
        TOKENS.put("otherKeeper", otherCircle.keeperToken());
    }

    // ---------------------------------------------------------------- path parameters and cross-tokens

    /** Every session endpoint: method, path with {id}, a body it would accept. */
    static final List<String[]> SESSION_ENDPOINTS = List.of(
            new String[] {"GET", "/api/sessions/{id}/recap", null},
            new String[] {"POST", "/api/sessions/{id}/recap-links", "{}"},
            new String[] {"DELETE", "/api/sessions/{id}/recap-links/abc", null},
            new String[] {"DELETE", "/api/sessions/{id}", null},
            new String[] {"POST", "/api/sessions/{id}/knowledge", knowledge("ctx", "appr", "out")},
            new String[] {"GET", "/api/sessions/{id}/related", null},
            new String[] {"GET", "/api/sessions/{id}/topics", null});

    /** Every group endpoint a member or keeper calls. */
    static final List<String[]> GROUP_ENDPOINTS = List.of(
            new String[] {"GET", "/api/groups/{id}", null},
            new String[] {"GET", "/api/groups/{id}/commitments", null},
            new String[] {"GET", "/api/groups/{id}/orientations", null},
            new String[] {"GET", "/api/groups/{id}/knowledge", null},
            new String[] {"POST", "/api/groups/{id}/knowledge", knowledge("ctx", "appr", "out")},
            new String[] {"PUT", "/api/groups/{id}/knowledge/{entry}/visibility", "{\"visibility\":\"circulated\"}"},
            new String[] {"GET", "/api/groups/{id}/topics", null},
            new String[] {"POST", "/api/groups/{id}/topics", "{\"title\":\"Injected topic\"}"},
            new String[] {"POST", "/api/groups/{id}/topics/{topic}/votes", "{}"},
            new String[] {"PUT", "/api/groups/{id}/topics/{topic}/status", "{\"status\":\"done\"}"},
            new String[] {"GET", "/api/groups/{id}/health", null},
            new String[] {"DELETE", "/api/groups/{id}", null});

    static Stream<Arguments> hostilePathsAndForeignTokens() {
        List<Arguments> cases = new ArrayList<>();
        for (String[] endpoint : SESSION_ENDPOINTS) {
            for (String id : HOSTILE_IDS) {
                cases.add(arguments(endpoint[0] + " " + endpoint[1] + " with id " + id, endpoint[0],
                        endpoint[1].replace("{id}", encode(id)), endpoint[2], "facilitator", 403, "forbidden"));
            }
            cases.add(arguments(endpoint[0] + " " + endpoint[1] + " with a token of another session", endpoint[0],
                    endpoint[1], endpoint[2], "otherSession", 403, "forbidden"));
        }
        // Joining: a wrong session id or a wrong code are one answer.
        for (String id : HOSTILE_IDS) {
            cases.add(arguments("POST participants with id " + id, "POST", "/api/sessions/" + encode(id) + "/participants",
                    "{\"name\":\"Mallory\",\"inviteCode\":\"' OR 1=1 --\"}", "none", 403, "forbidden"));
        }
        for (String[] endpoint : GROUP_ENDPOINTS) {
            for (String id : HOSTILE_IDS) {
                cases.add(arguments(endpoint[0] + " " + endpoint[1] + " with id " + id, endpoint[0],
                        endpoint[1].replace("{id}", encode(id)), endpoint[2], "keeper", 403, "forbidden"));
            }
            cases.add(arguments(endpoint[0] + " " + endpoint[1] + " with another group's keeper token", endpoint[0],
                    endpoint[1], endpoint[2], "otherKeeper", 403, "forbidden"));
            cases.add(arguments(endpoint[0] + " " + endpoint[1] + " with a session token", endpoint[0],
                    endpoint[1], endpoint[2], "facilitator", 403, "forbidden"));
        }
        for (String id : HOSTILE_IDS) {
            cases.add(arguments("POST members with id " + id, "POST", "/api/groups/" + encode(id) + "/members",
                    "{\"name\":\"Mallory\",\"inviteCode\":\"x' OR '1'='1\"}", "none", 403, "forbidden"));
            cases.add(arguments("POST preview with id " + id, "POST", "/api/groups/" + encode(id) + "/preview",
                    "{\"inviteCode\":\"x' OR '1'='1\"}", "none", 403, "forbidden"));
            cases.add(arguments("GET recap link " + id, "GET", "/api/recaps/" + encode(id), null, "none", 404, "not-found"));
        }
        // Ids of the right group but the keeper's hostile sub-ids.
        for (String id : HOSTILE_IDS) {
            cases.add(arguments("PUT visibility of entry " + id, "PUT", "/api/groups/{group}/knowledge/" + encode(id)
                    + "/visibility", "{\"visibility\":\"circulated\"}", "keeper", 404, "not-found"));
            cases.add(arguments("PUT status of topic " + id, "PUT", "/api/groups/{group}/topics/" + encode(id) + "/status",
                    "{\"status\":\"done\"}", "keeper", 404, "not-found"));
            cases.add(arguments("DELETE recap link " + id, "DELETE", "/api/sessions/{session}/recap-links/" + encode(id),
                    null, "facilitator", 404, "not-found"));
        }
        cases.add(arguments("a raw traversal path", "GET", "/api/sessions/../../../etc/passwd", null, "facilitator", 404,
                "not-found"));
        cases.add(arguments("an encoded traversal to a file", "GET", "/..%2F..%2F..%2Fetc%2Fpasswd", null, "none", 404,
                "not-found"));
        return cases.stream().map(HostileInputIT::resolveDefaults);
    }

    /** Endpoints without an explicit id are aimed at the fixture's session or group. */
    private static Arguments resolveDefaults(Arguments arguments) {
        Object[] values = arguments.get();
        String path = (String) values[2];
        path = path.startsWith("/api/sessions/{id}") ? path.replace("{id}", "{session}") : path.replace("{id}", "{group}");
        values[2] = path;
        return arguments(values);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostilePathsAndForeignTokens")
    void a_hostile_path_or_a_foreign_token_is_refused_and_changes_nothing(String description, String method, String path,
                                                                        String body, String token, int status, String code)
            throws Exception {
        assertRefusedAndNothingChanged(method, path, body, token, status, code);
    }

    // ---------------------------------------------------------------- bodies

    /** Every POST and PUT that reads a body, with who may call it. */
    static final List<String[]> BODY_ENDPOINTS = List.of(
            new String[] {"POST", "/api/sessions", "none"},
            new String[] {"POST", "/api/sessions/{session}/participants", "none"},
            new String[] {"POST", "/api/sessions/{session}/recap-links", "facilitator"},
            new String[] {"POST", "/api/sessions/{session}/knowledge", "participant"},
            new String[] {"POST", "/api/groups", "none"},
            new String[] {"POST", "/api/groups/{group}/members", "none"},
            new String[] {"POST", "/api/groups/{group}/knowledge", "keeper"},
            new String[] {"PUT", "/api/groups/{group}/knowledge/{entry}/visibility", "keeper"},
            new String[] {"POST", "/api/groups/{group}/topics", "keeper"},
            new String[] {"PUT", "/api/groups/{group}/topics/{topic}/status", "keeper"},
            new String[] {"POST", "/api/groups/{group}/preview", "none"},
            new String[] {"POST", "/api/protocols", "none"},
            new String[] {"POST", "/api/coach", "none"});

    static Stream<Arguments> hostileBodies() {
        List<Arguments> cases = new ArrayList<>();
        for (String[] endpoint : BODY_ENDPOINTS) {
            String name = endpoint[0] + " " + endpoint[1];
            cases.add(arguments(name + ": a body over 64 KiB", endpoint[0], endpoint[1],
                    "{\"text\":\"" + BIG + "\"}", endpoint[2], 413, "too-large"));
            cases.add(arguments(name + ": a body that is not JSON", endpoint[0], endpoint[1],
                    "{name: 'x' OR 1=1", endpoint[2], 400, "bad-request"));
            cases.add(arguments(name + ": a JSON array", endpoint[0], endpoint[1], "[\"' OR 1=1 --\"]", endpoint[2], 400,
                    "bad-request"));
        }
        String[][] fields = {
                // path, token, body, what it is
                {"/api/sessions", "none", "{\"title\":5,\"protocol\":\"forum\",\"facilitatorName\":\"A\"}", "title as a number"},
                {"/api/sessions", "none", "{\"title\":\"T\",\"protocol\":[\"forum\"],\"facilitatorName\":\"A\"}", "protocol as an array"},
                {"/api/sessions", "none", "{\"title\":\"T\",\"protocol\":\"forum\",\"facilitatorName\":true}", "facilitatorName as a boolean"},
                {"/api/sessions", "none", "{\"title\":\"T\",\"protocol\":\"' OR 1=1 --\",\"facilitatorName\":\"A\"}", "protocol as SQL"},
                {"/api/sessions", "none", "{\"title\":\"T\",\"protocol\":\"../../etc/passwd\",\"facilitatorName\":\"A\"}", "protocol as a path"},
                {"/api/sessions", "none", "{\"title\":\"" + "t".repeat(5000) + "\",\"protocol\":\"forum\",\"facilitatorName\":\"A\"}", "a 5000-character title"},
                {"/api/sessions/{session}/participants", "none", "{\"name\":7,\"inviteCode\":\"x\"}", "name as a number"},
                {"/api/sessions/{session}/participants", "none", "{\"name\":\"" + "n".repeat(5000) + "\",\"inviteCode\":\"x\"}", "a 5000-character name"},
                {"/api/sessions/{session}/participants", "none", "{\"name\":\"Mallory\",\"inviteCode\":{\"$ne\":null}}", "inviteCode as an object"},
                {"/api/sessions/{session}/recap-links", "facilitator", "{\"expiresInHours\":\"24\"}", "expiresInHours as text"},
                {"/api/sessions/{session}/recap-links", "facilitator", "{\"expiresInHours\":1.5}", "expiresInHours as a fraction"},
                {"/api/sessions/{session}/recap-links", "facilitator", "{\"expiresInHours\":1e300}", "expiresInHours huge"},
                {"/api/sessions/{session}/recap-links", "facilitator", "{\"expiresInHours\":-1}", "expiresInHours negative"},
                {"/api/sessions/{session}/recap-links", "facilitator", "{\"expiresInHours\":99999999999999999999999}", "expiresInHours past long"},
                {"/api/sessions/{session}/knowledge", "participant", "{\"context\":5,\"approach\":\"a\",\"outcome\":\"o\"}", "context as a number"},
                {"/api/sessions/{session}/knowledge", "participant", "{\"context\":\"c\",\"approach\":\"a\",\"outcome\":\"o\",\"tags\":\"x\"}", "tags as text"},
                {"/api/sessions/{session}/knowledge", "participant", "{\"context\":\"" + "c".repeat(20000) + "\",\"approach\":\"a\",\"outcome\":\"o\"}", "a 20000-character context"},
                {"/api/groups", "none", "{\"name\":5,\"keeperName\":\"K\"}", "group name as a number"},
                {"/api/groups", "none", "{\"name\":\"G\",\"keeperName\":[\"K\"]}", "keeperName as an array"},
                {"/api/groups", "none", "{\"name\":\"G\",\"keeperName\":\"K\",\"cadenceDays\":\"7\"}", "cadenceDays as text"},
                {"/api/groups", "none", "{\"name\":\"G\",\"keeperName\":\"K\",\"cadenceDays\":1e10}", "cadenceDays huge"},
                {"/api/groups", "none", "{\"name\":\"G\",\"keeperName\":\"K\",\"recordingPolicy\":\"' OR 1=1 --\"}", "recordingPolicy as SQL"},
                {"/api/groups", "none", "{\"name\":\"G\",\"keeperName\":\"K\",\"cadenceDays\":123456789012345678901234}", "cadenceDays over 20 digits"},
                {"/api/sessions", "none", "{\"title\":\"T\",\"protocol\":\"forum\",\"facilitatorName\":\"A\",\"groupId\":-123456789012345678901234}", "groupId as a 24-digit number"},
                {"/api/groups", "none", "{\"name\":\"" + "g".repeat(5000) + "\",\"keeperName\":\"K\"}", "a 5000-character group name"},
                {"/api/groups", "none", "{\"name\":\"G\",\"keeperName\":\"K\",\"agreement\":\"" + "a".repeat(5000) + "\"}", "a 5000-character agreement"},
                {"/api/groups/{group}/members", "none", "{\"name\":\"M\",\"inviteCode\":\"x\",\"acceptAgreement\":\"yes\"}", "acceptAgreement as text"},
                {"/api/groups/{group}/members", "none", "{\"name\":{},\"inviteCode\":\"x\"}", "member name as an object"},
                {"/api/groups/{group}/topics", "keeper", "{\"title\":5}", "topic title as a number"},
                {"/api/groups/{group}/topics", "keeper", "{\"title\":\"" + "t".repeat(5000) + "\"}", "a 5000-character topic title"},
                {"/api/groups/{group}/knowledge", "keeper", "{\"context\":\"c\",\"approach\":[1],\"outcome\":\"o\"}", "approach as an array"},
        };
        for (String[] field : fields) {
            cases.add(arguments("POST " + field[0] + ": " + field[3], "POST", field[0], field[2], field[1], 400, "bad-request"));
        }
        String[][] puts = {
                {"/api/groups/{group}/topics/{topic}/status", "{\"status\":5}", "status as a number"},
                {"/api/groups/{group}/topics/{topic}/status", "{\"status\":\"' OR 1=1 --\"}", "status as SQL"},
                {"/api/groups/{group}/knowledge/{entry}/visibility", "{\"visibility\":true}", "visibility as a boolean"},
                {"/api/groups/{group}/knowledge/{entry}/visibility", "{\"visibility\":\"<script>\"}", "visibility as HTML"},
        };
        for (String[] put : puts) {
            cases.add(arguments("PUT " + put[0] + ": " + put[2], "PUT", put[0], put[1], "keeper", 400, "bad-request"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void a_hostile_body_is_refused_and_changes_nothing(String description, String method, String path, String body,
                                                       String token, int status, String code) throws Exception {
        assertRefusedAndNothingChanged(method, path, body, token, status, code);
    }

    // ---------------------------------------------------------------- injection text is only text

    @ParameterizedTest(name = "as title, names and card: {0}")
    @MethodSource("hostileText")
    void injection_text_is_stored_and_returned_verbatim_as_json_text(String text) throws Exception {
        Api api = running.api();
        int sessionsBefore = count("SELECT count(*) FROM sessions");
        Api.Reply created = api.post("/api/sessions", Json.MAPPER.createObjectNode()
                .put("title", text).put("protocol", "forum").put("facilitatorName", text).toString());
        assertEquals(201, created.status(), () -> String.valueOf(created.body()));
        String sessionId = created.body().path("sessionId").asText();
        String token = created.body().path("facilitator").path("token").asText();
        Api.Reply joined = api.post("/api/sessions/" + sessionId + "/participants", Json.MAPPER.createObjectNode()
                .put("name", text).put("inviteCode", created.body().path("inviteCode").asText()).toString());
        assertEquals(201, joined.status(), () -> String.valueOf(joined.body()));
        try (RoomClient ada = RoomClient.join(running.vertx(), running.server().port(), sessionId, token)) {
            JsonNode welcome = LiveSession.welcome(ada);
            assertEquals(text, welcome.path("state").path("title").asText(), "the welcome carries the title verbatim");
            JsonNode ack = ada.command("card.add", LiveSession.note(text));
            assertEquals("ack", ack.path("type").asText(), ack::toString);
            JsonNode event = ada.awaitEvent(ack.path("seq").asLong());
            assertTrue(event.toString().contains(Json.MAPPER.writeValueAsString(text)), "the frame holds the text JSON-escaped");
            ada.awaitDurable(ack.path("seq").asLong());
        }
        Api.Reply recap = api.recap(sessionId, token);
        assertEquals(200, recap.status());
        assertTrue(recap.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("nosniff", recap.raw().headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals(text, recap.body().path("title").asText(), "the recap returns the title verbatim");
        assertTrue(recap.raw().body().contains(Json.MAPPER.writeValueAsString(text)), "as a JSON string literal");
        assertTrue(recap.body().toString().contains(Json.MAPPER.writeValueAsString(text)), "the card text is in the recap");
        try (Connection sql = running.server().sql();
             PreparedStatement query = sql.prepareStatement(
                     "SELECT count(*) FROM session_events WHERE session_id = ? AND payload->'card'->>'text' = ?")) {
            query.setString(1, sessionId);
            query.setString(2, text);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getInt(1), "stored as the exact text");
            }
        }
        assertEquals(sessionsBefore + 1, count("SELECT count(*) FROM sessions"), "no statement but the insert ran");
    }

    static Stream<String> hostileText() {
        return HOSTILE_TEXT.stream();
    }

    @ParameterizedTest(name = "as group, topic and knowledge text: {0}")
    @MethodSource("hostileText")
    void injection_text_in_group_fields_is_only_text(String text) throws Exception {
        Api api = running.api();
        Api.Reply group = api.post("/api/groups", Json.MAPPER.createObjectNode().put("name", text).put("keeperName", text)
                .put("agreement", text).toString());
        assertEquals(201, group.status(), () -> String.valueOf(group.body()));
        String groupId = group.body().path("groupId").asText();
        String keeper = group.body().path("member").path("token").asText();
        Api.Reply topic = api.post("/api/groups/" + groupId + "/topics",
                Json.MAPPER.createObjectNode().put("title", text).put("details", text).toString(), keeper);
        assertEquals(201, topic.status(), () -> String.valueOf(topic.body()));
        Api.Reply entry = api.post("/api/groups/" + groupId + "/knowledge", knowledge(text, text, text), keeper);
        assertEquals(201, entry.status(), () -> String.valueOf(entry.body()));
        JsonNode shown = api.get("/api/groups/" + groupId, keeper).body();
        assertEquals(text, shown.path("name").asText());
        assertEquals(text, shown.path("agreement").asText());
        assertEquals(text, shown.path("members").get(0).path("name").asText());
        Api.Reply topics = api.get("/api/groups/" + groupId + "/topics", keeper);
        assertTrue(topics.raw().body().contains(Json.MAPPER.writeValueAsString(text)), topics.raw()::body);
        Api.Reply entries = api.get("/api/groups/" + groupId + "/knowledge", keeper);
        assertTrue(entries.raw().body().contains(Json.MAPPER.writeValueAsString(text)), entries.raw()::body);
        Api.Reply searched = api.get("/api/groups/" + groupId + "/knowledge?q=" + encode(text), keeper);
        assertEquals(200, searched.status(), () -> "a search for injection text is only a search: " + searched.body());
        assertTrue(count("SELECT count(*) FROM groups") >= 3, "the tables are all still there");
    }

    // ---------------------------------------------------------------- WebSocket path

    @ParameterizedTest(name = "WebSocket to session {0}")
    @ValueSource(strings = {"' OR 1=1 --", "<script>alert(1)</script>", "\u2019 OR \u20181\u2019=\u20181"})
    void a_socket_to_a_hostile_session_id_is_refused_with_a_token_of_another_session(String id) throws Exception {
        String before = digest();
        try (RoomClient client = RoomClient.open(running.vertx(), running.server().port(), encode(id))) {
            client.hello(TOKENS.get("facilitator"), 0);
            JsonNode error = client.await(frame -> "error".equals(frame.path("type").asText()));
            assertEquals("unauthorized", error.path("code").asText(), error::toString);
            client.awaitClose();
        }
        assertEquals(before, digest(), "nothing changed");
    }

    // ---------------------------------------------------------------- the count

    @AfterAll
    static void countHostileCases() throws Exception {
        Map<String, Integer> bySuite = new LinkedHashMap<>();
        for (Class<?> suite : List.of(MalformedFramesIT.class, MalformedFramesRoomRulesIT.class,
                MalformedFramesHandshakeIT.class, RestApiIT.class, RestApiJoinRecapIT.class, HostileInputIT.class)) {
            bySuite.put(suite.getSimpleName(), cases(suite));
        }
        int total = bySuite.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("Hostile input cases across suites: " + total + " " + bySuite);
        assertTrue(total >= 200, "at least 200 hostile cases: " + bySuite);
    }

    /** Test cases of a suite: each @Test once, each parameterized test once per argument. */
    static int cases(Class<?> suite) throws Exception {
        int total = 0;
        for (Method method : suite.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Test.class)) {
                total++;
            }
            if (method.isAnnotationPresent(ParameterizedTest.class)) {
                ValueSource values = method.getAnnotation(ValueSource.class);
                MethodSource source = method.getAnnotation(MethodSource.class);
                if (values != null) {
                    total += values.strings().length + values.ints().length + values.longs().length;
                } else if (source != null) {
                    String provider = source.value().length == 0 ? method.getName() : source.value()[0];
                    Method factory = suite.getDeclaredMethod(provider);
                    factory.setAccessible(true);
                    try (Stream<?> stream = (Stream<?>) factory.invoke(null)) {
                        total += (int) stream.count();
                    }
                }
            }
        }
        return total;
    }

    // ---------------------------------------------------------------- helpers

    private static void assertRefusedAndNothingChanged(String method, String path, String body, String tokenKey,
                                                       int status, String code) throws Exception {
        String resolved = path;
        for (Map.Entry<String, String> id : IDS.entrySet()) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        String token = TOKENS.get(tokenKey);
        String before = digest();
        Api api = running.api();
        Api.Reply reply = switch (method) {
            case "GET" -> api.get(resolved, token);
            case "POST" -> api.post(resolved, body, token);
            case "PUT" -> api.put(resolved, body, token);
            case "DELETE" -> api.delete(resolved, token);
            default -> throw new IllegalArgumentException(method);
        };
        String shown = reply.raw().body().length() > 300 ? reply.raw().body().substring(0, 300) : reply.raw().body();
        assertEquals(status, reply.status(), () -> method + " " + path + ": " + shown);
        assertNotNull(reply.body(), () -> "a JSON error body: " + shown);
        assertEquals(code, reply.errorCode(), shown);
        assertFalse(reply.errorMessage().isBlank());
        assertFalse(reply.raw().body().contains("root:x:0:0"), "no file is served");
        assertFalse(reply.raw().body().contains("SQL") || reply.raw().body().contains("syntax error"),
                () -> "no database detail leaks: " + shown);
        assertEquals(before, digest(), () -> method + " " + path + " changed the database");
    }

    /** A digest of every row of every table: equal digests mean nothing was stored, changed or deleted. */
    static String digest() throws Exception {
        try (Connection sql = running.server().sql()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement query = sql.prepareStatement("""
                    SELECT table_name FROM information_schema.tables
                     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name""");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            StringBuilder digest = new StringBuilder();
            for (String table : tables) {
                try (PreparedStatement query = sql.prepareStatement("SELECT count(*), md5(coalesce(string_agg(x::text, '|' "
                        + "ORDER BY x::text), '')) FROM public.\"" + table + "\" x");
                     ResultSet rows = query.executeQuery()) {
                    rows.next();
                    digest.append(table).append('=').append(rows.getLong(1)).append(':').append(rows.getString(2)).append(' ');
                }
            }
            return digest.toString();
        }
    }

    private static int count(String statement) throws Exception {
        try (Connection sql = running.server().sql(); PreparedStatement query = sql.prepareStatement(statement);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static String knowledge(String context, String approach, String outcome) {
        return Json.MAPPER.createObjectNode().put("context", context).put("approach", approach).put("outcome", outcome)
                .toString();
    }

    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
