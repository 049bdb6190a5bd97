package dev.vpclab.trace;

import java.util.List;

/**
 * The packet at one component, with the steps that decided what happened there.
 *
 * @param component the component id ("acl-…", "sg-…", "igw-…", an ENI id, a load balancer ARN, "internet")
 * @param type what kind of component it is
 * @param label what people read (the Name, or the id)
 * @param steps the decisions taken there, in order
 */
public record Hop(String component, ComponentType type, String label, List<Step> steps) {

    /** Copies. */
    public Hop {
        steps = List.copyOf(steps);
    }

    /** @return the last step */
    public Step lastStep() {
        return steps.get(steps.size() - 1);
    }

    @Override
    public String toString() {
        return type.awsName() + " " + component + " " + steps;
    }
}
