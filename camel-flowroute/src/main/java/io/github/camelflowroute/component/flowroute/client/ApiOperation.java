package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelflowroute.component.flowroute.model.Page;

/**
 * One Flowroute API call, declared once: its name (the {@code flowroute:<name>} of the URI), HTTP method, path
 * template, inputs with their checks, how the request body is written, how the answer is read, the result values
 * that become headers, whether it pages and whether a consumer can poll it. The client sends any declaration
 * ({@link FlowrouteClient#call}); the component binds its inputs to headers, endpoint options and the body, and
 * documents it. The declarations are the constants of the {@code *Api} classes of this package.
 *
 * @param <R> what the call gives
 */
public final class ApiOperation<R> {

    private static final Pattern SEGMENT = Pattern.compile("\\{([A-Za-z0-9]+)}");

    /** Writes the request body from the checked inputs; {@code null} for none. */
    @FunctionalInterface
    interface RequestWriter {
        byte[] write(ApiArguments checked, JsonApiCodec codec) throws IOException;
    }

    /** Reads the answer body into the result. */
    @FunctionalInterface
    interface AnswerReader<R> {
        R read(byte[] body, JsonApiCodec codec, ApiArguments checked) throws IOException;

        /** Reads one resource of a model type; {@code withId} gives it the id JSON:API carries outside it. */
        static <A> AnswerReader<A> resource(Class<A> type, BiFunction<A, String, A> withId) {
            return (body, codec, args) -> codec.single(body, type, withId);
        }

        /** Reads a page of resources of a model type, each as {@link #resource} does. */
        static <A> AnswerReader<Page<A>> resources(Class<A> type, BiFunction<A, String, A> withId) {
            return (body, codec, args) -> codec.list(body, type, withId);
        }
    }

    private final String name;
    private final String method;
    private final String path;
    private final List<ApiInput> inputs = new ArrayList<>();
    private final Map<String, Function<R, Object>> resultHeaders = new LinkedHashMap<>();
    private String description = "";
    private String resultType = "null";
    private boolean paged;
    private Class<?> bodyModel;
    private String bodyText;
    private Consumer<ApiArguments> crossCheck = args -> {};
    private RequestWriter writer = (args, codec) -> null;
    private AnswerReader<R> reader = (body, codec, args) -> null;
    private String variantInput;
    private ApiOperation<R> variant;
    private Polling<?> polling;
    private ApiCall<R> custom;
    private Function<ApiArguments, SendRateLimiter.Kind> rateLimited;
    // whether the path has {input} segments and whether an input goes to the query: a send's path has neither, and
    // filling them is skipped then rather than matching a pattern and building a query on every call
    private final boolean templated;
    private boolean queried;

    private ApiOperation(String name, String method, String path) {
        this.name = name;
        this.method = method;
        this.path = path;
        this.templated = SEGMENT.matcher(path).find();
    }

    static <R> ApiOperation<R> get(String name, String path) {
        return new ApiOperation<>(name, "GET", path);
    }

    static <R> ApiOperation<R> post(String name, String path) {
        return new ApiOperation<>(name, "POST", path);
    }

    static <R> ApiOperation<R> put(String name, String path) {
        return new ApiOperation<>(name, "PUT", path);
    }

    static <R> ApiOperation<R> patch(String name, String path) {
        return new ApiOperation<>(name, "PATCH", path);
    }

    static <R> ApiOperation<R> delete(String name, String path) {
        return new ApiOperation<>(name, "DELETE", path);
    }

    // ---- declaration (used only while the *Api classes initialise) ---------------------------------------

    ApiOperation<R> describedAs(String text) {
        this.description = text;
        return this;
    }

    ApiOperation<R> inputs(ApiInput... declared) {
        Collections.addAll(inputs, declared);
        for (ApiInput in : declared) {
            queried |= in.place() == ApiInput.Place.QUERY;
        }
        return this;
    }

    /** The body may be this model (or a Map or JSON text of its fields); the request writer merges it. */
    ApiOperation<R> bodyModel(Class<?> model) {
        this.bodyModel = model;
        return this;
    }

    /** A body that is plain text, not a model, is the value of this input (unless the input is given). */
    ApiOperation<R> bodyText(String input) {
        this.bodyText = input;
        return this;
    }

    /** A check across inputs, run on the checked inputs; may add derived values for the writer. */
    ApiOperation<R> check(Consumer<ApiArguments> check) {
        this.crossCheck = check;
        return this;
    }

    ApiOperation<R> writes(RequestWriter requestWriter) {
        this.writer = requestWriter;
        return this;
    }

    /** The answer is read by {@code answerReader} into a {@code type} ({@code type} documents it). */
    ApiOperation<R> reads(String type, AnswerReader<R> answerReader) {
        this.resultType = type;
        this.reader = answerReader;
        return this;
    }

    /** The answer is one page of a list of {@code itemType}; the next pages are fetched with the same reader. */
    ApiOperation<R> readsPage(String itemType, AnswerReader<R> answerReader) {
        this.paged = true;
        this.resultType = "List<" + itemType + ">";
        this.reader = answerReader;
        return this;
    }

