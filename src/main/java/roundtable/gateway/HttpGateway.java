package roundtable.gateway;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.TimeUnit;
import roundtable.config.Config;
import roundtable.domain.health.HealthRules;
import roundtable.metrics.NodeMetrics;
import roundtable.room.Rooms;
import roundtable.store.CommitmentQueries;
import roundtable.store.CustomProtocols;
import roundtable.store.EarlierIssues;
import roundtable.store.GroupRecords;
import roundtable.store.HealthQueries;
import roundtable.store.KnowledgeBase;
import roundtable.store.ProtocolCatalog;
import roundtable.store.RecapLinks;
import roundtable.store.Protocols;
import roundtable.store.SessionLog;
import roundtable.store.SessionRecords;
import roundtable.store.TopicBacklog;

/** The way in: HTTP routes, the session WebSocket and the browser client. One instance per core. */
public final class HttpGateway extends VerticleBase {

    static final int MAX_MESSAGE_BYTES = 64 * 1024;
    static final int SHUTDOWN_GRACE_SECONDS = 2;
    /** Only this server's own scripts, styles and sockets; no plugins, no framing, no base rewriting. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Config config;
    private final NodeParts node;
    private HttpServer server;
    /** Serves /metrics alone on METRICS_PORT, when one is set; null otherwise. */
    private HttpServer metricsServer;

    public HttpGateway(Config config, NodeParts node) {
        this.config = config;
        this.node = node;
    }

    @Override
    public Future<?> start() {
        Pool pool = node.pool();
        SessionLog log = node.log();
        NodeMetrics metrics = node.metrics();
        SessionRecords records = new SessionRecords(pool);
        Rooms rooms = new Rooms(vertx, node.placement());
        Protocols protocols = new Protocols(node.protocols(), new CustomProtocols(pool));
        GroupRecords groups = new GroupRecords(pool);
        GroupAccess groupAccess = new GroupAccess(groups);
        CommitmentQueries commitments = new CommitmentQueries(pool);
        PublicAddress address = new PublicAddress(config.edge().publicUrl());
        SessionAccess sessionAccess = new SessionAccess(records, groups, log);
        SessionRoutes sessions = new SessionRoutes(protocols, records, log, rooms, groupAccess, groups, commitments, address,
                sessionAccess);
        GroupHistory groupHistory = new GroupHistory(records, sessionAccess);
        GroupRoutes groupRoutes = new GroupRoutes(groups, groupAccess, commitments, protocols, groupHistory, records, rooms, address);
        OrientationRoutes orientations = new OrientationRoutes(groupAccess, groupHistory);
        SessionInGroup inGroup = new SessionInGroup(sessionAccess, groups);
        KnowledgeRoutes knowledge = new KnowledgeRoutes(groupAccess, inGroup, new KnowledgeBase(pool), new EarlierIssues(pool));
        TopicRoutes topics = new TopicRoutes(groupAccess, inGroup, new TopicBacklog(pool));
        GroupPageRoutes groupPage = new GroupPageRoutes(groups, groupAccess, records, log, new HealthQueries(pool),
                HealthRules.DEFAULT);
        ProtocolRoutes protocolRoutes = new ProtocolRoutes(protocols);
        RecapRoutes recaps = new RecapRoutes(sessionAccess, new RecapLinks(pool), address);
        SessionDeletion deletion = new SessionDeletion(sessionAccess, records, rooms);
        Origins origins = new Origins(config.allowedOrigins(), config.edge().publicUrl());
        AddressGuard guard = AddressGuard.shared(vertx, config.rateLimits(), metrics.sockets());
        SessionSockets sockets = new SessionSockets(records, rooms, config.reliability(), config.rateLimits(),
                metrics.sockets(), new LoopOutbox(context));

        Router router = Router.router(vertx);
        router.route().handler(this::baseHeaders);
        router.route().handler(new ClientAddress(config.edge().trustedProxies())::remember);
        router.route("/api/*").handler(BodyHandler.create().setBodyLimit(MAX_MESSAGE_BYTES));
        router.get("/health").handler(HttpGateway::noIndex)
                .handler(HealthCheckHandler.create(vertx).register("event-loop", alive -> alive.complete(Status.OK())));
        router.get("/ready").handler(HttpGateway::noIndex)
                .handler(HealthCheckHandler.createWithHealthChecks(Readiness.checks(vertx, pool, node.buffer(), node.draining(),
                        node.membership())));
        if (node.metrics().registryName().isPresent() && config.operations().metricsPort().isEmpty()) {
            router.get("/metrics").handler(PrometheusScrapingHandler.create(node.metrics().registryName().get()));
        }
        router.get("/api/protocols").handler(protocolRoutes::list);
        router.post("/api/protocols").handler(protocolRoutes::add);
        router.post("/api/coach").handler(CoachRoutes::review);
        router.post("/api/sessions").handler(sessions::create);
        router.post("/api/sessions/:id/participants").handler(sessions::join);
        router.post("/api/sessions/:id/preview").handler(sessions::preview);
        router.get("/api/sessions/:id/recap").handler(recaps::recap);
        router.post("/api/sessions/:id/recap-links").handler(recaps::createLink);
        router.delete("/api/sessions/:id/recap-links/:token").handler(recaps::revokeLink);
        router.delete("/api/sessions/:id").handler(deletion::delete);
        router.get("/api/recaps/:token").handler(recaps::byLink);
        router.post("/api/groups").handler(groupRoutes::create);
        router.post("/api/groups/:id/members").handler(groupRoutes::join);
        router.get("/api/groups/:id").handler(groupRoutes::show);
        router.get("/api/groups/:id/commitments").handler(groupRoutes::commitments);
        router.get("/api/groups/:id/orientations").handler(orientations::list);
        router.post("/api/groups/:id/knowledge").handler(knowledge::add);
        router.get("/api/groups/:id/knowledge").handler(knowledge::search);
        router.put("/api/groups/:id/knowledge/:entryId/visibility").handler(knowledge::circulate);
        router.post("/api/sessions/:id/knowledge").handler(knowledge::addFromSession);
        router.get("/api/sessions/:id/related").handler(knowledge::related);
        router.post("/api/groups/:id/topics").handler(topics::propose);
        router.get("/api/groups/:id/topics").handler(topics::list);
        router.post("/api/groups/:id/topics/:topicId/votes").handler(topics::vote);
        router.put("/api/groups/:id/topics/:topicId/status").handler(topics::status);
        router.get("/api/sessions/:id/topics").handler(topics::listForSession);
        router.delete("/api/groups/:id").handler(groupRoutes::delete);
        router.post("/api/groups/:id/preview").handler(groupPage::preview);
        router.get("/api/groups/:id/health").handler(groupPage::health);
        router.get("/ws/sessions/:id").handler(ctx -> webSocket(ctx, origins, sockets, guard));
        router.get("/s/:id").handler(ctx -> ctx.reroute("/room.html"));
        router.get("/s/:id/facilitate").handler(ctx -> ctx.reroute("/room.html"));
        router.get("/g/:id").handler(ctx -> ctx.reroute("/group.html"));
        // Served directly: a reroute would drop these headers.
        router.get("/recap/:token").handler(HttpGateway::recapPage);
        router.get("/s/:id/recap").handler(HttpGateway::recapPage);
        // No build step means no hashed file names: browsers must revalidate to see a new version.
        router.route().handler(StaticHandler.create("web").setCachingEnabled(false));
        router.route().failureHandler(ctx -> Replies.failure(ctx, guard));
        router.route().last().handler(ctx -> ctx.fail(404));

        HttpServerOptions options = new HttpServerOptions()
                // A JSON body sent as a form (curl -d does that) is one long field; let it through
                // to the JSON reader rather than fail in the form decoder at its 1 KiB default.
                .setMaxFormBufferedBytes(MAX_MESSAGE_BYTES)
                .setMaxWebSocketFrameSize(MAX_MESSAGE_BYTES)
                .setMaxWebSocketMessageSize(MAX_MESSAGE_BYTES)
                .setPerMessageWebSocketCompressionSupported(false)
                .setPerFrameWebSocketCompressionSupported(false);
        server = vertx.createHttpServer(options).requestHandler(router);
        return server.listen(config.port()).compose(listening -> listenForScrapes());
    }

