package dev.vpclab.sim.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One CloudWatch metric: a namespace, a metric name and a set of dimensions. Each combination of dimensions is
 * a separate metric, as in CloudWatch
 * (<a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html">concepts</a>).
 *
 * @param namespace e.g. "AWS/ApplicationELB"
 * @param name e.g. "RequestCount"
 * @param dimensions dimension name → value, sorted by name
 */
public record MetricKey(String namespace, String name, SortedMap<String, String> dimensions) implements Comparable<MetricKey> {

    /** Copies the dimensions into an unmodifiable sorted map. */
    public MetricKey {
        if (namespace == null || namespace.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a metric needs a namespace and a name");
        }
        dimensions = Collections.unmodifiableSortedMap(new TreeMap<>(dimensions == null ? Map.of() : dimensions));
    }

    /**
     * @param namespace the namespace
     * @param name the metric name
     * @param dimensionPairs name, value, name, value, …
     * @return the key
     */
    public static MetricKey of(String namespace, String name, String... dimensionPairs) {
        if (dimensionPairs.length % 2 != 0) {
            throw new IllegalArgumentException("dimensions come in name, value pairs");
        }
        TreeMap<String, String> dims = new TreeMap<>();
        for (int i = 0; i < dimensionPairs.length; i += 2) {
            dims.put(dimensionPairs[i], dimensionPairs[i + 1]);
        }
        return new MetricKey(namespace, name, dims);
    }

    /**
     * @param namespace the namespace
     * @param name the metric name
     * @param dimensions the dimensions
     * @return the key
     */
    public static MetricKey of(String namespace, String name, Map<String, String> dimensions) {
        return new MetricKey(namespace, name, new TreeMap<>(dimensions));
    }

    /** @return the dimensions as "Name=value;Name=value", sorted by name (empty when there are none) */
    public String dimensionsText() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : dimensions.entrySet()) {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(e.getKey()).append('=').append(e.getValue());
        }
        return b.toString();
    }

    @Override
    public int compareTo(MetricKey o) {
        int c = namespace.compareTo(o.namespace);
        if (c == 0) {
            c = name.compareTo(o.name);
        }
        return c != 0 ? c : dimensionsText().compareTo(o.dimensionsText());
    }

    @Override
    public String toString() {
        return namespace + " " + name + (dimensions.isEmpty() ? "" : " {" + dimensionsText() + "}");
    }
}
