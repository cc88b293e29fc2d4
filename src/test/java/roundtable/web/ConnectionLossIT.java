package roundtable.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.web.Browsers.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import roundtable.TestServer;

/**
 * Knowing you are connected (issue section 2). A TCP relay stands between the participant's browser
 * and the server and swallows everything without closing anything, as hung Wi-Fi does: the page
 * notices within 20 s, says "Reconnecting…" and that you are offline, keeps what was typed
 * meanwhile visible as waiting, and delivers it exactly once when the network is back. A tab closed
 * while offline leaves its cards to be sent when the room is opened again.
 */
class ConnectionLossIT extends BrowserTest {

    private static final LocatorAssertions.HasAttributeOptions NOTICED_WITHIN_20_S =
            new LocatorAssertions.HasAttributeOptions().setTimeout(20_000);
    private static final LocatorAssertions.HasAttributeOptions BACK_WITHIN_30_S =
            new LocatorAssertions.HasAttributeOptions().setTimeout(30_000);

    private TcpRelay relay;


    @BeforeEach
    void openRelay() throws Exception {
        relay = new TcpRelay(TestServer.freePort(), server.port());
    }

    @AfterEach
    void closeRelay() throws Exception {
        relay.close();
    }

    private String throughRelay(JsonNode session) {
        return "http://localhost:" + relay.port() + "/s/" + session.path("sessionId").asText();
    }

    /**
     * Ada reaches the server directly; Ana (on a phone) and Ben through the relay. The network goes
     * silent; both pages notice, Ana's card typed meanwhile waits visibly, Ben writes one more and
     * closes his tab. When the network is back, Ana's card arrives exactly once, and Ben's arrives as
     * soon as he opens the room again.
     */
    @Test
    void a_silent_drop_is_noticed_within_20_seconds_and_nothing_written_meanwhile_is_lost_or_doubled() {
        JsonNode session = api.createSession("Forum", "forum", "Ada");
        Page ada = adaFacilitating(session);
        String invite = throughRelay(session) + "#invite=" + session.path("inviteCode").asText();
        Page ana = phone("Ana");
        join(ana, invite, "Ana");
        BrowserContext bensLaptop = device(1280, 900, false);
        Page ben = page(bensLaptop, "Ben");
        join(ben, invite, "Ben");

        relay.blackHole();
        long dark = System.nanoTime();
        addCard(ana, "Written in the tunnel");
        assertThat(ana.locator("#connection")).hasAttribute("data-status", "reconnecting", NOTICED_WITHIN_20_S);
        long noticedMs = (System.nanoTime() - dark) / 1_000_000;
        assertTrue(noticedMs <= 20_000, "noticed after " + noticedMs + " ms");
        System.out.println("ConnectionLossIT: a silent drop was noticed after " + noticedMs + " ms");
        assertThat(ana.locator("#connection-text")).containsText("Reconnecting");
        assertThat(ana.locator(".card.is-local")).containsText("Written in the tunnel");
        assertThat(ana.locator(".card.is-local")).containsText("Waiting for the connection");
        assertThat(ana.locator("#people")).containsText("offline, reconnecting");
        assertThat(ana.locator("#people-count")).containsText("You are offline");
        assertThat(ana.getByLabel("Your card")).hasValue("");

        assertThat(ben.locator("#connection")).hasAttribute("data-status", "reconnecting", NOTICED_WITHIN_20_S);
        addCard(ben, "Left in a closed tab");
        assertThat(ben.locator(".card.is-local")).containsText("Left in a closed tab");
        ben.close();

        relay.restore();
        assertThat(ana.locator("#connection")).hasAttribute("data-status", "live", BACK_WITHIN_30_S);
        assertThat(card(ana, "Written in the tunnel")).isVisible();
        assertThat(ana.locator(".card.is-local")).hasCount(0);
        assertThat(card(ada, "Written in the tunnel")).isVisible();
        assertEquals(1, card(ada, "Written in the tunnel").count(), "delivered exactly once");

        Page benBack = page(bensLaptop, "Ben, back");
        benBack.navigate(throughRelay(session));
        assertLive(benBack);
        assertThat(card(benBack, "Left in a closed tab")).isVisible();
        assertThat(card(ada, "Left in a closed tab")).isVisible();
        assertEquals(1, card(ada, "Left in a closed tab").count());
        assertThat(ada.locator("#people-count")).hasText("3 of 3 online");
    }
}
