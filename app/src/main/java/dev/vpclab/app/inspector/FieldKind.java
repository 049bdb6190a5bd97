package dev.vpclab.app.inspector;

/** How the inspector shows and edits one field of a resource. */
public enum FieldKind {
    /** Free text parsed by the field's type: names, CIDR blocks, addresses, port ranges, comma lists of those. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A decimal number. */
    DECIMAL,
    /** A switch. */
    BOOLEAN,
    /** One of an enum's values. */
    CHOICE,
    /** A reference to other resources, shown by name; changed by dragging on the canvas or a dedicated editor. */
    REFERENCE,
    /** Shown, never edited (the id; whether a table is the main one). */
    READ_ONLY
}
