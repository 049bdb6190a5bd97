package dev.vpclab.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The simulation mode's sentences exist in English and Korean alike, and each is a valid message pattern. */
class SimModeBundleTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SimModeBundleTest.class.getResourceAsStream("/dev/vpclab/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyIsInBothLanguagesAndEveryPatternParses() throws IOException {
        Properties en = load("simmode.properties");
        Properties ko = load("simmode_ko.properties");
        assertThat(ko.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(key).startsWith("simmode.");
            new MessageFormat(en.getProperty(key));
            new MessageFormat(ko.getProperty(key));
        }
        assertThat(ko.getProperty("simmode.state.running")).isEqualTo("실행 중");
    }
}
