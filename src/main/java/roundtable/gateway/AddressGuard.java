package roundtable.gateway;

import io.vertx.core.shareddata.Shareable;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import roundtable.config.Config;

/**
 * Guessing protection for secrets, per client address. Every failed use of a secret (a token that
 * opens nothing, a wrong invite code, a recap link that does not exist) takes a token from the
 * address's bucket of {@code failuresPerMinute}; when the bucket is empty the address is blocked for
 * {@code blockFor}, and everything it asks of the API or the WebSocket meanwhile is answered 429
 * {@code rate-limited} with {@code Retry-After}. One guard serves every gateway of a node (it is kept
 * in the node's shared data), so the limit holds per node, not per core.
 *
 * <p>Memory is bounded: at most {@code trackedAddresses} addresses are remembered, the least recently
 * seen forgotten first. The address is the TCP peer's: behind a proxy it is the proxy's.
 */
final class AddressGuard implements Shareable {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final Config.RateLimits limits;
    private final LongSupplier nanoClock;
    private final Map<String, Entry> addresses;

    private static final class Entry {
        final RateLimit failures;
        long blockedUntil;
        boolean blocked;

        Entry(RateLimit failures) {
            this.failures = failures;
        }
    }

    AddressGuard(Config.RateLimits limits, LongSupplier nanoClock) {
        this.limits = limits;
        this.nanoClock = nanoClock;
        this.addresses = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > limits.trackedAddresses();
            }
        };
    }

    /** The node's one guard, made by the first gateway that asks. */
    static AddressGuard shared(io.vertx.core.Vertx vertx, Config.RateLimits limits) {
        var map = vertx.sharedData().<String, AddressGuard>getLocalMap("roundtable.gateway");
        map.putIfAbsent("address-guard", new AddressGuard(limits, System::nanoTime));
        return map.get("address-guard");
    }

    /** Whole seconds until {@code address} may try again; 0 when it is not blocked. */
    synchronized long blockedSeconds(String address) {
        Entry entry = addresses.get(address);
        if (entry == null || !entry.blocked) {
            return 0;
        }
        long left = entry.blockedUntil - nanoClock.getAsLong();
        if (left <= 0) {
            entry.blocked = false;
            return 0;
        }
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    /** A failed use of a secret from {@code address}; the one that empties its bucket blocks it. */
    synchronized void failed(String address) {
        long now = nanoClock.getAsLong();
        Entry entry = addresses.computeIfAbsent(address, a -> new Entry(
                new RateLimit(limits.failuresPerMinute() * 1_000_000_000.0 / NANOS_PER_MINUTE,
                        limits.failuresPerMinute(), now)));
        entry.failures.tryTake(now);
        if (entry.failures.empty(now) && !entry.blocked) {
            entry.blocked = true;
            entry.blockedUntil = now + limits.blockFor().toNanos();
        }
    }

    synchronized int trackedAddresses() {
        return addresses.size();
    }

    /**
     * The router's screen for {@code /api/*} and {@code /ws/*}: a blocked address is answered 429;
     * otherwise the answer is watched, and a 403 (a token, invite code or link that opens nothing
     * here) or a 404 of a recap link counts as a failure.
     */
    void screen(RoutingContext ctx) {
        String address = address(ctx);
        long wait = blockedSeconds(address);
        if (wait > 0) {
            ctx.response().putHeader("Retry-After", Long.toString(wait));
            Replies.error(ctx, 429, "rate-limited", "Too many failed attempts from your address; try again in "
                    + wait + " seconds.");
            return;
        }
        if (ctx.request().path().startsWith("/api/")) {
            boolean recapLink = ctx.request().path().startsWith("/api/recaps/");
            ctx.addHeadersEndHandler(ended -> {
                int status = ctx.response().getStatusCode();
                if (status == 403 || (recapLink && status == 404)) {
                    failed(address);
                }
            });
        }
        ctx.next();
    }

    static String address(RoutingContext ctx) {
        var remote = ctx.request().remoteAddress();
        return remote == null || remote.host() == null ? "unknown" : remote.host();
    }
}
