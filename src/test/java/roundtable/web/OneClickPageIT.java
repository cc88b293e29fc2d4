package roundtable.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static roundtable.web.Browsers.button;
import static roundtable.web.Browsers.card;
import static roundtable.web.Browsers.phaseHeading;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

/**
 * One click does one thing (issue section 3): a double click on "Next phase" moves one phase, a
 * refused card's words come back with the reason, a phase change never switches the kind of a card
 * being written without asking, and "Jump to phase" follows the session.
 */
class OneClickPageIT extends BrowserTest {



    private Page[] meet() {
        JsonNode session = api.createSession("Forum", "forum", "Ada");
        Page ada = adaFacilitating(session);
        Page ana = phone("Ana");
        join(ana, server.baseUrl() + "/s/" + session.path("sessionId").asText() + "#invite="
                + session.path("inviteCode").asText(), "Ana");
        return new Page[] {ada, ana};
    }

    @Test
    void a_double_click_on_next_phase_moves_one_phase_and_jump_to_phase_follows() {
        Page ada = meet()[0];
        button(ada, "Next phase").dblclick();
        assertThat(phaseHeading(ada, "Accountability round")).isVisible();
        ada.waitForTimeout(1_000);
        assertThat(phaseHeading(ada, "Accountability round")).isVisible();
        assertThat(ada.locator("#board-alert")).isEmpty();
        assertThat(ada.getByLabel("Jump to phase")).hasValue("accountability");
        button(ada, "Next phase").click();
        assertThat(phaseHeading(ada, "Issue presentation")).isVisible();
        assertThat(ada.getByLabel("Jump to phase")).hasValue("issue");

        // A person's double-click: the second click comes 150 ms after the first, by when the first
        // move may well be answered, so only the click count tells it from a second decision.
        BoundingBox next = button(ada, "Next phase").boundingBox();
        ada.mouse().move(next.x + next.width / 2, next.y + next.height / 2);
        ada.mouse().down();
        ada.mouse().up();
        ada.waitForTimeout(150);
        ada.mouse().down(new Mouse.DownOptions().setClickCount(2));
        ada.mouse().up(new Mouse.UpOptions().setClickCount(2));
        assertThat(phaseHeading(ada, "Probing questions")).isVisible();
        ada.waitForTimeout(1_000);
        assertThat(phaseHeading(ada, "Probing questions")).isVisible();
    }

    @Test
    void a_refused_card_comes_back_into_the_box_with_the_reason() {
        Page ana = meet()[1];
        // A bidirectional override can make a text read as something else: the server refuses it.
        ana.getByLabel("Your card").evaluate("box => { box.value = 'Reads \\u202Ebackwards'; }");
        button(ana, "Add card").click();
        assertThat(ana.locator("#add-card-error")).containsText("Your card was not added");
        assertThat(ana.locator("#add-card-error")).containsText("control characters");
        assertThat(ana.getByLabel("Your card")).hasValue("Reads \u202Ebackwards");
        assertThat(card(ana, "backwards")).hasCount(0);
    }

    @Test
    void when_the_phase_changes_while_someone_writes_the_form_asks_what_the_card_is() {
        Page[] pages = meet();
        Page ada = pages[0];
        Page ana = pages[1];
        ana.getByLabel("Your card").fill("Half a thought about the budget");
        button(ada, "Next phase").click();
        button(ada, "Next phase").click();
        button(ada, "Next phase").click();
        assertThat(phaseHeading(ana, "Probing questions")).isVisible();
        assertThat(ana.locator("#kind-notice")).containsText("Choose what your card is");
        assertThat(ana.getByLabel("Kind")).hasValue("");
        assertThat(ana.getByLabel("Your card")).hasValue("Half a thought about the budget");
        button(ana, "Add card").click();
        assertThat(ana.locator("#add-card-error")).containsText("Choose what kind of card this is");
        ana.getByLabel("Kind").selectOption("question");
        button(ana, "Add card").click();
        assertThat(card(ada, "Half a thought about the budget")).isVisible();
        assertThat(card(ada, "Half a thought about the budget")).containsText("Question");
    }
}
