package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * Hostile input at scale for the rules of a session: random sequences of commands (every type, with
 * random arguments: nulls, empty and huge strings, injection strings, unknown ids, extreme numbers)
 * by random actors (facilitator, participants, observer, a stranger, the server). Whatever arrives,
 * {@link Decider#decide} answers without throwing, a refusal carries a reason and leaves the state
 * exactly as it was, deciding twice gives the same answer (decide is pure), and {@link Evolver}
 * folds every accepted event without throwing.
 */
class DeciderProperties {

    private static final String[] PEOPLE = {Sessions.FACILITATOR, Sessions.ANA, Sessions.BEN, Sessions.CAI,
            Sessions.OBSERVER, Sessions.STRANGER};
    private static final String HUGE = "x".repeat(100_000);
    private static final String[] HOSTILE_TEXT = {null, "", " ", "\t\n", HUGE, "' OR 1=1 --",
            "\"; DROP TABLE sessions; --", "<script>alert(1)</script>", "\u0000", "\ud800", "\u202e\u2019 OR \u2018x",
            "../../etc/passwd", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🎉", "a", "Ordinary words about estimates"};

    /** A seed per try: each drives one session through up to 50 random steps. */
    @Property(tries = 2000, shrinking = ShrinkingMode.OFF)
    void random_commands_by_random_actors_never_throw_and_refusals_change_nothing(@ForAll long seed) {
        Random random = new Random(seed);
        SessionState state = random.nextInt(10) == 0 ? SessionState.initial()
                : (random.nextBoolean() ? Sessions.running() : Sessions.running(TestProtocols.workshop())).state();
        long now = Sessions.START + 60_000;
        int steps = 1 + random.nextInt(50);
        for (int step = 0; step < steps; step++) {
            Actor actor = actor(random);
            Command command = command(random, state);
            now += random.nextInt(5) == 0 ? random.nextInt(3_600_000) : random.nextInt(5_000);
            String before = state.toString();
            Decision decision = Decider.decide(state, actor, command, now);
            assertNotNull(decision, () -> "a decision for " + brief(command));
            assertEquals(decision, Decider.decide(state, actor, command, now), "deciding is pure and deterministic");
            assertEquals(before, state.toString(), "deciding never changes the state it looks at");
            if (decision instanceof Decision.Rejected rejected) {
                assertNotNull(rejected.reason(), "a refusal says why");
                assertNotNull(rejected.message(), "a refusal says why");
            } else {
                for (Event event : ((Decision.Accepted) decision).events()) {
                    state = Evolver.evolve(state, event);
                }
            }
        }
    }

    private static Actor actor(Random random) {
        return random.nextInt(8) == 0 ? Actor.server() : Actor.member(pick(random, PEOPLE));
    }

    private static Command command(Random random, SessionState state) {
        return switch (random.nextInt(29)) {
            case 0 -> new Command.CreateSession(pick(random, "s-42", "s-other", "' OR 1=1 --"), text(random),
                    random.nextBoolean() ? ForumProtocol.forum() : TestProtocols.workshop(),
                    text(random), pick(random, PEOPLE), text(random), null);
            case 1 -> new Command.Join(pick(random, "p-new" + random.nextInt(5), Sessions.ANA, "", HUGE), text(random),
                    pick(random, Role.values()));
            case 2 -> new Command.NextPhase();
            case 3 -> new Command.PreviousPhase();
            case 4 -> new Command.GoToPhase(id(random, ForumProtocol.PHASE_IDS.toArray(String[]::new)));
            case 5 -> new Command.SetPresenter(id(random, PEOPLE));
            case 6, 7 -> new Command.AddCard(random.nextInt(8) == 0 ? null : pick(random, CardKind.values()), text(random),
                    text(random), pick(random, null, true, false));
            case 8 -> new Command.EditCard(cardId(random, state), text(random));
            case 9 -> new Command.RemoveCard(cardId(random, state));
            case 10 -> new Command.MoveCard(cardId(random, state), text(random), number(random));
            case 11 -> new Command.EndSession();
            case 12 -> new Command.SetPresence(pick(random, PEOPLE), random.nextBoolean());
            case 13 -> new Command.StartTimer(number(random));
            case 14 -> new Command.PauseTimer();
            case 15 -> new Command.ResumeTimer();
            case 16 -> new Command.ExtendTimer(number(random));
            case 17 -> new Command.ExpireTimers();
            case 18 -> new Command.NextTurn();
            case 19 -> new Command.PassTurn();
            case 20 -> new Command.GiveTurn(id(random, PEOPLE));
            case 21 -> new Command.RaiseHand();
            case 22 -> new Command.LowerHand(id(random, PEOPLE));
            case 23 -> new Command.ReorderQueue(random.nextInt(6) == 0 ? null : order(random));
            case 24 -> new Command.RevealAll();
            case 25 -> new Command.AddCommitment(text(random), pick(random, null, "", "2030-01-01", "2020-02-30",
                    "tomorrow", "9999-12-31", "-0001-01-01", HUGE));
            case 26 -> new Command.ReportCommitment(commitmentId(random, state),
                    random.nextInt(6) == 0 ? null : pick(random, CommitmentStatus.values()), text(random), text(random),
                    text(random));
            case 27 -> new Command.ReactToCard(cardId(random, state));
            default -> random.nextBoolean() ? new Command.SpotlightCard(cardId(random, state))
                    : new Command.HandOff(id(random, PEOPLE));
        };
    }

    private static String text(Random random) {
        return random.nextInt(3) == 0 ? "card " + random.nextInt(1000) : pick(random, HOSTILE_TEXT);
    }

    /** A known id most of the time; otherwise something hostile or unknown. */
    private static String id(Random random, String... known) {
        return random.nextInt(3) == 0 ? pick(random, HOSTILE_TEXT) : pick(random, known);
    }

    private static String cardId(Random random, SessionState state) {
        List<String> ids = new ArrayList<>();
        state.cards().forEach(card -> ids.add(card.id()));
        ids.add("c404");
        return id(random, ids.toArray(String[]::new));
    }

    private static String commitmentId(Random random, SessionState state) {
        List<String> ids = new ArrayList<>();
        state.commitments().forEach(commitment -> ids.add(commitment.id()));
        ids.add("k404");
        return id(random, ids.toArray(String[]::new));
    }

    private static Integer number(Random random) {
        return pick(random, null, 0, -1, 1, 30, 60, 299, 3600, 86_400, Integer.MAX_VALUE, Integer.MIN_VALUE,
                random.nextInt());
    }

    private static List<String> order(Random random) {
        List<String> order = new ArrayList<>();
        int size = random.nextInt(7);
        for (int i = 0; i < size; i++) {
            order.add(random.nextInt(5) == 0 ? null : id(random, PEOPLE));
        }
        return order;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static String brief(Command command) {
        String text = String.valueOf(command);
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
