package roundtable.bench;

/**
 * The text of a benchmark card: a marker with the load step and the sender JVM's
 * {@link System#nanoTime()} at send, padded with ordinary words to a card's size. Receivers in the
 * same JVM find the marker in whatever frame carries the text (Roundtable's {@code card.added}
 * event, the raw server's wrapped command) and know when it was sent without any lookup.
 */
final class CardText {

    private static final String MARKER = "rtb:";
    private static final String WORDS = " Checking in: the hiring plan and the roadmap take most of my attention this week;"
            + " I can be present at about seven out of ten today, and I am glad to be here with you all.";

    private CardText() {
    }

    /** {@code rtb:<step>:<nanos>:} then words up to {@code length} characters. */
    static String of(int step, long sentNanos, int length) {
        StringBuilder text = new StringBuilder(length).append(MARKER).append(step).append(':').append(sentNanos).append(':');
        while (text.length() < length) {
            text.append(WORDS, 0, Math.min(WORDS.length(), length - text.length()));
        }
        return text.toString();
    }

    /** Where the marker starts in a frame, or -1 when the frame carries no benchmark card. */
    static int find(String frame) {
        return frame.indexOf(MARKER);
    }

    static int step(String frame, int marker) {
        int from = marker + MARKER.length();
        return (int) FrameScan.parseLong(frame, from, frame.indexOf(':', from));
    }

    static long sentNanos(String frame, int marker) {
        int from = frame.indexOf(':', marker + MARKER.length()) + 1;
        return FrameScan.parseLong(frame, from, frame.indexOf(':', from));
    }
}
