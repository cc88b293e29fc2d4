package roundtable.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import roundtable.domain.coach.Languages;

/**
 * What makes a protocol usable. Each problem names the field it is about and says why, so the
 * author of a custom protocol can fix it without guessing.
 */
public final class ProtocolRules {

    public static final int MAX_PHASES = 20;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ProtocolRules() {
    }

    public static List<String> problems(Protocol protocol) {
        List<String> problems = new ArrayList<>();
        checkId(problems, "id", protocol.id());
        Limits.problem("name", protocol.name(), 80).ifPresent(problems::add);
        checkSummary(problems, "summary", protocol.summary());
        if (protocol.phases().size() > MAX_PHASES) {
            problems.add("phases: at most " + MAX_PHASES + " phases.");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < protocol.phases().size(); i++) {
            Phase phase = protocol.phases().get(i);
            String at = "phases[" + i + "].";
            checkId(problems, at + "id", phase.id());
            if (phase.id() != null && !ids.add(phase.id())) {
                problems.add(at + "id: '" + phase.id() + "' is used by an earlier phase; phase ids must be unique.");
            }
            checkPhase(problems, at, phase);
        }
        checkTranslations(problems, protocol, ids);
        return problems;
    }

    /** A translation is in a language Roundtable speaks, about phases the protocol has, within the same limits. */
    private static void checkTranslations(List<String> problems, Protocol protocol, Set<String> phaseIds) {
        protocol.translations().forEach((language, text) -> {
            String at = "translations." + language;
            if (!Languages.codes().contains(language)) {
                problems.add(at + ": Roundtable speaks " + String.join(", ", Languages.codes()) + "; translate into those.");
                return;
            }
            if (text == null) {
                problems.add(at + ": an object with name, summary and phases.");
                return;
            }
            if (text.name() != null) {
                Limits.problem(at + ".name", text.name(), 80).ifPresent(problems::add);
            }
            checkSummary(problems, at + ".summary", text.summary());
            text.phases().forEach((phaseId, phase) -> {
                String where = at + ".phases." + phaseId;
                if (!phaseIds.contains(phaseId)) {
                    problems.add(where + ": the protocol has no phase '" + phaseId + "'.");
                } else if (phase == null) {
                    problems.add(where + ": an object with name, purpose and prompts.");
                } else {
                    if (phase.name() != null) {
                        Limits.problem(where + ".name", phase.name(), 80).ifPresent(problems::add);
                    }
                    checkPurposeAndPrompts(problems, where + ".", phase.purpose(), phase.prompts() == null ? List.of() : phase.prompts());
                }
            });
        });
    }

    private static void checkSummary(List<String> problems, String field, String summary) {
        if (summary != null && summary.length() > 300) {
            problems.add(field + ": at most 300 characters.");
        }
    }

    private static void checkPurposeAndPrompts(List<String> problems, String at, String purpose, List<String> prompts) {
        if (purpose != null && purpose.length() > 500) {
            problems.add(at + "purpose: at most 500 characters.");
        }
        if (prompts.size() > 10 || prompts.stream().anyMatch(p -> p == null || p.isBlank() || p.length() > 300)) {
            problems.add(at + "prompts: at most 10, each 1 to 300 characters.");
        }
    }

    private static void checkPhase(List<String> problems, String at, Phase phase) {
        Limits.problem(at + "name", phase.name(), 80).ifPresent(problems::add);
        if (phase.kind() == null) {
            problems.add(at + "kind: required; it says what the phase is for.");
        }
        checkPurposeAndPrompts(problems, at, phase.purpose(), phase.prompts());
        if (phase.timeboxSeconds() < 0 || phase.timeboxSeconds() > 24 * 60 * 60) {
            problems.add(at + "timeboxSeconds: from 0 (no timebox) to 86400.");
        }
        if (phase.turnSeconds() < 0 || phase.turnSeconds() > 60 * 60) {
            problems.add(at + "turnSeconds: from 0 (no per-turn timebox) to 3600.");
        }
        if (phase.turnSeconds() > 0 && (phase.turns() == TurnMode.OPEN || phase.turns() == TurnMode.PRESENTER)) {
            problems.add(at + "turnSeconds: only round-robin and queue phases have turns to time.");
        }
        if (phase.autoAdvance() && phase.timeboxSeconds() == 0) {
            problems.add(at + "autoAdvance: needs a timeboxSeconds to run out.");
        }
        if (phase.cardKinds().contains(CardKind.COMMITMENT)) {
            problems.add(at + "cardKinds: commitment cards are not posted on the board; people make commitments with"
                    + " commitment.add, which the recap lists and the next meeting brings back. Leave 'commitment' out.");
        }
        if (phase.privateDrafts() && phase.cardKinds().isEmpty()) {
            problems.add(at + "private: a phase without card kinds has nothing to draft.");
        }
    }

    private static void checkId(List<String> problems, String field, String id) {
        if (id == null || id.isEmpty()) {
            problems.add(field + ": required.");
        } else if (id.length() > 40 || !ID.matcher(id).matches()) {
            problems.add(field + ": lower-case letters, digits and single hyphens, at most 40 characters (e.g. 'weekly-forum').");
        }
    }
}
