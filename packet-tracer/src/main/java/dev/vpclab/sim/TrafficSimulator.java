package dev.vpclab.sim;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import dev.vpclab.sim.alarm.AlarmMonitor;
import dev.vpclab.sim.alarm.AlarmStatus;
import dev.vpclab.sim.alarm.AlarmTransition;
import dev.vpclab.sim.metrics.Datapoint;
import dev.vpclab.sim.metrics.MetricQuery;
import dev.vpclab.sim.metrics.MetricStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Simulated traffic over a drawn network, second by second: clients send requests at a rate profile through a
 * load balancer (or to an instance); targets queue and serve them; health checks, faults and Auto Scaling change
 * what serves; CloudWatch metrics and alarms record it all. Deterministic for a seed. Whether each class of path
 * works is traced with the {@link dev.vpclab.trace.Tracer} at the start and after every change to the network,
 * never per request.
 *
 * <p>Stepping, for a live dashboard (thread-confined: run it on one background thread and copy what the
 * snapshots return to the UI thread):
 * <pre>{@code
 * Scenario sc = ScenarioArguments.parse(savedSimulation.arguments());
 * TrafficSimulator sim = TrafficSimulator.create(document, sc, sc.seed());
 * while (sim.now() < sc.durationSeconds()) {
 *     sim.step(10);                                          // ten simulated seconds
 *     List<Datapoint> rc = sim.query(MetricQuery.of("AWS/ApplicationELB", "RequestCount",
 *             Map.of("LoadBalancer", "app/web-alb/0a1b…"), 60, Statistic.SUM, 0, sim.now()));
 *     List<TargetStatus> targets = sim.targets();
 *     List<AlarmStatus> alarms = sim.alarms();
 *     List<ScalingActivity> log = sim.activities();
 * }
 * sim.inject("us-east-1a", FaultAction.FAIL);                // a fault now
 * sim.setRate(200, new RateProfile.Constant());              // a new rate from now on
 * }</pre>
 */
public final class TrafficSimulator {

    private final World w;
    private final RequestEngine engine;
    private final HealthChecks health;
    private final AutoScaling scaling;
    private final Lifecycle life;
    private final Faults faults;
    private final MinutePublisher minute;
    private final SplittableRandom arrivals;
    private final List<AlarmTransition> transitions = new ArrayList<>();
    private long now;
    private double rate;
    private RateProfile profile;
    private long profileOrigin;

    private TrafficSimulator(World w, long seed) {
        this.w = w;
        SplittableRandom master = new SplittableRandom(seed);
        this.engine = new RequestEngine(w, master.split());
        this.arrivals = master.split();
        this.life = new Lifecycle(w, master.nextLong());
        this.faults = new Faults(w, life, master.split());
        this.health = new HealthChecks(w);
        this.scaling = new AutoScaling(w, life);
        this.minute = new MinutePublisher(w);
        this.rate = w.scenario.rate();
        this.profile = w.scenario.profile();
    }

    /**
     * @param doc the network
     * @param scenario what to simulate
     * @param seed the random seed (the same seed gives the same run)
     * @return a simulator at time 0
     * @throws ScenarioException when the scenario names something the document lacks, with one sentence saying so
     */
    public static TrafficSimulator create(Document doc, Scenario scenario, long seed) {
        World w = WorldBuilder.build(doc, scenario);
        TrafficSimulator sim = new TrafficSimulator(w, seed);
        for (ScheduledFault f : scenario.faults()) {
            Faults.Target target = sim.faults.resolve(f.resource());
            check(target, f);
            sim.w.events.at(f.atSeconds(), () -> sim.faults.apply(target, f.action(), f.atSeconds()));
        }
        for (Host h : w.hosts) {
            if (h.state == dev.vpclab.model.resource.Instance.State.PENDING) {
                w.events.at(h.readyAt, () -> sim.life.ready(h, h.readyAt));
            }
        }
        if (w.lb != null) {
            for (TargetGroupModel tg : w.lb.groups) {
                for (TargetSlot s : tg.slots) {
                    if (s.state == TargetHealth.INITIAL) {
                        sim.health.settle(tg, s, 0);
                    }
                }
            }
            w.lb.rebuildRouting(0, true);
        }
        w.networkDirty = false;
        return sim;
    }

