package dev.vpclab.sim;

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

/** Every simulator sentence exists in English and Korean, and every key the code uses is in the bundles. */
class SimMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SimMessagesTest.class.getResourceAsStream("/dev/vpclab/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndKoreanHaveTheSameKeys() throws IOException {
        Properties en = bundle("sim.properties");
        Properties ko = bundle("sim_ko.properties");
        assertThat(new TreeSet<>(ko.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("sim."));
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties en = bundle("sim.properties");
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(sim\\.[A-Za-z.]+)\"");
        Path main = Path.of("src/main/java/dev/vpclab/sim");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (key.endsWith(".")) {
                        used.add(key + "step");
                        used.add(key + "simple");
                    } else {
                        used.add(key);
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(en.stringPropertyNames()).containsAll(used);
    }
}
