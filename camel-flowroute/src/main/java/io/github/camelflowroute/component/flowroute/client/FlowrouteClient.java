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
import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.component.flowroute.model.MessageQuery;
import io.github.camelflowroute.component.flowroute.model.NumberQuery;
import io.github.camelflowroute.component.flowroute.model.OutboundMessage;
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
 * <p>
 * Every call is one declared {@link ApiOperation} (the constants of the {@code *Api} classes), made with
 * {@link #call}; the typed methods here are shorthands for the calls the component's consumers and webhooks make.
 */
public interface FlowrouteClient extends AutoCloseable {
    /**
     * Makes one declared call. The inputs are checked first: a bad one fails the future with a
     * {@link FlowrouteValidationException} naming it, and nothing is sent.
     *
     * @param operation a declaration, such as {@link NumbersApi#GET_NUMBER}
     * @param arguments its inputs by name, and the body model when it takes one
     */
    <R> CompletableFuture<R> call(ApiOperation<R> operation, ApiArguments arguments);

    /** Sends an SMS or MMS ({@code POST /v2.1/messages}). */
    default CompletableFuture<SendMessageResult> sendMessage(OutboundMessage message) {
        return call(MessagesApi.SEND_MESSAGE, ApiArguments.none().withBody(message));
    }

    /** Looks up one message detail record ({@code GET /v2.1/messages/{id}}). */
    default CompletableFuture<MessageDetailRecord> getMessage(String messageId) {
        return call(MessagesApi.GET_MESSAGE, ApiArguments.of("messageId", messageId));
    }

    /** Searches message detail records ({@code GET /v2.1/messages}). */
    default CompletableFuture<Page<MessageDetailRecord>> listMessages(MessageQuery query) {
        return call(MessagesApi.LIST_MESSAGES,
                query == null ? ApiArguments.none() : ApiArguments.of("startDate", query.startDate())
                        .with("endDate", query.endDate()).with("limit", query.limit()).with("offset", query.offset()));
    }

    /** Lists the account's numbers ({@code GET /v2/numbers}). */
    default CompletableFuture<Page<PhoneNumber>> listNumbers(NumberQuery query) {
        return call(NumbersApi.LIST_NUMBERS,
                query == null ? ApiArguments.none() : ApiArguments.of("startsWith", query.startsWith())
                        .with("endsWith", query.endsWith()).with("contains", query.contains())
                        .with("limit", query.limit())
                        .with("offset", query.offset()));
    }

    /** One number of the account with its routes ({@code GET /v2/numbers/{id}}). */
    default CompletableFuture<PhoneNumber> getNumber(String number) {
        return call(NumbersApi.GET_NUMBER, ApiArguments.of("number", number));
    }

    /** Buys a number from the inventory ({@code POST /v2/numbers/{id}}). */
    default CompletableFuture<PhoneNumber> purchaseNumber(String number) {
        return call(NumbersApi.PURCHASE_NUMBER, ApiArguments.of("number", number));
    }

    /** Searches purchasable numbers ({@code GET /v2/numbers/available}). */
    default CompletableFuture<Page<AvailableNumber>> searchAvailableNumbers(AvailableNumberQuery query) {
        return call(NumbersApi.SEARCH_AVAILABLE_NUMBERS, query == null ? ApiArguments.none()
                : ApiArguments.of("startsWith", query.startsWith()).with("endsWith", query.endsWith())
                        .with("contains", query.contains()).with("rateCenter", query.rateCenter())
                        .with("state", query.state()).with("limit", query.limit()).with("offset", query.offset()));
    }

    /** Lists area codes with numbers for sale ({@code GET /v2/numbers/available/areacodes}). */
    default CompletableFuture<Page<AvailableCode>> listAvailableAreaCodes(AreaCodeQuery query) {
        return call(NumbersApi.LIST_AVAILABLE_AREA_CODES, query == null ? ApiArguments.none()
                : ApiArguments.of("maxSetupCost", query.maxSetupCost()).with("limit", query.limit())
                        .with("offset", query.offset()));
    }

    /** Lists exchanges with numbers for sale ({@code GET /v2/numbers/available/exchanges}). */
    default CompletableFuture<Page<AvailableCode>> listAvailableExchanges(ExchangeQuery query) {
        return call(NumbersApi.LIST_AVAILABLE_EXCHANGES, query == null ? ApiArguments.none()
                : ApiArguments.of("areaCode", query.areaCode()).with("maxSetupCost", query.maxSetupCost())
                        .with("limit", query.limit()).with("offset", query.offset()));
    }

    /** Creates an inbound route ({@code POST /v2/routes}); the id of the given route is ignored. */
    default CompletableFuture<Route> createRoute(Route route) {
        return call(RoutesApi.CREATE_ROUTE, ApiArguments.none().withBody(route));
    }

    /** Lists the account's inbound routes ({@code GET /v2/routes}). */
    default CompletableFuture<Page<Route>> listRoutes(RouteQuery query) {
        return call(RoutesApi.LIST_ROUTES, query == null ? ApiArguments.none()
                : ApiArguments.of("routeType", query.routeType()).with("limit", query.limit()).with("offset",
                        query.offset()));
    }

    /** Sets a number's primary voice route ({@code PATCH /v2/numbers/{id}/relationships/primary_route}). */
    default CompletableFuture<Void> updatePrimaryRoute(String number, String routeId) {
        return call(RoutesApi.UPDATE_PRIMARY_ROUTE, ApiArguments.of("number", number).with("routeId", routeId));
    }

    /** Sets a number's failover voice route ({@code PATCH /v2/numbers/{id}/relationships/failover_route}). */
    default CompletableFuture<Void> updateFailoverRoute(String number, String routeId) {
        return call(RoutesApi.UPDATE_FAILOVER_ROUTE, ApiArguments.of("number", number).with("routeId", routeId));
    }

    /** Registers the account's callback URL of a type ({@code PUT /v2.1/messages/{type}_callback}). */
    default CompletableFuture<Void> setCallback(CallbackType type, String url) {
        return call(CallbacksApi.SET_CALLBACK, ApiArguments.of("callbackType", type).with("callbackUrl", url));
    }

    /** The account's callback of a type, or a failed future with a 404 when none is set. */
    default CompletableFuture<Callback> getCallback(CallbackType type) {
        return call(CallbacksApi.GET_CALLBACK, ApiArguments.of("callbackType", type));
    }

    /** Removes the account's callback of a type. */
    default CompletableFuture<Void> removeCallback(CallbackType type) {
        return call(CallbacksApi.REMOVE_CALLBACK, ApiArguments.of("callbackType", type));
    }

    /** Registers a callback URL on one number ({@code POST /v2/numbers/{id}/relationships/{type}_callback}). */
    default CompletableFuture<Void> setNumberCallback(String number, CallbackType type, String url) {
        return call(CallbacksApi.SET_CALLBACK, ApiArguments.of("callbackType", type).with("callbackUrl", url)
                .with("number", number == null ? "" : number));
    }

    /** A number's callback of a type. */
    default CompletableFuture<Callback> getNumberCallback(String number, CallbackType type) {
        return call(CallbacksApi.GET_CALLBACK, ApiArguments.of("callbackType", type)
                .with("number", number == null ? "" : number));
    }

    /** Removes a number's callback of a type. */
    default CompletableFuture<Void> removeNumberCallback(String number, CallbackType type) {
        return call(CallbacksApi.REMOVE_CALLBACK, ApiArguments.of("callbackType", type)
                .with("number", number == null ? "" : number));
    }

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
