package roundtable.domain;

/**
 * What someone said they would do by next time, with how it went once they reported back.
 *
 * @param sessionId the session it was made in (a group's open commitments come along to the next)
 * @param dueDate   ISO date (yyyy-mm-dd), or null
 */
public record Commitment(
        String id,
        String ownerId,
        String ownerName,
        String text,
        String dueDate,
        CommitmentStatus status,
        String sessionId,
        Report report) {

    /** The report-back: what was tried, what happened, what they would do differently. */
    public record Report(String tried, String happened, String differently, String sessionId, long at) {
    }

    Commitment reported(CommitmentStatus newStatus, Report newReport) {
        return new Commitment(id, ownerId, ownerName, text, dueDate, newStatus, sessionId, newReport);
    }
}
