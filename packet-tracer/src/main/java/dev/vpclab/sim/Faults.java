package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.Subnet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Faults, planned or injected: stopping, terminating or starting an instance; failing an Availability Zone (its
 * instances stop, its NAT gateways fail, its load balancer node leaves DNS, and an RDS primary there fails); failing
 * an RDS primary (a Multi-AZ instance fails over to its standby after 60–120 s, drawn from the seed; a single-AZ
 * one stays down until recovered); and recovering from each.
 */
final class Faults {

    /** What a fault applies to. */
    enum Kind { INSTANCE, ZONE, DATABASE }

    /**
     * A resolved fault target.
     *
     * @param kind what it is
     * @param id its id (instance id, zone name, DB identifier)
     */
    record Target(Kind kind, String id) {
    }

    private final World w;
    private final Lifecycle life;
    private final SplittableRandom rng;
    private final Set<Host> stoppedByZone = new LinkedHashSet<>();

    Faults(World w, Lifecycle life, SplittableRandom rng) {
        this.w = w;
        this.life = life;
        this.rng = rng;
    }

    /**
     * @param resource an instance id or Name, a zone name, or a DB identifier
     * @return what it names
     * @throws ScenarioException when it names nothing (or several instances)
     */
    Target resolve(String resource) {
        String r = resource.trim();
        Host h = w.hostById.get(r);
        if (h != null && h.instanceId != null) {
            return new Target(Kind.INSTANCE, h.id);
        }
        List<String> named = new ArrayList<>();
        for (Instance i : w.doc.all(Instance.class)) {
            if (i.name().equals(r) && i.state() != Instance.State.TERMINATED) {
                named.add(i.id());
            }
        }
        if (named.size() == 1) {
            return new Target(Kind.INSTANCE, named.get(0));
        }
        if (named.size() > 1) {
            throw new ScenarioException(Message.of("sim.error.fault.ambiguous", r, String.valueOf(named.size()), String.join(", ", named)));
        }
        if (w.zoneIndex.containsKey(r) || w.doc.get(r, AvailabilityZone.class) != null) {
            return new Target(Kind.ZONE, r);
        }
        for (DbInstance db : w.doc.all(DbInstance.class)) {
            if (db.id().equals(r) || db.name().equals(r)) {
                return new Target(Kind.DATABASE, db.id());
            }
        }
        throw new ScenarioException(Message.of("sim.error.fault.unknown", r, String.join(", ", w.zones)));
    }

    /**
     * @param target what
     * @param action what happens, or null for the default (stop an instance, fail a zone or a database)
     * @param now the time
     */
    void apply(Target target, FaultAction action, long now) {
        switch (target.kind()) {
            case INSTANCE:
                instance(w.hostById.get(target.id()), action == null ? FaultAction.STOP : action, now);
                break;
            case ZONE:
                if (action == FaultAction.RECOVER) {
                    recoverZone(target.id(), now);
                } else {
                    failZone(target.id(), now);
                }
                break;
            default:
                if (action == FaultAction.RECOVER) {
                    recoverDatabase(now);
                } else if (w.db != null && w.db.id().equals(target.id())) {
                    failDatabase(now);
                } else {
                    DbInstance db = w.doc.get(target.id(), DbInstance.class);
                    w.setDatabase(state(db, LifecycleState.FAILED));
                    w.event(now, db.id(), "sim.event.dbFailed", db.id());
                }
                break;
        }
    }

    private void instance(Host h, FaultAction action, long now) {
        if (h == null || !h.alive()) {
            return;
        }
        switch (action) {
            case TERMINATE:
                w.event(now, h.id, "sim.event.terminated", h.id);
                life.terminate(h, now);
                break;
            case RECOVER:
                w.event(now, h.id, "sim.event.started", h.id);
                life.start(h, now);
                break;
            default:
                w.event(now, h.id, "sim.event.stopped", h.id);
                life.stop(h, now);
                break;
        }
    }

