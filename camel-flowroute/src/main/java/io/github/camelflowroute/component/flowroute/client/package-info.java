/**
 * The Flowroute API client: HTTP transport, basic auth, JSON:API encoding and decoding, paging, input
 * validation and error mapping, behind {@link io.github.camelflowroute.component.flowroute.client.FlowrouteClient}.
 * Producers and consumers use only that interface; a user may plug in an own implementation.
 */
package io.github.camelflowroute.component.flowroute.client;
