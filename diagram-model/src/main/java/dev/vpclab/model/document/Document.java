package dev.vpclab.model.document;

import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Subnet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The diagram document: resources by id, their layout kept apart, and the traces and simulations saved with
 * it. Immutable; every edit makes a new document (see the command package). Lookups by kind and by parent are
 * indexed on first use.
 */
public final class Document {

    private static final Document EMPTY = new Document(Map.of(), Layout.EMPTY, DocumentInfo.EMPTY, List.of(), List.of());

    private final Map<String, Resource> resources;
    private final Layout layout;
    private final DocumentInfo info;
    private final List<SavedTrace> traces;
    private final List<SavedSimulation> simulations;
    private volatile DocumentIndex index;

    private Document(Map<String, Resource> resources, Layout layout, DocumentInfo info, List<SavedTrace> traces,
                     List<SavedSimulation> simulations) {
        this.resources = resources;
        this.layout = layout;
        this.info = info;
        this.traces = traces;
        this.simulations = simulations;
    }

    /** @return a document with nothing in it */
    public static Document empty() {
        return EMPTY;
    }

    /**
     * A document holding the given resources.
     *
     * @param resources resources with distinct ids
     * @param layout their layout
     * @return the document
     * @throws IllegalArgumentException if two resources share an id
     */
    public static Document of(Collection<? extends Resource> resources, Layout layout) {
        Map<String, Resource> map = new HashMap<>();
        for (Resource r : resources) {
            if (map.put(r.id(), r) != null) {
                throw new IllegalArgumentException("two resources have the id " + r.id());
            }
        }
        return new Document(Collections.unmodifiableMap(map), layout == null ? Layout.EMPTY : layout, DocumentInfo.EMPTY,
                List.of(), List.of());
    }

    /** @return resources by id (unmodifiable) */
    public Map<String, Resource> resources() {
        return resources;
    }

    /** @return all resources, sorted by id */
    public List<Resource> all() {
        return index().sorted;
    }

    /** @return how many resources there are */
    public int size() {
        return resources.size();
    }

    /** @param id an id @return true if a resource has it */
    public boolean contains(String id) {
        return id != null && resources.containsKey(id);
    }

    /** @param id an id @return the resource, or null */
    public Resource get(String id) {
        return id == null ? null : resources.get(id);
    }

    /**
     * @param id an id
     * @param type the expected record class
     * @param <T> the type
     * @return the resource if it exists and is of that type, else null
     */
    public <T extends Resource> T get(String id, Class<T> type) {
        Resource r = get(id);
        return type.isInstance(r) ? type.cast(r) : null;
    }

    /**
     * @param id an id
     * @param type the expected record class
     * @param <T> the type
     * @return the resource if it exists and is of that type
     */
    public <T extends Resource> Optional<T> find(String id, Class<T> type) {
        return Optional.ofNullable(get(id, type));
    }

    /**
     * @param type a record class
     * @param <T> the type
     * @return every resource of that type, sorted by id
     */
    @SuppressWarnings("unchecked")
    public <T extends Resource> List<T> all(Class<T> type) {
        return (List<T>) index().byType.getOrDefault(type, List.of());
    }

    /** @return the layout */
    public Layout layout() {
        return layout;
    }

    /** @return the title and description */
    public DocumentInfo info() {
        return info;
    }

    /** @return traces saved with the document */
    public List<SavedTrace> traces() {
        return traces;
    }

    /** @return simulations saved with the document */
    public List<SavedSimulation> simulations() {
        return simulations;
    }

    // ---- edits --------------------------------------------------------------------------------------------

    /**
     * @param r a resource, new or replacing the one with its id
     * @return the changed document
     */
    public Document with(Resource r) {
        return withAll(List.of(r));
    }

    /**
     * @param rs resources, new or replacing those with their ids
     * @return the changed document
     */
    public Document withAll(Collection<? extends Resource> rs) {
        if (rs.isEmpty()) {
            return this;
        }
        Map<String, Resource> copy = new HashMap<>(resources);
        for (Resource r : rs) {
            copy.put(Objects.requireNonNull(r).id(), r);
        }
        return new Document(Collections.unmodifiableMap(copy), layout, info, traces, simulations);
    }

    /**
     * Removes resources (only those; dependants are the command's business) and their layout.
     *
     * @param ids ids to remove
     * @return the changed document
     */
    public Document without(Collection<String> ids) {
        if (ids.isEmpty()) {
            return this;
        }
        Map<String, Resource> copy = new HashMap<>(resources);
        Map<String, Bounds> layoutChanges = new HashMap<>();
        for (String id : ids) {
            copy.remove(id);
            if (layout.get(id) != null) {
                layoutChanges.put(id, null);
            }
        }
        return new Document(Collections.unmodifiableMap(copy), layout.withAll(layoutChanges), info, traces, simulations);
    }

    /** @param l a layout @return the document with it */
    public Document withLayout(Layout l) {
        return new Document(resources, Objects.requireNonNull(l), info, traces, simulations);
    }

    /** @param i title and description @return the document with them */
    public Document withInfo(DocumentInfo i) {
        return new Document(resources, layout, Objects.requireNonNull(i), traces, simulations);
    }

    /** @param t saved traces @return the document with them */
    public Document withTraces(List<SavedTrace> t) {
        return new Document(resources, layout, info, List.copyOf(t), simulations);
    }

    /** @param s saved simulations @return the document with them */
    public Document withSimulations(List<SavedSimulation> s) {
        return new Document(resources, layout, info, traces, List.copyOf(s));
    }

    // ---- AWS lookups that everything needs ------------------------------------------------------------------

