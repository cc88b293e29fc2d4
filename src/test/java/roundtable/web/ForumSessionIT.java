package roundtable.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.web.Browsers.button;
import static roundtable.web.Browsers.card;
import static roundtable.web.Browsers.heading;
import static roundtable.web.Browsers.phaseHeading;
import static roundtable.web.Browsers.screenshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import roundtable.it.Api;

/**
 * The browser client as a group meets it: a facilitator and three peers run a whole forum session
 * in four browsers, the recap it leaves behind, a keyboard-only join, and the end of a timer.
 */
class ForumSessionIT extends BrowserTest {

    private static final String XSS = "<img src=x onerror=alert(1)>";
    /** "Appears in the others within a second." */
    private static final LocatorAssertions.IsVisibleOptions WITHIN_A_SECOND =
            new LocatorAssertions.IsVisibleOptions().setTimeout(1000);

    @BeforeAll
    static void screenshots() throws Exception {
        Files.createDirectories(Browsers.SCREENSHOTS);
    }

    @BeforeEach
    void clean() {
        problems.clear();
    }

    /** A page in a browser of its own; script errors and any dialog (an alert run by a card) are recorded. */
    private Page open(String who, int width, int height, boolean phone) {
        return page(device(width, height, phone), who);
    }

    private static void addCard(Page page, String kind, String text) {
        if (kind != null) page.getByLabel("Kind").selectOption(kind);
        page.getByLabel("Your card").fill(text);
        button(page, "Add card").click();
    }

    private static void allSee(List<Page> pages, String phase) {
        for (Page page : pages) assertThat(phaseHeading(page, phase)).isVisible();
    }

    private static Locator speaker(Page page) {
        return page.locator(".floor-speaker");
    }

    private static Locator announcer(Page page) {
        return page.locator("#announcer");
    }

    @Test
    void aForumSessionRunsThroughEveryPhaseAndLeavesARecap() throws Exception {
        Page ada = open("facilitator", 1280, 900, false);
        Page grace = open("Grace", 1280, 900, false);
        Page linus = open("Linus", 1280, 900, false);
        Page mia = open("Mia (phone)", 360, 740, true);
        List<Page> everyone = List.of(ada, grace, linus, mia);

        // ---- start: every protocol shows its phases ----
        ada.navigate(server.baseUrl() + "/");
        Locator protocol = ada.getByLabel("Protocol");
        // The seven built-in protocols (another test here may add a custom one after them).
        assertThat(protocol.locator("option").nth(6)).hasAttribute("value", "gap-intake");
        for (String id : List.of("forum", "decision", "practice-pod", "lunch-and-learn", "deep-dive", "code-review", "gap-intake")) {
            protocol.selectOption(id);
            assertThat(ada.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName(Pattern.compile("^Phases of ")))
                    .getByRole(AriaRole.LISTITEM).first()).isVisible();
        }
        protocol.selectOption("decision");
        assertThat(ada.getByText("Approaches side by side")).isVisible();
        protocol.selectOption("forum");
        assertThat(ada.getByText("Experience shares")).isVisible();
        ada.getByLabel("Session title").fill("March forum");
        ada.getByLabel("Your name").fill("Ada");
        ada.screenshot(screenshot("start.png", false));
        button(ada, "Start session").click();
        assertThat(phaseHeading(ada, "Check-in")).isVisible();
        String invite = ada.getByLabel("Invite link").inputValue();

        join(grace, invite, "Grace");
        join(linus, invite, "Linus");
        join(mia, invite, "Mia");
        assertThat(ada.locator("#people-count")).hasText("4 of 4 online");
        allSee(everyone, "Check-in");

