package io.github.camelflowroute.component.flowroute.client;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelflowroute.component.flowroute.model.CdrExport;
import io.github.camelflowroute.component.flowroute.model.Page;

import static io.github.camelflowroute.component.flowroute.client.ApiOperation.AnswerReader.resource;
import static io.github.camelflowroute.component.flowroute.client.ApiOperation.AnswerReader.resources;
import static io.github.camelflowroute.component.flowroute.client.Inputs.checked;
import static io.github.camelflowroute.component.flowroute.client.Inputs.decimalId;
import static io.github.camelflowroute.component.flowroute.client.Inputs.limit;
import static io.github.camelflowroute.component.flowroute.client.Inputs.offset;
import static io.github.camelflowroute.component.flowroute.client.Inputs.oneOf;

/** Call detail record exports: jobs that collect calls into a gzip'd CSV file, and the download of that file. */
public final class CdrApi {

    private static final int MAX_LIMIT = 200;
    private static final DateTimeFormatter FILTER_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    public static final ApiOperation<Page<CdrExport>> LIST_CDR_EXPORTS = ApiOperation
            .<Page<CdrExport>>get("listCdrExports", "/v2/cdrs/exports")
            .describedAs("List the account's CDR exports.")
            .inputs(oneOf("exportStatus", "processing", "completed", "failed").inQuery("status").filter(),
                    limit(MAX_LIMIT), offset())
            .readsPage("CdrExport", resources(CdrExport.class, CdrExport::withId));

    public static final ApiOperation<CdrExport> CREATE_CDR_EXPORT = ApiOperation
            .<CdrExport>post("createCdrExport", "/v2/cdrs/exports")
            .describedAs("Start a CDR export of the calls the body's filter parameters select"
                    + " (start_call_start_time, start_call_end_time, number_aliases, ...).")
            .inputs(checked("callbackUrl", url -> url == null ? null : ApiInputs.httpUrl("callbackUrl", url)))
            .bodyModel(Map.class)
            .check(args -> args.with("filters", filters(args.body(Map.class))))
            .writes((args, codec) -> {
                Map<String, Object> attributes = new LinkedHashMap<>();
                attributes.put("filter_parameters", args.get("filters"));
                if (args.get("callbackUrl") != null) {
                    attributes.put("callback_url", args.get("callbackUrl"));
                }
                return codec.resourceBody("cdrexport", attributes);
            })
            .reads("CdrExport", resource(CdrExport.class, CdrExport::withId))
            .resultHeader("cdrExportId", CdrExport::id);

    public static final ApiOperation<CdrExport> GET_CDR_EXPORT = ApiOperation
            .<CdrExport>get("getCdrExport", "/v2/cdrs/exports/{cdrExportId}")
            .describedAs("Look up a CDR export: its status and, once completed, its download URL.")
            .inputs(decimalId("cdrExportId").inPath())
            .reads("CdrExport", resource(CdrExport.class, CdrExport::withId));

    public static final ApiOperation<CallDetailRecordIterator> DOWNLOAD_CDR_EXPORT = ApiOperation
            .<CallDetailRecordIterator>get("downloadCdrExport", "/v2/cdrs/exports/{cdrExportId}")
            .describedAs("Download a completed CDR export: its calls as an Iterator of CallDetailRecord read lazily"
                    + " from the file (split it with streaming); the file comes from its download_url, without"
                    + " the API credentials.")
            .inputs(decimalId("cdrExportId").inPath())
            .reads("Iterator<CallDetailRecord>", (body, codec, args) -> null)
            .custom(CdrApi::download);

    private CdrApi() {
    }

    /** Looks the export up, then spools its file from download_url (another host: no credentials) and reads it. */
    private static CompletableFuture<CallDetailRecordIterator> download(HttpFlowrouteClient client, ApiArguments args)
            throws java.io.IOException {
        return client.send(GET_CDR_EXPORT, args).thenCompose(export -> {
            if (!export.isCompleted()) {
                throw new CompletionException(new FlowrouteException(
                        "CDR export " + export.id() + " is " + export.status()
                                + ", not completed: nothing to download"));
            }
            URI url;
            try {
                url = URI.create(export.downloadUrl());
            } catch (IllegalArgumentException e) {
                throw new CompletionException(new FlowrouteResponseException(
                        "GET", "/v2/cdrs/exports/" + export.id(), "its download_url is not a URL", null));
            }
            return client.spool(url).thenApply(file -> {
                try {
                    return new CallDetailRecordIterator(file);
                } catch (java.io.IOException e) {
                    throw new CompletionException(new FlowrouteTransportException(
                            "GET", url.getRawPath(), "the downloaded CDR file cannot be read: " + e, e));
                }
            });
        });
    }

    /** The filter parameters as sent: names as given, times in the API's {@code yyyy-MM-dd HH:mm:ss} (UTC). */
    private static Map<String, Object> filters(Map<?, ?> given) {
        if (given == null || given.isEmpty()) {
            throw new FlowrouteValidationException("body",
                    "the filter parameters are required (a Map such as start_call_start_time, start_call_end_time)");
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        given.forEach((name, value) -> filters.put(String.valueOf(name), filterValue(String.valueOf(name), value)));
        return filters;
    }

    private static Object filterValue(String name, Object value) {
        if (value instanceof Instant i) {
            return FILTER_TIME.format(i);
        } else if (value instanceof OffsetDateTime o) {
            return FILTER_TIME.format(o.toInstant());
        } else if (value instanceof ZonedDateTime z) {
            return FILTER_TIME.format(z.toInstant());
        } else if (value instanceof Date d) {
            return FILTER_TIME.format(d.toInstant());
        } else if (name.endsWith("_time") && value instanceof CharSequence text) {
            // check what is meant to be a time, so a typo is refused here rather than by the API
            Instant parsed = Inputs.instantOf(name, text.toString());
            return parsed == null ? null : FILTER_TIME.format(parsed);
        }
        return value;
    }
}
