package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;
import java.util.Locale;

/** What a fault does to its resource. */
public enum FaultAction {
    /** Stop an instance (it stays registered and fails its health checks). */
    STOP,
    /** Terminate an instance (deregistered; an Auto Scaling group replaces it). */
    TERMINATE,
    /** Fail an Availability Zone or an RDS primary. */
    FAIL,
    /** Undo a fault: start a stopped instance, restore a zone or a database. */
    RECOVER;

    /**
     * @param text "stop", "terminate", "fail" or "recover"
     * @return the action
     * @throws ScenarioException for anything else
     */
    public static FaultAction parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "stop": return STOP;
            case "terminate": return TERMINATE;
            case "fail": return FAIL;
            case "recover": case "start": return RECOVER;
            default: throw new ScenarioException(Message.of("sim.error.fault.action", text));
        }
    }

    /** @return the lower-case name the command line uses */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
