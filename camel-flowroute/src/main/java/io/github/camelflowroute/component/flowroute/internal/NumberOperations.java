package io.github.camelflowroute.component.flowroute.internal;

import java.math.BigDecimal;
import java.util.Map;

import io.github.camelflowroute.component.flowroute.FlowrouteConfiguration;
import io.github.camelflowroute.component.flowroute.FlowrouteConstants;
import io.github.camelflowroute.component.flowroute.FlowrouteOperation;
import io.github.camelflowroute.component.flowroute.model.AreaCodeQuery;
import io.github.camelflowroute.component.flowroute.model.AvailableNumberQuery;
import io.github.camelflowroute.component.flowroute.model.ExchangeQuery;
import io.github.camelflowroute.component.flowroute.model.NumberQuery;
import org.apache.camel.Exchange;

/** The account's numbers and the inventory for sale. */
public final class NumberOperations {

    private NumberOperations() {
    }

    public static void register(Map<FlowrouteOperation, OperationHandler> handlers) {
        handlers.put(FlowrouteOperation.listNumbers, (exchange, client, conf) -> {
            Integer offset = offset(exchange, conf);
            NumberQuery query = new NumberQuery(
                    conf.getStartsWith(), conf.getEndsWith(), conf.getContains(), limit(exchange, conf), offset);
            return ListResults.apply(exchange, client, conf, offset, client.listNumbers(query));
        });
        handlers.put(FlowrouteOperation.getNumber, (exchange, client, conf) -> client
                .getNumber(number(exchange, conf))
                .thenAccept(exchange.getMessage()::setBody));
        handlers.put(FlowrouteOperation.purchaseNumber, (exchange, client, conf) -> client
                .purchaseNumber(number(exchange, conf))
                .thenAccept(purchased -> {
                    exchange.getMessage().setBody(purchased);
                    exchange.getMessage().setHeader(FlowrouteConstants.NUMBER, purchased.value());
                }));
        handlers.put(FlowrouteOperation.searchAvailableNumbers, (exchange, client, conf) -> {
            Integer offset = offset(exchange, conf);
            AvailableNumberQuery query = new AvailableNumberQuery(
                    conf.getStartsWith(), conf.getEndsWith(), conf.getContains(), conf.getRateCenter(), conf.getState(),
                    limit(exchange, conf), offset);
            return ListResults.apply(exchange, client, conf, offset, client.searchAvailableNumbers(query));
        });
        handlers.put(FlowrouteOperation.listAvailableAreaCodes, (exchange, client, conf) -> {
            Integer offset = offset(exchange, conf);
            AreaCodeQuery query = new AreaCodeQuery(cost(conf), limit(exchange, conf), offset);
            return ListResults.apply(exchange, client, conf, offset, client.listAvailableAreaCodes(query));
        });
        handlers.put(FlowrouteOperation.listAvailableExchanges, (exchange, client, conf) -> {
            Integer offset = offset(exchange, conf);
            ExchangeQuery query = new ExchangeQuery(
                    conf.getAreaCode(), cost(conf), limit(exchange, conf), offset);
            return ListResults.apply(exchange, client, conf, offset, client.listAvailableExchanges(query));
        });
    }

    private static BigDecimal cost(FlowrouteConfiguration conf) {
        return conf.getMaxSetupCost() == null ? null : BigDecimal.valueOf(conf.getMaxSetupCost());
    }

    static String number(Exchange exchange, FlowrouteConfiguration conf) {
        return ExchangeInputs.text(exchange, FlowrouteConstants.NUMBER, conf.getNumber());
    }

    static Integer limit(Exchange exchange, FlowrouteConfiguration conf) {
        return ExchangeInputs.integer(exchange, FlowrouteConstants.LIMIT, "limit", conf.getLimit());
    }

    static Integer offset(Exchange exchange, FlowrouteConfiguration conf) {
        return ExchangeInputs.integer(exchange, FlowrouteConstants.OFFSET, "offset", conf.getOffset());
    }
}