    private void failZone(String zone, long now) {
        int z = w.zone(zone);
        if (z >= 0) {
            if (w.failedZones[z]) {
                return;
            }
            w.failedZones[z] = true;
        }
        w.event(now, zone, "sim.event.zoneFailed", zone);
        for (Host h : w.hosts) {
            if (zone.equals(h.zone) && h.alive() && (h.state == Instance.State.RUNNING || h.state == Instance.State.PENDING)) {
                stoppedByZone.add(h);
                life.stop(h, now);
            }
        }
        for (NatGateway n : w.doc.all(NatGateway.class)) {
            Subnet s = w.doc.get(n.subnetId(), Subnet.class);
            if (s != null && zone.equals(s.availabilityZoneId())) {
                w.setNatState(n.id(), LifecycleState.FAILED);
            }
        }
        if (w.lb != null) {
            for (int n = 0; n < w.lb.nodes.length; n++) {
                if (zone.equals(w.lb.zoneName(n))) {
                    w.lb.nodeUp[n] = false;
                }
            }
            w.lb.refreshDns();
        }
        if (w.db != null && zone.equals(zoneOf(w.db.db.primarySubnetId()))) {
            failDatabase(now);
        }
    }

    private void recoverZone(String zone, long now) {
        int z = w.zone(zone);
        if (z >= 0) {
            w.failedZones[z] = false;
        }
        w.event(now, zone, "sim.event.zoneRecovered", zone);
        for (Host h : new ArrayList<>(stoppedByZone)) {
            if (zone.equals(h.zone)) {
                stoppedByZone.remove(h);
                life.start(h, now);
            }
        }
        for (NatGateway n : w.doc.all(NatGateway.class)) {
            Subnet s = w.doc.get(n.subnetId(), Subnet.class);
            if (s != null && zone.equals(s.availabilityZoneId())) {
                w.setNatState(n.id(), LifecycleState.AVAILABLE);
            }
        }
        if (w.lb != null) {
            for (int n = 0; n < w.lb.nodes.length; n++) {
                if (zone.equals(w.lb.zoneName(n))) {
                    w.lb.nodeUp[n] = true;
                }
            }
            w.lb.refreshDns();
        }
        if (w.db != null && !w.db.available && !w.db.failingOver && zone.equals(zoneOf(w.db.db.primarySubnetId()))) {
            recoverDatabase(now);
        }
    }

    private void failDatabase(long now) {
        DatabaseModel db = w.db;
        if (db == null || !db.available) {
            return;
        }
        db.available = false;
        w.setDatabase(state(db.db, LifecycleState.FAILED));
        String standbyZone = zoneOf(db.db.standbySubnetId());
        int sz = w.zone(standbyZone);
        if (db.db.multiAz() && db.db.standbyAddress() != null && standbyZone != null && (sz < 0 || !w.failedZones[sz])) {
            long delay = 60 + rng.nextInt(61);
            db.failingOver = true;
            w.event(now, db.id(), "sim.event.dbFailover", db.id(), delay);
            w.events.at(now + delay, () -> completeFailover(now, now + delay));
        } else {
            w.event(now, db.id(), "sim.event.dbFailed", db.id());
        }
    }

    private void completeFailover(long started, long now) {
        DatabaseModel db = w.db;
        db.flip();
        db.db = state(db.db, LifecycleState.AVAILABLE);
        w.setDatabase(db.db);
        db.available = true;
        db.failingOver = false;
        w.event(now, db.id(), "sim.event.dbFailoverDone", db.id(), now - started, String.valueOf(db.db.primaryAddress()),
                zoneOf(db.db.primarySubnetId()));
    }

    private void recoverDatabase(long now) {
        DatabaseModel db = w.db;
        if (db == null || db.available || db.failingOver) {
            return;
        }
        db.db = state(db.db, LifecycleState.AVAILABLE);
        w.setDatabase(db.db);
        db.available = true;
        w.event(now, db.id(), "sim.event.dbRecovered", db.id());
    }

    private String zoneOf(String subnetId) {
        Subnet s = subnetId == null ? null : w.doc.get(subnetId, Subnet.class);
        return s == null ? null : s.availabilityZoneId();
    }

    private static DbInstance state(DbInstance d, LifecycleState state) {
        return new DbInstance(d.id(), d.name(), d.engine(), d.instanceClass(), d.port(), d.subnetIds(), d.securityGroupIds(), d.multiAz(),
                d.primarySubnetId(), d.primaryAddress(), d.standbySubnetId(), d.standbyAddress(), d.publiclyAccessible(), d.endpointAddress(),
                d.maxConnections(), state);
    }
}
