package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates a document: returns every problem found (what, where, how to fix), sorted by resource id, field
 * and message key, and never throws for anything a user can draw. The rules come from the AWS documentation
 * cited in {@code aws-network-semantics.md}; each area lives in its own {@link Check}.
 */
public final class Validator {

    /** Emitted when a check itself fails, so that a bug in one rule never hides the others. */
    static final String CHECK_FAILED = "validation.document.checkFailed";

    private static final List<Check> CHECKS = List.of(
            new ReferenceChecks(),
            new CidrChecks(),
            new AddressChecks(),
            new RouteTableChecks(),
            new RouteTargetChecks(),
            new AclChecks(),
            new GatewayChecks(),
            new PeeringChecks(),
            new SecurityGroupChecks(),
            new ExposureChecks(),
            new LoadBalancerChecks(),
            new TargetGroupChecks(),
            new ComputeChecks(),
            new DatabaseChecks(),
            new MonitoringChecks());

    /** Problems in reading order: resource id, then field (numbers in brackets compared as numbers), then key. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::resourceId)
            .thenComparing(Problem::field, Validator::compareFields)
            .thenComparing(Problem::code)
            .thenComparing(Problem::severity)
            .thenComparing(p -> p.message().args().toString());

    private Validator() {
    }

    /**
     * Checks a document.
     *
     * @param document the document
     * @return every problem, errors and warnings, in {@link #ORDER}; empty when all is well
     */
    public static List<Problem> validate(Document document) {
        return run(CHECKS, document);
    }

    /**
     * @param document the document
     * @return true if validation finds at least one error (warnings do not count)
     */
    public static boolean hasErrors(Document document) {
        return validate(document).stream().anyMatch(Problem::isError);
    }

    /** @return every message key validation can emit, sorted */
    public static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        keys.add(CHECK_FAILED);
        for (Check c : CHECKS) {
            keys.addAll(c.keys());
        }
        return Collections.unmodifiableSet(keys);
    }

    /**
     * Runs the given checks; a check that throws yields one {@link #CHECK_FAILED} error instead of a stack trace.
     *
     * @param checks the checks
     * @param document the document
     * @return the problems in {@link #ORDER}, without duplicates
     */
    static List<Problem> run(List<Check> checks, Document document) {
        ValidationContext context = new ValidationContext(document);
        Problems problems = new Problems();
        for (Check check : checks) {
            try {
                check.run(context, problems);
            } catch (RuntimeException e) {
                String name = check.getClass().getSimpleName();
                problems.error("", "", CHECK_FAILED, name.isEmpty() ? check.getClass().getName() : name,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        List<Problem> sorted = new ArrayList<>(problems.found());
        sorted.sort(ORDER);
        return List.copyOf(sorted.stream().distinct().toList());
    }

    /** Compares field paths so that "entries[2]" comes before "entries[10]". */
    static int compareFields(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = i;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int c = compareDigits(a.substring(i, ei), b.substring(j, ej));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int compareDigits(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
