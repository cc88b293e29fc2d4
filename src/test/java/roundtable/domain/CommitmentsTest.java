package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Outcomes.eventsOf;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.FACILITATOR;
import static roundtable.domain.Sessions.OBSERVER;
import static roundtable.domain.Sessions.SESSION_ID;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Commitments: made here or brought from the last meeting, due by the next, reported back on. */
class CommitmentsTest {

    /** A commitment Ana made at the group's last meeting, still open. */
    private static final Commitment FROM_LAST_TIME = new Commitment("s-41-k1", ANA, "Ana", "Talk to two teams",
            "2026-01-10", CommitmentStatus.OPEN, "s-41", null);

    private final Sessions session = Sessions.running(new SessionTerms(RecordingPolicy.EVERYTHING, 14, List.of(FROM_LAST_TIME)));

    @Test
    void open_commitments_of_the_group_come_along_into_the_session() {
        assertEquals(List.of(FROM_LAST_TIME), session.state().commitments());
    }

    @Test
    void a_commitment_is_due_by_the_next_meeting_unless_dated() {
        Commitment made = added(session.decide(BEN, new Command.AddCommitment("Ask the team what they need", null)));
        // The clock starts at 2023-11-14 (UTC); the group meets every 14 days.
        assertEquals("2023-11-28", made.dueDate());
        assertEquals(SESSION_ID + "-k1", made.id());
        assertEquals("Ben", made.ownerName());
        assertEquals(CommitmentStatus.OPEN, made.status());
        assertEquals("2024-01-05", added(session.decide(BEN, new Command.AddCommitment("Ship it", "2024-01-05"))).dueDate());
    }

    @Test
    void a_commitment_needs_words_and_a_real_date_and_observers_make_none() {
        assertRejected(session.decide(BEN, new Command.AddCommitment(" ", null)), Reason.BAD_REQUEST, "text");
        assertRejected(session.decide(BEN, new Command.AddCommitment("Ship it", "next week")), Reason.BAD_REQUEST, "yyyy-mm-dd");
        assertRejected(session.decide(OBSERVER, new Command.AddCommitment("Watch", null)), Reason.FORBIDDEN);
    }

    @Test
    void the_owner_reports_back_and_the_facilitator_may_do_it_for_them() {
        Command.ReportCommitment report = new Command.ReportCommitment(FROM_LAST_TIME.id(), CommitmentStatus.PARTLY,
                "Talked to one team", "They pair juniors with mentors", null);
        Commitment reported = ((Event.CommitmentReported) eventsOf(session.decide(ANA, report)).get(0)).commitment();
        assertEquals(CommitmentStatus.PARTLY, reported.status());
        assertEquals("Talked to one team", reported.report().tried());
        assertNull(reported.report().differently());
        assertEquals(SESSION_ID, reported.report().sessionId(), "the report belongs to the session it was made in");
        assertEquals(1, eventsOf(session.decide(FACILITATOR, report)).size());
        assertRejected(session.decide(BEN, report), Reason.FORBIDDEN, "owner");
    }

    @Test
    void a_report_names_a_known_commitment_and_a_status_that_is_not_open() {
        assertRejected(session.decide(ANA, new Command.ReportCommitment("nope", CommitmentStatus.DONE, null, null, null)),
                Reason.NOT_FOUND, "nope");
        assertRejected(session.decide(ANA, new Command.ReportCommitment(FROM_LAST_TIME.id(), CommitmentStatus.OPEN, null, null, null)),
                Reason.BAD_REQUEST, "status");
        assertRejected(session.decide(ANA, new Command.ReportCommitment(FROM_LAST_TIME.id(), null, null, null, null)),
                Reason.BAD_REQUEST, "status");
    }

    @Test
    void a_reported_commitment_stands_reported_in_the_state() {
        session.by(ANA, new Command.ReportCommitment(FROM_LAST_TIME.id(), CommitmentStatus.DONE, null, "It worked", null));
        assertEquals(CommitmentStatus.DONE, session.state().commitment(FROM_LAST_TIME.id()).orElseThrow().status());
    }

    private static Commitment added(Decision decision) {
        return ((Event.CommitmentAdded) eventsOf(decision).get(0)).commitment();
    }

    @Test
    void a_commitment_that_went_partly_can_be_carried_forward_to_the_next_meeting() {
        session.by(ANA, new Command.ReportCommitment(FROM_LAST_TIME.id(), CommitmentStatus.PARTLY, "Talked to one team",
                null, null, true));
        Commitment reported = session.state().commitment(FROM_LAST_TIME.id()).orElseThrow();
        assertEquals(CommitmentStatus.PARTLY, reported.status());
        Commitment carried = session.state().commitment(SESSION_ID + "-k1").orElseThrow();
        assertEquals(List.of(ANA, "Talk to two teams", CommitmentStatus.OPEN, SESSION_ID, "2023-11-28"),
                List.of(carried.ownerId(), carried.text(), carried.status(), carried.sessionId(), carried.dueDate()));
    }

    @Test
    void only_a_commitment_that_went_partly_is_carried_forward_and_only_once() {
        assertRejected(session.decide(ANA, new Command.ReportCommitment(FROM_LAST_TIME.id(), CommitmentStatus.DONE,
                null, null, null, true)), Reason.BAD_REQUEST, "partly");
        session.by(ANA, new Command.ReportCommitment(FROM_LAST_TIME.id(), CommitmentStatus.PARTLY, null, null, null));
        assertRejected(session.decide(ANA, new Command.ReportCommitment(FROM_LAST_TIME.id(), CommitmentStatus.PARTLY,
                null, null, null, true)), Reason.INVALID_STATE, "reported on already");
    }
}
