package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RotationTest {

    private static final List<String> MEMBERS = List.of("ana", "ben", "cai");

    @Test
    void the_first_member_facilitates_when_nobody_has_yet() {
        assertEquals(Optional.of("ana"), Rotation.next(MEMBERS, List.of()));
    }

    @Test
    void facilitation_passes_to_the_next_member_in_rotation_order() {
        assertEquals(Optional.of("ben"), Rotation.next(MEMBERS, List.of("ana")));
        assertEquals(Optional.of("cai"), Rotation.next(MEMBERS, List.of("ana", "ben")));
    }

    @Test
    void after_the_last_member_comes_the_first() {
        assertEquals(Optional.of("ana"), Rotation.next(MEMBERS, List.of("ana", "ben", "cai")));
    }

    @Test
    void only_the_most_recent_session_counts_not_how_often_someone_led() {
        assertEquals(Optional.of("cai"), Rotation.next(MEMBERS, List.of("ben", "ben", "ben")));
        assertEquals(Optional.of("ben"), Rotation.next(MEMBERS, List.of("cai", "ana")));
    }

    @Test
    void sessions_led_by_someone_outside_the_rotation_are_passed_over() {
        assertEquals(Optional.of("cai"), Rotation.next(MEMBERS, List.of("ben", "guest")));
        assertEquals(Optional.of("ana"), Rotation.next(MEMBERS, java.util.Arrays.asList("guest", null)));
    }

    @Test
    void no_members_no_one_to_suggest() {
        assertEquals(Optional.empty(), Rotation.next(List.of(), List.of("ana")));
    }
}
