package io.github.camelflowroute.component.flowroute;

import io.github.camelflowroute.component.flowroute.client.ApiOperation;
import io.github.camelflowroute.component.flowroute.client.CallbacksApi;
import io.github.camelflowroute.component.flowroute.client.CdrApi;
import io.github.camelflowroute.component.flowroute.client.CnamApi;
import io.github.camelflowroute.component.flowroute.client.E911Api;
import io.github.camelflowroute.component.flowroute.client.MessagesApi;
import io.github.camelflowroute.component.flowroute.client.NumbersApi;
import io.github.camelflowroute.component.flowroute.client.PortingApi;
import io.github.camelflowroute.component.flowroute.client.RoutesApi;

/**
 * The names a {@code flowroute:} endpoint path takes. Camel's tooling needs them as an enum (it lists the constants
 * in the component's JSON and docs); each constant only points at the operation's declaration in the client's
 * {@code *Api} classes, which holds everything else. Constants without a declaration are consumers only: the webhook
 * consumers, and {@code callDetailRecords}, which polls through several declared calls.
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
    releaseNumber(NumbersApi.RELEASE_NUMBER),
    updateNumberAlias(NumbersApi.UPDATE_NUMBER_ALIAS),
    listEdgeStrategies(RoutesApi.LIST_EDGE_STRATEGIES),
    listE911Addresses(E911Api.LIST_E911_ADDRESSES),
    getE911Address(E911Api.GET_E911_ADDRESS),
    validateE911Address(E911Api.VALIDATE_E911_ADDRESS),
    createE911Address(E911Api.CREATE_E911_ADDRESS),
    updateE911Address(E911Api.UPDATE_E911_ADDRESS),
    deleteE911Address(E911Api.DELETE_E911_ADDRESS),
    assignE911Address(E911Api.ASSIGN_E911_ADDRESS),
    unassignE911Address(E911Api.UNASSIGN_E911_ADDRESS),
    listE911AddressNumbers(E911Api.LIST_E911_ADDRESS_NUMBERS),
    listCnamRecords(CnamApi.LIST_CNAM_RECORDS),
    getCnamRecord(CnamApi.GET_CNAM_RECORD),
    createCnamRecord(CnamApi.CREATE_CNAM_RECORD),
    assignCnamRecord(CnamApi.ASSIGN_CNAM_RECORD),
    unassignCnamRecord(CnamApi.UNASSIGN_CNAM_RECORD),
    deleteCnamRecord(CnamApi.DELETE_CNAM_RECORD),
    listCdrExports(CdrApi.LIST_CDR_EXPORTS),
    createCdrExport(CdrApi.CREATE_CDR_EXPORT),
    getCdrExport(CdrApi.GET_CDR_EXPORT),
    downloadCdrExport(CdrApi.DOWNLOAD_CDR_EXPORT),
    checkPortability(PortingApi.CHECK_PORTABILITY),
    listPortOrders(PortingApi.LIST_PORT_ORDERS),
    /**
     * Polling consumer of call detail records, by CDR exports of successive time windows:
     * {@code from("flowroute:callDetailRecords?startDate=...")} (it makes createCdrExport, getCdrExport and
     * downloadCdrExport calls).
     */
    callDetailRecords(null),
    /** Webhook consumer of inbound SMS and MMS: {@code from("webhook:flowroute:inboundMessages")}. */
    inboundMessages(null),
    /** Webhook consumer of delivery receipts: {@code from("webhook:flowroute:deliveryReceipts")}. */
    deliveryReceipts(null);

    private final ApiOperation<?> declaration;

    FlowrouteOperation(ApiOperation<?> declaration) {
        this.declaration = declaration;
    }

    /** The API call this name makes, or {@code null} for a consumer only. */
    public ApiOperation<?> declaration() {
        return declaration;
    }
}
