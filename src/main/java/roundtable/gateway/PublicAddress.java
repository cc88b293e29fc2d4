package roundtable.gateway;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * The address that goes into every link the server hands out (invites, facilitator links, recap and
 * group links): {@code PUBLIC_URL} when it is set, otherwise the scheme and host the request came to.
 * Without it, a facilitator who opened the server as http://localhost:8080 would hand out links only
 * their own machine can open.
 */
final class PublicAddress {

    private final Optional<String> publicUrl;

    PublicAddress(Optional<String> publicUrl) {
        this.publicUrl = publicUrl;
    }

    String origin(RoutingContext ctx) {
        return publicUrl.orElseGet(() -> ctx.request().scheme() + "://" + ctx.request().authority());
    }

    /** The configured origin, if any: pages on it may open WebSockets too. */
    Optional<String> configured() {
        return publicUrl;
    }
}
