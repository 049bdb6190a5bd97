package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.HealthCheck;
import dev.vpclab.model.resource.Listener.ListenerProtocol;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetRegistration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ELBv2 load balancers (application and network) and target groups. A load balancer node's addresses come
 * from the interfaces Elastic Load Balancing made for it (Description "ELB app/name/id" or "ELB net/name/id")
 * or from the addresses the load balancer lists per zone; targets and their reported health from
 * describe-target-health. An application load balancer always balances across zones; a network load balancer
 * only when its load_balancing.cross_zone.enabled attribute says so
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html).
 */
final class LoadBalancerMapper {

    private final ImportContext ctx;
    private final InterfaceRecords interfaces;
    private final FreeAddresses free;

    LoadBalancerMapper(ImportContext ctx, InterfaceRecords interfaces, FreeAddresses free) {
        this.ctx = ctx;
        this.interfaces = interfaces;
        this.free = free;
    }

    /**
     * @param text an ELBv2 protocol name
     * @return the protocol, or null when the model has none of that name
     */
    static ListenerProtocol protocol(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ListenerProtocol.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    void map() {
        Map<String, String> loadBalancers = new LinkedHashMap<>();
        for (Item item : ctx.snapshot().items(Section.LOAD_BALANCERS)) {
            loadBalancers.put(AwsJson.text(item.json(), "LoadBalancerArn"), AwsJson.text(item.json(), "LoadBalancerName"));
        }
        Map<String, String> targetGroups = new LinkedHashMap<>();
        for (Item item : ctx.snapshot().items(Section.TARGET_GROUPS)) {
            targetGroups.put(AwsJson.text(item.json(), "TargetGroupArn"), AwsJson.text(item.json(), "TargetGroupName"));
        }
        ElbAttributes attributes = ElbAttributes.collect(ctx, loadBalancers, targetGroups);
        ctx.forEach(Section.LOAD_BALANCERS, item -> loadBalancer(item, attributes));
        Map<String, List<TargetRegistration>> targets = targets(targetGroups);
        ctx.forEach(Section.TARGET_GROUPS, item -> targetGroup(item, attributes, targets));
    }

    private void loadBalancer(Item item, ElbAttributes attributes) {
        JsonNode lb = item.json();
        String arn = AwsJson.text(lb, "LoadBalancerArn");
        String typeText = String.valueOf(AwsJson.text(lb, "Type"));
        LoadBalancer.Type type;
        if (typeText.equals("application")) {
            type = LoadBalancer.Type.APPLICATION;
        } else if (typeText.equals("network")) {
            type = LoadBalancer.Type.NETWORK;
        } else {
            ctx.warn(item.file(), "aws.lb.unsupportedType", arn, typeText);
            return;
        }
        LoadBalancer.Scheme scheme = "internal".equals(AwsJson.text(lb, "Scheme"))
                ? LoadBalancer.Scheme.INTERNAL : LoadBalancer.Scheme.INTERNET_FACING;
        String suffix = arn == null ? "" : arn.substring(arn.indexOf("loadbalancer/") + "loadbalancer/".length());
        List<String> subnets = new ArrayList<>();
        Map<String, Ipv4Address> nodes = new LinkedHashMap<>();
        Map<String, Ipv4Address> publicNodes = new LinkedHashMap<>();
        for (JsonNode zone : AwsJson.array(lb, "AvailabilityZones")) {
            String subnet = AwsJson.text(zone, "SubnetId");
            if (subnet == null) {
                continue;
            }
            subnets.add(subnet);
            for (JsonNode address : AwsJson.array(zone, "LoadBalancerAddresses")) {
                put(nodes, subnet, ctx.ipv4(AwsJson.text(address, "PrivateIPv4Address"), item.file(), arn));
                put(publicNodes, subnet, ctx.ipv4(AwsJson.text(address, "IpAddress"), item.file(), arn));
            }
        }
        for (InterfaceRecords.Eni eni : interfaces.ownedBy(InterfaceOwner.Kind.LOAD_BALANCER)) {
            if (suffix.equals(eni.owner().ref()) && eni.subnetId() != null) {
                put(nodes, eni.subnetId(), eni.primaryAddress());
                put(publicNodes, eni.subnetId(), ctx.ipv4(eni.publicAddress(), eni.file(), eni.id()));
            }
        }
        for (String subnet : subnets) {
            free.reserve(subnet, nodes.get(subnet));
        }
        for (String subnet : subnets) {
            if (!nodes.containsKey(subnet)) {
                Optional<Ipv4Address> guess = free.take(subnet);
                guess.ifPresent(a -> {
                    nodes.put(subnet, a);
                    ctx.warn(item.file(), "aws.lb.addressGuessed", arn, subnet, a.toString());
                });
            }
        }
        if (scheme == LoadBalancer.Scheme.INTERNET_FACING && publicNodes.isEmpty()) {
            ctx.warn(item.file(), "aws.lb.noPublicAddresses", String.valueOf(AwsJson.text(lb, "LoadBalancerName")));
        }
        boolean crossZone = type == LoadBalancer.Type.APPLICATION
                || "true".equals(attributes.get(arn, "load_balancing.cross_zone.enabled"));
        int idle = attributes.number(arn, "idle_timeout.timeout_seconds", 60);
        ctx.attempt(item.file(), arn, () -> new LoadBalancer(arn, AwsJson.text(lb, "LoadBalancerName"), type, scheme,
                AwsJson.text(lb, "VpcId"), subnets, AwsJson.texts(lb, "SecurityGroups"), nodes, publicNodes,
                AwsJson.text(lb, "DNSName"), crossZone, idle, AwsStates.lifecycle(AwsJson.textAt(lb, "State", "Code"))));
    }

    private static void put(Map<String, Ipv4Address> map, String subnet, Ipv4Address address) {
        if (address != null) {
            map.putIfAbsent(subnet, address);
        }
    }

    private void targetGroup(Item item, ElbAttributes attributes, Map<String, List<TargetRegistration>> targets) {
        JsonNode tg = item.json();
        String arn = AwsJson.text(tg, "TargetGroupArn");
        String typeText = String.valueOf(AwsJson.text(tg, "TargetType")).toLowerCase(Locale.ROOT);
        TargetGroup.TargetType type;
        if (typeText.equals("ip")) {
            type = TargetGroup.TargetType.IP;
        } else if (typeText.equals("instance") || typeText.equals("null")) {
            type = TargetGroup.TargetType.INSTANCE;
        } else {
            ctx.warn(item.file(), "aws.tg.unsupportedType", String.valueOf(AwsJson.text(tg, "TargetGroupName")), typeText);
            return;
        }
        ListenerProtocol protocol = protocol(AwsJson.text(tg, "Protocol"));
        ctx.attempt(item.file(), arn, () -> new TargetGroup(arn, AwsJson.text(tg, "TargetGroupName"), AwsJson.text(tg, "VpcId"),
                type, protocol, AwsJson.integer(tg, "Port", 0), healthCheck(tg, item.file()), attributes.targetGroup(arn),
                targets.getOrDefault(arn, List.of())));
    }

    private HealthCheck healthCheck(JsonNode tg, String file) {
        String port = AwsJson.text(tg, "HealthCheckPort");
        String matcher = AwsJson.textAt(tg, "Matcher", "HttpCode");
        try {
            return new HealthCheck(protocol(AwsJson.text(tg, "HealthCheckProtocol")),
                    port == null || port.equals("traffic-port") ? 0 : Integer.parseInt(port),
                    AwsJson.text(tg, "HealthCheckPath"),
                    AwsJson.integer(tg, "HealthCheckIntervalSeconds", HealthCheck.DEFAULT.intervalSeconds()),
                    AwsJson.integer(tg, "HealthCheckTimeoutSeconds", HealthCheck.DEFAULT.timeoutSeconds()),
                    AwsJson.integer(tg, "HealthyThresholdCount", HealthCheck.DEFAULT.healthyThreshold()),
                    AwsJson.integer(tg, "UnhealthyThresholdCount", HealthCheck.DEFAULT.unhealthyThreshold()), matcher);
        } catch (IllegalArgumentException e) {
            ctx.warn(file, "aws.tg.badHealthCheck", String.valueOf(AwsJson.text(tg, "TargetGroupName")), e.getMessage());
            return HealthCheck.DEFAULT;
        }
    }

    /** Target group ARN → registered targets with their reported health. */
    private Map<String, List<TargetRegistration>> targets(Map<String, String> targetGroups) {
        Map<String, List<TargetRegistration>> out = new LinkedHashMap<>();
        for (Item group : ctx.snapshot().groups(Section.TARGET_HEALTH)) {
            String owner = group.owner();
            if (owner == null && group.json().size() > 0) {
                owner = Snapshot.guessOwner(group.file(), new ArrayList<>(targetGroups.keySet()),
                        arn -> List.of(arn, String.valueOf(targetGroups.get(arn)), ElbAttributes.arnId(arn)));
                if (owner == null) {
                    ctx.warn(group.file(), "aws.tg.unownedHealth", group.json().size());
                    continue;
                }
            }
            List<TargetRegistration> list = out.computeIfAbsent(owner, k -> new ArrayList<>());
            for (JsonNode d : group.json()) {
                JsonNode target = d.path("Target");
                String id = AwsJson.text(target, "Id");
                if (id == null) {
                    continue;
                }
                TargetRegistration registration = new TargetRegistration(id, AwsJson.integer(target, "Port", 0),
                        AwsJson.text(target, "AvailabilityZone"), AwsStates.targetHealth(AwsJson.textAt(d, "TargetHealth", "State")));
                if (list.stream().noneMatch(r -> r.targetId().equals(id) && r.port() == registration.port())) {
                    list.add(registration);
                }
            }
        }
        return out;
    }
}
