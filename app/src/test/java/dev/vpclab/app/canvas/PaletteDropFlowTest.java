package dev.vpclab.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.render.RenderItem;
import dev.vpclab.app.render.Viewport;
import dev.vpclab.app.ui.WindowFixture;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The drawing flow with real drags from the palette in the main window, headless: a VPC into the Region, a
 * subnet into one of its zone columns, an instance into the subnet; the document holds what AWS would create, and
 * undo takes it back step by step.
 */
@ExtendWith(ApplicationExtension.class)
class PaletteDropFlowTest {

    private WindowFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new WindowFixture(stage, "web-server", Locale.ENGLISH, false, 1280, 800);
    }

    @AfterEach
    void tearDown() {
        fx.dispose();
    }

    private Point2D screenCentre(String key) {
        DiagramView view = fx.window.canvas();
        RenderItem item = view.renderModel().item(key);
        assertThat(item).as("drawn: " + key).isNotNull();
        Viewport v = view.viewport();
        return view.localToScreen(v.toScreenX(item.centerX()), v.toScreenY(item.bounds().y() + item.bounds().height() * 0.6));
    }

    private void drag(FxRobot robot, String paletteId, Point2D target) {
        Node row = robot.lookup("#palette-item-" + paletteId).query();
        robot.drag(row).moveTo(target).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void dragAVpcThenASubnetIntoAZoneThenAnInstanceIntoTheSubnet(FxRobot robot) {
        robot.interact(() -> fx.session.newDocument());
        Document blank = fx.editor.document();
        assertThat(blank.all(Vpc.class)).isEmpty();

        drag(robot, "vpc", screenCentre("us-east-1"));
        List<Vpc> vpcs = fx.editor.document().all(Vpc.class);
        assertThat(vpcs).as("a VPC dropped into the Region").hasSize(1);
        Vpc vpc = vpcs.get(0);
        assertThat(vpc.regionId()).isEqualTo("us-east-1");
        assertThat(fx.editor.document().mainRouteTable(vpc.id())).as("with its main route table").isPresent();
        assertThat(fx.editor.document().defaultNetworkAcl(vpc.id())).as("and its default network ACL").isPresent();
        String column = Layout.azColumnKey(vpc.id(), "us-east-1a");
        assertThat(fx.editor.document().layout().get(column)).as("and zone columns to drop subnets into").isNotNull();

        drag(robot, "subnet-private", screenCentre(column));
        List<Subnet> subnets = fx.editor.document().subnetsOf(vpc.id());
        assertThat(subnets).as("a subnet dropped into the zone column").hasSize(1);
        Subnet subnet = subnets.get(0);
        assertThat(subnet.availabilityZoneId()).isEqualTo("us-east-1a");
        assertThat(vpc.primaryCidr().contains(subnet.cidr())).as("a free block inside the VPC").isTrue();

        drag(robot, "instance", screenCentre(subnet.id()));
        List<Instance> instances = fx.editor.document().instancesIn(subnet.id());
        assertThat(instances).as("an instance dropped into the subnet").hasSize(1);
        NetworkInterface eni = fx.editor.document().primaryInterface(instances.get(0).id()).orElseThrow();
        assertThat(subnet.cidr().contains(eni.primaryIp())).isTrue();
        assertThat(subnet.isReserved(eni.primaryIp())).as("not one of the five reserved addresses").isFalse();

        robot.interact(fx.editor::undo);
        assertThat(fx.editor.document().instancesIn(subnet.id())).isEmpty();
        robot.interact(fx.editor::undo);
        assertThat(fx.editor.document().subnetsOf(vpc.id())).isEmpty();
        robot.interact(fx.editor::undo);
        assertThat(fx.editor.document()).as("three undos return the blank document").isEqualTo(blank);
    }
}
