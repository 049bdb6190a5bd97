package dev.vpclab.sim;

import dev.vpclab.model.document.AddressPlanner;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LaunchTemplate;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.ResourceKind;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import java.util.List;
import java.util.Optional;

/**
 * What happens to instances: launching (a new instance and its interface with a free address of its subnet and the
 * launch template's security groups, pending for the boot time), becoming ready (running, in service, registered
 * with its group's target groups), stopping, starting, and terminating (deregistered, draining for the target
 * group's deregistration delay — less when nothing is in flight — then gone).
 */
final class Lifecycle {

    private final World w;
    private final IdGenerator ids;

    Lifecycle(World w, long seed) {
        this.w = w;
        this.ids = new IdGenerator(seed);
    }

    /**
     * @param g the group
     * @param subnet where
     * @param now the time
     * @param cause why, given the new instance's id and zone
     * @return the new instance, or null when the subnet has no free address
     */
    Host launch(AutoScalingGroupModel g, Subnet subnet, long now, java.util.function.BiFunction<String, String, Message> cause) {
        Optional<Ipv4Address> address = AddressPlanner.freeAddress(w.doc, subnet);
        if (address.isEmpty()) {
            w.activities.add(new ScalingActivity(now, g.id(), Message.of("sim.activity.subnetFull", subnet.label())));
            return null;
        }
        LaunchTemplate lt = g.group.launchTemplate();
        String id = ids.next(ResourceKind.INSTANCE, w.doc::contains);
        String eni = ids.next(ResourceKind.NETWORK_INTERFACE, w.doc::contains);
        w.addInstance(new Instance(id, "", subnet.id(), lt.instanceType(), Instance.State.PENDING, lt.imageId(), g.id()),
                new NetworkInterface(eni, "", subnet.id(), List.of(address.get()), lt.securityGroupIds(), true, id, 0, null,
                        "Auto Scaling " + g.group.label()));
        Host h = new Host(w.hosts.size(), id, id, lt.instanceType(), Instance.State.PENDING, now, now + w.workload.bootSeconds());
        h.subnetId = subnet.id();
        h.zone = subnet.availabilityZoneId();
        h.attachmentId = eni;
        h.groupId = g.id();
        h.detailedMonitoring = g.detailedMonitoring;
        w.addHost(h);
        g.instances.add(h);
        w.activities.add(new ScalingActivity(now, g.id(), cause.apply(id, h.zone)));
        w.events.at(h.readyAt, () -> ready(h, h.readyAt));
        return h;
    }

    /**
     * The instance has booted: running, and for a group's instance in service and registered.
     *
     * @param h the instance
     * @param now the time
     */
    void ready(Host h, long now) {
        if (h.state != Instance.State.PENDING || now < h.readyAt) {
            return;
        }
        h.state = Instance.State.RUNNING;
        w.setInstanceState(h.instanceId, Instance.State.RUNNING);
        if (h.groupId != null && !h.terminating) {
            AutoScalingGroupModel g = group(h.groupId);
            if (g != null && !h.inService) {
                h.inService = true;
                h.inServiceAt = now;
                for (String tg : g.group.targetGroupIds()) {
                    register(h, tg, now);
                }
                w.activities.add(new ScalingActivity(now, g.id(), Message.of("sim.activity.ready", h.id, g.group.targetGroupIds().size())));
            }
        }
    }

    /**
     * @param h an instance
     * @param now the time
     */
    void stop(Host h, long now) {
        if (h.state != Instance.State.RUNNING && h.state != Instance.State.PENDING) {
            return;
        }
        h.state = Instance.State.STOPPED;
        h.reset();
        w.setInstanceState(h.instanceId, Instance.State.STOPPED);
    }

    /**
     * A stopped instance starts again: pending for the boot time, then running.
     *
     * @param h an instance
     * @param now the time
     */
    void start(Host h, long now) {
        if (h.state != Instance.State.STOPPED || h.terminating) {
            return;
        }
        h.state = Instance.State.PENDING;
        h.readyAt = now + w.workload.bootSeconds();
        w.setInstanceState(h.instanceId, Instance.State.PENDING);
        w.events.at(h.readyAt, () -> ready(h, h.readyAt));
    }

