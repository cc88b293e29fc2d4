package roundtable.domain.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import roundtable.domain.Balance;

/**
 * The signals and their thresholds, on per-session facts written out by hand: what each signal
 * needs, what stops it, and that no signal names anyone.
 */
class GroupHealthTest {

    private static final long DAY = 86_400_000L;
    private static final List<SessionFacts.Person> CIRCLE = List.of(person("m-ada", "Ada"), person("m-grace", "Grace"),
            person("m-linus", "Linus"), person("m-mia", "Mia"));

    /** A session as the builder methods below shape it; by default healthy and balanced. */
    private static final class Facts {
        int index;
        boolean ended = true;
        List<SessionFacts.Person> attendees = CIRCLE;
        double topShare = 0.3;
        long airtimeMs = 600_000;
        int broughtIn = 2;
        int reported = 2;
        int knowledge = 0;
        int takeaways = 3;
        List<SessionFacts.Person> facilitators;

        Facts(int index) {
            this.index = index;
            // The role goes round: session i is facilitated by member i.
            this.facilitators = List.of(CIRCLE.get(index % CIRCLE.size()));
        }

        Facts share(double share) {
            topShare = share;
            return this;
        }

        Facts followUp(int in, int done) {
            broughtIn = in;
            reported = done;
            return this;
        }

        Facts insights(int knowledgeEntries, int takeawayCards) {
            knowledge = knowledgeEntries;
            takeaways = takeawayCards;
            return this;
        }

        Facts decayed() {
            return followUp(0, 0).insights(0, 0);
        }

        Facts facilitatedBy(SessionFacts.Person... people) {
            facilitators = List.of(people);
            return this;
        }

        Facts attendedBy(List<SessionFacts.Person> people) {
            attendees = people;
            return this;
        }

        Facts running() {
            ended = false;
            return this;
        }

        SessionFacts build() {
            long created = 1_767_225_600_000L + index * 28 * DAY;
            return new SessionFacts("s-" + index, "Session " + index, created, ended ? created + 5_400_000L : null,
                    attendees, CIRCLE.size(), new Balance(airtimeMs, topShare, topShare / 2), broughtIn, reported,
                    knowledge, takeaways, facilitators);
        }
    }

    private static SessionFacts.Person person(String id, String name) {
        return new SessionFacts.Person(id, name);
    }

