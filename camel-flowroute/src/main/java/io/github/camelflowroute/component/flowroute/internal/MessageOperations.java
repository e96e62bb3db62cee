package io.github.camelflowroute.component.flowroute.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelflowroute.component.flowroute.FlowrouteConfiguration;
import io.github.camelflowroute.component.flowroute.FlowrouteConstants;
import io.github.camelflowroute.component.flowroute.FlowrouteOperation;
import io.github.camelflowroute.component.flowroute.model.Message;
import io.github.camelflowroute.component.flowroute.model.MessageQuery;
import io.github.camelflowroute.component.flowroute.model.SendMessageResult;
import org.apache.camel.Exchange;

/** sendMessage, getMessage and listMessages. */
public final class MessageOperations {

    private MessageOperations() {
    }

    public static void register(Map<FlowrouteOperation, OperationHandler> handlers) {
        handlers.put(FlowrouteOperation.sendMessage, (exchange, client, conf) -> {
            Message message = message(exchange, conf);
            CompletableFuture<SendMessageResult> sent = client.sendMessage(message);
            return sent.thenAccept(result -> {
                    exchange.getMessage().setBody(result);
                exchange.getMessage().setHeader(FlowrouteConstants.MESSAGE_ID, result.id());
            });
        });
        handlers.put(FlowrouteOperation.getMessage, (exchange, client, conf) -> client
                .getMessage(ExchangeInputs.text(exchange, FlowrouteConstants.MESSAGE_ID, conf.getMessageId()))
                .thenAccept(exchange.getMessage()::setBody));
        handlers.put(FlowrouteOperation.listMessages, (exchange, client, conf) -> {
            Integer offset = ExchangeInputs.integer(exchange, FlowrouteConstants.OFFSET, "offset", conf.getOffset());
            MessageQuery query = new MessageQuery(
                    ExchangeInputs.instant(exchange, FlowrouteConstants.START_DATE, "startDate", conf.getStartDate()),
                    ExchangeInputs.instant(exchange, FlowrouteConstants.END_DATE, "endDate", conf.getEndDate()),
                    ExchangeInputs.integer(exchange, FlowrouteConstants.LIMIT, "limit", conf.getLimit()),
                    offset);
            return ListResults.apply(exchange, client, conf, offset, client.listMessages(query));
        });
    }

    /**
     * The message to send. A body that is a message model ({@link Message}, a {@code Map}, JSON text of an object)
     * gives its fields; what it leaves out comes from the headers, then the endpoint options. Any other body is the
     * text.
     */
    static Message message(Exchange exchange, FlowrouteConfiguration conf) {
        Message model = BodyReader.model(exchange, Message.class);
        Message base = model != null
                ? model
                : Message.sms(null, null, exchange.getMessage().getBody(String.class));
        List<String> media = base.mediaUrls().isEmpty()
                ? ExchangeInputs.list(exchange, FlowrouteConstants.MEDIA_URLS, conf.getMediaUrls())
                : base.mediaUrls();
        return new Message(
                base.from() != null ? base.from() : ExchangeInputs.text(exchange, FlowrouteConstants.FROM, conf.getFrom()),
                base.to() != null ? base.to() : ExchangeInputs.text(exchange, FlowrouteConstants.TO, conf.getTo()),
                base.body(),
                media,
                base.isMms() != null
                        ? base.isMms() : ExchangeInputs.bool(exchange, FlowrouteConstants.IS_MMS, "isMms", conf.getIsMms()),
                base.dlrCallback() != null
                        ? base.dlrCallback()
                        : ExchangeInputs.text(exchange, FlowrouteConstants.DLR_CALLBACK, conf.getDlrCallback()));
    }
}
