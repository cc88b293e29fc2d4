package roundtable.wire;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.util.List;
import java.util.Map;
import roundtable.domain.Event;

/** The name each event travels and is stored under: its {@code "type"}. */
public final class EventTypes {

    static final Map<Class<? extends Event>, String> NAMES = Map.ofEntries(
            Map.entry(Event.SessionCreated.class, "session.created"),
            Map.entry(Event.ParticipantJoined.class, "participant.joined"),
            Map.entry(Event.PhaseChanged.class, "phase.changed"),
            Map.entry(Event.PresenterSet.class, "presenter.set"),
            Map.entry(Event.CardAdded.class, "card.added"),
            Map.entry(Event.CardEdited.class, "card.edited"),
            Map.entry(Event.CardRemoved.class, "card.removed"),
            Map.entry(Event.SessionEnded.class, "session.ended"),
            Map.entry(Event.PresenceChanged.class, "presence.changed"),
            Map.entry(Event.TurnChanged.class, "turn.changed"),
            Map.entry(Event.TurnPassed.class, "turn.passed"),
            Map.entry(Event.HandRaised.class, "hand.raised"),
            Map.entry(Event.HandLowered.class, "hand.lowered"),
            Map.entry(Event.QueueReordered.class, "queue.reordered"),
            Map.entry(Event.TimerStarted.class, "timer.started"),
            Map.entry(Event.TimerPaused.class, "timer.paused"),
            Map.entry(Event.TimerResumed.class, "timer.resumed"),
            Map.entry(Event.TimerExtended.class, "timer.extended"),
            Map.entry(Event.TimerExpired.class, "timer.expired"),
            Map.entry(Event.CardsRevealed.class, "cards.revealed"),
            Map.entry(Event.CardMoved.class, "card.moved"),
            Map.entry(Event.CardReacted.class, "card.reacted"),
            Map.entry(Event.CommitmentAdded.class, "commitment.added"),
            Map.entry(Event.CommitmentReported.class, "commitment.reported"),
            Map.entry(Event.CardSpotlighted.class, "card.spotlighted"),
            Map.entry(Event.FacilitatorHanded.class, "facilitator.handed"),
            Map.entry(Event.FacilitatorClaimed.class, "facilitator.claimed"),
            Map.entry(Event.CallLinkSet.class, "call-link.changed"),
            Map.entry(Event.OffRecord.class, "off-record"));

    private EventTypes() {
    }

    public static String nameOf(Event event) {
        return NAMES.get(event.getClass());
    }

    /** The names of the events that carry a card, sorted: what a query over stored cards reads. */
    public static List<String> cardEventNames() {
        return NAMES.entrySet().stream().filter(e -> Event.CardEvent.class.isAssignableFrom(e.getKey()))
                .map(Map.Entry::getValue).sorted().toList();
    }

    /** The domain stays free of Jackson; the type property is attached here, from outside. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    private interface Typed {
    }

    static void register(ObjectMapper mapper) {
        mapper.addMixIn(Event.class, Typed.class);
        NAMES.forEach((type, name) -> mapper.registerSubtypes(new NamedType(type, name)));
    }
}
