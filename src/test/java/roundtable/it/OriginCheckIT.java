package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Cross-site WebSocket hijacking: a page of another origin is refused before any upgrade; the
 * server's own pages are let through to the next check.
 */
class OriginCheckIT extends OneServerPerClass {

    /** HTTP/1.1, as a WebSocket handshake is (an h2c upgrade would carry no Host header). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void a_handshake_from_a_foreign_origin_is_refused_before_the_upgrade() throws Exception {
        HttpResponse<String> reply = handshake("https://evil.example");
        assertEquals(403, reply.statusCode());
        assertTrue(reply.body().contains("\"forbidden\""), reply.body());
        assertEquals(403, handshake("http://localhost:" + (running.server().port() + 1)).statusCode(),
                "another port is another origin");
    }

    @Test
    void a_handshake_from_the_servers_own_origin_passes_the_origin_check() throws Exception {
        // No Upgrade header can be sent from this client: passing the origin check shows as the 400
        // for a plain HTTP request to the WebSocket address.
        HttpResponse<String> reply = handshake("http://localhost:" + running.server().port());
        assertEquals(400, reply.statusCode());
        assertTrue(reply.body().contains("\"bad-request\""), reply.body());
    }

    private HttpResponse<String> handshake(String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(running.server().baseUrl() + "/ws/sessions/anything"))
                .header("Origin", origin).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
