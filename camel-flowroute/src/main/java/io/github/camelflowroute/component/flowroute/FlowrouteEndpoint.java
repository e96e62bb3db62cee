package io.github.camelflowroute.component.flowroute;

import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;

import io.github.camelflowroute.component.flowroute.client.ApiOperation;
import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import io.github.camelflowroute.component.flowroute.client.HttpFlowrouteClient;
import io.github.camelflowroute.component.flowroute.client.HttpFlowrouteClientBuilder;
import io.github.camelflowroute.component.flowroute.client.Polling;
import io.github.camelflowroute.component.flowroute.client.SendRateLimiter;
import io.github.camelflowroute.component.flowroute.health.ProducerHealthCheckRegistration;
import io.github.camelflowroute.component.flowroute.internal.polling.InventorySource;
import io.github.camelflowroute.component.flowroute.internal.shared.SharedClients;
import io.github.camelflowroute.component.flowroute.internal.webhook.CallbackRegistration;
import io.github.camelflowroute.component.flowroute.internal.webhook.WebhookAuthentication;
import io.github.camelflowroute.component.flowroute.management.EndpointStatistics;
import io.github.camelflowroute.component.flowroute.management.Masking;
import io.github.camelflowroute.component.flowroute.model.CallbackType;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.util.URISupport;

