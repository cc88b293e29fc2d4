package roundtable;

import ch.qos.logback.classic.LoggerContext;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import roundtable.config.Config;
import roundtable.config.Retention;

/** Starts a Roundtable node configured from the environment, and stops it cleanly on SIGTERM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        // Checked before the first line is logged: logback.xml picks its appender by this name, and
        // with an unknown one nothing at all would be logged, this error included.
        String format = env.getOrDefault("LOG_FORMAT", "text");
        if (!format.equals("text") && !format.equals("json")) {
            System.err.println("Roundtable could not start: LOG_FORMAT must be text or json, not '" + format + "'");
            System.exit(1);
        }
        Logger log = LoggerFactory.getLogger(Main.class);
        try {
            Config config = Config.fromEnvironment(env);
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
                logback.putProperty(JsonLogLines.NODE, config.operations().nodeId());
            }
            Server server = Server.start(config, Retention.fromEnvironment(env));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception e) {
                    log.error("Shutdown did not finish cleanly", e);
                }
            }, "shutdown"));
        } catch (Exception e) {
            log.error("Roundtable could not start: {}", e.getMessage(), e);
            System.exit(1);
        }
    }
}
