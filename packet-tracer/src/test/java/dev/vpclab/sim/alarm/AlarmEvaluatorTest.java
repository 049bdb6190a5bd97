package dev.vpclab.sim.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.resource.Alarm.Comparison;
import dev.vpclab.model.resource.Alarm.TreatMissingData;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CloudWatch's alarm evaluation tables: the AWS guide's examples of M out of N with missing data
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-evaluating-missing-data)
 * and checklist item 40. Datapoints are written oldest first: X breaches, 0 does not, - is missing; the threshold is
 * "greater than 1" so X = 5 and 0 = 0.
 */
class AlarmEvaluatorTest {

    private static AlarmState run(int m, int n, String points, TreatMissingData treat, AlarmState current) {
        String[] p = points.trim().split("\\s+");
        double[] values = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            values[i] = p[i].equals("X") ? 5 : p[i].equals("0") ? 0 : Double.NaN;
        }
        Evaluation e = AlarmEvaluator.evaluate(new AlarmCriteria(m, n, Comparison.GREATER_THAN_THRESHOLD, 1, treat), values, current);
        assertThat(e.reason()).isNotNull();
        assertThat(e.reason().format(Locale.ENGLISH)).doesNotStartWith("sim.");
        assertThat(e.reason().format(Locale.KOREAN)).doesNotStartWith("sim.");
        return e.state();
    }

    @ParameterizedTest(name = "M=3 N=3 [{0}]: missing {1}, ignore {2}, breaching {3}, notBreaching {4}")
    @CsvSource(delimiter = '|', value = {
        "0 - X - X | OK                | OK     | OK    | OK",
        "0 - - - - | OK                | OK     | OK    | OK",
        "- - - - - | INSUFFICIENT_DATA | RETAIN | ALARM | OK",
        "0 X X - X | ALARM             | ALARM  | ALARM | ALARM",
        "- - - - X | INSUFFICIENT_DATA | RETAIN | ALARM | OK",
        "X - - - - | ALARM             | RETAIN | ALARM | OK",
    })
    void threeOfThree(String points, String missing, String ignore, String breaching, String notBreaching) {
        check(3, 3, points, missing, ignore, breaching, notBreaching);
    }

    @ParameterizedTest(name = "M=2 N=3 [{0}]: missing {1}, ignore {2}, breaching {3}, notBreaching {4}")
    @CsvSource(delimiter = '|', value = {
        "0 - X - X | ALARM             | ALARM  | ALARM | ALARM",
        "0 0 X 0 X | ALARM             | ALARM  | ALARM | ALARM",
        "0 - X - - | OK                | OK     | ALARM | OK",
        "- - - - 0 | OK                | OK     | ALARM | OK",
        "- - - - X | INSUFFICIENT_DATA | RETAIN | ALARM | OK",
    })
    void twoOfThree(String points, String missing, String ignore, String breaching, String notBreaching) {
        check(2, 3, points, missing, ignore, breaching, notBreaching);
    }

    @ParameterizedTest(name = "checklist 40, M=3 N=5 [{0}]: missing {1}, ignore {2}, breaching {3}, notBreaching {4}")
    @CsvSource(delimiter = '|', value = {
        "- - X 0 X 0 X | ALARM             | ALARM  | ALARM | ALARM",
        "- - - - - - - | INSUFFICIENT_DATA | RETAIN | ALARM | OK",
        "- - 0 X 0 X 0 | OK                | OK     | OK    | OK",
        "- - X X 0 0 X | ALARM             | ALARM  | ALARM | ALARM",
        "X X X 0 0 0 0 | OK                | OK     | OK    | OK",
        "- - X - X - - | ALARM             | RETAIN | ALARM | OK",
        "- - 0 - - - X | OK                | OK     | ALARM | OK",
        "- - - - - X X | INSUFFICIENT_DATA | RETAIN | ALARM | OK",
        "X X X - - - - | ALARM             | ALARM  | ALARM | ALARM",
    })
    void threeOfFive(String points, String missing, String ignore, String breaching, String notBreaching) {
        check(3, 5, points, missing, ignore, breaching, notBreaching);
    }

    private static void check(int m, int n, String points, String missing, String ignore, String breaching, String notBreaching) {
        for (AlarmState current : AlarmState.values()) {
            assertThat(run(m, n, points, TreatMissingData.MISSING, current)).as("missing").isEqualTo(expected(missing, current));
            assertThat(run(m, n, points, TreatMissingData.IGNORE, current)).as("ignore").isEqualTo(expected(ignore, current));
            assertThat(run(m, n, points, TreatMissingData.BREACHING, current)).as("breaching").isEqualTo(expected(breaching, current));
            assertThat(run(m, n, points, TreatMissingData.NOT_BREACHING, current)).as("notBreaching").isEqualTo(expected(notBreaching, current));
        }
    }

    private static AlarmState expected(String text, AlarmState current) {
        return text.equals("RETAIN") ? current : AlarmState.valueOf(text);
    }

    @ParameterizedTest(name = "{0} {1} 3: {2}")
    @CsvSource({
        "GREATER_THAN_THRESHOLD, 3, false",
        "GREATER_THAN_THRESHOLD, 3.5, true",
        "GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 3, true",
        "LESS_THAN_THRESHOLD, 3, false",
        "LESS_THAN_THRESHOLD, 2.9, true",
        "LESS_THAN_OR_EQUAL_TO_THRESHOLD, 3, true",
    })
    void comparisons(Comparison comparison, double value, boolean breaches) {
        AlarmCriteria c = new AlarmCriteria(1, 1, comparison, 3, TreatMissingData.MISSING);
        Evaluation e = AlarmEvaluator.evaluate(c, new double[] {value}, AlarmState.INSUFFICIENT_DATA);
        assertThat(e.state()).isEqualTo(breaches ? AlarmState.ALARM : AlarmState.OK);
    }
}
