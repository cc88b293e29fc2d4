package roundtable.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import roundtable.domain.Protocol;
import roundtable.wire.Json;

/** The protocols that ship with Roundtable, read from {@code protocols/*.json} once at start. */
public final class ProtocolCatalog {

    static final List<String> BUILT_IN = List.of("forum", "decision", "practice-pod", "lunch-and-learn", "deep-dive", "code-review", "gap-intake");

    private final Map<String, Protocol> protocols;

    private ProtocolCatalog(Map<String, Protocol> protocols) {
        this.protocols = protocols;
    }

    public static ProtocolCatalog builtIn() {
        Map<String, Protocol> protocols = new LinkedHashMap<>();
        for (String id : BUILT_IN) {
            Protocol protocol = read("protocols/" + id + ".json");
            if (!protocol.id().equals(id)) {
                throw new IllegalStateException("protocols/" + id + ".json declares the id " + protocol.id());
            }
            protocols.put(id, protocol);
        }
        return new ProtocolCatalog(Map.copyOf(protocols));
    }

    public Optional<Protocol> find(String id) {
        return Optional.ofNullable(protocols.get(id));
    }

    public List<Protocol> all() {
        return BUILT_IN.stream().map(protocols::get).toList();
    }

    private static Protocol read(String resource) {
        try (InputStream in = ProtocolCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return Json.MAPPER.readValue(in, Protocol.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(resource + " is not a valid protocol: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
