package roundtable.domain.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.domain.coach.Verdict.ADVICE;
import static roundtable.domain.coach.Verdict.ADVICE_IN_DISGUISE;
import static roundtable.domain.coach.Verdict.CLOSED_QUESTION;
import static roundtable.domain.coach.Verdict.EXPERIENCE;
import static roundtable.domain.coach.Verdict.OPEN_QUESTION;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import roundtable.domain.Coaching;

class CoachTest {

    private static Verdict questions(String text) {
        return Coach.review(Coaching.QUESTIONS, text).orElseThrow().verdict();
    }

    private static Verdict experience(String text) {
        return Coach.review(Coaching.EXPERIENCE, text).orElseThrow().verdict();
    }

    @Nested
    class Verdicts {

        @Test
        void ids_read_like_the_other_domain_enums() {
            assertEquals("open-question", OPEN_QUESTION.toString());
            assertEquals("closed-question", CLOSED_QUESTION.toString());
            assertEquals("advice-in-disguise", ADVICE_IN_DISGUISE.toString());
            assertEquals("experience", EXPERIENCE.toString());
            assertEquals("advice", ADVICE.toString());
            for (Verdict verdict : Verdict.values()) {
                assertEquals(Optional.of(verdict), Verdict.ofId(verdict.toString()));
            }
            assertEquals(Optional.empty(), Verdict.ofId("ADVICE"));
        }

        @Test
        void only_the_two_kinds_of_advice_are_flags_for_the_facilitator() {
            assertTrue(ADVICE_IN_DISGUISE.isFlag());
            assertTrue(ADVICE.isFlag());
            assertFalse(CLOSED_QUESTION.isFlag());
            assertFalse(OPEN_QUESTION.isFlag());
            assertFalse(EXPERIENCE.isFlag());
        }

        @Test
        void each_verdict_belongs_to_one_kind_of_coaching() {
            assertEquals(Coaching.QUESTIONS, OPEN_QUESTION.coaching());
            assertEquals(Coaching.QUESTIONS, CLOSED_QUESTION.coaching());
            assertEquals(Coaching.QUESTIONS, ADVICE_IN_DISGUISE.coaching());
            assertEquals(Coaching.EXPERIENCE, EXPERIENCE.coaching());
            assertEquals(Coaching.EXPERIENCE, ADVICE.coaching());
        }
    }

    @Nested
    class Hints {

        @Test
        void every_hint_is_short() {
            for (Verdict verdict : Verdict.values()) {
                String hint = EnglishRules.ENGLISH.hint(verdict);
                assertTrue(hint.length() <= Language.MAX_HINT, verdict + ": " + hint);
            }
        }

        @Test
        void verdicts_that_ask_for_a_rewrite_suggest_one_with_an_example() {
            for (Verdict verdict : Verdict.values()) {
                String hint = EnglishRules.ENGLISH.hint(verdict);
                if (verdict.suggestsRewrite()) {
                    assertFalse(hint.isBlank(), verdict + " gives no hint");
                    assertTrue(hint.contains("'"), verdict + " hint should quote an example rewrite: " + hint);
                }
            }
        }

        @Test
        void the_hint_comes_with_the_review() {
            Review disguised = Coach.review(Coaching.QUESTIONS, "Have you tried talking to them?").orElseThrow();
            assertEquals(ADVICE_IN_DISGUISE, disguised.verdict());
            assertTrue(disguised.hint().contains("suggestion"), disguised.hint());
            assertTrue(disguised.isFlag());

            Review advice = Coach.review(Coaching.EXPERIENCE, "You should talk to your manager.").orElseThrow();
            assertEquals(ADVICE, advice.verdict());
            assertTrue(advice.hint().contains("When I"), advice.hint());

            Review closed = Coach.review(Coaching.QUESTIONS, "Is the budget fixed?").orElseThrow();
            assertEquals(CLOSED_QUESTION, closed.verdict());
            assertTrue(closed.hint().contains("what or how"), closed.hint());
            assertFalse(closed.isFlag());

            Review open = Coach.review(Coaching.QUESTIONS, "What would success look like for you?").orElseThrow();
            assertEquals(OPEN_QUESTION, open.verdict());
            assertFalse(open.isFlag());
        }
    }

