package roundtable.domain.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.domain.coach.Verdict.ADVICE;
import static roundtable.domain.coach.Verdict.ADVICE_IN_DISGUISE;
import static roundtable.domain.coach.Verdict.CLOSED_QUESTION;
import static roundtable.domain.coach.Verdict.EXPERIENCE;
import static roundtable.domain.coach.Verdict.OPEN_QUESTION;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import roundtable.domain.Coaching;

/** The coach in Spanish and German, the harder English forms, and how a language is found. */
class CoachLanguagesTest {

    private static final Language ES = SpanishRules.SPANISH;
    private static final Language DE = GermanRules.GERMAN;
    private static final Language EN = EnglishRules.ENGLISH;

    private static Verdict questions(Language language, String text) {
        return Coach.review(language, Coaching.QUESTIONS, text).orElseThrow().verdict();
    }

    private static Verdict experience(Language language, String text) {
        return Coach.review(language, Coaching.EXPERIENCE, text).orElseThrow().verdict();
    }

    @Nested
    class FindingALanguage {

        @Test
        void the_supported_languages_are_english_spanish_and_german_english_first() {
            assertEquals(List.of("en", "es", "de"),
                    Languages.SUPPORTED.stream().map(Language::code).collect(Collectors.toList()));
        }

        @Test
        void a_language_is_found_by_its_code_whatever_the_case_or_region() {
            assertEquals(Optional.of(ES), Languages.of("es"));
            assertEquals(Optional.of(ES), Languages.of("ES"));
            assertEquals(Optional.of(ES), Languages.of("es-MX"));
            assertEquals(Optional.of(DE), Languages.of("de_AT"));
            assertEquals(Optional.of(DE), Languages.of(" de "));
            assertEquals(Optional.of(EN), Languages.of("en-GB"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "fr", "e", "esp", "deu", "-es", "xx-de"})
        void an_unknown_code_is_empty_not_an_error(String code) {
            assertEquals(Optional.empty(), Languages.of(code));
        }

        @Test
        void a_missing_code_is_empty() {
            assertEquals(Optional.empty(), Languages.of(null));
        }

        @Test
        void the_english_review_without_a_language_still_works() {
            assertEquals(Coach.review(EN, Coaching.QUESTIONS, "Have you tried a retro?"),
                    Coach.review(Coaching.QUESTIONS, "Have you tried a retro?"));
        }
    }

    @Nested
    class Hints {

        @Test
        void every_language_has_a_short_hint_in_its_own_words_for_every_verdict() {
            for (Language language : Languages.SUPPORTED) {
                for (Verdict verdict : Verdict.values()) {
                    String hint = language.hint(verdict);
                    assertTrue(hint.length() <= Language.MAX_HINT, language.code() + " " + verdict + ": " + hint);
                    assertFalse(hint.isBlank(), language.code() + " " + verdict);
                    if (verdict.suggestsRewrite()) {
                        assertTrue(hint.matches("(?s).*['\"«„].*"),
                                language.code() + " " + verdict + " hint should quote an example rewrite: " + hint);
                    }
                }
            }
        }

        @Test
        void the_hint_comes_in_the_language_of_the_review() {
            assertTrue(Coach.review(ES, Coaching.EXPERIENCE, "Deberías hablar con tu jefe.").orElseThrow().hint()
                    .contains("Cuando me pasó"));
            assertTrue(Coach.review(DE, Coaching.QUESTIONS, "Hast du schon mal versucht, mit ihm zu reden?").orElseThrow()
                    .hint().contains("Vorschlag"));
            assertTrue(Coach.review(ES, Coaching.QUESTIONS, "¿Está fijo el presupuesto?").orElseThrow().hint()
                    .contains("¿Cómo fue"));
            assertTrue(Coach.review(DE, Coaching.EXPERIENCE, "Du solltest kündigen.").orElseThrow().hint()
                    .contains("Als ich"));
        }
    }

    @Nested
    class Spanish {

