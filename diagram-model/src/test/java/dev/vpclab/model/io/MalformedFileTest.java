package dev.vpclab.model.io;

import static dev.vpclab.model.io.Reading.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.model.testing.Fixtures;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not a readable document at all are refused with one line, never a stack trace. */
class MalformedFileTest {

    @TempDir
    Path dir;

    @Test
    void textThatIsNotJsonIsRefusedWithItsPosition() {
        DocumentReadException e = refusal("formatVersion: 2");

        assertThat(e.getMessage()).startsWith("Cannot open net.vpclab at line 1, column ").contains("it is not valid JSON")
                .endsWith("The file is damaged or was not written by VPC Lab; open the backup net.vpclab.bak if there is one.");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void binaryContentIsRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        Path file = dir.resolve("picture.vpclab");
        Files.write(file, png);

        assertThatThrownBy(() -> DocumentFormat.read(file)).isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("Cannot open " + file + " at line 1").hasMessageContaining("not valid JSON");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refusal("").reason()).isEqualTo("the file is empty");
        assertThat(refusal(" \n\t ").reason()).isEqualTo("the file is empty");
    }

    @Test
    void aTruncatedFileIsRefusedWhereItEnds() {
        String json = DocumentFormat.toJson(Fixtures.smallNetwork());
        String cut = json.substring(0, json.indexOf("\"name\": \"public-a\"") + 12);

        DocumentReadException e = refusal(cut);

        assertThat(e.reason()).isEqualTo("the file ends in the middle of the document (it may have been cut off)");
        assertThat(e.line()).isEqualTo(Reading.lineOf(json, "\"name\": \"public-a\""));
        assertThat(e.pointer()).startsWith("/resources/").endsWith("/name");
    }

    @Test
    void everyCutOfAFileIsRefusedCleanly() {
        String json = DocumentFormat.toJson(Fixtures.everyKind());
        for (int end = 0; end < json.length() - 3; end += 97) {
            DocumentReadException e = refusal(json.substring(0, end));
            assertThat(e.reason()).as("cut at %d", end).isIn("the file is empty",
                    "the file ends in the middle of the document (it may have been cut off)");
        }
    }

    @Test
    void aTopLevelThatIsNotAnObjectIsRefused() {
        assertThat(refusal("[{\"formatVersion\": 2}]").reason()).startsWith("it holds a list [ … ] where a VPC Lab document starts");
        assertThat(refusal("42").reason()).startsWith("it holds the number 42 where");
    }

    @Test
    void textAfterTheDocumentIsRefused() {
        DocumentReadException e = refusal("{\"formatVersion\": 2}\n{\"formatVersion\": 2}");

        assertThat(e.reason()).isEqualTo("there is more text after the end of the document");
        assertThat(e.line()).isEqualTo(2);
        assertThat(refusal("{\"formatVersion\": 2} x").reason()).contains("not valid JSON");
    }

    @Test
    void aKeyTwiceInOneObjectIsRefused() {
        DocumentReadException e = refusal("{\"formatVersion\": 2, \"info\": {\"title\": \"a\", \"title\": \"b\"}}");

        assertThat(e.pointer()).isEqualTo("/info/title");
        assertThat(e.reason()).contains("Duplicate field 'title'");
    }

    @Test
    void absurdlyDeepNestingIsRefusedWithoutOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        DocumentReadException e = refusal("{\"formatVersion\": 2, \"info\": {\"title\": " + deep + "}}");

        assertThat(e.reason()).isEqualTo("values are nested more than 64 levels deep");
        assertThat(e.pointer()).startsWith("/info/title/0/0/");
        assertThat(e.getMessage()).hasSizeLessThan(400);
    }

    @Test
    void nestingWellWithinTheLimitIsAcceptedEvenInUnknownFields() throws Exception {
        String nested = "[".repeat(50) + "]".repeat(50);

        ReadResult result = Reading.read("{\"formatVersion\": 2, \"future\": " + nested + "}");

        assertThat(result.warnings()).containsExactly("/future: unknown field \"future\" was ignored (a newer VPC Lab may have written it)");
    }

    @Test
    void hugeTextIsRefusedAtItsPlace() {
        String huge = "x".repeat(DocumentMapper.MAX_STRING_LENGTH + 1);

        DocumentReadException e = refusal("{\"formatVersion\": 2, \"info\": {\"description\": \"" + huge + "\"}}");

        assertThat(e.reason()).isEqualTo("a text value is longer than 1000000 characters");
        assertThat(e.pointer()).isEqualTo("/info/description");
    }

    @Test
    void hugeNumbersAndHugeFieldNamesAreRefused() {
        assertThat(refusal("{\"formatVersion\": 2, \"n\": " + "9".repeat(1_000) + "}").reason())
                .isEqualTo("a number is longer than 100 digits");
        assertThat(refusal("{\"formatVersion\": 2, \"" + "k".repeat(DocumentMapper.MAX_NAME_LENGTH + 1) + "\": 1}").reason())
                .isEqualTo("a field name is longer than 10000 characters");
    }

    @Test
    void aFileOverFiftyMegabytesIsRefusedBeforeItIsParsed() throws Exception {
        Path file = dir.resolve("huge.vpclab");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(DocumentFormat.MAX_FILE_BYTES + 1);
        }

        assertThatThrownBy(() -> DocumentFormat.read(file)).isInstanceOf(DocumentReadException.class)
                .hasMessage("Cannot open " + file + ": the file is 50.0 MB; VPC Lab opens documents of up to 50 MB. "
                        + "Check that this is the right file.");
    }

    @Test
    void aStreamOverFiftyMegabytesIsRefusedWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };

        assertThatThrownBy(() -> DocumentFormat.read(endless, "pipe")).isInstanceOf(DocumentReadException.class)
                .hasMessage("Cannot open pipe: it is larger than 50 MB; VPC Lab opens documents of up to 50 MB. Check that this is the right file.");
    }

    @Test
    void aFileJustUnderTheLimitIsParsed() throws Exception {
        Path file = dir.resolve("padded.vpclab");
        byte[] head = "{\"formatVersion\": 2}".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[(int) DocumentFormat.MAX_FILE_BYTES];
        java.util.Arrays.fill(content, (byte) ' ');
        System.arraycopy(head, 0, content, 0, head.length);
        Files.write(file, content);

        assertThat(DocumentFormat.load(file).size()).isZero();
    }

    @Test
    void aMissingFileOrAFolderIsRefused() {
        assertThatThrownBy(() -> DocumentFormat.read(dir.resolve("nothing.vpclab"))).isInstanceOf(DocumentReadException.class)
                .hasMessage("Cannot open " + dir.resolve("nothing.vpclab") + ": the file does not exist. Check the file's name and location.");
        assertThatThrownBy(() -> DocumentFormat.read(dir)).isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("it is a folder, not a file");
    }
}
