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

    /** The facilitator straight to the server; Ana through the relay, on a phone. */
    private Page[] meet(JsonNode session, BrowserContext anasPhone) {
        Page ada = desktop("Ada");
        ada.navigate(session.path("links").path("facilitator").asText());
        assertLive(ada);
        Page ana = page(anasPhone, "Ana");
        join(ana, "http://localhost:" + relay.port() + "/s/" + session.path("sessionId").asText()
                + "#invite=" + session.path("inviteCode").asText(), "Ana");
        return new Page[] {ada, ana};
    }

    @Test
    void a_silent_drop_is_noticed_within_20_seconds_and_what_was_typed_meanwhile_arrives_once() {
        JsonNode session = api.createSession("Forum", "forum", "Ada");
        Page[] pages = meet(session, device(PHONE_WIDTH, 760, true));
        Page ada = pages[0];
        Page ana = pages[1];

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

        relay.restore();
        assertThat(ana.locator("#connection")).hasAttribute("data-status", "live", BACK_WITHIN_30_S);
        assertThat(card(ana, "Written in the tunnel")).isVisible();
        assertThat(ana.locator(".card.is-local")).hasCount(0);
        assertThat(card(ada, "Written in the tunnel")).isVisible();
        assertEquals(1, card(ada, "Written in the tunnel").count(), "delivered exactly once");
        assertThat(ana.locator("#people-count")).hasText("2 of 2 online");
    }

    @Test
    void a_tab_closed_while_offline_leaves_its_card_to_be_sent_when_the_room_opens_again() {
        JsonNode session = api.createSession("Forum", "forum", "Ada");
        BrowserContext anasPhone = device(PHONE_WIDTH, 760, true);
        Page[] pages = meet(session, anasPhone);
        Page ada = pages[0];
        Page ana = pages[1];

        relay.blackHole();
        assertThat(ana.locator("#connection")).hasAttribute("data-status", "reconnecting", NOTICED_WITHIN_20_S);
        addCard(ana, "Left in a closed tab");
        assertThat(ana.locator(".card.is-local")).containsText("Left in a closed tab");
        ana.close();

        relay.restore();
        Page back = page(anasPhone, "Ana, back");
        back.navigate("http://localhost:" + relay.port() + "/s/" + session.path("sessionId").asText());
        assertLive(back);
        assertThat(card(back, "Left in a closed tab")).isVisible();
        assertThat(card(ada, "Left in a closed tab")).isVisible();
        assertEquals(1, card(ada, "Left in a closed tab").count());
    }
}
