package dev.vpclab.model.aws;

import dev.vpclab.model.document.Document;
import java.util.List;
import java.util.Objects;

/**
 * What importing a folder of AWS CLI output gives: a consistent document without layout, and everything the
 * import skipped, guessed or dropped, in the order it was noticed.
 *
 * @param document the imported network; every CASCADE and CLEAR reference resolves, nothing is placed yet
 * @param warnings what could not be mapped as AWS reported it
 */
public record ImportResult(Document document, List<ImportWarning> warnings) {

    /** Validates and copies. */
    public ImportResult {
        Objects.requireNonNull(document, "document");
        warnings = List.copyOf(warnings);
    }
}
