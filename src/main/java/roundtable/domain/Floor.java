package roundtable.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who has the floor in the current phase, who waits for it, and how long everyone has held it.
 *
 * @param order        the speaking order of a round-robin phase, fixed when the phase starts
 * @param spoken       who has had (or passed) their turn in this round
 * @param queue        raised hands, first raised first
 * @param speakerSince epoch ms the current speaker took the floor
 * @param turnEndsAt   epoch ms the current turn's timebox ends, or null
 * @param airtimeMs    milliseconds each participant held the floor in the session, turns already ended
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
        Map<String, Long> airtimeMs) {

    public Floor {
        order = List.copyOf(order);
        spoken = List.copyOf(spoken);
        queue = List.copyOf(queue);
        airtimeMs = Map.copyOf(airtimeMs);
    }

    static Floor open() {
        return new Floor(TurnMode.OPEN, List.of(), List.of(), List.of(), null, 0, null, false, Map.of());
    }

    /** Milliseconds {@code participantId} has held the floor up to {@code now}, the running turn included. */
    public long airtime(String participantId, long now) {
        long ended = airtimeMs.getOrDefault(participantId, 0L);
        return participantId.equals(speakerId) ? ended + Math.max(0, now - speakerSince) : ended;
    }

    /** The floor for a new phase: the same airtime, a fresh order and queue, nobody speaking. */
    Floor forPhase(TurnMode newMode, List<String> newOrder, long at) {
        return new Floor(newMode, newOrder, List.of(), List.of(), null, 0, null, false, closeTurn(at));
    }

    Floor withSpeaker(String newSpeaker, long at, int turnSeconds) {
        List<String> nowSpoken = new ArrayList<>(spoken);
        if (newSpeaker != null && !nowSpoken.contains(newSpeaker)) {
            nowSpoken.add(newSpeaker);
        }
        List<String> waiting = new ArrayList<>(queue);
        waiting.remove(newSpeaker);
        Long endsAt = newSpeaker != null && turnSeconds > 0 ? at + turnSeconds * 1000L : null;
        return new Floor(mode, order, nowSpoken, waiting, newSpeaker, at, endsAt, false, closeTurn(at));
    }

    Floor withPass(String participantId) {
        List<String> nowSpoken = new ArrayList<>(spoken);
        if (!nowSpoken.contains(participantId)) {
            nowSpoken.add(participantId);
        }
        return new Floor(mode, order, nowSpoken, queue, speakerId, speakerSince, turnEndsAt, turnExpired, airtimeMs);
    }

    Floor withLateSpeaker(String participantId) {
        List<String> longer = new ArrayList<>(order);
        longer.add(participantId);
        return new Floor(mode, longer, spoken, queue, speakerId, speakerSince, turnEndsAt, turnExpired, airtimeMs);
    }

    Floor withQueue(List<String> newQueue) {
        return new Floor(mode, order, spoken, newQueue, speakerId, speakerSince, turnEndsAt, turnExpired, airtimeMs);
    }

    Floor withTurnExpired() {
        return new Floor(mode, order, spoken, queue, speakerId, speakerSince, turnEndsAt, true, airtimeMs);
    }

    /** Ends the running turn at {@code at}: its time is added to the speaker's airtime. */
    Floor closed(long at) {
        return new Floor(mode, order, spoken, queue, null, 0, null, false, closeTurn(at));
    }

    private Map<String, Long> closeTurn(long at) {
        if (speakerId == null) {
            return airtimeMs;
        }
        Map<String, Long> updated = new HashMap<>(airtimeMs);
        updated.merge(speakerId, Math.max(0, at - speakerSince), Long::sum);
        return updated;
    }
}
