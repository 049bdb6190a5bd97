package dev.vpclab.app.sim;

import dev.vpclab.app.ui.I18n;
import dev.vpclab.sim.SimEvent;
import dev.vpclab.sim.alarm.AlarmTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The run's events — faults, failovers, target health changes — and alarm transitions, as one log, newest first. */
final class EventLog {

    /** The most entries kept; older ones are dropped. */
    static final int LIMIT = 300;

    private EventLog() {
    }

    /**
     * @param s a snapshot
     * @param i18n the language
     * @return the log, newest first
     */
    static List<ActivityRow> rows(SimulationSnapshot s, I18n i18n) {
        List<ActivityRow> out = new ArrayList<>();
        for (SimEvent e : s.events()) {
            out.add(new ActivityRow(e.time(), SimTime.minutes(e.time()), i18n.get(e.description())));
        }
        for (AlarmTransition t : s.alarmHistory()) {
            out.add(new ActivityRow(t.time(), SimTime.minutes(t.time()),
                    i18n.get("simmode.log.alarm", t.alarmName(), t.from().name(), t.to().name())));
        }
        // stable: for one time, events before alarm transitions, each in the order they happened
        List<ActivityRow> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingLong(ActivityRow::time));
        List<ActivityRow> newest = new ArrayList<>();
        for (int i = sorted.size() - 1; i >= 0 && newest.size() < LIMIT; i--) {
            newest.add(sorted.get(i));
        }
        return newest;
    }
}
