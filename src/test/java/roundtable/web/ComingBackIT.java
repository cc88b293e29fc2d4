package roundtable.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.web.Browsers.button;
import static roundtable.web.Browsers.card;
import static roundtable.web.Browsers.phaseHeading;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

/**
 * Coming back as yourself (issue section 1): the same browser is always the same participant, a
 * personal link opens the room as you on another device, a facilitator finds their room on the start
 * page, "Forget me" forgets, and a facilitator who is gone can be replaced.
 */
class ComingBackIT extends BrowserTest {



    private static String inviteLink(JsonNode session) {
        return server.baseUrl() + "/s/" + session.path("sessionId").asText() + "#invite=" + session.path("inviteCode").asText();
    }

    @Test
    void a_closed_tab_and_the_invite_opened_again_bring_back_the_same_person() {
        JsonNode session = api.createSession("Forum", "forum", "Ada");
        Page ada = adaFacilitating(session);

        BrowserContext anasPhone = device(PHONE_WIDTH, 760, true);
        Page ana = page(anasPhone, "Ana");
        join(ana, inviteLink(session), "Ana");
        addCard(ana, "Glad to be here");
        assertThat(card(ada, "Glad to be here")).isVisible();
        ana.close();

        Page again = page(anasPhone, "Ana again");
        again.navigate(inviteLink(session));
        assertLive(again);
        assertThat(again.locator("#whoami")).hasText("You: Ana · Participant");
        assertThat(card(again, "Glad to be here").getByText("by you")).isVisible();
        assertThat(button(card(again, "Glad to be here"), "Edit")).isVisible();
        assertThat(ada.locator("#people-count")).hasText("2 of 2 online");
        assertEquals(1, ada.locator("#people li").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Ana")).count(), "Ana is one person, not two");

        // Her personal link opens the room as her on another device.
        again.getByText("Continue on another device").click();
        String personal = again.getByLabel("Your personal link").inputValue();
        assertTrue(personal.contains("#token=") && personal.contains("participant="), personal);
        Page laptop = desktop("Ana's laptop");
        laptop.navigate(personal);
        assertLive(laptop);
        assertThat(laptop.locator("#whoami")).hasText("You: Ana · Participant");
        assertThat(card(laptop, "Glad to be here").getByText("by you")).isVisible();
        assertThat(ada.locator("#people-count")).hasText("2 of 2 online");
    }

    @Test
    void a_facilitator_who_closed_the_tab_finds_the_room_on_the_start_page_with_their_own_link() {
        BrowserContext adasLaptop = device(1280, 900, false);
        Page ada = page(adasLaptop, "Ada");
        ada.navigate(server.baseUrl() + "/");
        ada.getByLabel("Session title").fill("Leads forum");
        ada.getByLabel("Protocol").selectOption("forum");
        ada.getByLabel("Your name").fill("Ada");
        button(ada, "Start session").click();
        assertThat(phaseHeading(ada, "Check-in")).isVisible();
        String own = ada.getByLabel("Your facilitator link").inputValue();
        assertTrue(own.contains("/facilitate#token="), own);
        assertThat(ada.getByText("Keep this link to yourself")).isVisible();
        ada.close();

        Page start = page(adasLaptop, "Ada, later");
        start.navigate(server.baseUrl() + "/");
        assertThat(start.locator("#mine")).containsText("Leads forum");
        assertThat(start.locator("#mine")).containsText("Facilitator");
        start.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Leads forum")).click();
        assertLive(start);
        assertThat(button(start, "Next phase")).isVisible();

        // On a computer that never saw the room, the own link is the way back.
        Page elsewhere = desktop("Ada elsewhere");
        elsewhere.navigate(own);
        assertLive(elsewhere);
        assertThat(button(elsewhere, "Next phase")).isVisible();
    }

    @Test
    void forget_me_on_this_device_forgets() {
        JsonNode session = api.createSession("Forum", "forum", "Ada");
        Page ana = phone("Ana");
        join(ana, inviteLink(session), "Ana");
        ana.getByText("Forget me on this device").click();
        button(ana, "Yes, forget me here").click();
        assertThat(ana.locator("#no-access")).isVisible();
        Object kept = ana.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('roundtable.')).length");
        assertEquals(0, ((Number) kept).intValue(), "nothing of the session is left in this browser");
        ana.reload();
        assertThat(ana.locator("#no-access")).isVisible();
    }

    @Test
    void when_the_facilitator_is_gone_a_participant_takes_over_and_everyone_sees_it() {
        JsonNode session = api.createSession("Forum", "forum", "Ada");
        Page ada = adaFacilitating(session);
        Page ana = phone("Ana");
        join(ana, inviteLink(session), "Ana");
        Page ben = desktop("Ben");
        join(ben, inviteLink(session), "Ben");

        ada.context().close();
        assertThat(ana.locator("#takeover")).containsText("Ada, the facilitator, is not connected");
        LocatorAssertions.IsVisibleOptions patiently = new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);
        assertThat(button(ana, "Take over facilitation")).isVisible(patiently);
        button(ana, "Take over facilitation").click();
        assertThat(button(ana, "Next phase")).isVisible();
        assertThat(ana.locator("#whoami")).hasText("You: Ana · Facilitator");
        assertThat(ben.locator("#people")).containsText("Facilitator");
        assertThat(ben.locator("#takeover")).isHidden();
        assertThat(ben.locator("#announcer")).containsText("Ana took over as facilitator");
        button(ana, "Next phase").click();
        assertThat(phaseHeading(ben, "Accountability round")).isVisible();
    }
}
