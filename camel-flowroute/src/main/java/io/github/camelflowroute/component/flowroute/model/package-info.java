/**
 * Plain Jackson-mapped types of the Flowroute API: what the producers return and the consumers emit.
 * <p>
 * Every type ignores unknown fields and accepts the live API's documented variants (numbers sent as strings,
 * amounts as strings, booleans as {@code "true"}), so a new field on Flowroute's side never breaks a route.
 * Their own JSON form (for {@code marshal().json()}) uses the API's snake_case names.
 */
package io.github.camelflowroute.component.flowroute.model;
