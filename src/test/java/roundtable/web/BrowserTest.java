package roundtable.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import roundtable.TestServer;
import roundtable.it.Api;

/**
 * What the browser tests of the room share: one server and one chromium per class, a context per
 * person (one of them can be a phone), and a record of script errors and dialogs, which fails the
 * test. The server lets a participant take over from a facilitator away for 3 s, so that a test of
 * it need not wait two minutes; no other test leaves a facilitator away that long.
 */
abstract class BrowserTest {

    static final int PHONE_WIDTH = 360;
    static final Duration TAKEOVER = Duration.ofSeconds(3);

    static TestServer server;
    static Api api;
    static Playwright playwright;
    static Browser browser;

    final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launch() throws Exception {
        Browsers.assumeChromium();
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        server = TestServer.start(config -> config.withFacilitatorTakeover(TAKEOVER));
        api = new Api(server.baseUrl());
        playwright = Playwright.create();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void quit() throws Exception {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.close();
    }

    @AfterEach
    void closeContextsAndCheck() {
        for (BrowserContext context : contexts) {
            try {
                context.close();
            } catch (RuntimeException closedAlready) {
                // a test closed it (a person left); nothing more to do
            }
        }
        contexts.clear();
        assertTrue(problems.isEmpty(), () -> "no script errors or dialogs in the pages: " + problems);
    }

    /** A browser of its own: another person, or the same person on another device, reading English. */
    BrowserContext device(int width, int height, boolean phone) {
        return device(width, height, phone, "en-US");
    }

    /** A browser of its own whose languages are {@code locale}'s, as a person's browser in that country would be. */
    BrowserContext device(int width, int height, boolean phone, String locale) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(width, height).setLocale(locale);
        if (phone) options.setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2);
        BrowserContext context = browser.newContext(options);
        contexts.add(context);
        return context;
    }

    Page desktop(String who) {
        return page(device(1280, 900, false), who);
    }

    Page phone(String who) {
        return page(device(PHONE_WIDTH, 760, true), who);
    }

    /** A new tab in {@code context}, watched for script errors and dialogs. */
    Page page(BrowserContext context, String who) {
        Page page = context.newPage();
        page.onPageError(error -> problems.add(who + ": script error " + error));
        page.onDialog(dialog -> {
            problems.add(who + ": a dialog opened: " + dialog.message());
            dialog.dismiss();
        });
        return page;
    }

    /** Ada's desktop page, live in the room of {@code session} as its facilitator. */
    Page adaFacilitating(JsonNode session) {
        Page ada = desktop("Ada");
        ada.navigate(session.path("links").path("facilitator").asText());
        assertLive(ada);
        return ada;
    }

    static void join(Page page, String inviteLink, String name) {
        page.navigate(inviteLink);
        page.getByLabel("Your name").fill(name);
        Browsers.button(page, "Join").click();
        assertLive(page);
    }

    static void assertLive(Page page) {
        assertThat(page.locator("#connection")).hasAttribute("data-status", "live");
    }

    static void addCard(Page page, String text) {
        page.getByLabel("Your card").fill(text);
        Browsers.button(page, "Add card").click();
    }
}
