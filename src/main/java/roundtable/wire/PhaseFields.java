package roundtable.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.LinkedHashSet;
import java.util.Set;
import roundtable.domain.CardKind;

/**
 * How phase fields travel: names that are Java keywords, and card kinds read in the order the
 * protocol lists them (a plain set would lose it before the record sees it).
 */
abstract class PhaseFields {

    @JsonProperty("private")
    abstract Boolean privateDrafts();

    @JsonDeserialize(as = LinkedHashSet.class)
    abstract Set<CardKind> cardKinds();
}
