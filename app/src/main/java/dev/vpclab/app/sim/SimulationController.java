package dev.vpclab.app.sim;

import dev.vpclab.model.document.Document;
import dev.vpclab.sim.FaultAction;
import dev.vpclab.sim.RateProfile;
import dev.vpclab.sim.Scenario;
import dev.vpclab.sim.ScenarioException;
import dev.vpclab.sim.ScheduledFault;
import dev.vpclab.sim.TrafficSimulator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Owns a {@link TrafficSimulator} on one background thread: every request (load, play, pause, step, speed, rate,
 * fault, dashboard query) is a task on that thread, and while playing a timer there advances the simulator at the
 * chosen speed. After each change it publishes an immutable {@link SimulationSnapshot}; the JavaFX thread reads the
 * latest with {@link #latest()} (never blocking, never touching the simulator). Errors of a scenario or a fault are
 * published in the snapshot, never thrown at the caller.
 */
public final class SimulationController implements AutoCloseable {

    /** The speeds offered, in simulated seconds per wall second (60 = one simulated minute per second). */
    public static final List<Integer> SPEEDS = List.of(1, 10, 60, 300, 600);
    /** How often the timer advances a playing simulation, in milliseconds. */
    static final long TICK_MILLIS = 40;

    private final ScheduledExecutorService executor;
    private final LongSupplier nanoClock;
    private final long tickMillis;
    private final AtomicReference<SimulationSnapshot> latest;

    // ---- confined to the executor's thread ----
    private Document original;
    private Scenario scenario;
    private String name = "";
    private TrafficSimulator sim;
    private RunState state = RunState.IDLE;
    private final Pacer pacer = new Pacer(60);
    private DashboardQuery query = DashboardQuery.DEFAULT;
    private final List<FaultMark> injected = new ArrayList<>();
    private final Set<String> instanceOrder = new LinkedHashSet<>();
    private String error;
    private String loadError;
    private RateProfile profileNow;
    private double rateNow = Double.NaN;
    private long sequence;
    private boolean pastEnd;
    private ScheduledFuture<?> ticker;

    /** @param original the user's diagram, shown until a scenario is loaded */
    public SimulationController(Document original) {
        this(original, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vpclab-simulation");
            t.setDaemon(true);
            return t;
        }), System::nanoTime, TICK_MILLIS);
    }

    /**
     * @param original the user's diagram
     * @param executor the one thread the simulator lives on
     * @param nanoClock the wall clock, in nanoseconds
     * @param tickMillis how often a playing simulation advances
     */
    SimulationController(Document original, ScheduledExecutorService executor, LongSupplier nanoClock, long tickMillis) {
        this.original = original;
        this.executor = executor;
        this.nanoClock = nanoClock;
        this.tickMillis = tickMillis;
        this.latest = new AtomicReference<>(SimulationSnapshot.idle(original));
    }

    /** @return the newest snapshot (any thread; never blocks) */
    public SimulationSnapshot latest() {
        return latest.get();
    }

    /**
     * Loads a scenario over a diagram, paused at time 0; a scenario the diagram cannot run is published as FAILED
     * with its sentence.
     *
     * @param doc the user's diagram
     * @param scenarioName the saved simulation's name, or ""
     * @param sc the scenario
     */
    public void load(Document doc, String scenarioName, Scenario sc) {
        run(() -> {
            original = doc;
            scenario = sc;
            loadError = null;
            name = scenarioName == null ? "" : scenarioName;
            rebuild();
        });
    }

    /**
     * Forgets the scenario and shows an error instead (a saved simulation whose arguments cannot be read).
     *
     * @param doc the user's diagram
     * @param scenarioName the saved simulation's name
     * @param sentence what is wrong
     */
    public void fail(Document doc, String scenarioName, String sentence) {
        run(() -> {
            stopTicker();
            original = doc;
            scenario = null;
            sim = null;
            name = scenarioName == null ? "" : scenarioName;
            state = RunState.FAILED;
            loadError = sentence;
        });
    }

    /** Plays from where the run stands. */
    public void play() {
        run(() -> {
            if (sim == null || state == RunState.RUNNING) {
                return;
            }
            state = RunState.RUNNING;
            pacer.start(nanoClock.getAsLong());
            ticker = executor.scheduleWithFixedDelay(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        });
    }

    /** Pauses a playing run. */
    public void pause() {
        run(() -> {
            if (state == RunState.RUNNING) {
                stopTicker();
                state = RunState.PAUSED;
            }
        });
    }

    /**
     * Advances by a fixed simulated time at once, pausing a playing run first.
     *
     * @param seconds simulated seconds
     */
    public void step(long seconds) {
        run(() -> {
            if (sim == null) {
                return;
            }
            if (state == RunState.RUNNING) {
                stopTicker();
                state = RunState.PAUSED;
            }
            advance(seconds);
        });
    }

    /** Starts the scenario again at time 0 (injected faults and rate changes are forgotten). */
    public void reset() {
        run(this::rebuild);
    }

    /** @param speed simulated seconds per wall second (one of {@link #SPEEDS}, or any positive number) */
    public void setSpeed(int speed) {
        run(() -> pacer.setSpeed(speed));
    }

    /**
     * @param requestsPerSecond the new base rate
     * @param profile how it changes from now on
     */
    public void setRate(double requestsPerSecond, RateProfile profile) {
        run(() -> {
            if (sim != null) {
                sim.setRate(requestsPerSecond, profile);
                rateNow = requestsPerSecond;
                profileNow = profile;
            }
        });
    }

    /**
     * A fault now.
     *
     * @param resource an instance id, an Availability Zone or a DB identifier
     * @param action what happens, or null for the resource's default
     */
    public void inject(String resource, FaultAction action) {
        run(() -> {
            if (sim != null) {
                sim.inject(resource, action);
                injected.add(new FaultMark(sim.now(), resource, action, false));
            }
        });
    }

    /** @param q what the dashboard's charts should answer from now on */
    public void setQuery(DashboardQuery q) {
        run(() -> query = q);
    }

    /** Stops the thread; the controller cannot be used afterwards. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * Waits until every request made so far has run (for tests; never call it on the JavaFX thread).
     *
     * @throws InterruptedException when interrupted
     */
    void awaitIdle() throws InterruptedException {
        try {
            executor.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the simulation thread did not answer", e);
        }
    }

    /** Runs one timer tick now (for tests with a hand-driven clock). */
    void tickNow() {
        executor.execute(this::tick);
    }

    // ---- on the executor's thread ----------------------------------------------------------------------------

    private void run(Runnable task) {
        executor.execute(() -> {
            try {
                error = null;
                task.run();
            } catch (ScenarioException e) {
                error = e.getMessage();
            } catch (RuntimeException e) {
                stopTicker();
                state = RunState.FAILED;
                sim = null;
                error = String.valueOf(e);
            }
            publish();
        });
    }

    private void rebuild() {
        stopTicker();
        injected.clear();
        instanceOrder.clear();
        pastEnd = false;
        sim = null;
        profileNow = null;
        rateNow = Double.NaN;
        if (scenario == null) {
            state = loadError != null ? RunState.FAILED : RunState.IDLE;
            return;
        }
        try {
            sim = TrafficSimulator.create(original, scenario);
            state = RunState.PAUSED;
        } catch (ScenarioException e) {
            state = RunState.FAILED;
            loadError = e.getMessage();
        }
    }

    private void tick() {
        try {
            if (state != RunState.RUNNING || sim == null) {
                return;
            }
            long n = pacer.advance(nanoClock.getAsLong());
            if (n > 0) {
                advance(n);
                publish();
            }
        } catch (RuntimeException e) {
            stopTicker();
            state = RunState.FAILED;
            sim = null;
            error = String.valueOf(e);
            publish();
        }
    }

    /** Advances, stopping once at the scenario's end. */
    private void advance(long seconds) {
        long target = sim.now() + seconds;
        long end = scenario.durationSeconds();
        if (!pastEnd && target >= end && sim.now() < end) {
            target = end;
        }
        sim.advanceTo(target);
        if (!pastEnd && sim.now() >= end) {
            pastEnd = true;
            stopTicker();
            state = RunState.FINISHED;
        }
    }

    private void stopTicker() {
        if (ticker != null) {
            ticker.cancel(false);
            ticker = null;
        }
    }

    private void publish() {
        sequence++;
        if (sim == null) {
            SimulationSnapshot idle = SimulationSnapshot.idle(original);
            latest.set(new SimulationSnapshot(sequence, state, 0, scenario == null ? 0 : scenario.durationSeconds(), pacer.speed(), name,
                    scenario == null ? idle.profile() : scenario.profile(), scenario == null ? 0 : scenario.rate(), 0, original, original,
                    query, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), plannedFaults(), Set.of(),
                    loadError != null ? loadError : error));
            return;
        }
        List<FaultMark> faults = plannedFaults();
        faults.addAll(injected);
        faults.sort(Comparator.comparingLong(FaultMark::time));
        Document now = sim.document();
        latest.set(new SimulationSnapshot(sequence, state, sim.now(), scenario.durationSeconds(), pacer.speed(), name, currentProfile(),
                currentRate(), sim.currentRate(), original, now, query, DashboardQueries.run(sim, query), sim.alarms(), sim.alarmHistory(),
                sim.activities(), sim.events(), SnapshotParts.instances(original, now, sim.targets(), instanceOrder), sim.groups(), faults,
                SnapshotParts.failedZones(sim.events()), loadError != null ? loadError : error));
    }

    private List<FaultMark> plannedFaults() {
        List<FaultMark> out = new ArrayList<>();
        if (scenario != null) {
            for (ScheduledFault f : scenario.faults()) {
                out.add(new FaultMark(f.atSeconds(), f.resource(), f.action(), true));
            }
        }
        return out;
    }

    private RateProfile currentProfile() {
        return profileNow == null ? scenario.profile() : profileNow;
    }

    private double currentRate() {
        return Double.isNaN(rateNow) ? scenario.rate() : rateNow;
    }
}
