package roundtable;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxBuilder;
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
import roundtable.cluster.ClusterFormation;
import roundtable.cluster.ClusterLinks;
import roundtable.cluster.HazelcastMembership;
import roundtable.config.Clustering;
import roundtable.config.Config;
import roundtable.config.Retention;
import roundtable.gateway.Draining;
import roundtable.gateway.HttpGateway;
import roundtable.gateway.NodeParts;
import roundtable.metrics.NodeMetrics;
import roundtable.room.Membership;
import roundtable.room.Placement;
import roundtable.room.RoomDirectory;
import roundtable.room.Rooms;
import roundtable.store.Database;
import roundtable.store.DurabilitySettings;
import roundtable.store.EventLog;
import roundtable.store.Migrations;
import roundtable.store.PostgresSessionLog;
import roundtable.store.ProtocolCatalog;
import roundtable.store.RetentionJob;
import roundtable.store.SessionLog;
import roundtable.store.SessionRecords;
import roundtable.store.WriteBuffer;
import roundtable.wire.LocalCodec;

/**
 * A running Roundtable node: its database, its Vert.x instance (clustered when CLUSTER_MEMBERS is set)
 * and its verticles. Starting and closing block the calling thread, which is never an event loop.
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
    private final Membership membership;
    /** This node's side of the cluster; null when it runs alone. */
    private final ClusterLinks cluster;

    /** What runs, in the order it starts; it stops in the reverse order. The retention job may be null. */
    private record Deployments(String eventLog, String rooms, String cluster, String gateways, String retention,
                               RetentionJob retentionJob) {
    }

    private Server(Database database, Vertx vertx, Pool pool, Deployments deployments, Config config,
                   Draining draining, Membership membership, ClusterLinks cluster) {
        this.database = database;
        this.vertx = vertx;
        this.pool = pool;
        this.deployments = deployments;
        this.port = config.port();
        this.draining = draining;
        this.drain = config.operations().drain();
        this.membership = membership;
        this.cluster = cluster;
    }

    /** Keeping every session forever. */
    public static Server start(Config config) throws Exception {
        return start(config, Retention.FOREVER);
    }

    /** With a retention period ({@code RETENTION_DAYS}): ended sessions older than it are purged daily. */
    public static Server start(Config config, Retention retentionPeriod) throws Exception {
        Database database = Database.start(config.databaseUrl(), config.dataDir());
        try {
            Migrations.migrate(database);
            String registryName = "roundtable-" + UUID.randomUUID();
            Clustering clustering = config.operations().cluster();
            Vertx vertx;
            Membership membership;
            if (clustering.enabled()) {
                ClusterFormation.Joined joined = ClusterFormation.join(clustering, options(config, registryName),
                        builder(config)).toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
                vertx = joined.vertx();
                membership = new HazelcastMembership(joined.manager(), clustering);
                LOG.info("Joined the cluster as node {} with {} of {} members", membership.me(), membership.live().size(),
                        clustering.size());
            } else {
                vertx = builder(config).with(options(config, registryName)).build();
                membership = Membership.alone(config.operations().nodeId());
            }
            NodeMetrics metrics = config.operations().metricsEnabled()
                    ? NodeMetrics.in(registryName, BackendRegistries.getNow(registryName)) : NodeMetrics.off();
            vertx.eventBus().registerCodec(new LocalCodec());
            Pool pool = pool(vertx, config, database);
            // Never blocks: logs a loud warning if committed rows could be lost.
            DurabilitySettings.check(pool).onFailure(failure ->
                    LOG.warn("Could not read PostgreSQL's durability settings: {}", failure.getMessage()));
            SessionRecords records = new SessionRecords(pool);
            ClusterLinks cluster = membership instanceof HazelcastMembership hazelcast
                    ? ClusterLinks.of(vertx.eventBus(), records, hazelcast) : null;
            WriteBuffer buffer = new WriteBuffer(config.reliability().writeBufferEvents());
            Draining draining = new Draining();
            NodeParts node = new NodeParts(pool, new PostgresSessionLog(records, buffer, vertx.eventBus()),
                    ProtocolCatalog.builtIn(), metrics, buffer, draining,
                    cluster == null ? Placement.HERE : cluster.placement(), membership);
            Deployments deployments = deploy(vertx, config, node, cluster, records, retentionPeriod)
                    .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            retentionPeriod.days().ifPresent(days -> LOG.info("Sessions that ended more than {} days ago are deleted", days));
            LOG.info("Roundtable is listening on port {}", config.port());
            return new Server(database, vertx, pool, deployments, config, draining, membership, cluster);
        } catch (Exception e) {
            database.close();
            throw e;
        }
    }

    /**
     * Vert.x's options: with its Micrometer metrics (HTTP, WebSocket, event bus, pools, JVM) in a
     * Prometheus registry of this node's own when metrics are on.
     */
    private static VertxOptions options(Config config, String registryName) {
        VertxOptions options = new VertxOptions();
        if (config.operations().metricsEnabled()) {
            options.setMetricsOptions(new MicrometerMetricsOptions()
                    .setEnabled(true)
                    .setJvmMetricsEnabled(true)
                    .setRegistryName(registryName)
                    .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true)));
        }
        return options;
    }

    /** Without any metrics SPI when metrics are off. */
    private static VertxBuilder builder(Config config) {
        VertxBuilder builder = Vertx.builder();
        return config.operations().metricsEnabled() ? builder.withMetrics(new MicrometerMetricsFactory()) : builder;
    }

    // The pool, deliberately: a few connections (write batches in flight plus the reads of hellos, rooms
    // opening and REST calls); a bounded wait queue, so a stalled database turns into quick failures
    // rather than an ever-growing backlog of requests; a bounded wait for a connection; a couple of
    // reconnect attempts per connection, since the event log retries with its own backoff anyway.
    private static Pool pool(Vertx vertx, Config config, Database database) {
        return PgBuilder.pool()
                .with(new PoolOptions()
                        .setMaxSize(config.reliability().databasePoolSize())
                        .setMaxWaitQueueSize(1_000)
                        .setConnectionTimeout(10).setConnectionTimeoutUnit(TimeUnit.SECONDS))
                .connectingTo(connectOptions(config, database))
                .using(vertx)
                .build();
    }

    /**
     * In a cluster, PostgreSQL ends a transaction this node leaves open longer than a member may stay
     * silent: a node frozen in the middle of a batch (a hung machine) would otherwise hold its
     * session's row and keep the node that takes its sessions over waiting for as long as it stays
     * frozen. (Alone, nothing waits for this node; and a pooler in front of PostgreSQL may refuse
     * start-up parameters it does not know, so none is sent.)
     */
    private static io.vertx.pgclient.PgConnectOptions connectOptions(Config config, Database database) {
        // Statements stay prepared on each connection: planning the event log's insert cost PostgreSQL
        // more than running it for a batch of one event (0.4 against 0.3 ms).
        io.vertx.pgclient.PgConnectOptions options = database.connectOptions().setReconnectAttempts(2).setReconnectInterval(500)
                .setCachePreparedStatements(true);
        Clustering cluster = config.operations().cluster();
        return cluster.enabled()
                ? options.addProperty("idle_in_transaction_session_timeout", Long.toString(cluster.failure().toMillis()))
                : options;
    }

    private static Future<Deployments> deploy(Vertx vertx, Config config, NodeParts node, ClusterLinks cluster,
                                              SessionRecords records, Retention retentionPeriod) {
        int gateways = Runtime.getRuntime().availableProcessors();
        RetentionJob retention = retentionPeriod.days().isPresent()
                ? new RetentionJob(records, retentionPeriod.days().getAsInt(), retentionPeriod.intervalMillis(),
                new Rooms(vertx, node.placement())::close)
                : null;
        return vertx.deployVerticle(new EventLog(node.pool(), node.buffer(), node.metrics().log()))
                .compose(log -> vertx.deployVerticle(new RoomDirectory(node.log(), config, node.metrics().rooms(), node.membership()))
                        .compose(rooms -> (cluster == null ? Future.succeededFuture((String) null) : vertx.deployVerticle(cluster))
                                .compose(links -> vertx.deployVerticle(() -> new HttpGateway(config, node),
                                                new DeploymentOptions().setInstances(gateways))
                                        .compose(gateway -> (retention == null ? Future.succeededFuture((String) null)
                                                : vertx.deployVerticle(retention))
                                                .map(job -> new Deployments(log, rooms, links, gateway, job, retention))))));
    }

    public int port() {
        return port;
    }

    /** Runs one retention purge now (tests); completes with how many sessions it deleted. */
    public Future<Integer> purgeEndedSessions() {
        return deployments.retentionJob() == null
                ? Future.failedFuture(new IllegalStateException("no retention period is set"))
                : deployments.retentionJob().purgeNow();
    }

    /** Where this node keeps its data; tests read it to prove what is, and is not, stored. */
    public Database database() {
        return database;
    }

    /**
     * Stops in the order that loses nothing. First {@code /ready} turns 503 and the node keeps serving
     * for the drain time (DRAIN_SECONDS), so load balancers stop sending people here before anything
     * closes. In a cluster it then opens no room any more. Then no new connections, then the rooms,
     * then the event log drains what they handed it into a pool that is still open; in a cluster the
     * node then lets go of its sessions and says so, and the others open them as their clients come
     * back, everything acknowledged stored. Only then the pool, Vert.x (leaving the cluster) and the
     * database. (Closing Vert.x alone would
     * close the pool before the log has drained.)
     */
    @Override
    public void close() throws Exception {
        draining.begin();
        if (!drain.isZero()) {
            LOG.info("Draining: /ready answers 503 from now on; closing in {} ms", drain.toMillis());
            Thread.sleep(drain.toMillis());
        }
        if (cluster != null) {
            cluster.stopServing();
        }
        try {
            undeploy(deployments.retention())
                    .compose(stopped -> undeploy(deployments.gateways()))
                    .compose(stopped -> undeploy(deployments.rooms()))
                    .compose(stopped -> undeploy(deployments.cluster()))
                    .compose(stopped -> undeploy(deployments.eventLog()))
                    .compose(stopped -> cluster == null ? Future.succeededFuture()
                            : new SessionRecords(pool).release(membership.me())
                            .onSuccess(released -> {
                                LOG.info("Let go of {} sessions for the other nodes", released);
                                cluster.leave();
                            }))
                    .onFailure(failure -> LOG.error("Shutdown did not drain cleanly", failure))
                    .eventually(() -> pool.close())
                    .toCompletionStage().toCompletableFuture().get(25, TimeUnit.SECONDS);
        } finally {
            // Its own step: a future completed by vertx.close() would be delivered to an event loop
            // that close has just stopped.
            try {
                vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            } finally {
                database.close();
            }
        }
    }

    private Future<?> undeploy(String deployment) {
        return deployment == null ? Future.succeededFuture() : vertx.undeploy(deployment);
    }
}
