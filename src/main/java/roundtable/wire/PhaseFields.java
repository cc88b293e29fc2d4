package roundtable.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** JSON names of phase fields that are Java keywords or would read oddly in Java. */
abstract class PhaseFields {

    @JsonProperty("private")
    abstract Boolean privateDrafts();
}
