package dev.vpclab.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The canvas speaks English and Korean: both bundles hold the same keys, and every key the code names exists. */
class CanvasBundleTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CanvasBundleTest.class.getResourceAsStream("/dev/vpclab/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndKoreanHoldTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("canvas_ko.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("canvas.properties").stringPropertyNames()));
    }

    @Test
    void everyLiteralKeyInTheCodeExists() throws IOException {
        Set<String> keys = load("canvas.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("\"(canvas\\.[a-zA-Z.\\-]+[a-zA-Z])\"");
        Set<String> used = new TreeSet<>();
        for (String pkg : new String[] {"canvas", "render"}) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/vpclab/app", pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }
}
