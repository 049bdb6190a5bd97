package dev.vpclab.sim;

import dev.vpclab.model.resource.DbInstance;

/**
 * The RDS instance the application queries: each request that needs it holds one connection while it is in
 * flight (up to the instance's connection limit) and costs it some CPU. When the primary fails, a Multi-AZ
 * instance flips its endpoint to the standby after 60–120 s; until then connections fail
 * (<a href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html">Multi-AZ
 * failover</a>).
 */
final class DatabaseModel {

    DbInstance db;
    final int vcpus;
    boolean available = true;
    boolean failingOver;
    double connections;
    double work;
    double utilisation;
    double cpuMinute;
    double connectionsMinute;
    int samples;

    DatabaseModel(DbInstance db) {
        this.db = db;
        this.vcpus = InstanceTypes.vcpus(db.instanceClass());
    }

    /** @return its identifier */
    String id() {
        return db.id();
    }

    /**
     * @param host the application server
     * @return true if a new query from it gets a connection now
     */
    boolean accepts(Host host) {
        return available && host.dbOk && connections < db.maxConnections();
    }

    /**
     * @param queryMillis the query's time on an idle database
     * @return its time now, longer as the database gets busy
     */
    double queryTime(double queryMillis) {
        return queryMillis / 1000.0 / Math.max(0.05, 1 - utilisation);
    }

    /**
     * @param holdSeconds how long the request holds the connection
     * @param cpuSeconds the query's CPU time
     */
    void query(double holdSeconds, double cpuSeconds) {
        connections += holdSeconds;
        work += cpuSeconds;
    }

    /**
     * Ends a second.
     *
     * @param idlePercent CPU with no load
     */
    void endSecond(double idlePercent) {
        utilisation = Math.min(1, work / vcpus);
        cpuMinute += available ? idlePercent + (100 - idlePercent) * utilisation : 0;
        connectionsMinute += available ? connections : 0;
        samples++;
        connections = 0;
        work = 0;
    }

    /**
     * The endpoint now points at the standby, and the old primary becomes the standby.
     */
    void flip() {
        db = new DbInstance(db.id(), db.name(), db.engine(), db.instanceClass(), db.port(), db.subnetIds(), db.securityGroupIds(), db.multiAz(),
                db.standbySubnetId(), db.standbyAddress(), db.primarySubnetId(), db.primaryAddress(), db.publiclyAccessible(),
                db.endpointAddress(), db.maxConnections(), db.state());
    }
}
