package dev.vpclab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.RuleCondition;
import dev.vpclab.model.resource.RuleCondition.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionMatcherTest {

    private static final Ipv4Address CLIENT = Ipv4Address.parse("198.51.100.77");

    @ParameterizedTest(name = "{0} {1} vs {2} → {3}")
    @CsvSource({
            "HOST_HEADER, api.example.com, API.Example.COM:443, true",
            "HOST_HEADER, *.example.com, www.example.com, true",
            "HOST_HEADER, *.example.com, example.com, false",
            "HOST_HEADER, ap?.example.com, api.example.com, true",
            "PATH_PATTERN, /api/*, /api/v1, true",
            "PATH_PATTERN, /api/*, /API/v1, false",
            "PATH_PATTERN, /api/*, /api, false",
            "PATH_PATTERN, /img/*.png, /img/a/b.png, true",
            "PATH_PATTERN, /a?c, /abc, true",
            "PATH_PATTERN, /a?c, /ac, false",
            "HTTP_REQUEST_METHOD, GET, GET, true",
            "HTTP_REQUEST_METHOD, GET, get, false",
            "SOURCE_IP, 198.51.100.0/24, -, true",
            "SOURCE_IP, 10.0.0.0/8, -, false",
    })
    void conditionsFollowAwsMatchingRules(Field field, String pattern, String value, boolean expected) {
        HttpRequest request = switch (field) {
            case HOST_HEADER -> HttpRequest.of(value, "/", "GET");
            case PATH_PATTERN -> HttpRequest.of("h", value, "GET");
            case HTTP_REQUEST_METHOD -> HttpRequest.of("h", "/", value);
            default -> HttpRequest.DEFAULT;
        };
        assertThat(ConditionMatcher.matches(new RuleCondition(field, null, List.of(pattern)), request, CLIENT)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "query {0} on {1} → {2}")
    @CsvSource({"version=2, version=2&lang=ko, true", "VERSION=2, version=2, true", "2, a=2, true", "version=3, version=2, false",
            "lang=k?, lang=ko, true", "version=2, '', false"})
    void queryStringsMatchKeyValuePairsWithoutCase(String condition, String query, boolean expected) {
        HttpRequest r = new HttpRequest("h", "/", "GET", Map.of(), query);
        assertThat(ConditionMatcher.matches(new RuleCondition(Field.QUERY_STRING, null, List.of(condition)), r, CLIENT)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"prod, PROD, true", "stag?ng, staging, true", "prod, dev, false"})
    void headersMatchNameAndValueWithoutCase(String pattern, String value, boolean expected) {
        HttpRequest r = new HttpRequest("h", "/", "GET", Map.of("x-env", value), "");
        assertThat(ConditionMatcher.matches(new RuleCondition(Field.HTTP_HEADER, "X-Env", List.of(pattern)), r, CLIENT)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void valuesAreOredAndConditionsAnded() {
        RuleCondition hosts = new RuleCondition(Field.HOST_HEADER, null, List.of("a.example.com", "b.example.com"));
        RuleCondition path = new RuleCondition(Field.PATH_PATTERN, null, List.of("/api/*"));
        assertThat(ConditionMatcher.matchesAll(List.of(hosts, path), HttpRequest.of("b.example.com", "/api/x", "GET"), CLIENT)).isTrue();
        assertThat(ConditionMatcher.matchesAll(List.of(hosts, path), HttpRequest.of("b.example.com", "/x", "GET"), CLIENT)).isFalse();
        assertThat(ConditionMatcher.matchesAll(List.of(hosts, path), HttpRequest.of("c.example.com", "/api/x", "GET"), CLIENT)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void thePathNeverIncludesTheQuery() {
        HttpRequest r = HttpRequest.of("h", "/search?q=x", "GET");
        assertThat(r.path()).isEqualTo("/search");
        assertThat(r.queryString()).isEqualTo("q=x");
    }
}
