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
                    startsWith(exchange, conf), endsWith(exchange, conf), contains(exchange, conf),
                    limit(exchange, conf), offset);
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
                    startsWith(exchange, conf), endsWith(exchange, conf), contains(exchange, conf),
                    ExchangeInputs.text(exchange, FlowrouteConstants.RATE_CENTER, conf.getRateCenter()),
                    ExchangeInputs.text(exchange, FlowrouteConstants.STATE, conf.getState()),
                    limit(exchange, conf), offset);
            return ListResults.apply(exchange, client, conf, offset, client.searchAvailableNumbers(query));
        });
        handlers.put(FlowrouteOperation.listAvailableAreaCodes, (exchange, client, conf) -> {
            Integer offset = offset(exchange, conf);
            AreaCodeQuery query = new AreaCodeQuery(cost(exchange, conf), limit(exchange, conf), offset);
            return ListResults.apply(exchange, client, conf, offset, client.listAvailableAreaCodes(query));
        });
        handlers.put(FlowrouteOperation.listAvailableExchanges, (exchange, client, conf) -> {
            Integer offset = offset(exchange, conf);
            ExchangeQuery query = new ExchangeQuery(
                    ExchangeInputs.text(exchange, FlowrouteConstants.AREA_CODE, conf.getAreaCode()),
                    cost(exchange, conf), limit(exchange, conf), offset);
            return ListResults.apply(exchange, client, conf, offset, client.listAvailableExchanges(query));
        });
    }

    private static BigDecimal cost(Exchange exchange, FlowrouteConfiguration conf) {
        return ExchangeInputs.decimal(exchange, FlowrouteConstants.MAX_SETUP_COST, "maxSetupCost", conf.getMaxSetupCost());
    }

    private static String startsWith(Exchange exchange, FlowrouteConfiguration conf) {
        return ExchangeInputs.text(exchange, FlowrouteConstants.STARTS_WITH, conf.getStartsWith());
    }

    private static String endsWith(Exchange exchange, FlowrouteConfiguration conf) {
        return ExchangeInputs.text(exchange, FlowrouteConstants.ENDS_WITH, conf.getEndsWith());
    }

    private static String contains(Exchange exchange, FlowrouteConfiguration conf) {
        return ExchangeInputs.text(exchange, FlowrouteConstants.CONTAINS, conf.getContains());
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
