package dev.vpclab.app.sim;

import dev.vpclab.model.document.Document;
import dev.vpclab.sim.GroupStatus;
import dev.vpclab.sim.RateProfile;
import dev.vpclab.sim.ScalingActivity;
import dev.vpclab.sim.SimEvent;
import dev.vpclab.sim.alarm.AlarmStatus;
import dev.vpclab.sim.alarm.AlarmTransition;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the UI shows of a simulation at one moment, copied off the simulator's thread: immutable, so the
 * JavaFX thread may read it while the simulator runs on.
 *
 * @param sequence increases with every snapshot, so that a reader can tell a new one from the last
 * @param state where the run stands
 * @param time the simulated time in seconds
 * @param duration the scenario's duration in seconds
 * @param speed simulated seconds per wall-clock second (60 = one simulated minute per second)
 * @param scenarioName the saved simulation's name, or "" for the default scenario
 * @param profile the traffic profile now
 * @param rate the base request rate now (requests per second)
 * @param currentRate the request rate in the current second
 * @param original the user's diagram the run started from
 * @param document the network now (launched, stopped and terminated instances, failed gateways)
 * @param query what the charts answer
 * @param charts every chart's lines
 * @param alarms every alarm's state: the document's, then those Auto Scaling manages
 * @param alarmHistory every alarm transition so far
 * @param activities the Auto Scaling activity log
 * @param events faults, failovers and target health changes
 * @param instances every instance of the network now, in document order
 * @param groups each Auto Scaling group's capacity
 * @param faults planned and injected faults, in time order
 * @param failedZones Availability Zones failed now
 * @param error why the scenario could not start or the last request was refused, or null
 */
public record SimulationSnapshot(long sequence, RunState state, long time, long duration, int speed, String scenarioName,
                                 RateProfile profile, double rate, double currentRate, Document original, Document document,
                                 DashboardQuery query, Map<ChartId, List<Series>> charts, List<AlarmStatus> alarms,
                                 List<AlarmTransition> alarmHistory, List<ScalingActivity> activities, List<SimEvent> events,
                                 List<InstanceRow> instances, List<GroupStatus> groups, List<FaultMark> faults, Set<String> failedZones,
                                 String error) {

    /** Copies. */
    public SimulationSnapshot {
        charts = Map.copyOf(charts);
        alarms = List.copyOf(alarms);
        alarmHistory = List.copyOf(alarmHistory);
        activities = List.copyOf(activities);
        events = List.copyOf(events);
        instances = List.copyOf(instances);
        groups = List.copyOf(groups);
        faults = List.copyOf(faults);
        failedZones = Set.copyOf(failedZones);
    }

    /**
     * @param original the user's diagram
     * @return the snapshot before any scenario is loaded
     */
    public static SimulationSnapshot idle(Document original) {
        return new SimulationSnapshot(0, RunState.IDLE, 0, 0, 60, "", new RateProfile.Constant(), 0, 0, original, original,
                DashboardQuery.DEFAULT, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(),
                null);
    }

    /**
     * @param chart a chart
     * @return its lines (empty when it has none)
     */
    public List<Series> lines(ChartId chart) {
        return charts.getOrDefault(chart, List.of());
    }

    /** @return true when a scenario is loaded and can be played */
    public boolean loaded() {
        return state != RunState.IDLE && state != RunState.FAILED;
    }
}
