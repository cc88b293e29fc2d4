package roundtable.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.web.Browsers.button;
import static roundtable.web.Browsers.heading;
import static roundtable.web.Browsers.phaseHeading;
import static roundtable.web.Browsers.screenshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import roundtable.TestServer;
import roundtable.it.Api;
import roundtable.it.RoomClient;
import roundtable.wire.Json;

/**
 * The group page in two browsers: the keeper starts a group from the start page, a peer joins by
 * the invite link after accepting the agreement, the group meets (three sessions over sockets, so
 * the page has a history to show), the keeper starts the next session from the group page and the
 * peer joins it from there, where the accountability round brings last time's commitments and Grace
 * reports back on hers; the page shows commitments, knowledge and the group's health.
 */
class GroupPageIT {

    private static final String XSS = "<img src=x onerror=alert(1)>";
    private static final String GRACE_COMMITMENT = "Bring one near miss of my own to the next incident review";
    private static final String AGREEMENT = "What is said here stays here. We share experience, not advice.";

    @Test
    void aGroupIsStartedJoinedAndMeetsFromItsPage() throws Exception {
        Browsers.assumeChromium();
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        List<String> problems = new CopyOnWriteArrayList<>();
        Vertx vertx = Vertx.vertx();

        try (TestServer server = TestServer.start();
             Playwright playwright = Playwright.create();
             Browser browser = Browsers.launch(playwright);
             BrowserContext adaContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
             BrowserContext graceContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 800))) {
            String base = server.baseUrl();
            Api api = new Api(base);
            Files.createDirectories(Browsers.SCREENSHOTS);
            Page ada = watched(adaContext.newPage(), "Ada", problems);
            Page grace = watched(graceContext.newPage(), "Grace", problems);

            // ---- Ada starts a group from the start page ----
            ada.navigate(base + "/");
            assertThat(heading(ada, "Start a group")).isVisible();
            ada.getByLabel("Group name").fill("Engineering leads circle");
            ada.getByLabel("Keeper's name (you)").fill("Ada");
            ada.getByLabel("Group agreement").fill(AGREEMENT);
            ada.getByLabel("Days between meetings").fill("21");
            ada.getByLabel("The board without names").check();
            button(ada, "Start group").click();

            assertThat(heading(ada, "Engineering leads circle")).isVisible();
            assertTrue(ada.url().matches(".*/g/[A-Za-z0-9_-]+$"), () -> "lands on the group page, fragment cleared: " + ada.url());
            String groupId = ada.url().substring(ada.url().lastIndexOf('/') + 1);
            Locator members = ada.locator("#members-list");
            assertThat(members.getByRole(AriaRole.LISTITEM)).hasCount(1);
            assertThat(members.getByRole(AriaRole.LISTITEM).first()).containsText("Ada");
            assertThat(members.getByRole(AriaRole.LISTITEM).first()).containsText("keeper");
            String invite = ada.getByLabel("Invite link", new Page.GetByLabelOptions().setExact(true)).inputValue();
            assertTrue(invite.startsWith(base + "/g/" + groupId + "#invite="), invite);
            assertThat(ada.locator("#next-when")).containsText("every 21 days");

            // ---- Grace opens the invite link, reads the agreement, and joins only once she accepts it ----
            grace.navigate(invite);
            assertThat(heading(grace, "Join Engineering leads circle")).isVisible();
            assertThat(grace.locator("#agreement-text")).hasText(AGREEMENT);
            assertThat(grace.locator("#join-terms")).containsText("not who wrote them");
            assertFalse(grace.url().contains("#"), "the invite code left the address bar: " + grace.url());
            grace.getByLabel("Your name").fill("Grace");
            button(grace, "Join group").click();
            assertThat(grace.getByRole(AriaRole.ALERT)).containsText("I accept the group agreement");
            assertThat(heading(grace, "Join Engineering leads circle")).isVisible();
            grace.getByLabel("I accept the group agreement").check();
            button(grace, "Join group").click();
            assertThat(grace.locator("#whoami")).hasText("You are Grace");
            assertThat(grace.locator("#members-list").getByRole(AriaRole.LISTITEM)).hasCount(2);

            // ---- the group meets three times (over sockets), so the page has a history ----
            Map<String, JsonNode> creds = new LinkedHashMap<>();
            creds.put("Ada", credential(ada, groupId));
            creds.put("Grace", credential(grace, groupId));
            api.post("/api/groups/" + groupId + "/knowledge", Json.MAPPER.createObjectNode()
                    .put("context", "Incident reviews turned into hunts for someone to blame " + XSS)
                    .put("approach", "Asked what made the mistake easy to make, never who made it")
                    .put("outcome", "People brought their own near misses to the next review").toString(),
                    creds.get("Ada").path("token").asText());
            history(vertx, server, api, groupId, creds);

            // ---- Ada's page shows the sessions, commitments, knowledge and health ----
            ada.reload();
            assertThat(heading(ada, "Group health")).isVisible();
            assertThat(ada.locator("#sessions-list").getByRole(AriaRole.LISTITEM)).hasCount(3);
            assertThat(ada.locator(".signal")).hasCount(1);
            assertThat(ada.locator(".signal")).containsText("none was reported back on");
            assertThat(ada.locator("#health svg.chart")).hasCount(2);
            assertThat(ada.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Follow-up rate per session"))).hasCount(1);
            assertThat(ada.locator("#health-rows tr")).hasCount(3);
            assertThat(heading(ada, "Open commitments")).isVisible();
            assertThat(ada.locator("#open-commitments")).containsText("Ask the platform team about noisy alerts");
            assertThat(ada.locator("#open-commitments")).containsText(XSS);
            assertThat(ada.locator("#recent-reports")).containsText("Write up the on-call handover");
            assertThat(ada.locator("#recent-reports")).containsText("The next rotation started calmer");

            ada.getByLabel("Search the group's knowledge").fill("blame");
            button(ada, "Search").click();
            Locator results = ada.locator("#knowledge-results > li");
            assertThat(results).hasCount(1);
            assertThat(results.first().locator("mark").first()).hasText("blame");
            assertThat(results.first()).containsText(XSS);
            assertThat(ada.locator("#knowledge-status")).containsText("1 entry found");

            // ---- Ada starts the next session from the group page and lands in its room ----
            ada.getByLabel("Session title").fill("April circle");
            button(ada, "Start the next session").click();
            assertThat(phaseHeading(ada, "Check-in")).isVisible();
            assertTrue(ada.url().contains("/facilitate"), ada.url());
            assertThat(button(ada, "Next phase")).isVisible();

            // ---- Grace joins it from her group page ----
            grace.reload();
            assertThat(grace.locator("#sessions-list").getByRole(AriaRole.LISTITEM)).hasCount(4);
            button(grace, "Join April circle").click();
            assertThat(phaseHeading(grace, "Check-in")).isVisible();
            assertThat(grace.locator("#connection")).hasAttribute("data-status", "live");
            assertFalse(grace.url().contains("#"), grace.url());
            // She is in under her member id, so the facilitator sees her by name.
            assertThat(ada.locator("#people")).containsText("Grace");

            // ---- the accountability round walks through what was promised last time ----
            button(ada, "Next phase").click();
            for (Page page : List.of(ada, grace)) {
                assertThat(phaseHeading(page, "Accountability round")).isVisible();
                assertThat(page.locator("#commitments")).hasClass(Pattern.compile("\\bis-prominent\\b"));
            }
            Locator adaEarlier = fromLastTime(ada);
            Locator graceEarlier = fromLastTime(grace);
            // Ada's from February (never reported back on) and Grace's from March.
            assertThat(adaEarlier).hasCount(2);
            assertThat(graceEarlier).hasCount(2);
            Locator gracesOwn = graceEarlier.filter(new Locator.FilterOptions().setHasText(GRACE_COMMITMENT));
            Locator adasOnGrace = graceEarlier.filter(new Locator.FilterOptions().setHasText("Ask the platform team"));
            assertThat(adasOnGrace.locator(".commitment-text")).hasText("Ask the platform team about noisy alerts " + XSS);
            assertThat(grace.locator("#commitments img")).hasCount(0);
            assertThat(gracesOwn.locator(".commitment-owner")).hasText("Grace (you)");
            assertThat(button(adasOnGrace, "Report back")).hasCount(0);
            Locator gracesOnAda = adaEarlier.filter(new Locator.FilterOptions().setHasText(GRACE_COMMITMENT));
            // The facilitator may report for anyone, so sees the button on every open commitment.
            assertThat(button(gracesOnAda, "Report back")).isVisible();
            assertThat(ada.locator("#commitments-earlier-progress")).hasText("0 of 2 reported back.");

            // The round starts with Grace (Ada runs it and takes the last turn); her commitment stands
            // out, and she reports back on it.
            assertThat(grace.locator(".floor-speaker")).containsText("You have the floor");
            assertThat(gracesOwn).hasClass(Pattern.compile("\\bis-speaking\\b"));
            button(gracesOwn, "Report back").click();
            gracesOwn.getByLabel("Status").selectOption(new SelectOption().setLabel("Partly"));
            gracesOwn.getByLabel("What I tried").fill("Asked each lead to bring one near miss to the review");
            gracesOwn.getByLabel("What happened").fill("Two of four did; the talk was calmer than any blame hunt");
            gracesOwn.getByLabel("What I'd do differently").fill("Ask a week ahead, not the day before");
            grace.screenshot(screenshot("report-back.png", true));
            button(gracesOwn, "Save report").click();
            assertThat(gracesOwn.locator(".commitment-status")).hasText("Partly done");
            assertThat(gracesOnAda.locator(".commitment-status")).hasText("Partly done",
                    new LocatorAssertions.HasTextOptions().setTimeout(1000));
            assertThat(gracesOnAda).containsText("What happened: Two of four did");
            assertThat(gracesOnAda).containsText("Next time: Ask a week ahead");
            assertThat(button(gracesOnAda, "Report back")).hasCount(0);
            assertThat(ada.locator("#commitments-earlier-progress")).hasText("1 of 2 reported back.");
            assertThat(ada.locator("#announcer")).containsText("Grace reported back");

            // A commitment made mid-round, from the folded form.
            ada.locator("#commit-make > summary").click();
            ada.getByLabel("Your commitment").fill("Shadow the platform team's next on-call handover");
            button(ada, "Add commitment").click();
            Locator madeHere = grace.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Made in this session"))
                    .getByRole(AriaRole.LISTITEM);
            assertThat(madeHere).hasCount(1);
            assertThat(madeHere).containsText("Shadow the platform team's next on-call handover");
            assertThat(madeHere.locator(".commitment-owner")).hasText("Ada");
            assertThat(button(madeHere, "Report back")).hasCount(0);
            ada.screenshot(screenshot("accountability.png", true));

            // ---- back on the group page (the member key kept in this browser), for the picture ----
            ada.navigate(base + "/g/" + groupId);
            assertThat(heading(ada, "Group health")).isVisible();
            assertThat(ada.locator("#sessions-list .is-open")).hasCount(1);
            assertThat(ada.locator("#health svg.chart")).hasCount(2);
            ada.screenshot(screenshot("group.png", true));

            // On a phone the page is one column and nothing runs off the side.
            ada.setViewportSize(360, 740);
            assertThat(heading(ada, "Group health")).isVisible();
            Object overflow = ada.evaluate("() => document.scrollingElement.scrollWidth - window.innerWidth");
            assertEquals(0, ((Number) overflow).intValue(), "no horizontal scrolling at 360 px");

            assertEquals(List.of(), problems, "no script errors, no dialogs, no blocked content");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
    }

    /** The commitments the room lists under "From last time". */
    private static Locator fromLastTime(Page page) {
        return page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("From last time"))
                .getByRole(AriaRole.LISTITEM);
    }

    /** Records script errors, dialogs (a script smuggled in by data would open one) and CSP reports. */
    private static Page watched(Page page, String who, List<String> problems) {
        page.onPageError(error -> problems.add(who + ": script error " + error));
        page.onDialog(dialog -> {
            problems.add(who + ": a dialog opened: " + dialog.message());
            dialog.dismiss();
        });
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().contains("favicon")) {
                problems.add(who + ": console error " + message.text());
            }
        });
        return page;
    }

    /** The member credential the group page keeps in this browser. */
    private static JsonNode credential(Page page, String groupId) throws Exception {
        Object stored = page.evaluate("id => localStorage.getItem('roundtable.group.' + id)", groupId);
        JsonNode credential = Json.MAPPER.readTree(String.valueOf(stored));
        assertTrue(credential.hasNonNull("token") && credential.hasNonNull("memberId"), credential::toString);
        return credential;
    }

    /**
     * Three sessions: commitments made, most reported back in the next, takeaways kept, the floor
     * shared unevenly once; the last one leaves Ada's commitment unreported, so the page shows a signal.
     */
    private static void history(Vertx vertx, TestServer server, Api api, String groupId, Map<String, JsonNode> creds)
            throws InterruptedException {
        String adaId = creds.get("Ada").path("memberId").asText();
        String graceId = creds.get("Grace").path("memberId").asText();

        try (Meeting january = new Meeting(vertx, server, api, groupId, "January circle", "Ada", creds, "Grace")) {
            january.talk("Ada", Map.of(adaId, 420L, graceId, 200L));
            january.commit("Ada", "Write up the on-call handover");
            january.commit("Grace", "Pair with a new lead on their first incident review");
            january.ok("Ada", "phase.goto", RoomClient.args().put("phaseId", "check-out"));
            january.card("Ada", "takeaway", "Ask what made it easy to get wrong");
            january.card("Grace", "takeaway", "Near misses are worth a review too");
            january.end("Ada");
        }
        try (Meeting february = new Meeting(vertx, server, api, groupId, "February circle", "Grace", creds, "Ada")) {
            for (JsonNode brought : february.welcome("Grace").path("state").path("commitments")) {
                boolean adas = brought.path("ownerId").asText().equals(adaId);
                february.ok(adas ? "Ada" : "Grace", "commitment.report", RoomClient.args()
                        .put("commitmentId", brought.path("id").asText()).put("status", adas ? "done" : "partly")
                        .put("happened", adas ? "The next rotation started calmer" : "We paired once, then holidays"));
            }
            february.talk("Grace", Map.of(graceId, 300L, adaId, 260L));
            february.commit("Ada", "Ask the platform team about noisy alerts " + XSS);
            february.ok("Grace", "phase.goto", RoomClient.args().put("phaseId", "check-out"));
            february.card("Ada", "takeaway", "Name the pattern, not the person");
            february.end("Grace");
        }
        try (Meeting march = new Meeting(vertx, server, api, groupId, "March circle", "Ada", creds, "Grace")) {
            march.talk("Ada", Map.of(adaId, 260L, graceId, 300L));
            march.commit("Grace", GRACE_COMMITMENT);
            march.ok("Ada", "phase.goto", RoomClient.args().put("phaseId", "check-out"));
            march.card("Grace", "takeaway", "Write the question down before the meeting");
            march.end("Ada");
        }
    }

    /** One group session over sockets: started by a member, joined by the others with their member tokens. */
    private static final class Meeting implements AutoCloseable {

        private final Map<String, RoomClient> clients = new LinkedHashMap<>();
        private final Map<String, JsonNode> welcomes = new LinkedHashMap<>();

        Meeting(Vertx vertx, TestServer server, Api api, String groupId, String title, String facilitator,
                Map<String, JsonNode> creds, String... others) {
            Api.Reply created = api.post("/api/sessions", Json.MAPPER.createObjectNode().put("title", title)
                    .put("groupId", groupId).toString(), creds.get(facilitator).path("token").asText());
            assertEquals(201, created.status(), () -> String.valueOf(created.body()));
            String sessionId = created.body().path("sessionId").asText();
            arrive(vertx, server, sessionId, facilitator, created.body().path("facilitator").path("token").asText());
            for (String name : others) {
                Api.Reply joined = api.post("/api/sessions/" + sessionId + "/participants", "{}",
                        creds.get(name).path("token").asText());
                assertEquals(201, joined.status(), () -> String.valueOf(joined.body()));
                arrive(vertx, server, sessionId, name, joined.body().path("token").asText());
            }
        }

        private void arrive(Vertx vertx, TestServer server, String sessionId, String name, String token) {
            RoomClient client = RoomClient.join(vertx, server.port(), sessionId, token);
            JsonNode welcome = client.await(frame -> "welcome".equals(frame.path("type").asText()));
            clients.values().forEach(other -> other.awaitSeq(welcome.path("seq").asLong()));
            clients.put(name, client);
            welcomes.put(name, welcome);
        }

        JsonNode welcome(String name) {
            return welcomes.get(name);
        }

        long ok(String name, String command, ObjectNode args) {
            JsonNode reply = clients.get(name).command(command, args);
            assertEquals("ack", reply.path("type").asText(), () -> name + " " + command + ": " + reply);
            long seq = reply.path("seq").asLong();
            clients.values().forEach(client -> client.awaitSeq(seq));
            return seq;
        }

        void commit(String name, String text) {
            ok(name, "commitment.add", RoomClient.args().put("text", text));
        }

        void card(String name, String kind, String text) {
            ok(name, "card.add", RoomClient.args().put("kind", kind).put("text", text));
        }

        /** The facilitator gives the floor to each in turn, for about as many milliseconds as given. */
        void talk(String facilitator, Map<String, Long> turns) throws InterruptedException {
            for (Map.Entry<String, Long> turn : turns.entrySet()) {
                ok(facilitator, "turn.give", RoomClient.args().put("participantId", turn.getKey()));
                Thread.sleep(turn.getValue());
            }
        }

        void end(String facilitator) {
            long seq = ok(facilitator, "session.end", null);
            clients.get(facilitator).awaitDurable(seq);
        }

        @Override
        public void close() {
            clients.values().forEach(RoomClient::close);
        }
    }
}
