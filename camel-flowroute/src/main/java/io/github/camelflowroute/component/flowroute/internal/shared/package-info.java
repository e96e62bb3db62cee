/**
 * What a component's endpoints share: HTTP clients per connection settings, worker thread pools. Not exported.
 */
package io.github.camelflowroute.component.flowroute.internal.shared;
