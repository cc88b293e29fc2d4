package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import roundtable.wire.Json;

/** The REST side of the contract, spoken over real HTTP. */
public final class Api {

    /** A response: its status and its body as JSON (null when there is none). */
    public record Reply(int status, JsonNode body, HttpResponse<String> raw) {
        public String errorCode() {
            return body.path("error").path("code").asText(null);
        }

        public String errorMessage() {
            return body.path("error").path("message").asText(null);
        }
    }

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Creates a session and fails the test if the server refuses. */
    public JsonNode createSession(String title, String protocol, String facilitatorName) {
        return createSession(title, protocol, facilitatorName, null);
    }

    /** Creates a session held in {@code language} (the server's default when null). */
    public JsonNode createSession(String title, String protocol, String facilitatorName, String language) {
        var body = Json.MAPPER.createObjectNode()
                .put("title", title).put("protocol", protocol).put("facilitatorName", facilitatorName);
        if (language != null) {
            body.put("language", language);
        }
        Reply reply = post("/api/sessions", body.toString());
        expect(201, reply);
        return reply.body();
    }

    /** Joins with the session's invite code and fails the test if the server refuses. */
    public JsonNode join(JsonNode session, String name) {
        Reply reply = post("/api/sessions/" + session.get("sessionId").asText() + "/participants",
                Json.MAPPER.createObjectNode().put("name", name).put("inviteCode", session.get("inviteCode").asText()).toString());
        expect(201, reply);
        return reply.body();
    }

    public Reply recap(String sessionId, String token) {
        return get("/api/sessions/" + sessionId + "/recap", token);
    }

    public Reply post(String path, String body) {
        return post(path, body, null);
    }

    /** A POST as the holder of {@code token}, or anonymously when it is null. */
    public Reply post(String path, String body, String token) {
        return send("POST", path, body, bearer(token));
    }

    /** A PUT as the holder of {@code token}, or anonymously when it is null. */
    public Reply put(String path, String body, String token) {
        return send("PUT", path, body, bearer(token));
    }

    public Reply delete(String path, String token) {
        return send("DELETE", path, null, bearer(token));
    }

    public Reply get(String path, String token) {
        return send("GET", path, null, bearer(token));
    }

    /** A GET with this exact Authorization header value, or none when null. */
    public Reply getWithAuthorization(String path, String authorization) {
        return send("GET", path, null, authorization);
    }

    private static String bearer(String token) {
        return token == null ? null : "Bearer " + token;
    }

    /** A request with a JSON body, or none when {@code body} is null, and this Authorization header, or none. */
    private Reply send(String method, String path, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            boolean json = response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
            JsonNode body = json && !response.body().isEmpty() ? Json.MAPPER.readTree(response.body()) : null;
            return new Reply(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri().getPath() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Fails the test unless the reply is a 400 bad-request whose message names {@code field}. */
    static void assertRefused(Reply reply, String field) {
        assertEquals(400, reply.status(), () -> "refused: " + reply.body());
        assertEquals("bad-request", reply.errorCode());
        assertTrue(reply.errorMessage().contains(field), () -> "'" + reply.errorMessage() + "' names " + field);
    }

    /** The one item of a list the server answered with; fails the test unless there is exactly one. */
    static JsonNode only(Reply reply) {
        assertEquals(200, reply.status(), () -> reply.body().toString());
        assertEquals(1, reply.body().size(), () -> reply.body().toString());
        return reply.body().get(0);
    }

    private static void expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + " but got " + reply.status() + ": " + reply.body());
        }
    }
}
