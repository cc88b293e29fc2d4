package roundtable.gateway;

import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import roundtable.domain.Coaching;
import roundtable.domain.Limits;
import roundtable.domain.coach.Coach;
import roundtable.domain.coach.Languages;
import roundtable.domain.coach.Review;
import roundtable.wire.Json;

/**
 * The coach while someone types: a verdict and a hint, never a refusal of what they write. It reads
 * the language it is told ({@code lang}); the room asks in the session's language, so the hint
 * agrees with the verdict the card gets once it is added.
 */
final class CoachRoutes {

    private static final Map<String, Coaching> PHASE_KINDS = Map.of(
            "questions", Coaching.QUESTIONS,
            "experience", Coaching.EXPERIENCE);

    private CoachRoutes() {
    }

    static void review(RoutingContext ctx) {
        RequestBody body = RequestBody.of(ctx, "text", "phaseKind", "lang");
        String text = body.text("text");
        String phaseKind = body.text("phaseKind");
        Coaching coaching = PHASE_KINDS.get(phaseKind);
        if (coaching == null) {
            throw ApiError.badRequest("\"phaseKind\" must be \"questions\" or \"experience\".");
        }
        String language = LanguageChoice.of("lang", body.optionalText("lang"), Languages.DEFAULT.code());
        Limits.problem("text", text, Limits.CARD_TEXT).ifPresent(problem -> {
            throw ApiError.badRequest(problem);
        });
        Review review = Coach.review(Languages.of(language).orElseThrow(), coaching, text).orElseThrow();
        Replies.json(ctx, 200, Json.MAPPER.createObjectNode()
                .put("verdict", review.verdict().toString())
                .put("hint", review.hint())
                .put("flag", review.isFlag()));
    }
}
