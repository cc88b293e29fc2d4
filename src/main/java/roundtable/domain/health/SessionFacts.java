package roundtable.domain.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import roundtable.domain.Balance;
import roundtable.domain.Card;
import roundtable.domain.CardKind;
import roundtable.domain.Commitment;
import roundtable.domain.Event;
import roundtable.domain.Evolver;
import roundtable.domain.Participant;
import roundtable.domain.Role;
import roundtable.domain.SessionState;

/**
 * One session of a group as its health reads it: who came, how the floor was shared, whether the
 * commitments brought in were reported on, what new insight it left, and who facilitated.
 *
 * @param endedAt              epoch ms the session ended, or null while it runs (or was left open)
 * @param attendees            everyone who was connected at some point, in the order they joined
 * @param members              how many members the group had by the end of the session (or now)
 * @param airtime              how evenly the floor was shared
 * @param commitmentsBroughtIn the group's open commitments the session started with
 * @param commitmentsReported  how many of those were reported on in this session
 * @param knowledgeEntries     knowledge entries whose source is this session
 * @param takeaways            takeaway cards kept on its board (revealed, not removed, on the record)
 * @param facilitators         everyone who held the facilitator role, in the order they took it
 */
public record SessionFacts(
        String sessionId,
        String title,
        long createdAt,
        Long endedAt,
        List<Person> attendees,
        int members,
        Balance airtime,
        int commitmentsBroughtIn,
        int commitmentsReported,
        int knowledgeEntries,
        int takeaways,
        List<Person> facilitators) {

    /** Someone as the session knew them: their participant id (a member's id in a group session) and name. */
    public record Person(String id, String name) {
    }

    public SessionFacts {
        attendees = List.copyOf(attendees);
        facilitators = List.copyOf(facilitators);
    }

    public boolean ended() {
        return endedAt != null;
    }

    /** Reported over brought in, or null when nothing was brought in: there was nothing to follow up. */
    public Double followUpRate() {
        return commitmentsBroughtIn == 0 ? null : (double) commitmentsReported / commitmentsBroughtIn;
    }

    /** Knowledge entries and takeaways together. */
    public int newInsights() {
        return knowledgeEntries + takeaways;
    }

    /**
     * Reads a session from its history as stored, oldest event first.
     *
     * @param now             the time to measure a session that still runs at (epoch ms)
     * @param memberJoinTimes when each of the group's members joined (epoch ms)
     * @param knowledgeEntries knowledge entries written with this session as their source
     */
    public static SessionFacts fold(List<Event> events, long now, List<Long> memberJoinTimes, int knowledgeEntries) {
        if (events.isEmpty() || !(events.get(0) instanceof Event.SessionCreated)) {
            throw new IllegalArgumentException("a session's history starts with its creation");
        }
        SessionState state = SessionState.initial();
        // Participant id to name, for everyone who held the role, in the order they took it.
        Map<String, String> facilitators = new LinkedHashMap<>();
        for (Event event : events) {
            state = Evolver.evolve(state, event);
            if (event instanceof Event.ParticipantJoined joined && joined.role() == Role.FACILITATOR) {
                facilitators.putIfAbsent(joined.participantId(), joined.name());
            } else if (event instanceof Event.FacilitatorHanded handed) {
                facilitators.putIfAbsent(handed.toId(), nameOf(state, handed.toId()));
            } else if (event instanceof Event.FacilitatorClaimed claimed) {
                facilitators.putIfAbsent(claimed.toId(), nameOf(state, claimed.toId()));
            }
        }
        Long endedAt = state.endedAt();
        long asOf = endedAt != null ? endedAt : Math.max(now, state.createdAt());
        String sessionId = state.sessionId();
        Set<String> broughtIn = state.terms().openCommitments().stream().map(Commitment::id).collect(Collectors.toSet());
        int reported = (int) state.commitments().stream()
                .filter(c -> broughtIn.contains(c.id()) && c.report() != null && sessionId.equals(c.report().sessionId()))
                .count();
        int takeaways = (int) state.cards().stream().filter(SessionFacts::keptTakeaway).count();
        List<Person> attendees = state.participants().stream().filter(Participant::attended)
                .map(p -> new Person(p.id(), p.name())).toList();
        List<Person> held = new ArrayList<>();
        facilitators.forEach((id, name) -> held.add(new Person(id, name)));
        return new SessionFacts(sessionId, state.title(), state.createdAt(), endedAt, attendees,
                membersAt(memberJoinTimes, asOf), Balance.of(state, asOf), broughtIn.size(), reported,
                knowledgeEntries, takeaways, held);
    }

    private static String nameOf(SessionState state, String participantId) {
        return state.participant(participantId).map(Participant::name).orElse(participantId);
    }

    /** How many of these members had joined by {@code at}. */
    static int membersAt(List<Long> joinTimes, long at) {
        return (int) joinTimes.stream().filter(joined -> joined <= at).count();
    }

    /** A takeaway the group can see: a private draft that was never revealed is not the group's yet. */
    private static boolean keptTakeaway(Card card) {
        return card.kind() == CardKind.TAKEAWAY && !card.hidden() && !card.offRecord();
    }
}
