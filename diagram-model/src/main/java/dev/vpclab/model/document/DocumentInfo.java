package dev.vpclab.model.document;

/**
 * What a document says about itself.
 *
 * @param title a title
 * @param description free text, e.g. a lesson's instructions
 */
public record DocumentInfo(String title, String description) {
    /** Nothing said. */
    public static final DocumentInfo EMPTY = new DocumentInfo("", "");

    /** Normalises nulls. */
    public DocumentInfo {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
    }
}
