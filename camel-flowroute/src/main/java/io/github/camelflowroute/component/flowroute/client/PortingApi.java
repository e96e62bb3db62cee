package io.github.camelflowroute.component.flowroute.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.camelflowroute.component.flowroute.model.Page;
import io.github.camelflowroute.component.flowroute.model.PortOrder;

import static io.github.camelflowroute.component.flowroute.client.Inputs.limit;
import static io.github.camelflowroute.component.flowroute.client.Inputs.offset;

/** Porting numbers in: portability checks and the account's port orders. */
public final class PortingApi {

    private static final int MAX_LIMIT = 200;

    public static final ApiOperation<Object> CHECK_PORTABILITY = ApiOperation
            .<Object>post("checkPortability", "/v2/portorders/portability")
            .describedAs("Check whether numbers can be ported to Flowroute; the answer is kept as the API gives it.")
            .bodyModel(Object.class)
            .check(args -> args.with("numbers", numbers(args.body())))
            .writes((args, codec) -> codec.json(Map.of("numbers", args.get("numbers"))))
            .reads("Object", (body, codec, args) -> codec.plain(body));

    public static final ApiOperation<Page<PortOrder>> LIST_PORT_ORDERS = ApiOperation
            .<Page<PortOrder>>get("listPortOrders", "/v2/portorders")
            .describedAs("List the account's port orders.")
            .inputs(limit(MAX_LIMIT), offset())
            .readsPage("PortOrder", (body, codec, args) -> codec.opaqueList(body, PortOrder::new));

    private PortingApi() {
    }

    /**
     * The numbers of the body: a collection or array of numbers, comma-separated text, or {@code {"numbers":[...]}}.
     */
    private static List<String> numbers(Object body) {
        Object source = body instanceof Map<?, ?> map ? map.get("numbers") : body;
        List<String> given = new ArrayList<>();
        if (source instanceof Collection<?> c) {
            c.forEach(n -> given.add(String.valueOf(n)));
        } else if (source instanceof Object[] a) {
            for (Object n : a) {
                given.add(String.valueOf(n));
            }
        } else if (source instanceof CharSequence text) {
            given.addAll(Inputs.listOf(text.toString()));
        }
        if (given.isEmpty()) {
            throw new FlowrouteValidationException("numbers", "the body must list the numbers to check");
        }
        List<String> numbers = new ArrayList<>(given.size());
        for (String n : given) {
            numbers.add(ApiInputs.phoneNumber("numbers", n));
        }
        return numbers;
    }
}
