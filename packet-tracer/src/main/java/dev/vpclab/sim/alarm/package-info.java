/**
 * CloudWatch alarms for the simulator: M out of N evaluation with AWS's treatment of missing data, the three alarm
 * states, and the history of transitions with their reasons.
 */
package dev.vpclab.sim.alarm;
