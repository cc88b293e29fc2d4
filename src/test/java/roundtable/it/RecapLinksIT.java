package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** A recap link opens the recap to whoever holds it, until it is revoked; nobody else gets in. */
class RecapLinksIT extends OneServerPerClass {

    @Test
    void the_facilitator_creates_a_link_that_opens_the_recap_until_it_is_revoked() {
        JsonNode session = running.api().createSession("Quarterly forum", "forum", "Ada");
        String sessionId = session.get("sessionId").asText();
        String token = session.at("/facilitator/token").asText();

        Api.Reply created = running.api().post("/api/sessions/" + sessionId + "/recap-links", "{\"expiresInHours\":24}", token);
        assertEquals(201, created.status(), () -> created.body().toString());
        String link = created.body().get("token").asText();
        assertTrue(link.length() >= 43, "at least 256 bits, base64url");
        assertEquals("/recap/" + link, URI.create(created.body().get("url").asText()).getPath());
        assertTrue(created.body().hasNonNull("expiresAt"));

        Api.Reply recap = running.api().get("/api/recaps/" + link, null);
        assertEquals(200, recap.status());
        assertEquals("Quarterly forum", recap.body().get("title").asText());
        assertEquals("noindex, nofollow", recap.raw().headers().firstValue("X-Robots-Tag").orElse(""));
        assertEquals("no-store", recap.raw().headers().firstValue("Cache-Control").orElse(""));

        Api.Reply page = running.api().get("/recap/" + link, null);
        assertEquals(200, page.status(), "the recap page is served");
        assertEquals("noindex, nofollow", page.raw().headers().firstValue("X-Robots-Tag").orElse(""));
        assertEquals("no-store", page.raw().headers().firstValue("Cache-Control").orElse(""));
        assertTrue(created.body().get("expiresAt").isIntegralNumber(), "epoch ms, like every time in the API");

        Api.Reply revoked = running.api().delete("/api/sessions/" + sessionId + "/recap-links/" + link, token);
        assertEquals(204, revoked.status());
        Api.Reply gone = running.api().get("/api/recaps/" + link, null);
        assertEquals(404, gone.status());
        assertEquals("not-found", gone.errorCode());
        assertEquals(gone.body(), running.api().get("/api/recaps/never-a-link", null).body(),
                "a revoked link and one that never existed get the same answer");
        assertEquals(404, running.api().delete("/api/sessions/" + sessionId + "/recap-links/" + link, token).status());
    }

    @Test
    void only_the_facilitator_of_that_session_creates_links_and_the_expiry_is_checked() {
        JsonNode session = running.api().createSession("Forum", "forum", "Ada");
        String sessionId = session.get("sessionId").asText();
        String peer = running.api().join(session, "Grace").get("token").asText();
        String otherFacilitator = running.api().createSession("Other", "forum", "Bo").at("/facilitator/token").asText();
        String path = "/api/sessions/" + sessionId + "/recap-links";

        assertEquals("forbidden", running.api().post(path, "{}", peer).errorCode());
        assertEquals("forbidden", running.api().post(path, "{}", otherFacilitator).errorCode());
        assertEquals("unauthorized", running.api().post(path, "{}").errorCode());
        Api.Reply zero = running.api().post(path, "{\"expiresInHours\":0}", session.at("/facilitator/token").asText());
        assertEquals("bad-request", zero.errorCode());
        assertTrue(zero.errorMessage().contains("expiresInHours"));
    }
}