    @Nested
    class Inputs {

        @Test
        void no_coaching_no_review() {
            assertEquals(Optional.empty(), Coach.review(Coaching.NONE, "You should really try it."));
            assertEquals(Optional.empty(), Coach.review(Coaching.NONE, "Have you tried turning it off?"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "   \t \n ", "\u00A0\u200B", "\r\n\r\n"})
        void a_blank_text_gets_no_review(String blank) {
            assertEquals(Optional.empty(), Coach.review(Coaching.QUESTIONS, blank));
            assertEquals(Optional.empty(), Coach.review(Coaching.EXPERIENCE, blank));
        }

        @Test
        void a_missing_text_gets_no_review() {
            assertEquals(Optional.empty(), Coach.review(Coaching.QUESTIONS, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"?", "...", "!!!", "\"\"", "''", "—", "?!?", "\u2026", "12345", "🙂", ":)"})
        void texts_with_nothing_to_read_are_never_flagged(String odd) {
            for (Coaching coaching : List.of(Coaching.QUESTIONS, Coaching.EXPERIENCE)) {
                Review review = Coach.review(coaching, odd).orElseThrow();
                assertFalse(review.isFlag(), coaching + " flagged " + odd);
            }
        }

        @Test
        void curly_quotes_case_and_spaces_are_normalised() {
            assertEquals(ADVICE_IN_DISGUISE, questions("WHY DON\u2019T YOU   just take a week off?"));
            assertEquals(CLOSED_QUESTION, questions("What\u2019s   your current runway?"));
            assertEquals(ADVICE, experience("\u201CHonestly,\u201D you\u2019d better talk to her."));
        }

        @Test
        void informal_spellings_are_folded() {
            assertEquals(ADVICE_IN_DISGUISE, questions("why dont u just quit"));
            assertEquals(ADVICE_IN_DISGUISE, questions("have u tried talking to her manager"));
            assertEquals(OPEN_QUESTION, questions("whats the outcome you'd regret most"));
        }

        @Test
        void line_breaks_separate_sentences() {
            assertEquals(OPEN_QUESTION, questions("Did you talk to HR\nWhat did they say"));
            assertEquals(ADVICE, experience("We moved to a four-day week\nYou should try it"));
        }
    }

    @Nested
    class QuestionsPhase {

        @ParameterizedTest
        @ValueSource(strings = {
                "Have you tried just talking to them?",
                "Why don't you hire a contractor?",
                "Wouldn't it be easier to raise prices for new customers only?",
                "Could you just move the launch?",
                "Have you considered an executive coach?",
                "What if you simply stopped taking calls after 7pm?",
                "Shouldn't you tell the board first?",
                "Why not give him a deadline?",
                "Is it worth getting a lawyer?",
                "Would it help to write the criteria down?",
                "Isn't the real problem the CTO?",
                "How about asking the customers?",
                "Do you really need a VP of engineering?",
                "Have you read \"High Output Management\"?"})
        void suggestions_in_question_form_are_advice_in_disguise(String text) {
            assertEquals(ADVICE_IN_DISGUISE, questions(text), text);
        }

        @Test
        void have_you_is_not_always_a_suggestion() {
            assertEquals(CLOSED_QUESTION, questions("Have you noticed any pattern in when it happens?"));
            assertEquals(CLOSED_QUESTION, questions("Have you had a situation like this before?"));
            assertEquals(CLOSED_QUESTION, questions("Have you thought about what you want from this?"));
            assertEquals(ADVICE_IN_DISGUISE, questions("Have you thought about hiring a coach?"));
            assertEquals(OPEN_QUESTION, questions("What have you tried so far?"));
        }

        @Test
        void what_if_imagines_unless_it_proposes_a_move() {
            assertEquals(OPEN_QUESTION, questions("What if you didn't have to choose?"));
            assertEquals(OPEN_QUESTION, questions("What if the deal falls through?"));
            assertEquals(ADVICE_IN_DISGUISE, questions("What if you told her what you told us?"));
        }

        @Test
        void asking_what_they_think_they_should_do_is_open() {
            assertEquals(OPEN_QUESTION, questions("What do you think you should do?"));
            assertEquals(ADVICE_IN_DISGUISE, questions("Do you think you should tell her?"));
        }

        @Test
        void invitations_to_tell_are_open_even_when_phrased_with_can_or_as_an_imperative() {
            assertEquals(OPEN_QUESTION, questions("Can you tell us more about how it started?"));
            assertEquals(OPEN_QUESTION, questions("Walk us through the last incident."));
            assertEquals(OPEN_QUESTION, questions("Help me understand what done means here."));
            assertEquals(ADVICE_IN_DISGUISE, questions("Talk to your manager."));
        }

        @Test
        void questions_about_a_single_fact_are_closed_even_with_a_question_word() {
            assertEquals(CLOSED_QUESTION, questions("How many engineers report to you?"));
            assertEquals(CLOSED_QUESTION, questions("When is the deadline?"));
            assertEquals(CLOSED_QUESTION, questions("Who signs off on the pricing?"));
            assertEquals(OPEN_QUESTION, questions("What's the cost of waiting another quarter?"));
            assertEquals(OPEN_QUESTION, questions("Who else is affected by this?"));
        }

        @Test
        void questions_without_a_question_mark_are_still_read_by_how_they_open() {
            assertEquals(CLOSED_QUESTION, questions("did you talk to hr"));
            assertEquals(OPEN_QUESTION, questions("what would success look like"));
            assertEquals(ADVICE_IN_DISGUISE, questions("have you tried a four day week"));
            assertEquals(CLOSED_QUESTION, questions("The contract is annual, right?"));
        }

        @Test
        void plain_advice_in_a_questions_phase_is_flagged_as_advice_in_disguise() {
            Review review = Coach.review(Coaching.QUESTIONS, "You should talk to HR first.").orElseThrow();
            assertEquals(ADVICE_IN_DISGUISE, review.verdict());
            assertTrue(review.isFlag());
        }

        @Test
        void one_suggestion_among_several_questions_flags_the_text() {
            assertEquals(ADVICE_IN_DISGUISE,
                    questions("How did the team react? What did you say? Also, have you tried a retro?"));
            assertEquals(OPEN_QUESTION, questions("Did you talk to HR? What did they say?"));
            assertEquals(OPEN_QUESTION, questions("That sounds exhausting. What has kept you going?"));
            assertEquals(CLOSED_QUESTION, questions("Is the budget fixed? Does the board know?"));
        }

        @Test
        void lead_in_fillers_do_not_hide_how_a_question_opens() {
            assertEquals(ADVICE_IN_DISGUISE, questions("I'm wondering, have you tried hiring from your customers?"));
            assertEquals(OPEN_QUESTION, questions("So, what's the real question underneath?"));
            assertEquals(OPEN_QUESTION, questions("If nothing changed, where would you be in a year?"));
        }
    }

    @Nested
    class ExperiencePhase {

        @Test
        void first_person_stories_are_experience() {
            assertEquals(EXPERIENCE, experience("When we migrated, I underestimated the debugging."));
            assertEquals(EXPERIENCE, experience("In my last company we tried it and it failed within a year."));
            assertEquals(EXPERIENCE, experience("Looking back, I would have left a year earlier."));
            assertEquals(EXPERIENCE, experience("It was worth it for us."));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "You should talk to your manager.",
                "If I were you, I'd take the offer.",
                "Just raise the prices.",
                "Talk to your manager.",
                "Make sure you have a runbook.",
                "The best thing is to fire fast.",
                "You need to set boundaries.",
                "Try a four-day week.",
                "Don't take the money.",
                "It might be worth talking to a lawyer.",
                "I'd recommend a compensation framework.",
                "Whatever you do, don't rewrite it."})
        void instructions_and_recommendations_are_advice(String text) {
            assertEquals(ADVICE, experience(text), text);
        }

        @Test
        void a_story_that_ends_in_advice_is_advice() {
            assertEquals(ADVICE, experience("We tried usage-based pricing and it worked great, you should try it."));
            assertEquals(ADVICE, experience("When we migrated, I learned a lot. So just do it."));
            assertEquals(ADVICE, experience("I went through the same thing. Trust your gut and leave."));
        }

        @Test
        void a_generic_you_describing_what_happens_is_experience_but_an_obligation_is_not() {
            assertEquals(EXPERIENCE, experience("When you run on-call for a year, you learn to tell real alarms from noise."));
            assertEquals(ADVICE, experience("When you run on-call, you need clear escalation paths."));
        }

        @Test
        void reported_speech_lessons_and_idioms_are_not_the_writer_advising() {
            assertEquals(EXPERIENCE, experience("My manager once told me to \"just ship it\", and I did."));
            assertEquals(EXPERIENCE, experience("I was told that you should never start a company with a friend."));
            assertEquals(EXPERIENCE, experience("What I learned the hard way is that you can't fix culture with a tool."));
            assertEquals(EXPERIENCE, experience("Don't get me wrong, I loved that team."));
            assertEquals(EXPERIENCE, experience("Let me share what happened when we tried."));
            assertEquals(EXPERIENCE, experience("I told my team: stop shipping on Fridays."));
            assertEquals(EXPERIENCE, experience("We had one rule: never page someone twice a night."));
        }

        @Test
        void i_would_is_advice_only_when_it_speaks_for_the_presenter() {
            assertEquals(ADVICE, experience("I'd take the startup offer, personally."));
            assertEquals(ADVICE, experience("Personally I would hire for attitude."));
            assertEquals(EXPERIENCE, experience("Back then I would answer every email myself."));
            assertEquals(EXPERIENCE, experience("It was the hardest decision of my career and I'd make it again."));
        }

        @Test
        void polite_advice_is_still_advice() {
            assertEquals(ADVICE, experience("It could help to bring in a mediator."));
            assertEquals(ADVICE, experience("A good first step would be to talk to your customers."));
            assertEquals(ADVICE, experience("Your co-founder needs to hear this from you."));
        }
    }

