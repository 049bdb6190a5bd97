package dev.vpclab.model.validation;

/** How bad a validation problem is: errors make {@code vpclab validate} exit 1, warnings do not. */
public enum Severity {
    /** AWS would refuse it, or it cannot work. */
    ERROR,
    /** AWS accepts it, but it is probably a mistake. */
    WARNING
}
