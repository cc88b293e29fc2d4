package roundtable.domain;

import static roundtable.domain.Decision.accept;
import static roundtable.domain.Decision.reject;

import java.util.regex.Pattern;

/**
 * The link of the call the group meets on (Roundtable carries no audio or video). Only https, so a
 * link shown to everyone in the room can never run script or point at a local file.
 */
final class CallLinks {

    static final int MAX = 500;
    private static final Pattern HTTPS = Pattern.compile("https://[^\\s/?#@]+(?:[/?#]\\S*)?");

    private CallLinks() {
    }

    static Decision set(SessionState state, Command.SetCallLink set, long now) {
        String url = set.url() == null ? "" : set.url().strip();
        if (url.isEmpty()) {
            return state.callLink() == null ? reject(Reason.INVALID_STATE, "There is no call link to clear.")
                    : accept(new Event.CallLinkSet(null, now));
        }
        if (url.length() > MAX) {
            return reject(Reason.BAD_REQUEST, "url is " + url.length() + " characters long; at most " + MAX + " are allowed.");
        }
        if (!HTTPS.matcher(url).matches() || url.codePoints().anyMatch(Character::isISOControl)) {
            return reject(Reason.BAD_REQUEST, "url must be an https:// link to the call, e.g. https://meet.example.org/forum.");
        }
        if (url.equals(state.callLink())) {
            return reject(Reason.INVALID_STATE, "This is the call link already.");
        }
        return accept(new Event.CallLinkSet(url, now));
    }
}
