package dev.vpclab.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.i18n.Message;
import dev.vpclab.trace.ComponentType;
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

/** Trace mode speaks English and Korean alike: both bundles hold the same keys, and every key the code names. */
class TraceBundleTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TraceBundleTest.class.getResourceAsStream("/dev/vpclab/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndKoreanHaveTheSameKeys() throws IOException {
        assertThat(bundle("tracemode_ko.properties").stringPropertyNames()).isEqualTo(bundle("tracemode.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesIsThere() throws IOException {
        Set<String> keys = bundle("tracemode.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(tracemode\\.[A-Za-z_.]+[A-Za-z_])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/vpclab/app"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (ComponentType t : ComponentType.values()) {
            used.add("tracemode.type." + t.name().toLowerCase(Locale.ROOT));
        }
        for (Decision d : Decision.values()) {
            used.add(d.key());
        }
        for (Verdict v : Verdict.values()) {
            used.add(v.key());
            used.add(v.statusKey());
        }
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(keys).containsAll(used);
    }

    @Test
    void sentencesReadWellInBothLanguages() {
        Message m = Message.of("tracemode.mark.noRoute", 8, "forward", "93.184.216.34");
        assertThat(m.english()).isEqualTo("No route matches 93.184.216.34: trace hop 8 (forward) stops here.");
        assertThat(m.korean()).isEqualTo("93.184.216.34과(와) 맞는 경로가 없습니다. 추적 홉 8(forward)이(가) 여기서 멈춥니다.");
        assertThat(Message.of("tracemode.fix.manual").english()).doesNotContain("'");
    }
}
