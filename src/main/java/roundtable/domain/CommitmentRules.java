package roundtable.domain;

import static roundtable.domain.Decision.accept;
import static roundtable.domain.Decision.reject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Commitments: made by their owner, due by the next meeting unless dated, reported back on later. */
final class CommitmentRules {

    static final int MAX_REPORT = 2000;

    private CommitmentRules() {
    }

    static Decision add(SessionState state, String ownerId, Command.AddCommitment add, long now) {
        Optional<String> problem = Limits.problem("text", add.text(), Limits.CARD_TEXT);
        if (problem.isPresent()) {
            return reject(Reason.BAD_REQUEST, problem.get());
        }
        String dueDate;
        if (add.dueDate() == null || add.dueDate().isBlank()) {
            dueDate = nextMeeting(state, now);
        } else {
            try {
                dueDate = LocalDate.parse(add.dueDate().strip()).toString();
            } catch (DateTimeParseException e) {
                return reject(Reason.BAD_REQUEST, "dueDate must be a date written yyyy-mm-dd, e.g. "
                        + day(now).plusDays(7) + ".");
            }
        }
        Participant owner = state.participant(ownerId).orElseThrow();
        Commitment commitment = new Commitment(nextId(state), ownerId, owner.name(), add.text().strip(), dueDate,
                CommitmentStatus.OPEN, state.sessionId(), null);
        return accept(new Event.CommitmentAdded(commitment, now));
    }

    /** Unique across the group: session ids are, and the number counts this session's commitments. */
    private static String nextId(SessionState state) {
        long madeHere = state.commitments().stream().filter(c -> state.sessionId().equals(c.sessionId())).count();
        return state.sessionId() + "-k" + (madeHere + 1);
    }

    private static String nextMeeting(SessionState state, long now) {
        return day(now).plusDays(state.terms().cadenceDays()).toString();
    }

    static Decision report(SessionState state, String actorId, Command.ReportCommitment report, long now) {
        if (report.commitmentId() == null) {
            return reject(Reason.BAD_REQUEST, "commitmentId is required.");
        }
        Optional<Commitment> commitment = state.commitment(report.commitmentId());
        if (commitment.isEmpty()) {
            return reject(Reason.NOT_FOUND, "This session has no commitment '" + report.commitmentId() + "'.");
        }
        boolean facilitator = state.participant(actorId).map(p -> p.role() == Role.FACILITATOR).orElse(false);
        if (!commitment.get().ownerId().equals(actorId) && !facilitator) {
            return reject(Reason.FORBIDDEN, "Only the commitment's owner, or the facilitator for them, reports on it.");
        }
        if (report.status() == null || report.status() == CommitmentStatus.OPEN) {
            return reject(Reason.BAD_REQUEST, "status must be done, partly, dropped or changed.");
        }
        for (String text : new String[] {report.tried(), report.happened(), report.differently()}) {
            if (text != null && text.strip().length() > MAX_REPORT) {
                return reject(Reason.BAD_REQUEST, "Each part of a report-back is at most " + MAX_REPORT + " characters.");
            }
        }
        boolean carry = Boolean.TRUE.equals(report.carryForward());
        if (carry && commitment.get().status() != CommitmentStatus.OPEN) {
            return reject(Reason.INVALID_STATE, "This commitment was reported on already; make a new commitment instead.");
        }
        if (carry && report.status() != CommitmentStatus.PARTLY) {
            return reject(Reason.BAD_REQUEST, "Only a commitment that went partly is carried forward; for the others,"
                    + " make a new commitment if there is more to do.");
        }
        Commitment.Report back = new Commitment.Report(clean(report.tried()), clean(report.happened()),
                clean(report.differently()), state.sessionId(), now);
        Event reported = new Event.CommitmentReported(commitment.get().reported(report.status(), back), now);
        if (!carry) {
            return accept(reported);
        }
        // Carried forward: the same words, made again here, so the next meeting asks about it again.
        Commitment before = commitment.get();
        Commitment again = new Commitment(nextId(state), before.ownerId(), before.ownerName(), before.text(),
                nextMeeting(state, now), CommitmentStatus.OPEN, state.sessionId(), null);
        return accept(reported, new Event.CommitmentAdded(again, now));
    }

    private static LocalDate day(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
