package dev.vpclab.app.trace;

import dev.vpclab.app.render.ElementKeys;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetClient;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.VpcEndpoint;
import dev.vpclab.trace.Endpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the From and To pickers list: the internet, the document's internet users, load balancers, instances, DB
 * instances, NAT gateways, interfaces that belong to no instance and on-premises networks. Each is traced by its
 * Name when the Name is unique among them, else by its id, so that what the picker writes reads well and resolves
 * to exactly that resource.
 */
public final class EndpointChoices {

    private static final List<Class<? extends Resource>> NAMED = List.of(Instance.class, NetworkInterface.class, DbInstance.class,
            InternetClient.class, OnPremisesNetwork.class, NatGateway.class, VpcEndpoint.class);

    private EndpointChoices() {
    }

    /**
     * @param doc a document
     * @return its choices, the internet first
     */
    public static List<EndpointChoice> of(Document doc) {
        Map<String, Integer> names = nameCounts(doc);
        List<EndpointChoice> out = new ArrayList<>();
        out.add(new EndpointChoice("internet", "internet", Endpoint.INTERNET_CLIENT.toString(), "internet-client"));
        for (InternetClient c : doc.all(InternetClient.class)) {
            out.add(new EndpointChoice(c.id(), c.label(), c.publicIp().toString(), "internet-client"));
        }
        for (LoadBalancer lb : doc.all(LoadBalancer.class)) {
            out.add(new EndpointChoice(lb.name(), lb.name(), lb.type() == LoadBalancer.Type.APPLICATION ? "ALB" : "NLB",
                    lb.type() == LoadBalancer.Type.APPLICATION ? "lb" : "lb-network"));
        }
        for (Instance i : doc.all(Instance.class)) {
            out.add(choice(names, i, i.id(), "instance"));
        }
        for (DbInstance db : doc.all(DbInstance.class)) {
            out.add(choice(names, db, db.id(), "db"));
        }
        for (NatGateway n : doc.all(NatGateway.class)) {
            out.add(choice(names, n, n.id(), "nat"));
        }
        for (NetworkInterface e : doc.all(NetworkInterface.class)) {
            if (e.instanceId() == null) {
                out.add(choice(names, e, e.privateIps().get(0).toString(), "eni"));
            }
        }
        for (OnPremisesNetwork n : doc.all(OnPremisesNetwork.class)) {
            out.add(choice(names, n, n.id(), "on-prem"));
        }
        return List.copyOf(out);
    }

    private static Map<String, Integer> nameCounts(Document doc) {
        Map<String, Integer> counts = new HashMap<>();
        for (Class<? extends Resource> type : NAMED) {
            for (Resource r : doc.all(type)) {
                if (!r.name().isBlank()) {
                    counts.merge(r.name(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static EndpointChoice choice(Map<String, Integer> names, Resource r, String detail, String icon) {
        String spec = spec(names, r);
        return new EndpointChoice(spec, r.label(), spec.equals(r.id()) || detail.equals(r.id()) ? detail : r.id() + " \u00b7 " + detail, icon);
    }

    /** By Name when no other named endpoint shares it (and it does not read as "internet"), else by id. */
    private static String spec(Map<String, Integer> names, Resource r) {
        boolean byName = !r.name().isBlank() && names.getOrDefault(r.name(), 0) == 1 && !r.name().equalsIgnoreCase("internet");
        return byName ? r.name() : r.id();
    }

    /**
     * What picking an element on the canvas traces from or to.
     *
     * @param doc a document
     * @param key a canvas element key
     * @return its spec, or null when it cannot be a trace's end (a subnet, a VPC, a gateway)
     */
    public static String specOf(Document doc, String key) {
        if (key == null) {
            return null;
        }
        String id = key.endsWith(ElementKeys.STANDBY_SUFFIX) ? key.substring(0, key.length() - ElementKeys.STANDBY_SUFFIX.length()) : key;
        Resource r = doc.get(id);
        if (r instanceof NetworkInterface e && e.instanceId() != null) {
            r = doc.get(e.instanceId());
        }
        if (r instanceof InternetClient) {
            return r.id();
        }
        if (r instanceof LoadBalancer lb) {
            return lb.name();
        }
        if (r instanceof Instance || r instanceof DbInstance || r instanceof NatGateway || r instanceof NetworkInterface
                || r instanceof OnPremisesNetwork) {
            return spec(nameCounts(doc), r);
        }
        return null;
    }
}