        @ParameterizedTest
        @ValueSource(strings = {
                "¿Has probado a hablar con él directamente?",
                "¿Ha probado usted a delegar las entrevistas?",
                "¿Has considerado contratar a un coach?",
                "¿Se ha planteado usted vender la empresa?",
                "¿Por qué no le pones una fecha límite?",
                "¿Por qué no prueba usted con un contrato de prueba?",
                "por que no hablas con tu socio",
                "porque no contratas a alguien",
                "¿No sería más fácil subir los precios?",
                "¿Y si le dices que no?",
                "¿Qué tal si pruebas un mes sin guardias?",
                "¿Podrías simplemente retrasar el lanzamiento?",
                "¿Podría usted hablar con su consejo?",
                "¿No crees que deberías tomarte unas vacaciones?",
                "Con todo lo que cuentas, ¿por qué no te tomas un mes libre?",
                "as probado a apagar el movil"})
        void suggestions_in_question_form_are_advice_in_disguise_for_tu_and_usted(String text) {
            assertEquals(ADVICE_IN_DISGUISE, questions(ES, text), text);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "Deberías hablar con tu jefe.",
                "deberias tomarte unas vacaciones",
                "deverias hablarlo con tu equipo",
                "Debería usted hablar con su consejo.",
                "Usted tiene que poner límites.",
                "Yo en tu lugar aceptaría la oferta.",
                "Yo en su lugar lo hablaría con el consejo.",
                "Yo que tú lo dejaría.",
                "Si fuera tú, no firmaría.",
                "Habla con tu socio esta semana.",
                "Hable con su equipo antes de anunciarlo.",
                "¡No firmes nada todavía!",
                "Nunca contrates a un amigo sin pacto de socios.",
                "Te recomiendo un abogado laboralista.",
                "Le aconsejo que revise el contrato.",
                "Lo mejor es decirlo pronto."})
        void instructions_and_recommendations_to_tu_and_usted_are_advice(String text) {
            assertEquals(ADVICE, experience(ES, text), text);
        }

        @Test
        void first_person_stories_in_the_past_are_experience() {
            assertEquals(EXPERIENCE, experience(ES, "Cuando nosotros cambiamos de modelo, perdí a dos clientes grandes."));
            assertEquals(EXPERIENCE, experience(ES, "Hablé con mi jefe y, para mi sorpresa, me apoyó."));
            assertEquals(EXPERIENCE, experience(ES, "cuando nos paso a nosotros no supimos reaccionar"));
            assertEquals(EXPERIENCE, experience(ES, "Debería haberlo hecho antes."));
            assertEquals(EXPERIENCE, experience(ES, "Fue la decisión más difícil y la volvería a tomar."));
        }

        @Test
        void reported_and_quoted_advice_is_part_of_the_story_but_advice_at_its_end_is_not() {
            assertEquals(EXPERIENCE, experience(ES, "Mi mentora me dijo que soltara el control, y cuando lo hice, el equipo creció."));
            assertEquals(EXPERIENCE, experience(ES, "Me aconsejó que hablara con él y funcionó."));
            assertEquals(EXPERIENCE, experience(ES, "Mi jefe siempre decía \"nunca firmes un viernes\", y tenía razón."));
            assertEquals(ADVICE, experience(ES, "Pasé por lo mismo. Confía en tu instinto y vete."));
            assertEquals(ADVICE, experience(ES, "Lo probamos y funcionó genial, deberías probarlo."));
        }

