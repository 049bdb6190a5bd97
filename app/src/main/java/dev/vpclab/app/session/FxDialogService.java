package dev.vpclab.app.session;

import dev.vpclab.app.ui.I18n;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real {@link DialogService}: JavaFX alerts and file choosers over the main window, in the UI language. */
public final class FxDialogService implements DialogService {

    private final I18n i18n;
    private final Window owner;

    /**
     * @param i18n the language
     * @param owner the main window
     */
    public FxDialogService(I18n i18n, Window owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content) {
        Alert a = new Alert(type);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(header);
        a.setContentText(content);
        a.getDialogPane().setMinWidth(460);
        a.getDialogPane().getStyleClass().add("vpclab-dialog");
        a.getDialogPane().getStylesheets().add(dev.vpclab.app.ui.Themes.appCss());
        return a;
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        ButtonType save = new ButtonType(i18n.get("ui.dialog.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.get("ui.dialog.dontSave"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(i18n.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, i18n.get("ui.app.title"),
                i18n.get("ui.dialog.unsaved.header", documentName), i18n.get("ui.dialog.unsaved.content"));
        a.getButtonTypes().setAll(save, discard, cancel);
        ButtonType answer = a.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder) {
        FileChooser c = new FileChooser();
        c.setTitle(i18n.get("ui.dialog.open.title"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("ui.dialog.filter.vpclab"), "*.vpclab"));
        if (initialFolder != null) {
            c.setInitialDirectory(initialFolder.toFile());
        }
        File f = c.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolderToImport(Path initialFolder) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(i18n.get("ui.dialog.import.title"));
        if (initialFolder != null) {
            c.setInitialDirectory(initialFolder.toFile());
        }
        File f = c.showDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName, String extension, Path initialFolder) {
        FileChooser c = new FileChooser();
        c.setTitle(i18n.get(".vpclab".equals(extension) ? "ui.dialog.saveAs.title" : "ui.dialog.export.title"));
        c.setInitialFileName(suggestedName);
        String filter = ".vpclab".equals(extension) ? "ui.dialog.filter.vpclab"
                : ".svg".equals(extension) ? "ui.dialog.filter.svg" : "ui.dialog.filter.png";
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get(filter), "*" + extension));
        if (initialFolder != null) {
            c.setInitialDirectory(initialFolder.toFile());
        }
        File f = c.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public void showError(String title, String message) {
        Alert a = alert(Alert.AlertType.ERROR, i18n.get("ui.app.title"), title, null);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        a.getDialogPane().setContent(text);
        a.showAndWait();
    }

    @Override
    public void showWarnings(String title, String summary, List<String> warnings) {
        Alert a = alert(Alert.AlertType.WARNING, i18n.get("ui.app.title"), title, null);
        TextArea list = new TextArea(String.join("\n", warnings));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, Math.max(4, warnings.size() + 1)));
        Label head = new Label(summary);
        head.setWrapText(true);
        a.getDialogPane().setContent(new VBox(8, head, list));
        a.getButtonTypes().setAll(new ButtonType(i18n.get("ui.dialog.dismiss"), ButtonBar.ButtonData.OK_DONE));
        a.showAndWait();
    }

    @Override
    public boolean offerRecovery(String documentName, Instant savedAt) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(i18n.locale())
                .format(savedAt.atZone(ZoneId.systemDefault()));
        ButtonType recover = new ButtonType(i18n.get("ui.dialog.recover"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.get("ui.dialog.discardRecovery"), ButtonBar.ButtonData.NO);
        Alert a = alert(Alert.AlertType.CONFIRMATION, i18n.get("ui.app.title"),
                i18n.get("ui.dialog.recovery.header", documentName), i18n.get("ui.dialog.recovery.content", when));
        a.getButtonTypes().setAll(recover, discard);
        return a.showAndWait().orElse(discard) == recover;
    }
}
