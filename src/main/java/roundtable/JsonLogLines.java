package roundtable;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.List;
import org.slf4j.event.KeyValuePair;

/**
 * The log as one JSON object per line ({@code LOG_FORMAT=json}): logback's own JSON encoder, with the
 * node's name and each key-value pair a log call adds ({@code sessionId}, {@code seq}) as top-level
 * fields, so a log pipeline can filter on them without unpacking lists. The message is the formatted
 * one only; arguments are not repeated.
 */
public final class JsonLogLines extends JsonEncoder {

    /** The logger context property Main sets to the node's name. */
    public static final String NODE = "node";

    public JsonLogLines() {
        setWithSequenceNumber(false);
        setWithNanoseconds(false);
        setWithContext(false);
        setWithMarkers(false);
        setWithMDC(false);
        setWithKVPList(false);
        setWithMessage(false);
        setWithArguments(false);
        setWithFormattedMessage(true);
    }

    @Override
    protected void appendCustomFields(StringBuilder line, ILoggingEvent event) {
        String node = event.getLoggerContextVO() == null ? null : event.getLoggerContextVO().getPropertyMap().get(NODE);
        if (node != null) {
            field(line, NODE, node);
        }
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null) {
            for (KeyValuePair pair : pairs) {
                field(line, pair.key, pair.value);
            }
        }
    }

    /** Numbers stay numbers (a seq), everything else is a string. */
    private static void field(StringBuilder line, String key, Object value) {
        line.append(",\"").append(escape(key)).append("\":");
        if (value instanceof Long || value instanceof Integer) {
            line.append(value);
        } else {
            line.append('"').append(escape(String.valueOf(value))).append('"');
        }
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
