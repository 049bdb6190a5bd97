package dev.vpclab.model.resource;

import java.util.List;
import java.util.Map;

/**
 * A CloudWatch metric alarm: ALARM when at least {@code datapointsToAlarm} of the last
 * {@code evaluationPeriods} periods breach the threshold.
 *
 * @param id the alarm name or a short id
 * @param name the alarm name
 * @param namespace e.g. "AWS/EC2"
 * @param metricName e.g. "CPUUtilization"
 * @param dimensions dimension name → value (resource ids are the values)
 * @param statistic "Average", "Sum", "Minimum", "Maximum", "SampleCount" or "pNN"
 * @param periodSeconds 10, 30 or a multiple of 60
 * @param evaluationPeriods N
 * @param datapointsToAlarm M ≤ N
 * @param threshold the threshold
 * @param comparison how the statistic is compared
 * @param treatMissingData missing, notBreaching, breaching or ignore
 * @param alarmActions actions fired on entering ALARM, e.g. "asg-id/policy-name"
 * @param okActions actions fired on entering OK
 */
public record Alarm(String id, String name, String namespace, String metricName, Map<String, String> dimensions,
                    String statistic, int periodSeconds, int evaluationPeriods, int datapointsToAlarm, double threshold,
                    Comparison comparison, TreatMissingData treatMissingData, List<String> alarmActions,
                    List<String> okActions) implements Resource {

    /** Comparison operators. */
    public enum Comparison {
        GREATER_THAN_OR_EQUAL_TO_THRESHOLD, GREATER_THAN_THRESHOLD, LESS_THAN_THRESHOLD, LESS_THAN_OR_EQUAL_TO_THRESHOLD;

        /**
         * @param value a datapoint
         * @param threshold the threshold
         * @return true if the value breaches
         */
        public boolean breaches(double value, double threshold) {
            switch (this) {
                case GREATER_THAN_OR_EQUAL_TO_THRESHOLD: return value >= threshold;
                case GREATER_THAN_THRESHOLD: return value > threshold;
                case LESS_THAN_THRESHOLD: return value < threshold;
                default: return value <= threshold;
            }
        }
    }

    /** How missing datapoints count. */
    public enum TreatMissingData { MISSING, NOT_BREACHING, BREACHING, IGNORE }

    /** Validates. */
    public Alarm {
        Req.id(id, "Alarm");
        name = Req.name(name);
        namespace = Req.ref(namespace, "the alarm's metric namespace");
        metricName = Req.ref(metricName, "the alarm's metric name");
        dimensions = Req.map(dimensions);
        statistic = statistic == null || statistic.isBlank() ? "Average" : statistic;
        if (!(periodSeconds == 10 || periodSeconds == 20 || periodSeconds == 30 || (periodSeconds >= 60 && periodSeconds % 60 == 0))) {
            throw new IllegalArgumentException("alarm " + id + ": period " + periodSeconds + " s must be 10, 20, 30 or a multiple of 60");
        }
        if (evaluationPeriods < 1) {
            throw new IllegalArgumentException("alarm " + id + ": evaluation periods must be at least 1");
        }
        if (datapointsToAlarm < 1 || datapointsToAlarm > evaluationPeriods) {
            throw new IllegalArgumentException("alarm " + id + ": datapoints to alarm (" + datapointsToAlarm
                    + ") must be between 1 and the evaluation periods (" + evaluationPeriods + ")");
        }
        comparison = Req.nonNull(comparison, Comparison.GREATER_THAN_THRESHOLD);
        treatMissingData = Req.nonNull(treatMissingData, TreatMissingData.MISSING);
        alarmActions = Req.list(alarmActions);
        okActions = Req.list(okActions);
    }
}
