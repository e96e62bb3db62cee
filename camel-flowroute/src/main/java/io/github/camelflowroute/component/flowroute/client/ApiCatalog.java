package io.github.camelflowroute.component.flowroute.client;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Every declared operation: the public {@link ApiOperation} constants of the {@code *Api} classes. A new operation
 * is found here by being declared; only a new family (a new {@code *Api} class) is added to {@link #FAMILIES}.
 */
public final class ApiCatalog {

    private static final List<Class<?>> FAMILIES = List.of(
            MessagesApi.class, NumbersApi.class, RoutesApi.class, CallbacksApi.class, E911Api.class, CnamApi.class,
            CdrApi.class, PortingApi.class);

    private static final List<ApiOperation<?>> ALL = collect();

    private ApiCatalog() {
    }

    /** The declarations, family by family in declaration order. */
    public static List<ApiOperation<?>> all() {
        return ALL;
    }

    /** The declaration of that name, or {@code null}. */
    public static ApiOperation<?> named(String name) {
        for (ApiOperation<?> op : ALL) {
            if (op.name().equals(name)) {
                return op;
            }
        }
        return null;
    }

    private static List<ApiOperation<?>> collect() {
        List<ApiOperation<?>> found = new ArrayList<>();
        for (Class<?> family : FAMILIES) {
            for (Field field : family.getDeclaredFields()) {
                int m = field.getModifiers();
                if (Modifier.isPublic(m) && Modifier.isStatic(m) && field.getType() == ApiOperation.class) {
                    try {
                        found.add((ApiOperation<?>) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return List.copyOf(found);
    }
}
