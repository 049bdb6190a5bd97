package dev.vpclab.icons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContactSheetTest {

    @BeforeAll
    static void startFx() throws InterruptedException {
        JavaFx.start();
    }

    @Test
    void writesTheContactSheetWithEveryIcon() throws Exception {
        Path target = Path.of(System.getProperty("vpclab.icons.contactSheet", "target/contact-sheet.png"));
        ContactSheet.write(target, 48);
        ContactSheet.write(target.resolveSibling("contact-sheet-96.png"), 96);
        Files.write(target.resolveSibling("contact-sheet-16px-magnified.png"), ContactSheet.smallMagnifiedPng(5));

        Image sheet = new Image(new ByteArrayInputStream(Files.readAllBytes(target)));
        assertThat(sheet.isError()).isFalse();
        int rows = (IconKind.values().length + 5) / 6;
        assertThat(sheet.getHeight()).isGreaterThan(rows * 48.0);
        assertThat(sheet.getWidth()).isGreaterThan(6 * 48.0);
    }
}
