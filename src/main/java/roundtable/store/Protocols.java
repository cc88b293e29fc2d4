package roundtable.store;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import roundtable.domain.Protocol;

/** Every protocol a session can follow: the built-in ones first, then those users posted. */
public final class Protocols {

    private final ProtocolCatalog builtIn;
    private final CustomProtocols custom;

    public Protocols(ProtocolCatalog builtIn, CustomProtocols custom) {
        this.builtIn = builtIn;
        this.custom = custom;
    }

    public Future<Optional<Protocol>> find(String id) {
        Optional<Protocol> shipped = builtIn.find(id);
        return shipped.isPresent() ? Future.succeededFuture(shipped) : custom.find(id);
    }

    public Future<List<Protocol>> all() {
        return custom.all().map(posted -> {
            List<Protocol> all = new ArrayList<>(builtIn.all());
            all.addAll(posted);
            return all;
        });
    }

    public List<String> builtInIds() {
        return builtIn.all().stream().map(Protocol::id).toList();
    }

    public boolean isBuiltIn(String id) {
        return builtIn.find(id).isPresent();
    }

    public Future<Void> add(Protocol protocol) {
        return custom.add(protocol);
    }
}
