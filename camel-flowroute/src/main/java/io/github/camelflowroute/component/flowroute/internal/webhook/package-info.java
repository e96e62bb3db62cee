/**
 * What the webhook consumers check and register: authentication settings, allowed sources, callback registration.
 * Not exported.
 */
package io.github.camelflowroute.component.flowroute.internal.webhook;
