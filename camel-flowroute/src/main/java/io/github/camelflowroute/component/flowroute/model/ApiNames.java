package io.github.camelflowroute.component.flowroute.model;

import java.util.Locale;
import java.util.function.Function;

/** How the model's enums map to the API's names, and back from what users write. */
final class ApiNames {

    private ApiNames() {
    }

    static String lowerCase(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant whose API name or enum name is {@code text}, ignoring case, {@code -} and {@code _}.
     *
     * @throws IllegalArgumentException naming {@code what} when there is none
     */
    static <E extends Enum<E>> E find(E[] constants, Function<E, String> wireName, String text, String what) {
        String key = comparable(text);
        for (E constant : constants) {
            if (comparable(wireName.apply(constant)).equals(key) || comparable(constant.name()).equals(key)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + what + ": " + text);
    }

    private static String comparable(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }
}
