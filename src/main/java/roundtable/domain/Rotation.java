package roundtable.domain;

import java.util.List;
import java.util.Optional;

/** Facilitation passes along the members in their rotation order, so that it never rests on one person. */
public final class Rotation {

    private Rotation() {
    }

    /**
     * Who facilitates next: the member after the one who facilitated most recently, the last one
     * followed by the first; the first member when no member has facilitated yet. Sessions led by
     * someone outside the rotation (a guest handed the role) are passed over.
     *
     * @param rotationOrder          member ids in rotation order
     * @param facilitatorsOldestFirst who facilitated each of the group's sessions, oldest first (null: nobody known)
     * @return empty only when there are no members
     */
    public static Optional<String> next(List<String> rotationOrder, List<String> facilitatorsOldestFirst) {
        if (rotationOrder.isEmpty()) {
            return Optional.empty();
        }
        for (int i = facilitatorsOldestFirst.size() - 1; i >= 0; i--) {
            String facilitator = facilitatorsOldestFirst.get(i);
            int position = facilitator == null ? -1 : rotationOrder.indexOf(facilitator);
            if (position >= 0) {
                return Optional.of(rotationOrder.get((position + 1) % rotationOrder.size()));
            }
        }
        return Optional.of(rotationOrder.get(0));
    }
}
