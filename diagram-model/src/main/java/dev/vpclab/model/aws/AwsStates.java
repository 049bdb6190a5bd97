package dev.vpclab.model.aws;

import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.Locale;

/**
 * The state words of the AWS APIs mapped onto the model's states. Only what AWS calls available, active,
 * attached or running carries traffic; everything else keeps a state that says why it does not.
 */
final class AwsStates {

    private AwsStates() {
    }

    /**
     * NAT gateways, VPC endpoints, transit gateway attachments and load balancers
     * (ec2 NatGatewayState, State of VpcEndpoint, TransitGatewayAttachmentState, elbv2 LoadBalancerStateEnum).
     *
     * @param state the AWS word, or null
     * @return the model state; null and unknown words count as available
     */
    static LifecycleState lifecycle(String state) {
        if (state == null) {
            return LifecycleState.AVAILABLE;
        }
        switch (state.toLowerCase(Locale.ROOT)) {
            case "pending": case "pendingacceptance": case "initiating": case "initiatingrequest":
            case "provisioning": case "modifying":
                return LifecycleState.PENDING;
            case "deleting": case "rollingback":
                return LifecycleState.DELETING;
            case "deleted":
                return LifecycleState.DELETED;
            case "failed": case "failing": case "rejected": case "rejecting": case "expired":
                return LifecycleState.FAILED;
            default:
                return LifecycleState.AVAILABLE;
        }
    }

    /**
     * RDS DBInstanceStatus. Maintenance states in which the database still answers (backing-up, modifying,
     * storage optimisation, …) count as available.
     *
     * @param status the RDS status, or null
     * @return the model state
     */
    static LifecycleState database(String status) {
        if (status == null) {
            return LifecycleState.AVAILABLE;
        }
        String s = status.toLowerCase(Locale.ROOT);
        if (s.equals("stopped") || s.equals("stopping")) {
            return LifecycleState.STOPPED;
        }
        if (s.equals("creating") || s.equals("starting") || s.equals("rebooting") || s.equals("converting-to-vpc")) {
            return LifecycleState.PENDING;
        }
        if (s.equals("deleting")) {
            return LifecycleState.DELETING;
        }
        if (s.equals("failed") || s.startsWith("incompatible") || s.startsWith("inaccessible") || s.equals("restore-error")
                || s.equals("insufficient-capacity")) {
            return LifecycleState.FAILED;
        }
        return LifecycleState.AVAILABLE;
    }

    /**
     * @param state EC2 InstanceStateName, or null
     * @return the instance state; null counts as running
     */
    static Instance.State instance(String state) {
        if (state == null) {
            return Instance.State.RUNNING;
        }
        switch (state.toLowerCase(Locale.ROOT)) {
            case "pending": return Instance.State.PENDING;
            case "stopping": return Instance.State.STOPPING;
            case "stopped": return Instance.State.STOPPED;
            case "shutting-down": return Instance.State.SHUTTING_DOWN;
            case "terminated": return Instance.State.TERMINATED;
            default: return Instance.State.RUNNING;
        }
    }

    /**
     * @param code VpcPeeringConnectionStateReasonCode, or null
     * @return the peering status; only active carries traffic
     */
    static VpcPeeringConnection.Status peering(String code) {
        if (code == null) {
            return VpcPeeringConnection.Status.ACTIVE;
        }
        switch (code.toLowerCase(Locale.ROOT)) {
            case "active": return VpcPeeringConnection.Status.ACTIVE;
            case "rejected": return VpcPeeringConnection.Status.REJECTED;
            case "expired": return VpcPeeringConnection.Status.EXPIRED;
            case "failed": return VpcPeeringConnection.Status.FAILED;
            case "deleted": case "deleting": return VpcPeeringConnection.Status.DELETED;
            default: return VpcPeeringConnection.Status.PENDING_ACCEPTANCE;
        }
    }

    /**
     * @param state elbv2 TargetHealthStateEnum, or null
     * @return the reported health, or null when AWS reported none
     */
    static TargetHealth targetHealth(String state) {
        if (state == null) {
            return null;
        }
        switch (state.toLowerCase(Locale.ROOT)) {
            case "initial": return TargetHealth.INITIAL;
            case "healthy": return TargetHealth.HEALTHY;
            case "unhealthy": case "unhealthy.draining": return TargetHealth.UNHEALTHY;
            case "unused": return TargetHealth.UNUSED;
            case "draining": return TargetHealth.DRAINING;
            case "unavailable": return TargetHealth.UNAVAILABLE;
            default: return null;
        }
    }
}
