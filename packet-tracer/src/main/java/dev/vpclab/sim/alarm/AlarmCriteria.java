package dev.vpclab.sim.alarm;

import dev.vpclab.model.resource.Alarm;

/**
 * What an alarm compares: M out of N datapoints ({@code datapointsToAlarm} of {@code evaluationPeriods}) against a
 * threshold, and how missing datapoints count.
 *
 * @param datapointsToAlarm M
 * @param evaluationPeriods N
 * @param comparison the comparison
 * @param threshold the threshold
 * @param treatMissingData how missing datapoints count
 */
public record AlarmCriteria(int datapointsToAlarm, int evaluationPeriods, Alarm.Comparison comparison, double threshold,
                            Alarm.TreatMissingData treatMissingData) {

    /** Validates. */
    public AlarmCriteria {
        if (evaluationPeriods < 1 || datapointsToAlarm < 1 || datapointsToAlarm > evaluationPeriods) {
            throw new IllegalArgumentException("an alarm needs 1 ≤ M ≤ N, not M=" + datapointsToAlarm + " N=" + evaluationPeriods);
        }
        if (comparison == null || treatMissingData == null) {
            throw new IllegalArgumentException("an alarm needs a comparison and a missing-data treatment");
        }
    }

    /**
     * Alarms on {@code AWS/DynamoDB} metrics always ignore missing data, whatever they say
     * (<a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html">PutMetricAlarm</a>).
     *
     * @param alarm an alarm
     * @return its criteria
     */
    public static AlarmCriteria of(Alarm alarm) {
        Alarm.TreatMissingData treat = "AWS/DynamoDB".equals(alarm.namespace()) ? Alarm.TreatMissingData.IGNORE : alarm.treatMissingData();
        return new AlarmCriteria(alarm.datapointsToAlarm(), alarm.evaluationPeriods(), alarm.comparison(), alarm.threshold(), treat);
    }

    /**
     * @param value a datapoint
     * @return true if it breaches
     */
    public boolean breaches(double value) {
        return comparison.breaches(value, threshold);
    }

    /** @return the comparison as a symbol: "&gt;", "≥", "&lt;" or "≤" */
    public String symbol() {
        switch (comparison) {
            case GREATER_THAN_THRESHOLD: return ">";
            case GREATER_THAN_OR_EQUAL_TO_THRESHOLD: return "≥";
            case LESS_THAN_THRESHOLD: return "<";
            default: return "≤";
        }
    }

    /**
     * How many datapoints CloudWatch retrieves when it evaluates: more than N, so that missing points need not be
     * filled when enough real ones exist (the AWS examples retrieve 5 for N = 3).
     *
     * @return the evaluation range in periods
     */
    public int evaluationRange() {
        return evaluationPeriods + 2;
    }
}
