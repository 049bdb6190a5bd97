package dev.vpclab.app.sim;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Alarm;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.ScalingPolicy;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import dev.vpclab.sim.GroupStatus;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.SetChangeListener;

/**
 * The simulation inspector without its nodes: the Auto Scaling group that is selected on the canvas (or that owns
 * the selected instance; the first group when neither), with its capacity, policy, alarms and instances from the
 * newest snapshot. Lifecycle states use the words of the Auto Scaling console (Pending, InService, Terminating,
 * Terminated; <a href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-lifecycle.html">instance
 * lifecycle</a>), with the load balancer's view where it says more (a running instance whose target is unhealthy or
 * draining). Use on the JavaFX thread.
 */
public final class GroupPanelModel {

    private final EditorModel editor;
    private final I18n i18n;
    private final ReadOnlyObjectWrapper<GroupView> group = new ReadOnlyObjectWrapper<>(this, "group");
    private SimulationSnapshot last;

    /** @param editor the open document and its selection */
    public GroupPanelModel(EditorModel editor) {
        this.editor = editor;
        this.i18n = editor.i18n();
        editor.selection().addListener((SetChangeListener<String>) c -> refresh());
        i18n.localeProperty().addListener((o, a, b) -> refresh());
    }

    /** @return the group shown, or null when the network has none */
    public ReadOnlyObjectProperty<GroupView> groupProperty() {
        return group.getReadOnlyProperty();
    }

    /**
     * Shows a snapshot.
     *
     * @param s the newest snapshot
     */
    public void apply(SimulationSnapshot s) {
        last = s;
        refresh();
    }

    private void refresh() {
        if (last == null) {
            return;
        }
        GroupStatus g = chosen(last);
        GroupView v = g == null ? null : view(last, g);
        if (!java.util.Objects.equals(v, group.get())) {
            group.set(v);
        }
    }

    private GroupStatus chosen(SimulationSnapshot s) {
        Document doc = s.document();
        for (String key : editor.selection()) {
            Instance i = doc.get(key, Instance.class);
            String id = i != null ? i.autoScalingGroupId() : key;
            for (GroupStatus g : s.groups()) {
                if (g.groupId().equals(id)) {
                    return g;
                }
            }
        }
        return s.groups().isEmpty() ? null : s.groups().get(0);
    }

    private GroupView view(SimulationSnapshot s, GroupStatus g) {
        AutoScalingGroup asg = s.document().get(g.groupId(), AutoScalingGroup.class);
        List<String> policies = new ArrayList<>();
        if (asg != null) {
            for (ScalingPolicy p : asg.policies()) {
                policies.add(policy(p));
            }
        }
        List<AlarmChip> alarms = new ArrayList<>();
        for (AlarmChip c : AlarmTexts.chips(s, i18n)) {
            Alarm a = s.document().get(c.name(), Alarm.class);
            boolean own = a != null && g.groupId().equals(a.dimensions().get("AutoScalingGroupName"));
            if (own || c.managed() && c.name().contains(g.groupId())) {
                alarms.add(c);
            }
        }
        List<GroupView.Row> rows = new ArrayList<>();
        for (InstanceRow r : s.instances()) {
            if (g.groupId().equals(r.groupId())) {
                rows.add(row(r));
            }
        }
        return new GroupView(g.groupId(), g.name(), g.desiredCapacity(), g.minSize(), g.maxSize(), g.inService(), g.pending(),
                String.join("; ", policies), alarms, rows);
    }

    private String policy(ScalingPolicy p) {
        switch (p.type()) {
            case TARGET_TRACKING:
                NumberFormat f = NumberFormat.getNumberInstance(i18n.locale());
                f.setMaximumFractionDigits(1);
                return i18n.get("simmode.policy.targetTracking", metric(p.metric()), f.format(p.targetValue()));
            case STEP:
                return i18n.get("simmode.policy.step", p.name());
            default:
                return i18n.get("simmode.policy.simple", p.name());
        }
    }

    /** The predefined metric as AWS names it (ASGAverageCPUUtilization, …). */
    private static String metric(ScalingPolicy.PredefinedMetric m) {
        if (m == null) {
            return "";
        }
        switch (m) {
            case ASG_AVERAGE_CPU_UTILIZATION: return "ASGAverageCPUUtilization";
            case ASG_AVERAGE_NETWORK_IN: return "ASGAverageNetworkIn";
            case ASG_AVERAGE_NETWORK_OUT: return "ASGAverageNetworkOut";
            default: return "ALBRequestCountPerTarget";
        }
    }

    private GroupView.Row row(InstanceRow r) {
        String zone = r.zone() == null ? "" : r.zone().replaceFirst("^[a-z]+-[a-z]+-", "");
        String key;
        GroupView.Tone tone;
        switch (r.state()) {
            case TERMINATED: key = "terminated"; tone = GroupView.Tone.GONE; break;
            case SHUTTING_DOWN: key = "terminating"; tone = GroupView.Tone.GONE; break;
            case STOPPED: case STOPPING: key = "stopped"; tone = GroupView.Tone.BAD; break;
            case PENDING: key = "pending"; tone = GroupView.Tone.BUSY; break;
            default:
                if (r.health() == TargetHealth.UNHEALTHY) {
                    key = "unhealthy";
                    tone = GroupView.Tone.BAD;
                } else if (r.health() == TargetHealth.DRAINING) {
                    key = "draining";
                    tone = GroupView.Tone.BUSY;
                } else if (r.health() == TargetHealth.INITIAL) {
                    key = "initial";
                    tone = GroupView.Tone.BUSY;
                } else {
                    key = "inService";
                    tone = GroupView.Tone.OK;
                }
                break;
        }
        boolean up = tone == GroupView.Tone.OK || tone == GroupView.Tone.BUSY;
        // whole percents: the table shows no more, and the panel is rebuilt only when what it shows changes
        return new GroupView.Row(r.id(), zone, i18n.get("simmode.lifecycle." + key), tone, up ? Math.rint(r.cpuPercent()) : Double.NaN,
                r.launched());
    }
}
