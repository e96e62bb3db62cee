package io.github.camelflowroute.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * What a client JVM of the suite measures about itself (live threads, process CPU time, heap), what it asks the stub
 * server ({@code /_stats}, over a bare socket so that asking starts no thread), and how it reports: one line
 * {@code RESULT <json>} on standard output per measured phase.
 */
public final class Probe {

    public static final ObjectMapper JSON =
            JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private Probe() {
    }

    /** Live Java threads of this JVM (the JIT compiler and GC threads are not Java threads and do not count). */
    public static int liveThreads() {
        return THREADS.getThreadCount();
    }

    public static void resetPeakThreads() {
        THREADS.resetPeakThreadCount();
    }

    public static int peakThreads() {
        return THREADS.getPeakThreadCount();
    }

    /** CPU time of the whole process (every thread, GC and JIT included), in nanoseconds. */
    public static long processCpuNanos() {
        return OS.getProcessCpuTime();
    }

    /**
     * Live threads by name, digits folded ({@code I/O dispatcher 1} and {@code 2} count as {@code I/O dispatcher #}).
     */
    public static Map<String, Integer> threadGroups() {
        Map<String, Integer> groups = new TreeMap<>();
        for (ThreadInfo info : THREADS.dumpAllThreads(false, false)) {
            if (info == null) {
                continue;
            }
            String name = info.getThreadName().replaceAll("\\d+", "#");
            groups.merge(name, 1, Integer::sum);
        }
        return groups;
    }

    /** GET on the stub over a plain socket (HTTP/1.0, no client library, no thread). */
    public static JsonNode stubGet(String baseUrl, String path) {
        try {
            JsonNode node = JSON.readTree(rawHttp(baseUrl, "GET", path));
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException | RuntimeException e) {
            // a server without /_stats (the simulator): no server-side figures
            return JSON.createObjectNode();
        }
    }

    public static void stubPost(String baseUrl, String path) {
        try {
            rawHttp(baseUrl, "POST", path);
        } catch (RuntimeException e) {
            // a server without /_stats
        }
    }

    private static String rawHttp(String baseUrl, String method, String path) {
        URI uri = URI.create(baseUrl);
        try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write((method + " " + path + " HTTP/1.0\r\nHost: " + uri.getHost() + "\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int body = text.indexOf("\r\n\r\n");
            return body < 0 ? "" : text.substring(body + 4);
        } catch (IOException e) {
            throw new IllegalStateException("stub " + path + ": " + e, e);
        }
    }

    /** Prints one result line for the suite. */
    public static void emit(Map<String, Object> result) {
        try {
            System.out.println("RESULT " + JSON.writeValueAsString(result));
            System.out.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code --key value} arguments. */
    public static Map<String, String> args(String[] args) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            map.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return map;
    }

    public static void sleepSeconds(double seconds) {
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