    @Nested
    class Performance {

        private static final Duration QUICKLY = Duration.ofMillis(1_000);

        /** Inputs built to provoke backtracking: long runs of what the rules look for, with no ending. */
        private List<String> hostileTexts() {
            List<String> texts = new ArrayList<>();
            for (String unit : List.of("have you ", "you ", "a, ", "'", "\"", "i'd ", "the best thing ",
                    "i learned ", "what if you ", "just ", "x", " ", "? ", "don't ", "your team ", "it's ",
                    "when you ", "a'b ", "so ", "- ")) {
                texts.add(unit.repeat(2_000 / unit.length() + 1).substring(0, 2_000));
            }
            texts.add("Have you tried " + "really ".repeat(300));
            texts.add("I'd never " + "ever ".repeat(400));
            texts.add("\"" + "a".repeat(1_998) + "'");
            return texts;
        }

        @Test
        void two_thousand_character_texts_are_reviewed_quickly() {
            for (String text : hostileTexts()) {
                assertTrue(text.length() >= 2_000, "too short to mean anything: " + text.length());
                for (Coaching coaching : List.of(Coaching.QUESTIONS, Coaching.EXPERIENCE)) {
                    assertTimeoutPreemptively(QUICKLY, () -> Coach.review(coaching, text),
                            () -> "slow on " + coaching + ": " + text.substring(0, 40) + "…");
                }
            }
        }

