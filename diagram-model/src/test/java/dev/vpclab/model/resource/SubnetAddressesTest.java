package dev.vpclab.model.resource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checklist item 2: AWS reserves the first four and the last address of every subnet. */
class SubnetAddressesTest {

    private static Subnet subnet(String cidr) {
        return new Subnet("subnet-q", "q", "vpc-1", "us-east-1a", Cidr.parse(cidr), false, null, null);
    }

    @ParameterizedTest
    @CsvSource({"10.0.2.0/24,10.0.2.4,251", "10.0.0.0/28,10.0.0.4,11", "10.0.0.0/16,10.0.0.4,65531"})
    void firstUsableAddressAndCount(String cidr, String first, long usable) {
        Subnet s = subnet(cidr);
        assertThat(s.firstUsableAddress()).isEqualTo(Ipv4Address.parse(first));
        assertThat(s.usableAddressCount()).isEqualTo(usable);
    }

    @ParameterizedTest
    @CsvSource({"10.0.2.0,true", "10.0.2.1,true", "10.0.2.2,true", "10.0.2.3,true", "10.0.2.4,false", "10.0.2.254,false",
            "10.0.2.255,true", "10.0.3.0,false"})
    void theFiveReservedAddresses(String address, boolean reserved) {
        assertThat(subnet("10.0.2.0/24").isReserved(Ipv4Address.parse(address))).isEqualTo(reserved);
    }
}
