package dev.vpclab.model.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The aws bundle speaks English and Korean for every sentence the importer says. */
class AwsBundleTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AwsBundleTest.class.getResourceAsStream("/dev/vpclab/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndKoreanHaveTheSameKeys() throws IOException {
        assertThat(load("aws_ko.properties").stringPropertyNames()).isEqualTo(load("aws.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(aws\\.[A-Za-z0-9.]+[A-Za-z0-9])\"");
        Path sources = Path.of("src/main/java/dev/vpclab/model/aws");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path f : files.toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(load("aws.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everySentenceFormatsInBothLanguagesWithoutLeftoverPlaceholders() throws IOException {
        for (String k : load("aws.properties").stringPropertyNames()) {
            Message m = Message.of(k, 2, 2, 2, 2);
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.KOREAN}) {
                assertThat(m.format(locale)).as(k + " " + locale).doesNotContain("{").doesNotStartWith(k);
            }
        }
        assertThat(Message.of("aws.unknownKey", "Widgets", 1).english())
                .isEqualTo("Top-level key Widgets (1 file) is not AWS CLI output this importer knows; it was skipped.");
        assertThat(Message.of("aws.skipped.tags", "Tags", 3).english()).contains("(3 files)", "resource's own tags");
    }
}