        @Test
        void open_and_closed_questions_are_told_apart_with_or_without_accents_and_marks() {
            assertEquals(OPEN_QUESTION, questions(ES, "¿Qué te da más miedo de esta decisión?"));
            assertEquals(OPEN_QUESTION, questions(ES, "que es lo que hace tan dificil esta decision"));
            assertEquals(OPEN_QUESTION, questions(ES, "¿y luego?"));
            assertEquals(OPEN_QUESTION, questions(ES, "¿Por qué?"));
            assertEquals(OPEN_QUESTION, questions(ES, "¿Por qué no funcionó la última vez?"));
            assertEquals(OPEN_QUESTION, questions(ES, "Cuéntanos más sobre el conflicto."));
            assertEquals(CLOSED_QUESTION, questions(ES, "¿Cuántos ingenieros dependen de ti?"));
            assertEquals(CLOSED_QUESTION, questions(ES, "¿En qué año fundaste la empresa?"));
            assertEquals(CLOSED_QUESTION, questions(ES, "hablaste con ella despues de la reunion"));
            assertEquals(CLOSED_QUESTION, questions(ES, "¿Has pensado en qué quieres tú?"));
            assertEquals(CLOSED_QUESTION, questions(ES, "la decision es tuya o del consejo"));
        }

        @Test
        void an_accent_at_the_end_of_a_verb_tells_a_story_from_a_command() {
            assertEquals(EXPERIENCE, experience(ES, "Hablé con ella al día siguiente."));
            assertEquals(ADVICE, experience(ES, "Hable con ella al día siguiente."));
        }
    }

    @Nested
    class German {

        @ParameterizedTest
        @ValueSource(strings = {
                "Hast du schon mal versucht, direkt mit ihm zu reden?",
                "Haben Sie schon versucht, die Interviews zu delegieren?",
                "Hast du es schon mal mit einem Coach versucht?",
                "hast du schon mal probiert am wochenende das handy auszumachen",
                "Warum redest du nicht einfach mit ihm?",
                "Warum probieren Sie es nicht mit einer längeren Probezeit?",
                "Warum nicht einfach kündigen?",
                "Warum setzt du ihm keine Frist?",
                "Wäre es nicht einfacher, die Preise zu erhöhen?",
                "waere es nicht sinnvoll vorher mit dem team zu reden",
                "Was wäre, wenn du einfach keine Mails mehr beantwortest?",
                "Wie wäre es mit einem CFO in Teilzeit?",
                "Könntest du den Launch nicht einfach verschieben?",
                "Könnten Sie vor der Versammlung mit dem Aufsichtsrat sprechen?",
                "Meinst du nicht, du solltest mal Urlaub machen?",
                "Hör mal, warum nimmst du dir nicht ein Sabbatical?"})
        void suggestions_in_question_form_are_advice_in_disguise_for_du_and_sie(String text) {
            assertEquals(ADVICE_IN_DISGUISE, questions(DE, text), text);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "Du solltest mit deinem Chef reden.",
                "du solltest echt mal urlaub machen",
                "Sie sollten vor der Versammlung mit Ihrem Aufsichtsrat sprechen.",
                "Sie müssen diesem Kunden Grenzen setzen.",
                "Ihr solltet von Anfang an klare Verhältnisse schaffen.",
                "An deiner Stelle würde ich das Angebot annehmen.",
                "An Ihrer Stelle würde ich eine zweite Meinung einholen.",
                "Ich an deiner Stelle würde kündigen.",
                "Wenn ich du wäre, würde ich kündigen.",
                "Sprich so bald wie möglich mit deinem Chef.",
                "Sprechen Sie mit Ihrem Team, bevor Sie es ankündigen.",
                "Beantworte am Wochenende keine Mails.",
                "Versuch, eine Nacht darüber zu schlafen.",
                "Ich empfehle Ihnen, einen Finanzchef einzustellen.",
                "Man muss da einen klaren Schnitt machen.",
                "Am besten sprichst du morgen mit ihr."})
        void instructions_and_recommendations_to_du_and_sie_are_advice(String text) {
            assertEquals(ADVICE, experience(DE, text), text);
        }

        @Test
        void first_person_stories_in_the_past_are_experience() {
            assertEquals(EXPERIENCE, experience(DE, "Als wir damals den Standort gewechselt haben, habe ich die Hälfte des Teams verloren."));
            assertEquals(EXPERIENCE, experience(DE, "als uns das passiert ist haben wir zu spät reagiert"));
            assertEquals(EXPERIENCE, experience(DE, "Ich hätte mir früher Hilfe holen sollen."));
            assertEquals(EXPERIENCE, experience(DE, "Es war die schwerste Entscheidung, und ich würde sie wieder so treffen."));
            assertEquals(EXPERIENCE, experience(DE, "Wir mussten damals zehn Leute entlassen."));
        }

