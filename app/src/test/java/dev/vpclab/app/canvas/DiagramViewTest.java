package dev.vpclab.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.editor.Notifier;
import dev.vpclab.app.editor.Samples;
import dev.vpclab.app.render.RenderItem;
import dev.vpclab.app.render.Viewport;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas's real gestures, headless: drag to move and undo, wheel zoom, rubber band, refusals, keys. */
@ExtendWith(ApplicationExtension.class)
class DiagramViewTest {

    private static final Document HA = Samples.load("ha-web");

    private final List<Message> told = new ArrayList<>();
    private EditorModel editor;
    private DiagramView view;

    @Start
    void start(Stage stage) {
        Notifier notifier = (level, message) -> told.add(message);
        editor = new EditorModel(HA, new I18n(Locale.ENGLISH), notifier);
        view = new DiagramView(editor);
        stage.setScene(new Scene(view, 1100, 800));
        stage.show();
    }

    /** The screen point showing a world point. */
    private Point2D screen(double wx, double wy) {
        Viewport v = view.viewport();
        return view.localToScreen(v.toScreenX(wx), v.toScreenY(wy));
    }

    private Point2D iconOf(String key) {
        RenderItem it = view.renderModel().item(key);
        Bounds b = it.bounds();
        return screen(b.x() + b.width() / 2, b.y() + 24);
    }

    @Test
    void theWholeDiagramIsFittedAndDrawn() {
        WaitForAsyncUtils.waitForFxEvents();
        Viewport v = view.viewport();
        assertThat(v.world().contains(view.renderModel().worldBounds())).isTrue();
        assertThat(view.zoomProperty().get()).isEqualTo(v.zoom());
        assertThat(view.surface().frames()).isPositive();
    }

    @Test
    void aDragMovesAnElementAndOneUndoRestoresIt(FxRobot robot) {
        Bounds before = HA.layout().get("nat-0a");
        Point2D p = iconOf("nat-0a");
        robot.moveTo(p).press(MouseButton.PRIMARY).moveTo(p.add(20, 10)).moveTo(p.add(60, 30)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds after = editor.document().layout().get("nat-0a");
        assertThat(after).isNotEqualTo(before);
        assertThat(after.x() % 16).as("snapped to the grid").isZero();
        assertThat(editor.selection()).containsExactly("nat-0a");
        assertThat(editor.stack().canUndo()).isTrue();
        robot.interact(editor::undo);
        assertThat(editor.document()).isEqualTo(HA);
        assertThat(editor.stack().canUndo()).isFalse();
    }

    @Test
    void theWheelZoomsAroundThePointer(FxRobot robot) {
        RenderItem subnet = view.renderModel().item("subnet-0db1b");
        double wx = subnet.centerX();
        double wy = subnet.centerY();
        Point2D p = screen(wx, wy);
        double zoom = view.zoomProperty().get();
        robot.moveTo(p).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.zoomProperty().get()).isNotEqualTo(zoom);
        Point2D local = view.screenToLocal(p);
        Viewport v = view.viewport();
        assertThat(v.toWorldX(local.getX())).isCloseTo(wx, org.assertj.core.data.Offset.offset(0.5));
        assertThat(v.toWorldY(local.getY())).isCloseTo(wy, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void aRubberBandSelectsWhatItEncloses(FxRobot robot) {
        RenderItem alarm = view.renderModel().item("cpu-high");
        RenderItem last = view.renderModel().item("elb-5xx");
        Point2D from = screen(alarm.bounds().x() - 12, alarm.bounds().y() - 12);
        Point2D to = screen(last.bounds().maxX() + 12, last.bounds().maxY() + 12);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.midpoint(to)).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.selection()).containsExactlyInAnyOrder("cpu-high", "db-connections-low", "elb-5xx");
        assertThat(editor.stack().canUndo()).isFalse();
    }

