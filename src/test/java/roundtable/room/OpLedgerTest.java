package roundtable.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OpLedgerTest {

    private final OpLedger ledger = new OpLedger();

    @Test
    void an_operation_not_yet_durable_is_never_forgotten_however_many_follow() {
        for (int i = 1; i <= 3 * OpLedger.KEPT_DURABLE; i++) {
            ledger.remember("ada", "op-" + i, i, 0);
        }
        assertEquals(1L, ledger.seqOf("ada", "op-1"));
        assertEquals(3 * OpLedger.KEPT_DURABLE, ledger.size());
    }

    @Test
    void of_the_durable_ones_each_participant_keeps_the_last_few() {
        for (int i = 1; i <= 1_000; i++) {
            ledger.remember("ada", "op-" + i, i, i);
            ledger.remember("grace", "op-" + i, 10_000 + i, 10_000 + i);
        }
        assertNull(ledger.seqOf("ada", "op-1"), "long durable, long forgotten");
        assertEquals(1_000L, ledger.seqOf("ada", "op-1000"));
        assertEquals(1_000L - OpLedger.KEPT_DURABLE + 1, ledger.seqOf("ada", "op-" + (1_000 - OpLedger.KEPT_DURABLE + 1)));
        assertNull(ledger.seqOf("ada", "op-" + (1_000 - OpLedger.KEPT_DURABLE)));
        assertEquals(11_000L, ledger.seqOf("grace", "op-1000"), "opIds are per participant");
        assertEquals(2 * OpLedger.KEPT_DURABLE, ledger.size(), "bounded over a long session");
    }
}
