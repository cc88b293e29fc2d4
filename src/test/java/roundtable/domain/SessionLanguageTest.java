package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static roundtable.domain.ForumProtocol.QUESTIONS;
import static roundtable.domain.ForumProtocol.SHARES;
import static roundtable.domain.Outcomes.eventsOf;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import roundtable.domain.coach.Verdict;

/** A session is held in one language: the coach reads it, and the protocol keeps its words in it. */
class SessionLanguageTest {

    private static final Protocol WORDED = new Protocol(ForumProtocol.forum().id(), ForumProtocol.forum().name(),
            ForumProtocol.forum().summary(), ForumProtocol.forum().phases(), Map.of("es", new ProtocolText(
            "Foro", null, Map.of(QUESTIONS, new PhaseText("Preguntas abiertas", "Ayudar a ver.", List.of("¿Qué más?"))))));

    private static Sessions heldIn(String language) {
        return Sessions.running(new SessionTerms(RecordingPolicy.EVERYTHING, 28, List.of(), null, language)).presenting(ANA);
    }

    private static Verdict posted(Sessions session, String phaseId, CardKind kind, String text) {
        Decision decision = session.inPhase(phaseId).decide(BEN, new Command.AddCard(kind, text, null, null));
        assertInstanceOf(Decision.Accepted.class, decision, () -> "refused: " + decision);
        return ((Event.CardAdded) eventsOf(decision).get(0)).card().verdict();
    }

    @Test
    void the_coach_reads_cards_in_the_language_the_session_is_held_in() {
        assertEquals(Verdict.ADVICE_IN_DISGUISE, posted(heldIn("es"), QUESTIONS, CardKind.QUESTION, "¿Por qué no hablas con tu jefe?"));
        assertEquals(Verdict.ADVICE, posted(heldIn("de"), SHARES, CardKind.EXPERIENCE, "Du solltest sofort kündigen."));
        assertEquals(Verdict.OPEN_QUESTION, posted(heldIn("de"), QUESTIONS, CardKind.QUESTION, "Was wäre für dich ein gutes Ergebnis?"));
    }

    @Test
    void terms_without_a_language_or_with_an_unknown_one_are_english_and_a_region_is_dropped() {
        assertEquals("en", SessionTerms.adHoc().language());
        assertEquals("en", SessionTerms.adHoc("fr").language());
        assertEquals("de", SessionTerms.adHoc("de-AT").language());
    }

    @Test
    void a_session_keeps_its_protocol_in_its_language_and_without_the_other_languages() {
        Event.SessionCreated created = (Event.SessionCreated) eventsOf(Decider.decide(SessionState.initial(), Actor.server(),
                new Command.CreateSession("s-1", "Foro de marzo", WORDED, null, "p-fay", "Fay", SessionTerms.adHoc("es")),
                1L, HouseRules.DEFAULT)).get(0);
        Protocol kept = created.protocol();
        assertEquals("Foro", kept.name());
        assertEquals(ForumProtocol.forum().summary(), kept.summary(), "what the translation leaves out stays as it was");
        Phase questions = kept.phase(kept.indexOf(QUESTIONS).orElseThrow());
        assertEquals("Preguntas abiertas", questions.name());
        assertEquals(List.of("¿Qué más?"), questions.prompts());
        assertEquals(Coaching.QUESTIONS, questions.coach(), "only the words change");
        assertEquals(Map.of(), kept.translations());
        assertEquals(ForumProtocol.forum(), WORDED.in("de"), "no German words: its own, without translations");
    }

    @Test
    void a_translation_is_checked_like_the_protocol_itself() {
        Protocol odd = new Protocol("mine", "Mine", null, ForumProtocol.forum().phases(), Map.of(
                "fr", new ProtocolText("Le mien", null, Map.of()),
                "de", new ProtocolText("x".repeat(81), null, Map.of("nope", new PhaseText("Nein", null, null),
                        QUESTIONS, new PhaseText(null, "y".repeat(501), List.of(" "))))));
        List<String> problems = translationProblems(odd);
        assertEquals(List.of(), translationProblems(WORDED));
        assertEquals(5, problems.size(), () -> String.join("\n", problems));
        assertEquals(1, problems.stream().filter(p -> p.startsWith("translations.fr: Roundtable speaks en, es, de")).count());
        assertEquals(1, problems.stream().filter(p -> p.startsWith("translations.de.phases.nope: the protocol has no phase")).count());
        assertEquals(1, problems.stream().filter(p -> p.startsWith("translations.de.phases.questions.prompts")).count());
    }

    /** The test protocol is an old-style forum; only what is said about its translations matters here. */
    private static List<String> translationProblems(Protocol protocol) {
        return ProtocolRules.problems(protocol).stream().filter(p -> p.startsWith("translations")).toList();
    }
}
