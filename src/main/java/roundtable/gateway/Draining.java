package roundtable.gateway;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the node is on its way down (SIGTERM): from that moment {@code /ready} answers 503, so load
 * balancers stop sending new people here, while everything else keeps working until the node closes.
 * One flag per node, set once by the thread that stops it and read by every gateway.
 */
public final class Draining {

    private final AtomicBoolean on = new AtomicBoolean();

    public void begin() {
        on.set(true);
    }

    boolean isOn() {
        return on.get();
    }
}
