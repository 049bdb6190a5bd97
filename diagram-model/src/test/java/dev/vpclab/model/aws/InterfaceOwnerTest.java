package dev.vpclab.model.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which AWS service an interface belongs to, from the fields describe-network-interfaces reports. */
class InterfaceOwnerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "{\"InterfaceType\": \"nat_gateway\", \"Description\": \"Interface for NAT Gateway nat-07ab\"}                 | NAT_GATEWAY | nat-07ab",
        "{\"InterfaceType\": \"network_load_balancer\", \"Description\": \"ELB net/test-lb/725b\"}                     | LOAD_BALANCER | net/test-lb/725b",
        "{\"InterfaceType\": \"interface\", \"Description\": \"ELB app/web/50dc\", \"RequesterId\": \"amazon-elb\"}   | LOAD_BALANCER | app/web/50dc",
        "{\"InterfaceType\": \"vpc_endpoint\", \"Description\": \"VPC Endpoint Interface vpce-083c\"}                  | VPC_ENDPOINT | vpce-083c",
        "{\"InterfaceType\": \"transit_gateway\", \"Description\": \"Network Interface for Transit Gateway Attachment tgw-attach-07a3\"} | TRANSIT_GATEWAY | tgw-attach-07a3",
        "{\"InterfaceType\": \"interface\", \"Description\": \"RDSNetworkInterface\"}                                 | RDS | none",
        "{\"InterfaceType\": \"interface\", \"RequesterId\": \"amazon-rds\"}                                          | RDS | none",
        "{\"InterfaceType\": \"interface\", \"Description\": \"Primary network interface\"}                           | NONE | none",
        "{\"InterfaceType\": \"lambda\", \"Description\": \"AWS Lambda VPC ENI-fn\"}                                  | NONE | none"})
    void ownerComesFromTypeRequesterAndDescription(String json, InterfaceOwner.Kind kind, String ref) throws Exception {
        InterfaceOwner owner = InterfaceOwner.of(new ObjectMapper().readTree(json));

        assertThat(owner.kind()).isEqualTo(kind);
        assertThat(owner.ref()).isEqualTo(ref);
    }
}
