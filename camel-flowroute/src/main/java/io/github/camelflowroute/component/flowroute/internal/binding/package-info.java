/**
 * How the producer turns an exchange into a client call and the answer back into the exchange. Not exported.
 */
package io.github.camelflowroute.component.flowroute.internal.binding;
