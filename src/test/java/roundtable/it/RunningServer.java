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

    private TestServer server;
    private Vertx vertx;
    private Api api;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = TestServer.start();
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
