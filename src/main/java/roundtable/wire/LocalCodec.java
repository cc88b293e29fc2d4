package roundtable.wire;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageCodec;

/**
 * Passes immutable records between verticles of one node without copying or serialising them. Such
 * messages never leave the node: {@link #DELIVERY} and {@link #HERE} say so, so a clustered event bus
 * does not look for handlers on other nodes (and encoding one for the wire fails loudly).
 */
public final class LocalCodec implements MessageCodec<Object, Object> {

    public static final String NAME = "local";
    public static final DeliveryOptions DELIVERY = new DeliveryOptions().setCodecName(NAME).setLocalOnly(true);
    /** For plain values (a session id, a seq) sent between verticles of this node. */
    public static final DeliveryOptions HERE = new DeliveryOptions().setLocalOnly(true);

    @Override
    public void encodeToWire(Buffer buffer, Object o) {
        throw new UnsupportedOperationException("local messages do not leave this node: " + o.getClass().getSimpleName());
    }

    @Override
    public Object decodeFromWire(int pos, Buffer buffer) {
        throw new UnsupportedOperationException("local messages do not leave this node");
    }

    @Override
    public Object transform(Object o) {
        return o;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte systemCodecID() {
        return -1;
    }
}
