package roundtable.domain;

/** Someone in the session, known by the id the server gave them when they joined. */
public record Participant(String id, String name, Role role) {

    public Participant withRole(Role newRole) {
        return new Participant(id, name, newRole);
    }
}