    /**
     * Starts terminating: deregistered from its target groups (draining), shutting down.
     *
     * @param h an instance
     * @param now the time
     */
    void terminate(Host h, long now) {
        if (!h.alive() || h.terminating) {
            return;
        }
        h.terminating = true;
        h.inService = false;
        deregister(h, now);
        if (h.state == Instance.State.RUNNING || h.state == Instance.State.PENDING) {
            h.state = Instance.State.SHUTTING_DOWN;
            w.setInstanceState(h.instanceId, Instance.State.SHUTTING_DOWN);
        }
        if (!draining(h)) {
            finish(h, now);
        }
    }

    /**
     * Ends draining where the delay has passed or nothing is in flight, and finishes terminations.
     *
     * @param now the time
     */
    void drainTick(long now) {
        if (w.lb == null) {
            return;
        }
        for (TargetGroupModel tg : w.lb.groups) {
            for (TargetSlot s : tg.slots) {
                if (s.state == TargetHealth.DRAINING && (now >= s.drainUntil || idle(s.host))) {
                    s.state = TargetHealth.UNUSED;
                    s.registered = false;
                    s.reason = Message.of("sim.target.reason.notRegistered");
                    tg.dirty = true;
                }
            }
        }
        for (Host h : w.hosts) {
            if (h.terminating && h.alive() && !draining(h)) {
                finish(h, now);
            }
        }
    }

    private static boolean idle(Host h) {
        return h.inFlight < 0.5 && h.backlog <= 0 && h.work <= 0;
    }

    private boolean draining(Host h) {
        if (w.lb == null) {
            return false;
        }
        for (TargetGroupModel tg : w.lb.groups) {
            for (TargetSlot s : tg.slots) {
                if (s.host == h && s.state == TargetHealth.DRAINING) {
                    return true;
                }
            }
        }
        return false;
    }

    private void finish(Host h, long now) {
        h.state = Instance.State.TERMINATED;
        h.reset();
        w.removeInstance(h.instanceId);
        if (h.groupId != null) {
            w.activities.add(new ScalingActivity(now, h.groupId, Message.of("sim.activity.terminated", h.id)));
        }
    }

    /**
     * @param h a host
     * @param targetGroupId a target group
     * @param now the time
     */
    void register(Host h, String targetGroupId, long now) {
        w.setRegistration(targetGroupId, h.id, true);
        if (w.lb == null) {
            return;
        }
        for (TargetGroupModel tg : w.lb.groups) {
            if (tg.group.id().equals(targetGroupId) && !registered(tg, h)) {
                WorldBuilder.addSlot(w, tg, h, now, TargetHealth.INITIAL);
            }
        }
    }

    private static boolean registered(TargetGroupModel tg, Host h) {
        for (TargetSlot s : tg.slots) {
            if (s.host == h && s.registered && s.state != TargetHealth.DRAINING) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param h a host
     * @param now the time
     */
    void deregister(Host h, long now) {
        if (w.lb != null) {
            for (TargetGroupModel tg : w.lb.groups) {
                for (TargetSlot s : tg.slots) {
                    if (s.host == h && s.registered && s.state != TargetHealth.DRAINING) {
                        if (s.state == TargetHealth.UNUSED) {
                            s.registered = false;
                        } else {
                            s.state = TargetHealth.DRAINING;
                            s.drainUntil = now + tg.attributes().deregistrationDelaySeconds();
                            s.reason = Message.of("sim.target.reason.draining");
                        }
                        tg.dirty = true;
                    }
                }
                w.setRegistration(tg.group.id(), h.id, false);
            }
        }
        if (h.groupId != null) {
            AutoScalingGroupModel g = group(h.groupId);
            if (g != null) {
                for (String tg : g.group.targetGroupIds()) {
                    w.setRegistration(tg, h.id, false);
                }
            }
        }
    }

    private AutoScalingGroupModel group(String id) {
        for (AutoScalingGroupModel g : w.groups) {
            if (g.id().equals(id)) {
                return g;
            }
        }
        return null;
    }
}
