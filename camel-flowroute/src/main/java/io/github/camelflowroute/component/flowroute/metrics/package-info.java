/**
 * What the component counts about its calls, without Camel: the events a client reports ({@link
 * io.github.camelflowroute.component.flowroute.metrics.FlowrouteEvents}) and the counters that keep them per
 * operation ({@link io.github.camelflowroute.component.flowroute.metrics.FlowrouteMetrics}). The component shows
 * the counters through JMX, its {@code flowroute} dev console and, when Micrometer is present, as meters.
 */
package io.github.camelflowroute.component.flowroute.metrics;
