package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.LifecycleState;

/**
 * Which database the application queries: the one {@code --db} names, none with {@code --db none}, or by default
 * the first DB instance in the destination's VPC — kept only when at least one target can reach it at the start
 * (a database the servers cannot reach at all is taken as not theirs, and a note says so).
 */
final class Databases {

    private Databases() {
    }

    static void choose(World w) {
        String wanted = w.scenario.db();
        w.dbShare = Double.isNaN(w.workload.dbShare()) ? 1 : w.workload.dbShare();
        if (wanted != null && wanted.equalsIgnoreCase("none")) {
            return;
        }
        DbInstance chosen = null;
        if (wanted != null) {
            for (DbInstance db : w.doc.all(DbInstance.class)) {
                if (db.id().equals(wanted) || db.name().equals(wanted) || db.endpointAddress().equalsIgnoreCase(wanted)) {
                    chosen = db;
                    break;
                }
            }
            if (chosen == null) {
                throw new ScenarioException(Message.of("sim.error.db.unknown", wanted));
            }
        } else {
            String vpc = w.lb != null ? w.lb.lb.vpcId() : w.net.primaryInterface(w.direct.instanceId) == null ? null
                    : w.net.primaryInterface(w.direct.instanceId).vpcId();
            for (DbInstance db : w.doc.all(DbInstance.class)) {
                var subnet = w.net.subnet(db.primarySubnetId());
                if (subnet != null && subnet.vpcId().equals(vpc)) {
                    chosen = db;
                    break;
                }
            }
            w.dbAuto = true;
        }
        if (chosen != null) {
            w.db = new DatabaseModel(chosen);
            w.db.available = chosen.state() == LifecycleState.AVAILABLE;
        }
    }

    static void settle(World w) {
        if (w.db == null || !w.dbAuto) {
            return;
        }
        for (Host h : w.hosts) {
            if (h.dbOk) {
                return;
            }
        }
        w.note("sim.note.dbUnused", w.db.id());
        w.db = null;
    }
}
