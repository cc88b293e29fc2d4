package roundtable.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Memory per idle WebSocket. RSS: the server's VmRSS before and after opening this many more
 * sockets, each hello'd into one of the load sessions (extra connections of the load
 * participants, as a second tab or device would be; nobody sends anything). It counts what the
 * operator pays, young garbage and heap growth included, so it is noisy. Live heap: the heap in
 * use after a full GC ({@link FullGc}) before and after, which is what the connections keep. The
 * first full GC also starts both servers from a compacted heap. Sockets are opened a few hundred
 * at a time; every one that gets no welcome is counted with its reason, not retried.
 */
record IdleConnections(int opened, Map<String, Integer> failures, long rssBeforeKib, long rssAfterKib,
                       long heapBeforeKib, long heapAfterKib) {

    /** Give the server a moment after the last welcome before reading its memory. */
    private static final long SETTLE_SECONDS = 3;

    static IdleConnections measure(BenchSettings settings, LoadClient client, BenchServer server, List<Seat> seats,
                                   Recorder recorder) throws Exception {
        List<Seat> extra = new ArrayList<>();
        for (int i = 0; i < settings.idleConnections(); i++) {
            extra.add(seats.get(i % seats.size()));
        }
        long heapBefore = FullGc.runAndReadHeapKib(server.pid());
        TimeUnit.SECONDS.sleep(SETTLE_SECONDS);
        long before = ProcStats.rssKib(server.pid());
        LoadClient.Connected connected = client.connect(extra, recorder, server.port, settings.cardTextLength());
        TimeUnit.SECONDS.sleep(SETTLE_SECONDS);
        long after = ProcStats.rssKib(server.pid());
        long heapAfter = FullGc.runAndReadHeapKib(server.pid());
        LoadClient.closeAll(connected.participants());
        TimeUnit.SECONDS.sleep(SETTLE_SECONDS);
        return new IdleConnections(connected.participants().size(), connected.failures(), before, after, heapBefore, heapAfter);
    }

    double bytesPerConnection() {
        return opened == 0 ? Double.NaN : (rssAfterKib - rssBeforeKib) * 1024.0 / opened;
    }

    double heapBytesPerConnection() {
        return opened == 0 || heapBeforeKib < 0 || heapAfterKib < 0 ? Double.NaN
                : (heapAfterKib - heapBeforeKib) * 1024.0 / opened;
    }

    int failed() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }
}
