package dev.vpclab.app.find;

/**
 * A resource found by Find.
 *
 * @param id the resource's id
 * @param label its name, else its id
 * @param icon its icon name
 * @param detail what matched, e.g. "10.0.12.24" or "subnet-0app1a"
 * @param revealKey the element to select and centre on (an instance for its attached interface)
 * @param rank lower is better: 0 exact, 1 prefix, 2 contains, 3 an address inside a block
 */
public record FindMatch(String id, String label, String icon, String detail, String revealKey, int rank) {
}
