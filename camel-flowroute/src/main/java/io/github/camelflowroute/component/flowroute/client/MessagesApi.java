package io.github.camelflowroute.component.flowroute.client;

import java.util.List;

import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.component.flowroute.model.OutboundMessage;
import io.github.camelflowroute.component.flowroute.model.Page;
import io.github.camelflowroute.component.flowroute.model.SendMessageResult;

import static io.github.camelflowroute.component.flowroute.client.Inputs.bool;
import static io.github.camelflowroute.component.flowroute.client.Inputs.checked;
import static io.github.camelflowroute.component.flowroute.client.Inputs.instant;
import static io.github.camelflowroute.component.flowroute.client.Inputs.limit;
import static io.github.camelflowroute.component.flowroute.client.Inputs.list;
import static io.github.camelflowroute.component.flowroute.client.Inputs.offset;
import static io.github.camelflowroute.component.flowroute.client.Inputs.text;

/** Messages: send, look up and search message detail records. */
public final class MessagesApi {

    public static final ApiOperation<SendMessageResult> SEND_MESSAGE = ApiOperation
            .<SendMessageResult>post("sendMessage", "/v2.1/messages")
            .describedAs("Send an SMS or MMS.")
            .inputs(text("from"), text("to"), list("mediaUrls"), bool("isMms"), text("dlrCallback"),
                    text("text").bodyOnly())
            .bodyModel(OutboundMessage.class).bodyText("text")
            .check(MessagesApi::message)
            .writes((args, codec) -> codec.messageBody(args.get("message", OutboundMessage.class)))
            .rateLimited(args -> args.get("message", OutboundMessage.class).multimedia()
                    ? SendRateLimiter.Kind.MMS : SendRateLimiter.Kind.SMS)
            .reads("SendMessageResult", (body, codec, args) -> codec.sendResult(body))
            .resultHeader("messageId", SendMessageResult::id);

    public static final ApiOperation<MessageDetailRecord> GET_MESSAGE = ApiOperation
            .<MessageDetailRecord>get("getMessage", "/v2.1/messages/{messageId}")
            .describedAs("Look up a message detail record by id.")
            .inputs(checked("messageId", ApiInputs::messageId).inPath())
            .reads("MessageDetailRecord", (body, codec, args) -> codec.message(body));

    public static final ApiOperation<Page<MessageDetailRecord>> LIST_MESSAGES = ApiOperation
            .<Page<MessageDetailRecord>>get("listMessages", "/v2.1/messages")
            .describedAs("Search message detail records by date.")
            .inputs(instant("startDate").required().inQuery("start_date").wire(MessagesApi::apiDate),
                    instant("endDate").inQuery("end_date").wire(MessagesApi::apiDate),
                    limit(Integer.MAX_VALUE), offset())
            .check(args -> {
                java.time.Instant start = args.get("startDate", java.time.Instant.class);
                java.time.Instant end = args.get("endDate", java.time.Instant.class);
                if (end != null && !end.isAfter(start)) {
                    throw new FlowrouteValidationException("endDate", "must be after startDate");
                }
            })
            .readsPage("MessageDetailRecord", (body, codec, args) -> codec.messages(body))
            .pollable(Polling.records("messageId", MessageDetailRecord::id));

    private MessagesApi() {
    }

    private static String apiDate(Object instant) {
        return ApiInputs.apiDate((java.time.Instant) instant);
    }

    /**
     * The message to send: the body model's fields, then the inputs (headers, then endpoint options) for what it
     * leaves out; a plain-text body is the text. Checked as {@link HttpFlowrouteClient#checkedMessage} does.
     */
    private static void message(ApiArguments args) {
        OutboundMessage model = args.body(OutboundMessage.class);
        OutboundMessage base = model != null ? model : OutboundMessage.sms(null, null, args.get("text", String.class));
        @SuppressWarnings("unchecked")
        List<String> media = base.mediaUrls().isEmpty() ? (List<String>) args.get("mediaUrls") : base.mediaUrls();
        OutboundMessage merged = new OutboundMessage(
                base.from() != null ? base.from() : args.get("from", String.class),
                base.to() != null ? base.to() : args.get("to", String.class),
                base.body(),
                media,
                base.isMms() != null ? base.isMms() : args.get("isMms", Boolean.class),
                base.dlrCallback() != null ? base.dlrCallback() : args.get("dlrCallback", String.class));
        args.with("message", HttpFlowrouteClient.checkedMessage(merged));
    }
}
