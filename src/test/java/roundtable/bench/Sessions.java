package roundtable.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The sessions of a run and their seats. Roundtable's are made the way clients make them, over
 * REST (3.3 and 3.4 of docs/api.md): a forum session per facilitator, the others joined with the
 * invite code. The raw server checks nothing, so its sessions are just fresh ids.
 */
final class Sessions {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Sessions set up at once. Each REST call commits before it answers (tens of milliseconds), and the
     * joins of one session queue in its room, so only many sessions at once make 2,000 calls quick.
     */
    private static final int PARALLEL_SESSIONS = 16;

    private Sessions() {
    }

    /** {@code count} forum sessions of {@code size} seats, the facilitator's first in each. */
    static List<List<Seat>> roundtable(String baseUrl, int count, int size) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService calls = Executors.newFixedThreadPool(PARALLEL_SESSIONS);
        try {
            List<Future<List<Seat>>> sessions = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int number = i + 1;
                sessions.add(calls.submit(() -> roundtableSession(http, baseUrl, "Bench session " + number, size)));
            }
            List<List<Seat>> seats = new ArrayList<>();
            for (Future<List<Seat>> session : sessions) {
                seats.add(session.get());
            }
            return seats;
        } finally {
            calls.shutdownNow();
        }
    }

    static List<Seat> roundtableSession(HttpClient http, String baseUrl, String title, int size) throws Exception {
        JsonNode created = post(http, baseUrl + "/api/sessions", JSON.createObjectNode()
                .put("title", title).put("protocol", "forum").put("facilitatorName", "Facilitator").toString());
        String sessionId = created.path("sessionId").asText();
        List<Seat> seats = new ArrayList<>();
        seats.add(new Seat(sessionId, created.path("facilitator").path("token").asText(), true));
        for (int i = 1; i < size; i++) {
            JsonNode joined = post(http, baseUrl + "/api/sessions/" + sessionId + "/participants", JSON.createObjectNode()
                    .put("name", "Peer " + i).put("inviteCode", created.path("inviteCode").asText()).toString());
            seats.add(new Seat(sessionId, joined.path("token").asText(), false));
        }
        return seats;
    }

    /** Sessions of the raw server: random ids of Roundtable's shape, a token nobody reads. */
    static List<List<Seat>> raw(int count, int size) {
        SecureRandom random = new SecureRandom();
        List<List<Seat>> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] id = new byte[16];
            random.nextBytes(id);
            String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
            List<Seat> seats = new ArrayList<>();
            for (int j = 0; j < size; j++) {
                seats.add(new Seat(sessionId, "raw", j == 0));
            }
            sessions.add(seats);
        }
        return sessions;
    }

    /**
     * Seats in the order the load client uses them: first seat of every session, then the second of
     * every session, …, so consecutive sends of a loop go to different sessions.
     */
    static List<Seat> interleaved(List<List<Seat>> sessions) {
        List<Seat> seats = new ArrayList<>();
        int size = sessions.stream().mapToInt(List::size).max().orElse(0);
        for (int j = 0; j < size; j++) {
            for (List<Seat> session : sessions) {
                if (j < session.size()) {
                    seats.add(session.get(j));
                }
            }
        }
        return seats;
    }

    /** The phase index in a welcome frame's state, or -1 (the raw server has no phases). */
    static int phaseIndex(String welcome) throws IOException {
        return JSON.readTree(welcome).path("state").path("phase").path("index").asInt(-1);
    }

    private static JsonNode post(HttpClient http, String url, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
