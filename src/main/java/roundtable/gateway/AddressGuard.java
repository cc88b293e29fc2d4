package roundtable.gateway;

import io.vertx.core.shareddata.Shareable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import roundtable.config.Config;
import roundtable.metrics.SocketMeters;

/**
 * Guessing protection for secrets, per client address and kind of secret. Every failed use of a
 * secret (a token that opens nothing, a wrong invite code, a recap link that does not exist) takes a
 * token from the bucket of {@code failuresPerMinute} kept for that address and that {@link Secret};
 * when the bucket is empty, further failed uses of that kind from the address are answered 429
 * {@code rate-limited} with {@code Retry-After} for {@code blockFor}, instead of their usual answer.
 *
 * <p>A request whose secret is valid is never refused here: the secret is checked first, and only a
 * miss is counted or refused. So one person's clicks on a revoked recap link cannot lock the rest of a
 * group out, even when they all share one address behind a proxy. One guard serves every gateway of a
 * node (it is kept in the node's shared data), so the limit holds per node, not per core.
 *
 * <p>Memory is bounded: at most {@code trackedAddresses} address-and-kind pairs are remembered, the
 * least recently seen forgotten first.
 */
final class AddressGuard implements Shareable {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final Config.RateLimits limits;
    private final LongSupplier nanoClock;
    private final SocketMeters meters;
    private final Map<String, Entry> misses;

    private static final class Entry {
        final RateLimit failures;
        long blockedUntil;
        boolean blocked;

        Entry(RateLimit failures) {
            this.failures = failures;
        }
    }

    AddressGuard(Config.RateLimits limits, LongSupplier nanoClock, SocketMeters meters) {
        this.limits = limits;
        this.nanoClock = nanoClock;
        this.meters = meters;
        this.misses = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > limits.trackedAddresses();
            }
        };
    }

    /** The node's one guard, made by the first gateway that asks. */
    static AddressGuard shared(io.vertx.core.Vertx vertx, Config.RateLimits limits, SocketMeters meters) {
        var map = vertx.sharedData().<String, AddressGuard>getLocalMap("roundtable.gateway");
        map.putIfAbsent("address-guard", new AddressGuard(limits, System::nanoTime, meters));
        return map.get("address-guard");
    }

    /**
     * Counts a failed use of a {@code kind} secret from {@code address}; the one that empties its
     * bucket blocks the pair. Answers the whole seconds the pair stays blocked: 0 when the failure
     * gets its usual answer, more when it is to be refused as rate-limited.
     */
    synchronized long missed(String address, Secret kind) {
        long now = nanoClock.getAsLong();
        meters.secretMissed(kind.label());
        Entry entry = misses.computeIfAbsent(key(address, kind), a -> new Entry(
                new RateLimit(limits.failuresPerMinute() * 1_000_000_000.0 / NANOS_PER_MINUTE,
                        limits.failuresPerMinute(), now)));
        if (entry.blocked && entry.blockedUntil <= now) {
            entry.blocked = false;
        }
        boolean wasBlocked = entry.blocked;
        entry.failures.tryTake(now);
        if (entry.failures.empty(now) && !entry.blocked) {
            entry.blocked = true;
            entry.blockedUntil = now + limits.blockFor().toNanos();
            meters.addressBlocked(kind.label());
        }
        return wasBlocked ? seconds(entry.blockedUntil - now) : 0;
    }

    /** Whole seconds until failed uses of {@code kind} from {@code address} get their usual answer again. */
    synchronized long blockedSeconds(String address, Secret kind) {
        Entry entry = misses.get(key(address, kind));
        if (entry == null || !entry.blocked) {
            return 0;
        }
        long left = entry.blockedUntil - nanoClock.getAsLong();
        if (left <= 0) {
            entry.blocked = false;
            return 0;
        }
        return seconds(left);
    }

    synchronized int tracked() {
        return misses.size();
    }

    /** The message a refused miss gets. */
    static String refusal(Secret kind, long seconds) {
        return "Too many failed attempts with " + kind.plural() + " from your address; try again in " + seconds
                + " seconds.";
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    private static String key(String address, Secret kind) {
        return kind.name() + ' ' + address;
    }
}
