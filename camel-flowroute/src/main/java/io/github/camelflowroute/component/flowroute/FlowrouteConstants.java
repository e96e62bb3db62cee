package io.github.camelflowroute.component.flowroute;

import org.apache.camel.spi.Metadata;

/** The headers the Flowroute component reads and sets. */
public final class FlowrouteConstants {

    @Metadata(label = "producer", description = "The operation to perform, overriding the endpoint's.",
            javaType = "io.github.camelflowroute.component.flowroute.FlowrouteOperation")
    public static final String OPERATION = "CamelFlowrouteOperation";

    @Metadata(description = "The sending number of sendMessage; set by the inboundMessages webhook consumer.",
            javaType = "String")
    public static final String FROM = "CamelFlowrouteFrom";

    @Metadata(description = "The receiving number of sendMessage; set by the inboundMessages webhook consumer.",
            javaType = "String")
    public static final String TO = "CamelFlowrouteTo";

    @Metadata(label = "producer",
            description = "The media URLs of an MMS: a List of URLs or one comma-separated String.",
            javaType = "java.util.List<String>")
    public static final String MEDIA_URLS = "CamelFlowrouteMediaUrls";

    @Metadata(label = "producer", description = "Whether sendMessage sends an MMS.", javaType = "Boolean")
    public static final String IS_MMS = "CamelFlowrouteIsMms";

    @Metadata(label = "producer", description = "The URL that receives the delivery receipts of a sent message.",
            javaType = "String")
    public static final String DLR_CALLBACK = "CamelFlowrouteDlrCallback";

    @Metadata(description = "The message detail record id: read by getMessage, set by sendMessage, the listMessages"
            + " consumer and the webhook consumers.",
            javaType = "String")
    public static final String MESSAGE_ID = "CamelFlowrouteMessageId";

    @Metadata(label = "producer",
            description = "The start of a listMessages search: an Instant, Date, OffsetDateTime or ISO 8601 text.",
            javaType = "java.time.Instant")
    public static final String START_DATE = "CamelFlowrouteStartDate";

    @Metadata(label = "producer",
            description = "The end of a listMessages search: an Instant, Date, OffsetDateTime or ISO 8601 text.",
            javaType = "java.time.Instant")
    public static final String END_DATE = "CamelFlowrouteEndDate";

    @Metadata(description = "The phone number an operation acts on (getNumber, releaseNumber, assignE911Address, ...);"
            + " set by purchaseNumber and the number consumers.",
            javaType = "String")
    public static final String NUMBER = "CamelFlowrouteNumber";

    @Metadata(description = "The route id: read by updatePrimaryRoute and updateFailoverRoute, set by createRoute and"
            + " the listRoutes consumer.",
            javaType = "String")
    public static final String ROUTE_ID = "CamelFlowrouteRouteId";

    @Metadata(label = "producer", description = "Digits a number starts with, overriding the startsWith option.",
            javaType = "String")
    public static final String STARTS_WITH = "CamelFlowrouteStartsWith";

    @Metadata(label = "producer", description = "Digits a number ends with, overriding the endsWith option.",
            javaType = "String")
    public static final String ENDS_WITH = "CamelFlowrouteEndsWith";

    @Metadata(label = "producer", description = "Digits a number contains, overriding the contains option.",
            javaType = "String")
    public static final String CONTAINS = "CamelFlowrouteContains";

    @Metadata(label = "producer", description = "The rate center filter, overriding the rateCenter option.",
            javaType = "String")
    public static final String RATE_CENTER = "CamelFlowrouteRateCenter";

    @Metadata(label = "producer", description = "The state filter (searchAvailableNumbers, listE911Addresses),"
            + " overriding the state option.", javaType = "String")
    public static final String STATE = "CamelFlowrouteState";

    @Metadata(label = "producer", description = "The area code filter, overriding the areaCode option.",
            javaType = "String")
    public static final String AREA_CODE = "CamelFlowrouteAreaCode";

    @Metadata(label = "producer",
            description = "The highest setup cost in dollars, overriding the maxSetupCost option.",
            javaType = "java.math.BigDecimal")
    public static final String MAX_SETUP_COST = "CamelFlowrouteMaxSetupCost";

