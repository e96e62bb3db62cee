package io.github.camelflowroute.component.flowroute.client;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

import io.github.camelflowroute.component.flowroute.model.CallDetailRecord;

/**
 * The calls of a downloaded CDR export, read one row at a time from the file (gunzipped while reading when it is
 * gzip'd): memory does not grow with the file. Columns are found by the header row's names, so their order does
 * not matter and unknown ones are skipped. Close it when stopping early; it closes (and deletes its file) itself
 * once the last row is read.
 */
public final class CallDetailRecordIterator implements Iterator<CallDetailRecord>, Closeable {

    // "2019-06-25 18:18:54+00": space-separated, offset of hours only, optional fraction
    private static final DateTimeFormatter CSV_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd[ ]['T']HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendPattern("[XXX][X]")
            .toFormatter();

    private final BufferedReader reader;
    private final Path file;
    private final Map<String, Integer> columns = new HashMap<>();
    private CallDetailRecord next;
    private boolean closed;
    private long row;

    CallDetailRecordIterator(Path file) throws IOException {
        this.file = file;
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        try {
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            if (b1 == 0x1f && b2 == 0x8b) {
                in = new GZIPInputStream(in, 64 * 1024);
            }
            this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
            String header = reader.readLine();
            if (header != null) {
                List<String> names = split(header.startsWith("\uFEFF") ? header.substring(1) : header);
                for (int i = 0; i < names.size(); i++) {
                    columns.put(names.get(i).trim().toLowerCase(java.util.Locale.ROOT), i);
                }
            }
        } catch (IOException | RuntimeException e) {
            in.close();
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null && !closed) {
            next = readRow();
        }
        return next != null;
    }

    @Override
    public CallDetailRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CallDetailRecord record = next;
        next = null;
        return record;
    }

    private CallDetailRecord readRow() {
        try {
            String line;
            do {
                line = reader.readLine();
                if (line == null) {
                    close();
                    return null;
                }
            } while (line.isBlank());
            // a quoted field may hold a line break: keep reading until the quotes balance
            while (quotesOpen(line)) {
                String more = reader.readLine();
                if (more == null) {
                    break;
                }
                line = line + "\n" + more;
            }
            row++;
            return toRecord(split(line));
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException("Reading the CDR export failed at row " + row, e);
        }
    }

    private CallDetailRecord toRecord(List<String> f) {
        return new CallDetailRecord(
                text(f, "direction"), time(f, "start_time"), time(f, "end_time"), text(f, "destination"),
                text(f, "number_alias"), text(f, "callerid"), amount(f, "total_cost"), text(f, "destination_name"),
                text(f, "callerid_country"), text(f, "line_information"), text(f, "result"),
                integer(f, "call_fail_sip_code"), text(f, "call_fail_reason"), integer(f, "duration"),
                integer(f, "billed_duration"), amount(f, "rate"), integer(f, "first_increment"),
                integer(f, "subsequent_increment"), amount(f, "cost_subtotal"), amount(f, "connect_fee"),
                amount(f, "usf_fee"), amount(f, "ccrf"), amount(f, "cnam_lookup_fee"), text(f, "custom_x_tag"),
                text(f, "customer_ip"));
    }

    private String text(List<String> fields, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= fields.size()) {
            return null;
        }
        String value = fields.get(i);
        return value.isEmpty() ? null : value;
    }

    private Integer integer(List<String> fields, String column) {
        String value = text(fields, column);
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw malformed(column);
        }
    }

    private BigDecimal amount(List<String> fields, String column) {
        String value = text(fields, column);
        try {
            return value == null ? null : new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw malformed(column);
        }
    }

    private Instant time(List<String> fields, String column) {
        String value = text(fields, column);
        try {
            return value == null ? null : OffsetDateTime.parse(value.trim(), CSV_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw malformed(column);
        }
    }

    private FlowrouteResponseException malformed(String column) {
        closeQuietly();
        // the value itself stays out: it may be a phone number
        return new FlowrouteResponseException("GET", "CDR export", "row " + row + ": column " + column
                + " is not in the expected form", null);
    }

    private static boolean quotesOpen(String line) {
        int quotes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /** One CSV line's fields (RFC 4180: quoted fields may hold commas and doubled quotes). */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>(25);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c != '\r') {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** Stops reading and deletes the downloaded file. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            next = null;
            try {
                reader.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException ignored) {
            // the reader's failure is what the caller hears about
        }
    }

    @Override
    public String toString() {
        return "CallDetailRecordIterator[row " + row + (closed ? ", closed]" : "]");
    }
}
