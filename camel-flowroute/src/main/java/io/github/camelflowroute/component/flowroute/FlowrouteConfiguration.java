package io.github.camelflowroute.component.flowroute;

import java.util.concurrent.ExecutorService;

import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import io.github.camelflowroute.component.flowroute.client.SendRateLimiter;
import io.github.camelflowroute.component.flowroute.model.CallbackType;
import io.github.camelflowroute.component.flowroute.model.RouteType;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of a {@code flowroute:} endpoint. The component holds one instance as the defaults; every endpoint
 * works on its own {@link #copy()}.
 */
@UriParams
public class FlowrouteConfiguration implements Cloneable {

    // ---- security and connection --------------------------------------------------------------------------

    @ClientSetting
    @UriParam(label = "security", secret = true,
            description = "The Flowroute API access key (the basic auth user name).")
    @Metadata(required = true)
    private String accessKey;

    @ClientSetting
    @UriParam(label = "security", secret = true,
            description = "The Flowroute API secret key (the basic auth password).")
    @Metadata(required = true)
    private String secretKey;

    @ClientSetting
    @UriParam(label = "common", defaultValue = "https://api.flowroute.com",
            description = "The API's base URL: change it for a proxy, a staging server or the Flowroute simulator.")
    private String baseUrl = "https://api.flowroute.com";

    @ClientSetting
    @UriParam(label = "security", description = "TLS settings for the connection to the API.")
    private SSLContextParameters sslContextParameters;

    @ClientSetting
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
            description = "How long to wait for a connection to the API.")
    private long connectTimeout = 10000;

    @ClientSetting
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
            description = "How long to wait for the API's answer once the request is sent.")
    private long responseTimeout = 30000;

    @ClientSetting
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
            description = "The longest one attempt of a call may take, from sending it to reading the whole answer;"
                    + " 0 for no limit. responseTimeout bounds each wait for data, this bounds the whole, so a"
                    + " server that drips its answer cannot hold a call. Checked every tenth of it (at least"
                    + " every second). A send that times out this way fails with"
                    + " FlowrouteDeliveryUnknownException.")
    private long requestTimeout = 60000;

    @ClientSetting
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
            description = "How long a request may wait for a free pooled connection.")
    private long connectionRequestTimeout = 30000;

    @ClientSetting
    @UriParam(label = "advanced", defaultValue = "100", description = "The most connections kept open to the API.")
    private int maxConnections = 100;

    @ClientSetting
    @UriParam(label = "advanced", defaultValue = "0",
            description = "The HTTP client's I/O threads; 0 means one per available processor.")
    private int ioThreadCount;

    @ClientSetting
    @UriParam(label = "security", defaultValue = "false",
            description = "Whether a plain http baseUrl may point at a host other than loopback. The keys travel in"
                    + " every request, so only a trusted network should see them in clear.")
    private boolean allowInsecureHttp;

    @ClientSetting
    @UriParam(label = "advanced", defaultValue = "10485760",
            description = "The largest answer body read from the API, in bytes; a larger one fails the call.")
    private long maxResponseSize = 10485760;

    @ClientSetting
    @UriParam(label = "advanced", defaultValue = "3",
            description = "How often a failed call is tried again. Reads and updates retry on connection failures,"
                    + " timeouts, 5xx and 429; sends, purchases and new routes only when the request provably did"
                    + " not reach the API (no connection, or 429). 0 turns retries off.")
    private int maxRetries = 3;

    @ClientSetting
    @UriParam(label = "advanced", defaultValue = "500", javaType = "java.time.Duration",
            description = "The wait before the first retry; it doubles with each further one, with jitter.")
    private long retryDelay = 500;

    @ClientSetting
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
            description = "The longest wait between retries, also the most of a Retry-After that is honoured.")
    private long maxRetryDelay = 10000;

    @ClientSetting
    @UriParam(label = "producer", defaultValue = "true",
            description = "Whether sends wait for their turn under Flowroute's rate limits (per access key), so bursts"
                    + " queue instead of drawing 429 answers; a 429 is then tried again, not failed, within"
                    + " rateLimitMaxWait.")
    private boolean rateLimit = true;

    @ClientSetting
    @UriParam(label = "producer,advanced",
            description = "The rate limiter sends wait for their turn in (a bean reference such as #jdbcRateLimiter)."
                    + " By default each component has an adaptive in-process one; several processes sending with"
                    + " one access key share one through a store, e.g. JdbcRateLimiter of camel-flowroute-jdbc.")
    private SendRateLimiter rateLimiter;

    @ClientSetting
    @UriParam(label = "producer", defaultValue = "5", description = "The SMS per second the rate limit allows.")
    private int smsPerSecond = 5;

    @ClientSetting
    @UriParam(label = "producer", defaultValue = "1", description = "The MMS per second the rate limit allows.")
    private int mmsPerSecond = 1;

    @ClientSetting
    @UriParam(label = "producer", defaultValue = "30000", javaType = "java.time.Duration",
            description = "The longest a send may wait for its turns under the rate limit, 429 answers and their"
                    + " Retry-After included; a send that got no turn by then fails with"
                    + " FlowrouteRateLimitException, not sent. A bulk sender queueing many sends sets it to"
                    + " about the queue's length divided by the allowed rate.")
    private long rateLimitMaxWait = 30000;

    @ClientSetting
    @UriParam(label = "advanced", defaultValue = "4000", javaType = "java.time.Duration",
            description = "The longest a pooled connection is reused after it fell idle; a server's shorter"
                    + " Keep-Alive: timeout=, less a second, wins. Keep it below the idle timeout of any proxy or"
                    + " load balancer on the way to the API that closes idle connections without announcing it.")
    private long connectionMaxIdle = 4000;

    @ClientSetting
    @UriParam(label = "advanced", defaultValue = "true",
            description = "Whether sends, purchases and new routes ask Expect: 100-continue, and write their body"
                    + " only once the server asks for it, whenever the connection they go out on may have been"
                    + " closed by the server: a new one, one idle for 100 ms or more, and every one until 1,000"
                    + " answers on reused connections came in without a failed attempt (again for 5 minutes after"
                    + " any failed attempt). A connection that closes before the body provably carried nothing,"
                    + " so the call is tried again instead of ending with its delivery unknown. Turn it off only"
                    + " behind a proxy that does not answer 100-continue.")
    private boolean expectContinue = true;

    @UriParam(label = "producer,advanced", defaultValue = "20",
            description = "The most threads of the pool (shared by the component's endpoints, named"
                    + " FlowrouteWorker) that an exchange continues on after its call. The pool runs one thread per"
                    + " processor while the steps after the calls are short and adds one for each thread blocked"
                    + " in a step (busy with one exchange for over 10 ms, waiting rather than using a processor),"
                    + " up to this many. Make it at least the number of exchanges that may block at once after a"
                    + " Flowroute call, plus one per processor.")
    private int workerPoolSize = 20;

    @UriParam(label = "producer,advanced",
            description = "A thread pool of your own for exchanges to continue on after their call, instead of the"
                    + " component's (workerPoolSize is then ignored).")
    private ExecutorService workerPool;

    @UriParam(label = "producer,advanced", defaultValue = "false",
            description = "Whether an exchange continues on the HTTP client's I/O thread that read the answer,"
                    + " saving a thread hand-off. Safe only when no step after a Flowroute call ever blocks (no"
                    + " JDBC, file, or synchronous HTTP work, no Thread.sleep): while one does, every other call"
                    + " served by that I/O thread waits.")
    private boolean continueOnIoThread;

    @ClientSetting
    @UriParam(label = "proxy", description = "A proxy host to reach the API through.")
    private String proxyHost;

    @ClientSetting
    @UriParam(label = "proxy", description = "The proxy's port.")
    private Integer proxyPort;

    @UriParam(label = "advanced",
            description = "A client to use instead of the built-in HTTP client, for example one of your own transport.")
    private FlowrouteClient client;

    // ---- sendMessage ----------------------------------------------------------------------------------------

    @UriParam(label = "producer", description = "The sending number of sendMessage, one of the account's numbers.")
    private String from;

    @UriParam(label = "producer", description = "The receiving number of sendMessage.")
    private String to;

    @UriParam(label = "producer", description = "The media URLs of an MMS, comma-separated.")
    private String mediaUrls;

    @UriParam(label = "producer",
            description = "Whether sendMessage sends an MMS; when not set, a message with media URLs is an MMS.")
    private Boolean isMms;

    @UriParam(label = "producer", description = "A URL that receives the delivery receipts of each sent message.")
    private String dlrCallback;

    // ---- lookups and route changes --------------------------------------------------------------------------

    @UriParam(label = "producer", description = "The message detail record id of getMessage.")
    private String messageId;

    @UriParam(label = "producer",
            description = "The phone number an operation acts on (getNumber, releaseNumber, assignE911Address, ...); with"
                    + " setCallback, getCallback and removeCallback, the number whose callback it is.")
    private String number;

    @UriParam(label = "producer", description = "The route id of updatePrimaryRoute and updateFailoverRoute.")
    private String routeId;

    @UriParam(label = "producer", description = "The route type of createRoute, and the filter of listRoutes.")
    private RouteType routeType;

    @UriParam(label = "producer",
            description = "The target of createRoute: a host, a SIP URI, a phone number or a registration name.")
    private String routeValue;

    @UriParam(label = "producer",
            description = "The alias of the route createRoute creates, or of the number updateNumberAlias"
                    + " changes.")
    private String alias;

    @UriParam(label = "producer", description = "The E911 address id of getE911Address, updateE911Address,"
            + " deleteE911Address, assignE911Address and listE911AddressNumbers.")
    private String e911Id;

    @UriParam(label = "producer",
            description = "The CNAM record id of getCnamRecord, assignCnamRecord and deleteCnamRecord.")
    private String cnamId;

    @UriParam(label = "producer",
            description = "The caller-ID name createCnamRecord creates (at most 15 characters, one"
                    + " letter at least); the body text when not set.")
    private String cnamValue;

    @UriParam(label = "producer", description = "The CDR export id of getCdrExport and downloadCdrExport.")
    private String cdrExportId;

    // ---- list filters and paging ----------------------------------------------------------------------------

    @UriParam(label = "filter",
            description = "The start of a listMessages search, or where the listMessages and callDetailRecords"
                    + " consumers begin on their first start: ISO 8601, a date (2024-05-01) or a date-time in UTC.")
    private String startDate;

    @UriParam(label = "filter", description = "The end (exclusive) of a listMessages search, as startDate.")
    private String endDate;

    @UriParam(label = "filter", description = "Digits a number starts with (listNumbers, searchAvailableNumbers).")
    private String startsWith;

    @UriParam(label = "filter", description = "Digits a number ends with (listNumbers, searchAvailableNumbers).")
    private String endsWith;

    @UriParam(label = "filter", description = "Digits a number contains (listNumbers, searchAvailableNumbers).")
    private String contains;

    @UriParam(label = "filter", description = "The rate center of searchAvailableNumbers, for example SEATTLE.")
    private String rateCenter;

    @UriParam(label = "filter",
            description = "The two-letter state of searchAvailableNumbers and listE911Addresses, for example WA.")
    private String state;

    @UriParam(label = "filter",
            description = "Whether listCnamRecords lists only approved (true) or only pending (false)"
                    + " records.")
    private Boolean isApproved;

    @UriParam(label = "filter", description = "The status listCdrExports lists: processing, completed or failed.",
            enums = "processing,completed,failed")
    private String exportStatus;

    @UriParam(label = "filter", description = "The three-digit area code of listAvailableExchanges.")
    private String areaCode;

    @UriParam(label = "filter",
            description = "The highest setup cost in dollars (listAvailableAreaCodes, listAvailableExchanges).")
    private Double maxSetupCost;

    @UriParam(label = "filter",
            description = "Records per page of a list operation; the API's default is 10, its maximum 200 (400 for area codes).")
    private Integer limit;

    @UriParam(label = "filter", description = "Records to skip in a list operation.")
    private Integer offset;

    @UriParam(label = "producer", defaultValue = "false",
            description = "Whether a list operation follows the API's next-page links and returns every record, up to maxResults.")
    private boolean fetchAllPages;

    @UriParam(label = "producer", defaultValue = "1000",
            description = "The most records a list operation returns when fetchAllPages is on.")
    private int maxResults = 1000;

    // ---- polling consumers ----------------------------------------------------------------------------------

    @UriParam(label = "consumer", defaultValue = "1000",
            description = "The most records one poll emits; the next poll continues where it stopped. 0 means no limit,"
                    + " so a poll holds every new record in memory.")
    private int maxMessagesPerPoll = 1000;

    @UriParam(label = "consumer", defaultValue = "0", javaType = "java.time.Duration",
            description = "How far behind its watermark the listMessages consumer reads again on each poll, to catch"
                    + " records that appear late; what it already emitted is kept out by the idempotentRepository.")
    private long lookBack;

    @UriParam(label = "consumer", defaultValue = "1h", javaType = "java.time.Duration",
            description = "The span of calls each CDR export of the callDetailRecords consumer covers (at least one"
                    + " second): it exports one window after the other from startDate.")
    private long cdrWindow = 3_600_000;

    @UriParam(label = "consumer", defaultValue = "15m", javaType = "java.time.Duration",
            description = "How long before now the callDetailRecords consumer's windows end, so that the calls of a"
                    + " window have reached Flowroute's records before it is exported.")
    private long cdrSettle = 900_000;

    @UriParam(label = "consumer", defaultValue = "1h", javaType = "java.time.Duration",
            description = "How long the callDetailRecords consumer waits for a CDR export to complete (checking on"
                    + " each poll, holding no thread) before it treats the export as failed and exports the"
                    + " window again.")
    private long cdrExportTimeout = 3_600_000;

    @UriParam(label = "consumer,advanced",
            description = "Where a consumer keeps its position (the listMessages watermark, the inventory snapshot):"
                    + " for example a FileStateRepository to survive restarts, or a shared one for a cluster."
                    + " In memory by default.")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer,advanced",
            description = "The key of this consumer's position in the stateRepository; by default the operation and"
                    + " its filters, so that the same route on several nodes shares one position.")
    private String stateKey;

    @UriParam(label = "consumer,advanced",
            description = "Remembers the message records already emitted, so that a re-read (lookBack, redelivery of a"
                    + " failed record) emits each once. In memory by default.")
    private IdempotentRepository idempotentRepository;

    // ---- callbacks and webhooks -----------------------------------------------------------------------------

    @UriParam(label = "producer", description = "The callback of setCallback, getCallback and removeCallback.")
    private CallbackType callbackType;

    @UriParam(label = "producer", description = "The URL setCallback registers.")
    private String callbackUrl;

    @UriParam(label = "consumer,security", secret = true,
            description = "A shared secret the webhook consumer adds to the callback URL it registers (as the query"
                    + " parameter token) and requires on every post: Flowroute signs nothing, so this is what"
                    + " tells its posts from anyone else's.")
    private String webhookToken;

    @UriParam(label = "consumer,security",
            description = "Addresses or CIDR ranges (comma-separated) the webhook consumer accepts posts from;"
                    + " all when empty. Needs a platform-http engine that reports the remote address (Vert.x).")
    private String webhookAllowedSources;

    @UriParam(label = "consumer,security", defaultValue = "false",
            description = "Whether a webhook consumer without webhookToken or webhookAllowedSources may start: it then"
                    + " accepts posts from anyone who learns its URL (logged at WARN). Without this, such a"
                    + " webhook refuses to start.")
    private boolean webhookAllowUnauthenticated;

    @UriParam(label = "consumer", defaultValue = "65536",
            description = "The largest callback body the webhook consumer accepts, in bytes; larger posts answer 413.")
    private int webhookMaxBodySize = 65536;

    @UriParam(label = "consumer",
            description = "Numbers (comma-separated) to register the webhook on, instead of the whole account.")
    private String callbackNumbers;

    @UriParam(label = "consumer", defaultValue = "false",
            description = "Whether the webhook consumer leaves its callback registered with Flowroute when it stops.")
    private boolean keepCallbacksOnStop;

    @UriParam(label = "consumer", defaultValue = "false",
            description = "Whether the inboundMessages consumer downloads MMS media (the URLs expire) and attaches"
                    + " the files to the exchange.")
    private boolean downloadMedia;

    @UriParam(label = "consumer", defaultValue = "1048576",
            description = "The largest media file downloadMedia fetches, in bytes; a larger one fails the exchange.")
    private long maxMediaSize = 1048576;

    /** A copy to apply an endpoint's options to, leaving the component's defaults alone. */
    public FlowrouteConfiguration copy() {
        try {
            return (FlowrouteConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(long connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getIoThreadCount() {
        return ioThreadCount;
    }

    public void setIoThreadCount(int ioThreadCount) {
        this.ioThreadCount = ioThreadCount;
    }

    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public long getConnectionMaxIdle() {
        return connectionMaxIdle;
    }

    public void setConnectionMaxIdle(long connectionMaxIdle) {
        this.connectionMaxIdle = connectionMaxIdle;
    }

    public boolean isExpectContinue() {
        return expectContinue;
    }

    public void setExpectContinue(boolean expectContinue) {
        this.expectContinue = expectContinue;
    }

    public int getWorkerPoolSize() {
        return workerPoolSize;
    }

    public void setWorkerPoolSize(int workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public ExecutorService getWorkerPool() {
        return workerPool;
    }

    public void setWorkerPool(ExecutorService workerPool) {
        this.workerPool = workerPool;
    }

    public boolean isContinueOnIoThread() {
        return continueOnIoThread;
    }

    public void setContinueOnIoThread(boolean continueOnIoThread) {
        this.continueOnIoThread = continueOnIoThread;
    }

    public boolean isRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(boolean rateLimit) {
        this.rateLimit = rateLimit;
    }

    public int getSmsPerSecond() {
        return smsPerSecond;
    }

    public void setSmsPerSecond(int smsPerSecond) {
        this.smsPerSecond = smsPerSecond;
    }

    public int getMmsPerSecond() {
        return mmsPerSecond;
    }

    public void setMmsPerSecond(int mmsPerSecond) {
        this.mmsPerSecond = mmsPerSecond;
    }

    public SendRateLimiter getRateLimiter() {
        return rateLimiter;
    }

    public void setRateLimiter(SendRateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    public long getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    public void setRateLimitMaxWait(long rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public FlowrouteClient getClient() {
        return client;
    }

    public void setClient(FlowrouteClient client) {
        this.client = client;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getMediaUrls() {
        return mediaUrls;
    }

    public void setMediaUrls(String mediaUrls) {
        this.mediaUrls = mediaUrls;
    }

    public Boolean getIsMms() {
        return isMms;
    }

    public void setIsMms(Boolean isMms) {
        this.isMms = isMms;
    }

    public String getDlrCallback() {
        return dlrCallback;
    }

    public void setDlrCallback(String dlrCallback) {
        this.dlrCallback = dlrCallback;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getE911Id() {
        return e911Id;
    }

    public void setE911Id(String e911Id) {
        this.e911Id = e911Id;
    }

    public String getCnamId() {
        return cnamId;
    }

    public void setCnamId(String cnamId) {
        this.cnamId = cnamId;
    }

    public String getCnamValue() {
        return cnamValue;
    }

    public void setCnamValue(String cnamValue) {
        this.cnamValue = cnamValue;
    }

    public String getCdrExportId() {
        return cdrExportId;
    }

    public void setCdrExportId(String cdrExportId) {
        this.cdrExportId = cdrExportId;
    }

    public Boolean getIsApproved() {
        return isApproved;
    }

    public void setIsApproved(Boolean isApproved) {
        this.isApproved = isApproved;
    }

    public String getExportStatus() {
        return exportStatus;
    }

    public void setExportStatus(String exportStatus) {
        this.exportStatus = exportStatus;
    }

    public String getRouteId() {
        return routeId;
    }

    public void setRouteId(String routeId) {
        this.routeId = routeId;
    }

    public RouteType getRouteType() {
        return routeType;
    }

    public void setRouteType(RouteType routeType) {
        this.routeType = routeType;
    }

    public String getRouteValue() {
        return routeValue;
    }

    public void setRouteValue(String routeValue) {
        this.routeValue = routeValue;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getStartsWith() {
        return startsWith;
    }

    public void setStartsWith(String startsWith) {
        this.startsWith = startsWith;
    }

    public String getEndsWith() {
        return endsWith;
    }

    public void setEndsWith(String endsWith) {
        this.endsWith = endsWith;
    }

    public String getContains() {
        return contains;
    }

    public void setContains(String contains) {
        this.contains = contains;
    }

    public String getRateCenter() {
        return rateCenter;
    }

    public void setRateCenter(String rateCenter) {
        this.rateCenter = rateCenter;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }

    public Double getMaxSetupCost() {
        return maxSetupCost;
    }

    public void setMaxSetupCost(Double maxSetupCost) {
        this.maxSetupCost = maxSetupCost;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public Integer getOffset() {
        return offset;
    }

    public void setOffset(Integer offset) {
        this.offset = offset;
    }

    public boolean isFetchAllPages() {
        return fetchAllPages;
    }

    public void setFetchAllPages(boolean fetchAllPages) {
        this.fetchAllPages = fetchAllPages;
    }

    public int getMaxResults() {
        return maxResults;
    }

    public void setMaxResults(int maxResults) {
        this.maxResults = maxResults;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public long getCdrWindow() {
        return cdrWindow;
    }

    public void setCdrWindow(long cdrWindow) {
        this.cdrWindow = cdrWindow;
    }

    public long getCdrSettle() {
        return cdrSettle;
    }

    public void setCdrSettle(long cdrSettle) {
        this.cdrSettle = cdrSettle;
    }

    public long getCdrExportTimeout() {
        return cdrExportTimeout;
    }

    public void setCdrExportTimeout(long cdrExportTimeout) {
        this.cdrExportTimeout = cdrExportTimeout;
    }

    public long getLookBack() {
        return lookBack;
    }

    public void setLookBack(long lookBack) {
        this.lookBack = lookBack;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public CallbackType getCallbackType() {
        return callbackType;
    }

    public void setCallbackType(CallbackType callbackType) {
        this.callbackType = callbackType;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public String getWebhookToken() {
        return webhookToken;
    }

    public void setWebhookToken(String webhookToken) {
        this.webhookToken = webhookToken;
    }

    public String getWebhookAllowedSources() {
        return webhookAllowedSources;
    }

    public void setWebhookAllowedSources(String webhookAllowedSources) {
        this.webhookAllowedSources = webhookAllowedSources;
    }

    public boolean isWebhookAllowUnauthenticated() {
        return webhookAllowUnauthenticated;
    }

    public void setWebhookAllowUnauthenticated(boolean webhookAllowUnauthenticated) {
        this.webhookAllowUnauthenticated = webhookAllowUnauthenticated;
    }

    public int getWebhookMaxBodySize() {
        return webhookMaxBodySize;
    }

    public void setWebhookMaxBodySize(int webhookMaxBodySize) {
        this.webhookMaxBodySize = webhookMaxBodySize;
    }

    public String getCallbackNumbers() {
        return callbackNumbers;
    }

    public void setCallbackNumbers(String callbackNumbers) {
        this.callbackNumbers = callbackNumbers;
    }

    public boolean isKeepCallbacksOnStop() {
        return keepCallbacksOnStop;
    }

    public void setKeepCallbacksOnStop(boolean keepCallbacksOnStop) {
        this.keepCallbacksOnStop = keepCallbacksOnStop;
    }

    public boolean isDownloadMedia() {
        return downloadMedia;
    }

    public void setDownloadMedia(boolean downloadMedia) {
        this.downloadMedia = downloadMedia;
    }

    public long getMaxMediaSize() {
        return maxMediaSize;
    }

    public void setMaxMediaSize(long maxMediaSize) {
        this.maxMediaSize = maxMediaSize;
    }

    /** Shows where and how the endpoint connects; never the secret key. */
    @Override
    public String toString() {
        return "FlowrouteConfiguration[baseUrl=" + baseUrl + ", accessKey=" + (accessKey == null ? "null" : "xxxxxx")
                + ", secretKey=" + (secretKey == null ? "null" : "xxxxxx") + "]";
    }
}
