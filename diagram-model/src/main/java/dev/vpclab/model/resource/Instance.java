package dev.vpclab.model.resource;

/**
 * An EC2 instance. Its addresses and security groups belong to its network interfaces (the one with device
 * index 0 is primary and lies in {@code subnetId}). Only a running instance sends or receives traffic.
 *
 * @param id "i-…"
 * @param name Name tag
 * @param subnetId the subnet of its primary interface
 * @param instanceType e.g. "t3.micro"
 * @param state running, stopped, …
 * @param imageId the AMI, free text
 * @param autoScalingGroupId the group that launched it, or null
 */
public record Instance(String id, String name, String subnetId, String instanceType, State state, String imageId,
                       String autoScalingGroupId) implements Resource {

    /** EC2 instance states. */
    public enum State { PENDING, RUNNING, STOPPING, STOPPED, SHUTTING_DOWN, TERMINATED }

    /** Validates. */
    public Instance {
        Req.id(id, "Instance");
        name = Req.name(name);
        Req.ref(subnetId, "the instance's subnet");
        instanceType = instanceType == null || instanceType.isBlank() ? "t3.micro" : instanceType;
        state = Req.nonNull(state, State.RUNNING);
        imageId = Req.text(imageId);
        autoScalingGroupId = Req.optRef(autoScalingGroupId);
    }
}
