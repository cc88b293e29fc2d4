package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of command reaches a rule: the decider answers it with a decision, never with an
 * exception from a dispatch that forgot it (which would leave the command unanswered in the room).
 */
class DispatchCompletenessTest {

    static Stream<Class<?>> commands() {
        return Stream.of(Command.class.getPermittedSubclasses());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void the_decider_answers_every_kind_of_command(Class<?> type) throws Exception {
        Command command = (Command) blank(type);
        Sessions session = Sessions.running().online(Sessions.FACILITATOR, Sessions.ANA);
        Actor actor = Decider.serverCommands().contains(type) ? Actor.server() : Actor.member(Sessions.FACILITATOR);
        Decision decision = assertDoesNotThrow(() -> Decider.decide(session.state(), actor, command, session.now()),
                type.getSimpleName());
        assertNotNull(decision);
    }

    /** The command with every argument left out, as a client that sends {} would give it. */
    private static Object blank(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Stream.of(types).map(DispatchCompletenessTest::absent).toArray();
        if (type == Command.CreateSession.class) {
            values = new Object[] {"s-new", "New", ForumProtocol.forum(), null, "p-new", "New", null};
        } else if (type == Command.Join.class) {
            values = new Object[] {"p-new", "New", Role.PARTICIPANT};
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        return canonical.newInstance(values);
    }

    private static Object absent(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class) {
            return 0;
        }
        return null;
    }
}