    @Metadata(label = "producer",
            description = "The route type of createRoute and listRoutes, overriding the routeType option: a RouteType or its API name.",
            javaType = "io.github.camelflowroute.component.flowroute.model.RouteType")
    public static final String ROUTE_TYPE = "CamelFlowrouteRouteType";

    @Metadata(label = "producer", description = "The target of createRoute, overriding the routeValue option.",
            javaType = "String")
    public static final String ROUTE_VALUE = "CamelFlowrouteRouteValue";

    @Metadata(label = "producer",
            description = "The alias of createRoute or updateNumberAlias, overriding the alias option.",
            javaType = "String")
    public static final String ALIAS = "CamelFlowrouteAlias";

    @Metadata(description = "The E911 address id: read by getE911Address, updateE911Address, deleteE911Address,"
            + " assignE911Address and listE911AddressNumbers; set by createE911Address and updateE911Address.",
            javaType = "String")
    public static final String E911_ID = "CamelFlowrouteE911Id";

    @Metadata(description = "The CNAM record id: read by getCnamRecord, assignCnamRecord and deleteCnamRecord; set by"
            + " createCnamRecord.",
            javaType = "String")
    public static final String CNAM_ID = "CamelFlowrouteCnamId";

    @Metadata(label = "producer", description = "The caller-ID name createCnamRecord creates, overriding the cnamValue"
            + " option and the body.",
            javaType = "String")
    public static final String CNAM_VALUE = "CamelFlowrouteCnamValue";

    @Metadata(description = "The CDR export id: read by getCdrExport and downloadCdrExport; set by createCdrExport and,"
            + " on each record, by the callDetailRecords consumer.",
            javaType = "String")
    public static final String CDR_EXPORT_ID = "CamelFlowrouteCdrExportId";

    @Metadata(label = "consumer",
            description = "The id the callDetailRecords consumer gives a call record: its window and its place in"
                    + " it, the same on every export of that window (for idempotent writes).",
            javaType = "String")
    public static final String CALL_RECORD_ID = "CamelFlowrouteCallRecordId";

    @Metadata(label = "producer",
            description = "The approval filter of listCnamRecords, overriding the isApproved option.",
            javaType = "Boolean")
    public static final String IS_APPROVED = "CamelFlowrouteIsApproved";

    @Metadata(label = "producer",
            description = "The status filter of listCdrExports, overriding the exportStatus option.",
            javaType = "String")
    public static final String EXPORT_STATUS = "CamelFlowrouteExportStatus";

    @Metadata(label = "producer", description = "The page size of a list operation, overriding the endpoint's.",
            javaType = "Integer")
    public static final String LIMIT = "CamelFlowrouteLimit";

    @Metadata(label = "producer", description = "The offset of a list operation, overriding the endpoint's.",
            javaType = "Integer")
    public static final String OFFSET = "CamelFlowrouteOffset";

    @Metadata(label = "producer", description = "The number of records a list operation returned.",
            javaType = "Integer")
    public static final String RESULT_COUNT = "CamelFlowrouteResultCount";

    @Metadata(label = "producer", description = "Whether more records exist after those a list operation returned.",
            javaType = "Boolean")
    public static final String HAS_MORE = "CamelFlowrouteHasMore";

    @Metadata(label = "producer",
            description = "The offset that fetches the records after those returned; set only when there are more.",
            javaType = "Integer")
    public static final String NEXT_OFFSET = "CamelFlowrouteNextOffset";

    @Metadata(label = "producer", description = "The callback type of setCallback, getCallback and removeCallback.",
            javaType = "io.github.camelflowroute.component.flowroute.model.CallbackType")
    public static final String CALLBACK_TYPE = "CamelFlowrouteCallbackType";

    @Metadata(label = "producer", description = "The URL setCallback registers, or createCdrExport's callback.",
            javaType = "String")
    public static final String CALLBACK_URL = "CamelFlowrouteCallbackUrl";

    @Metadata(label = "consumer",
            description = "What an inventory consumer (listNumbers, listRoutes, searchAvailableNumbers) saw happen to"
                    + " the record: ADDED, CHANGED or REMOVED.",
            javaType = "String", enums = "ADDED,CHANGED,REMOVED")
    public static final String CHANGE = "CamelFlowrouteChange";

    private FlowrouteConstants() {
    }
}