    /** The result value {@code value} is also set as the header of input {@code name}. */
    ApiOperation<R> resultHeader(String inputName, Function<R, Object> value) {
        resultHeaders.put(inputName, value);
        return this;
    }

    /** When {@code input} is given, {@code other} (same inputs, another path) is called instead. */
    ApiOperation<R> orWhenGiven(String input, ApiOperation<R> other) {
        this.variantInput = input;
        this.variant = other;
        return this;
    }

    ApiOperation<R> pollable(Polling<?> how) {
        this.polling = how;
        return this;
    }

    /** The call is more than one request (a download following the answer, say): {@code call} runs it. */
    ApiOperation<R> custom(ApiCall<R> call) {
        this.custom = call;
        return this;
    }

    /** The call is a send under the per-key send rate limit; {@code kind} tells SMS from MMS by its inputs. */
    ApiOperation<R> rateLimited(Function<ApiArguments, SendRateLimiter.Kind> kind) {
        this.rateLimited = kind;
        return this;
    }

    /** A call made of several requests; it starts them through the client's own methods. */
    @FunctionalInterface
    interface ApiCall<R> {
        java.util.concurrent.CompletableFuture<R> start(HttpFlowrouteClient client, ApiArguments checked)
                throws IOException;
    }

    // ---- reading a declaration ----------------------------------------------------------------------------

    public String name() {
        return name;
    }

    public String method() {
        return method;
    }

    /** The path template, with {@code {input}} segments. */
    public String path() {
        return path;
    }

    public String description() {
        return description;
    }

    public List<ApiInput> inputs() {
        return Collections.unmodifiableList(inputs);
    }

    /** The input of that name, or {@code null}. */
    public ApiInput input(String inputName) {
        for (ApiInput in : inputs) {
            if (in.name().equals(inputName)) {
                return in;
            }
        }
        return null;
    }

    /** The type of the result body, for documentation ({@code PhoneNumber}, {@code List<Route>}, {@code null}). */
    public String resultType() {
        return resultType;
    }

    /** The body model type the operation takes, or {@code null}. */
    public Class<?> bodyModel() {
        return bodyModel;
    }

    /** The input a plain-text body gives, or {@code null}. */
    public String bodyText() {
        return bodyText;
    }

    /** Whether the answer is a page of a list (a {@code Page}). */
    public boolean isPaged() {
        return paged;
    }

    /** The result values that are also set as headers, by input name. */
    public Map<String, Function<R, Object>> resultHeaders() {
        return Collections.unmodifiableMap(resultHeaders);
    }

    /** The kind of send this call is under the send rate limit, {@code null} when the limit does not apply. */
    SendRateLimiter.Kind rateLimitKind(ApiArguments checked) {
        return rateLimited == null ? null : rateLimited.apply(checked);
    }

    /** Whether the call is a send that waits for its turn under the send rate limit. */
    public boolean isRateLimited() {
        return rateLimited != null;
    }

    /** How a consumer polls this list, or {@code null} when it cannot. */
    public Polling<?> polling() {
        return polling;
    }

    /** The variant called when its input is given, or {@code null}. */
    public ApiOperation<R> variant() {
        return variant;
    }

    /** The input that selects the variant, or {@code null}. */
    public String variantInput() {
        return variantInput;
    }

    // ---- use by the client --------------------------------------------------------------------------------

    ApiOperation<R> variantFor(ApiArguments arguments) {
        return variant != null && arguments.get(variantInput) != null ? variant : this;
    }

    /** Every input checked and normalised, then the check across them; throws before anything is sent. */
    public ApiArguments check(ApiArguments raw) {
        ApiArguments checked = new ApiArguments();
        for (ApiInput in : inputs) {
            checked.with(in.name(), in.check(raw.get(in.name())));
        }
        checked.withBody(raw.body());
        crossCheck.accept(checked);
        return checked;
    }

    String expandPath(ApiArguments checked) {
        if (!templated) {
            return path;
        }
        Matcher m = SEGMENT.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            ApiInput in = input(m.group(1));
            Object value = checked.get(m.group(1));
            if (in == null || value == null) {
                throw new FlowrouteValidationException(m.group(1), "is required");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(in.toWire(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    String query(ApiArguments checked) {
        if (!queried) {
            return "";
        }
        QueryString q = new QueryString();
        for (ApiInput in : inputs) {
            if (in.place() == ApiInput.Place.QUERY) {
                Object value = checked.get(in.name());
                q.add(in.wireName(), value == null ? null : in.toWire(value));
            }
        }
        return q.toString();
    }

    byte[] write(ApiArguments checked, JsonApiCodec codec) throws IOException {
        return writer.write(checked, codec);
    }

    R read(byte[] body, JsonApiCodec codec, ApiArguments checked) throws IOException {
        return reader.read(body, codec, checked);
    }

    ApiCall<R> customCall() {
        return custom;
    }

    /** Whether a path (no query) is one this paged operation answers, so its next link is read the same way. */
    boolean answersPath(String rawPath) {
        return paged && rawPath.matches(SEGMENT.matcher(path).replaceAll("[^/]+"));
    }

    @Override
    public String toString() {
        return name + " (" + method + " " + path + ")";
    }
}
