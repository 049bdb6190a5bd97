package dev.vpclab.engine.route;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.EgressOnlyInternetGateway;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.VpcEndpoint;
import dev.vpclab.model.resource.VpcPeeringConnection;
import java.util.Locale;

/**
 * Decides whether a route's target works, the way AWS sets a route's state: a target that does not exist or
 * cannot carry traffic (NAT gateway not available, gateway detached, peering not active, interface of a stopped
 * instance, deleted endpoint) makes the route a blackhole
 * (<a href="https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/ec2/route/state.html">route state</a>).
 */
public final class RouteTargetStates {

    private final Document doc;

    /**
     * @param doc the document the targets live in
     */
    public RouteTargetStates(Document doc) {
        this.doc = doc;
    }

    /**
     * @param target the target as written
     * @return its kind, with endpoints told apart by type
     */
    public RouteTargetKind kindOf(String target) {
        RouteTargetKind kind = RouteTargetKind.of(target);
        if (kind == RouteTargetKind.GATEWAY_ENDPOINT) {
            VpcEndpoint e = doc.get(target, VpcEndpoint.class);
            if (e != null && e.type() == VpcEndpoint.EndpointType.GATEWAY_LOAD_BALANCER) {
                return RouteTargetKind.GATEWAY_LOAD_BALANCER_ENDPOINT;
            }
        }
        return kind;
    }

    /**
     * @param vpcId the VPC of the route table
     * @param target the target as written
     * @param kind its kind
     * @return why the route is a blackhole, or null when the target works
     */
    public String blackholeReason(String vpcId, String target, RouteTargetKind kind) {
        if (kind == RouteTargetKind.LOCAL) {
            return null;
        }
        if (!doc.contains(target)) {
            return target + " does not exist";
        }
        switch (kind) {
            case INTERNET_GATEWAY:
                InternetGateway igw = doc.get(target, InternetGateway.class);
                return igw == null ? wrongKind(target) : attached(igw.vpcId(), vpcId, target);
            case EGRESS_ONLY_INTERNET_GATEWAY:
                EgressOnlyInternetGateway eigw = doc.get(target, EgressOnlyInternetGateway.class);
                return eigw == null ? wrongKind(target) : attached(eigw.vpcId(), vpcId, target);
            case VIRTUAL_PRIVATE_GATEWAY:
                VirtualPrivateGateway vgw = doc.get(target, VirtualPrivateGateway.class);
                return vgw == null ? wrongKind(target) : attached(vgw.vpcId(), vpcId, target);
            case NAT_GATEWAY:
                NatGateway nat = doc.get(target, NatGateway.class);
                return nat == null ? wrongKind(target) : available(target, nat.state());
            case VPC_PEERING_CONNECTION:
                return peering(vpcId, target);
            case TRANSIT_GATEWAY:
                return transitGateway(vpcId, target);
            case GATEWAY_ENDPOINT:
            case GATEWAY_LOAD_BALANCER_ENDPOINT:
                VpcEndpoint e = doc.get(target, VpcEndpoint.class);
                return e == null ? wrongKind(target) : available(target, e.state());
            case NETWORK_INTERFACE:
                return networkInterface(target);
            default:
                return target + " is not something a route can point to";
        }
    }

    private static String wrongKind(String target) {
        return target + " is not something a route can point to";
    }

    private static String attached(String attachedVpc, String vpcId, String target) {
        if (attachedVpc == null) {
            return target + " is not attached to a VPC";
        }
        return attachedVpc.equals(vpcId) ? null : target + " is attached to " + attachedVpc + ", not " + vpcId;
    }

    private static String available(String target, LifecycleState state) {
        return state == LifecycleState.AVAILABLE ? null : target + " is " + state.name().toLowerCase(Locale.ROOT);
    }

    private String peering(String vpcId, String target) {
        VpcPeeringConnection pcx = doc.get(target, VpcPeeringConnection.class);
        if (pcx == null) {
            return wrongKind(target);
        }
        if (pcx.peerOf(vpcId) == null) {
            return target + " does not connect " + vpcId;
        }
        return pcx.status() == VpcPeeringConnection.Status.ACTIVE ? null
                : target + " is " + pcx.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String transitGateway(String vpcId, String target) {
        if (doc.get(target, TransitGateway.class) == null) {
            return wrongKind(target);
        }
        for (TransitGatewayAttachment a : doc.all(TransitGatewayAttachment.class)) {
            if (a.transitGatewayId().equals(target) && a.resourceType() == TransitGatewayAttachment.AttachmentType.VPC
                    && a.resourceId().equals(vpcId)) {
                return available(a.id(), a.state());
            }
        }
        return vpcId + " has no attachment to " + target;
    }

    private String networkInterface(String target) {
        String instanceId = target;
        if (target.startsWith("eni-")) {
            NetworkInterface eni = doc.get(target, NetworkInterface.class);
            if (eni == null) {
                return wrongKind(target);
            }
            if (eni.instanceId() == null) {
                return null;
            }
            instanceId = eni.instanceId();
        } else if (doc.primaryInterface(target).isEmpty()) {
            return target + " has no network interface";
        }
        Instance instance = doc.get(instanceId, Instance.class);
        if (instance == null) {
            return instanceId + " does not exist";
        }
        return instance.state() == Instance.State.RUNNING ? null
                : instanceId + " is " + instance.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
