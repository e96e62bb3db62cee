package io.github.camelflowroute.component.flowroute;

import io.github.camelflowroute.component.flowroute.client.ApiOperation;
import io.github.camelflowroute.component.flowroute.client.CallbacksApi;
import io.github.camelflowroute.component.flowroute.client.MessagesApi;
import io.github.camelflowroute.component.flowroute.client.NumbersApi;
import io.github.camelflowroute.component.flowroute.client.RoutesApi;

/**
 * The names a {@code flowroute:} endpoint path takes. Camel's tooling needs them as an enum (it lists the constants
 * in the component's JSON and docs); each constant only points at the operation's declaration in the client's
 * {@code *Api} classes, which holds everything else. Constants without a declaration are webhook consumers.
 * {@code OperationCatalogTest} checks that every declaration has its constant, of the same name.
 */
public enum FlowrouteOperation {
    sendMessage(MessagesApi.SEND_MESSAGE),
    getMessage(MessagesApi.GET_MESSAGE),
    listMessages(MessagesApi.LIST_MESSAGES),
    listNumbers(NumbersApi.LIST_NUMBERS),
    getNumber(NumbersApi.GET_NUMBER),
    purchaseNumber(NumbersApi.PURCHASE_NUMBER),
    searchAvailableNumbers(NumbersApi.SEARCH_AVAILABLE_NUMBERS),
    listAvailableAreaCodes(NumbersApi.LIST_AVAILABLE_AREA_CODES),
    listAvailableExchanges(NumbersApi.LIST_AVAILABLE_EXCHANGES),
    createRoute(RoutesApi.CREATE_ROUTE),
    listRoutes(RoutesApi.LIST_ROUTES),
    updatePrimaryRoute(RoutesApi.UPDATE_PRIMARY_ROUTE),
    updateFailoverRoute(RoutesApi.UPDATE_FAILOVER_ROUTE),
    setCallback(CallbacksApi.SET_CALLBACK),
    getCallback(CallbacksApi.GET_CALLBACK),
    removeCallback(CallbacksApi.REMOVE_CALLBACK),
    /** Webhook consumer of inbound SMS and MMS: {@code from("webhook:flowroute:inboundMessages")}. */
    inboundMessages(null),
    /** Webhook consumer of delivery receipts: {@code from("webhook:flowroute:deliveryReceipts")}. */
    deliveryReceipts(null);

    private final ApiOperation<?> declaration;

    FlowrouteOperation(ApiOperation<?> declaration) {
        this.declaration = declaration;
    }

    /** The API call this name makes, or {@code null} for a webhook consumer. */
    public ApiOperation<?> declaration() {
        return declaration;
    }
}
