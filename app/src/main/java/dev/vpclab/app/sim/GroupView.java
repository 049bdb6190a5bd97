package dev.vpclab.app.sim;

import java.util.List;

/**
 * An Auto Scaling group during a simulation, as the inspector shows it: its capacity tiles, its policy and alarms,
 * and every instance it has had in the run.
 *
 * @param id the group's id
 * @param name its name
 * @param desired desired capacity now
 * @param min minimum
 * @param max maximum
 * @param inService instances in service
 * @param pending instances launching
 * @param policy its scaling policies in words, or ""
 * @param alarms the alarms on it (its own and those Auto Scaling manages for it)
 * @param instances its instances, the diagram's first, then those launched in the run
 */
public record GroupView(String id, String name, int desired, int min, int max, int inService, int pending, String policy,
                        List<AlarmChip> alarms, List<Row> instances) {

    /** Copies. */
    public GroupView {
        alarms = List.copyOf(alarms);
        instances = List.copyOf(instances);
    }

    /** How an instance's state reads: in service, on its way, in trouble, or gone. */
    public enum Tone { OK, BUSY, BAD, GONE }

    /**
     * One instance of the group.
     *
     * @param id the instance id
     * @param zone its zone's short name ("1a")
     * @param state its lifecycle state in words ("InService")
     * @param tone how the state reads
     * @param cpuPercent its CPU, or NaN when not known
     * @param launched true when the group launched it during the run
     */
    public record Row(String id, String zone, String state, Tone tone, double cpuPercent, boolean launched) {
    }
}
