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
            dueDate = day(now).plusDays(state.terms().cadenceDays()).toString();
        } else {
            try {
                dueDate = LocalDate.parse(add.dueDate().strip()).toString();
            } catch (DateTimeParseException e) {
                return reject(Reason.BAD_REQUEST, "dueDate must be a date written yyyy-mm-dd, e.g. "
                        + day(now).plusDays(7) + ".");
            }
        }
        Participant owner = state.participant(ownerId).orElseThrow();
        long madeHere = state.commitments().stream().filter(c -> state.sessionId().equals(c.sessionId())).count();
        // Unique across the group: session ids are, and the number counts this session's commitments.
        String id = state.sessionId() + "-k" + (madeHere + 1);
        Commitment commitment = new Commitment(id, ownerId, owner.name(), add.text().strip(), dueDate,
                CommitmentStatus.OPEN, state.sessionId(), null);
        return accept(new Event.CommitmentAdded(commitment, now));
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
        Commitment.Report back = new Commitment.Report(clean(report.tried()), clean(report.happened()),
                clean(report.differently()), state.sessionId(), now);
        return accept(new Event.CommitmentReported(commitment.get().reported(report.status(), back), now));
    }

    private static LocalDate day(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
