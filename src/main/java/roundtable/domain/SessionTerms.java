package roundtable.domain;

import java.util.List;
import roundtable.domain.coach.Language;
import roundtable.domain.coach.Languages;

/**
 * What a session inherits from its group when it is created: how much is recorded, how often the
 * group meets (which dates commitments by default), the commitments still open from before, the
 * group's agreement (shown in the room as a quiet reminder; null without one), and the language the
 * group meets in (the coach reads it, the protocol's texts and the recap are written in it).
 *
 * @param language a code of {@link Languages#SUPPORTED}; absent (sessions stored before languages
 *                 existed) or unknown means English, the language they were all held in
 */
public record SessionTerms(RecordingPolicy recordingPolicy, int cadenceDays, List<Commitment> openCommitments,
                           String agreement, String language) {

    /** A session without a group meets once; a commitment is due in four weeks unless dated. */
    public static final int AD_HOC_CADENCE_DAYS = 28;

    public SessionTerms {
        recordingPolicy = recordingPolicy == null ? RecordingPolicy.EVERYTHING : recordingPolicy;
        cadenceDays = cadenceDays <= 0 ? AD_HOC_CADENCE_DAYS : cadenceDays;
        openCommitments = openCommitments == null ? List.of() : List.copyOf(openCommitments);
        agreement = agreement == null || agreement.isBlank() ? null : agreement;
        language = Languages.of(language).map(Language::code).orElse(Languages.DEFAULT.code());
    }

    public SessionTerms(RecordingPolicy recordingPolicy, int cadenceDays, List<Commitment> openCommitments,
                        String agreement) {
        this(recordingPolicy, cadenceDays, openCommitments, agreement, null);
    }

    public SessionTerms(RecordingPolicy recordingPolicy, int cadenceDays, List<Commitment> openCommitments) {
        this(recordingPolicy, cadenceDays, openCommitments, null);
    }

    public static SessionTerms adHoc() {
        return adHoc(null);
    }

    /** A session without a group, held in {@code language} (English when null). */
    public static SessionTerms adHoc(String language) {
        return new SessionTerms(RecordingPolicy.EVERYTHING, AD_HOC_CADENCE_DAYS, List.of(), null, language);
    }

    /** The coach's rules for the session's language. */
    public Language coachLanguage() {
        return Languages.of(language).orElse(Languages.DEFAULT);
    }
}
