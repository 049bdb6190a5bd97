package dev.vpclab.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.engine.Network;
import dev.vpclab.engine.NetworkCompiler;
import dev.vpclab.engine.testing.NetworkBuilder;
import dev.vpclab.model.testing.Fixtures;
import org.junit.jupiter.api.Test;

class EndpointsTest {

    private final Network net = NetworkCompiler.compile(Fixtures.everyKind());

    @Test
    void resolvesIdsNamesAddressesAndDnsNames() {
        assertThat(Endpoints.resolve(net, "i-web").attachment().id()).isEqualTo("eni-web");
        assertThat(Endpoints.resolve(net, "eni-app").id()).isEqualTo("i-app");
        assertThat(Endpoints.resolve(net, "web").id()).as("Name tag").isEqualTo("i-web");
        assertThat(Endpoints.resolve(net, "web-alb").kind()).isEqualTo(EndpointKind.LOAD_BALANCER);
        assertThat(Endpoints.resolve(net, "web-alb-1234567890.us-east-1.elb.amazonaws.com").kind()).isEqualTo(EndpointKind.LOAD_BALANCER);
        Endpoint db = Endpoints.resolve(net, "orders-db.abcdefgh.us-east-1.rds.amazonaws.com");
        assertThat(db.id()).isEqualTo("orders-db");
        assertThat(db.defaultPort()).isEqualTo(5432);
        assertThat(Endpoints.resolve(net, "10.0.2.20").id()).isEqualTo("i-app");
        assertThat(Endpoints.resolve(net, "203.0.113.20").id()).as("an Elastic IP").isEqualTo("i-web");
        assertThat(Endpoints.resolve(net, "54.12.0.10").kind()).as("a load balancer node").isEqualTo(EndpointKind.LOAD_BALANCER);
        assertThat(Endpoints.resolve(net, "internet").address()).hasToString("198.51.100.77");
        assertThat(Endpoints.resolve(net, "client-1").kind()).isEqualTo(EndpointKind.INTERNET);
        assertThat(Endpoints.resolve(net, "8.8.8.8").kind()).isEqualTo(EndpointKind.INTERNET);
        assertThat(Endpoints.resolve(net, "192.168.4.4").kind()).isEqualTo(EndpointKind.ON_PREMISES);
        assertThat(Endpoints.resolve(net, "10.0.2.99").kind()).isEqualTo(EndpointKind.VPC_ADDRESS);
        assertThat(Endpoints.resolve(net, "com.amazonaws.us-east-1.ec2").kind()).isEqualTo(EndpointKind.SERVICE);
        assertThat(Endpoints.resolve(net, "onprem-1").kind()).isEqualTo(EndpointKind.ON_PREMISES);
    }

    @Test
    void ambiguityAndNothingGiveOneClearMessage() {
        Network twins = new NetworkBuilder().vpc("vpc-a", "10.0.0.0/16").vpc("vpc-b", "10.0.0.0/16")
                .subnet("subnet-a", "vpc-a", "a", "10.0.1.0/24").subnet("subnet-b", "vpc-b", "a", "10.0.1.0/24")
                .instance("i-1", "subnet-a", "10.0.1.10").instance("i-2", "subnet-b", "10.0.1.10")
                .update("i-1", dev.vpclab.model.resource.Instance.class, i -> new dev.vpclab.model.resource.Instance(i.id(), "web", i.subnetId(),
                        i.instanceType(), i.state(), "", null))
                .update("i-2", dev.vpclab.model.resource.Instance.class, i -> new dev.vpclab.model.resource.Instance(i.id(), "web", i.subnetId(),
                        i.instanceType(), i.state(), "", null))
                .network();
        assertThatThrownBy(() -> Endpoints.resolve(twins, "web")).isInstanceOf(EndpointException.class)
                .hasMessage("'web' names 2 resources: i-1 (Instance), i-2 (Instance); use the id instead")
                .satisfies(e -> assertThat(((EndpointException) e).candidates()).hasSize(2));
        assertThatThrownBy(() -> Endpoints.resolve(twins, "10.0.1.10")).isInstanceOf(EndpointException.class)
                .hasMessageContaining("i-1 in vpc-a").hasMessageContaining("i-2 in vpc-b");
        assertThatThrownBy(() -> Endpoints.resolve(twins, "nonesuch")).isInstanceOf(EndpointException.class)
                .hasMessageStartingWith("nothing in the model is called 'nonesuch'");
        assertThatThrownBy(() -> Endpoints.resolve(twins, " ")).isInstanceOf(EndpointException.class);
    }

    @Test
    void aLoadBalancerCannotStartARequest() {
        TraceRequest r = TraceRequest.tcp(Endpoints.resolve(net, "web-alb"), Endpoints.resolve(net, "i-web"), 443);
        assertThatThrownBy(() -> new Tracer(net).trace(r)).isInstanceOf(EndpointException.class).hasMessageContaining("cannot start a request");
    }

    @Test
    void defaultPortsComeFromTheDestination() {
        Trace toDb = new Tracer(net).trace(TraceRequest.tcp(Endpoints.resolve(net, "i-app"), Endpoints.resolve(net, "orders-db"), 0));
        assertThat(toDb.forward().get(0).steps().get(0).packet().destinationPort()).isEqualTo(5432);
        Trace toLb = new Tracer(net).trace(TraceRequest.tcp(Endpoints.resolve(net, "internet"), Endpoints.resolve(net, "web-alb"), 0));
        assertThat(toLb.forward().get(0).steps().get(0).packet().destinationPort()).isEqualTo(443);
    }
}
