package roundtable.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Everything the server reads from its environment, read once at start.
 *
 * @param databaseUrl    an external PostgreSQL ({@code postgresql://user:pass@host:port/db}); empty for
 *                       the embedded one
 * @param dataDir        where the embedded PostgreSQL keeps its files
 * @param allowedOrigins origins that may open WebSockets; empty means the server's own origin only
 * @param reliability    the bounds that keep the node live through outages, slow clients and blips
 * @param rateLimits     how fast one connection may send commands, and how many failed uses of a
 *                       secret one address may make
 * @param edge           how the server is reached from outside: the public address for links and the
 *                       proxies whose X-Forwarded-For is believed
 * @param facilitatorTakeover how long a facilitator must be away before a participant may take over
 * @param operations     what the node tells its operator: metrics, its name, how it drains on SIGTERM
 */
public record Config(int port, Optional<String> databaseUrl, Path dataDir, List<String> allowedOrigins,
                     Reliability reliability, RateLimits rateLimits, Edge edge, Duration facilitatorTakeover,
                     Operations operations) {

    public static final Duration DEFAULT_TAKEOVER = Duration.ofSeconds(120);

    public Config {
        operations.metricsPort().ifPresent(metricsPort -> {
            if (metricsPort == port && port != 0) {
                throw new IllegalArgumentException("METRICS_PORT must differ from PORT (" + port + "); leave it unset to serve /metrics on PORT");
            }
        });
    }

    /** With the default {@link Edge} and takeover time, and {@link Operations#IN_PROCESS}. */
    public Config(int port, Optional<String> databaseUrl, Path dataDir, List<String> allowedOrigins,
                  Reliability reliability, RateLimits rateLimits) {
        this(port, databaseUrl, dataDir, allowedOrigins, reliability, rateLimits, Edge.DIRECT, DEFAULT_TAKEOVER,
                Operations.IN_PROCESS);
    }

    /**
     * @param publicUrl      the address people reach the server at ({@code https://roundtable.example.org}),
     *                       used in every link the server hands out; empty: the address each request came to
     * @param trustedProxies addresses of reverse proxies; only a request whose TCP peer is one of them has
     *                       its client address read from {@code X-Forwarded-For}
     */
    public record Edge(Optional<String> publicUrl, List<String> trustedProxies) {

        public static final Edge DIRECT = new Edge(Optional.empty(), List.of());

        public Edge {
            publicUrl = publicUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            publicUrl.ifPresent(url -> {
                if (!url.matches("https?://[^/\\s]+")) {
                    throw new IllegalArgumentException("PUBLIC_URL must be a scheme and host, e.g. https://roundtable.example.org, not '" + url + "'");
                }
            });
            trustedProxies = List.copyOf(trustedProxies);
        }

        static Edge fromEnvironment(Map<String, String> env) {
            return new Edge(Optional.ofNullable(env.get("PUBLIC_URL")).map(String::strip).filter(url -> !url.isEmpty()),
                    list(env, "TRUSTED_PROXIES"));
        }
    }

    /** With the default {@link Reliability}. */
    public Config(int port, Optional<String> databaseUrl, Path dataDir, List<String> allowedOrigins) {
        this(port, databaseUrl, dataDir, allowedOrigins, Reliability.DEFAULTS);
    }

    /** With the default {@link RateLimits}. */
    public Config(int port, Optional<String> databaseUrl, Path dataDir, List<String> allowedOrigins,
                  Reliability reliability) {
        this(port, databaseUrl, dataDir, allowedOrigins, reliability, RateLimits.DEFAULTS);
    }

    /**
     * @param commandsPerSecond  frames one WebSocket may send per second, on average; more are refused
     *                           with {@code rate-limited} and change nothing
     * @param commandBurst       frames one WebSocket may send at once before the rate applies
     * @param failuresPerMinute  failed uses of a secret (a token that opens nothing, a wrong invite code,
     *                           a recap link that does not exist) one client address may make per minute;
     *                           reaching it blocks the address
     * @param blockFor           how long a blocked address is answered {@code rate-limited}
     * @param trackedAddresses   addresses remembered at most; the least recently seen are forgotten first
     */
    public record RateLimits(int commandsPerSecond, int commandBurst, int failuresPerMinute, Duration blockFor,
                             int trackedAddresses) {

        public static final RateLimits DEFAULTS = new RateLimits(20, 40, 20, Duration.ofSeconds(60), 10_000);

        public RateLimits {
            if (commandsPerSecond < 1 || commandBurst < 1 || failuresPerMinute < 1 || trackedAddresses < 1) {
                throw new IllegalArgumentException("rate limits must be positive");
            }
            if (blockFor.isNegative() || blockFor.isZero()) {
                throw new IllegalArgumentException("the block must last a positive time");
            }
        }

        static RateLimits fromEnvironment(Map<String, String> env) {
            return new RateLimits(
                    positive(env, "WS_COMMANDS_PER_SECOND", DEFAULTS.commandsPerSecond()),
                    positive(env, "WS_COMMAND_BURST", DEFAULTS.commandBurst()),
                    positive(env, "FAILED_ATTEMPTS_PER_MINUTE", DEFAULTS.failuresPerMinute()),
                    Duration.ofSeconds(positive(env, "FAILED_ATTEMPTS_BLOCK_SECONDS", (int) DEFAULTS.blockFor().toSeconds())),
                    positive(env, "RATE_LIMIT_TRACKED_ADDRESSES", DEFAULTS.trackedAddresses()));
        }
    }

    /**
     * @param writeBufferEvents   events the node holds for the database at most (all rooms together);
     *                            when they are that many, rooms refuse new commands with {@code unavailable}
     * @param roomBufferEvents    the same bound for one room, so one busy room cannot take the whole buffer
     * @param pingInterval        how often each WebSocket is pinged; a socket that has not answered a
     *                            ping by the next one (two intervals at most) is closed as dead
     * @param presenceGrace       how long a participant whose last connection closed stays online, so
     *                            that a blip does not flicker; zero marks them offline at once
     * @param socketBufferBytes   outbound bytes a socket may have waiting before it counts as slow; a
     *                            slow socket that falls as far behind again is closed with 1013
     * @param databasePoolSize    connections to PostgreSQL
     */
    public record Reliability(int writeBufferEvents, int roomBufferEvents, Duration pingInterval,
                              Duration presenceGrace, int socketBufferBytes, int databasePoolSize) {

        public static final Reliability DEFAULTS = new Reliability(100_000, 10_000, Duration.ofSeconds(15),
                Duration.ofSeconds(5), 1024 * 1024, 8);

        public Reliability {
            if (writeBufferEvents < 1 || roomBufferEvents < 1 || socketBufferBytes < 1024 || databasePoolSize < 1) {
                throw new IllegalArgumentException("buffer sizes and the pool size must be positive");
            }
            if (pingInterval.isNegative() || pingInterval.isZero() || presenceGrace.isNegative()) {
                throw new IllegalArgumentException("the ping interval must be positive and the presence grace not negative");
            }
        }

        /** A room's own bound never exceeds the node's. */
        public int roomBound() {
            return Math.min(roomBufferEvents, writeBufferEvents);
        }

        public Reliability withWriteBufferEvents(int events) {
            return new Reliability(events, roomBufferEvents, pingInterval, presenceGrace, socketBufferBytes, databasePoolSize);
        }

        public Reliability withRoomBufferEvents(int events) {
            return new Reliability(writeBufferEvents, events, pingInterval, presenceGrace, socketBufferBytes, databasePoolSize);
        }

        public Reliability withPingInterval(Duration interval) {
            return new Reliability(writeBufferEvents, roomBufferEvents, interval, presenceGrace, socketBufferBytes, databasePoolSize);
        }

        public Reliability withPresenceGrace(Duration grace) {
            return new Reliability(writeBufferEvents, roomBufferEvents, pingInterval, grace, socketBufferBytes, databasePoolSize);
        }

        public Reliability withSocketBufferBytes(int bytes) {
            return new Reliability(writeBufferEvents, roomBufferEvents, pingInterval, presenceGrace, bytes, databasePoolSize);
        }

        static Reliability fromEnvironment(Map<String, String> env) {
            return new Reliability(
                    positive(env, "WRITE_BUFFER_EVENTS", DEFAULTS.writeBufferEvents()),
                    positive(env, "ROOM_BUFFER_EVENTS", DEFAULTS.roomBufferEvents()),
                    Duration.ofSeconds(positive(env, "PING_INTERVAL_SECONDS", (int) DEFAULTS.pingInterval().toSeconds())),
                    Duration.ofMillis(Math.round(number(env, "PRESENCE_GRACE_SECONDS",
                            DEFAULTS.presenceGrace().toMillis() / 1000.0) * 1000)),
                    positive(env, "SOCKET_BUFFER_BYTES", DEFAULTS.socketBufferBytes()),
                    positive(env, "DATABASE_POOL_SIZE", DEFAULTS.databasePoolSize()));
        }
    }

    public static Config fromEnvironment(Map<String, String> env) {
        return new Config(
                port(env.getOrDefault("PORT", "8080"), "PORT"),
                Optional.ofNullable(env.get("DATABASE_URL")).filter(url -> !url.isBlank()),
                Path.of(env.getOrDefault("DATA_DIR", "data")),
                list(env, "ALLOWED_ORIGINS"),
                Reliability.fromEnvironment(env),
                RateLimits.fromEnvironment(env),
                Edge.fromEnvironment(env),
                Duration.ofSeconds(positive(env, "FACILITATOR_TAKEOVER_SECONDS", (int) DEFAULT_TAKEOVER.toSeconds())),
                Operations.fromEnvironment(env));
    }

    public Config withReliability(Reliability reliability) {
        return new Config(port, databaseUrl, dataDir, allowedOrigins, reliability, rateLimits, edge, facilitatorTakeover, operations);
    }

    public Config withRateLimits(RateLimits rateLimits) {
        return new Config(port, databaseUrl, dataDir, allowedOrigins, reliability, rateLimits, edge, facilitatorTakeover, operations);
    }

    public Config withEdge(Edge edge) {
        return new Config(port, databaseUrl, dataDir, allowedOrigins, reliability, rateLimits, edge, facilitatorTakeover, operations);
    }

    public Config withFacilitatorTakeover(Duration takeover) {
        return new Config(port, databaseUrl, dataDir, allowedOrigins, reliability, rateLimits, edge, takeover, operations);
    }

    public Config withOperations(Operations operations) {
        return new Config(port, databaseUrl, dataDir, allowedOrigins, reliability, rateLimits, edge, facilitatorTakeover, operations);
    }

    public Config withAllowedOrigins(List<String> origins) {
        return new Config(port, databaseUrl, dataDir, origins, reliability, rateLimits, edge, facilitatorTakeover, operations);
    }

    private static List<String> list(Map<String, String> env, String name) {
        return Arrays.stream(env.getOrDefault(name, "").split(","))
                .map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    static int port(String value, String name) {
        return read(name, value, Integer::parseInt, port -> port >= 0 && port <= 65535, "a number from 0 to 65535");
    }

    static int positive(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback
                : read(name, value, Integer::parseInt, number -> number >= 1, "a whole number of 1 or more");
    }

    static double number(Map<String, String> env, String name, double fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback
                : read(name, value, Double::parseDouble, seconds -> seconds >= 0 && seconds <= 3600,
                        "a number of seconds from 0 to 3600");
    }

    /** A setting read with {@code parse} and checked; anything else stops the start, saying what was expected. */
    private static <T> T read(String name, String value, Function<String, T> parse, Predicate<T> valid, String expected) {
        try {
            T parsed = parse.apply(value.strip());
            if (valid.test(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // said below, with the setting's name
        }
        throw new IllegalArgumentException(name + " must be " + expected + ", not '" + value + "'");
    }
}
