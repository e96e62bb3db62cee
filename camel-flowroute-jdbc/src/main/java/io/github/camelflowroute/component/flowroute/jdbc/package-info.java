/**
 * Database-backed repositories for the Flowroute consumers, so that several nodes share their positions:
 * {@link io.github.camelflowroute.component.flowroute.jdbc.JdbcStateRepository}.
 */
package io.github.camelflowroute.component.flowroute.jdbc;
