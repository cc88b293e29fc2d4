package roundtable.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static roundtable.web.Browsers.button;
import static roundtable.web.Browsers.card;
import static roundtable.web.Browsers.heading;
import static roundtable.web.Browsers.phaseHeading;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import roundtable.it.Api;
import roundtable.wire.Json;

/**
 * What happened reaches the people who were there (issue section 6): the group's knowledge shows
 * beside the issue, a card is saved as an approach from the room, participants read the recap from
 * the ended room, members read any past session's recap from the group page, and the topics backlog
 * and new sessions show on the group page without a reload.
 */
class AfterTheSessionIT extends BrowserTest {



    /** A group: Ada keeps it, Grace is a member. Returns {groupId, adaToken, adaId, graceToken, graceId}. */
    private static String[] group() {
        JsonNode created = api.post("/api/groups", Json.MAPPER.createObjectNode().put("name", "Leads circle")
                .put("keeperName", "Ada").toString()).body();
        String groupId = created.path("groupId").asText();
        JsonNode grace = api.post("/api/groups/" + groupId + "/members", Json.MAPPER.createObjectNode().put("name", "Grace")
                .put("inviteCode", created.path("inviteCode").asText()).put("acceptAgreement", true).toString()).body();
        return new String[] {groupId, created.path("member").path("token").asText(), created.path("member").path("memberId").asText(),
            grace.path("token").asText(), grace.path("memberId").asText()};
    }

    private static JsonNode groupSession(String groupId, String title, String memberToken) {
        Api.Reply reply = api.post("/api/sessions", Json.MAPPER.createObjectNode().put("title", title).put("protocol", "forum")
                .put("groupId", groupId).toString(), memberToken);
        assertEquals(201, reply.status(), () -> reply.body().toString());
        return reply.body();
    }

    private static Locator exactLabel(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static String roomLinkFor(String sessionId, String memberToken) {
        JsonNode joined = api.post("/api/sessions/" + sessionId + "/participants", "{}", memberToken).body();
        return server.baseUrl() + "/s/" + sessionId + "#token=" + joined.path("token").asText() + "&participant="
                + joined.path("participantId").asText();
    }

    @Test
    void the_room_shows_what_the_group_knows_saves_an_approach_and_leads_to_the_recap() {
        String[] g = group();
        api.post("/api/groups/" + g[0] + "/knowledge", Json.MAPPER.createObjectNode()
                .put("context", "An on-call rota that burned out the two seniors")
                .put("approach", "Paired a junior with each senior for a month")
                .put("outcome", "Pages per person halved").toString(), g[1]);
        JsonNode session = groupSession(g[0], "April forum", g[1]);
        String sessionId = session.path("sessionId").asText();

        Page ada = adaFacilitating(session);
        Page grace = phone("Grace");
        grace.navigate(roomLinkFor(sessionId, g[3]));
        assertLive(grace);

        ada.getByLabel("Presenter").selectOption(new SelectOption().setLabel("Grace"));
        button(ada, "Set presenter").click();
        ada.getByLabel("Jump to phase").selectOption("issue");
        button(ada, "Go").click();
        assertThat(phaseHeading(grace, "Issue presentation")).isVisible();
        grace.getByLabel("Kind").selectOption("issue");
        addCard(grace, "Our on-call rota burns out the seniors");
        assertThat(ada.locator("#related")).containsText("Paired a junior with each senior");

        ada.getByLabel("Jump to phase").selectOption("shares");
        button(ada, "Go").click();
        assertThat(ada.locator("#issue-reminder")).containsText("Our on-call rota burns out the seniors");
        ada.getByLabel("Kind").selectOption("experience");
        addCard(ada, "When we split the rota by timezone, I slept again");
        Locator shared = card(grace, "When we split the rota by timezone");
        button(shared, "Save as an approach").click();
        assertThat(exactLabel(grace, "Approach")).hasValue("When we split the rota by timezone, I slept again");
        assertThat(exactLabel(grace, "Context")).hasValue("Our on-call rota burns out the seniors");
        exactLabel(grace, "Outcome").fill("Nobody was paged twice in a night");
        button(grace, "Save to the group's knowledge").click();
        assertThat(grace.locator("#approach-status")).hasText("Saved to the group's knowledge.");

        button(ada, "End session").click();
        button(ada, "Yes, end it").click();
        assertThat(grace.locator("#ended-banner")).isVisible();
        grace.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read the recap")).click();
        assertThat(heading(grace, "April forum")).isVisible();
        assertThat(grace.getByText("When we split the rota by timezone, I slept again")).isVisible();
    }

    @Test
    void the_group_page_opens_past_recaps_runs_the_topics_and_shows_a_new_session_without_a_reload() {
        String[] g = group();
        JsonNode past = groupSession(g[0], "March forum", g[1]);
        String pastId = past.path("sessionId").asText();
        Page ada = adaFacilitating(past);
        addCard(ada, "Checked in from the train");
        button(ada, "End session").click();
        button(ada, "Yes, end it").click();
        assertThat(ada.locator("#ended-banner")).isVisible();

        Page grace = phone("Grace");
        grace.navigate(server.baseUrl() + "/g/" + g[0] + "#token=" + g[3] + "&member=" + g[4]);
        Locator sessions = grace.locator("#sessions-list");
        sessions.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Recap of March forum")).click();
        assertThat(heading(grace, "March forum")).isVisible();
        assertThat(grace.getByText("Checked in from the train")).isVisible();
        grace.goBack();

        grace.getByLabel("Propose a topic").fill("Hiring without a recruiter");
        button(grace, "Propose").click();
        Locator topic = grace.locator(".topic").filter(new Locator.FilterOptions().setHasText("Hiring without a recruiter"));
        assertThat(topic).containsText("Proposed by Grace");
        topic.getByRole(AriaRole.BUTTON).click();
        assertThat(topic.getByRole(AriaRole.BUTTON)).hasAttribute("aria-pressed", "true");

        Page adasGroup = desktop("Ada on the group page");
        adasGroup.navigate(server.baseUrl() + "/g/" + g[0] + "#token=" + g[1] + "&member=" + g[2]);
        Locator adasTopic = adasGroup.locator(".topic").filter(new Locator.FilterOptions().setHasText("Hiring without a recruiter"));
        adasTopic.getByLabel("Status of Hiring without a recruiter").selectOption("picked");
        assertThat(adasTopic).containsText("Picked for a session");

        // Ada starts the next session elsewhere: Grace's page shows it, ready to join, by itself.
        groupSession(g[0], "April forum", g[1]);
        assertThat(sessions.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Join April forum")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    }
}
