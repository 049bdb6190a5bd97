package dev.vpclab.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.engine.Network;
import dev.vpclab.engine.testing.NetworkBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tracer's and the simulator's sentences exist in English and Korean, key for key, and all format. */
class BundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/dev/vpclab/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"trace", "sim"})
    void everyKeyIsInBothLanguagesAndEveryPatternFormats(String bundle) throws IOException {
        Properties en = load(bundle);
        Properties ko = load(bundle + "_ko");
        assertThat(ko.stringPropertyNames()).as("Korean keys of " + bundle).isEqualTo(en.stringPropertyNames());
        Object[] args = {"a", "b", "c", "d", "e", "f", "g", "h"};
        for (Properties p : new Properties[] {en, ko}) {
            for (String key : p.stringPropertyNames()) {
                String text = new MessageFormat(p.getProperty(key), Locale.ROOT).format(args);
                assertThat(text).as(key).doesNotContain("{0}");
            }
        }
    }

    @Test
    void aNameThatNamesNothingIsExplainedInTheUsersLanguage() {
        Network net = new NetworkBuilder().vpc("vpc-a", "10.0.0.0/16").subnet("subnet-a", "vpc-a", "a", "10.0.1.0/24")
                .instance("i-1", "subnet-a", "10.0.1.10").network();
        assertThatThrownBy(() -> Endpoints.resolve(net, "nonesuch")).isInstanceOf(EndpointException.class)
                .satisfies(e -> {
                    EndpointException x = (EndpointException) e;
                    assertThat(x.message().english()).startsWith("nothing in the model is called 'nonesuch': use");
                    assertThat(x.message().korean()).startsWith("모델에 'nonesuch'(이)라는 것이 없습니다");
                });
    }
}
