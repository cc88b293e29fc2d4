package roundtable.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import roundtable.TestServer;

/**
 * The browser client against a real server: a facilitator starts a forum session, a peer joins by
 * the invite link, a card travels between them, phases move for both, a reload keeps the peer in
 * the room, and a server restart loses nothing.
 */
class RoomPageIT {

    @Test
    void facilitatorAndPeerShareOneLiveRoom() throws Exception {
        Browsers.assumeChromium();
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        List<String> pageErrors = new CopyOnWriteArrayList<>();

        try (TestServer server = TestServer.start();
             Playwright playwright = Playwright.create();
             Browser browser = Browsers.launch(playwright);
             BrowserContext facilitatorContext = browser.newContext(
                     new Browser.NewContextOptions().setViewportSize(1280, 900));
             BrowserContext peerContext = browser.newContext(
                     new Browser.NewContextOptions().setViewportSize(1024, 800))) {
            String base = server.baseUrl();

            // Ada starts a session and lands in the room as its facilitator.
            Page ada = facilitatorContext.newPage();
            ada.onPageError(error -> pageErrors.add("facilitator page: " + error));
            ada.navigate(base + "/");
            ada.getByLabel("Session title").fill("Monthly forum");
            ada.getByLabel("Protocol").selectOption("forum");
            assertThat(ada.getByText("Experience shares")).isVisible();
            ada.getByLabel("Your name").fill("Ada");
            button(ada, "Start session").click();

            assertThat(phaseHeading(ada, "Check-in")).isVisible();
            assertTrue(ada.url().contains("/facilitate"), "lands on the facilitator page: " + ada.url());
            assertFalse(ada.url().contains("#"), "the secrets were moved out of the address bar: " + ada.url());
            assertThat(button(ada, "Next phase")).isVisible();
            String inviteLink = ada.getByLabel("Invite link").inputValue();
            assertTrue(inviteLink.startsWith(base + "/s/") && inviteLink.contains("#invite="),
                    "the invite link points at the room: " + inviteLink);

            // Grace follows the invite link and joins under her own name.
            Page grace = peerContext.newPage();
            grace.onPageError(error -> pageErrors.add("participant page: " + error));
            grace.navigate(inviteLink);
            grace.getByLabel("Your name").fill("Grace");
            button(grace, "Join").click();
            assertThat(phaseHeading(grace, "Check-in")).isVisible();
            assertThat(button(grace, "Next phase")).isHidden();
            assertThat(ada.locator("#people").getByText("Grace")).isVisible();

            // Her card reaches Ada's board.
            grace.getByLabel("Kind").selectOption("note");
            grace.getByLabel("Your card").fill("Glad to be here");
            button(grace, "Add card").click();
            assertThat(ada.getByText("Glad to be here")).isVisible();
            assertThat(grace.getByText("Glad to be here")).isVisible();

            // The facilitator moves the group forward and back; both rooms follow.
            button(ada, "Next phase").click();
            assertThat(phaseHeading(ada, "Accountability round")).isVisible();
            assertThat(phaseHeading(grace, "Accountability round")).isVisible();
            assertThat(grace.locator("#phase-step")).hasText("Phase 2 of 7 · Forum issue processing");

            button(ada, "Previous phase").click();
            assertThat(phaseHeading(ada, "Check-in")).isVisible();
            assertThat(phaseHeading(grace, "Check-in")).isVisible();
            assertThat(grace.locator("#progress [aria-current=step]")).containsText("Check-in");

            // After a reload Grace is still in the room: her credential waits in localStorage.
            Object stored = grace.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('roundtable.session.')).length");
            assertEquals(1, ((Number) stored).intValue(), "one stored credential");
            grace.reload();
            assertThat(phaseHeading(grace, "Check-in")).isVisible();
            assertThat(grace.getByText("Glad to be here")).isVisible();
            assertThat(grace.getByLabel("Your name")).isHidden();
            assertThat(grace.locator("#connection")).hasAttribute("data-status", "live");

            // The server restarts. A card written while it is away waits in the outbox, and both
            // rooms reconnect on their own and carry on.
            CompletableFuture<Void> restart = CompletableFuture.runAsync(() -> {
                try {
                    server.restart();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            });
            assertThat(grace.locator("#connection")).hasAttribute("data-status", "reconnecting");
            grace.getByLabel("Your card").fill("Written while the server was away");
            button(grace, "Add card").click();
            restart.get(60, TimeUnit.SECONDS);
            LocatorAssertions.HasAttributeOptions patiently = new LocatorAssertions.HasAttributeOptions().setTimeout(20_000);
            assertThat(grace.locator("#connection")).hasAttribute("data-status", "live", patiently);
            assertThat(ada.locator("#connection")).hasAttribute("data-status", "live", patiently);
            assertThat(ada.getByText("Written while the server was away")).isVisible();
            assertThat(ada.getByText("Glad to be here")).isVisible();
        }
        assertTrue(pageErrors.isEmpty(), "no script errors in the pages: " + pageErrors);
    }

    private static Locator button(Page page, String name) {
        return Browsers.button(page, name);
    }

    private static Locator phaseHeading(Page page, String name) {
        return Browsers.phaseHeading(page, name);
    }
}
