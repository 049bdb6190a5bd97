package dev.vpclab.sim;

/**
 * An Auto Scaling group's capacity now.
 *
 * @param groupId its id
 * @param name its name
 * @param minSize minimum
 * @param desiredCapacity desired now
 * @param maxSize maximum
 * @param inService instances in service
 * @param pending instances launching
 * @param terminating instances being terminated
 */
public record GroupStatus(String groupId, String name, int minSize, int desiredCapacity, int maxSize, int inService, int pending,
                          int terminating) {
}
