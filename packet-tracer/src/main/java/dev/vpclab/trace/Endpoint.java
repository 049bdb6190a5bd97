package dev.vpclab.trace;

import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.lb.CompiledLoadBalancer;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.OnPremisesNetwork;

/**
 * A resolved source or destination of a trace. Make one with {@link Endpoints#resolve} or the factories here.
 *
 * @param kind what it is
 * @param id the resource id (instance, ENI, load balancer, DB, on-premises network, "internet", the service name)
 * @param label what people read
 * @param address the address given literally (an IP the user typed, a host outside AWS), or null for an interface
 *     named by id or Name, where the tracer picks the private or public address the source would use
 * @param attachment the interface, for {@link EndpointKind#INTERFACE}
 * @param loadBalancer the load balancer, for {@link EndpointKind#LOAD_BALANCER}
 * @param onPremises the network, for {@link EndpointKind#ON_PREMISES}
 * @param vpcId the VPC, for {@link EndpointKind#VPC_ADDRESS}
 * @param defaultPort the port a request goes to when none is given (a DB's port), or 0
 */
public record Endpoint(EndpointKind kind, String id, String label, Ipv4Address address, AttachmentPoint attachment,
                       CompiledLoadBalancer loadBalancer, OnPremisesNetwork onPremises, String vpcId, int defaultPort) {

    /** The address of the default internet client. */
    public static final Ipv4Address INTERNET_CLIENT = Ipv4Address.parse("198.51.100.77");

    /**
     * @param point an attachment point
     * @return it as an endpoint, addressed as the source would address it
     */
    public static Endpoint of(AttachmentPoint point) {
        return new Endpoint(EndpointKind.INTERFACE, point.ownerId(), point.label(), null, point, null, null, point.vpcId(), 0);
    }

    /**
     * @param address a host's address on the internet
     * @return the endpoint
     */
    public static Endpoint internet(Ipv4Address address) {
        return new Endpoint(EndpointKind.INTERNET, "internet", "internet " + address, address, null, null, null, null, 0);
    }

    /**
     * @param lb a load balancer
     * @return the endpoint
     */
    public static Endpoint of(CompiledLoadBalancer lb) {
        return new Endpoint(EndpointKind.LOAD_BALANCER, lb.id(), lb.label(), null, null, lb, null, lb.loadBalancer().vpcId(), 0);
    }

    /**
     * @param network an on-premises network
     * @param address a host in it
     * @return the endpoint
     */
    public static Endpoint onPremises(OnPremisesNetwork network, Ipv4Address address) {
        return new Endpoint(EndpointKind.ON_PREMISES, network.id(), network.label(), address, null, null, network, null, 0);
    }

    /**
     * @param serviceName e.g. "com.amazonaws.us-east-1.ec2"
     * @return an endpoint resolved when the source is known
     */
    public static Endpoint service(String serviceName) {
        return new Endpoint(EndpointKind.SERVICE, serviceName, serviceName, null, null, null, null, null, 0);
    }

    /**
     * @param port the port requests go to by default
     * @return this endpoint with that default
     */
    public Endpoint withDefaultPort(int port) {
        return new Endpoint(kind, id, label, address, attachment, loadBalancer, onPremises, vpcId, port);
    }
}
