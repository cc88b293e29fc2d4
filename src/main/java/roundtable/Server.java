package roundtable;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import io.vertx.micrometer.backends.BackendRegistries;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import roundtable.config.Config;
import roundtable.config.Retention;
import roundtable.gateway.Draining;
import roundtable.gateway.HttpGateway;
import roundtable.metrics.NodeMetrics;
import roundtable.room.Membership;
import roundtable.room.RoomDirectory;
import roundtable.room.Rooms;
import roundtable.store.Database;
import roundtable.store.DurabilitySettings;
import roundtable.store.EventLog;
import roundtable.store.Migrations;
import roundtable.store.ProtocolCatalog;
import roundtable.store.RetentionJob;
import roundtable.store.PostgresSessionLog;
import roundtable.store.SessionLog;
import roundtable.store.SessionRecords;
import roundtable.store.WriteBuffer;
import roundtable.wire.LocalCodec;

/**
 * A running Roundtable node: its database, its Vert.x instance and its verticles. Starting and
 * closing block the calling thread, which is never an event loop.
 */
public final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    private final Database database;
    private final Vertx vertx;
    private final Pool pool;
    private final Deployments deployments;
    private final int port;
    private final Draining draining;
    private final Duration drain;

    /** What runs, in the order it starts; it stops in the reverse order. */
    private record Deployments(String eventLog, String rooms, String gateways) {
    }

    /** The retention job, when a retention period is set; stopped first. */
    private final RetentionJob retention;
    private final String retentionDeployment;

    private Server(Database database, Vertx vertx, Pool pool, Deployments deployments, Config config,
                   Draining draining, RetentionJob retention, String retentionDeployment) {
        this.database = database;
        this.vertx = vertx;
        this.pool = pool;
        this.deployments = deployments;
        this.port = config.port();
        this.draining = draining;
        this.drain = config.operations().drain();
        this.retention = retention;
        this.retentionDeployment = retentionDeployment;
    }

    /** Keeping every session forever. */
    public static Server start(Config config) throws Exception {
        return start(config, Retention.FOREVER);
    }

    /** With a retention period ({@code RETENTION_DAYS}): ended sessions older than it are purged daily. */
    public static Server start(Config config, Retention retentionPeriod) throws Exception {
        ProtocolCatalog protocols = ProtocolCatalog.builtIn();
        Database database = Database.start(config.databaseUrl(), config.dataDir());
        try {
            Migrations.migrate(database);
            String registryName = "roundtable-" + UUID.randomUUID();
            Vertx vertx = vertx(config, registryName);
            NodeMetrics metrics = config.operations().metricsEnabled()
                    ? NodeMetrics.in(registryName, BackendRegistries.getNow(registryName)) : NodeMetrics.off();
            vertx.eventBus().registerCodec(new LocalCodec());
            // The pool, deliberately: a few connections (one write batch in flight plus the reads of
            // hellos, rooms opening and REST calls); a bounded wait queue, so a stalled database turns
            // into quick failures rather than an ever-growing backlog of requests; a bounded wait for a
            // connection; a couple of reconnect attempts per connection, since the event log retries
            // with its own backoff anyway.
            Pool pool = PgBuilder.pool()
                    .with(new PoolOptions()
                            .setMaxSize(config.reliability().databasePoolSize())
                            .setMaxWaitQueueSize(1_000)
                            .setConnectionTimeout(10).setConnectionTimeoutUnit(TimeUnit.SECONDS))
                    .connectingTo(database.connectOptions().setReconnectAttempts(2).setReconnectInterval(500))
                    .using(vertx)
                    .build();
            // Never blocks: logs a loud warning if committed rows could be lost.
            DurabilitySettings.check(pool).onFailure(failure ->
                    LOG.warn("Could not read PostgreSQL's durability settings: {}", failure.getMessage()));
            Draining draining = new Draining();
            Deployments deployments = deploy(vertx, config, pool, protocols, metrics, draining)
                    .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            RetentionJob retention = null;
            String retentionDeployment = null;
            if (retentionPeriod.days().isPresent()) {
                Rooms rooms = new Rooms(vertx);
                retention = new RetentionJob(new SessionRecords(pool), retentionPeriod.days().getAsInt(),
                        retentionPeriod.intervalMillis(), rooms::close);
                retentionDeployment = vertx.deployVerticle(retention)
                        .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
                LOG.info("Sessions that ended more than {} days ago are deleted", retentionPeriod.days().getAsInt());
            }
            LOG.info("Roundtable is listening on port {}", config.port());
            return new Server(database, vertx, pool, deployments, config, draining, retention, retentionDeployment);
        } catch (Exception e) {
            database.close();
            throw e;
        }
    }

    /**
     * Vert.x with its Micrometer metrics (HTTP, WebSocket, event bus, pools, JVM) in a Prometheus
     * registry of this node's own, when metrics are on; without any metrics SPI when they are off.
     */
    private static Vertx vertx(Config config, String registryName) {
        if (!config.operations().metricsEnabled()) {
            return Vertx.vertx();
        }
        MicrometerMetricsOptions metrics = new MicrometerMetricsOptions()
                .setEnabled(true)
                .setJvmMetricsEnabled(true)
                .setRegistryName(registryName)
                .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true));
        return Vertx.builder().with(new VertxOptions().setMetricsOptions(metrics))
                .withMetrics(new MicrometerMetricsFactory()).build();
    }

    private static Future<Deployments> deploy(Vertx vertx, Config config, Pool pool, ProtocolCatalog protocols,
                                              NodeMetrics metrics, Draining draining) {
        SessionRecords records = new SessionRecords(pool);
        int gateways = Runtime.getRuntime().availableProcessors();
        WriteBuffer buffer = new WriteBuffer(config.reliability().writeBufferEvents());
        SessionLog sessionLog = new PostgresSessionLog(records, buffer, vertx.eventBus());
        return vertx.deployVerticle(new EventLog(pool, buffer, metrics.log()))
                .compose(log -> vertx.deployVerticle(new RoomDirectory(sessionLog, config, metrics.rooms(), Membership.alone(config.operations().nodeId())))
                        .compose(rooms -> vertx.deployVerticle(() -> new HttpGateway(config, pool, sessionLog, protocols,
                                                metrics, buffer, draining),
                                        new DeploymentOptions().setInstances(gateways))
                                .map(gateway -> new Deployments(log, rooms, gateway))));
    }

    public int port() {
        return port;
    }

    /** Runs one retention purge now (tests); completes with how many sessions it deleted. */
    public Future<Integer> purgeEndedSessions() {
        return retention == null ? Future.failedFuture(new IllegalStateException("no retention period is set"))
                : retention.purgeNow();
    }

    /** Where this node keeps its data; tests read it to prove what is, and is not, stored. */
    public Database database() {
        return database;
    }

    /**
     * Stops in the order that loses nothing. First {@code /ready} turns 503 and the node keeps serving
     * for the drain time (DRAIN_SECONDS), so load balancers stop sending people here before anything
     * closes. Then no new connections, then the rooms, then the event log drains what they handed it
     * into a pool that is still open; only then the pool, Vert.x and the database. (Closing Vert.x
     * alone would close the pool before the log has drained.)
     */
    @Override
    public void close() throws Exception {
        draining.begin();
        if (!drain.isZero()) {
            LOG.info("Draining: /ready answers 503 from now on; closing in {} ms", drain.toMillis());
            Thread.sleep(drain.toMillis());
        }
        try {
            (retentionDeployment == null ? Future.<Void>succeededFuture() : vertx.undeploy(retentionDeployment))
                    .compose(stopped -> vertx.undeploy(deployments.gateways()))
                    .compose(stopped -> vertx.undeploy(deployments.rooms()))
                    .compose(stopped -> vertx.undeploy(deployments.eventLog()))
                    .onFailure(failure -> LOG.error("Shutdown did not drain cleanly", failure))
                    .eventually(() -> pool.close())
                    .toCompletionStage().toCompletableFuture().get(25, TimeUnit.SECONDS);
        } finally {
            // Its own step: a future completed by vertx.close() would be delivered to an event loop
            // that close has just stopped.
            try {
                vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
            } finally {
                database.close();
            }
        }
    }
}
