package roundtable.domain;

/** What a phase is for, independent of what a protocol calls it. Recaps and the coach group by it. */
public enum PhaseKind {
    CHECK_IN,
    ACCOUNTABILITY,
    REPORT_BACK,
    PRESENTATION,
    FRAMING,
    CONTEXT,
    QUESTIONS,
    EXPERIENCE,
    CONTRAST,
    STORIES,
    MOVES,
    EXPLORATION,
    TALK,
    WALKTHROUGH,
    ALTERNATIVES,
    GATHERING,
    GROUPING,
    SELECTION,
    TAKEAWAYS,
    ACTIONS,
    COMMITMENT,
    ORIENTATION,
    DOCUMENTATION,
    CURATION,
    CHECK_OUT;

    @Override
    public String toString() {
        return ProductName.of(this);
    }
}
