package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Assertions on a {@link Decision}: accepted with exactly these events, or rejected for this reason. */
final class Outcomes {

    private Outcomes() {
    }

    static List<Event> eventsOf(Decision decision) {
        return assertInstanceOf(Decision.Accepted.class, decision, () -> "expected acceptance, got " + decision)
                .events();
    }

    static void assertAccepted(Decision decision, Event... expected) {
        assertEquals(List.of(expected), eventsOf(decision));
    }

    /** Rejected for {@code reason}, with a message that mentions each of {@code mentions}. */
    static Decision.Rejected assertRejected(Decision decision, Reason reason, String... mentions) {
        Decision.Rejected rejected = assertInstanceOf(Decision.Rejected.class, decision,
                () -> "expected a rejection, got " + decision);
        assertEquals(reason, rejected.reason(), rejected::message);
        for (String mention : mentions) {
            assertTrue(rejected.message().contains(mention),
                    () -> "message \"" + rejected.message() + "\" should mention \"" + mention + "\"");
        }
        return rejected;
    }
}
