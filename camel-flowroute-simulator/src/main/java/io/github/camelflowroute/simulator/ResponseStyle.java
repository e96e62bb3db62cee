package io.github.camelflowroute.simulator;

/**
 * How the simulator shapes its answers where the live Flowroute API and its OpenAPI document disagree.
 *
 * <p>Only the differences documented in the project's notes ("Where live responses differ from the
 * spec") are affected; everything else is rendered identically in both styles.
 */
public enum ResponseStyle {

    /**
     * The live API's documented variants: number {@code value} as an 11-digit string, MDR
     * {@code amount_display} as a string such as {@code "$0.0040"}, {@code MDRSet} items as plain resource
     * objects, and error objects without {@code id} on 403. This is the default, because a client that
     * passes against it is one that survives production.
     */
    LIVE,

    /**
     * Strictly spec-typed values: {@code value} as an integer, {@code amount_display} as a number and
     * {@code MDRSet} items wrapped as {@code {"data":{...}}}, as the OpenAPI document declares them.
     */
    SPEC
}
