package dev.vpclab.model.document;

/**
 * One reference from a resource to another, as {@link References} lists them.
 *
 * @param field the field that holds it, as the file names it ("vpcId", "routes[2].target")
 * @param targetId the id referred to
 * @param onDelete what happens to the referring resource when the target is removed
 */
public record Reference(String field, String targetId, OnDelete onDelete) {

    /** What removing the target does to the referring resource. */
    public enum OnDelete {
        /** The referrer goes too (a subnet with its VPC); a file may not leave it dangling. */
        CASCADE,
        /** The reference is dropped from the referrer (a subnet's route table association); a file may not leave it dangling. */
        CLEAR,
        /** The reference stays and dangles, as AWS leaves it: a blackhole route, a stale rule. Validation reports it. */
        KEEP
    }
}
