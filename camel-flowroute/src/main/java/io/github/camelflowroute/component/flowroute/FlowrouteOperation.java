package io.github.camelflowroute.component.flowroute;

/** The Flowroute API calls a {@code flowroute:} endpoint can make; the endpoint path names one. */
public enum FlowrouteOperation {
    /** Send an SMS or MMS. */
    sendMessage,
    /** Look up a message detail record by id. */
    getMessage,
    /** Search message detail records by date. */
    listMessages,
    /** List the account's phone numbers. */
    listNumbers,
    /** Details of one phone number of the account, with its routes. */
    getNumber,
    /** Buy a phone number from the inventory. */
    purchaseNumber,
    /** Search the numbers for sale. */
    searchAvailableNumbers,
    /** List the area codes with numbers for sale. */
    listAvailableAreaCodes,
    /** List the exchanges with numbers for sale. */
    listAvailableExchanges,
    /** Create an inbound voice route. */
    createRoute,
    /** List the account's inbound voice routes. */
    listRoutes,
    /** Set a number's primary voice route. */
    updatePrimaryRoute,
    /** Set a number's failover voice route. */
    updateFailoverRoute,
    /** Register a callback URL, for the account or one number. */
    setCallback,
    /** Look up a callback URL, of the account or one number. */
    getCallback,
    /** Remove a callback URL, of the account or one number. */
    removeCallback,
    /** Webhook consumer of inbound SMS and MMS: {@code from("webhook:flowroute:inboundMessages")}. */
    inboundMessages,
    /** Webhook consumer of delivery receipts: {@code from("webhook:flowroute:deliveryReceipts")}. */
    deliveryReceipts
}
