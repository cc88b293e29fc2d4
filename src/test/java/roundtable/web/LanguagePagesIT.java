package roundtable.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.web.Browsers.button;
import static roundtable.web.Browsers.card;
import static roundtable.web.Browsers.heading;
import static roundtable.web.Browsers.phaseHeading;
import static roundtable.web.Browsers.screenshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import roundtable.it.Api;
import roundtable.wire.Json;

/**
 * The pages speak the reader's language, and a recap its session's. A browser set to German gets the
 * start page, the room, the facilitator panel and the recap in German with no English left (the
 * visible text is searched for every English message the German catalogue words differently); a
 * Spanish session's recap link opens in Spanish in an English browser, Markdown included.
 */
class LanguagePagesIT extends BrowserTest {

    private static final EnglishLeft ENGLISH_IN_GERMAN = new EnglishLeft("de");

    @BeforeAll
    static void screenshots() throws Exception {
        Files.createDirectories(Browsers.SCREENSHOTS);
    }

    private Page german(String who) {
        return page(device(1280, 900, false, "de-DE"), who);
    }

    private static void assertGerman(Page page, String what) {
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        String text = page.locator("body").innerText();
        assertEquals(List.of(), ENGLISH_IN_GERMAN.in(text), () -> what + " has English left:\n" + text);
        assertEquals(List.of(), ENGLISH_IN_GERMAN.keysIn(text), () -> what + " shows message keys:\n" + text);
    }

    private static void joinInGerman(Page page, String invite, String name) {
        page.navigate(invite);
        page.getByLabel("Dein Name").fill(name);
        button(page, "Beitreten").click();
        assertLive(page);
    }

    @Test
    void a_german_browser_gets_the_start_page_the_room_the_facilitator_panel_and_the_recap_in_german() {
        assertEquals(Set.of("Add card", "card", "has the floor"),
                Set.copyOf(ENGLISH_IN_GERMAN.in("Karte hinzufügen · Add card · Grace has the floor")),
                "the search finds English when there is some");
        Page ada = german("Ada");
        ada.navigate(server.baseUrl() + "/");
        assertThat(ada.getByLabel("Protokoll").locator("option[value=forum]"))
                .hasText("Forum: ein Anliegen bearbeiten (7 Phasen)");
        assertThat(ada.getByLabel("Sprache der Sitzung")).hasValue("de");
        assertGerman(ada, "the start page");
        ada.getByLabel("Titel der Sitzung").fill("Forum im März");
        ada.getByLabel("Dein Name").fill("Ada");
        button(ada, "Sitzung beginnen").click();
        assertThat(phaseHeading(ada, "Ankommen")).isVisible();
        String invite = ada.getByLabel("Einladungslink").inputValue();

        Page grace = german("Grace");
        joinInGerman(grace, invite, "Grace");
        Page linus = german("Linus");
        joinInGerman(linus, invite, "Linus");
        assertThat(ada.locator("#people-count")).hasText("3 von 3 online");
        ada.getByLabel("Vorstellende Person", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Grace"));
        button(ada, "Vorstellende Person festlegen").click();
        ada.getByLabel("Zu Phase springen").selectOption("questions");
        button(ada, "Los").click();
        assertThat(phaseHeading(linus, "Offene Fragen")).isVisible();

        linus.getByLabel("Deine Karte").fill("Warum redest du nicht einfach mit deinem Chef?");
        button(linus, "Karte hinzufügen").click();
        assertThat(card(ada, "Warum redest du nicht einfach")).containsText("Vorschlag in Frageform");
        assertThat(ada.locator("#flagged-list")).containsText("Ein Vorschlag in Frageform");
        linus.getByLabel("Deine Karte").fill("Was wäre für dich ein gutes Ergebnis?");
        assertThat(linus.locator("#coach-hint")).containsText("Gute offene Frage");
        linus.screenshot(screenshot("room-de.png", true));
        assertGerman(linus, "the room");
        assertGerman(ada, "the facilitator panel");

        button(ada, "Sitzung beenden").click();
        button(ada, "Ja, beenden").click();
        button(ada, "Link zur Zusammenfassung erstellen").click();
        assertThat(ada.locator("#recap-link")).hasValue(Pattern.compile("/recap/"));
        String recap = ada.locator("#recap-link").inputValue();
        assertGerman(ada, "the facilitator panel after the session");

        ada.navigate(recap);
        assertThat(heading(ada, "Anwesenheit")).isVisible();
        assertThat(heading(ada, "Offene Fragen")).isVisible();
        assertThat(ada.locator("#attendance-summary")).hasText("3 von 3 Personen waren dabei.");
        assertGerman(ada, "the recap");
    }

    @Test
    void a_spanish_sessions_recap_link_opens_in_spanish_in_an_english_browser_markdown_included() throws Exception {
        JsonNode session = api.createSession("Foro de marzo", "forum", "Ada", "es");
        Api.Reply link = api.post("/api/sessions/" + session.path("sessionId").asText() + "/recap-links",
                Json.MAPPER.createObjectNode().toString(), session.path("facilitator").path("token").asText());
        assertEquals(201, link.status(), () -> "the recap link: " + link.body());

        Page reader = desktop("reader");
        reader.navigate(link.body().path("url").asText());
        assertThat(heading(reader, "Asistencia")).isVisible();
        assertThat(reader.locator("html")).hasAttribute("lang", "es");
        assertThat(heading(reader, "Preguntas que abren")).isVisible();
        Download markdown = reader.waitForDownload(() -> button(reader, "Descargar Markdown").click());
        String md = Files.readString(markdown.path(), StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# Foro de marzo\n\nForo de casos · ") && md.contains("\n## Asistencia\n")
                && md.contains("\n## Preguntas que abren\n\n_Sin tarjetas._"), md);

        // The reader may read it in another language; the file stays in the session's.
        reader.locator(".language-select").selectOption("en");
        assertThat(heading(reader, "Attendance")).isVisible();
        assertThat(heading(reader, "Preguntas que abren")).isVisible();
        Download again = reader.waitForDownload(() -> button(reader, "Download Markdown").click());
        assertTrue(Files.readString(again.path(), StandardCharsets.UTF_8).contains("\n## Asistencia\n"));
    }
}