        @Test
        void reported_and_quoted_advice_is_part_of_the_story_but_advice_at_its_end_is_not() {
            assertEquals(EXPERIENCE, experience(DE, "Meine Mentorin hat mir geraten, loszulassen, und als ich das getan habe, ist das Team gewachsen."));
            assertEquals(EXPERIENCE, experience(DE, "Mein Chef sagte immer: „Unterschreib nie an einem Freitag“, und er hatte recht."));
            assertEquals(EXPERIENCE, experience(DE, "Was ich gelernt habe: Man kann Kultur nicht mit einem Tool reparieren."));
            assertEquals(ADVICE, experience(DE, "Ich habe dasselbe durchgemacht. Vertrau deinem Bauchgefühl und geh."));
            assertEquals(ADVICE, experience(DE, "Damals habe ich alles allein gemacht, mach das bloß nicht."));
        }

        @Test
        void umlauts_and_sharp_s_typed_or_spelt_out_read_the_same_and_wuerde_is_not_wurde() {
            assertEquals(ADVICE, experience(DE, "Du müsstest mehr delegieren."));
            assertEquals(ADVICE, experience(DE, "Du muesstest mehr delegieren."));
            assertEquals(ADVICE, experience(DE, "Bloß nicht unterschreiben!"));
            assertEquals(ADVICE, experience(DE, "Bloss nicht unterschreiben!"));
            assertEquals(EXPERIENCE, experience(DE, "Ich wurde damals befördert und war überfordert."));
        }

