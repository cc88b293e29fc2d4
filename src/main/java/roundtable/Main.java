package roundtable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import roundtable.config.Config;
import roundtable.config.Retention;

/** Starts a Roundtable node configured from the environment, and stops it cleanly on SIGTERM. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        try {
            Server server = Server.start(Config.fromEnvironment(System.getenv()),
                    Retention.fromEnvironment(System.getenv()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception e) {
                    LOG.error("Shutdown did not finish cleanly", e);
                }
            }, "shutdown"));
        } catch (Exception e) {
            LOG.error("Roundtable could not start: {}", e.getMessage(), e);
            System.exit(1);
        }
    }
}