    @Test
    void aForbiddenDragSnapsBackWithAMessage(FxRobot robot) {
        Point2D p = iconOf("i-0a3");
        RenderItem client = view.renderModel().item("client-0user");
        Point2D outside = screen(client.centerX(), client.bounds().maxY() + 120);
        robot.moveTo(p).press(MouseButton.PRIMARY).moveTo(p.add(-20, 0)).moveTo(outside).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.document()).isEqualTo(HA);
        assertThat(told).extracting(Message::key).containsExactly("canvas.move.outside.subnet");
        assertThat(view.surface().shown()).isSameAs(view.renderModel());
    }

    @Test
    void clickSelectsShiftClickAddsAndDeleteRemoves(FxRobot robot) {
        robot.clickOn(iconOf("i-0a3"));
        robot.press(KeyCode.SHIFT).clickOn(iconOf("i-0a4")).release(KeyCode.SHIFT);
        assertThat(editor.selection()).containsExactlyInAnyOrder("i-0a3", "i-0a4");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.document().contains("i-0a3")).isFalse();
        assertThat(editor.document().contains("i-0a4")).isFalse();
        robot.interact(editor::undo);
        assertThat(editor.document()).isEqualTo(HA);
    }

    @Test
    void aPaletteItemDroppedOnAColumnAddsASubnetInOneStep(FxRobot robot) {
        RenderItem column = view.renderModel().item("vpc-0prod|us-east-1b");
        Viewport v = view.viewport();
        java.util.concurrent.atomic.AtomicBoolean added = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> added.set(view.dropPaletteItem("subnet:private", v.toScreenX(column.centerX()),
                v.toScreenY(column.bounds().maxY() - 10))));
        assertThat(added).isTrue();
        List<Subnet> subnets = editor.document().subnetsOf("vpc-0prod");
        assertThat(subnets).hasSize(HA.subnetsOf("vpc-0prod").size() + 1);
        assertThat(editor.selection()).hasSize(1);
        robot.interact(editor::undo);
        assertThat(editor.document()).isEqualTo(HA);
    }

    @Test
    void keyboardZoomAndFit(FxRobot robot) {
        robot.clickOn(screen(view.renderModel().worldBounds().x() - 5, view.renderModel().worldBounds().y() - 5));
        double fitted = view.zoomProperty().get();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertThat(view.zoomProperty().get()).isCloseTo(fitted * 1.25, org.assertj.core.data.Offset.offset(1e-9));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(view.zoomProperty().get()).isCloseTo(fitted, org.assertj.core.data.Offset.offset(1e-9));
        robot.interact(() -> view.zoomProperty().set(1.0));
        assertThat(view.viewport().zoom()).isEqualTo(1.0);
    }

    @Test
    void aClickOnTheMinimapCentresTheViewThere(FxRobot robot) {
        robot.interact(() -> view.zoomProperty().set(1.5));
        Minimap map = robot.lookup(".diagram-minimap").queryAs(Minimap.class);
        Point2D corner = map.localToScreen(Minimap.WIDTH * 0.2, Minimap.HEIGHT * 0.8);
        double before = view.viewport().world().x();
        robot.clickOn(corner);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.viewport().world().x()).isNotEqualTo(before);
        Bounds world = view.renderModel().worldBounds();
        double cx = view.viewport().world().x() + view.viewport().world().width() / 2;
        assertThat(cx).isBetween(world.x(), world.x() + world.width() / 2);
    }

    @Test
    void theContextMenuOffersTheEditsOfAnElement(FxRobot robot) {
        robot.rightClickOn(iconOf("nat-0b"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.selection()).containsExactly("nat-0b");
        List<String> items = new ArrayList<>();
        robot.interact(() -> {
            for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
                if (w instanceof javafx.scene.control.ContextMenu cm && cm.isShowing()) {
                    cm.getItems().forEach(mi -> items.add(mi.getText()));
                    cm.hide();
                }
            }
        });
        assertThat(items).contains("Delete", "Duplicate", "Copy", "Bring to view", "Properties…");
    }

    @Test
    void duplicateAddsACopyBesideTheOriginalInOneStep(FxRobot robot) {
        robot.clickOn(iconOf("i-0b8"));
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.document().size()).isEqualTo(HA.size() + 2);
        String copy = editor.selection().iterator().next();
        assertThat(copy).isNotEqualTo("i-0b8");
        assertThat(editor.document().layout().get(copy)).isEqualTo(HA.layout().get("i-0b8").translate(32, 32));
        robot.interact(editor::undo);
        assertThat(editor.document()).isEqualTo(HA);
    }

    @Test
    void aDisplayedDocumentIsDrawnReadOnlyAndTheEditorsComesBack(FxRobot robot) {
        Document simulated = HA.with(new dev.vpclab.model.resource.Instance("i-launched", "web-5", "subnet-0app1b", "t3.small",
                dev.vpclab.model.resource.Instance.State.RUNNING, "", "asg-0web"));
        robot.interact(() -> view.setDisplayedDocument(simulated));
        assertThat(view.renderModel().item("i-launched")).as("the launched instance is drawn").isNotNull();
        Point2D p = iconOf("nat-0a");
        robot.moveTo(p).press(MouseButton.PRIMARY).moveTo(p.add(20, 10)).moveTo(p.add(60, 30)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.document()).as("edits are refused while another document is shown").isEqualTo(HA);
        assertThat(told).extracting(Message::key).contains("canvas.readOnly");
        robot.interact(() -> view.setDisplayedDocument(null));
        assertThat(view.renderModel().item("i-launched")).isNull();
    }

    @Test
    void extraContextItemsAreOfferedForAnElement(FxRobot robot) {
        javafx.scene.control.MenuItem extra = new javafx.scene.control.MenuItem("Stop instance");
        robot.interact(() -> view.setExtraContextItems(key -> key.equals("i-0a3") ? List.of(extra) : List.of()));
        robot.moveTo(iconOf("i-0a3")).clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".diagram-context-menu").tryQuery()).isPresent();
        assertThat(extra.getParentPopup()).as("the item is in the open context menu").isNotNull();
        assertThat(extra.getParentPopup().isShowing()).isTrue();
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void aMiddleButtonDragPansTheViewAndEditsNothing(FxRobot robot) {
        Viewport before = view.viewport();
        Point2D start = view.localToScreen(300, 300);
        robot.moveTo(start).press(MouseButton.MIDDLE).moveTo(start.add(40, 20)).moveTo(start.add(120, 60)).release(MouseButton.MIDDLE);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport after = view.viewport();
        assertThat(after.zoom()).isEqualTo(before.zoom());
        assertThat(before.toWorldX(300) - after.toWorldX(300)).as("the world moved with the pointer")
                .isCloseTo(120 / before.zoom(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(before.toWorldY(300) - after.toWorldY(300)).isCloseTo(60 / before.zoom(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(editor.document()).isEqualTo(HA);
    }

    @Test
    void spaceAndDragPansToo(FxRobot robot) {
        Viewport before = view.viewport();
        Point2D start = view.localToScreen(320, 420);
        robot.clickOn(start, MouseButton.PRIMARY);
        robot.press(javafx.scene.input.KeyCode.SPACE);
        robot.moveTo(start).press(MouseButton.PRIMARY).moveTo(start.add(-30, 0)).moveTo(start.add(-90, -40)).release(MouseButton.PRIMARY);
        robot.release(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport after = view.viewport();
        assertThat(after.toWorldX(320) - before.toWorldX(320)).isCloseTo(90 / before.zoom(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(editor.document().layout()).as("nothing moved in the diagram").isEqualTo(HA.layout());
    }
}
