package roundtable.wire;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import roundtable.domain.Command;
import roundtable.domain.Decider;
import roundtable.domain.Event;
import roundtable.domain.Evolver;
import roundtable.domain.SessionState;
import roundtable.domain.SessionTerms;

/**
 * The lists that must match the sealed types, checked rather than kept in step by hand: every event
 * has the name it is stored under, every command a person can send has its wire name, and the stored
 * form of every event is pinned by a golden file (src/test/resources/stored-events/{type}.json) that
 * today's code must read and write exactly so. Forms stored by earlier versions
 * (stored-events/earlier/) must still read.
 */
class EventCatalogueTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "stored-events");

    /** Every concrete event record, through sealed sub-interfaces such as {@link Event.CardEvent}. */
    static Set<Class<?>> eventRecords() {
        Set<Class<?>> records = new HashSet<>();
        collect(Event.class, records);
        return records;
    }

    private static void collect(Class<?> type, Set<Class<?>> into) {
        for (Class<?> sub : type.getPermittedSubclasses()) {
            if (sub.isRecord()) {
                into.add(sub);
            } else {
                collect(sub, into);
            }
        }
    }

    @Test
    void every_kind_of_event_has_the_name_it_travels_and_is_stored_under_and_no_name_is_used_twice() {
        assertEquals(eventRecords(), EventTypes.NAMES.keySet(),
                "an event without a name would be stored with a null type and stall the node's log");
        assertEquals(EventTypes.NAMES.size(), new HashSet<>(EventTypes.NAMES.values()).size());
    }

    @Test
    void every_command_a_person_can_send_has_its_wire_name_and_no_server_command_has_one() {
        Set<Class<?>> personal = Stream.of(Command.class.getPermittedSubclasses())
                .filter(type -> !Decider.serverCommands().contains(type)).collect(Collectors.toSet());
        assertEquals(personal, new HashSet<>(Commands.BY_NAME.values()),
                "a command missing here cannot be sent; a server command listed here could be");
    }

    @Test
    void the_events_that_carry_a_card_are_derived_from_the_type_not_listed() {
        assertEquals(List.of("card.added", "card.edited", "card.moved", "card.reacted"), EventTypes.cardEventNames());
    }

    @Test
    void every_event_has_a_golden_stored_form_that_todays_code_reads_and_writes_exactly() throws IOException {
        TreeMap<String, Class<?>> byName = new TreeMap<>();
        EventTypes.NAMES.forEach((type, name) -> byName.put(name, type));
        List<String> missing = new ArrayList<>();
        for (var entry : byName.entrySet()) {
            Path file = GOLDEN.resolve(entry.getKey() + ".json");
            if (!Files.exists(file)) {
                missing.add(entry.getKey());
                continue;
            }
            String stored = Files.readString(file);
            Event event = assertDoesNotThrow(() -> EventCodec.decode(stored), file::toString);
            assertInstanceOf(entry.getValue(), event, file.toString());
            assertEquals(Json.MAPPER.readTree(stored), Json.MAPPER.readTree(EventCodec.encode(event)),
                    () -> file + ": the stored form changed. If that is meant, move the old file to stored-events/earlier/"
                            + " (it must still read) and write the new form here; see docs/architecture.md.");
        }
        assertEquals(List.of(), missing, "every event type has a golden stored form");
    }

    @Test
    void forms_stored_by_earlier_versions_still_read_and_are_brought_up_to_date() {
        Event.SessionCreated created = assertInstanceOf(Event.SessionCreated.class, earlier("session.created-before-groups"));
        assertEquals(SessionTerms.adHoc(), created.terms(), "a session from before groups is an ad hoc one");
        Event.SessionCreated beforeLanguages = assertInstanceOf(Event.SessionCreated.class,
                earlier("session.created-before-language"));
        assertEquals("en", beforeLanguages.terms().language(), "a session from before languages was held in English");
        assertEquals("What is said here stays here.", beforeLanguages.terms().agreement());
        assertNull(assertInstanceOf(Event.PhaseChanged.class, earlier("phase.changed-before-order")).order(),
                "the order is worked out again when the event is applied");
        assertEquals(List.of(), assertInstanceOf(Event.TurnChanged.class, earlier("turn.changed-before-skipped")).skipped());
        Event.CardAdded card = assertInstanceOf(Event.CardAdded.class, earlier("card.added-before-addedAt"));
        assertNull(card.card().addedAt());
        assertTrue(card.card().heardBy(Long.MAX_VALUE));
    }

    @Test
    void the_evolver_applies_every_kind_of_event() throws IOException {
        SessionState state = Evolver.evolve(SessionState.initial(), golden("session.created"));
        state = Evolver.evolve(state, golden("participant.joined"));
        for (String name : EventTypes.NAMES.values()) {
            if (!name.equals("session.created")) {
                SessionState before = state;
                Event event = golden(name);
                state = assertDoesNotThrow(() -> Evolver.evolve(before, event), name);
            }
        }
    }

    private static Event golden(String name) {
        return EventCodec.decode(read(GOLDEN.resolve(name + ".json")));
    }

    private static Event earlier(String name) {
        return EventCodec.decode(read(GOLDEN.resolve("earlier").resolve(name + ".json")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) throws IOException {
        return Json.MAPPER.readTree(json);
    }
}
