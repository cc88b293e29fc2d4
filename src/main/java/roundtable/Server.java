package roundtable;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import roundtable.config.Config;
import roundtable.gateway.HttpGateway;
import roundtable.room.RoomDirectory;
import roundtable.store.Database;
import roundtable.store.EventLog;
import roundtable.store.Migrations;
import roundtable.store.ProtocolCatalog;
import roundtable.store.SessionRecords;
import roundtable.wire.LocalCodec;

/**
 * A running Roundtable node: its database, its Vert.x instance and its verticles. Starting and
 * closing block the calling thread, which is never an event loop.
 */
public final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    private final Database database;
    private final Vertx vertx;
    private final int port;

    private Server(Database database, Vertx vertx, int port) {
        this.database = database;
        this.vertx = vertx;
        this.port = port;
    }

    public static Server start(Config config) throws Exception {
        ProtocolCatalog protocols = ProtocolCatalog.builtIn();
        Database database = Database.start(config.databaseUrl(), config.dataDir());
        try {
            Migrations.migrate(database);
            Vertx vertx = Vertx.vertx();
            vertx.eventBus().registerCodec(new LocalCodec());
            Pool pool = PgBuilder.pool()
                    .with(new PoolOptions().setMaxSize(8).setMaxWaitQueueSize(1_000))
                    .connectingTo(database.connectOptions().setReconnectAttempts(2).setReconnectInterval(500))
                    .using(vertx)
                    .build();
            deploy(vertx, config, pool, protocols)
                    .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            LOG.info("Roundtable is listening on port {}", config.port());
            return new Server(database, vertx, config.port());
        } catch (Exception e) {
            database.close();
            throw e;
        }
    }

    private static Future<?> deploy(Vertx vertx, Config config, Pool pool, ProtocolCatalog protocols) {
        SessionRecords records = new SessionRecords(pool);
        int gateways = Runtime.getRuntime().availableProcessors();
        return vertx.deployVerticle(new EventLog(pool))
                .compose(log -> vertx.deployVerticle(new RoomDirectory(records)))
                .compose(directory -> vertx.deployVerticle(() -> new HttpGateway(config, pool, protocols),
                        new DeploymentOptions().setInstances(gateways)));
    }

    public int port() {
        return port;
    }

    /** Undeploys everything (the event log drains its queue first), then stops the database. */
    @Override
    public void close() throws Exception {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } finally {
            database.close();
        }
    }
}
