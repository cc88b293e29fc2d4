package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static roundtable.domain.ForumProtocol.ACCOUNTABILITY;
import static roundtable.domain.ForumProtocol.CHECK_OUT;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.CAI;
import static roundtable.domain.Sessions.FACILITATOR;
import static roundtable.domain.Sessions.OBSERVER;

import java.util.List;
import org.junit.jupiter.api.Test;
import roundtable.domain.health.SessionFacts;

/** A session's health figures, read from the events the real decider produced. */
class SessionFactsTest {

    private static final String EARLIER = "s-41";
    private static final Commitment CALL = new Commitment(EARLIER + "-k1", ANA, "Ana", "Call the supplier",
            "2026-02-01", CommitmentStatus.OPEN, EARLIER, null);
    private static final Commitment WRITE = new Commitment(EARLIER + "-k2", BEN, "Ben", "Write the proposal",
            "2026-02-01", CommitmentStatus.OPEN, EARLIER, null);

    /** A group session of Fay's that brings two open commitments; Ana, Ben and Cai join, Oz observes. */
    private static Sessions groupSession() {
        SessionTerms terms = new SessionTerms(RecordingPolicy.EVERYTHING, 28, List.of(CALL, WRITE));
        return Sessions.none()
                .byServer(new Command.CreateSession(Sessions.SESSION_ID, Sessions.TITLE, ForumProtocol.forum(),
                        Sessions.GROUP_ID, FACILITATOR, "Fay", terms))
                .joined(ANA, "Ana", Role.PARTICIPANT)
                .joined(BEN, "Ben", Role.PARTICIPANT)
                .joined(CAI, "Cai", Role.PARTICIPANT)
                .joined(OBSERVER, "Oz", Role.OBSERVER);
    }

    private static SessionFacts facts(Sessions session) {
        return SessionFacts.fold(session.history(), session.now(), List.of(), 0);
    }

    @Test
    void attendance_is_everyone_who_was_connected_at_some_point() {
        Sessions session = groupSession().online(FACILITATOR, ANA, BEN).offline(BEN);
        assertEquals(List.of("Fay", "Ana", "Ben"), facts(session).attendees().stream().map(SessionFacts.Person::name).toList());
    }

    @Test
    void members_are_counted_as_the_group_had_them_when_the_session_ended() {
        Sessions session = groupSession().online(FACILITATOR).ended();
        long end = session.state().endedAt();
        SessionFacts facts = SessionFacts.fold(session.history(), end + 99_000_000, List.of(end - 5, end, end + 1), 0);
        assertEquals(2, facts.members(), "the member who joined after the end is not counted");
        assertEquals(end, facts.endedAt());
    }

    @Test
    void follow_up_counts_reports_made_in_this_session_on_the_commitments_it_brought_in() {
        Sessions session = groupSession().online(FACILITATOR, ANA, BEN)
                .by(ANA, new Command.ReportCommitment(CALL.id(), CommitmentStatus.DONE, "I called", "They agreed", null))
                // Made and reported in the same session: not a follow-up of anything brought in.
                .by(BEN, new Command.AddCommitment("Ask for a budget", null))
                .by(BEN, new Command.ReportCommitment(Sessions.SESSION_ID + "-k1", CommitmentStatus.DROPPED, null, null, null));
        SessionFacts facts = facts(session);
        assertEquals(2, facts.commitmentsBroughtIn());
        assertEquals(1, facts.commitmentsReported());
        assertEquals(0.5, facts.followUpRate(), 1e-12);
    }

    @Test
    void a_session_that_brought_nothing_in_has_no_follow_up_rate() {
        Sessions session = Sessions.running().online(FACILITATOR, ANA);
        assertNull(facts(session).followUpRate());
        assertEquals(0, facts(session).commitmentsReported());
    }

    @Test
    void new_insights_are_takeaways_still_on_the_board_plus_knowledge_entries() {
        Sessions session = groupSession().online(FACILITATOR, ANA, BEN).inPhase(CHECK_OUT)
                .posted(ANA, CardKind.TAKEAWAY, "Ask before advising")
                .posted(BEN, CardKind.TAKEAWAY, "Write it down")
                .posted(BEN, CardKind.NOTE, "Thanks all")
                .by(BEN, new Command.RemoveCard("c2"))
                .by(ANA, new Command.AddCard(CardKind.TAKEAWAY, "Said, never kept", null, true));
        SessionFacts facts = SessionFacts.fold(session.history(), session.now(), List.of(), 2);
        assertEquals(1, facts.takeaways(), "the removed takeaway, the note and the off-the-record one do not count");
        assertEquals(2, facts.knowledgeEntries());
        assertEquals(3, facts.newInsights());
    }

    @Test
    void facilitators_are_everyone_who_held_the_role_in_the_order_they_took_it() {
        Sessions session = groupSession().online(FACILITATOR, ANA)
                .by(FACILITATOR, new Command.HandOff(ANA))
                .by(ANA, new Command.HandOff(FACILITATOR))
                .by(FACILITATOR, new Command.HandOff(BEN));
        assertEquals(List.of("Fay", "Ana", "Ben"),
                facts(session).facilitators().stream().map(SessionFacts.Person::name).toList());
        assertEquals(List.of(FACILITATOR), facts(groupSession()).facilitators().stream().map(SessionFacts.Person::id).toList());
    }

    @Test
    void airtime_is_the_balance_of_the_floor_up_to_the_end() {
        // Fay is not connected, so the accountability round starts with Ana.
        Sessions session = groupSession().online(ANA, BEN, CAI).inPhase(ACCOUNTABILITY)
                .after(8_000).by(ANA, new Command.NextTurn())
                .by(BEN, new Command.NextTurn())
                .by(CAI, new Command.NextTurn())
                .ended();
        SessionFacts facts = SessionFacts.fold(session.history(), session.now() + 3_600_000, List.of(), 0);
        Balance balance = Balance.of(session.state(), session.state().endedAt());
        assertEquals(balance, facts.airtime());
        assertEquals(9_000.0 / balance.totalMs(), facts.airtime().topShare(), 1e-12);
    }

    @Test
    void a_history_must_start_with_the_session_being_created() {
        assertThrows(IllegalArgumentException.class, () -> SessionFacts.fold(List.of(), 0, List.of(), 0));
    }
}
