package roundtable.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import roundtable.domain.Balance;
import roundtable.domain.Floor;
import roundtable.domain.HouseRules;
import roundtable.domain.Participant;
import roundtable.domain.SessionState;
import roundtable.domain.Timer;
import roundtable.domain.Visibility;

/** The room state as one viewer sees it in {@code welcome}: private drafts of others carry no text. */
public final class StateView {

    private StateView() {
    }

    /** With every card as a JSON tree of its own, to be read as well as written (tests). */
    public static ObjectNode of(SessionState state, Participant viewer, long now, HouseRules rules) {
        return of(state, viewer, now, rules, null);
    }

    /**
     * For writing: the cards most people see are taken from the room's {@code cards}, each encoded
     * once; null encodes every card afresh as a tree.
     */
    public static ObjectNode of(SessionState state, Participant viewer, long now, HouseRules rules, CardViews cards) {
        ObjectNode view = Json.MAPPER.createObjectNode()
                .put("sessionId", state.sessionId())
                .put("title", state.title())
                .put("groupId", state.groupId())
                .put("language", state.terms().language());
        ObjectNode protocol = ProtocolView.of(state.protocol());
        view.set("protocol", protocol);
        ObjectNode phase = view.putObject("phase").put("index", state.phaseIndex());
        phase.setAll((ObjectNode) protocol.path("phases").get(state.phaseIndex()));
        view.put("presenterId", state.presenterId());
        ArrayNode participants = view.putArray("participants");
        for (Participant p : state.participants()) {
            participants.addObject()
                    .put("id", p.id())
                    .put("name", p.name())
                    .put("role", p.role().toString())
                    .put("online", p.online())
                    .put("attended", p.attended())
                    .put("airtimeMs", state.floor().airtime(p.id(), now))
                    .put("presentingMs", state.floor().presenting(p.id(), now))
                    .put("awaySince", p.awaySince());
        }
        view.set("cards", cards != null ? cards.of(state.cards(), viewer) : Json.MAPPER.valueToTree(state.cards().stream()
                .filter(card -> Visibility.sees(card, viewer))
                .map(card -> Visibility.forViewer(card, viewer)).toList()));
        view.put("spotlightCardId", state.spotlightCardId());
        view.set("turn", turn(state.floor()));
        view.set("timer", timer(state.timer(), now));
        view.set("balance", Json.MAPPER.valueToTree(Balance.of(state, now)));
        view.set("commitments", Json.MAPPER.valueToTree(state.commitments()));
        view.put("recordingPolicy", state.terms().recordingPolicy().toString());
        view.put("agreement", state.terms().agreement());
        view.put("callLink", state.callLink());
        view.put("takeoverAfterMs", rules.facilitatorTakeoverMs());
        view.put("ended", state.ended());
        view.put("endedAt", state.endedAt());
        return view;
    }

    private static ObjectNode turn(Floor floor) {
        ObjectNode turn = Json.MAPPER.createObjectNode()
                .put("mode", floor.mode().toString())
                .put("speakerId", floor.speakerId())
                .put("since", floor.speakerId() == null ? null : floor.speakerSince())
                .put("endsAt", floor.turnExpired() ? null : floor.turnEndsAt());
        turn.set("queue", Json.MAPPER.valueToTree(floor.queue()));
        turn.set("order", Json.MAPPER.valueToTree(floor.order()));
        turn.set("spoken", Json.MAPPER.valueToTree(floor.spoken()));
        return turn;
    }

    private static ObjectNode timer(Timer timer, long now) {
        return Json.MAPPER.createObjectNode()
                .put("running", timer.running())
                .put("endsAt", timer.endsAt())
                .put("remainingMs", timer.remaining(now))
                .put("expired", timer.expired())
                .put("expiredAt", timer.expiredAt());
    }

    /** For callers that look people up by id. */
    static Map<String, Participant> byId(SessionState state) {
        return state.participants().stream().collect(Collectors.toMap(Participant::id, Function.identity()));
    }
}