/**
 * Send SMS and MMS, look up message detail records, and manage phone numbers and voice routes with the Flowroute API;
 * follow message records and the number and route inventories.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "flowroute", title = "Flowroute", syntax = "flowroute:operation",
        category = { Category.CLOUD, Category.API, Category.MOBILE }, headersClass = FlowrouteConstants.class)
@ManagedResource(description = "Managed Flowroute endpoint: the counts of its operation's calls in the component")
public class FlowrouteEndpoint extends ScheduledPollEndpoint
        implements AsyncEndpoint, EndpointServiceLocation, WebhookCapableEndpoint {

    private static final FlowrouteEndpointConfigurer OPTIONS = new FlowrouteEndpointConfigurer();

    @UriPath(description = "The Flowroute API call to make.")
    @Metadata(required = true)
    private FlowrouteOperation operation;

    @UriParam
    private FlowrouteConfiguration configuration;

    // taken on first use, so that an endpoint only polling consumers read from starts no client of its own
    private volatile FlowrouteClient client;
    private boolean sharedClient;
    private WebhookConfiguration webhookConfiguration;
    private CallbackRegistration registration;
    private ProducerHealthCheckRegistration producerHealthCheck;
    private volatile String registeredCallbackUrl;

    public FlowrouteEndpoint(String uri, FlowrouteComponent component, FlowrouteOperation operation,
            FlowrouteConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    /** The operation a path names, or an error listing the ones that exist. */
    static FlowrouteOperation operationOf(String remaining) {
        for (FlowrouteOperation op : FlowrouteOperation.values()) {
            if (op.name().equals(remaining)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown Flowroute operation '" + remaining + "'; expected one of "
                + Arrays.stream(FlowrouteOperation.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")));
    }

    @Override
    public Producer createProducer() {
        return new FlowrouteProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        ApiOperation<?> declaration = operation.declaration();
        if (operation == FlowrouteOperation.callDetailRecords) {
            return configured(new FlowrouteCallRecordConsumer(this, processor));
        }
        if (declaration == null) {
            throw new UnsupportedOperationException(
                    "flowroute:" + operation + " receives Flowroute's callbacks: use it as webhook:flowroute:"
                            + operation);
        }
        Polling<?> polling = declaration.polling();
        if (polling == null) {
            throw new UnsupportedOperationException("The flowroute operation " + operation + " has no consumer;"
                    + " consumers are " + pollableOperations());
        }
        FlowroutePollingConsumer<?> consumer = switch (polling.kind()) {
            case RECORDS -> new FlowrouteMessageConsumer(this, processor);
            case INVENTORY -> new FlowrouteInventoryConsumer<>(this, processor,
                    InventorySource.of(declaration, this::optionValue));
        };
        return configured(consumer);
    }

    private FlowroutePollingConsumer<?> configured(FlowroutePollingConsumer<?> consumer) throws Exception {
        consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        configureConsumer(consumer);
        return consumer;
    }

    private static String pollableOperations() {
        return Arrays.stream(FlowrouteOperation.values())
                .filter(op -> op == FlowrouteOperation.callDetailRecords
                        || op.declaration() != null && op.declaration().polling() != null)
                .map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The value of an endpoint option by name ({@code null} when unset), through the generated configurer. */
    Object optionValue(String name) {
        return OPTIONS.getOptionValue(this, name, false);
    }

    @Override
    public FlowrouteComponent getComponent() {
        return (FlowrouteComponent) super.getComponent();
    }

    private synchronized FlowrouteClient acquireClient() throws Exception {
        if (client == null && (isStarting() || isStarted())) {
            FlowrouteClient own = configuration.getClient();
            sharedClient = own == null;
            client = own != null
                    ? own
                    : getComponent().getSharedClients().acquire(ClientSettings.of(this), SharedClients.Role.PRODUCER,
                            this::createClient);
        }
        return client;
    }

    /** A client of this endpoint's settings for a polling consumer, which uses no producer's I/O threads. */
    FlowrouteClient acquireConsumerClient() throws Exception {
        FlowrouteClient own = configuration.getClient();
        return own != null
                ? own : getComponent().getSharedClients().acquire(ClientSettings.of(this), SharedClients.Role.CONSUMER,
                        this::createClient);
    }

    void releaseConsumerClient() {
        if (configuration.getClient() == null) {
            getComponent().getSharedClients().release(ClientSettings.of(this), SharedClients.Role.CONSUMER);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (configuration.getClient() == null) {
            // refuse bad settings (plain http to a remote host, say) when the route starts, although the client
            // itself is only built on first use
            clientBuilder().validate();
        }
        if (configuration.getWorkerPoolSize() < 1) {
            throw new IllegalArgumentException("workerPoolSize must be at least 1");
        }
    }

    private FlowrouteClient createClient() throws Exception {
        HttpFlowrouteClientBuilder builder = clientBuilder();
        if (configuration.getSslContextParameters() != null) {
            SSLContext ssl = configuration.getSslContextParameters().createSSLContext(getCamelContext());
            builder.sslContext(ssl);
        }
        return builder.build();
    }

    /** The client this endpoint's settings describe, but for TLS (which needs the CamelContext to build). */
    HttpFlowrouteClientBuilder clientBuilder() {
        HttpFlowrouteClientBuilder builder = HttpFlowrouteClient.builder()
                .baseUrl(configuration.getBaseUrl())
                .credentials(configuration.getAccessKey(), configuration.getSecretKey())
                .connectTimeout(Duration.ofMillis(configuration.getConnectTimeout()))
                .responseTimeout(Duration.ofMillis(configuration.getResponseTimeout()))
                .requestTimeout(Duration.ofMillis(configuration.getRequestTimeout()))
                .connectionRequestTimeout(Duration.ofMillis(configuration.getConnectionRequestTimeout()))
                .maxConnections(configuration.getMaxConnections())
                .connectionMaxIdle(Duration.ofMillis(configuration.getConnectionMaxIdle()))
                .expectContinue(configuration.isExpectContinue())
                .ioThreadCount(configuration.getIoThreadCount())
                .allowInsecureHttp(configuration.isAllowInsecureHttp())
                .maxResponseSize(configuration.getMaxResponseSize())
                .retries(configuration.getMaxRetries(), Duration.ofMillis(configuration.getRetryDelay()),
                        Duration.ofMillis(configuration.getMaxRetryDelay()))
                .userAgent("camel-flowroute (Apache Camel " + getCamelContext().getVersion() + ")")
                .events(getComponent().getMetrics());
        if (configuration.isRateLimit()) {
            builder.rateLimit(rateLimiter(), configuration.getSmsPerSecond(), configuration.getMmsPerSecond(),
                    Duration.ofMillis(configuration.getRateLimitMaxWait()));
        }
        if (configuration.getProxyHost() != null) {
            builder.proxy(configuration.getProxyHost(),
                    configuration.getProxyPort() == null ? 0 : configuration.getProxyPort());
        }
        return builder;
    }

    private SendRateLimiter rateLimiter() {
        return configuration.getRateLimiter() != null ? configuration.getRateLimiter()
                : getComponent().getDefaultRateLimiter();
    }

    /**
     * Records a starting producer's send rates with the component, which refuses rates that differ from those of
     * the producers already sending with the same key and limiter.
     *
     * @return the limiter the rates were recorded for, to be given to {@link #releaseSendRates}; {@code null} when
     *         the producer sends through no limiter of the component's endpoints
     * @throws io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException on such a conflict
     */
    SendRateLimiter registerSendRates() {
        if (configuration.getClient() != null || !configuration.isRateLimit()) {
            return null;
        }
        SendRateLimiter limiter = rateLimiter();
        getComponent().getSendRates().register(limiter, configuration.getAccessKey(),
                configuration.getSmsPerSecond(), configuration.getMmsPerSecond(), "flowroute:" + operation);
        return limiter;
    }

    void releaseSendRates(SendRateLimiter limiter) {
        getComponent().getSendRates().release(limiter, configuration.getAccessKey());
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (sharedClient && client != null) {
            getComponent().getSharedClients().release(ClientSettings.of(this), SharedClients.Role.PRODUCER);
        }
        client = null;
        super.doStop();
    }

    // ---- webhook ----------------------------------------------------------------------------------------------

    @Override
    public Processor createWebhookHandler(Processor next) {
        if (operation != FlowrouteOperation.inboundMessages && operation != FlowrouteOperation.deliveryReceipts) {
            throw new UnsupportedOperationException("webhook:flowroute works with inboundMessages and deliveryReceipts,"
                    + " not " + operation);
        }
        checkWebhookAuthentication();
        return new FlowrouteWebhookProcessor(this, next);
    }

    private void checkWebhookAuthentication() {
        WebhookAuthentication.check(configuration.getWebhookToken(), configuration.getWebhookAllowedSources(),
                configuration.isWebhookAllowUnauthenticated(), "webhook:flowroute:" + operation);
    }

    @Override
    public List<String> getWebhookMethods() {
        return List.of("POST");
    }

    @Override
    public void setWebhookConfiguration(WebhookConfiguration webhookConfiguration) {
        this.webhookConfiguration = webhookConfiguration;
    }

    /** Registers the webhook's URL (with the token, when set) as the account's or the numbers' callback. */
    @Override
    public void registerWebhook() throws Exception {
        checkWebhookAuthentication();
        registration = new CallbackRegistration(getClient(), configuration.getCallbackNumbers(),
                operation == FlowrouteOperation.deliveryReceipts
                        ? List.of(CallbackType.DLR) : List.of(CallbackType.SMS, CallbackType.MMS));
        String url = callbackUrl();
        registration.register(url);
        registeredCallbackUrl = Masking.url(url);
    }

    @Override
    public void unregisterWebhook() throws Exception {
        if (registration != null && !configuration.isKeepCallbacksOnStop()) {
            registration.unregister();
            registeredCallbackUrl = null;
        }
    }

    private String callbackUrl() throws UnknownHostException {
        String url = webhookConfiguration.computeFullExternalUrl();
        String token = configuration.getWebhookToken();
        if (token == null) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + FlowrouteWebhookProcessor.TOKEN_PARAMETER + "="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The producer health check of this endpoint, registered while one of its producers runs. */
    synchronized ProducerHealthCheckRegistration producerHealthCheck() {
        if (producerHealthCheck == null) {
            producerHealthCheck = new ProducerHealthCheckRegistration(getCamelContext(), getId(),
                    URISupport.sanitizeUri(getEndpointUri()), this::getClient,
                    () -> new ProducerHealthCheckRegistration.Settings(getComponent().isHealthCheckProducerEnabled(),
                            Duration.ofMillis(getComponent().getHealthCheckInterval()),
                            Duration.ofMillis(configuration.getConnectTimeout())));
        }
        return producerHealthCheck;
    }

    /**
     * Where a producer's exchange continues once its call completed: the {@code workerPool} option, the component's
     * pool of {@code workerPoolSize} threads, or {@code null} with {@code continueOnIoThread} (the I/O thread itself).
     */
    ExecutorService workerPool() {
        if (configuration.isContinueOnIoThread()) {
            return null;
        }
        ExecutorService own = configuration.getWorkerPool();
        return own != null ? own : getComponent().workerPool(configuration.getWorkerPoolSize());
    }

    /**
     * The client this endpoint calls the API with (producers and webhooks; polling consumers have their own), taken
     * from the {@code client} option or the component's shared clients on first use; {@code null} while the endpoint
     * is not started.
     *
     * @throws IllegalStateException when a shared client cannot be built (bad TLS settings, say)
     */
    public FlowrouteClient getClient() {
        FlowrouteClient current = client;
        if (current != null) {
            return current;
        }
        try {
            return acquireClient();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the Flowroute client for flowroute:" + operation, e);
        }
    }

    public FlowrouteOperation getOperation() {
        return operation;
    }

    /** The callback URL this webhook endpoint registered, its token masked; {@code null} when it registered none. */
    public String registeredCallbackUrl() {
        return registeredCallbackUrl;
    }

    /**
     * The send rate limiter this endpoint's sends wait for: the {@code rateLimiter} option, or the component's default
     * once created; {@code null} when sends are not limited.
     */
    public SendRateLimiter rateLimiterInUse() {
        if (!configuration.isRateLimit()) {
            return null;
        }
        return configuration.getRateLimiter() != null
                ? configuration.getRateLimiter() : getComponent().defaultRateLimiterIfCreated();
    }

    // ---- JMX: the counts of this endpoint's operation (see FlowrouteComponent#getMetrics) -------------------------

    private EndpointStatistics statistics() {
        return new EndpointStatistics(getComponent().getMetrics().of(operation.name()), rateLimiterInUse());
    }

    @ManagedAttribute(description = "Calls of this operation that ended, in all endpoints of the component")
    public long getCalls() {
        return statistics().calls();
    }

    @ManagedAttribute(description = "Calls of this operation that ended in a failure")
    public long getFailedCalls() {
        return statistics().failedCalls();
    }

    @ManagedAttribute(description = "Attempts tried again after a failure (429s, stale connections, not sent, 5xx)")
    public long getRetries() {
        return statistics().retries();
    }

    @ManagedAttribute(description = "Attempts the API refused with 429 (rate limited)")
    public long getRateLimitedAnswers() {
        return statistics().rateLimited();
    }

    @ManagedAttribute(description = "Attempts that waited for their turn under the send rate limit")
    public long getRateLimitWaits() {
        return statistics().rateLimitWaits();
    }

    @ManagedAttribute(description = "The time attempts waited for their turn under the send rate limit, in millis")
    public long getRateLimitWaitMillis() {
        return statistics().rateLimitWaitMillis();
    }

    @ManagedAttribute(description = "Sends that failed after they may have reached the API (delivery unknown)")
    public long getDeliveryUnknown() {
        return statistics().deliveryUnknown();
    }

    @ManagedAttribute(description = "Webhook posts that repeated an earlier one and were not routed again")
    public long getWebhookDuplicates() {
        return statistics().webhookDuplicates();
    }

    @ManagedAttribute(description = "The send rate limiter in use: its type, the 429s it saw and the turns it delayed")
    public String getRateLimiterState() {
        return statistics().rateLimiterState();
    }

    @ManagedOperation(description = "The counts of this operation as JSON: outcomes, HTTP statuses, retry reasons")
    public String dumpStatisticsAsJson() {
        return statistics().toJson();
    }

    public void setOperation(FlowrouteOperation operation) {
        this.operation = operation;
    }

    public FlowrouteConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(FlowrouteConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }
}
