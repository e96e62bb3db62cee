package io.github.camelflowroute.component.flowroute.internal.binding;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.github.camelflowroute.component.flowroute.client.ApiArguments;
import io.github.camelflowroute.component.flowroute.client.ApiInput;
import io.github.camelflowroute.component.flowroute.client.ApiOperation;
import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import io.github.camelflowroute.component.flowroute.model.Page;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The Camel side of every declared operation, read from its declaration: each input comes from the header
 * {@code CamelFlowrouteName}, else the endpoint option {@code name}, and the body gives a model (or text) when the
 * declaration takes one; the result goes to the body (a {@code List} with paging headers for a list) and the
 * declared result headers. Checking the values is the client's job, before it sends anything.
 */
public final class OperationBinding {

    private static final String HEADER_PREFIX = "CamelFlowroute";
    // the header names of the declared inputs, made once: a send looks up every input's header
    private static final Map<String, String> HEADERS = new ConcurrentHashMap<>();

    private OperationBinding() {
    }

    /** The header of an input: {@code number} → {@code CamelFlowrouteNumber}. */
    public static String headerOf(String input) {
        String header = HEADERS.get(input);
        if (header == null) {
            header = HEADER_PREFIX + Character.toUpperCase(input.charAt(0)) + input.substring(1);
            HEADERS.putIfAbsent(input, header);
        }
        return header;
    }

    /**
     * The inputs of {@code operation} from the exchange.
     *
     * @param options the endpoint option of a name ({@code null} when unset)
     */
    public static ApiArguments read(Exchange exchange, ApiOperation<?> operation, Function<String, Object> options) {
        ApiArguments args = ApiArguments.none();
        Message message = exchange.getMessage();
        for (ApiInput input : operation.inputs()) {
            if (input.isBound()) {
                Object header = message.getHeader(headerOf(input.name()));
                args.with(input.name(), header != null ? header : options.apply(input.name()));
            }
        }
        Object model = operation.bodyModel() == null ? null : BodyReader.model(exchange, operation.bodyModel());
        if (model != null) {
            args.withBody(model);
        } else if (operation.bodyText() != null && args.get(operation.bodyText()) == null) {
            args.with(operation.bodyText(), message.getBody(String.class));
        }
        return args;
    }

    /** The inputs of a list for a polling consumer: its filters from the endpoint options, the first page. */
    public static ApiArguments filters(ApiOperation<?> operation, Function<String, Object> options, int pageSize) {
        ApiArguments args = ApiArguments.none();
        for (ApiInput input : operation.inputs()) {
            if (input.isFilter()) {
                args.with(input.name(), options.apply(input.name()));
            }
        }
        return args.with("limit", pageSize).with("offset", 0);
    }

    /** Calls the operation with the exchange's inputs; the future completes once the result is on the exchange. */
    public static <R> CompletableFuture<Void> invoke(
            Exchange exchange, ApiOperation<R> operation, ApiArguments args, FlowrouteClient client,
            ListPaging paging) {
        return apply(exchange, operation, args, client, paging, client.call(operation, args));
    }

    /** Puts the result of a started call on the exchange. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static <R> CompletableFuture<Void> apply(
            Exchange exchange, ApiOperation<R> operation, ApiArguments args, FlowrouteClient client, ListPaging paging,
            CompletableFuture<R> call) {
        if (operation.isPaged()) {
            return ListResults.apply(exchange, client, paging, offsetOf(args.get("offset")),
                    (CompletableFuture<Page<Object>>) (CompletableFuture) call);
        }
        return call.thenAccept(result -> {
            Message message = exchange.getMessage();
            message.setBody(result);
            for (Map.Entry<String, Function<R, Object>> header : operation.resultHeaders().entrySet()) {
                message.setHeader(headerOf(header.getKey()), result == null ? null : header.getValue().apply(result));
            }
        });
    }

    /** The offset given (the client has refused a malformed one before the answer this is used for). */
    private static Integer offsetOf(Object raw) {
        if (raw == null || raw instanceof Integer) {
            return (Integer) raw;
        }
        if (raw instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.valueOf(raw.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
