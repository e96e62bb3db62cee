/**
 * Health checks of the component's producers: whether the Flowroute API takes an endpoint's keys. Camel's own
 * consumer health checks cover the polling consumers.
 */
package io.github.camelflowroute.component.flowroute.health;
