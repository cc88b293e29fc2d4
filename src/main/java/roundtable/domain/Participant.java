package roundtable.domain;

/** Someone in the session, known by the id the server gave them when they joined. */
public record Participant(String id, String name, Role role, boolean online) {

    public Participant withRole(Role newRole) {
        return new Participant(id, name, newRole, online);
    }

    public Participant withOnline(boolean nowOnline) {
        return new Participant(id, name, role, nowOnline);
    }

    /** Participants and facilitators speak and post; observers watch. */
    public boolean contributes() {
        return role != Role.OBSERVER;
    }
}
