package dev.vpclab.sim;

import dev.vpclab.engine.Network;
import dev.vpclab.engine.NetworkCompiler;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.TargetRegistration;
import dev.vpclab.sim.alarm.AlarmMonitor;
import dev.vpclab.sim.metrics.MetricStore;
import dev.vpclab.trace.Endpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a run changes: the document as it is now (instances launched, stopped and terminated, registrations,
 * gateways and databases failed), its compiled network and the decisions traced on it, the hosts, the load
 * balancer, the clients, the database, the Auto Scaling groups and alarms, and the logs. Each change to the
 * network marks it for recompiling; {@link #refreshNetwork} recompiles once and traces every path class again.
 */
final class World {

    final Scenario scenario;
    final Workload workload;
    final MetricStore metrics = new MetricStore();
    final EventQueue events = new EventQueue();
    final List<String> zones;
    final Map<String, Integer> zoneIndex = new HashMap<>();
    final boolean[] failedZones;
    final List<Host> hosts = new ArrayList<>();
    final Map<String, Host> hostById = new HashMap<>();
    final List<AutoScalingGroupModel> groups = new ArrayList<>();
    final List<AlarmMonitor> alarms = new ArrayList<>();
    final List<Message> notes = new ArrayList<>();
    final List<ScalingActivity> activities = new ArrayList<>();
    final List<SimEvent> eventLog = new ArrayList<>();
    final String destinationLabel;
    Document doc;
    Network net;
    boolean networkDirty;
    LoadBalancerModel lb;
    Host direct;
    int directPort;
    boolean[] directOk = new boolean[0];
    ClientPopulation clients;
    Endpoint source;
    DatabaseModel db;
    boolean dbAuto;
    double dbShare;

    World(Scenario scenario, Document doc, Network net, List<String> zones, String destinationLabel) {
        this.scenario = scenario;
        this.workload = scenario.workload();
        this.doc = doc;
        this.net = net;
        this.zones = List.copyOf(zones);
        for (int i = 0; i < zones.size(); i++) {
            zoneIndex.put(zones.get(i), i);
        }
        this.failedZones = new boolean[zones.size()];
        this.destinationLabel = destinationLabel;
    }

    /**
     * @param zone a zone name
     * @return its index, or -1
     */
    int zone(String zone) {
        Integer i = zone == null ? null : zoneIndex.get(zone);
        return i == null ? -1 : i;
    }

    /** @param h a host to keep track of */
    void addHost(Host h) {
        hosts.add(h);
        hostById.put(h.id, h);
    }

    /**
     * @param time when
     * @param resourceId the resource
     * @param key the message key
     * @param args its arguments
     */
    void event(long time, String resourceId, String key, Object... args) {
        eventLog.add(new SimEvent(time, resourceId, Message.of(key, args)));
    }

    /**
     * @param key the message key
     * @param args its arguments
     */
    void note(String key, Object... args) {
        Message m = Message.of(key, args);
        if (!notes.contains(m)) {
            notes.add(m);
        }
    }

    // ---- document changes ---------------------------------------------------------------------------------

    /**
     * @param instanceId an instance
     * @param state its new state
     */
    void setInstanceState(String instanceId, Instance.State state) {
        Instance i = doc.get(instanceId, Instance.class);
        if (i != null && i.state() != state) {
            doc = doc.with(new Instance(i.id(), i.name(), i.subnetId(), i.instanceType(), state, i.imageId(), i.autoScalingGroupId()));
            networkDirty = true;
        }
    }

    /**
     * @param instance a launched instance
     * @param eni its primary interface
     */
    void addInstance(Instance instance, NetworkInterface eni) {
        doc = doc.withAll(List.of(instance, eni));
        networkDirty = true;
    }

    /**
     * The instance is gone: terminated, its interface deleted (its address free again).
     *
     * @param instanceId the instance
     */
    void removeInstance(String instanceId) {
        setInstanceState(instanceId, Instance.State.TERMINATED);
        List<String> enis = new ArrayList<>();
        for (NetworkInterface e : doc.interfacesOf(instanceId)) {
            enis.add(e.id());
        }
        doc = doc.without(enis);
        networkDirty = true;
    }

    /**
     * @param targetGroupId a target group
     * @param targetId an instance id or address
     * @param register true to register, false to deregister
     */
    void setRegistration(String targetGroupId, String targetId, boolean register) {
        TargetGroup tg = doc.get(targetGroupId, TargetGroup.class);
        if (tg == null) {
            return;
        }
        List<TargetRegistration> targets = new ArrayList<>();
        boolean present = false;
        for (TargetRegistration r : tg.targets()) {
            if (r.targetId().equals(targetId)) {
                present = true;
                if (!register) {
                    continue;
                }
            }
            targets.add(r);
        }
        if (register && !present) {
            targets.add(TargetRegistration.of(targetId));
        }
        if (register != present) {
            doc = doc.with(new TargetGroup(tg.id(), tg.name(), tg.vpcId(), tg.targetType(), tg.protocol(), tg.port(), tg.healthCheck(),
                    tg.attributes(), targets));
            networkDirty = true;
        }
    }

    /**
     * @param natId a NAT gateway
     * @param state its new state
     */
    void setNatState(String natId, LifecycleState state) {
        NatGateway n = doc.get(natId, NatGateway.class);
        if (n != null && n.state() != state) {
            doc = doc.with(new NatGateway(n.id(), n.name(), n.subnetId(), n.connectivityType(), n.privateIp(), state));
            networkDirty = true;
        }
    }

    /** @param db the database as it is now (primary flipped, state changed) */
    void setDatabase(DbInstance db) {
        doc = doc.with(db);
        networkDirty = true;
    }

    /**
     * Recompiles the network and traces every path class again when something changed.
     *
     * @param now the time
     */
    void refreshNetwork(long now) {
        if (!networkDirty) {
            return;
        }
        net = NetworkCompiler.compile(doc);
        PathDecisions.refresh(this);
        networkDirty = false;
        if (lb != null) {
            lb.rebuildRouting(now, true);
        }
    }
}
