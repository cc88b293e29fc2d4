package roundtable.domain;

/** What a phase is for, independent of what a protocol calls it. Recaps and the coach group by it. */
public enum PhaseKind {
    CHECK_IN("check-in"),
    ACCOUNTABILITY("accountability"),
    REPORT_BACK("report-back"),
    PRESENTATION("presentation"),
    FRAMING("framing"),
    CONTEXT("context"),
    QUESTIONS("questions"),
    EXPERIENCE("experience"),
    CONTRAST("contrast"),
    STORIES("stories"),
    MOVES("moves"),
    EXPLORATION("exploration"),
    TALK("talk"),
    WALKTHROUGH("walkthrough"),
    ALTERNATIVES("alternatives"),
    GATHERING("gathering"),
    GROUPING("grouping"),
    SELECTION("selection"),
    TAKEAWAYS("takeaways"),
    ACTIONS("actions"),
    COMMITMENT("commitment"),
    ORIENTATION("orientation"),
    DOCUMENTATION("documentation"),
    CURATION("curation"),
    CHECK_OUT("check-out");

    private final String id;

    PhaseKind(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return id;
    }
}
