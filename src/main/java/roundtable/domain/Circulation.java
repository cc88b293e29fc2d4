package roundtable.domain;

/** How far a knowledge entry may travel. Only the group's keeper moves an entry beyond the circle. */
public enum Circulation {
    /** The group's members only: what every entry starts as. */
    CIRCLE,
    /** Chosen by the keeper to help people outside the group, too. */
    CIRCULATED;

    @Override
    public String toString() {
        return ProductName.of(this);
    }
}
