package roundtable.room;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import roundtable.domain.Event;
import roundtable.domain.Participant;
import roundtable.domain.Role;
import roundtable.domain.Visibility;
import roundtable.wire.EventCodec;
import roundtable.wire.Frame;
import roundtable.wire.ServerFrames;

/**
 * One event's frames: the frame most people get, encoded once, and the few that differ because
 * someone may see more (the author of a private draft sees its words).
 */
record Delivery(Frame common, Map<String, Frame> personal) {

    /** Anyone who wrote nothing and was there from the start: what most people are shown. */
    private static final Participant BYSTANDER = new Participant("", "", Role.PARTICIPANT, false, false, 0, null);

    static Delivery of(long seq, Event event, String json, List<Participant> participants) {
        Event commonView = Visibility.forViewer(event, BYSTANDER);
        Frame common = ServerFrames.event(seq, commonView == event ? json : EventCodec.encode(commonView));
        Map<String, Frame> personal = new HashMap<>();
        for (Participant participant : participants) {
            Event view = Visibility.forViewer(event, participant);
            if (!view.equals(commonView)) {
                personal.put(participant.id(), view == event ? ServerFrames.event(seq, json)
                        : ServerFrames.event(seq, EventCodec.encode(view)));
            }
        }
        return new Delivery(common, Map.copyOf(personal));
    }

    Frame frameFor(String participantId) {
        return personal.getOrDefault(participantId, common);
    }
}
