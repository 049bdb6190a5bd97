package dev.vpclab.model.resource;

/**
 * A target group's health check. Defaults follow AWS: ALB HTTP "/", interval 30 s, timeout 5 s, healthy
 * threshold 5, unhealthy threshold 2, matcher "200".
 *
 * @param protocol HTTP, HTTPS or TCP
 * @param port the port, or 0 for the traffic port
 * @param path the HTTP path
 * @param intervalSeconds 5–300
 * @param timeoutSeconds 2–120
 * @param healthyThreshold 2–10
 * @param unhealthyThreshold 2–10
 * @param matcher success codes, e.g. "200" or "200-299" or "200,302"
 */
public record HealthCheck(Listener.ListenerProtocol protocol, int port, String path, int intervalSeconds, int timeoutSeconds,
                          int healthyThreshold, int unhealthyThreshold, String matcher) {

    /** The ALB defaults. */
    public static final HealthCheck DEFAULT = new HealthCheck(Listener.ListenerProtocol.HTTP, 0, "/", 30, 5, 5, 2, "200");

    /** Validates. */
    public HealthCheck {
        protocol = Req.nonNull(protocol, Listener.ListenerProtocol.HTTP);
        Req.range(port, 0, 65535, "health-check port");
        path = path == null || path.isBlank() ? "/" : path;
        Req.range(intervalSeconds, 5, 300, "health-check interval (s)");
        Req.range(timeoutSeconds, 2, 120, "health-check timeout (s)");
        Req.range(healthyThreshold, 2, 10, "healthy threshold");
        Req.range(unhealthyThreshold, 2, 10, "unhealthy threshold");
        matcher = matcher == null || matcher.isBlank() ? "200" : matcher;
    }

    /**
     * @param status an HTTP status
     * @return true if the matcher counts it as healthy
     */
    public boolean matches(int status) {
        for (String part : matcher.split(",")) {
            String p = part.trim();
            int dash = p.indexOf('-');
            try {
                if (dash < 0 ? Integer.parseInt(p) == status
                        : status >= Integer.parseInt(p.substring(0, dash).trim()) && status <= Integer.parseInt(p.substring(dash + 1).trim())) {
                    return true;
                }
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }
}
