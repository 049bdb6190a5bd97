package dev.vpclab.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.sg.CompiledSecurityGroup;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.StepKind;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which rule of which editor each hop points at, read from the rules as the tracer names them. */
class RuleMarksTest {

    private static RuleMarks.Target target(Traced t, Predicate<HopRow> which) {
        HopRow row = t.rows.stream().filter(which).findFirst().orElseThrow();
        return RuleMarks.target(t.result.document(), t.result.network(), row);
    }

    @Test
    void anAclHopPointsAtItsRuleNumberInItsDirection() {
        Traced t = Traced.saved("broken-network", "Visit the shop");
        RuleMarks.Target in = RuleMarks.target(t.result.document(), t.result.network(), t.row(3));
        assertThat(in).isEqualTo(new RuleMarks.Target("acl-0web", TrafficDirection.INBOUND, "100", false, "tracemode.mark.rule"));
        RuleMarks.Target out = RuleMarks.target(t.result.document(), t.result.network(), t.row(8));
        assertThat(out).isEqualTo(new RuleMarks.Target("acl-0web", TrafficDirection.OUTBOUND, "*", true, "tracemode.mark.rule"));
    }

    @Test
    void aSecurityGroupHopPointsAtTheRuleThatAllowedIt() {
        Traced t = Traced.saved("ha-web", "HTTPS to the API");
        RuleMarks.Target sg = target(t, r -> r.hop().type() == ComponentType.SECURITY_GROUP && r.component().equals("sg-0app")
                && r.hop().lastStep().kind() == StepKind.SECURITY_GROUP);
        assertThat(sg.resourceId()).isEqualTo("sg-0app");
        assertThat(sg.direction()).isEqualTo(TrafficDirection.INBOUND);
        CompiledSecurityGroup g = t.result.network().securityGroup("sg-0app");
        assertThat(g.ruleText(TrafficDirection.INBOUND, Integer.parseInt(sg.rule()))).isEqualTo("sg-0app (app) inbound: TCP 8080 from sg-0alb");
    }

    @Test
    void aReplyLetThroughByConnectionTrackingNeedsNoRule() {
        Traced t = Traced.saved("ha-web", "HTTPS to the API");
        RuleMarks.Target tracked = target(t, r -> r.hop().lastStep().kind() == StepKind.CONNECTION_TRACKING);
        assertThat(tracked.rule()).isNull();
        assertThat(tracked.denied()).isFalse();
        assertThat(tracked.noteKey()).isEqualTo("tracemode.mark.tracked");
    }

    @Test
    void aRouteTableHopPointsAtTheRouteByItsDestination() {
        Traced t = Traced.saved("ha-web", "HTTPS to the API");
        RuleMarks.Target route = target(t, r -> r.hop().type() == ComponentType.ROUTE_TABLE);
        assertThat(route).isEqualTo(new RuleMarks.Target("rtb-0public", null, "10.0.0.0/16", false, "tracemode.mark.rule"));
    }

    @Test
    void noRouteSaysSoAndSelectsNothing() {
        Traced t = Traced.saved("broken-network", "Worker downloads updates");
        RuleMarks.Target none = target(t, HopRow::blocking);
        assertThat(none).isEqualTo(new RuleMarks.Target("rtb-0db", null, null, true, "tracemode.mark.noRoute"));
    }

    @Test
    void aGatewayThatDropsIsMarkedWithoutARule() {
        Traced t = Traced.saved("broken-network", "App server downloads updates");
        RuleMarks.Target igw = target(t, HopRow::blocking);
        assertThat(igw).isEqualTo(new RuleMarks.Target("igw-0shop", null, null, true, "tracemode.mark.blocked"));
    }

    @Test
    void theInternetIsNotInTheDocument() {
        Traced t = Traced.saved("broken-network", "Visit the shop");
        assertThat(RuleMarks.target(t.result.document(), t.result.network(), t.row(1))).isNull();
    }
}
