package dev.vpclab.app.sim;

import dev.vpclab.sim.MetricNames;
import dev.vpclab.sim.metrics.Statistic;
import java.util.List;

/**
 * The dashboard's charts, each with its CloudWatch metrics and the statistic AWS recommends for them
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html">ALB
 * metrics</a>: RequestCount and HTTPCode_ELB_5XX_Count are counts, read as Sum; TargetResponseTime as Average and
 * percentiles; HealthyHostCount as Minimum and UnHealthyHostCount as Maximum, the values a reader of a health
 * graph worries about; <a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/viewing_metrics_with_cloudwatch.html">EC2</a>
 * CPUUtilization and <a href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-metrics.html">RDS</a>
 * DatabaseConnections as Average).
 */
public enum ChartId {
    /** Requests through the load balancer. */
    REQUESTS(MetricNames.ALB, true, new Line("RequestCount", Statistic.SUM)),
    /** Seconds from the load balancer sending a request to a target until the response starts. */
    RESPONSE_TIME(MetricNames.ALB, false, new Line("TargetResponseTime", Statistic.AVERAGE),
            new Line("TargetResponseTime", Statistic.percentile(99))),
    /** Healthy and unhealthy targets of the busiest target group. */
    HOSTS(MetricNames.ALB, false, new Line("HealthyHostCount", Statistic.MINIMUM), new Line("UnHealthyHostCount", Statistic.MAXIMUM)),
    /** 5XX responses the load balancer itself generated (no healthy target, timeouts). */
    ELB_5XX(MetricNames.ALB, true, new Line("HTTPCode_ELB_5XX_Count", Statistic.SUM)),
    /** CPU of each instance. */
    CPU(MetricNames.EC2, false, new Line("CPUUtilization", Statistic.AVERAGE)),
    /** Open connections of each database. */
    DB_CONNECTIONS(MetricNames.RDS, false, new Line("DatabaseConnections", Statistic.AVERAGE));

    /**
     * One metric of a chart with its recommended statistic.
     *
     * @param metricName the CloudWatch metric
     * @param recommended the statistic shown when the dashboard asks for the recommended one
     */
    public record Line(String metricName, Statistic recommended) {
    }

    private final String namespace;
    private final boolean count;
    private final List<Line> lines;

    ChartId(String namespace, boolean count, Line... lines) {
        this.namespace = namespace;
        this.count = count;
        this.lines = List.of(lines);
    }

    /** @return the CloudWatch namespace of its metrics */
    public String namespace() {
        return namespace;
    }

    /** @return true for a count metric, whose missing periods are shown as 0 when summed */
    public boolean count() {
        return count;
    }

    /** @return its metrics with their recommended statistics */
    public List<Line> lines() {
        return lines;
    }

    /**
     * @param metricName a metric
     * @return true if this chart shows it
     */
    public boolean shows(String metricName) {
        for (Line l : lines) {
            if (l.metricName().equals(metricName)) {
                return true;
            }
        }
        return false;
    }

    /** @return its title: its metric names as CloudWatch writes them (never translated), joined by " / " */
    public String title() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (Line l : lines) {
            names.add(l.metricName());
        }
        return String.join(" / ", names);
    }
}
