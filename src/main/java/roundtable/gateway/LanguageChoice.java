package roundtable.gateway;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import roundtable.domain.coach.Languages;

/**
 * The language a request names. Exactly one of the codes Roundtable speaks ({@code en}, {@code es},
 * {@code de}); anything else is refused with the list, never quietly read as English, so a client
 * that sends {@code "fr"} learns it at once instead of getting English it did not ask for.
 */
final class LanguageChoice {

    private LanguageChoice() {
    }

    /** {@code sent} when it is a supported code, {@code fallback} when nothing was sent. */
    static String of(String field, Optional<String> sent, String fallback) {
        if (sent.isEmpty()) {
            return fallback;
        }
        if (!Languages.codes().contains(sent.get())) {
            throw ApiError.badRequest("\"" + field + "\" must be one of " + String.join(", ", Languages.codes())
                    + "; '" + sent.get() + "' is not a language Roundtable speaks.");
        }
        return sent.get();
    }

    /** The {@code ?lang=} of a request, English when absent. */
    static String query(RoutingContext ctx) {
        List<String> values = ctx.queryParam("lang");
        if (values.size() > 1) {
            throw ApiError.badRequest("Send \"lang\" once.");
        }
        return of("lang", values.stream().findFirst(), Languages.DEFAULT.code());
    }
}
