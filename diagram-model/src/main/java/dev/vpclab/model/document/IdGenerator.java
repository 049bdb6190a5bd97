package dev.vpclab.model.document;

import dev.vpclab.model.resource.ResourceKind;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Makes ids in AWS style: the kind's prefix and 17 hex digits ("vpc-0a1b2c3d4e5f60718"); for kinds AWS names
 * by ARN or name, a readable slug. Seeded for repeatable tests.
 */
public final class IdGenerator {

    private final Random random;

    /** @param seed a seed, for repeatable ids */
    public IdGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Ids from an unpredictable seed. */
    public IdGenerator() {
        this.random = new Random();
    }

    /**
     * @param kind the kind
     * @param taken ids already in use
     * @return a new id of that kind that is not taken
     */
    public String next(ResourceKind kind, Predicate<String> taken) {
        return next(kind, "", taken);
    }

    /**
     * @param kind the kind
     * @param name a name to build readable ids from, for kinds without an AWS id prefix
     * @param taken ids already in use
     * @return a new id of that kind that is not taken
     */
    public String next(ResourceKind kind, String name, Predicate<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String id;
            if (!kind.idPrefix().isEmpty()) {
                id = kind.idPrefix() + hex(17);
            } else {
                String slug = slug(name.isBlank() ? kind.typeName() : name);
                id = attempt == 0 && !slug.isEmpty() ? slug : slug + "-" + hex(4);
            }
            if (!taken.test(id)) {
                return id;
            }
        }
    }

    private String hex(int digits) {
        StringBuilder sb = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            sb.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sb.toString();
    }

    private static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.length() > 48 ? s.substring(0, 48) : s;
    }
}
