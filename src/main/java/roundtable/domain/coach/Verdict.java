package roundtable.domain.coach;

import java.util.Optional;
import roundtable.domain.Coaching;

/** What the coach thinks a text is, within the phase's kind of coaching. */
public enum Verdict {
    /** A probing question that leaves the answer to the presenter. */
    OPEN_QUESTION("open-question", Coaching.QUESTIONS),
    /** A question answered with a yes, a no or a single fact. */
    CLOSED_QUESTION("closed-question", Coaching.QUESTIONS),
    /** A suggestion phrased as a question. */
    ADVICE_IN_DISGUISE("advice-in-disguise", Coaching.QUESTIONS),
    /** Something the writer lived through, told in the first person. */
    EXPERIENCE("experience", Coaching.EXPERIENCE),
    /** An instruction or recommendation to the presenter. */
    ADVICE("advice", Coaching.EXPERIENCE);

    private final String id;
    private final Coaching coaching;

    Verdict(String id, Coaching coaching) {
        this.id = id;
        this.coaching = coaching;
    }

    /** The kind of coaching (phase setting) that can give this verdict. */
    public Coaching coaching() {
        return coaching;
    }

    /**
     * Whether the facilitator should see this verdict as a flag. Only the two kinds of advice are:
     * they are what the protocol asks people not to do, and a facilitator may want to step in.
     * A closed question is not a flag on purpose: clarifying facts ("Is the budget fixed?") is a
     * legitimate part of the questions round, the writer already gets a gentle hint to open it up,
     * and flagging every yes/no question would bury the advice flags the facilitator does need.
     */
    public boolean isFlag() {
        return this == ADVICE_IN_DISGUISE || this == ADVICE;
    }

    /** Whether the writer is nudged towards a rewrite (as opposed to encouraged). */
    public boolean suggestsRewrite() {
        return this != OPEN_QUESTION && this != EXPERIENCE;
    }

    /** The verdict with this id, e.g. {@code "advice-in-disguise"}. */
    public static Optional<Verdict> ofId(String id) {
        for (Verdict verdict : values()) {
            if (verdict.id.equals(id)) {
                return Optional.of(verdict);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
