package roundtable.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import roundtable.domain.health.GroupHealth;
import roundtable.domain.health.HealthRules;
import roundtable.domain.health.SessionFacts;
import roundtable.domain.health.Signal;

/** A group's health as {@code GET /api/groups/{id}/health} answers it. */
public final class HealthView {

    private HealthView() {
    }

    public static ObjectNode of(GroupHealth health, HealthRules rules) {
        ObjectNode view = Json.MAPPER.createObjectNode();
        ArrayNode sessions = view.putArray("sessions");
        health.sessions().forEach(session -> sessions.add(session(session)));
        ArrayNode signals = view.putArray("signals");
        for (Signal signal : health.signals()) {
            signals.addObject().put("code", signal.code()).put("message", signal.message()).put("count", signal.count());
        }
        view.putObject("rules")
                .put("dominantShare", rules.dominantShare())
                .put("dominantRun", rules.dominantRun())
                .put("minVoices", rules.minVoices())
                .put("noInsightRun", rules.noInsightRun())
                .put("singleFacilitatorRun", rules.singleFacilitatorRun())
                .put("replantRun", rules.replantRun())
                .put("sessionsShown", rules.sessionsShown());
        return view;
    }

    private static ObjectNode session(SessionFacts facts) {
        ObjectNode view = Json.MAPPER.createObjectNode()
                .put("sessionId", facts.sessionId())
                .put("title", facts.title())
                .put("createdAt", facts.createdAt());
        if (facts.endedAt() == null) {
            view.putNull("endedAt");
        } else {
            view.put("endedAt", facts.endedAt());
        }
        ObjectNode attendance = view.putObject("attendance")
                .put("attended", facts.attendees().size())
                .put("members", facts.members());
        ArrayNode who = attendance.putArray("who");
        facts.attendees().forEach(person -> who.addObject().put("id", person.id()).put("name", person.name()));
        view.putObject("airtime")
                .put("topShare", rounded(facts.airtime().topShare()))
                .put("gini", rounded(facts.airtime().gini()))
                .put("totalMs", facts.airtime().totalMs());
        ObjectNode followUp = view.putObject("followUp")
                .put("broughtIn", facts.commitmentsBroughtIn())
                .put("reported", facts.commitmentsReported());
        if (facts.followUpRate() == null) {
            followUp.putNull("rate");
        } else {
            followUp.put("rate", rounded(facts.followUpRate()));
        }
        view.putObject("newInsights")
                .put("knowledge", facts.knowledgeEntries())
                .put("takeaways", facts.takeaways())
                .put("total", facts.newInsights());
        ArrayNode facilitators = view.putArray("facilitators");
        facts.facilitators().forEach(person -> facilitators.addObject().put("id", person.id()).put("name", person.name()));
        return view;
    }

    /** Three decimals: enough for a chart, and the same figure on every call. */
    private static double rounded(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
