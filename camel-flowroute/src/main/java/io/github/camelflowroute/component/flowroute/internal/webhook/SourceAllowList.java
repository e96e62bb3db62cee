package io.github.camelflowroute.component.flowroute.internal.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;

/** Addresses and CIDR ranges (IPv4 and IPv6) a webhook accepts posts from. Literal addresses only: no DNS. */
public final class SourceAllowList {

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Range> ranges;

    private SourceAllowList(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Reads {@code 203.0.113.0/24, 198.51.100.7, 2001:db8::/32}; {@code null} or blank means no list. */
    public static SourceAllowList parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            String entry = part.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
            int prefix;
            try {
                prefix = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new FlowrouteValidationException("webhookAllowedSources", "bad prefix length in " + entry);
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new FlowrouteValidationException("webhookAllowedSources", "bad prefix length in " + entry);
            }
            ranges.add(new Range(network, prefix));
        }
        return new SourceAllowList(List.copyOf(ranges));
    }

    /** Whether an address (as text, optionally with {@code :port} or in brackets) lies in one of the ranges. */
    public boolean allows(String remote) {
        if (remote == null || remote.isBlank()) {
            return false;
        }
        try {
            byte[] address = literal(hostOf(remote.trim()));
            return ranges.stream().anyMatch(r -> r.contains(address));
        } catch (FlowrouteValidationException e) {
            return false;
        }
    }

    private static String hostOf(String remote) {
        String host = remote.startsWith("/") ? remote.substring(1) : remote;
        if (host.startsWith("[")) {
            return host.substring(1, host.indexOf(']'));
        }
        int colon = host.lastIndexOf(':');
        // one colon: IPv4 with a port; more: a bare IPv6 address
        return colon > 0 && host.indexOf(':') == colon ? host.substring(0, colon) : host;
    }

    private static byte[] literal(String text) {
        boolean looksLiteral = !text.isEmpty()
                && text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
        if (!looksLiteral) {
            throw new FlowrouteValidationException("webhookAllowedSources", "not an IP address: " + text);
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            throw new FlowrouteValidationException("webhookAllowedSources", "not an IP address: " + text);
        }
    }
}
