package roundtable.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who has the floor in the current phase, who waits for it, and how long everyone has held it.
 *
 * <p>Time on the floor is counted in two kinds, because they mean different things: holding the
 * floor in a phase with turns (a round or a queue), where an even spread is what a healthy group
 * looks like, and presenting, where one person holding the floor is the point. The balance of the
 * group (and its health) reads the first kind only.
 *
 * @param order        the speaking order of a round-robin phase, fixed when the phase starts
 * @param spoken       who has had (or passed) their turn in this round
 * @param queue        raised hands, first raised first
 * @param speakerSince epoch ms the current speaker took the floor
 * @param turnEndsAt   epoch ms the current turn's timebox ends, or null
 * @param airtimeMs    milliseconds each participant held the floor in turns, turns already ended
 * @param presentingMs milliseconds each participant held the floor as presenter, turns already ended
 */
public record Floor(
        TurnMode mode,
        List<String> order,
        List<String> spoken,
        List<String> queue,
        String speakerId,
        long speakerSince,
        Long turnEndsAt,
        boolean turnExpired,
        Map<String, Long> airtimeMs,
        Map<String, Long> presentingMs) {

    public Floor {
        order = List.copyOf(order);
        spoken = List.copyOf(spoken);
        queue = List.copyOf(queue);
        airtimeMs = Map.copyOf(airtimeMs);
        presentingMs = Map.copyOf(presentingMs);
    }

    static Floor open() {
        return new Floor(TurnMode.OPEN, List.of(), List.of(), List.of(), null, 0, null, false, Map.of(), Map.of());
    }

    /** Milliseconds {@code participantId} has held the floor in turns up to {@code now}, the running turn included. */
    public long airtime(String participantId, long now) {
        long ended = airtimeMs.getOrDefault(participantId, 0L);
        return mode != TurnMode.PRESENTER && participantId.equals(speakerId) ? ended + Math.max(0, now - speakerSince) : ended;
    }

    /** Milliseconds {@code participantId} has presented up to {@code now}, the running turn included. */
    public long presenting(String participantId, long now) {
        long ended = presentingMs.getOrDefault(participantId, 0L);
        return mode == TurnMode.PRESENTER && participantId.equals(speakerId) ? ended + Math.max(0, now - speakerSince) : ended;
    }

    /** The floor for a new phase: the same airtime, a fresh order and queue, nobody speaking. */
    Floor forPhase(TurnMode newMode, List<String> newOrder, long at) {
        Floor closed = closed(at);
        return new Floor(newMode, newOrder, List.of(), List.of(), null, 0, null, false, closed.airtimeMs, closed.presentingMs);
    }

    Floor withSpeaker(String newSpeaker, long at, int turnSeconds) {
        List<String> nowSpoken = new ArrayList<>(spoken);
        if (newSpeaker != null && !nowSpoken.contains(newSpeaker)) {
            nowSpoken.add(newSpeaker);
        }
        List<String> waiting = new ArrayList<>(queue);
        waiting.remove(newSpeaker);
        Long endsAt = newSpeaker != null && turnSeconds > 0 ? at + turnSeconds * 1000L : null;
        Floor closed = closed(at);
        return new Floor(mode, order, nowSpoken, waiting, newSpeaker, at, endsAt, false, closed.airtimeMs, closed.presentingMs);
    }

    Floor withPass(String participantId) {
        List<String> nowSpoken = new ArrayList<>(spoken);
        if (!nowSpoken.contains(participantId)) {
            nowSpoken.add(participantId);
        }
        return new Floor(mode, order, nowSpoken, queue, speakerId, speakerSince, turnEndsAt, turnExpired, airtimeMs, presentingMs);
    }

    Floor withOrder(List<String> newOrder) {
        return new Floor(mode, newOrder, spoken, queue, speakerId, speakerSince, turnEndsAt, turnExpired, airtimeMs, presentingMs);
    }

    Floor withQueue(List<String> newQueue) {
        return new Floor(mode, order, spoken, newQueue, speakerId, speakerSince, turnEndsAt, turnExpired, airtimeMs, presentingMs);
    }

    Floor withTurnExpired() {
        return new Floor(mode, order, spoken, queue, speakerId, speakerSince, turnEndsAt, true, airtimeMs, presentingMs);
    }

    /** Ends the running turn at {@code at}: its time is added to the speaker's airtime or presenting time. */
    Floor closed(long at) {
        if (speakerId == null) {
            return new Floor(mode, order, spoken, queue, null, 0, null, false, airtimeMs, presentingMs);
        }
        boolean presenting = mode == TurnMode.PRESENTER;
        Map<String, Long> updated = new HashMap<>(presenting ? presentingMs : airtimeMs);
        updated.merge(speakerId, Math.max(0, at - speakerSince), Long::sum);
        return new Floor(mode, order, spoken, queue, null, 0, null, false,
                presenting ? airtimeMs : updated, presenting ? updated : presentingMs);
    }
}
