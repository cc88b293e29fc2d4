package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A protocol is data: an ordered, unchangeable list of phases with sensible defaults. */
class ProtocolTest {

    private final Protocol forum = ForumProtocol.forum();

    @Test
    void a_protocol_needs_at_least_one_phase() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Protocol("empty", "Empty", "Nothing.", List.of()));
        assertTrue(e.getMessage().contains("at least one phase"), e.getMessage());
    }

    @Test
    void phases_are_found_by_id_in_their_order() {
        assertEquals(Optional.of(0), forum.indexOf(ForumProtocol.CHECK_IN));
        assertEquals(Optional.of(4), forum.indexOf(ForumProtocol.SHARES));
        assertEquals(Optional.empty(), forum.indexOf("brainstorm"));
        assertEquals(6, forum.lastIndex());
        assertEquals(ForumProtocol.CHECK_OUT, forum.phase(forum.lastIndex()).id());
    }

    @Test
    void a_protocol_keeps_its_own_copy_of_the_phases() {
        List<Phase> phases = new ArrayList<>(forum.phases());
        Protocol copy = new Protocol("copy", "Copy", "Same.", phases);
        phases.clear();
        assertEquals(7, copy.phases().size());
        assertThrows(UnsupportedOperationException.class, () -> copy.phases().clear());
    }

    @Test
    void a_phase_left_unspecified_is_an_open_public_list_anyone_may_post_in_without_coaching_or_turn_timebox() {
        Phase phase = new Phase("p", "P", PhaseKind.CHECK_IN, null, null, 60, null, null, null, null, null, null, null,
                null, null);
        assertEquals(TurnMode.OPEN, phase.turns());
        assertEquals(WhoMayPost.ALL, phase.whoMayPost());
        assertEquals(Layout.LIST, phase.layout());
        assertEquals(Coaching.NONE, phase.coach());
        assertEquals(List.of(), phase.prompts());
        assertEquals(Set.of(), phase.cardKinds());
        assertEquals(0, phase.turnSeconds());
        assertEquals(false, phase.privateDrafts());
        assertEquals(false, phase.autoAdvance());
    }

    @Test
    void a_phase_accepts_exactly_its_card_kinds() {
        Phase shares = forum.phase(4);
        assertEquals(Set.of(CardKind.EXPERIENCE, CardKind.STORY), shares.cardKinds());
        assertTrue(shares.accepts(CardKind.STORY));
        assertTrue(!shares.accepts(CardKind.QUESTION));
    }

    @Test
    void enum_values_are_named_by_the_ids_the_protocol_files_and_clients_use() {
        assertEquals("check-out", PhaseKind.CHECK_OUT.toString());
        assertEquals("round-robin", TurnMode.ROUND_ROBIN.toString());
        assertEquals("others", WhoMayPost.OTHERS.toString());
        assertEquals("columns", Layout.COLUMNS.toString());
        assertEquals("experience", Coaching.EXPERIENCE.toString());
        assertEquals("orientation", CardKind.ORIENTATION.toString());
        assertEquals("invalid-state", Reason.INVALID_STATE.code());
        assertEquals("observer", Role.OBSERVER.toString());
    }
}
