/**
 * The polling consumers' state: positions (watermark, inventory snapshot, CDR window), what completed, and the
 * inventory a list declaration describes. Not exported.
 */
package io.github.camelflowroute.component.flowroute.internal.polling;
