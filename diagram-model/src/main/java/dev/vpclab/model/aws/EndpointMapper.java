package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.PrefixList;
import dev.vpclab.model.resource.VpcEndpoint;
import dev.vpclab.model.resource.VpcEndpoint.EndpointType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prefix lists and VPC endpoints. A gateway endpoint's prefix list is the one whose name is the endpoint's
 * service name (describe-prefix-lists), else the one its routes point at. An interface endpoint's address in
 * each subnet comes from its network interfaces; when they were not exported an address is picked and the
 * pick is reported.
 */
final class EndpointMapper {

    private final ImportContext ctx;
    private final InterfaceRecords interfaces;
    private final FreeAddresses free;

    EndpointMapper(ImportContext ctx, InterfaceRecords interfaces, FreeAddresses free) {
        this.ctx = ctx;
        this.interfaces = interfaces;
        this.free = free;
    }

    void map() {
        ctx.forEach(Section.PREFIX_LISTS, this::prefixList);
        ctx.forEach(Section.VPC_ENDPOINTS, this::endpoint);
    }

    /**
     * describe-prefix-lists lists AWS service prefix lists with their Cidrs; describe-managed-prefix-lists
     * lists customer and AWS managed ones (OwnerId "AWS") without entries, which come from
     * get-managed-prefix-list-entries.
     */
    private void prefixList(Item item) {
        JsonNode p = item.json();
        String id = AwsJson.text(p, "PrefixListId");
        if ("IPv6".equalsIgnoreCase(AwsJson.text(p, "AddressFamily"))) {
            ctx.warn(item.file(), "aws.prefixList.ipv6", id);
            return;
        }
        List<String> texts = new ArrayList<>(AwsJson.texts(p, "Cidrs"));
        texts.addAll(AwsJson.texts(p, "Entries", "Cidr"));
        for (Item group : ctx.snapshot().groups(Section.PREFIX_LIST_ENTRIES)) {
            String owner = group.owner() != null ? group.owner() : guessPrefixListOwner(group);
            if (id != null && id.equals(owner)) {
                group.json().forEach(e -> {
                    String c = AwsJson.text(e, "Cidr");
                    if (c != null) {
                        texts.add(c);
                    }
                });
            }
        }
        List<Cidr> cidrs = new ArrayList<>();
        int ipv6 = 0;
        for (String text : texts) {
            if (text.contains(":")) {
                ipv6++;
                continue;
            }
            Cidr c = ctx.cidr(text, item.file(), id);
            if (c != null && !cidrs.contains(c)) {
                cidrs.add(c);
            }
        }
        if (ipv6 > 0) {
            ctx.warn(item.file(), "aws.prefixList.ipv6Entries", id, ipv6);
        }
        String owner = AwsJson.text(p, "OwnerId");
        boolean awsManaged = owner == null || owner.equals("AWS");
        ctx.attempt(item.file(), id, () -> new PrefixList(id, AwsJson.name(p), AwsJson.text(p, "PrefixListName"), cidrs, awsManaged));
    }

    private String guessPrefixListOwner(Item group) {
        List<String> ids = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Item p : ctx.snapshot().items(Section.PREFIX_LISTS)) {
            if (AwsJson.text(p.json(), "OwnerId") != null) {
                ids.add(AwsJson.text(p.json(), "PrefixListId"));
                names.put(AwsJson.text(p.json(), "PrefixListId"), AwsJson.text(p.json(), "PrefixListName"));
            }
        }
        String owner = Snapshot.guessOwner(group.file(), ids, id -> List.of(id, String.valueOf(names.get(id))));
        if (owner == null && group.json().size() > 0) {
            ctx.warn(group.file(), "aws.prefixList.unownedEntries", group.json().size());
        }
        return owner;
    }

    private void endpoint(Item item) {
        JsonNode e = item.json();
        String id = AwsJson.text(e, "VpcEndpointId");
        String typeText = String.valueOf(AwsJson.text(e, "VpcEndpointType")).toLowerCase(Locale.ROOT);
        EndpointType type = typeText.equals("interface") ? EndpointType.INTERFACE
                : typeText.equals("gatewayloadbalancer") ? EndpointType.GATEWAY_LOAD_BALANCER : EndpointType.GATEWAY;
        String service = AwsJson.text(e, "ServiceName");
        String prefixList = type == EndpointType.GATEWAY ? prefixListOf(id, service, item.file()) : null;
        Map<String, Ipv4Address> addresses = new LinkedHashMap<>();
        List<String> subnets = AwsJson.texts(e, "SubnetIds");
        if (type != EndpointType.GATEWAY) {
            List<InterfaceRecords.Eni> enis = new ArrayList<>();
            for (String eniId : AwsJson.texts(e, "NetworkInterfaceIds")) {
                if (interfaces.get(eniId) != null) {
                    enis.add(interfaces.get(eniId));
                }
            }
            for (InterfaceRecords.Eni eni : interfaces.ownedBy(InterfaceOwner.Kind.VPC_ENDPOINT)) {
                if (id != null && id.equals(eni.owner().ref()) && !enis.contains(eni)) {
                    enis.add(eni);
                }
            }
            for (InterfaceRecords.Eni eni : enis) {
                if (eni.subnetId() != null && eni.primaryAddress() != null) {
                    addresses.putIfAbsent(eni.subnetId(), eni.primaryAddress());
                }
            }
            for (String subnet : subnets) {
                if (!addresses.containsKey(subnet)) {
                    Optional<Ipv4Address> guess = free.take(subnet);
                    guess.ifPresent(a -> {
                        addresses.put(subnet, a);
                        ctx.warn(item.file(), "aws.endpoint.addressGuessed", id, subnet, a.toString());
                    });
                }
            }
        }
        ctx.attempt(item.file(), id, () -> new VpcEndpoint(id, AwsJson.name(e), AwsJson.text(e, "VpcId"), type, service,
                prefixList, AwsJson.texts(e, "RouteTableIds"), subnets, AwsJson.texts(e, "Groups", "GroupId"), addresses,
                AwsJson.bool(e, "PrivateDnsEnabled", false), AwsStates.lifecycle(AwsJson.text(e, "State"))));
    }

    private String prefixListOf(String endpointId, String service, String file) {
        for (Item p : ctx.snapshot().items(Section.PREFIX_LISTS)) {
            if (service != null && service.equals(AwsJson.text(p.json(), "PrefixListName"))) {
                return AwsJson.text(p.json(), "PrefixListId");
            }
        }
        for (Item t : ctx.snapshot().items(Section.ROUTE_TABLES)) {
            for (JsonNode r : AwsJson.array(t.json(), "Routes")) {
                if (endpointId != null && endpointId.equals(AwsJson.text(r, "GatewayId"))
                        && AwsJson.text(r, "DestinationPrefixListId") != null) {
                    String id = AwsJson.text(r, "DestinationPrefixListId");
                    ctx.warn(file, "aws.endpoint.prefixListNotListed", endpointId, String.valueOf(service), id);
                    return id;
                }
            }
        }
        ctx.warn(file, "aws.endpoint.noPrefixList", endpointId, String.valueOf(service));
        return null;
    }
}
