package roundtable.it;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import roundtable.TestServer;

/**
 * One real server per test class, with a Vert.x for its clients and an {@link Api}:
 * {@code @RegisterExtension static final RunningServer running = new RunningServer();}
 */
public final class RunningServer implements BeforeAllCallback, AfterAllCallback {

    private final roundtable.config.Config.RateLimits rateLimits;
    private TestServer server;

    public RunningServer() {
        this(TestServer.RATE_LIMITS);
    }

    /** A server with its own rate limits (the default ones in tests are too high to trip). */
    public RunningServer(roundtable.config.Config.RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }
    private Vertx vertx;
    private Api api;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = TestServer.start(TestServer.RELIABILITY, rateLimits);
        vertx = Vertx.vertx();
        api = new Api(server.baseUrl());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        } finally {
            server.close();
        }
    }

    public TestServer server() {
        return server;
    }

    public Vertx vertx() {
        return vertx;
    }

    public Api api() {
        return api;
    }

    /** A fresh forum session with its facilitator connected. */
    LiveSession liveSession() {
        return LiveSession.start(vertx, server, api);
    }
}