        // ---- 1. Check-in: a round with the timer running ----
        button(ada, "Start timer").click();
        assertThat(mia.locator(".floor-timer")).containsText("left in this phase");
        // The facilitator runs the round and checks in last.
        assertThat(mia.locator(".floor-waiting")).containsText("Still to speak: Grace, Linus, you, Ada.");
        button(ada, "Next turn").click();
        assertThat(speaker(grace)).containsText("You have the floor");
        assertThat(announcer(linus)).containsText("Grace has the floor.");
        assertThat(speaker(linus)).hasText(Pattern.compile("Grace has the floor for \\d+:\\d\\d"));
        addCard(grace, "note", "Glad to be here, and a little tired.");
        for (Page other : List.of(ada, linus, mia)) {
            assertThat(card(other, "Glad to be here, and a little tired.")).isVisible(WITHIN_A_SECOND);
        }
        button(grace, "I am done").click();
        assertThat(speaker(linus)).containsText("You have the floor");
        button(linus, "Pass").click();
        assertThat(speaker(mia)).containsText("You have the floor");
        button(mia, "I am done").click();
        assertThat(speaker(ada)).containsText("You have the floor");
        button(ada, "Next turn").click();
        assertThat(speaker(ada)).containsText("Nobody has the floor");

        // ---- 2. Accountability round: the facilitator gives the floor ----
        button(ada, "Next phase").click();
        allSee(everyone, "Accountability round");
        assertThat(announcer(grace)).containsText("phase 2: Accountability round");
        assertThat(speaker(grace)).containsText("You have the floor");
        ada.getByLabel("Give the floor to").selectOption(new SelectOption().setLabel("Linus"));
        button(ada, "Give the floor").click();
        assertThat(speaker(mia)).containsText("Linus has the floor");
        addCard(linus, "note", "I held the weekly one-on-ones: two of three happened.");
        assertThat(card(mia, "two of three happened")).isVisible(WITHIN_A_SECOND);

        // ---- 3. Issue presentation: Grace presents ----
        ada.getByLabel("Presenter").selectOption(new SelectOption().setLabel("Grace"));
        button(ada, "Set presenter").click();
        button(ada, "Next phase").click();
        allSee(everyone, "Issue presentation");
        assertThat(speaker(linus)).containsText("Grace has the floor");
        assertThat(linus.locator("#add-card-closed")).containsText("only the presenter");
        // Grace posted a note at check-in; with nothing in her box, the new phase offers its own kind first.
        assertThat(grace.getByLabel("Kind")).hasValue("issue");
        addCard(grace, "issue", "Should I hire two seniors or four juniors this quarter?");
        assertThat(card(linus, "two seniors or four juniors")).isVisible(WITHIN_A_SECOND);