    /**
     * @param doc the network
     * @param scenario what to simulate, with its seed
     * @return a simulator at time 0
     */
    public static TrafficSimulator create(Document doc, Scenario scenario) {
        return create(doc, scenario, scenario.seed());
    }

    private static void check(Faults.Target target, ScheduledFault f) {
        FaultAction a = f.action();
        if (target.kind() != Faults.Kind.INSTANCE && (a == FaultAction.STOP || a == FaultAction.TERMINATE)) {
            throw new ScenarioException(Message.of(target.kind() == Faults.Kind.ZONE ? "sim.error.fault.zoneAction" : "sim.error.fault.databaseAction",
                    f.text(), a.text()));
        }
    }

    /** @return the simulated time, in seconds since the start */
    public long now() {
        return now;
    }

    /** @return the scenario */
    public Scenario scenario() {
        return w.scenario;
    }

    /**
     * Simulates until a time.
     *
     * @param seconds the time to reach; earlier times do nothing
     */
    public void advanceTo(long seconds) {
        while (now < seconds) {
            tick();
        }
    }

    /**
     * @param seconds how long to simulate from now
     */
    public void step(long seconds) {
        advanceTo(now + seconds);
    }

    /** Simulates the scenario's whole duration. */
    public void run() {
        advanceTo(w.scenario.durationSeconds());
    }

    private void tick() {
        long t = now;
        w.events.runDue(t);
        life.drainTick(t);
        scaling.tick(t);
        w.refreshNetwork(t);
        health.tick(t);
        engine.runSecond(t, Poisson.sample(arrivals, currentRate()));
        now = t + 1;
        if (now % 60 == 0) {
            minuteEnd(now);
        }
    }

    private void minuteEnd(long t) {
        minute.publish(t);
        for (AlarmMonitor a : w.alarms) {
            AlarmTransition tr = a.evaluate(t, w.metrics);
            if (tr != null) {
                transitions.add(tr);
            }
            List<String> actions = a.inAlarm() ? a.alarm().alarmActions()
                    : tr != null && tr.to() == dev.vpclab.sim.alarm.AlarmState.OK ? a.alarm().okActions() : List.of();
            for (String action : actions) {
                scaling.alarmAction(t, a, action);
            }
        }
        for (AutoScalingGroupModel g : w.groups) {
            for (TargetTrackingPolicy tt : g.targetTracking) {
                record(tt.high.evaluate(t, w.metrics));
                if (tt.low != null) {
                    record(tt.low.evaluate(t, w.metrics));
                }
            }
        }
        scaling.minute(t);
        w.refreshNetwork(t);
    }

    private void record(AlarmTransition t) {
        if (t != null) {
            transitions.add(t);
        }
    }

    // ---- runtime changes ----------------------------------------------------------------------------------

    /**
     * A fault now.
     *
     * @param resource an instance id or Name, an Availability Zone, or a DB identifier
     * @param action stop, terminate, fail or recover (null for the resource's default)
     * @throws ScenarioException when the resource names nothing
     */
    public void inject(String resource, FaultAction action) {
        Faults.Target target = faults.resolve(resource);
        check(target, new ScheduledFault(resource, now, action));
        faults.apply(target, action, now);
        w.refreshNetwork(now);
        if (w.lb != null) {
            w.lb.rebuildRouting(now, true);
        }
    }

    /**
     * A new base rate and profile, starting now (the profile's time 0 is now).
     *
     * @param requestsPerSecond the base rate R
     * @param newProfile the profile
     */
    public void setRate(double requestsPerSecond, RateProfile newProfile) {
        if (!(requestsPerSecond >= 0) || Double.isInfinite(requestsPerSecond)) {
            throw new ScenarioException(Message.of("sim.error.rate.set"));
        }
        this.rate = requestsPerSecond;
        this.profile = newProfile == null ? new RateProfile.Constant() : newProfile;
        this.profileOrigin = now;
    }

