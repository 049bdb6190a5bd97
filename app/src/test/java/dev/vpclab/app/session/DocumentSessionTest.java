package dev.vpclab.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.editor.Samples;
import dev.vpclab.app.ui.TestEditors;
import dev.vpclab.model.command.EditProperty;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.io.DocumentFormat;
import dev.vpclab.model.resource.Region;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSessionTest {

    @TempDir
    Path dir;

    private Preferences prefs;
    private EditorModel editor;
    private RecordingDialogs dialogs;
    private DocumentSession session;

    @BeforeEach
    void setUp() {
        prefs = Preferences.userRoot().node("dev/vpclab/test/" + UUID.randomUUID());
        editor = TestEditors.haWeb();
        dialogs = new RecordingDialogs();
        session = new DocumentSession(editor, dialogs, new RecentFiles(prefs),
                new Autosaver(new RecoveryStore(dir.resolve("recovery")), new DirectExecutor()));
        session.show(editor.document(), "ha-web.vpclab");
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    private void rename(String id, String name) {
        assertThat(editor.execute(new EditProperty(id, "name", name))).isTrue();
    }

    @Test
    void savingAsThenOpeningGivesTheSameDocument() {
        rename("i-0a3", "web-one");
        Path file = dir.resolve("mine.vpclab");
        dialogs.filesToSave.add(file);
        assertThat(session.save()).isTrue();
        assertThat(dialogs.suggestedNames).containsExactly("ha-web.vpclab");
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.fileProperty().get()).isEqualTo(file);
        assertThat(session.nameProperty().get()).isEqualTo("mine.vpclab");
        Document saved = editor.document();

        assertThat(session.openSample("web-server")).isTrue();
        assertThat(editor.document()).isNotEqualTo(saved);
        assertThat(session.open(file)).isTrue();
        assertThat(editor.document()).isEqualTo(saved);
        assertThat(editor.fileProperty().get()).isEqualTo(file);
        assertThat(session.recent().files()).containsExactly(file.toAbsolutePath());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void saveAsAddsTheExtension() {
        dialogs.filesToSave.add(dir.resolve("plain"));
        assertThat(session.saveAs()).isTrue();
        assertThat(editor.fileProperty().get()).isEqualTo(dir.resolve("plain.vpclab"));
        assertThat(Files.exists(dir.resolve("plain.vpclab"))).isTrue();
    }

    @Test
    void aFailedSaveShowsOneMessageAndKeepsTheDocumentUnsaved() throws Exception {
        rename("i-0a3", "web-one");
        Path folderInTheWay = Files.createDirectories(dir.resolve("taken.vpclab"));
        Files.writeString(folderInTheWay.resolve("child"), "x");
        dialogs.filesToSave.add(folderInTheWay);
        assertThat(session.save()).isFalse();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)[0]).contains("taken.vpclab");
        assertThat(dialogs.errors.get(0)[1]).contains("still open").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(editor.fileProperty().get()).isNull();
    }

    @Test
    void openingABrokenFileShowsOneClearMessageAndKeepsTheDocument() throws Exception {
        Path bad = dir.resolve("bad.vpclab");
        Files.writeString(bad, "{\"formatVersion\": 2, \"resources\": [{\"type\": \"vpc\", \"id\": \"vpc-1\", \"cidrBlocks\": [\"10.0.0.1/33\"]}]}");
        Document before = editor.document();
        dialogs.filesToOpen.add(bad);
        assertThat(session.open()).isFalse();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)[1]).contains("bad.vpclab").doesNotContain("\tat ");
        assertThat(editor.document()).isSameAs(before);
    }

    @Test
    void theGuardSavesDiscardsOrStays() {
        rename("i-0a3", "web-one");
        dialogs.saveChoices.add(DialogService.SaveChoice.CANCEL);
        assertThat(session.newDocument()).isFalse();
        assertThat(editor.document().get("i-0a3").name()).isEqualTo("web-one");

        dialogs.saveChoices.add(DialogService.SaveChoice.SAVE);
        dialogs.filesToSave.add(dir.resolve("kept.vpclab"));
        assertThat(session.newDocument()).isTrue();
        assertThat(DocumentFormat.toJson(editor.document())).doesNotContain("web-one");
        assertThat(Files.exists(dir.resolve("kept.vpclab"))).isTrue();

        editor.execute(new EditProperty("us-east-1", "name", "Virginia"));
        dialogs.saveChoices.add(DialogService.SaveChoice.DISCARD);
        assertThat(session.openSample("two-tier")).isTrue();
        assertThat(dialogs.askedToSave).containsExactly("ha-web.vpclab", "ha-web.vpclab", "Untitled");
    }

    @Test
    void saveChosenInTheGuardButCancelledInTheFileDialogStays() {
        rename("i-0a3", "web-one");
        dialogs.saveChoices.add(DialogService.SaveChoice.SAVE);
        assertThat(session.close()).isFalse();
        assertThat(editor.dirtyProperty().get()).isTrue();
    }

    @Test
    void aCleanDocumentIsReplacedWithoutAsking() {
        assertThat(session.openSample("broken-network")).isTrue();
        assertThat(dialogs.askedToSave).isEmpty();
        assertThat(session.nameProperty().get()).isEqualTo("broken-network.vpclab");
        assertThat(editor.document()).isEqualTo(Samples.load("broken-network"));
    }

    @Test
    void newDocumentHoldsARegionWithItsZones() {
        assertThat(session.newDocument()).isTrue();
        assertThat(editor.document().all(Region.class)).extracting(Region::id).containsExactly("us-east-1");
        assertThat(editor.document().size()).isGreaterThan(2);
        assertThat(editor.document().layout().get("us-east-1")).isNotNull();
        assertThat(editor.fileProperty().get()).isNull();
        assertThat(session.nameProperty().get()).isEqualTo("Untitled");
    }

    @Test
    void importingAFolderShowsItsWarnings() throws Exception {
        Path aws = Files.createDirectories(dir.resolve("aws"));
        Files.writeString(aws.resolve("vpcs.json"), "{\"Vpcs\": [{\"VpcId\": \"vpc-0abc\", \"CidrBlock\": \"10.9.0.0/16\","
                + " \"CidrBlockAssociationSet\": [{\"CidrBlock\": \"10.9.0.0/16\"}], \"Tags\": [{\"Key\": \"Name\", \"Value\": \"imported\"}]}]}");
        Files.writeString(aws.resolve("junk.json"), "{\"Unrelated\": []}");
        dialogs.foldersToImport.add(aws);
        assertThat(session.openAwsFolder()).isTrue();
        assertThat(editor.document().get("vpc-0abc")).isNotNull();
        assertThat(editor.fileProperty().get()).isNull();
        assertThat(session.nameProperty().get()).isEqualTo("aws");
        assertThat(dialogs.warnings).hasSize(1);
        assertThat(dialogs.warnings.get(0)).isNotEmpty();
    }

    @Test
    void exportWritesThroughTheExporterAndExplainsWhatItCannotDo() {
        Path[] written = new Path[1];
        session.setExporter(new DiagramExport() {
            @Override
            public void exportPng(Document doc, Path file) {
                written[0] = file;
            }

            @Override
            public void exportSvg(Document doc, Path file) {
                throw new UnsupportedOperationException("not yet");
            }
        });
        dialogs.filesToSave.add(dir.resolve("pic.png"));
        assertThat(session.export(false)).isTrue();
        assertThat(written[0]).isEqualTo(dir.resolve("pic.png"));
        assertThat(dialogs.suggestedNames).containsExactly("ha-web.png");
        dialogs.filesToSave.add(dir.resolve("pic.svg"));
        assertThat(session.export(true)).isFalse();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)[1]).contains("PNG");
    }
}
