package dev.vpclab.trace.walk;

import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.Hop;
import dev.vpclab.trace.Step;
import java.util.ArrayList;
import java.util.List;

/** Collects steps into hops: consecutive steps at the same component make one hop. */
final class HopRecorder {

    private final List<String> components = new ArrayList<>();
    private final List<ComponentType> types = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<List<Step>> steps = new ArrayList<>();

    void add(String component, ComponentType type, String label, Step step) {
        int last = components.size() - 1;
        if (last >= 0 && components.get(last).equals(component) && types.get(last) == type) {
            steps.get(last).add(step);
            return;
        }
        components.add(component);
        types.add(type);
        labels.add(label);
        List<Step> list = new ArrayList<>(3);
        list.add(step);
        steps.add(list);
    }

    void addAll(HopRecorder other) {
        for (int i = 0; i < other.components.size(); i++) {
            for (Step s : other.steps.get(i)) {
                add(other.components.get(i), other.types.get(i), other.labels.get(i), s);
            }
        }
    }

    /**
     * The hops in order. How the source addresses the destination (a DNS step recorded at the destination before the
     * walk starts) is told as part of the source's own first hop, right after it sends, so that hop 1 is the source.
     */
    List<Hop> hops() {
        List<Hop> out = new ArrayList<>(components.size());
        int first = 0;
        if (components.size() >= 2 && steps.get(0).stream().allMatch(s -> s.kind() == dev.vpclab.trace.StepKind.DNS)) {
            List<Step> merged = new ArrayList<>(steps.get(1).size() + steps.get(0).size());
            merged.add(steps.get(1).get(0));
            merged.addAll(steps.get(0));
            merged.addAll(steps.get(1).subList(1, steps.get(1).size()));
            out.add(new Hop(components.get(1), types.get(1), labels.get(1), merged));
            first = 2;
        }
        for (int i = first; i < components.size(); i++) {
            out.add(new Hop(components.get(i), types.get(i), labels.get(i), steps.get(i)));
        }
        return out;
    }
}