    /** @param vpcId a VPC @return its subnets, sorted by id */
    public List<Subnet> subnetsOf(String vpcId) {
        return index().subnetsByVpc.getOrDefault(vpcId, List.of());
    }

    /** @param vpcId a VPC @return its main route table, if it has one */
    public Optional<RouteTable> mainRouteTable(String vpcId) {
        return Optional.ofNullable(index().mainRouteTable.get(vpcId));
    }

    /** @param vpcId a VPC @return its default network ACL, if it has one */
    public Optional<NetworkAcl> defaultNetworkAcl(String vpcId) {
        return Optional.ofNullable(index().defaultAcl.get(vpcId));
    }

    /**
     * The route table a subnet uses: its explicit association, else its VPC's main table.
     *
     * @param subnet a subnet
     * @return the table, if any
     */
    public Optional<RouteTable> routeTableOf(Subnet subnet) {
        if (subnet.routeTableId() != null) {
            return find(subnet.routeTableId(), RouteTable.class);
        }
        return mainRouteTable(subnet.vpcId());
    }

    /**
     * The network ACL a subnet uses: its explicit association, else its VPC's default ACL.
     *
     * @param subnet a subnet
     * @return the ACL, if any
     */
    public Optional<NetworkAcl> networkAclOf(Subnet subnet) {
        if (subnet.networkAclId() != null) {
            return find(subnet.networkAclId(), NetworkAcl.class);
        }
        return defaultNetworkAcl(subnet.vpcId());
    }

    /** @param instanceId an instance @return its interfaces, by device index */
    public List<NetworkInterface> interfacesOf(String instanceId) {
        return index().enisByInstance.getOrDefault(instanceId, List.of());
    }

    /** @param instanceId an instance @return its interface with device index 0, if any */
    public Optional<NetworkInterface> primaryInterface(String instanceId) {
        List<NetworkInterface> enis = interfacesOf(instanceId);
        return enis.isEmpty() ? Optional.empty() : Optional.of(enis.get(0));
    }

    /** @param subnetId a subnet @return interfaces in it, sorted by id */
    public List<NetworkInterface> interfacesIn(String subnetId) {
        return index().enisBySubnet.getOrDefault(subnetId, List.of());
    }

    /** @param subnetId a subnet @return instances in it, sorted by id */
    public List<Instance> instancesIn(String subnetId) {
        return index().instancesBySubnet.getOrDefault(subnetId, List.of());
    }

    /** @param resourceId an "eni-…" or "nat-…" id @return the Elastic IPs associated with it */
    public List<ElasticIp> elasticIpsOf(String resourceId) {
        return index().eipsByTarget.getOrDefault(resourceId, List.of());
    }

    /** @return every id in use */
    public Set<String> ids() {
        return resources.keySet();
    }

    private DocumentIndex index() {
        DocumentIndex i = index;
        if (i == null) {
            i = new DocumentIndex(resources.values());
            index = i;
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Document d && resources.equals(d.resources) && layout.equals(d.layout) && info.equals(d.info)
                && traces.equals(d.traces) && simulations.equals(d.simulations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resources, layout, info, traces, simulations);
    }

    @Override
    public String toString() {
        return "Document[" + resources.size() + " resources, " + layout.size() + " placed]";
    }

    /** Lookups built once per document. */
    private static final class DocumentIndex {
        final List<Resource> sorted;
        final Map<Class<?>, List<Resource>> byType = new HashMap<>();
        final Map<String, List<Subnet>> subnetsByVpc = new HashMap<>();
        final Map<String, RouteTable> mainRouteTable = new HashMap<>();
        final Map<String, NetworkAcl> defaultAcl = new HashMap<>();
        final Map<String, List<NetworkInterface>> enisByInstance = new HashMap<>();
        final Map<String, List<NetworkInterface>> enisBySubnet = new HashMap<>();
        final Map<String, List<Instance>> instancesBySubnet = new HashMap<>();
        final Map<String, List<ElasticIp>> eipsByTarget = new HashMap<>();

        DocumentIndex(Collection<Resource> values) {
            List<Resource> list = new ArrayList<>(values);
            list.sort(Comparator.comparing(Resource::id));
            sorted = Collections.unmodifiableList(list);
            for (Resource r : list) {
                byType.computeIfAbsent(r.getClass(), k -> new ArrayList<>()).add(r);
                if (r instanceof Subnet s) {
                    subnetsByVpc.computeIfAbsent(s.vpcId(), k -> new ArrayList<>()).add(s);
                } else if (r instanceof RouteTable t && t.main()) {
                    mainRouteTable.putIfAbsent(t.vpcId(), t);
                } else if (r instanceof NetworkAcl a && a.isDefault()) {
                    defaultAcl.putIfAbsent(a.vpcId(), a);
                } else if (r instanceof NetworkInterface e) {
                    if (e.instanceId() != null) {
                        enisByInstance.computeIfAbsent(e.instanceId(), k -> new ArrayList<>()).add(e);
                    }
                    enisBySubnet.computeIfAbsent(e.subnetId(), k -> new ArrayList<>()).add(e);
                } else if (r instanceof Instance in) {
                    instancesBySubnet.computeIfAbsent(in.subnetId(), k -> new ArrayList<>()).add(in);
                } else if (r instanceof ElasticIp eip && eip.associatedResourceId() != null) {
                    eipsByTarget.computeIfAbsent(eip.associatedResourceId(), k -> new ArrayList<>()).add(eip);
                }
            }
            enisByInstance.values().forEach(l -> l.sort(Comparator.comparingInt(NetworkInterface::deviceIndex)
                    .thenComparing(NetworkInterface::id)));
            byType.replaceAll((k, v) -> Collections.unmodifiableList(v));
        }
    }
}
