package roundtable.domain;

import java.util.Arrays;
import java.util.Optional;

/** How far a knowledge entry may travel. Only the group's keeper moves an entry beyond the circle. */
public enum Circulation {
    /** The group's members only: what every entry starts as. */
    CIRCLE("circle"),
    /** Chosen by the keeper to help people outside the group, too. */
    CIRCULATED("circulated");

    private final String id;

    Circulation(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return id;
    }

    public static Optional<Circulation> fromId(String id) {
        return Arrays.stream(values()).filter(circulation -> circulation.id.equals(id)).findFirst();
    }
}