    private static List<Facts> sessions(int n) {
        List<Facts> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(new Facts(i));
        }
        return all;
    }

    private static List<String> codes(List<Facts> facts) {
        return codes(facts, HealthRules.DEFAULT);
    }

    private static List<String> codes(List<Facts> facts, HealthRules rules) {
        return health(facts, rules).signals().stream().map(Signal::code).toList();
    }

    /** The one signal under the default rules is {@code code}, and its message mentions {@code words}. */
    private static void assertOnlySignal(List<Facts> facts, String code, String words) {
        GroupHealth health = health(facts, HealthRules.DEFAULT);
        assertEquals(List.of(code), health.signals().stream().map(Signal::code).toList());
        assertTrue(health.signals().get(0).message().contains(words), health.signals().get(0).message());
    }

    private static GroupHealth health(List<Facts> facts, HealthRules rules) {
        return GroupHealth.of(facts.stream().map(Facts::build).toList(), rules);
    }

    // ---- a healthy group ----

    @Test
    void a_group_that_reports_back_keeps_takeaways_shares_the_floor_and_rotates_has_no_signal() {
        List<Facts> healthy = sessions(6);
        healthy.get(0).followUp(0, 0);
        assertEquals(List.of(), codes(healthy));
    }

    @Test
    void a_group_with_no_sessions_yet_has_no_signal_and_no_figures() {
        GroupHealth health = GroupHealth.of(List.of());
        assertEquals(List.of(), health.sessions());
        assertEquals(List.of(), health.signals());
    }

    // ---- replant ----

    @Test
    void three_sessions_running_without_new_insight_or_follow_up_ask_to_replant() {
        List<Facts> decaying = sessions(5);
        decaying.subList(2, 5).forEach(Facts::decayed);
        List<String> codes = codes(decaying);
        assertTrue(codes.contains(Signal.REPLANT), () -> "signals: " + codes);
        assertEquals(Signal.REPLANT, codes.get(0), "the most pressing signal comes first");
    }

    @Test
    void two_such_sessions_are_not_yet_a_reason_to_replant() {
        List<Facts> decaying = sessions(5);
        decaying.subList(3, 5).forEach(Facts::decayed);
        assertFalse(codes(decaying).contains(Signal.REPLANT));
    }

    @Test
    void one_takeaway_or_one_knowledge_entry_or_one_report_in_the_three_is_enough_to_keep_going() {
        for (int variant = 0; variant < 3; variant++) {
            List<Facts> decaying = sessions(3);
            decaying.forEach(Facts::decayed);
            switch (variant) {
                case 0 -> decaying.get(1).insights(0, 1);
                case 1 -> decaying.get(1).insights(1, 0);
                default -> decaying.get(1).followUp(1, 1);
            }
            int v = variant;
            assertFalse(codes(decaying).contains(Signal.REPLANT), () -> "variant " + v);
        }
    }

    @Test
    void a_first_meeting_with_nothing_to_follow_up_still_counts_as_no_follow_up() {
        List<Facts> young = sessions(3);
        young.forEach(Facts::decayed);
        assertTrue(codes(young).contains(Signal.REPLANT));
    }

    // ---- dominant voices ----

    @Test
    void one_voice_over_forty_percent_of_the_floor_three_sessions_running_is_a_signal() {
        List<Facts> facts = sessions(4);
        facts.subList(1, 4).forEach(f -> f.share(0.41));
        assertOnlySignal(facts, Signal.DOMINANT_VOICES, "40%");
    }

    @Test
    void exactly_forty_percent_is_not_over_it() {
        List<Facts> facts = sessions(3);
        facts.forEach(f -> f.share(0.40));
        assertEquals(List.of(), codes(facts));
    }

    @Test
    void one_balanced_session_in_between_breaks_the_run() {
        List<Facts> facts = sessions(3);
        facts.forEach(f -> f.share(0.7));
        facts.get(1).share(0.3);
        assertEquals(List.of(), codes(facts));
    }

    @Test
    void with_fewer_than_three_people_in_the_room_the_share_says_nothing() {
        List<Facts> facts = sessions(3);
        facts.forEach(f -> f.share(0.6).attendedBy(CIRCLE.subList(0, 2)));
        assertEquals(List.of(), codes(facts));
    }

    @Test
    void a_session_where_nobody_held_the_floor_is_not_dominated() {
        List<Facts> facts = sessions(3);
        facts.forEach(f -> f.share(0.9));
        facts.get(2).airtimeMs = 0;
        assertEquals(List.of(), codes(facts));
    }

    // ---- follow-up ----

    @Test
    void commitments_brought_into_the_last_session_and_none_reported_is_a_signal() {
        List<Facts> facts = sessions(2);
        facts.get(1).followUp(3, 0);
        assertOnlySignal(facts, Signal.NO_FOLLOW_UP, "three open commitments");
    }

    @Test
    void one_report_or_nothing_to_report_is_no_such_signal() {
        List<Facts> facts = sessions(2);
        facts.get(1).followUp(3, 1);
        assertEquals(List.of(), codes(facts));
        facts.get(1).followUp(0, 0);
        assertEquals(List.of(), codes(facts));
    }

    @Test
    void the_follow_up_rate_is_reported_over_brought_in_and_null_when_nothing_was_brought_in() {
        assertEquals(0.25, new Facts(1).followUp(4, 1).build().followUpRate(), 1e-12);
        assertNull(new Facts(1).followUp(0, 0).build().followUpRate());
    }

    // ---- new insights ----

    @Test
    void the_last_two_sessions_without_takeaway_or_knowledge_entry_are_a_signal() {
        List<Facts> facts = sessions(3);
        facts.get(1).insights(0, 0);
        facts.get(2).insights(0, 0);
        assertEquals(List.of(Signal.NO_NEW_INSIGHTS), codes(facts));
    }

    @Test
    void a_knowledge_entry_is_an_insight_as_much_as_a_takeaway() {
        List<Facts> facts = sessions(3);
        facts.get(1).insights(0, 0);
        facts.get(2).insights(1, 0);
        assertEquals(List.of(), codes(facts));
        assertEquals(1, facts.get(2).build().newInsights());
    }

    // ---- facilitation ----

    @Test
    void the_same_facilitator_three_sessions_running_is_a_signal_that_counts_the_run() {
        List<Facts> facts = sessions(5);
        facts.subList(1, 5).forEach(f -> f.facilitatedBy(CIRCLE.get(2)));
        assertOnlySignal(facts, Signal.SINGLE_FACILITATOR, "last four sessions");
    }

    @Test
    void twice_the_same_is_not_yet_a_pattern() {
        List<Facts> facts = sessions(3);
        facts.subList(1, 3).forEach(f -> f.facilitatedBy(CIRCLE.get(2)));
        assertEquals(List.of(), codes(facts));
    }

    @Test
    void a_hand_off_shares_the_role_and_breaks_the_run() {
        List<Facts> facts = sessions(3);
        facts.forEach(f -> f.facilitatedBy(CIRCLE.get(0)));
        facts.get(1).facilitatedBy(CIRCLE.get(0), CIRCLE.get(1));
        assertEquals(List.of(), codes(facts));
    }

    // ---- what is judged ----

    @Test
    void a_session_still_running_is_shown_but_not_judged_yet() {
        List<Facts> facts = sessions(4);
        facts.subList(1, 3).forEach(Facts::decayed);
        facts.get(3).decayed().running();
        GroupHealth health = health(facts, HealthRules.DEFAULT);
        assertEquals(4, health.sessions().size());
        assertFalse(health.signals().stream().anyMatch(s -> s.code().equals(Signal.REPLANT)),
                "two judged decaying sessions, and one still running");
        facts.get(3).ended = true;
        assertTrue(codes(facts).contains(Signal.REPLANT));
    }

    @Test
    void only_the_most_recent_sessions_are_read() {
        List<Facts> facts = sessions(15);
        GroupHealth health = health(facts, HealthRules.DEFAULT);
        assertEquals(HealthRules.DEFAULT.sessionsShown(), health.sessions().size());
        assertEquals("s-14", health.sessions().get(health.sessions().size() - 1).sessionId());
        assertEquals("s-3", health.sessions().get(0).sessionId());
    }

    @Test
    void the_thresholds_are_data() {
        List<Facts> facts = sessions(2);
        facts.forEach(f -> f.share(0.45));
        assertEquals(List.of(), codes(facts));
        HealthRules stricter = new HealthRules(0.30, 2, 3, 2, 3, 3, 12);
        assertEquals(List.of(Signal.DOMINANT_VOICES), codes(facts, stricter));
    }

    @Test
    void no_signal_names_or_blames_anyone() {
        List<Facts> facts = sessions(4);
        facts.forEach(f -> f.decayed().share(0.8).facilitatedBy(CIRCLE.get(1)));
        facts.get(3).followUp(2, 0);
        GroupHealth health = health(facts, HealthRules.DEFAULT);
        assertEquals(List.of(Signal.REPLANT, Signal.DOMINANT_VOICES, Signal.NO_FOLLOW_UP, Signal.NO_NEW_INSIGHTS,
                Signal.SINGLE_FACILITATOR), health.signals().stream().map(Signal::code).toList());
        for (Signal signal : health.signals()) {
            for (SessionFacts.Person person : CIRCLE) {
                assertFalse(signal.message().contains(person.name()), () -> signal + " names " + person.name());
                assertFalse(signal.message().contains(person.id()), () -> signal + " points at " + person.id());
            }
            assertFalse(signal.message().matches("(?is).*\\b(fail|fault|blame|bad|poor)\\w*.*"), signal::message);
        }
    }
}
