package io.github.camelflowroute.component.flowroute.client;

import java.util.concurrent.CompletableFuture;

import io.github.camelflowroute.component.flowroute.model.AreaCodeQuery;
import io.github.camelflowroute.component.flowroute.model.AvailableCode;
import io.github.camelflowroute.component.flowroute.model.AvailableNumber;
import io.github.camelflowroute.component.flowroute.model.AvailableNumberQuery;
import io.github.camelflowroute.component.flowroute.model.Callback;
import io.github.camelflowroute.component.flowroute.model.CallbackType;
import io.github.camelflowroute.component.flowroute.model.ExchangeQuery;
import io.github.camelflowroute.component.flowroute.model.MediaContent;
import io.github.camelflowroute.component.flowroute.model.Message;
import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.component.flowroute.model.MessageQuery;
import io.github.camelflowroute.component.flowroute.model.NumberQuery;
import io.github.camelflowroute.component.flowroute.model.Page;
import io.github.camelflowroute.component.flowroute.model.PhoneNumber;
import io.github.camelflowroute.component.flowroute.model.Route;
import io.github.camelflowroute.component.flowroute.model.RouteQuery;
import io.github.camelflowroute.component.flowroute.model.SendMessageResult;

/**
 * The Flowroute API, one method per call. Every method is non-blocking: it returns a future that completes on the
 * client's I/O threads. Bad input fails the future with a {@link FlowrouteValidationException} before any request
 * is sent; a non-2xx answer with a {@link FlowrouteApiException}; a missing answer with a
 * {@link FlowrouteTransportException}.
 * <p>
 * Phone numbers may be given in any common form ({@code +1 (206) 555-0100}); they are sent as 11 digits.
 */
public interface FlowrouteClient extends AutoCloseable {

    /** Sends an SMS or MMS ({@code POST /v2.1/messages}). */
    CompletableFuture<SendMessageResult> sendMessage(Message message);

    /** Looks up one message detail record ({@code GET /v2.1/messages/{id}}). */
    CompletableFuture<MessageDetailRecord> getMessage(String messageId);

    /** Searches message detail records ({@code GET /v2.1/messages}). */
    CompletableFuture<Page<MessageDetailRecord>> listMessages(MessageQuery query);

    /** Lists the account's numbers ({@code GET /v2/numbers}). */
    CompletableFuture<Page<PhoneNumber>> listNumbers(NumberQuery query);

    /** One number of the account with its routes ({@code GET /v2/numbers/{id}}). */
    CompletableFuture<PhoneNumber> getNumber(String number);

    /** Buys a number from the inventory ({@code POST /v2/numbers/{id}}). */
    CompletableFuture<PhoneNumber> purchaseNumber(String number);

    /** Searches purchasable numbers ({@code GET /v2/numbers/available}). */
    CompletableFuture<Page<AvailableNumber>> searchAvailableNumbers(AvailableNumberQuery query);

    /** Lists area codes with numbers for sale ({@code GET /v2/numbers/available/areacodes}). */
    CompletableFuture<Page<AvailableCode>> listAvailableAreaCodes(AreaCodeQuery query);

    /** Lists exchanges with numbers for sale ({@code GET /v2/numbers/available/exchanges}). */
    CompletableFuture<Page<AvailableCode>> listAvailableExchanges(ExchangeQuery query);

    /** Creates an inbound route ({@code POST /v2/routes}); the id of the given route is ignored. */
    CompletableFuture<Route> createRoute(Route route);

    /** Lists the account's inbound routes ({@code GET /v2/routes}). */
    CompletableFuture<Page<Route>> listRoutes(RouteQuery query);

    /** Sets a number's primary voice route ({@code PATCH /v2/numbers/{id}/relationships/primary_route}). */
    CompletableFuture<Void> updatePrimaryRoute(String number, String routeId);

    /** Sets a number's failover voice route ({@code PATCH /v2/numbers/{id}/relationships/failover_route}). */
    CompletableFuture<Void> updateFailoverRoute(String number, String routeId);

    /** Registers the account's callback URL of a type ({@code PUT /v2.1/messages/{type}_callback}). */
    CompletableFuture<Void> setCallback(CallbackType type, String url);

    /** The account's callback of a type, or a failed future with a 404 when none is set. */
    CompletableFuture<Callback> getCallback(CallbackType type);

    /** Removes the account's callback of a type. */
    CompletableFuture<Void> removeCallback(CallbackType type);

    /** Registers a callback URL on one number ({@code POST /v2/numbers/{id}/relationships/{type}_callback}). */
    CompletableFuture<Void> setNumberCallback(String number, CallbackType type, String url);

    /** A number's callback of a type. */
    CompletableFuture<Callback> getNumberCallback(String number, CallbackType type);

    /** Removes a number's callback of a type. */
    CompletableFuture<Void> removeNumberCallback(String number, CallbackType type);

    /**
     * Downloads an MMS media file from the URL a callback gave (these expire after about a week). Sends no
     * credentials; fails when the file is larger than {@code maxBytes}.
     */
    CompletableFuture<MediaContent> downloadMedia(String url, long maxBytes);

    /**
     * Fetches the page after the given one, from the client's own base URL (the API's {@code links.next} always
     * names api.flowroute.com). Fails with a validation error when the page is the last.
     */
    <T> CompletableFuture<Page<T>> nextPage(Page<T> page);

    /** Releases connections and threads. */
    @Override
    void close();
}
