package dev.vpclab.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.testing.Fixtures;
import dev.vpclab.model.validation.Expect.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The message bundles hold exactly the keys validation emits, in both languages, and every sentence renders. */
class BundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleTest.class.getResourceAsStream("/dev/vpclab/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    @Test
    void bothBundlesHoldExactlyTheKeysTheChecksDeclare() throws IOException {
        Set<String> declared = Validator.keys();
        assertThat(new TreeSet<>(load("validation.properties").stringPropertyNames())).isEqualTo(declared);
        assertThat(new TreeSet<>(load("validation_ko.properties").stringPropertyNames())).isEqualTo(declared);
    }

    @Test
    void everyKeyFollowsTheNamingScheme() {
        assertThat(Validator.keys()).allMatch(k -> k.matches("validation\\.[a-zA-Z]+\\.[a-zA-Z]+"));
    }

    @Test
    void koreanIsKoreanAndNotTheEnglishText() throws IOException {
        Properties en = load("validation.properties");
        Properties ko = load("validation_ko.properties");
        for (String key : Validator.keys()) {
            assertThat(ko.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
            assertThat(HANGUL.matcher(ko.getProperty(key)).find()).as(key + " has Hangul").isTrue();
        }
    }

    @Test
    void bothLanguagesUseTheSamePlaceholdersAndNoStrayApostrophes() throws IOException {
        Properties en = load("validation.properties");
        Properties ko = load("validation_ko.properties");
        for (String key : Validator.keys()) {
            assertThat(placeholders(ko.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
            for (String text : List.of(en.getProperty(key), ko.getProperty(key))) {
                assertThat(text.replace("''", "")).as(key + " quotes (a literal apostrophe is written '')").doesNotContain("'");
            }
        }
    }

    @Test
    void everyKeyIsEmittedBySomeSampleAndRendersWithItsArguments() {
        List<Sample> samples = RulesTest.samples();
        Set<String> emitted = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Sample s : samples) {
            Document doc = s.document().get();
            problems.addAll(Expect.validate(doc));
        }
        problems.addAll(Validator.run(List.of(new ValidatorTest.ExplodingCheck()), Fixtures.smallNetwork()));
        problems.forEach(p -> emitted.add(p.code()));
        assertThat(emitted).as("every key is reachable").containsExactlyInAnyOrderElementsOf(Validator.keys());
        for (Problem p : problems) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
                String text = p.text(locale);
                assertThat(text).as(p.code() + " " + locale).doesNotContain("{").doesNotContain("}").doesNotStartWith("validation.");
                for (Object arg : p.message().args()) {
                    if (arg instanceof String s && !s.isEmpty()) {
                        assertThat(text).as(p.code() + " " + locale + " names " + s).contains(s);
                    }
                }
            }
        }
    }

    @Test
    void everyArgumentIsUsedAndEveryPlaceholderHasOne() throws IOException {
        Properties en = load("validation.properties");
        for (Sample s : RulesTest.samples()) {
            for (Problem p : Validator.validate(s.document().get())) {
                Set<Integer> expected = new TreeSet<>();
                for (int i = 0; i < p.message().args().size(); i++) {
                    expected.add(i);
                }
                assertThat(placeholders(en.getProperty(p.code()))).as(p.code()).isEqualTo(expected);
            }
        }
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
