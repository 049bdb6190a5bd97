package dev.vpclab.app.sim;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.sim.FaultAction;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What can fail in a network — its Availability Zones, RDS databases and instances — and how a fault on each is
 * said in a sentence. Zones are those the network's subnets use, as a zone failure only touches what runs there.
 */
public final class FaultTargets {

    /** What a fault names. */
    public enum Kind { ZONE, DATABASE, INSTANCE }

    private final Document doc;

    /** @param doc the network */
    public FaultTargets(Document doc) {
        this.doc = doc;
    }

    /** @return the zones of the network's subnets, sorted */
    public List<String> zones() {
        TreeSet<String> out = new TreeSet<>();
        for (Subnet s : doc.all(Subnet.class)) {
            out.add(s.availabilityZoneId());
        }
        return List.copyOf(out);
    }

    /** @return the RDS DB identifiers */
    public List<String> databases() {
        List<String> out = new ArrayList<>();
        for (DbInstance d : doc.all(DbInstance.class)) {
            out.add(d.id());
        }
        return out;
    }

    /**
     * @param resource what a fault names: a zone, a DB identifier or Name, an instance id or Name
     * @return what it is (an instance when it is neither a zone nor a database)
     */
    public Kind kindOf(String resource) {
        if (zones().contains(resource) || doc.get(resource, AvailabilityZone.class) != null) {
            return Kind.ZONE;
        }
        for (DbInstance d : doc.all(DbInstance.class)) {
            if (d.id().equals(resource) || d.name().equals(resource)) {
                return Kind.DATABASE;
            }
        }
        return Kind.INSTANCE;
    }

    /**
     * @param fault a fault
     * @return it as a short phrase: "AZ us-east-1a failed", "i-0a3 stopped"
     */
    public Message describe(FaultMark fault) {
        String r = fault.resource();
        FaultAction a = fault.action();
        switch (kindOf(r)) {
            case ZONE:
                return Message.of(a == FaultAction.RECOVER ? "simmode.fault.zone.recovered" : "simmode.fault.zone.failed", r);
            case DATABASE:
                return Message.of(a == FaultAction.RECOVER ? "simmode.fault.db.recovered" : "simmode.fault.db.failed", r);
            default:
                if (a == FaultAction.RECOVER) {
                    return Message.of("simmode.fault.instance.started", r);
                }
                return Message.of(a == FaultAction.TERMINATE ? "simmode.fault.instance.terminated" : "simmode.fault.instance.stopped", r);
        }
    }
}
