package roundtable.domain;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list that grows by one without copying: {@link #plus} on the newest version writes
 * into spare room of the array the versions share, which none of them can see (each sees only its own
 * first {@code size} items); on an older version it copies, as it must. The board gains a card with
 * nearly every event, so a session replayed from its log no longer copies the whole board once per
 * card (thousands of cards made that quadratic: seconds of a blocked event loop).
 */
public final class GrowingList<E> extends AbstractList<E> implements RandomAccess {

    private final Object[] items;
    private final int size;
    /** How many slots of {@code items} some version uses: only the version that long may grow in place. */
    private final int[] used;

    private GrowingList(Object[] items, int size, int[] used) {
        this.items = items;
        this.size = size;
        this.used = used;
    }

    /** The same list if it is one already, otherwise a copy that can grow. */
    public static <E> GrowingList<E> of(List<E> list) {
        if (list instanceof GrowingList<E> growing) {
            return growing;
        }
        Object[] items = list.toArray(new Object[Math.max(16, list.size() * 2)]);
        return new GrowingList<>(items, list.size(), new int[] {list.size()});
    }

    /** This list and {@code item} after it. */
    public GrowingList<E> plus(E item) {
        if (used[0] == size && size < items.length) {
            items[size] = item;
            used[0] = size + 1;
            return new GrowingList<>(items, size + 1, used);
        }
        Object[] copy = Arrays.copyOf(items, Math.max(16, size * 2));
        copy[size] = item;
        return new GrowingList<>(copy, size + 1, new int[] {size + 1});
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) items[java.util.Objects.checkIndex(index, size)];
    }

    @Override
    public int size() {
        return size;
    }
}
