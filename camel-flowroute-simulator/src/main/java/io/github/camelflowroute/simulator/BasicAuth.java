package io.github.camelflowroute.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;

/**
 * Checks HTTP Basic credentials the way Flowroute does: username = access key, password = secret key.
 */
final class BasicAuth {

    /** Sent with every 401 so that clients which only authenticate when challenged do so. */
    static final String CHALLENGE = "Basic realm=\"flowroute-simulator\"";

    private final byte[] expected;

    BasicAuth(String accessKey, String secretKey) {
        this.expected = (accessKey + ":" + secretKey).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks an Authorization header.
     *
     * @param header the header's value, or {@code null}
     * @throws ApiException 401 when absent or wrong
     */
    void check(String header) {
        if (header == null || header.isBlank()) {
            throw unauthorized("Authentication required: send HTTP Basic credentials "
                    + "(username = access key, password = secret key).");
        }
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Basic")) {
            throw unauthorized("Only HTTP Basic authentication is supported.");
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw unauthorized("Malformed Basic credentials.");
        }
        // constant-time comparison: nothing to learn about the secret from response times
        if (!MessageDigest.isEqual(expected, given)) {
            throw unauthorized("Invalid access key or secret key.");
        }
    }

    /**
     * The username (access key) of a Basic Authorization header, or {@code null} when the header is not
     * readable Basic credentials.
     */
    static String username(String header) {
        if (header == null) {
            return null;
        }
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Basic")) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What the journal keeps of an Authorization header: its scheme only. */
    static String redact(String header) {
        if (header == null) {
            return null;
        }
        String scheme = header.trim().split("\\s+", 2)[0];
        return scheme.isEmpty() ? "[REDACTED]" : scheme + " [REDACTED]";
    }

    static boolean isAuthorizationHeader(String name) {
        return name.toLowerCase(Locale.ROOT).equals("authorization")
                || name.toLowerCase(Locale.ROOT).equals("proxy-authorization");
    }

    private static ApiException unauthorized(String detail) {
        return new ApiException(401, java.util.List.of(detail), java.util.Map.of("WWW-Authenticate", CHALLENGE));
    }
}
