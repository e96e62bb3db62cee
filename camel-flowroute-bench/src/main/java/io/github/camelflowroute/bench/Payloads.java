package io.github.camelflowroute.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The JSON every party of the suite agrees on, written by hand so that the stub and the baselines spend no time on
 * it: the send body, the send answer, MDR resources as the live API renders them (the simulator's LIVE style), and
 * an inbound-message callback (JSON:API, as the simulator posts it).
 */
public final class Payloads {

    /** The simulator's demo credentials (the stub takes the same). */
    public static final String ACCESS_KEY = "sim-access-key";
    public static final String SECRET_KEY = "sim-secret-key";
    public static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString((ACCESS_KEY + ":" + SECRET_KEY).getBytes(StandardCharsets.UTF_8));
    /** The first account number of the simulator's seed 42, so the same sends work against the simulator. */
    public static final String FROM = "12064331866";
    public static final String[] ACCOUNT =
            { "12064331866", "14255522565", "15039380984", "16462749243", "18444943955" };
    /** The fixed id of every send answer of the stub. */
    public static final String SENT_ID = "mdr2-c60636de1938592e5fb67895c2e2f639";
    public static final byte[] SEND_ANSWER = ("{\"data\":{\"id\":\"" + SENT_ID + "\",\"links\":{\"self\":"
            + "\"https://api.flowroute.com/v2.1/messages/" + SENT_ID
            + "\"},\"type\":\"message\"}}").getBytes(StandardCharsets.UTF_8);
    /** The first MDR's timestamp; the others follow one second apart. */
    public static final Instant MDR_EPOCH = Instant.parse("2024-06-01T00:00:00Z");

    private Payloads() {
    }

    /** The n-th receiving number: 1206555 and four digits. */
    public static String to(long n) {
        return "1206555" + pad4(n % 10_000);
    }

    /** The n-th text. */
    public static String text(long n) {
        return "Your order " + n + " has shipped";
    }

    /** The body the component sends for an SMS (same keys, same order: Message's record order, NON_EMPTY). */
    public static byte[] sendBody(long n) {
        return ("{\"from\":\"" + FROM + "\",\"to\":\"" + to(n) + "\",\"body\":\"" + text(n) + "\",\"is_mms\":false}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A deterministic MDR id: mdr2- and 32 hex digits. */
    public static String mdrId(long n) {
        long a = mix(n * 2 + 1);
        long b = mix(n * 2 + 2);
        return "mdr2-" + hex16(a) + hex16(b);
    }

    /** The n-th MDR as an item of a live MDR search answer. */
    public static String mdrResource(long n) {
        String id = mdrId(n);
        return "{\"attributes\":{\"amount_display\":\"$0.0000\",\"amount_nanodollars\":0,\"body\":\"Generated message "
                + (n + 1) + "\",\"delivery_receipts\":[],\"direction\":\"inbound\",\"from\":\"1312555"
                + pad4(n % 10_000)
                + "\",\"is_mms\":false,\"message_encoding\":0,\"message_type\":\"longcode\",\"status\":\"delivered\","
                + "\"timestamp\":\"" + MDR_EPOCH.plusSeconds(n) + "\",\"to\":\"" + ACCOUNT[(int) (n % ACCOUNT.length)]
                + "\"},\"id\":\"" + id + "\",\"links\":{\"self\":\"https://api.flowroute.com/v2.1/messages/" + id
                + "\"},\"type\":\"message\"}";
    }

    /** The n-th inbound-message callback (JSON:API, live style: amount_nanodollars as a string). */
    public static byte[] inboundCallback(long n) {
        return ("{\"data\":{\"attributes\":{\"amount_display\":\"$0.0000\",\"amount_nanodollars\":\"0\",\"body\":\""
                + text(n) + "\",\"direction\":\"inbound\",\"from\":\"1312555" + pad4(n % 10_000)
                + "\",\"is_mms\":false,\"message_encoding\":0,\"message_type\":\"longcode\",\"status\":\"delivered\","
                + "\"timestamp\":\"" + MDR_EPOCH.plusSeconds(n % 1_000_000) + "\",\"to\":\"" + FROM + "\"},\"id\":\""
                + mdrId(n) + "\",\"type\":\"message\"}}").getBytes(StandardCharsets.UTF_8);
    }

    private static String pad4(long v) {
        String s = Long.toString(v);
        return "0000".substring(s.length()) + s;
    }

    private static String hex16(long v) {
        String s = Long.toHexString(v);
        return "0000000000000000".substring(s.length()) + s;
    }

    /** SplitMix64's finaliser: distinct inputs, well spread ids. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
