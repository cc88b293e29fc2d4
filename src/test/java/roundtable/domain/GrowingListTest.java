package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowingListTest {

    @Test
    void every_version_keeps_what_it_had_whichever_version_grows() {
        GrowingList<String> empty = GrowingList.of(List.of());
        GrowingList<String> one = empty.plus("a");
        GrowingList<String> two = one.plus("b");
        GrowingList<String> branch = one.plus("x"); // grown from an older version: a copy
        GrowingList<String> three = two.plus("c");
        assertEquals(List.of(), empty);
        assertEquals(List.of("a"), one);
        assertEquals(List.of("a", "b"), two);
        assertEquals(List.of("a", "x"), branch);
        assertEquals(List.of("a", "b", "c"), three);
        assertEquals(List.of("a", "x", "y"), branch.plus("y"));
        assertEquals(List.of("a", "b", "c"), three, "unchanged by the branch growing");
    }

    @Test
    void it_grows_past_its_first_room_and_is_not_to_be_changed() {
        GrowingList<Integer> list = GrowingList.of(new ArrayList<>(List.of(0)));
        List<Integer> expected = new ArrayList<>(List.of(0));
        for (int i = 1; i < 1_000; i++) {
            list = list.plus(i);
            expected.add(i);
        }
        assertEquals(expected, list);
        GrowingList<Integer> done = list;
        assertThrows(UnsupportedOperationException.class, () -> done.add(1));
        assertThrows(IndexOutOfBoundsException.class, () -> done.get(1_000));
    }
}
