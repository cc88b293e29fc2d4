package roundtable.gateway;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Set;

/**
 * Who is calling, as far as the network can tell: the TCP peer, or, when the peer is one of the
 * reverse proxies named in {@code TRUSTED_PROXIES}, the nearest address in {@code X-Forwarded-For}
 * that is not one of them. The header is believed from those proxies only: anyone else could write
 * any address into it.
 */
final class ClientAddress {

    private static final String KEY = "roundtable.clientAddress";

    private final Set<String> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    /** Router step: works out the caller's address once and keeps it with the request. */
    void remember(RoutingContext ctx) {
        ctx.put(KEY, of(ctx.request()));
        ctx.next();
    }

    /** The caller's address as {@link #remember} found it. */
    static String of(RoutingContext ctx) {
        String address = ctx.get(KEY);
        return address == null ? peer(ctx.request()) : address;
    }

    String of(HttpServerRequest request) {
        String peer = peer(request);
        String forwarded = request.getHeader("X-Forwarded-For");
        if (!trustedProxies.contains(peer) || forwarded == null) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private static String peer(HttpServerRequest request) {
        var remote = request.remoteAddress();
        return remote == null || remote.host() == null ? "unknown" : remote.host();
    }
}
