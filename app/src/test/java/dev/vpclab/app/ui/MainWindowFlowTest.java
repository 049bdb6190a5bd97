package dev.vpclab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.problems.ProblemRow;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.io.DocumentFormat;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAcl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's real gestures, headless: panels, the NACL editor against Problems, files, zoom, language. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFlowTest {

    private WindowFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new WindowFixture(stage, "ha-web", Locale.ENGLISH, false, 1280, 800);
    }

    @AfterEach
    void tearDown() {
        fx.dispose();
    }

    private <T extends Node> T node(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    @Test
    void opensOnHaWebWithAllPanels(FxRobot robot) {
        for (String id : new String[] {"#menu-bar", "#main-toolbar", "#palette", "#canvas-pane", "#inspector", "#problems-table",
                "#status-bar", "#mode-switch", "#language-switch"}) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isPresent();
            assertThat(robot.lookup(id).query().isVisible()).as(id).isTrue();
        }
        assertThat(((Stage) robot.listTargetWindows().get(0)).getTitle()).isEqualTo("ha-web.vpclab — VPC Lab");
        assertThat(node(robot, "#status-resources", Label.class).getText()).isEqualTo("49 resources");
        assertThat(node(robot, "#problems-summary", Button.class).getText()).isEqualTo("0 errors · 0 warnings");
        assertThat(node(robot, "#palette-item-subnet-public", Label.class).getText()).isEqualTo("Subnet (public)");
        assertThat(robot.lookup("#mode-trace").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#mode-simulate").query().isDisabled()).as("the simulation workspace is registered").isFalse();
        assertThat(node(robot, "#menu-bar", MenuBar.class).getMenus()).extracting(m -> m.getText())
                .containsExactly("File", "Edit", "View", "Trace", "Simulate", "Help");
    }

    @Test
    void editingANaclRuleInTheInspectorIsCheckedAndProblemsFollow(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("acl-0app").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.editor.selection()).containsExactly("acl-0app");
        assertThat(node(robot, "#inspector-name", Label.class).getText()).isEqualTo("app");
        assertThat(node(robot, "#inspector-kind", Label.class).getText()).isEqualTo("Network ACL · prod-vpc");

        robot.interact(() -> fx.window.inspector().focus("entries"));
        TextField number = node(robot, "#nacl-rule-number", TextField.class);
        robot.doubleClickOn(number).eraseText(number.getText().length()).write("100");
        Label error = node(robot, "#nacl-error", Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("Rule 100 is already used");
        robot.clickOn("#nacl-submit");
        assertThat(fx.editor.canUndoProperty().get()).isFalse();

        robot.clickOn(robot.lookup("#nacl-tab-outbound").queryAs(Node.class));
        TableView<?> outbound = node(robot, "#nacl-outbound", TableView.class);
        robot.clickOn(robot.from(outbound).lookup(".table-row-cell").nth(0).queryAs(Node.class));
        assertThat(node(robot, "#nacl-rule-number", TextField.class).getText()).isEqualTo("100");
        assertThat(error.isVisible()).isFalse();
        TextField ports = node(robot, "#nacl-ports", TextField.class);
        robot.doubleClickOn(ports).eraseText(ports.getText().length()).write("8080");
        robot.clickOn("#nacl-submit");

        NetworkAcl acl = fx.editor.document().get("acl-0app", NetworkAcl.class);
        assertThat(acl.entries(TrafficDirection.OUTBOUND).get(0).portRange()).isEqualTo(PortRange.of(8080));
        TableView<ProblemRow> problems = robot.lookup("#problems-table").queryTableView();
        assertThat(problems.getItems()).singleElement()
                .satisfies(r -> assertThat(r.problem().code()).isEqualTo("validation.nacl.noOutboundEphemeral"));
        assertThat(node(robot, "#problems-summary", Button.class).getText()).isEqualTo("0 errors · 1 warning");
        assertThat(((Stage) robot.listTargetWindows().get(0)).getTitle()).isEqualTo("ha-web.vpclab • — VPC Lab");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problems.getItems()).isEmpty();
    }

    @Test
    void savingThenReopeningGivesAnEqualDocument(FxRobot robot) throws Exception {
        robot.interact(() -> fx.editor.execute(new dev.vpclab.model.command.EditProperty("i-0a3", "name", "web-one")));
        Path file = fx.dir.resolve("flow.vpclab");
        fx.dialogs.filesToSave.add(file);
        robot.clickOn("#tool-save");
        assertThat(Files.exists(file)).isTrue();
        assertThat(fx.editor.dirtyProperty().get()).isFalse();
        Document saved = fx.editor.document();
        assertThat(node(robot, "#status-file", Label.class).getText()).isEqualTo("flow.vpclab — saved");

        robot.interact(() -> fx.session.openSample("web-server"));
        fx.dialogs.filesToOpen.add(file);
        robot.clickOn("#tool-open");
        assertThat(fx.editor.document()).isEqualTo(saved);
        assertThat(fx.editor.document()).isEqualTo(DocumentFormat.load(file));
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void zoomButtonsAndShortcutsDriveTheCanvasZoom(FxRobot robot) {
        var zoom = fx.window.canvas().zoomProperty();
        double start = zoom.get();
        robot.clickOn("#tool-zoom-in");
        assertThat(zoom.get()).isGreaterThan(start);
        double in = zoom.get();
        robot.clickOn("#tool-zoom-out");
        assertThat(zoom.get()).isLessThan(in);
        robot.clickOn("#tool-zoom-in").clickOn("#tool-zoom-in");
        double twice = zoom.get();
        robot.clickOn("#tool-fit");
        assertThat(zoom.get()).isNotEqualTo(twice);
        assertThat(node(robot, "#status-zoom", Label.class).getText()).isEqualTo(Math.round(zoom.get() * 100) + " %");
        double fitted = zoom.get();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(zoom.get()).isGreaterThan(fitted);
    }

    @Test
    void switchingToKoreanChangesTheWholeWindow(FxRobot robot) {
        robot.clickOn("#lang-ko");
        MenuBar bar = node(robot, "#menu-bar", MenuBar.class);
        assertThat(bar.getMenus()).extracting(m -> m.getText()).containsExactly("파일", "편집", "보기", "추적", "시뮬레이션", "도움말");
        assertThat(node(robot, "#status-resources", Label.class).getText()).isEqualTo("리소스 49개");
        assertThat(node(robot, "#problems-summary", Button.class).getText()).isEqualTo("오류 0개 · 경고 0개");
        assertThat(node(robot, "#palette-item-rtb", Label.class).getText()).isEqualTo("라우팅 테이블");
        assertThat(node(robot, "#status-language", Label.class).getText()).isEqualTo("한국어");
        robot.clickOn("#lang-en");
        assertThat(bar.getMenus().get(0).getText()).isEqualTo("File");
    }

    @Test
    void aProblemClickSelectsTheCulpritAndADoubleClickOpensItsEditor(FxRobot robot) {
        robot.interact(() -> fx.editor.execute(new dev.vpclab.model.command.EditNaclEntry("acl-0app", TrafficDirection.OUTBOUND, 100,
                dev.vpclab.model.resource.NetworkAclEntry.of(100, TrafficDirection.OUTBOUND, dev.vpclab.model.net.Protocol.TCP,
                        PortRange.of(8080), dev.vpclab.model.net.Cidr.parse("10.0.0.0/16"), dev.vpclab.model.net.RuleAction.ALLOW))));
        TableView<ProblemRow> problems = robot.lookup("#problems-table").queryTableView();
        Node row = robot.from(problems).lookup(".table-row-cell").nth(0).query();
        robot.clickOn(row);
        assertThat(fx.editor.selection()).containsExactly("acl-0app");
        assertThat(node(robot, "#inspector-kind", Label.class).getText()).isEqualTo("Network ACL · prod-vpc");
        robot.interact(() -> fx.editor.selectOnly("i-0a3"));
        robot.doubleClickOn(row);
        assertThat(fx.editor.selection()).containsExactly("acl-0app");
        assertThat(robot.lookup("#nacl-editor").query().isVisible()).isTrue();

        TableView<?> inbound = node(robot, "#nacl-inbound", TableView.class);
        robot.clickOn(robot.from(inbound).lookup(".table-row-cell").nth(1).queryAs(Node.class));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.editor.document().contains("acl-0app")).isTrue();
        assertThat(fx.editor.document().get("acl-0app", NetworkAcl.class).entries(TrafficDirection.INBOUND))
                .extracting(dev.vpclab.model.resource.NetworkAclEntry::ruleNumber).containsExactly(100);
    }

    @Test
    void thePaletteFoldsAwayAndTheThemeSwitches(FxRobot robot) {
        robot.clickOn("#palette-collapse");
        assertThat(robot.lookup("#palette-expand").tryQuery()).isPresent();
        assertThat(robot.lookup("#palette-search").tryQuery()).isEmpty();
        robot.clickOn("#palette-expand");
        assertThat(robot.lookup("#palette-search").tryQuery()).isPresent();
        robot.interact(() -> fx.window.actions().setDark(true));
        assertThat(fx.window.root().getStyleClass()).contains("theme-dark");
        assertThat(fx.window.canvas().darkProperty().get()).isTrue();
        robot.interact(() -> fx.window.actions().setDark(false));
        assertThat(fx.window.canvas().darkProperty().get()).isFalse();
    }

    @Test
    void editShortcutsInATextFieldActOnTheText(FxRobot robot) {
        TextField search = node(robot, "#palette-search", TextField.class);
        robot.clickOn(search).write("natx");
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT).press(KeyCode.DELETE).release(KeyCode.DELETE);
        assertThat(search.getText()).isEqualTo("nat");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        assertThat(search.getSelectedText()).isEqualTo("nat");
        assertThat(robot.lookup("#palette-item-nat").tryQuery()).isPresent();
        assertThat(robot.lookup("#palette-item-vpc").tryQuery()).isEmpty();
    }
}
