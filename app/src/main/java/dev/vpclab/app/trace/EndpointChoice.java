package dev.vpclab.app.trace;

/**
 * One entry of the From and To pickers.
 *
 * @param spec what is traced from or to (as {@code vpclab trace --from} takes it: a Name, an id, "internet")
 * @param name what the list shows first
 * @param detail what it shows after, muted (the id, the address)
 * @param icon the icon kind
 */
public record EndpointChoice(String spec, String name, String detail, String icon) {

    @Override
    public String toString() {
        return spec;
    }
}