        @Test
        void a_long_story_is_read_as_a_whole() {
            String story = "When we migrated, I learned a lot about our team. ".repeat(38);
            assertTrue(story.length() >= 1_900);
            assertEquals(EXPERIENCE, assertTimeoutPreemptively(QUICKLY, () -> experience(story)));
            assertEquals(ADVICE, assertTimeoutPreemptively(QUICKLY, () -> experience(story + "You should try it.")));
        }

        @Test
        void texts_far_beyond_a_card_are_cut_not_choked_on() {
            String huge = "you should ".repeat(20_000);
            assertEquals(ADVICE, assertTimeoutPreemptively(QUICKLY, () -> experience(huge)));
        }
    }

    @Nested
    class RulesAsData {

        @Test
        void every_rule_and_mask_explains_itself_and_is_case_insensitive_and_unicode_aware() {
            Language english = EnglishRules.ENGLISH;
            List<Pattern> patterns = new ArrayList<>();
            for (Coaching coaching : List.of(Coaching.QUESTIONS, Coaching.EXPERIENCE)) {
                for (Rule rule : english.rules(coaching).rules()) {
                    assertFalse(rule.why().isBlank());
                    assertEquals(coaching, rule.verdict().coaching());
                    patterns.add(rule.pattern());
                }
            }
            for (Mask mask : english.masks()) {
                assertFalse(mask.why().isBlank());
                patterns.add(mask.pattern());
            }
            patterns.add(english.leadIn());
            for (Pattern pattern : patterns) {
                int flags = pattern.flags();
                assertTrue((flags & Pattern.CASE_INSENSITIVE) != 0, pattern.pattern());
                assertTrue((flags & Pattern.UNICODE_CASE) != 0, pattern.pattern());
                assertTrue((flags & Pattern.UNICODE_CHARACTER_CLASS) != 0, pattern.pattern());
            }
        }

