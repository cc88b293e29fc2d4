package roundtable.domain;

/**
 * Someone in the session, known by the id the server gave them when they joined.
 *
 * @param attended  they were connected at some point: the session's attendance
 * @param joinedAt  epoch ms they joined; what was said off the record before is not theirs to see
 * @param awaySince epoch ms their last connection closed (or they joined, if they never connected),
 *                  or null while they are connected; a facilitator away long enough can be replaced
 */
public record Participant(String id, String name, Role role, boolean online, boolean attended, long joinedAt,
                          Long awaySince) {

    /** Someone who has just joined and is not connected yet. */
    static Participant joined(String id, String name, Role role, long at) {
        return new Participant(id, name, role, false, false, at, at);
    }

    public Participant withRole(Role newRole) {
        return new Participant(id, name, newRole, online, attended, joinedAt, awaySince);
    }

    public Participant withOnline(boolean nowOnline, long at) {
        Long away = nowOnline ? null : (online || awaySince == null ? Long.valueOf(at) : awaySince);
        return new Participant(id, name, role, nowOnline, attended || nowOnline, joinedAt, away);
    }

    /** Participants and facilitators speak and post; observers watch. */
    public boolean contributes() {
        return role != Role.OBSERVER;
    }
}
