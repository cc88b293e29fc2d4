package roundtable.bench;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Puts Roundtable sessions where every participant may post: the forum protocol's first phase,
 * check-in, takes {@code note} cards from all. A session starts there; a facilitator whose welcome
 * shows another phase moves it back.
 */
final class Boards {

    private Boards() {
    }

    static void openForNotes(List<Participant> facilitators) throws Exception {
        List<Future<String>> moves = new ArrayList<>();
        for (Participant facilitator : facilitators) {
            if (Sessions.phaseIndex(facilitator.welcomeFrame()) != 0) {
                moves.add(facilitator.command("phase.goto", "{\"phaseId\":\"check-in\"}"));
            }
        }
        for (Future<String> move : moves) {
            String reply = move.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            if (FrameScan.type(reply) != FrameScan.Type.ACK) {
                throw new IllegalStateException("could not move a session to check-in: " + reply);
            }
        }
    }
}
