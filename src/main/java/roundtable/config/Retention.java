package roundtable.config;

import java.util.Map;
import java.util.OptionalInt;

/**
 * How long ended sessions are kept: {@code RETENTION_DAYS}, or forever when unset. Read apart from
 * {@link Config} so that the retention job is an opt-in of its own.
 *
 * @param days           sessions that ended more than this many days ago are deleted; empty keeps them
 * @param intervalMillis how often the job looks for them (daily; once at start as well)
 */
public record Retention(OptionalInt days, long intervalMillis) {

    public static final long DAILY = 24L * 60 * 60 * 1000;
    public static final Retention FOREVER = new Retention(OptionalInt.empty(), DAILY);
    /** Ten years: more would overflow nothing, but is surely a typo. */
    static final int MAX_DAYS = 3650;

    public Retention {
        if (days.isPresent() && (days.getAsInt() < 1 || days.getAsInt() > MAX_DAYS)) {
            throw new IllegalArgumentException("the retention period is 1 to " + MAX_DAYS + " days");
        }
        if (intervalMillis < 1) {
            throw new IllegalArgumentException("the retention job's interval must be positive");
        }
    }

    public static Retention days(int days) {
        return new Retention(OptionalInt.of(days), DAILY);
    }

    public static Retention fromEnvironment(Map<String, String> env) {
        String value = env.get("RETENTION_DAYS");
        if (value == null || value.isBlank()) {
            return FOREVER;
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days < 1 || days > MAX_DAYS) {
                throw new NumberFormatException();
            }
            return days(days);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("RETENTION_DAYS must be a whole number of days from 1 to " + MAX_DAYS
                    + ", or unset to keep sessions forever, not '" + value + "'");
        }
    }
}
