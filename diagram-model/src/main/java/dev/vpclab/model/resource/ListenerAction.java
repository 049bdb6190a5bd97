package dev.vpclab.model.resource;

import java.util.List;

/**
 * What a listener or rule does with a matching request: forward to weighted target groups, redirect, or
 * answer with a fixed response.
 */
public sealed interface ListenerAction permits ListenerAction.Forward, ListenerAction.Redirect, ListenerAction.FixedResponse {

    /**
     * Forward to one or more target groups, in proportion to their weights.
     *
     * @param targetGroups weighted target groups (1–5)
     * @param stickinessSeconds target-group stickiness duration, 0 when off
     */
    record Forward(List<WeightedTargetGroup> targetGroups, int stickinessSeconds) implements ListenerAction {
        /** Validates. */
        public Forward {
            targetGroups = Req.list(targetGroups);
            if (targetGroups.isEmpty()) {
                throw new IllegalArgumentException("a forward action needs at least one target group");
            }
            Req.range(stickinessSeconds, 0, 604800, "target-group stickiness duration");
        }

        /**
         * @param targetGroupId one target group
         * @return a forward action to it
         */
        public static Forward to(String targetGroupId) {
            return new Forward(List.of(new WeightedTargetGroup(targetGroupId, 1)), 0);
        }
    }

    /**
     * A target group and its weight in a forward action.
     *
     * @param targetGroupId the target group
     * @param weight 0–999
     */
    record WeightedTargetGroup(String targetGroupId, int weight) {
        /** Validates. */
        public WeightedTargetGroup {
            Req.ref(targetGroupId, "the forwarded-to target group");
            Req.range(weight, 0, 999, "target-group weight");
        }
    }

    /**
     * An HTTP redirect; null parts keep the request's own ("#{host}" in AWS terms).
     *
     * @param protocol HTTP or HTTPS, or null
     * @param host host, or null
     * @param port port, or null
     * @param path path, or null
     * @param query query, or null
     * @param statusCode 301 or 302
     */
    record Redirect(String protocol, String host, String port, String path, String query, int statusCode)
            implements ListenerAction {
        /** Validates. */
        public Redirect {
            if (statusCode != 301 && statusCode != 302) {
                throw new IllegalArgumentException("a redirect answers 301 or 302, not " + statusCode);
            }
        }
    }

    /**
     * A fixed response from the load balancer itself.
     *
     * @param statusCode 2XX, 4XX or 5XX
     * @param contentType content type, or null
     * @param body message body, or null
     */
    record FixedResponse(int statusCode, String contentType, String body) implements ListenerAction {
        /** Validates. */
        public FixedResponse {
            if (!(statusCode >= 200 && statusCode <= 299) && !(statusCode >= 400 && statusCode <= 599)) {
                throw new IllegalArgumentException("a fixed response answers a 2XX, 4XX or 5XX status, not " + statusCode);
            }
        }
    }
}