    /** METRICS_PORT: /metrics on a port of its own, which need not be reachable from outside; nothing else there. */
    private Future<?> listenForScrapes() {
        if (node.metrics().registryName().isEmpty() || config.operations().metricsPort().isEmpty()) {
            return Future.succeededFuture();
        }
        Router scrapes = Router.router(vertx);
        scrapes.get("/metrics").handler(PrometheusScrapingHandler.create(node.metrics().registryName().get()));
        metricsServer = vertx.createHttpServer().requestHandler(scrapes);
        return metricsServer.listen(config.operations().metricsPort().getAsInt());
    }

    /**
     * A graceful stop: sockets are told first (SessionSocket closes them with 1001, going away)
     * and given a moment, where a plain close would cut them with 1000.
     */
    @Override
    public Future<?> stop() {
        return Future.all(server.shutdown(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS),
                metricsServer == null ? Future.succeededFuture() : metricsServer.close());
    }

    /** Health answers are for machines, never for search engines (like every JSON answer of the API). */
    private static void noIndex(RoutingContext ctx) {
        ctx.response().putHeader("X-Robots-Tag", "noindex, nofollow");
        ctx.next();
    }

    /** The recap page: never indexed, never cached (what it shows can be revoked). */
    private static void recapPage(RoutingContext ctx) {
        ctx.response()
                .putHeader("X-Robots-Tag", "noindex, nofollow")
                .putHeader("Cache-Control", "no-store")
                .sendFile("web/recap.html");
    }

    private void baseHeaders(RoutingContext ctx) {
        ctx.response()
                .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer");
        if (!ctx.response().headers().contains("Cache-Control")) {
            ctx.response().putHeader("Cache-Control", "no-cache");
        }
        ctx.next();
    }

    private void webSocket(RoutingContext ctx, Origins origins, SessionSockets sockets, AddressGuard guard) {
        if (!origins.permits(ctx.request())) {
            Replies.error(ctx, 403, "forbidden", "WebSockets may only be opened from this server's own pages.");
            return;
        }
        if (!ctx.request().canUpgradeToWebSocket()) {
            Replies.error(ctx, 400, "bad-request", "This address speaks WebSocket only; open it with a WebSocket client.");
            return;
        }
        String sessionId = ctx.pathParam("id");
        String address = ClientAddress.of(ctx);
        ctx.request().toWebSocket()
                .onSuccess(socket -> SessionSocket.open(vertx, socket, sessionId, sockets,
                        () -> guard.missed(address, Secret.SESSION_TOKEN)))
                .onFailure(ctx::fail);
    }
}
