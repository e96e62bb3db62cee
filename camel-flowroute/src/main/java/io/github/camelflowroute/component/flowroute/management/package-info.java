/**
 * How a running application shows the component: the {@code flowroute} dev console, the views it is made of
 * (with the keys and the webhook token masked), and Micrometer meters of the component's counters when Micrometer is
 * on the classpath. The endpoints' JMX attributes are on
 * {@link io.github.camelflowroute.component.flowroute.FlowrouteEndpoint}.
 */
package io.github.camelflowroute.component.flowroute.management;
