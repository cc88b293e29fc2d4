package roundtable.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The name a domain constant goes by in the product, on the wire and in storage: its Java name in
 * lower case with hyphens, "anonymous-board" for {@code ANONYMOUS_BOARD}. One rule, so a name
 * read back always finds the constant that wrote it.
 */
public final class ProductName {

    private ProductName() {
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant among {@code values} that goes by {@code name}; empty for any other text. */
    public static <E extends Enum<E>> Optional<E> find(E[] values, String name) {
        return Arrays.stream(values).filter(value -> of(value).equals(name)).findFirst();
    }
}
