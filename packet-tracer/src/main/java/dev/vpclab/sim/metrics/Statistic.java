package dev.vpclab.sim.metrics;

import java.util.Locale;

/**
 * A CloudWatch statistic: SampleCount, Sum, Average (= Sum / SampleCount), Minimum, Maximum or a percentile pNN
 * (<a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html">statistics</a>).
 * Percentiles come from a {@link SparseHistogram}, within its bucket error.
 *
 * @param kind which statistic
 * @param percentile for {@link Kind#PERCENTILE}, 0–100; else 0
 */
public record Statistic(Kind kind, double percentile) {

    /** Statistic kinds. */
    public enum Kind { SAMPLE_COUNT, SUM, AVERAGE, MINIMUM, MAXIMUM, PERCENTILE }

    /** SampleCount. */
    public static final Statistic SAMPLE_COUNT = new Statistic(Kind.SAMPLE_COUNT, 0);
    /** Sum. */
    public static final Statistic SUM = new Statistic(Kind.SUM, 0);
    /** Average. */
    public static final Statistic AVERAGE = new Statistic(Kind.AVERAGE, 0);
    /** Minimum. */
    public static final Statistic MINIMUM = new Statistic(Kind.MINIMUM, 0);
    /** Maximum. */
    public static final Statistic MAXIMUM = new Statistic(Kind.MAXIMUM, 0);

    /** Validates. */
    public Statistic {
        if (kind == null) {
            throw new IllegalArgumentException("a statistic needs a kind");
        }
        if (kind == Kind.PERCENTILE && !(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("a percentile lies between p0 and p100");
        }
    }

    /**
     * @param p 0–100
     * @return the percentile statistic
     */
    public static Statistic percentile(double p) {
        return new Statistic(Kind.PERCENTILE, p);
    }

    /**
     * @param text "Average", "Sum", "SampleCount", "Minimum", "Maximum" or "p99" / "p99.9" (any case)
     * @return the statistic
     * @throws IllegalArgumentException with a sentence naming the accepted forms
     */
    public static Statistic parse(String text) {
        String t = text == null ? "" : text.trim();
        switch (t.toLowerCase(Locale.ROOT)) {
            case "samplecount": return SAMPLE_COUNT;
            case "sum": return SUM;
            case "average": case "avg": return AVERAGE;
            case "minimum": case "min": return MINIMUM;
            case "maximum": case "max": return MAXIMUM;
            default: break;
        }
        if (t.length() > 1 && (t.charAt(0) == 'p' || t.charAt(0) == 'P')) {
            try {
                return percentile(Double.parseDouble(t.substring(1)));
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("'" + t + "' is not a statistic: use SampleCount, Sum, Average, Minimum, Maximum or pNN");
    }

    /**
     * @param a a period's aggregate (not empty)
     * @return this statistic's value over it
     */
    public double of(Aggregate a) {
        switch (kind) {
            case SAMPLE_COUNT: return a.sampleCount();
            case SUM: return a.sum();
            case AVERAGE: return a.sum() / a.sampleCount();
            case MINIMUM: return a.minimum();
            case MAXIMUM: return a.maximum();
            default:
                double v = a.histogram() == null ? Double.NaN : a.histogram().percentile(percentile);
                if (Double.isNaN(v)) {
                    return a.minimum() == a.maximum() ? a.minimum() : Double.NaN;
                }
                return Math.max(a.minimum(), Math.min(a.maximum(), v));
        }
    }

    /** @return the name CloudWatch uses: "Average", "p99", "p99.9" */
    public String text() {
        switch (kind) {
            case SAMPLE_COUNT: return "SampleCount";
            case SUM: return "Sum";
            case AVERAGE: return "Average";
            case MINIMUM: return "Minimum";
            case MAXIMUM: return "Maximum";
            default:
                return percentile == Math.rint(percentile) ? "p" + (long) percentile : "p" + percentile;
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
