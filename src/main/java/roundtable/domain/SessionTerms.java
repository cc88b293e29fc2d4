package roundtable.domain;

import java.util.List;

/**
 * What a session inherits from its group when it is created: how much is recorded, how often the
 * group meets (which dates commitments by default), the commitments still open from before, and the
 * group's agreement (shown in the room as a quiet reminder; null without one).
 */
public record SessionTerms(RecordingPolicy recordingPolicy, int cadenceDays, List<Commitment> openCommitments,
                           String agreement) {

    /** A session without a group meets once; a commitment is due in four weeks unless dated. */
    public static final int AD_HOC_CADENCE_DAYS = 28;

    public SessionTerms {
        recordingPolicy = recordingPolicy == null ? RecordingPolicy.EVERYTHING : recordingPolicy;
        cadenceDays = cadenceDays <= 0 ? AD_HOC_CADENCE_DAYS : cadenceDays;
        openCommitments = openCommitments == null ? List.of() : List.copyOf(openCommitments);
        agreement = agreement == null || agreement.isBlank() ? null : agreement;
    }

    public SessionTerms(RecordingPolicy recordingPolicy, int cadenceDays, List<Commitment> openCommitments) {
        this(recordingPolicy, cadenceDays, openCommitments, null);
    }

    public static SessionTerms adHoc() {
        return new SessionTerms(RecordingPolicy.EVERYTHING, AD_HOC_CADENCE_DAYS, List.of());
    }
}
