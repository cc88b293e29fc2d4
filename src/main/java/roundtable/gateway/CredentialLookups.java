package roundtable.gateway;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import roundtable.store.SessionRecords;

/**
 * Looks up whom a hello's token belongs to, for the sockets of one gateway loop, a batch at a time:
 * one query in flight, and every hello that arrives meanwhile waits for the next one, which asks for
 * all of them at once. A quiet node answers each hello with its own query at once; a reconnect storm
 * (a restart: every client of every session at the same second) becomes a few dozen queries instead
 * of thousands competing for the pool and being refused. Runs on its loop only.
 */
final class CredentialLookups {

    /** Tokens asked for in one query at most. */
    static final int MAX_BATCH = 500;

    private record Pending(byte[] tokenHash, Promise<Optional<SessionRecords.Credential>> answer) {
    }

    private final SessionRecords records;
    private List<Pending> waiting = new ArrayList<>();
    private boolean asking;

    CredentialLookups(SessionRecords records) {
        this.records = records;
    }

    Future<Optional<SessionRecords.Credential>> of(byte[] tokenHash) {
        Promise<Optional<SessionRecords.Credential>> answer = Promise.promise();
        waiting.add(new Pending(tokenHash, answer));
        if (!asking) {
            ask();
        }
        return answer.future();
    }

    private void ask() {
        List<Pending> batch = waiting.size() <= MAX_BATCH ? waiting : new ArrayList<>(waiting.subList(0, MAX_BATCH));
        waiting = waiting.size() <= MAX_BATCH ? new ArrayList<>() : new ArrayList<>(waiting.subList(MAX_BATCH, waiting.size()));
        asking = true;
        records.credentials(batch.stream().map(Pending::tokenHash).toList()).onComplete(found -> {
            for (Pending pending : batch) {
                if (found.succeeded()) {
                    pending.answer().complete(Optional.ofNullable(found.result().get(HexFormat.of().formatHex(pending.tokenHash()))));
                } else {
                    pending.answer().fail(found.cause());
                }
            }
            asking = false;
            if (!waiting.isEmpty()) {
                ask();
            }
        });
    }
}