        @Test
        void the_assessment_names_the_rule_that_decided() {
            Coach.Assessment assessment = Coach.assess(EnglishRules.ENGLISH, Coaching.QUESTIONS,
                    "How did it go? Why don't you just quit?").orElseThrow();
            assertEquals(ADVICE_IN_DISGUISE, assessment.verdict());
            assertTrue(assessment.because().contains("why don't you"), assessment.because());
            assertEquals("why don't you just quit?", assessment.sentence());

            Coach.Assessment fallback = Coach.assess(EnglishRules.ENGLISH, Coaching.EXPERIENCE, "Thanks.")
                    .orElseThrow();
            assertEquals(EXPERIENCE, fallback.verdict());
            assertTrue(fallback.rule().isEmpty());
        }

        @Test
        void a_second_language_is_a_second_instance() {
            Language tiny = new Language("xx", Locale.ROOT, List.of(), List.of(), Pattern.compile("^"),
                    new PhaseRules(Coaching.QUESTIONS,
                            List.of(Rule.of(ADVICE_IN_DISGUISE, "^warum nicht\\b", "proposes a move")),
                            List.of(ADVICE_IN_DISGUISE, OPEN_QUESTION, CLOSED_QUESTION), OPEN_QUESTION),
                    new PhaseRules(Coaching.EXPERIENCE,
                            List.of(Rule.of(ADVICE, "\\bdu solltest\\b", "an obligation")),
                            List.of(ADVICE, EXPERIENCE), EXPERIENCE),
                    hints("Hinweis"));
            assertEquals(ADVICE_IN_DISGUISE,
                    Coach.review(tiny, Coaching.QUESTIONS, "Warum nicht einfach kündigen?").orElseThrow().verdict());
            assertEquals(ADVICE, Coach.review(tiny, Coaching.EXPERIENCE, "Du solltest gehen.").orElseThrow().verdict());
            assertEquals("Hinweis", Coach.review(tiny, Coaching.EXPERIENCE, "Ja.").orElseThrow().hint());
        }

        @Test
        void a_language_is_checked_when_it_is_built() {
            PhaseRules questions = EnglishRules.ENGLISH.questions();
            PhaseRules experience = EnglishRules.ENGLISH.experience();
            assertThrows(IllegalArgumentException.class, () -> new Language("xx", Locale.ROOT, List.of(),
                    List.of(), Pattern.compile("^"), questions, experience, hints("x".repeat(Language.MAX_HINT + 1))));
            assertThrows(IllegalArgumentException.class, () -> new Language("xx", Locale.ROOT, List.of(),
                    List.of(), Pattern.compile("^"), experience, questions, hints("")));
            assertThrows(IllegalArgumentException.class, () -> new PhaseRules(Coaching.QUESTIONS,
                    List.of(Rule.of(ADVICE, "x", "wrong phase")),
                    List.of(ADVICE_IN_DISGUISE, OPEN_QUESTION, CLOSED_QUESTION), OPEN_QUESTION));
            assertThrows(IllegalArgumentException.class, () -> Rule.of(ADVICE, "x", " "));
        }

        private Map<Verdict, String> hints(String hint) {
            Map<Verdict, String> hints = new EnumMap<>(Verdict.class);
            for (Verdict verdict : Verdict.values()) {
                hints.put(verdict, hint);
            }
            return hints;
        }
    }
}