        // ---- 4. Probing questions: the coach, hands, the queue, resonance, the spotlight ----
        button(ada, "Next phase").click();
        allSee(everyone, "Probing questions");
        button(ada, "Start timer").click();
        linus.getByLabel("Your card").fill("Have you tried pairing them with a senior?");
        assertThat(linus.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("suggestion"))).isVisible();
        assertThat(button(linus, "Add card")).isEnabled();
        button(linus, "Add card").click();
        assertThat(card(ada, "pairing them with a senior")).isVisible(WITHIN_A_SECOND);
        assertThat(linus.locator("#coach-hint")).isEmpty();
        String question = "What would change for you if the juniors stayed three years?";
        addCard(mia, "question", question);
        assertThat(card(grace, question)).isVisible(WITHIN_A_SECOND);

        button(mia, "Raise hand").click();
        assertThat(mia.locator(".floor-waiting")).containsText("Hands up: you.");
        button(linus, "Raise hand").click();
        assertThat(mia.locator(".floor-waiting")).containsText("Hands up: you, Linus.");
        Locator hands = ada.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Raised hands, in the order they are called"));
        assertThat(hands.getByRole(AriaRole.LISTITEM)).containsText(new String[] {"Mia", "Linus"});
        button(hands.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Linus")), "Move up").click();
        assertThat(mia.locator(".floor-waiting")).containsText("Hands up: Linus, you.");
        button(ada, "Next turn").click();
        assertThat(speaker(mia)).containsText("Linus has the floor");
        assertThat(announcer(grace)).containsText("Linus has the floor.");

        // The facilitator sees what the coach flagged; the others do not.
        Locator flagged = ada.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("^Flagged by the coach")));
        assertThat(flagged).containsText("Have you tried pairing them with a senior?");
        assertThat(flagged).containsText("by Linus");
        assertThat(linus.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("^Flagged by the coach")))).isHidden();

        // Grace's question resonates; everyone sees the count.
        Locator graceView = card(grace, question);
        button(graceView, "Resonates with this card").click();
        assertThat(button(graceView, "Resonates with this card")).hasAttribute("aria-pressed", "true");
        assertThat(card(linus, question).locator(".react-count")).hasText("1");
        assertThat(button(card(linus, question), "Resonates with this card")).hasAttribute("aria-pressed", "false");

        // The facilitator puts the question in the spotlight.
        button(card(ada, question), "Spotlight").click();
        Locator spotlight = grace.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("In the spotlight"));
        assertThat(spotlight).containsText(question, new LocatorAssertions.ContainsTextOptions().setTimeout(1000));
        assertThat(announcer(grace)).containsText("In the spotlight");
        assertThat(button(card(ada, question), "Spotlight")).hasAttribute("aria-pressed", "true");

        // Pictures of the room as the group sees it now.
        linus.getByLabel("Your card").fill("Why don't you just hire seniors?");
        assertThat(linus.locator("#coach-hint")).not().isEmpty();
        linus.waitForTimeout(1100); // so the speaker's clock reads more than 0:00
        linus.screenshot(screenshot("room.png", true));
        mia.evaluate("() => window.scrollTo(0, 0)");
        mia.screenshot(screenshot("room-phone.png", false));
        ada.screenshot(screenshot("facilitator.png", true));
        linus.getByLabel("Your card").fill("");

        // ---- a reload mid-session comes back with the same board ----
        Locator miaCards = mia.locator("#room .card-text");
        List<String> before = miaCards.allTextContents();
        assertTrue(before.size() >= 5, "Mia sees the cards so far: " + before);
        mia.reload();
        assertThat(phaseHeading(mia, "Probing questions")).isVisible();
        assertThat(mia.locator("#connection")).hasAttribute("data-status", "live");
        assertThat(miaCards).hasText(before.toArray(new String[0]));
        assertThat(mia.getByLabel("Your name")).isHidden();

        button(card(ada, question), "Spotlight").click();
        assertThat(spotlight).isHidden();

        // ---- 5. Experience shares ----
        button(ada, "Next phase").click();
        allSee(everyone, "Experience shares");
        ada.getByLabel("Give the floor to").selectOption(new SelectOption().setLabel("Mia"));
        button(ada, "Give the floor").click();
        assertThat(speaker(grace)).containsText("Mia has the floor");
        addCard(mia, "experience", "When we hired juniors, I paired each with a mentor for the first month.");
        assertThat(card(grace, "paired each with a mentor")).isVisible(WITHIN_A_SECOND);

        // ---- 6. Presenter's commitment ----
        button(ada, "Next phase").click();
        allSee(everyone, "Presenter's commitment");
        // The phase opens the commitment form beside the phase; Grace makes hers with a due date.
        String commitment = "Talk to two teams that hired juniors, by Friday.";
        Locator graceCommitments = grace.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Commitments"));
        assertThat(graceCommitments).hasClass(Pattern.compile("\\bis-prominent\\b"));
        assertThat(grace.getByLabel("Your commitment")).isVisible();
        grace.getByLabel("Your commitment").fill(commitment);
        grace.getByLabel("Due by").fill("2030-05-17");
        button(grace, "Add commitment").click();
        Locator commitments = linus.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Commitments"));
        assertThat(commitments).containsText(commitment, new LocatorAssertions.ContainsTextOptions().setTimeout(1000));
        Locator made = commitments.locator("#commitments-today-list > li");
        assertThat(made).hasCount(1);
        assertThat(made.locator(".commitment-owner")).hasText("Grace");
        assertThat(made.locator(".commitment-status")).hasText("Open");
        assertThat(made.locator("time")).hasAttribute("datetime", "2030-05-17");
        assertThat(graceCommitments.locator(".commitment-owner")).hasText("Grace (you)");
        assertThat(grace.getByLabel("Your commitment")).isEmpty();
        assertThat(announcer(ada)).containsText("Grace made a commitment");
        // A commitment has one meaning, the tracked one: the phase offers no commitment cards, only
        // orientations, so the board never shows something that looks like a commitment the recap lacks.
        assertThat(grace.getByLabel("Kind").locator("option[value=commitment]")).hasCount(0);
        String orientation = "Where I stand: juniors may need a buddy more than a course.";
        addCard(grace, "orientation", orientation);
        assertThat(card(linus, orientation)).isVisible(WITHIN_A_SECOND);
        assertThat(commitments).not().containsText(orientation);
        // Anyone may commit in this phase, not only the presenter.
        assertThat(linus.getByLabel("Your commitment")).isVisible();
        grace.screenshot(screenshot("commitment.png", true));

        // ---- 7. Check-out; a card that looks like markup stays text ----
        button(ada, "Next phase").click();
        allSee(everyone, "Check-out");
        // Elsewhere the section sits in the side column, the form folded up under "Make a commitment".
        assertThat(commitments).not().hasClass(Pattern.compile("\\bis-prominent\\b"));
        assertThat(linus.getByLabel("Your commitment")).isHidden();
        assertThat(linus.locator("#commit-make > summary")).hasText("Make a commitment");
        assertThat(commitments).containsText(commitment);
        addCard(linus, "note", XSS);
        for (Page page : everyone) {
            assertThat(card(page, XSS)).isVisible(WITHIN_A_SECOND);
            assertThat(card(page, XSS).locator("img")).hasCount(0);
        }
        addCard(mia, "takeaway", "A mentor month beats a senior hire, sometimes.");
        assertThat(card(ada, "A mentor month")).isVisible(WITHIN_A_SECOND);

        // ---- the facilitator role moves to Linus, whose page grows the controls ----
        ada.getByLabel("Hand the facilitator role to").selectOption(new SelectOption().setLabel("Linus"));
        button(ada, "Hand over").click();
        button(ada, "Yes, hand it over").click();
        assertThat(button(linus, "End session")).isVisible();
        assertThat(announcer(linus)).containsText("You are now the facilitator");
        assertThat(button(ada, "End session")).isHidden();
        assertThat(linus.locator("#whoami")).containsText("Facilitator");
        assertThat(ada.locator("#whoami")).containsText("Participant");

        // ---- the end, and a recap link ----
        button(linus, "End session").click();
        button(linus, "Yes, end it").click();
        for (Page page : everyone) assertThat(page.getByText("This session has ended.")).isVisible();
        assertThat(button(grace, "Resonates with this card")).hasCount(0);
        button(linus, "Create recap link").click();
        Locator recapInput = linus.getByLabel("Recap link", new Page.GetByLabelOptions().setExact(true));
        assertThat(recapInput).hasValue(Pattern.compile("/recap/[A-Za-z0-9_-]{20,}$"));
        String recapUrl = recapInput.inputValue();
        assertTrue(recapUrl.startsWith(server.baseUrl() + "/recap/"), recapUrl);
        linus.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        button(linus, "Copy recap link").click();
        assertThat(linus.locator("#recap-status")).containsText("copied");

        // ---- the recap, read by someone with no credential at all ----
        Page reader = open("recap reader", 1100, 900, false);
        reader.navigate(recapUrl);
        assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("March forum").setLevel(1))).isVisible();
        assertThat(reader.locator("#recap-protocol")).hasText("Forum issue processing");
        assertThat(reader.locator("meta[name=robots]")).hasAttribute("content", "noindex");
        Locator attendance = reader.getByRole(AriaRole.TABLE);
        for (String name : List.of("Ada", "Grace", "Linus", "Mia")) {
            assertThat(attendance.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name))).containsText("Yes");
        }
        for (String phase : List.of("Check-in", "Accountability round", "Issue presentation", "Probing questions",
                "Experience shares", "Presenter's commitment", "Check-out")) {
            assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(phase).setExact(true).setLevel(2))).isVisible();
        }
        Locator recapXss = card(reader, XSS);
        assertThat(recapXss).isVisible();
        assertThat(recapXss.locator(".card-text")).hasText(XSS);
        assertThat(recapXss.locator("img")).hasCount(0);
        assertThat(reader.locator("img")).hasCount(0);
        assertThat(card(reader, question)).containsText("resonates with 1");
        // The recap's commitments are the session's: whose, what, where it stands, when it is due.
        Locator recapCommitments = reader.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Commitments"));
        Locator recapMade = recapCommitments.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Made in this session"))
                .getByRole(AriaRole.LISTITEM);
        assertThat(recapMade).hasCount(1);
        assertThat(recapMade.locator(".commitment-owner")).hasText("Grace");
        assertThat(recapMade.locator(".commitment-text")).hasText(commitment);
        assertThat(recapMade.locator(".commitment-status")).hasText("Open");
        assertThat(recapMade.locator("time")).hasAttribute("datetime", "2030-05-17");
        assertThat(recapCommitments).not().containsText(orientation);
        assertThat(card(reader, orientation)).isVisible();
        reader.screenshot(screenshot("recap.png", true));

        Download markdown = reader.waitForDownload(() -> button(reader, "Download Markdown").click());
        assertTrue(markdown.suggestedFilename().endsWith(".md"), markdown.suggestedFilename());
        String md = Files.readString(markdown.path(), StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# March forum\n"), md);
        assertTrue(md.contains("## Probing questions") && md.contains(commitment), md);
        assertTrue(md.contains("- **Grace**: " + commitment + " (Open, due 2030-05-17)"), md);
        assertTrue(md.contains("&lt;img src=x onerror=alert(1)&gt;") && !md.contains(XSS),
                "the card's text is escaped, so a viewer that renders HTML shows it as typed: " + md);
        Download json = reader.waitForDownload(() -> button(reader, "Download JSON").click());
        assertTrue(json.suggestedFilename().endsWith(".json"), json.suggestedFilename());
        JsonNode recap = new ObjectMapper().readTree(Files.readString(json.path(), StandardCharsets.UTF_8));
        assertEquals("March forum", recap.path("title").asText());
        assertEquals(7, recap.path("phases").size());
        assertTrue(recap.path("cards").toString().contains("onerror"), "the JSON keeps every card's text");

        // Revoked, the link says so plainly.
        button(linus, "Revoke recap link").click();
        assertThat(linus.locator("#recap-status")).containsText("revoked");
        reader.reload();
        assertThat(heading(reader, "This recap link no longer works")).isVisible();

        assertTrue(problems.isEmpty(), "no script errors and no dialogs: " + problems);
        assertFalse(ada.url().contains("#"), "no secrets in the address bar");
    }

    @Test
    void theKeyboardAloneJoinsAndAddsACard() {
        JsonNode session = api.createSession("Keyboard check", "forum", "Ada");
        Page page = open("keyboard", 1024, 768, false);
        page.navigate(session.path("links").path("room").asText());
        assertThat(page.getByLabel("Your name")).isFocused();
        page.keyboard().type("Kim");
        page.keyboard().press("Enter");
        assertThat(phaseHeading(page, "Check-in")).isVisible();

        tabTo(page, "document.activeElement && document.activeElement.id === 'card-text'");
        page.keyboard().type("Typed without a mouse.");
        tabTo(page, "document.activeElement && document.activeElement.textContent === 'Add card'");
        Object outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
        assertFalse("none".equals(outline), "the focused button shows where the focus is");
        page.keyboard().press("Enter");
        assertThat(card(page, "Typed without a mouse.")).isVisible();
        assertThat(page.getByLabel("Your card")).isFocused();
        assertTrue(problems.isEmpty(), "no script errors: " + problems);
    }

    private static void tabTo(Page page, String condition) {
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(page.evaluate("() => " + condition))) return;
        }
        throw new AssertionError("Tab never reached: " + condition);
    }

    @Test
    void theEndOfTheTimerGlowsAndRingsOnlyForThoseWhoAskedForSoundAndPairsStandTwoByTwo() {
        String id = "cue-check";
        Api.Reply added = api.post("/api/protocols", "{\"id\":\"" + id + "\",\"name\":\"Two seconds\",\"phases\":["
                + "{\"id\":\"quiet\",\"name\":\"Quiet moment\",\"kind\":\"check-in\",\"timeboxSeconds\":2,\"cardKinds\":[\"note\"],\"layout\":\"pairs\"},"
                + "{\"id\":\"after\",\"name\":\"Afterwards\",\"kind\":\"check-out\",\"cardKinds\":[\"note\"]}]}");
        assertEquals(201, added.status(), added.raw().body());
        JsonNode session = api.createSession("Timer check", id, "Ada");
        // Counts the tones a page makes, without making any sound.
        String countTones = "window.__tones = 0; (() => { const C = window.AudioContext; if (!C) return;"
                + " const make = C.prototype.createOscillator;"
                + " C.prototype.createOscillator = function () { window.__tones += 1; return make.call(this); }; })();";
        Page ada = open("facilitator", 1024, 768, false);
        ada.addInitScript(countTones);
        ada.navigate(session.path("links").path("facilitator").asText());
        assertThat(phaseHeading(ada, "Quiet moment")).isVisible();
        Page kim = open("Kim", 1024, 768, false);
        kim.addInitScript(countTones);
        join(kim, session.path("links").path("room").asText(), "Kim");

        Locator sound = ada.getByLabel("Sound at the end of the timer");
        assertThat(sound).not().isChecked();
        assertThat(kim.getByLabel("Sound at the end of the timer")).not().isChecked();
        sound.check();
        assertEquals(2, ((Number) ada.evaluate("() => window.__tones")).intValue(), "a short preview when switched on");

        button(ada, "Start timer").click();
        assertThat(kim.locator(".floor-timer")).containsText("left in this phase");
        for (Page page : List.of(ada, kim)) {
            assertThat(page.locator(".floor-timer")).hasText("Time is up for this phase.");
            assertThat(page.locator("#phase")).hasClass(Pattern.compile("\\bis-time-up\\b"));
            assertThat(announcer(page)).containsText("Time is up for this phase.");
        }
        assertEquals(4, ((Number) ada.evaluate("() => window.__tones")).intValue(), "the end rang for Ada");
        assertEquals(0, ((Number) kim.evaluate("() => window.__tones")).intValue(), "silence for Kim, who did not ask");

        // A pairs layout shows the cards two by two, in the order they were posted.
        addCard(kim, null, "First of a pair");
        addCard(ada, null, "Second of a pair");
        addCard(kim, null, "Third, waiting for a partner");
        Locator firstPair = ada.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Pair 1").setExact(true));
        Locator secondPair = ada.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Pair 2").setExact(true));
        assertThat(firstPair.locator(".card-text")).hasText(new String[] {"First of a pair", "Second of a pair"});
        assertThat(secondPair.locator(".card-text")).hasText(new String[] {"Third, waiting for a partner"});
        assertTrue(problems.isEmpty(), "no script errors: " + problems);
    }
}
