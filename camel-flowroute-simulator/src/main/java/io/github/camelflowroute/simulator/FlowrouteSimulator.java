package io.github.camelflowroute.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stateful, spec-validated stand-in for the Flowroute API ({@code https://api.flowroute.com}), served
 * over plain HTTP on the loopback interface.
 *
 * <pre>{@code
 * try (FlowrouteSimulator sim = FlowrouteSimulator.builder().build().start()) {
 *     String base = sim.baseUrl();          // http://127.0.0.1:<port>
 *     // point the client at base with sim.accessKey() / sim.secretKey()
 * }
 * }</pre>
 *
 * <p>Every request is authenticated (HTTP Basic), validated against the bundled OpenAPI document, served
 * from {@link #state()}, recorded in {@link #journal()}, and its answer validated against the same
 * document; answers that break it in undocumented ways are collected in {@link #responseViolations()}.
 * {@link #faults()} injects errors, delays and dropped connections, queued or at random, and counts them.
 *
 * <p>Like Flowroute, the simulator POSTs inbound messages ({@link #injectInbound}, {@link #injectInboundMms})
 * and the delivery receipts of every send to the registered callback URLs ({@code state().callbacks()}),
 * retrying until it gets HTTP 200; {@link #callbackJournal()} records each attempt. A control API under
 * {@value #CONTROL_PREFIX} drives all of this over HTTP.
 */
public final class FlowrouteSimulator implements AutoCloseable {

    /** The production API's base URL; paging and self links always point there, as the live API's do. */
    public static final String LIVE_BASE_URL = "https://api.flowroute.com";
    /** Access key accepted unless the builder sets another. */
    public static final String DEFAULT_ACCESS_KEY = "sim-access-key";
    /** Secret key accepted unless the builder sets another. */
    public static final String DEFAULT_SECRET_KEY = "sim-secret-key";
    /** Seed of the starting data unless the builder sets another. */
    public static final long DEFAULT_SEED = 42L;
    /** Path prefix of the simulator's own control API (and of the media files it serves). */
    public static final String CONTROL_PREFIX = "/_sim/";
    /** Re-posts after a callback that did not get HTTP 200, as Flowroute does. */
    public static final int DEFAULT_CALLBACK_RETRIES = 4;
    /** Wait before each callback re-post, as Flowroute does. */
    public static final Duration DEFAULT_CALLBACK_RETRY_INTERVAL = Duration.ofSeconds(30);
    /** Connect and answer timeout of one callback attempt. */
    public static final Duration DEFAULT_CALLBACK_TIMEOUT = Duration.ofSeconds(10);
    /** Flowroute's send limit for SMS, per access key and second. */
    public static final int DEFAULT_SMS_PER_SECOND = 5;
    /** Flowroute's send limit for MMS, per access key and second. */
    public static final int DEFAULT_MMS_PER_SECOND = 1;

    private static final Logger LOG = LoggerFactory.getLogger(FlowrouteSimulator.class);
    private static final int MAX_VIOLATIONS = 1_000;

    private final Builder config;
    private final SimulatorState state;
    private final RequestJournal journal = new RequestJournal();
    private final FaultInjector faults = new FaultInjector();
    private final Deque<String> violations = new ArrayDeque<>();
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonRenderer json;
    private final CallbackJournal callbackJournal = new CallbackJournal();
    private final CallbackDispatcher dispatcher;
    private final RateLimiter rateLimiter;
    private final CdrDownloadHandler downloads;
    private HttpServer server;
    private ExecutorService executor;

    private FlowrouteSimulator(Builder config) {
        this.config = config;
        this.state = new SimulatorState(config.seed);
        state.cnams().configureDefaultDelay(config.cnamApprovalDelay);
        state.cdrExports().configureDefaultDelay(config.cdrExportDelay);
        this.downloads = new CdrDownloadHandler(state.cdrExports());
        this.json = new JsonRenderer(mapper, config.style);
        json.assignmentsFrom(state);
        this.dispatcher = new CallbackDispatcher(new CallbackDispatcher.Settings(config.callbackRetries,
                config.callbackRetryInterval, config.callbackTimeout), callbackJournal);
        this.rateLimiter = new RateLimiter(config.enforceRateLimits, config.smsPerSecond, config.mmsPerSecond,
                config.rateLimitRetryAfter, config.clock);
    }

    /** A builder with the defaults: free port, demo credentials, LIVE style, validation on, no latency. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds 127.0.0.1 and starts serving.
     *
     * @return this simulator
     * @throws IllegalStateException if already started
     * @throws UncheckedIOException  if the port cannot be bound
     */
    public synchronized FlowrouteSimulator start() {
        if (server != null) {
            throw new IllegalStateException("simulator already started on port " + port());
        }
        SimulatorHttpHandler handler = new SimulatorHttpHandler(
                new SimulatorHttpHandler.Settings(new BasicAuth(config.accessKey, config.secretKey), config.latency,
                        config.validateRequests, config.validateResponses),
                routes(), new RequestNormalizer(mapper), json, journal, faults, this::addViolation, rateLimiter);
        enableNoDelay();
        try {
            // loopback only: the simulator accepts the demo credentials and must never face a network
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), config.port), 0);
            executor = Executors.newCachedThreadPool(daemonThreads());
            s.setExecutor(executor);
            s.createContext("/", handler);
            s.createContext(CONTROL_PREFIX, new ControlApi(this, json, mapper));
            // CDR downloads: outside the API's paths and its credentials, like S3's pre-signed URLs
            s.createContext(CdrExportHandler.DOWNLOAD_PREFIX, downloads);
            s.start();
            server = s;
        } catch (IOException e) {
            if (executor != null) {
                executor.shutdownNow();
            }
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + config.port, e);
        }
        dispatcher.start();
        LOG.info("Flowroute simulator listening on {} ({} style)", baseUrl(), config.style);
        return this;
    }

    private ApiRouter routes() {
        MessagesHandler messages = new MessagesHandler(state, json, Clock.systemUTC(), this::sent);
        NumbersHandler numbers = new NumbersHandler(state, json);
        AvailableNumbersHandler available = new AvailableNumbersHandler(state, json);
        RoutesHandler routes = new RoutesHandler(state, json);
        CallbacksHandler callbacks = new CallbacksHandler(state, json);
        E911Handler e911 = new E911Handler(state, json);
        CnamHandler cnam = new CnamHandler(state, json, Clock.systemUTC());
        CdrExportHandler cdrs = new CdrExportHandler(state, json, this::baseUrl);
        PortingHandler porting = new PortingHandler(state, json);
        EdgeStrategiesHandler edgeStrategies = new EdgeStrategiesHandler(json);
        // the callback paths come from the later spec revision, and are validated against it
        SpecValidator revision = SpecValidator.loadCallbacks();
        // the calls only the SDKs make are validated against the project's own fragment
        SpecValidator sdk = SpecValidator.loadSdkCalls();
        ApiRouter router = new ApiRouter(SpecValidator.load());
        // literal paths before templates: /v2.1/messages/sms_callback is not an MDR id
        for (CallbackType type : CallbackType.values()) {
            String account = "/v2.1/messages/" + type.pathSegment();
            String number = "/v2/numbers/{id}/relationships/" + type.pathSegment();
            router.add("PUT", account, revision, callbacks::setAccount)
                    .add("GET", account, revision, callbacks::getAccount)
                    .add("DELETE", account, revision, callbacks::removeAccount)
                    .add("POST", number, revision, callbacks::setNumber)
                    .add("GET", number, revision, callbacks::getNumber)
                    .add("DELETE", number, revision, callbacks::removeNumber);
        }
        // literal paths before templates: /v2/numbers/available is not a number id
        return router
                .add("POST", "/v2.1/messages", messages::send)
                .add("GET", "/v2.1/messages", messages::search)
                .add("GET", "/v2.1/messages/{id}", messages::get)
                .add("GET", "/v2/numbers", numbers::list)
                .add("GET", "/v2/numbers/available", available::numbers)
                .add("GET", "/v2/numbers/available/areacodes", available::areaCodes)
                .add("GET", "/v2/numbers/available/exchanges", available::exchanges)
                .add("GET", "/v2/numbers/{id}", numbers::get)
                .add("POST", "/v2/numbers/{id}", numbers::purchase)
                .add("DELETE", "/v2/numbers/{id}", revision, numbers::release)
                .add("PATCH", "/v2/numbers/{id}", sdk, numbers::updateAlias)
                .add("PATCH", "/v2/numbers/{number_id}/relationships/e911s/{e911_id}", sdk, e911::assign)
                .add("DELETE", "/v2/numbers/{number_id}/relationships/e911s", sdk, e911::unassign)
                .add("GET", "/v2/e911s", sdk, e911::list)
                .add("POST", "/v2/e911s", sdk, e911::create)
                .add("POST", "/v2/e911s/validate", sdk, e911::validate)
                .add("GET", "/v2/e911s/{e911_id}", sdk, e911::get)
                .add("PATCH", "/v2/e911s/{e911_id}", sdk, e911::update)
                .add("DELETE", "/v2/e911s/{e911_id}", sdk, e911::delete)
                .add("GET", "/v2/e911s/{e911_id}/relationships/numbers", sdk, e911::numbers)
                .add("GET", "/v2/routes/edge_strategies", sdk, edgeStrategies::list)
                .add("GET", "/v2/cdrs/exports", sdk, cdrs::list)
                .add("POST", "/v2/cdrs/exports", sdk, cdrs::create)
                .add("GET", "/v2/cdrs/exports/{cdrexport_id}", sdk, cdrs::get)
                .add("POST", "/v2/portorders/portability", sdk, porting::checkPortability)
                .add("GET", "/v2/portorders", sdk, porting::list)
                .add("GET", "/v2/cnams", sdk, cnam::list)
                .add("POST", "/v2/cnams", sdk, cnam::create)
                .add("GET", "/v2/cnams/{cnam_id}", sdk, cnam::get)
                .add("DELETE", "/v2/cnams/{cnam_id}", sdk, cnam::delete)
                // Python, PHP and Ruby use relationships/cnam, the Node SDK relationships/cnams
                .add("PATCH", "/v2/numbers/{number_id}/relationships/cnam/{cnam_id}", sdk, cnam::assign)
                .add("PATCH", "/v2/numbers/{number_id}/relationships/cnams/{cnam_id}", sdk, cnam::assign)
                .add("DELETE", "/v2/numbers/{number_id}/relationships/cnam", sdk, cnam::unassign)
                .add("DELETE", "/v2/numbers/{number_id}/relationships/cnams", sdk, cnam::unassign)
                .add("PATCH", "/v2/numbers/{number_id}/relationships/primary_route", routes::assignPrimary)
                .add("PATCH", "/v2/numbers/{number_id}/relationships/failover_route", routes::assignFailover)
                .add("POST", "/v2/routes", routes::create)
                .add("GET", "/v2/routes", routes::list);
    }

    /**
     * Whether the simulator has an operation for this method and path (a concrete path such as
     * {@code /v2/numbers/12065551234}); tests use it to tell served API families from pending ones.
     */
    boolean serves(String method, String path) {
        return routes().resolve(method, path) instanceof ApiRouter.Match;
    }

    /** Stops serving and delivering; in-flight requests and callbacks are cut short. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        dispatcher.close();
        LOG.info("Flowroute simulator on {} stopped", baseUrl());
        server = null;
        executor = null;
    }

    /** Whether the simulator is serving. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * The base URL, {@code http://127.0.0.1:<port>}, without trailing slash.
     *
     * @throws IllegalStateException if not started
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * The bound port.
     *
     * @throws IllegalStateException if not started
     */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("simulator not started");
        }
        return server.getAddress().getPort();
    }

    /** The access key (Basic username) the simulator accepts. */
    public String accessKey() {
        return config.accessKey;
    }

    /** The secret key (Basic password) the simulator accepts. */
    public String secretKey() {
        return config.secretKey;
    }

    /** The payload style of the answers. */
    public ResponseStyle responseStyle() {
        return config.style;
    }

    /** The simulated account; changes show in the API at once. */
    public SimulatorState state() {
        return state;
    }

    /** Requests received so far. */
    public RequestJournal journal() {
        return journal;
    }

    /** Error, delay and connection-drop injection. */
    public FaultInjector faults() {
        return faults;
    }

    /**
     * Problems found validating the simulator's own answers that are not documented live variants (see
     * {@link ResponseStyle}). Should stay empty; each entry reads
     * {@code METHOD path -> status: key [at pointer]: message}. Keeps the latest 1,000.
     */
    public List<String> responseViolations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    /** Forgets the recorded response violations. */
    public void clearResponseViolations() {
        synchronized (violations) {
            violations.clear();
        }
    }

    /**
     * Back to a fresh start without restarting the server: seed data, empty journal, no faults, no fault
     * plan and fault counters at zero, no violations, no callback URLs, no queued or scheduled callbacks,
     * empty callback journal, deliveries not paused, rate-limit windows and {@link #rateLimitedCount()}
     * cleared and enforcement back to the builder's {@code enforceRateLimits} setting.
     */
    public void reset() {
        dispatcher.cancelAll();
        rateLimiter.reset(config.enforceRateLimits);
        state.reset();
        journal.clear();
        faults.reset();
        callbackJournal.clear();
        downloads.clear();
        clearResponseViolations();
    }

    /**
     * Requests to CDR export download URLs since start or the last {@link #reset()}: export id, status
     * answered, and whether the request carried an {@code Authorization} header (refused with 400, as S3
     * refuses a second auth mechanism on a pre-signed URL).
     */
    public List<CdrDownloadHandler.Attempt> cdrDownloads() {
        return downloads.attempts();
    }

    // ---- rate limits -------------------------------------------------------------------------------

    /**
     * Switches enforcement of Flowroute's send rate limits on a running (or not yet started) simulator:
     * per access key, at most {@link Builder#smsPerSecond(int)} SMS and {@link Builder#mmsPerSecond(int)}
     * MMS sends in any sliding 1000 ms window, else HTTP 429. Switching forgets the attempts counted so far.
     *
     * @param enabled whether to enforce
     */
    public void enforceRateLimits(boolean enabled) {
        rateLimiter.setEnforced(enabled);
    }

    /**
     * Delays each send attempt by a random 0 to {@code max} before the rate limit counts it (while limits are
     * enforced), so attempts sent evenly arrive unevenly, as on a busy network or host. Zero (the default, and
     * after {@link #reset()}) for none.
     */
    public void sendArrivalJitter(Duration max) {
        rateLimiter.setArrivalJitterMillis(max.toMillis());
    }

    /** Whether send rate limits are enforced now. */
    public boolean rateLimitsEnforced() {
        return rateLimiter.isEnforced();
    }

    /** SMS sends allowed per access key in any 1000 ms window while limits are enforced. */
    public int smsPerSecond() {
        return rateLimiter.smsPerSecond();
    }

    /** MMS sends allowed per access key in any 1000 ms window while limits are enforced. */
    public int mmsPerSecond() {
        return rateLimiter.mmsPerSecond();
    }

    /** Whether 429 answers of the rate limiter carry {@code Retry-After: 1}. */
    public boolean rateLimitRetryAfter() {
        return rateLimiter.retryAfter();
    }

    /** How many sends were answered 429 by the rate limiter since start or the last {@link #reset()}. */
    public long rateLimitedCount() {
        return rateLimiter.limitedCount();
    }

    // ---- inbound traffic and callbacks -------------------------------------------------------------

    /**
     * Someone texts an account number: records an inbound SMS MDR (timestamp now) and POSTs it to the
     * number's {@code sms_callback}, else the account's, if one is registered.
     *
     * @param from sender, e.g. {@code 13125550123}
     * @param to   a number on the account
     * @param body message text
     * @return the MDR id
     * @throws IllegalArgumentException when {@code to} is not on the account
     * @throws IllegalStateException    when the simulator is not running
     */
    public String injectInbound(String from, String to, String body) {
        return inject(from, to, Objects.requireNonNull(body, "body"), List.of());
    }

    /**
     * Someone sends an MMS to an account number: stores the media (served at
     * {@code <baseUrl>/_sim/media/<media id>}), records the MDR and POSTs it to the {@code mms_callback}
     * registered for the number, else the account's.
     *
     * @param from  sender
     * @param to    a number on the account
     * @param body  message text, may be empty
     * @param media the files, at least one
     * @return the MDR id
     * @throws IllegalArgumentException when {@code to} is not on the account or there is no media
     * @throws IllegalStateException    when the simulator is not running
     */
    public String injectInboundMms(String from, String to, String body, List<SimMedia> media) {
        if (media == null || media.isEmpty()) {
            throw new IllegalArgumentException("an MMS needs at least one media file");
        }
        return inject(from, to, body, List.copyOf(media));
    }

    private String inject(String from, String to, String body, List<SimMedia> media) {
        String mediaBase = baseUrl() + CONTROL_PREFIX + "media/";
        SimMessage stored = state.addInbound(from, to, body, media, mediaBase,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        CallbackType type = stored.isMms() ? CallbackType.MMS : CallbackType.SMS;
        state.callbacks().resolve(to, type).ifPresent(url -> dispatcher.submit(stored.id(), List.of(
                new CallbackDispatcher.Post(type, url,
                        json.text(json.inboundCallback(stored, media, config.callbackStyle))))));
        return stored.id();
    }

    /** A send was stored: its receipts go to its own dlr_callback, else the number's, else the account's. */
    private void sent(SimMessage message) {
        String url = message.dlrCallback() != null ? message.dlrCallback()
                : state.callbacks().resolve(message.from(), CallbackType.DLR).orElse(null);
        if (url == null) {
            return;
        }
        List<CallbackDispatcher.Post> posts = new ArrayList<>();
        for (SimMessage.DeliveryReceipt receipt : message.deliveryReceipts()) {
            posts.add(new CallbackDispatcher.Post(CallbackType.DLR, url,
                    json.text(json.deliveryReceiptCallback(message, receipt))));
        }
        dispatcher.submit(message.id(), posts);
    }

    /** Every callback attempt so far. */
    public CallbackJournal callbackJournal() {
        return callbackJournal;
    }

    /**
     * Waits until every queued callback was delivered (HTTP 200) or given up after its retries.
     *
     * @return {@code true} when none remain; {@code false} after the timeout (or when interrupted)
     */
    public boolean awaitDeliveries(Duration timeout) {
        return dispatcher.await(Objects.requireNonNull(timeout, "timeout"));
    }

    /**
     * Holds back callback attempts from now on (attempts already under way finish); they stay queued, in
     * order, until {@link #resumeDeliveries()} or {@link #reset()}.
     */
    public void pauseDeliveries() {
        dispatcher.pause();
    }

    /** Lets held-back callback attempts go at once. */
    public void resumeDeliveries() {
        dispatcher.resume();
    }

    /** Whether callback delivery is paused. */
    public boolean deliveriesPaused() {
        return dispatcher.isPaused();
    }

    /** How many messages still have callbacks to deliver (queued, paused or waiting for a retry). */
    public int pendingDeliveries() {
        return dispatcher.outstanding();
    }

    /** The body style of inbound-message callbacks. */
    public CallbackStyle callbackStyle() {
        return config.callbackStyle;
    }

    /** Called from server threads; guarded by the deque itself so it never waits on start/close. */
    private void addViolation(String violation) {
        synchronized (violations) {
            if (violations.size() == MAX_VIOLATIONS) {
                violations.removeFirst();
            }
            violations.addLast(violation);
        }
    }

    /**
     * The JDK server writes response headers and body separately; with Nagle's algorithm on, the body then
     * waits for the client's delayed ACK (about 40 ms per request). The JDK reads this switch once, when its
     * first server starts, and it only concerns com.sun.net.httpserver; an explicit setting is respected.
     */
    private static void enableNoDelay() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "flowroute-simulator-" + count.incrementAndGet());
            // never keep a test JVM alive because a simulator was not closed
            t.setDaemon(true);
            return t;
        };
    }

    /** Configures a {@link FlowrouteSimulator}. */
    public static final class Builder {
        private int port;
        private String accessKey = DEFAULT_ACCESS_KEY;
        private String secretKey = DEFAULT_SECRET_KEY;
        private ResponseStyle style = ResponseStyle.LIVE;
        private boolean validateRequests = true;
        private boolean validateResponses = true;
        private Duration latency = Duration.ZERO;
        private long seed = DEFAULT_SEED;
        private CallbackStyle callbackStyle = CallbackStyle.JSON_API;
        private int callbackRetries = DEFAULT_CALLBACK_RETRIES;
        private Duration callbackRetryInterval = DEFAULT_CALLBACK_RETRY_INTERVAL;
        private Duration callbackTimeout = DEFAULT_CALLBACK_TIMEOUT;
        private boolean enforceRateLimits;
        private int smsPerSecond = DEFAULT_SMS_PER_SECOND;
        private int mmsPerSecond = DEFAULT_MMS_PER_SECOND;
        private boolean rateLimitRetryAfter;
        private Clock clock = Clock.systemUTC();
        private Duration cnamApprovalDelay = CnamRecords.DEFAULT_APPROVAL_DELAY;
        private Duration cdrExportDelay = CdrExports.DEFAULT_COMPLETION_DELAY;

        private Builder() {
        }

        /** Port to bind on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("port out of range: " + value);
            }
            this.port = value;
            return this;
        }

        /** Access key and secret key to accept (defaults: {@code sim-access-key} / {@code sim-secret-key}). */
        public Builder credentials(String access, String secret) {
            if (access == null || access.isEmpty() || access.contains(":")) {
                throw new IllegalArgumentException("access key must be non-empty and contain no ':'");
            }
            this.accessKey = access;
            this.secretKey = Objects.requireNonNull(secret, "secret key");
            return this;
        }

        /** {@link ResponseStyle#LIVE} (default) or {@link ResponseStyle#SPEC}. */
        public Builder responseStyle(ResponseStyle value) {
            this.style = Objects.requireNonNull(value, "style");
            return this;
        }

        /** Whether requests breaking the spec are refused with 400/422 (default true). */
        public Builder validateRequests(boolean value) {
            this.validateRequests = value;
            return this;
        }

        /** Whether answers are checked against the spec (default true). */
        public Builder validateResponses(boolean value) {
            this.validateResponses = value;
            return this;
        }

        /** Delay added to every answer (default none). */
        public Builder latency(Duration value) {
            this.latency = zeroOrPositive("latency", value);
            return this;
        }

        /** Seed of the starting data (default 42); equal seeds give equal data. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** Body of inbound-message callbacks: {@link CallbackStyle#JSON_API} (default) or {@code LEGACY}. */
        public Builder callbackStyle(CallbackStyle value) {
            this.callbackStyle = Objects.requireNonNull(value, "callback style");
            return this;
        }

        /** Wait before re-posting a callback that did not get HTTP 200 (default 30 s, as Flowroute). */
        public Builder callbackRetryInterval(Duration value) {
            this.callbackRetryInterval = zeroOrPositive("retry interval", value);
            return this;
        }

        /** Re-posts after the first attempt of a callback (default 4, as Flowroute; 0 = no retry). */
        public Builder callbackRetries(int value) {
            this.callbackRetries = atLeast(0, "retries", value);
            return this;
        }

        /** Connect and answer timeout of one callback attempt (default 10 s). */
        public Builder callbackTimeout(Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("callback timeout must be positive: " + value);
            }
            this.callbackTimeout = value;
            return this;
        }

        /**
         * Whether sends are limited like Flowroute's API (default false): per access key, at most
         * {@link #smsPerSecond(int)} SMS and {@link #mmsPerSecond(int)} MMS in any sliding 1000 ms window,
         * else HTTP 429 with an error body. Every attempt counts, the refused ones included.
         */
        public Builder enforceRateLimits(boolean value) {
            this.enforceRateLimits = value;
            return this;
        }

        /** SMS sends allowed per access key in any 1000 ms window (default 5, as Flowroute). */
        public Builder smsPerSecond(int value) {
            this.smsPerSecond = atLeast(1, "smsPerSecond", value);
            return this;
        }

        /** MMS sends allowed per access key in any 1000 ms window (default 1, as Flowroute). */
        public Builder mmsPerSecond(int value) {
            this.mmsPerSecond = atLeast(1, "mmsPerSecond", value);
            return this;
        }

        /**
         * Whether a rate-limited 429 carries {@code Retry-After: 1} (default false: Flowroute does not
         * document the header).
         */
        public Builder rateLimitRetryAfter(boolean value) {
            this.rateLimitRetryAfter = value;
            return this;
        }

        /**
         * Time from a CNAM record's creation to its approval by the simulated review (default 5 s; Flowroute
         * takes up to 48 hours); zero approves at creation. Changeable at run time with
         * {@code state().cnams().approvalDelay(Duration)}; {@link FlowrouteSimulator#reset()} restores this.
         */
        public Builder cnamApprovalDelay(Duration value) {
            this.cnamApprovalDelay = zeroOrPositive("cnamApprovalDelay", value);
            return this;
        }

        /**
         * Time from a CDR export's creation to its completion (default 1 s); zero completes at creation.
         * Changeable at run time with {@code state().cdrExports().completionDelay(Duration)}, per export with
         * {@code state().cdrExports().enqueueOutcome(...)}; {@link FlowrouteSimulator#reset()} restores this.
         */
        public Builder cdrExportDelay(Duration value) {
            this.cdrExportDelay = zeroOrPositive("cdrExportDelay", value);
            return this;
        }

        /** Test hook: the clock of the rate limiter's windows (default the system clock). */
        Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** A new, not yet started simulator. */
        public FlowrouteSimulator build() {
            return new FlowrouteSimulator(copy());
        }

        private Builder copy() {
            Builder b = new Builder();
            b.port = port;
            b.accessKey = accessKey;
            b.secretKey = secretKey;
            b.style = style;
            b.validateRequests = validateRequests;
            b.validateResponses = validateResponses;
            b.latency = latency;
            b.seed = seed;
            b.callbackStyle = callbackStyle;
            b.callbackRetries = callbackRetries;
            b.callbackRetryInterval = callbackRetryInterval;
            b.callbackTimeout = callbackTimeout;
            b.enforceRateLimits = enforceRateLimits;
            b.smsPerSecond = smsPerSecond;
            b.mmsPerSecond = mmsPerSecond;
            b.rateLimitRetryAfter = rateLimitRetryAfter;
            b.clock = clock;
            b.cnamApprovalDelay = cnamApprovalDelay;
            b.cdrExportDelay = cdrExportDelay;
            return b;
        }

        private static Duration zeroOrPositive(String what, Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException(what + " must be zero or positive: " + value);
            }
            return value;
        }

        private static int atLeast(int min, String what, int value) {
            if (value < min) {
                throw new IllegalArgumentException(what + " must be " + min + " or more: " + value);
            }
            return value;
        }
    }
}
