package io.github.camelflowroute.example;

import java.util.Map;
import java.util.Properties;

/**
 * What the example runs against and what it may do.
 *
 * @param accessKey the Flowroute access key, or {@code null} to run against the embedded simulator
 * @param secretKey the Flowroute secret key, or {@code null} to run against the embedded simulator
 * @param baseUrl   the API's base URL, or {@code null} for the component's default ({@code https://api.flowroute.com})
 * @param spend     whether the steps that cost money (buying a number, sending messages) run
 * @param to        the number the messages go to
 * @param mediaUrl  the public URL of the MMS picture
 */
public record ExampleSettings(String accessKey, String secretKey, String baseUrl, boolean spend, String to,
        String mediaUrl) {

    /** Where the messages go when the example runs against the simulator: a fictional 555-01xx number. */
    public static final String SIMULATOR_TO = "+1 (206) 555-0100";
    /** A small public PNG, used as MMS media unless another URL is given. */
    public static final String DEFAULT_MEDIA_URL =
            "https://upload.wikimedia.org/wikipedia/commons/4/47/PNG_transparency_demonstration_1.png";

    /** Whether credentials were given: the example then talks to the API at {@link #baseUrl()}. */
    public boolean live() {
        return accessKey != null;
    }

    /** Settings for a run against a simulator: its URL and keys, spending allowed (nothing real is spent). */
    public static ExampleSettings simulator(String baseUrl, String accessKey, String secretKey) {
        return new ExampleSettings(accessKey, secretKey, baseUrl, true, SIMULATOR_TO, DEFAULT_MEDIA_URL);
    }

    /**
     * Reads the settings from the environment and the system properties:
     * <ul>
     * <li>{@code FLOWROUTE_ACCESS_KEY}, {@code FLOWROUTE_SECRET_KEY}: both or neither</li>
     * <li>{@code FLOWROUTE_BASE_URL}: optional, another API base URL (a proxy or a standalone simulator)</li>
     * <li>{@code FLOWROUTE_EXAMPLE_SPEND=true} or {@code -Dflowroute.example.spend=true}</li>
     * <li>{@code FLOWROUTE_EXAMPLE_TO} or {@code -Dflowroute.example.to}: where messages go; needed to spend live</li>
     * <li>{@code FLOWROUTE_EXAMPLE_MEDIA_URL} or {@code -Dflowroute.example.media-url}</li>
     * </ul>
     * Credentials are read only from the environment, never from the command line, where other users of the
     * machine could see them.
     *
     * @throws IllegalArgumentException when the settings do not make sense together
     */
    public static ExampleSettings from(Map<String, String> env, Properties system) {
        String accessKey = blankToNull(env.get("FLOWROUTE_ACCESS_KEY"));
        String secretKey = blankToNull(env.get("FLOWROUTE_SECRET_KEY"));
        if ((accessKey == null) != (secretKey == null)) {
            throw new IllegalArgumentException(
                    "Set both FLOWROUTE_ACCESS_KEY and FLOWROUTE_SECRET_KEY to use the live API, or neither to use the simulator");
        }
        boolean spend = "true".equalsIgnoreCase(blankToNull(system.getProperty("flowroute.example.spend")))
                || "true".equalsIgnoreCase(blankToNull(env.get("FLOWROUTE_EXAMPLE_SPEND")));
        String to = firstOf(system.getProperty("flowroute.example.to"), env.get("FLOWROUTE_EXAMPLE_TO"));
        String mediaUrl =
                firstOf(system.getProperty("flowroute.example.media-url"), env.get("FLOWROUTE_EXAMPLE_MEDIA_URL"));
        if (accessKey == null) {
            return new ExampleSettings(null, null, null, true,
                    to != null ? to : SIMULATOR_TO, mediaUrl != null ? mediaUrl : DEFAULT_MEDIA_URL);
        }
        if (spend && to == null) {
            throw new IllegalArgumentException(
                    "Spending on the live API sends real messages: set FLOWROUTE_EXAMPLE_TO to a number of yours");
        }
        return new ExampleSettings(accessKey, secretKey, blankToNull(env.get("FLOWROUTE_BASE_URL")), spend, to,
                mediaUrl != null ? mediaUrl : DEFAULT_MEDIA_URL);
    }

    /** Never shows the keys. */
    @Override
    public String toString() {
        return "ExampleSettings[live=" + live() + ", baseUrl=" + baseUrl + ", spend=" + spend + "]";
    }

    private static String firstOf(String a, String b) {
        return blankToNull(a) != null ? a.trim() : blankToNull(b);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
