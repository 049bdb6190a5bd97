package dev.vpclab.model.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Regions people draw most, with their display names and zone letters; any other code is allowed too. */
public final class AwsRegions {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("us-east-1", "US East (N. Virginia)");
        NAMES.put("us-east-2", "US East (Ohio)");
        NAMES.put("us-west-1", "US West (N. California)");
        NAMES.put("us-west-2", "US West (Oregon)");
        NAMES.put("ap-northeast-2", "Asia Pacific (Seoul)");
        NAMES.put("ap-northeast-1", "Asia Pacific (Tokyo)");
        NAMES.put("ap-southeast-1", "Asia Pacific (Singapore)");
        NAMES.put("ap-southeast-2", "Asia Pacific (Sydney)");
        NAMES.put("eu-west-1", "Europe (Ireland)");
        NAMES.put("eu-central-1", "Europe (Frankfurt)");
        NAMES.put("sa-east-1", "South America (São Paulo)");
        NAMES.put("ca-central-1", "Canada (Central)");
    }

    private AwsRegions() {
    }

    /** @return known region codes in menu order */
    public static List<String> codes() {
        return List.copyOf(NAMES.keySet());
    }

    /** @param code a region code @return its display name, or the code itself */
    public static String displayName(String code) {
        return NAMES.getOrDefault(code, code);
    }

    /** @param code a region code @return the zone names people usually use: a, b, c (a–d for us-east-1) */
    public static List<String> zones(String code) {
        if ("us-east-1".equals(code)) {
            return List.of(code + "a", code + "b", code + "c", code + "d");
        }
        if ("ap-northeast-2".equals(code)) {
            return List.of(code + "a", code + "b", code + "c", code + "d");
        }
        return List.of(code + "a", code + "b", code + "c");
    }

    /**
     * @param zoneName a zone name like "us-east-1a"
     * @return its region code ("us-east-1"), or the name itself if it does not look like a zone name
     */
    public static String regionOfZone(String zoneName) {
        if (zoneName != null && zoneName.length() > 1 && Character.isLetter(zoneName.charAt(zoneName.length() - 1))
                && Character.isDigit(zoneName.charAt(zoneName.length() - 2))) {
            return zoneName.substring(0, zoneName.length() - 1);
        }
        return zoneName;
    }
}
