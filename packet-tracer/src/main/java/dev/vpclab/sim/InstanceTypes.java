package dev.vpclab.sim;

import java.util.Locale;

/**
 * vCPUs per EC2 instance type (and RDS instance class), from the size name the way AWS sizes its families:
 * nano to large have 2 vCPUs (t2.nano, t2.micro and t2.small 1), xlarge 4, Nxlarge 4·N, metal 96
 * (<a href="https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html">instance type specifications</a>).
 */
public final class InstanceTypes {

    private InstanceTypes() {
    }

    /**
     * @param type e.g. "t3.micro", "m5.large", "c5.xlarge", "db.r6g.2xlarge"
     * @return its vCPUs (2 when the size is not recognised)
     */
    public static int vcpus(String type) {
        String t = type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("db.")) {
            t = t.substring(3);
        }
        int dot = t.lastIndexOf('.');
        String family = dot < 0 ? "" : t.substring(0, dot);
        String size = dot < 0 ? t : t.substring(dot + 1);
        if (family.equals("t2") && (size.equals("nano") || size.equals("micro") || size.equals("small"))) {
            return 1;
        }
        switch (size) {
            case "nano": case "micro": case "small": case "medium": case "large": return 2;
            case "xlarge": return 4;
            case "metal": return 96;
            default: break;
        }
        if (size.endsWith("xlarge")) {
            try {
                return 4 * Integer.parseInt(size.substring(0, size.length() - "xlarge".length()));
            } catch (NumberFormatException e) {
                return 2;
            }
        }
        return 2;
    }
}
