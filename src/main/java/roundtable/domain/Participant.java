package roundtable.domain;

/**
 * Someone in the session, known by the id the server gave them when they joined.
 *
 * @param attended they were connected at some point: the session's attendance
 */
public record Participant(String id, String name, Role role, boolean online, boolean attended) {

    public Participant withRole(Role newRole) {
        return new Participant(id, name, newRole, online, attended);
    }

    public Participant withOnline(boolean nowOnline) {
        return new Participant(id, name, role, nowOnline, attended || nowOnline);
    }

    /** Participants and facilitators speak and post; observers watch. */
    public boolean contributes() {
        return role != Role.OBSERVER;
    }
}
