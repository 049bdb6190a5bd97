/**
 * The traffic simulator: many requests over simulated time through a drawn network — clients and rate profiles,
 * load balancers (nodes, cross-zone, listener rules, algorithms, stickiness, slow start, draining, health checks,
 * fail-open), targets with queues and CPU, an RDS database with Multi-AZ failover, faults, and EC2 Auto Scaling — with
 * CloudWatch metrics ({@link dev.vpclab.sim.metrics}) and alarms ({@link dev.vpclab.sim.alarm}). Start with
 * {@link dev.vpclab.sim.TrafficSimulator} and {@link dev.vpclab.sim.ScenarioArguments}.
 */
package dev.vpclab.sim;
