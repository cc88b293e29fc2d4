package roundtable.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DurabilitySettingsTest {

    @Test
    void safe_settings_give_no_warning() {
        assertEquals(List.of(), DurabilitySettings.judge("on", "on", "on"));
        assertEquals(List.of(), DurabilitySettings.judge("on", "local", "on"), "local still flushes locally");
        assertEquals(List.of(), DurabilitySettings.judge("on", "remote_apply", "on"));
    }

    @Test
    void each_setting_that_can_lose_committed_rows_gets_its_own_warning() {
        List<String> warnings = DurabilitySettings.judge("off", "off", "off");
        assertEquals(3, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("fsync is off"));
        assertTrue(warnings.get(1).startsWith("synchronous_commit is off"));
        assertTrue(warnings.get(2).startsWith("full_page_writes is off"));
        assertEquals(1, DurabilitySettings.judge("on", "off", "on").size());
    }
}
