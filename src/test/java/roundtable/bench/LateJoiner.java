package roundtable.bench;

import io.vertx.core.Future;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * A participant joining a session whose board already holds many cards: socket open → full
 * welcome, which carries the whole board. One session; its facilitator posts the cards first; then
 * participants join one at a time and stay. The first few joins warm the path and are not
 * recorded. Runs with no other load.
 */
record LateJoiner(int cards, int refusedCards, int joins, int failedJoins, double p50Millis, double p99Millis,
                  double maxMillis, int welcomeBytes) {

    /** Cards in flight while the board is filled. */
    private static final int FILL_WINDOW = 50;

    static LateJoiner measure(BenchSettings settings, LoadClient client, BenchServer server, Recorder recorder,
                              boolean roundtable) throws Exception {
        int joiners = settings.lateJoinWarmups() + settings.lateJoins();
        List<Seat> seats = roundtable
                ? Sessions.roundtableSession(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                        server.baseUrl(), "Late joiner board", 1 + joiners)
                : Sessions.raw(1, 1 + joiners).get(0);
        List<Participant> joined = new ArrayList<>();
        try {
            Participant facilitator = client.join(seats.get(0), recorder, server.port, settings.cardTextLength());
            joined.add(facilitator);
            if (roundtable) {
                Boards.openForNotes(List.of(facilitator));
            }
            int refused = fill(facilitator, settings);
            Histogram openToWelcome = new Histogram(3_600_000_000L, 3);
            int failed = 0;
            int welcomeBytes = 0;
            for (int i = 1; i <= joiners; i++) {
                Participant joiner;
                try {
                    joiner = client.join(seats.get(i), recorder, server.port, settings.cardTextLength());
                } catch (Exception e) {
                    failed++;
                    continue;
                }
                joined.add(joiner);
                if (i > settings.lateJoinWarmups()) {
                    openToWelcome.recordValue(joiner.openToWelcomeNanos() / 1_000);
                    welcomeBytes = joiner.welcomeFrame().length();
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
            return new LateJoiner(settings.lateJoinCards(), refused, settings.lateJoins(), failed,
                    openToWelcome.getValueAtPercentile(50) / 1000.0, openToWelcome.getValueAtPercentile(99) / 1000.0,
                    openToWelcome.getMaxValue() / 1000.0, welcomeBytes);
        } finally {
            LoadClient.closeAll(joined);
        }
    }

    /** Posts the board's cards, a window at a time; returns how many were refused. */
    private static int fill(Participant facilitator, BenchSettings settings) throws Exception {
        int refused = 0;
        for (int done = 0; done < settings.lateJoinCards(); ) {
            List<Future<String>> replies = new ArrayList<>();
            for (int i = 0; i < FILL_WINDOW && done < settings.lateJoinCards(); i++, done++) {
                String text = CardText.of(-1, System.nanoTime(), settings.cardTextLength());
                replies.add(facilitator.command("card.add", "{\"kind\":\"note\",\"text\":\"" + text + "\"}"));
            }
            for (Future<String> reply : replies) {
                String frame = reply.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
                if (FrameScan.type(frame) != FrameScan.Type.ACK) {
                    refused++;
                }
            }
        }
        return refused;
    }
}
