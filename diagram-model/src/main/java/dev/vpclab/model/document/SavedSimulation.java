package dev.vpclab.model.document;

import java.util.List;

/**
 * A simulation kept with a document: the arguments of {@code vpclab simulate} after MODEL, so that the app
 * and the command line read them with one parser.
 *
 * @param name what the scenario list shows
 * @param description what it demonstrates
 * @param arguments e.g. ["--duration", "30m", "--rate", "20", "--profile", "spike"]
 */
public record SavedSimulation(String name, String description, List<String> arguments) {
    /** Validates. */
    public SavedSimulation {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a saved simulation needs a name");
        }
        description = description == null ? "" : description;
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
