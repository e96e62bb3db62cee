package io.github.camelflowroute.component.flowroute.internal.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelflowroute.component.flowroute.client.FlowrouteApiException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import io.github.camelflowroute.component.flowroute.model.CallbackType;

/**
 * Registers a webhook's URL with Flowroute, for the account or for the numbers of {@code callbackNumbers}, and
 * removes what it registered. Runs while the route starts or stops, so it waits for the answers.
 */
public final class CallbackRegistration {

    private final FlowrouteClient client;
    private final List<CallbackType> types;
    private final List<String> numbers = new ArrayList<>();

    /**
     * @param callbackNumbers the numbers to register for, comma-separated; {@code null} for the account
     */
    public CallbackRegistration(FlowrouteClient client, String callbackNumbers, List<CallbackType> types) {
        this.client = client;
        this.types = List.copyOf(types);
        String listed = callbackNumbers;
        if (listed != null) {
            for (String n : listed.split(",")) {
                if (!n.isBlank()) {
                    numbers.add(n.trim());
                }
            }
        }
    }

    public void register(String url) {
        for (CallbackType type : types) {
            if (numbers.isEmpty()) {
                await(client.setCallback(type, url));
            } else {
                numbers.forEach(n -> await(client.setNumberCallback(n, type, url)));
            }
        }
    }

    /** Removes the registrations; one that is already gone (404) is no error. */
    public void unregister() {
        for (CallbackType type : types) {
            if (numbers.isEmpty()) {
                awaitIgnoringNotFound(client.removeCallback(type));
            } else {
                numbers.forEach(n -> awaitIgnoringNotFound(client.removeNumberCallback(n, type)));
            }
        }
    }

    private static void awaitIgnoringNotFound(CompletableFuture<Void> call) {
        try {
            await(call);
        } catch (FlowrouteApiException e) {
            if (!e.isNotFound()) {
                throw e;
            }
        }
    }

    private static void await(CompletableFuture<Void> call) {
        try {
            call.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
