package roundtable.gateway;

import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Optional;

/**
 * Which web pages may open a WebSocket. Browsers always send {@code Origin} on a WebSocket
 * handshake, so a page of another site is refused before the upgrade; clients that are not
 * browsers send none and are judged by their token alone.
 */
final class Origins {

    private final List<String> allowed;
    private final Optional<String> publicOrigin;

    /** @param publicOrigin {@code PUBLIC_URL}: with no list, pages on it are allowed besides the server's own */
    Origins(List<String> allowed, Optional<String> publicOrigin) {
        this.allowed = allowed;
        this.publicOrigin = publicOrigin;
    }

    boolean permits(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        if (!allowed.isEmpty()) {
            return allowed.contains(origin);
        }
        if (publicOrigin.filter(origin::equals).isPresent()) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
