package io.github.camelflowroute.simulator;

/**
 * How the simulator shapes its answers where the live Flowroute API and its OpenAPI document disagree.
 *
 * <p>Only the differences documented in the project's notes ("Where live responses differ from the
 * spec") and shown by the live samples are affected; everything else is rendered identically in both
 * styles.
 */
public enum ResponseStyle {

    /**
     * The shapes of the live API, as its published samples show them: number {@code value} as an 11-digit
     * string, MDR {@code amount_display} as a string such as {@code "$0.0040"}, {@code MDRSet} and account
     * number list items as plain resource objects, {@code null} where live writes {@code null} (a number's
     * {@code alias} and relationships, a {@code sip-reg} route's {@code value}, a receipt's
     * {@code status_code}), rate centres and states in lower case, errors without {@code id} on 403 and
     * titled {@code Client Error} on 400. This is the default, because a client that passes against it is
     * one that survives production.
     */
    LIVE,

    /**
     * Strictly spec-typed values: {@code value} as an integer, {@code amount_display} as a number,
     * {@code MDRSet} and number list items wrapped as {@code {"data":{...}}}, keys without value left out,
     * as the OpenAPI document declares them.
     */
    SPEC
}
