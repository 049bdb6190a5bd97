package dev.vpclab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.model.command.EditProperty;
import java.util.Locale;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

class WindowStatusTest {

    private final EditorModel editor = TestEditors.haWeb();
    private final SimpleStringProperty name = new SimpleStringProperty("ha-web.vpclab");
    private final WindowStatus status = new WindowStatus(editor, name);

    @Test
    void theTitleMarksUnsavedChanges() {
        StringBinding title = status.title();
        assertThat(title.get()).isEqualTo("ha-web.vpclab — VPC Lab");
        editor.execute(new EditProperty("i-0a3", "name", "web-one"));
        assertThat(title.get()).isEqualTo("ha-web.vpclab • — VPC Lab");
        editor.markSaved();
        assertThat(title.get()).isEqualTo("ha-web.vpclab — VPC Lab");
        name.set("other.vpclab");
        assertThat(title.get()).isEqualTo("other.vpclab — VPC Lab");
    }

    @Test
    void undoAndRedoNameTheCommand() {
        StringBinding undo = status.undoText();
        StringBinding redo = status.redoText();
        assertThat(undo.get()).isEqualTo("Undo");
        editor.execute(new EditProperty("i-0a3", "name", "web-one"));
        assertThat(undo.get()).isEqualTo("Undo Change name of web-1");
        editor.undo();
        assertThat(undo.get()).isEqualTo("Undo");
        assertThat(redo.get()).isEqualTo("Redo Change name of web-1");
        editor.i18n().localeProperty().set(Locale.KOREAN);
        assertThat(redo.get()).startsWith("다시 실행: ");
    }

    @Test
    void theStatusBarTextsFollowTheLanguage() {
        StringBinding file = status.fileStatus();
        StringBinding count = status.resourceCount();
        StringBinding mode = status.modeText();
        StringBinding lang = status.languageText();
        SimpleDoubleProperty zoom = new SimpleDoubleProperty(1.25);
        StringBinding zoomText = status.zoomText(zoom);
        assertThat(file.get()).isEqualTo("ha-web.vpclab — saved");
        assertThat(count.get()).isEqualTo("49 resources");
        assertThat(mode.get()).isEqualTo("Design mode");
        assertThat(lang.get()).isEqualTo("EN");
        assertThat(zoomText.get()).isEqualTo("125 %");
        editor.i18n().localeProperty().set(Locale.KOREAN);
        assertThat(file.get()).isEqualTo("ha-web.vpclab — 저장됨");
        assertThat(count.get()).isEqualTo("리소스 49개");
        assertThat(mode.get()).isEqualTo("설계 모드");
        assertThat(lang.get()).isEqualTo("한국어");
        assertThat(editor.i18n().bind("ui.menu.file").get()).isEqualTo("파일");
    }

    @Test
    void everyEnglishKeyHasAKoreanTranslationAndBack() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties ko = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/dev/vpclab/i18n/ui.properties");
             var kin = new java.io.InputStreamReader(getClass().getResourceAsStream("/dev/vpclab/i18n/ui_ko.properties"),
                     java.nio.charset.StandardCharsets.UTF_8)) {
            en.load(in);
            ko.load(kin);
        }
        assertThat(ko.keySet()).isEqualTo(en.keySet());
        for (Object key : en.keySet()) {
            assertThat(new java.text.MessageFormat(en.getProperty((String) key)).format(new Object[] {1, 2})).isNotNull();
            assertThat(new java.text.MessageFormat(ko.getProperty((String) key)).format(new Object[] {1, 2})).isNotNull();
        }
    }
}
