package roundtable.cluster;

import io.vertx.core.eventbus.EventBus;
import roundtable.room.Subscriber;
import roundtable.wire.Frame;

/**
 * A socket connected to another node, as the room that owns its session sees it: frames and the close
 * go to that node's relay address, numbered. Called from the room's thread only, so the numbering
 * needs no lock.
 */
final class RemoteSubscriber implements Subscriber {

    private final EventBus bus;
    private final String gatewayNode;
    private final String connectionId;
    private long sent;

    RemoteSubscriber(EventBus bus, String gatewayNode, String connectionId) {
        this.bus = bus;
        this.gatewayNode = gatewayNode;
        this.connectionId = connectionId;
    }

    @Override
    public void send(Frame frame) {
        bus.send(ClusterLinks.relayAddress(gatewayNode), RelayFrames.frame(connectionId, ++sent, frame));
    }

    @Override
    public void close(short code, String reason) {
        bus.send(ClusterLinks.relayAddress(gatewayNode), RelayFrames.close(connectionId, ++sent, code, reason));
    }
}
