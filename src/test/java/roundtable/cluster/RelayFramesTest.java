package roundtable.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import roundtable.wire.Frame;
import roundtable.wire.ServerFrames;
import roundtable.wire.WireError;

class RelayFramesTest {

    @Test
    void a_relayed_frame_or_close_reads_back_as_it_was_sent() {
        Frame ack = ServerFrames.ack("op-1", 7);
        RelayFrames.Relayed frame = RelayFrames.read(RelayFrames.frame("conn-é", 42, ack));
        assertEquals("conn-é", frame.connectionId());
        assertEquals(42, frame.number());
        assertEquals(ack.text(), frame.frame().text());
        RelayFrames.Relayed close = RelayFrames.read(RelayFrames.close("conn", 43, (short) 1012, "moved"));
        assertEquals(RelayFrames.CLOSE, close.kind());
        assertEquals(1012, close.closeCode());
        assertEquals("moved", close.closeReason());
    }

    @Test
    void the_answered_op_id_is_read_from_acks_and_errors_only_escapes_included() {
        assertEquals("op-1", RelayFrames.answeredOpId(ServerFrames.ack("op-1", 7)));
        assertEquals("op-2", RelayFrames.answeredOpId(ServerFrames.error(new WireError("op-2", "forbidden", "No."))));
        assertEquals("a\"b\\c", RelayFrames.answeredOpId(ServerFrames.ack("a\"b\\c", 7)));
        assertNull(RelayFrames.answeredOpId(ServerFrames.durable(7)));
        assertNull(RelayFrames.answeredOpId(ServerFrames.event(7, "{\"type\":\"x\"}")));
        assertNull(RelayFrames.answeredOpId(ServerFrames.error(new WireError(null, "bad-request", "No."))));
    }
}