    /** @return the request rate in the current second */
    public double currentRate() {
        return Math.max(0, profile.rate(rate, now - profileOrigin));
    }

    // ---- what it shows --------------------------------------------------------------------------------------

    /** @return the metrics (read them on the simulator's thread) */
    public MetricStore metrics() {
        return w.metrics;
    }

    /**
     * @param query a metric, period, statistic and time range
     * @return its datapoints, oldest first
     */
    public List<Datapoint> query(MetricQuery query) {
        return w.metrics.query(query);
    }

    /** @return every alarm's state: the document's alarms, then those Auto Scaling manages */
    public List<AlarmStatus> alarms() {
        List<AlarmStatus> out = new ArrayList<>();
        for (AlarmMonitor a : w.alarms) {
            out.add(status(a, false));
        }
        for (AutoScalingGroupModel g : w.groups) {
            for (TargetTrackingPolicy tt : g.targetTracking) {
                out.add(status(tt.high, true));
                if (tt.low != null) {
                    out.add(status(tt.low, true));
                }
            }
        }
        return out;
    }

    private static AlarmStatus status(AlarmMonitor a, boolean managed) {
        return new AlarmStatus(a.alarm().id(), a.alarm().name(), a.alarm().namespace(), a.alarm().metricName(), a.state(),
                a.lastEvaluation() == null ? null : a.lastEvaluation().reason(), managed);
    }

    /** @return every alarm transition so far, in time order */
    public List<AlarmTransition> alarmHistory() {
        return List.copyOf(transitions);
    }

    /** @return the Auto Scaling activity log, in time order */
    public List<ScalingActivity> activities() {
        return List.copyOf(w.activities);
    }

    /** @return faults, failovers and target health changes, in time order */
    public List<SimEvent> events() {
        return List.copyOf(w.eventLog);
    }

    /** @return what the simulator assumed or left out for this model (e.g. a database nobody can reach) */
    public List<Message> notes() {
        return List.copyOf(w.notes);
    }

    /** @return every registration of the simulated load balancer's target groups, in registration order */
    public List<TargetStatus> targets() {
        List<TargetStatus> out = new ArrayList<>();
        if (w.lb == null) {
            return out;
        }
        for (TargetGroupModel tg : w.lb.groups) {
            for (TargetSlot s : tg.slots) {
                Host h = s.host;
                out.add(new TargetStatus(tg.group.id(), tg.group.label(), h.id, h.zone, s.state, s.reason, h.state, h.cpu, h.inFlight, s.served));
            }
        }
        return out;
    }

    /** @return each Auto Scaling group's capacity now */
    public List<GroupStatus> groups() {
        List<GroupStatus> out = new ArrayList<>();
        for (AutoScalingGroupModel g : w.groups) {
            int inService = 0;
            int pending = 0;
            int terminating = 0;
            for (Host h : g.instances) {
                if (!h.alive()) {
                    continue;
                }
                if (h.terminating) {
                    terminating++;
                } else if (h.inService) {
                    inService++;
                } else {
                    pending++;
                }
            }
            out.add(new GroupStatus(g.id(), g.group.label(), g.group.minSize(), g.desired, g.group.maxSize(), inService, pending, terminating));
        }
        return out;
    }

    /** @return requests served so far per target (instance id or address), sorted by id */
    public Map<String, Long> requestsServed() {
        Map<String, Long> out = new TreeMap<>();
        for (Host h : w.hosts) {
            if (h.served > 0 || (w.lb != null && registered(h))) {
                out.put(h.id, h.served);
            }
        }
        return out;
    }

    private boolean registered(Host h) {
        for (TargetGroupModel tg : w.lb.groups) {
            for (TargetSlot s : tg.slots) {
                if (s.host == h) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the network as it is now in the run (launched, stopped and terminated instances, failed gateways) */
    public Document document() {
        return w.doc;
    }
}
