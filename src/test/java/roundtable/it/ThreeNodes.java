package roundtable.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import roundtable.SharedPostgres;
import roundtable.TestServer;

/**
 * Three Roundtable nodes as an operator runs them ({@code java -jar}, each its own process), clustered
 * on loopback, sharing one PostgreSQL (the test JVM's): CLUSTER_SIZE 3, a member silent for 5 s counts
 * as dead. A test kills, freezes, stops and starts them by index and reads the shared database.
 */
final class ThreeNodes implements AutoCloseable {

    static final int FAILURE_SECONDS = 5;
    private static final Pattern JOINED = Pattern.compile("Joined the cluster as node (\\S+)");

    private final String databaseUrl;
    private final List<ServerProcess> nodes;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private ThreeNodes(String databaseUrl, List<ServerProcess> nodes) {
        this.databaseUrl = databaseUrl;
        this.nodes = nodes;
    }

    static ThreeNodes start(String name) throws Exception {
        String databaseUrl = SharedPostgres.newDatabase();
        List<Integer> clusterPorts = List.of(TestServer.freePort(), TestServer.freePort(), TestServer.freePort());
        String members = String.join(",", clusterPorts.stream().map(port -> "127.0.0.1:" + port).toList());
        List<ServerProcess> nodes = new ArrayList<>();
        ThreeNodes cluster = new ThreeNodes(databaseUrl, nodes);
        try {
            for (int i = 0; i < 3; i++) {
                nodes.add(ServerProcess.create(name + "-node" + i)
                        .with("DATABASE_URL", databaseUrl)
                        .with("CLUSTER_MEMBERS", members)
                        .with("CLUSTER_HOST", "127.0.0.1")
                        .with("CLUSTER_PORT", Integer.toString(clusterPorts.get(i)))
                        .with("CLUSTER_SIZE", "3")
                        .with("CLUSTER_FAILURE_SECONDS", Integer.toString(FAILURE_SECONDS))
                        .with("DRAIN_SECONDS", "1")
                        .with("NODE_ID", "node" + i));
            }
            for (ServerProcess node : nodes) {
                node.start();
            }
            cluster.awaitReady(Duration.ofSeconds(90));
            return cluster;
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    ServerProcess node(int index) {
        return nodes.get(index);
    }

    int port(int index) {
        return nodes.get(index).port();
    }

    Api api(int index) {
        return new Api(nodes.get(index).baseUrl());
    }

    /** The indexes of the nodes whose process runs. */
    List<Integer> running() {
        List<Integer> up = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (nodes.get(i).alive()) {
                up.add(i);
            }
        }
        return up;
    }

    /** The cluster's name for a node (its Vert.x node id), from what it logged when it last joined. */
    String clusterId(int index) {
        Matcher joined = JOINED.matcher(nodes.get(index).log());
        String id = null;
        while (joined.find()) {
            id = joined.group(1);
        }
        return id;
    }

    /** The index of the node that owns the session now, or -1 when none of the three (as last started) does. */
    int ownerOf(String sessionId) throws SQLException {
        String owner = sql("SELECT owner_node FROM sessions WHERE id = ?", sessionId);
        for (int i = 0; i < 3; i++) {
            if (owner != null && owner.equals(clusterId(i))) {
                return i;
            }
        }
        return -1;
    }

    long ownerEpoch(String sessionId) throws SQLException {
        return Long.parseLong(sql("SELECT owner_epoch::text FROM sessions WHERE id = ?", sessionId));
    }

    /** Waits until every running node answers /ready with 200 (it sees a majority, its database answers). */
    void awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (int i : running()) {
            while (!ready(i)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("node" + i + " is not ready; its log:\n" + tail(nodes.get(i).log()));
                }
                Thread.sleep(200);
            }
        }
    }

    private boolean ready(int index) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(nodes.get(index).baseUrl() + "/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Connection sql() throws SQLException {
        URI url = URI.create(databaseUrl);
        return DriverManager.getConnection("jdbc:postgresql://" + url.getHost() + ":" + url.getPort() + url.getPath(),
                "postgres", "postgres");
    }

    private String sql(String query, String parameter) throws SQLException {
        try (Connection sql = sql(); PreparedStatement statement = sql.prepareStatement(query)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    static String tail(String log) {
        return log.length() < 6_000 ? log : log.substring(log.length() - 6_000);
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        for (ServerProcess node : nodes) {
            try {
                node.close();
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
