package roundtable.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the server reads from its environment, read once at start.
 *
 * @param databaseUrl    an external PostgreSQL ({@code postgresql://user:pass@host:port/db}); empty for
 *                       the embedded one
 * @param dataDir        where the embedded PostgreSQL keeps its files
 * @param allowedOrigins origins that may open WebSockets; empty means the server's own origin only
 */
public record Config(int port, Optional<String> databaseUrl, Path dataDir, List<String> allowedOrigins) {

    public static Config fromEnvironment(Map<String, String> env) {
        return new Config(
                port(env.getOrDefault("PORT", "8080")),
                Optional.ofNullable(env.get("DATABASE_URL")).filter(url -> !url.isBlank()),
                Path.of(env.getOrDefault("DATA_DIR", "data")),
                Arrays.stream(env.getOrDefault("ALLOWED_ORIGINS", "").split(","))
                        .map(String::strip).filter(origin -> !origin.isEmpty()).toList());
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number from 0 to 65535, not '" + value + "'");
        }
    }
}