        @Test
        void open_and_closed_questions_are_told_apart() {
            assertEquals(OPEN_QUESTION, questions(DE, "Was macht diese Entscheidung so schwer?"));
            assertEquals(OPEN_QUESTION, questions(DE, "und dann?"));
            assertEquals(OPEN_QUESTION, questions(DE, "Warum?"));
            assertEquals(OPEN_QUESTION, questions(DE, "Warum hat es nicht funktioniert?"));
            assertEquals(OPEN_QUESTION, questions(DE, "Warum willst du es ihm nicht sagen?"));
            assertEquals(OPEN_QUESTION, questions(DE, "Erzähl uns mehr darüber, wie der Konflikt angefangen hat."));
            assertEquals(CLOSED_QUESTION, questions(DE, "Wie viele Entwickler berichten an dich?"));
            assertEquals(CLOSED_QUESTION, questions(DE, "In welchem Jahr hast du die Firma gegründet?"));
            assertEquals(CLOSED_QUESTION, questions(DE, "hast du nach dem meeting mit ihr geredet"));
            assertEquals(CLOSED_QUESTION, questions(DE, "Hast du schon mal überlegt, was du selbst eigentlich willst?"));
            assertEquals(CLOSED_QUESTION, questions(DE, "Können Sie das Projekt noch stoppen?"));
        }
    }

    @Nested
    class HarderEnglish {

        @ParameterizedTest
        @ValueSource(strings = {
                "What if you just told him the truth?",
                "What if you just didn't reply to weekend emails?",
                "How about offering her a smaller role first?",
                "How about just a quick call with her?",
                "What's stopping you from just handing in your notice?",
                "What do you think about hiring a fractional CFO?",
                "How do you feel about bringing your co-founder into these calls?",
                "Could the answer be to hire a COO?",
                "Any chance you could push the launch by a month?"})
        void advice_behind_an_open_opener_is_advice_in_disguise(String text) {
            assertEquals(ADVICE_IN_DISGUISE, questions(EN, text), text);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "I wonder whether you might delegate the hiring to your leads.",
                "Maybe consider a part-time CFO?",
                "I'm wondering if it would help to write down the criteria first?",
                "Just a thought, but could a mediator help here?",
                "I wonder if a coach might help you with the board?",
                "Possibly worth asking your old manager?",
                "I'm curious whether you've thought about selling the business?"})
        void hedged_advice_is_still_advice_in_disguise(String text) {
            assertEquals(ADVICE_IN_DISGUISE, questions(EN, text), text);
        }

        @Test
        void hedged_advice_in_a_story_is_advice() {
            assertEquals(ADVICE, experience(EN, "Maybe consider a coach, it helped me a lot."));
            assertEquals(ADVICE, experience(EN, "Might be worth looking at usage-based pricing."));
            assertEquals(ADVICE, experience(EN, "One option might be to bring in a part-time CTO."));
            assertEquals(ADVICE, experience(EN, "I'd say go for it."));
        }

        @Test
        void a_story_that_quotes_advice_is_experience() {
            assertEquals(EXPERIENCE, experience(EN, "My mentor told me 'you should let go', and when I did, the team grew."));
            assertEquals(EXPERIENCE, experience(EN, "my mentor told me you should let go and when i did everything got easier"));
            assertEquals(EXPERIENCE, experience(EN, "The best advice I ever got was to hire people who disagree with me."));
            assertEquals(EXPERIENCE, experience(EN, "Our investor's rule was simple: never run out of cash in December."));
            assertEquals(EXPERIENCE, experience(EN, "I remember thinking, you need to stop doing everyone's job, but it took a year."));
            assertEquals(EXPERIENCE, experience(EN, "I kept telling myself to just push through, and by March I was burned out."));
        }

        @Test
        void a_story_that_ends_by_telling_the_presenter_what_to_do_is_advice() {
            assertEquals(ADVICE, experience(EN, "My mentor told me to let go, and when I did, the team grew. You should do the same."));
            assertEquals(ADVICE, experience(EN, "I'd do it again, and I think you should too."));
            assertEquals(ADVICE, experience(EN, "We went through a messy split last year. Talk to a lawyer before anything else."));
            assertEquals(ADVICE, experience(EN, "i tried to fix it alone and burned out. dont make my mistake"));
            assertEquals(ADVICE, experience(EN, "If you get the chance, go and see how another team runs their retros."));
            assertEquals(ADVICE, experience(EN, "I've been there. Trust me, you'll want a good lawyer."));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "What year did you start?",
                "How many people report to you?",
                "what year did you join",
                "What's the size of the engineering team?",
                "What percentage of revenue comes from that customer?",
                "Who's your lead investor?",
                "whos the decision maker there",
                "What stage is the company at, seed or Series A?"})
        void closed_questions_that_begin_with_what_or_how_many_are_closed(String text) {
            assertEquals(CLOSED_QUESTION, questions(EN, text), text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"why?", "and then?", "how come?", "Like what?", "In what way?", "what then"})
        void very_short_follow_ups_are_open(String text) {
            assertEquals(OPEN_QUESTION, questions(EN, text), text);
        }

        @Test
        void lowercase_typos_no_question_mark_and_several_sentences() {
            assertEquals(OPEN_QUESTION, questions(EN, "wat would success look like for u"));
            assertEquals(CLOSED_QUESTION, questions(EN, "did u already sign the offer"));
            assertEquals(ADVICE_IN_DISGUISE, questions(EN, "could it help to talk to her one on one"));
            assertEquals(OPEN_QUESTION, questions(EN, "That must have been hard. How are you holding up? What's keeping you up?"));
            assertEquals(CLOSED_QUESTION, questions(EN, "You mentioned a deadline. When is it?"));
        }

        @Test
        void a_thing_or_a_state_after_feel_about_is_asked_about_not_proposed() {
            assertEquals(OPEN_QUESTION, questions(EN, "What do you think about the offer?"));
            assertEquals(OPEN_QUESTION, questions(EN, "How do you feel about being the one who has to decide?"));
            assertEquals(OPEN_QUESTION, questions(EN, "What if the deal falls through?"));
        }
    }

    @Nested
    class Performance {

        private static final Duration QUICKLY = Duration.ofMillis(1_000);

        /** Inputs built to provoke backtracking in the Spanish and German rules. */
        private List<String> hostileTexts() {
            List<String> texts = new ArrayList<>();
            for (String unit : List.of("¿has probado ", "por que no ", "¿", "¡", "no te ", "y si ", "yo en tu lugar ",
                    "deberias ", "que tal ", "tu ", "le ", "simplemente ", "hast du schon ", "warum ", "du ", "sie ",
                    "an deiner stelle ", "ich würde ", "was wäre, wenn du ", "einfach ", "ä", "ß", "wenn ", ", ", "oder ",
                    "nicht ", "man ", "'", "\"", "a b ")) {
                texts.add(unit.repeat(2_000 / unit.length() + 1).substring(0, 2_000));
            }
            texts.add("¿Has probado " + "realmente ".repeat(200));
            texts.add("Warum " + "nicht ".repeat(300));
            texts.add("Hast du " + "schon mal ".repeat(200) + "versucht");
            return texts;
        }

        @Test
        void two_thousand_character_texts_are_reviewed_quickly_in_every_language() {
            for (Language language : Languages.SUPPORTED) {
                for (String text : hostileTexts()) {
                    for (Coaching coaching : List.of(Coaching.QUESTIONS, Coaching.EXPERIENCE)) {
                        assertTimeoutPreemptively(QUICKLY, () -> Coach.review(language, coaching, text),
                                () -> "slow in " + language.code() + " on " + coaching + ": " + text.substring(0, 30) + "…");
                    }
                }
            }
        }
    }

    @Nested
    class RulesAsData {

        @Test
        void every_rule_and_mask_of_every_language_explains_itself_and_is_case_insensitive_and_unicode_aware() {
            for (Language language : Languages.SUPPORTED) {
                List<Pattern> patterns = new ArrayList<>();
                for (Coaching coaching : List.of(Coaching.QUESTIONS, Coaching.EXPERIENCE)) {
                    for (Rule rule : language.rules(coaching).rules()) {
                        assertFalse(rule.why().isBlank());
                        assertEquals(coaching, rule.verdict().coaching());
                        patterns.add(rule.pattern());
                    }
                }
                for (Mask mask : language.masks()) {
                    assertFalse(mask.why().isBlank());
                    patterns.add(mask.pattern());
                }
                for (Spelling spelling : language.spellings()) {
                    patterns.add(spelling.pattern());
                }
                patterns.add(language.leadIn());
                for (Pattern pattern : patterns) {
                    int flags = pattern.flags();
                    assertTrue((flags & Pattern.CASE_INSENSITIVE) != 0, language.code() + ": " + pattern.pattern());
                    assertTrue((flags & Pattern.UNICODE_CASE) != 0, language.code() + ": " + pattern.pattern());
                    assertTrue((flags & Pattern.UNICODE_CHARACTER_CLASS) != 0, language.code() + ": " + pattern.pattern());
                }
            }
        }

        @Test
        void the_normalised_sentences_show_what_the_rules_see() {
            assertEquals(List.of("por que no hablas con el?"), Coach.sentences(ES, "¿Por qué no hablas con él?"));
            assertEquals(List.of("hablé con mi jefe."), Coach.sentences(ES, "Hablé con mi jefe."));
            assertEquals(List.of("waere es nicht besser, dass du gehst?"), Coach.sentences(DE, "Wäre es nicht besser, daß du gehst?"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"?", "¿?", "¡!", "...", "„“", "12345", "🙂"})
        void texts_with_nothing_to_read_are_never_flagged_in_any_language(String odd) {
            for (Language language : Languages.SUPPORTED) {
                for (Coaching coaching : List.of(Coaching.QUESTIONS, Coaching.EXPERIENCE)) {
                    Optional<Review> review = Coach.review(language, coaching, odd);
                    assertTrue(review.isEmpty() || !review.get().isFlag(), language.code() + " " + coaching + " flagged " + odd);
                }
            }
        }
    }
}
