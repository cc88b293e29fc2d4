package roundtable.domain;

/** Why a command was refused; each reason is an error code clients can rely on. */
public enum Reason {
    BAD_REQUEST("bad-request"),
    FORBIDDEN("forbidden"),
    NOT_FOUND("not-found"),
    INVALID_STATE("invalid-state");

    private final String code;

    Reason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
