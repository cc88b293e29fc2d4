package roundtable.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import roundtable.domain.ProtocolText;

/**
 * How a protocol travels: its translations only when it has some, so a protocol as a session keeps
 * it (in one language, without them) is stored and shown exactly as before languages existed.
 */
abstract class ProtocolFields {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract Map<String, ProtocolText> translations();
}
