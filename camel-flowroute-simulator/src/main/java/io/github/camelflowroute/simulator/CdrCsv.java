package io.github.camelflowroute.simulator;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The CSV of a CDR export download, in the column order and number formats of the live sample. */
final class CdrCsv {

    static final List<String> COLUMNS = List.of("direction", "start_time", "end_time", "destination",
            "number_alias", "callerid", "total_cost", "destination_name", "callerid_country", "line_information",
            "result", "call_fail_sip_code", "call_fail_reason", "duration", "billed_duration", "rate",
            "first_increment", "subsequent_increment", "cost_subtotal", "connect_fee", "usf_fee", "ccrf",
            "cnam_lookup_fee", "custom_x_tag", "customer_ip");
    /** {@code 2019-06-25 18:18:54+00}. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'+00'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private CdrCsv() {
    }

    static void header(Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write('\n');
    }

    static void row(SimCall c, Writer out) throws IOException {
        out.write(c.direction());
        out.write(',');
        out.write(TIME.format(c.startTime()));
        out.write(',');
        out.write(TIME.format(c.endTime()));
        out.write(',');
        out.write(c.destination());
        out.write(',');
        out.write(field(c.numberAlias()));
        out.write(',');
        out.write(c.callerId());
        out.write(',');
        out.write(units(c.totalUnits(), 8));
        out.write(',');
        out.write(field(c.destinationName()));
        out.write(',');
        out.write(field(c.callerIdCountry()));
        out.write(',');
        out.write(field(c.lineInformation()));
        out.write(',');
        out.write(c.result());
        out.write(',');
        out.write(Integer.toString(c.sipCode()));
        out.write(',');
        out.write(field(c.failReason()));
        out.write(',');
        out.write(Integer.toString(c.duration()));
        out.write(',');
        out.write(Integer.toString(c.billedDuration()));
        out.write(',');
        out.write(BigDecimal.valueOf(c.rateMicros(), 6).toPlainString());
        out.write(",6,6,");
        out.write(units(c.subtotalUnits(), 8));
        out.write(",0.0000,0.00000000,");
        out.write(units(c.ccrfUnits(), 8));
        out.write(',');
        out.write(units(c.cnamLookupUnits(), 8));
        out.write(",,");
        out.write(c.customerIp());
        out.write('\n');
    }

    /** Hundred-millionths of a dollar with {@code scale} decimals. */
    static String units(long units, int scale) {
        return BigDecimal.valueOf(units, 8).setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** A value quoted when it holds a comma, quote or line break (RFC 4180). */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
