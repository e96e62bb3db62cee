package io.github.camelflowroute.component.flowroute.client;

import io.github.camelflowroute.component.flowroute.metrics.CallOutcome;
import io.github.camelflowroute.component.flowroute.metrics.RetryReason;

/** How {@link HttpTransport} names what happened to a call in the events it reports. */
final class CallEvents {

    private CallEvents() {
    }

    /** How a call ended: {@code failure} is what its caller gets, {@code null} when it succeeded. */
    static CallOutcome outcomeOf(Throwable failure) {
        if (failure == null) {
            return CallOutcome.SUCCEEDED;
        }
        if (failure instanceof FlowrouteDeliveryUnknownException) {
            return CallOutcome.DELIVERY_UNKNOWN;
        }
        if (failure instanceof FlowrouteApiException) {
            return CallOutcome.API_ERROR;
        }
        if (failure instanceof FlowrouteRateLimitException
                || failure instanceof FlowrouteTransportException && !(failure instanceof FlowrouteResponseException)
                        && RetryPolicy.notSent(failure)) {
            return CallOutcome.NOT_SENT;
        }
        return CallOutcome.FAILED;
    }

    /** Why a failed attempt that the policy tries again is retried (stale connections are told apart before). */
    static RetryReason retryReasonOf(Throwable failure) {
        if (failure instanceof FlowrouteApiException api) {
            return api.isRateLimited() ? RetryReason.RATE_LIMITED : RetryReason.SERVER_ERROR;
        }
        if (failure instanceof FlowrouteResponseException) {
            return RetryReason.UNREADABLE_ANSWER;
        }
        return RetryPolicy.notSent(failure) ? RetryReason.NOT_SENT : RetryReason.TRANSPORT_ERROR;
    }
}
