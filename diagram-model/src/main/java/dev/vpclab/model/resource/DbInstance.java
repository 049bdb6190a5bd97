package dev.vpclab.model.resource;

import dev.vpclab.model.net.Ipv4Address;
import java.util.List;

/**
 * An RDS DB instance. Its endpoint resolves to the current primary; with Multi-AZ a synchronous standby waits
 * in another zone and takes over on failure (the endpoint flips after about 60–120 s).
 *
 * @param id the DB instance identifier
 * @param name Name tag
 * @param engine e.g. "postgres", "mysql"
 * @param instanceClass e.g. "db.t3.medium"
 * @param port the listening port
 * @param subnetIds the DB subnet group's subnets
 * @param securityGroupIds its VPC security groups
 * @param multiAz has a standby
 * @param primarySubnetId the subnet of the primary
 * @param primaryAddress the primary's private address
 * @param standbySubnetId the subnet of the standby, or null
 * @param standbyAddress the standby's private address, or null
 * @param publiclyAccessible resolves to a public address outside the VPC
 * @param endpointAddress the endpoint DNS name
 * @param maxConnections the connection limit the simulator uses
 * @param state only AVAILABLE answers
 */
public record DbInstance(String id, String name, String engine, String instanceClass, int port, List<String> subnetIds,
                         List<String> securityGroupIds, boolean multiAz, String primarySubnetId,
                         Ipv4Address primaryAddress, String standbySubnetId, Ipv4Address standbyAddress,
                         boolean publiclyAccessible, String endpointAddress, int maxConnections, LifecycleState state)
        implements Resource {
    /** Validates. */
    public DbInstance {
        Req.id(id, "DB instance");
        name = Req.name(name);
        engine = engine == null || engine.isBlank() ? "postgres" : engine;
        instanceClass = instanceClass == null || instanceClass.isBlank() ? "db.t3.medium" : instanceClass;
        if (port == 0) {
            port = defaultPort(engine);
        }
        Req.range(port, 1, 65535, "database port");
        subnetIds = Req.list(subnetIds);
        securityGroupIds = Req.list(securityGroupIds);
        Req.ref(primarySubnetId, "the DB instance's primary subnet");
        if (primaryAddress == null) {
            throw new IllegalArgumentException("DB instance " + id + " needs the primary's private address");
        }
        standbySubnetId = Req.optRef(standbySubnetId);
        endpointAddress = Req.text(endpointAddress);
        if (maxConnections <= 0) {
            maxConnections = 100;
        }
        state = Req.nonNull(state, LifecycleState.AVAILABLE);
    }

    /**
     * @param engine an engine name
     * @return its usual port
     */
    public static int defaultPort(String engine) {
        String e = engine.toLowerCase(java.util.Locale.ROOT);
        if (e.contains("postgres")) {
            return 5432;
        }
        if (e.contains("sqlserver")) {
            return 1433;
        }
        if (e.contains("oracle")) {
            return 1521;
        }
        return 3306;
    }
}
