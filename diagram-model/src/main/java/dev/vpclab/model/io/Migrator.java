package dev.vpclab.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Finds a file's format version and brings its tree up to the current one, one {@link Migration} at a time;
 * refuses files from a newer VPC Lab.
 */
final class Migrator {

    /** The version key of format 2 onwards. */
    static final String VERSION_KEY = "formatVersion";
    /** The version key of the format 1 draft. */
    static final String DRAFT_VERSION_KEY = "version";

    private final List<Migration> steps;
    private final int current;

    /**
     * @param steps one step per version, from version 1 upwards, without gaps
     * @param current the version the last step produces
     */
    Migrator(List<Migration> steps, int current) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).fromVersion() != i + 1) {
                throw new IllegalArgumentException("migration " + i + " reads format " + steps.get(i).fromVersion()
                        + ", expected " + (i + 1));
            }
        }
        if (steps.size() != current - 1) {
            throw new IllegalArgumentException(steps.size() + " migrations do not lead from format 1 to format " + current);
        }
        this.steps = List.copyOf(steps);
        this.current = current;
    }

    /** @return the migrations of this version of VPC Lab */
    static Migrator standard() {
        return new Migrator(List.of(new InlineBoundsMigration()), DocumentFormat.CURRENT_VERSION);
    }

    /**
     * Migrates the tree in place to the current version and sets its version key.
     *
     * @param root the document tree
     * @return the version the file was written in
     * @throws InvalidFileException when the version is missing, unknown or newer, or a step fails
     */
    int migrate(ObjectNode root) throws InvalidFileException {
        int version = versionOf(root);
        if (version > current) {
            throw new InvalidFileException("", "it was written by a newer VPC Lab (format " + version + "); this version reads up to format "
                    + current, "Update VPC Lab to open it.");
        }
        for (int v = version; v < current; v++) {
            steps.get(v - 1).migrate(root);
            root.put(VERSION_KEY, v + 1);
        }
        return version;
    }

    private static int versionOf(ObjectNode root) throws InvalidFileException {
        String key = root.has(VERSION_KEY) ? VERSION_KEY : root.has(DRAFT_VERSION_KEY) ? DRAFT_VERSION_KEY : null;
        if (key == null) {
            throw new InvalidFileException("", "it has no \"" + VERSION_KEY + "\", so it is not a VPC Lab document",
                    "Open a .vpclab file saved by VPC Lab; to bring in a network from AWS, use Import.");
        }
        JsonNode node = root.get(key);
        String pointer = Pointers.field("", key);
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new InvalidFileException(pointer, "expected a whole number like 2 but found " + TokenNames.describe(node), null);
        }
        int version = node.intValue();
        if (version < 1 || (key.equals(DRAFT_VERSION_KEY) && version != 1)) {
            throw new InvalidFileException(pointer, "there is no format " + version + " of VPC Lab documents", null);
        }
        return version;
    }
}
