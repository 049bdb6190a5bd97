package dev.vpclab.sim;

import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.trace.Endpoint;
import java.util.SplittableRandom;

/**
 * The simulated clients. Internet clients get spread addresses in eight address groups (198.18.0.0/15, the
 * benchmarking block, one /19 per group; one representative address per group is traced) and source ports from
 * the Linux ephemeral range; clients behind one source (an instance, an InternetClient, an on-premises network)
 * share its address. Each client resolves the load balancer's name to one of the node addresses DNS returns and
 * keeps it for the TTL of 60 s (resolving again at once when a node stops answering), keeps a connection for a
 * few requests, and keeps the cookies and target-group choices of sticky sessions
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html">how
 * Elastic Load Balancing works</a>).
 */
final class ClientPopulation {

    /** Address groups of the internet population. */
    static final int INTERNET_GROUPS = 8;
    /** How long a DNS answer is kept, in seconds. */
    static final int DNS_TTL = 60;
    private static final int BASE = Ipv4Address.parse("198.18.0.0").bits();

    final int size;
    final int groups;
    final Endpoint[] groupEndpoints;
    final int[] groupPorts;
    final int[] address;
    final int[] group;
    final int[] node;
    final long[] dnsExpiry;
    final int[] port;
    final int[] connectionLeft;
    final int[] pinned;
    final long[] lastSeen;
    int[][] cookieSlot = new int[0][];
    long[][] cookieExpiry = new long[0][];
    int[][] forwardGroup = new int[0][];
    long[][] forwardExpiry = new long[0][];

    /**
     * @param size how many clients
     * @param source the single source they share, or null for the internet population
     */
    ClientPopulation(int size, Endpoint source) {
        this.size = size;
        this.groups = source == null ? INTERNET_GROUPS : 1;
        this.groupEndpoints = new Endpoint[groups];
        this.groupPorts = new int[groups];
        this.address = new int[size];
        this.group = new int[size];
        this.node = new int[size];
        this.dnsExpiry = new long[size];
        this.port = new int[size];
        this.connectionLeft = new int[size];
        this.pinned = new int[size];
        this.lastSeen = new long[size];
        for (int g = 0; g < groups; g++) {
            groupPorts[g] = 32768 + g * 3500;
            groupEndpoints[g] = source != null ? source : Endpoint.internet(new Ipv4Address(BASE + g * 8192 + 1));
        }
        for (int i = 0; i < size; i++) {
            group[i] = i % groups;
            address[i] = source != null ? (source.address() == null ? 0 : source.address().bits()) : BASE + group[i] * 8192 + 1 + i / groups;
            node[i] = -1;
            dnsExpiry[i] = -1;
            pinned[i] = -1;
            lastSeen[i] = Long.MIN_VALUE / 2;
        }
    }

    /**
     * @param forwards how many forward actions
     * @param targetGroups how many target groups
     */
    void sizeSticky(int forwards, int targetGroups) {
        cookieSlot = new int[targetGroups][size];
        cookieExpiry = new long[targetGroups][size];
        forwardGroup = new int[forwards][size];
        forwardExpiry = new long[forwards][size];
        for (int[] a : cookieSlot) {
            java.util.Arrays.fill(a, -1);
        }
        for (int[] a : forwardGroup) {
            java.util.Arrays.fill(a, -1);
        }
    }

    /** Whether the last {@link #send} opened a new connection. */
    boolean opened;

    /**
     * Sends one request on the client's connection: an open connection keeps its node (DNS does not matter to it);
     * a new one — after {@code perConnection} requests, 60 s idle, or a failure — resolves the name again when the
     * answer has expired, and gets a new source port.
     *
     * @param c the client
     * @param lb the load balancer
     * @param perConnection requests per connection
     * @param now the time
     * @param rng the random source
     * @return the node, or -1 when DNS returns none
     */
    int send(int c, LoadBalancerModel lb, int perConnection, long now, SplittableRandom rng) {
        boolean idle = now - lastSeen[c] > 60;
        lastSeen[c] = now;
        int n = node[c];
        if (n >= 0 && connectionLeft[c] > 0 && !idle) {
            connectionLeft[c]--;
            opened = false;
            return n;
        }
        if (n < 0 || now >= dnsExpiry[c]) {
            if (lb.dnsCount == 0) {
                node[c] = -1;
                opened = false;
                return -1;
            }
            boolean first = dnsExpiry[c] < 0;
            n = lb.dns[rng.nextInt(lb.dnsCount)];
            node[c] = n;
            dnsExpiry[c] = now + (first ? 1 + rng.nextInt(DNS_TTL) : DNS_TTL);
        }
        openConnection(c, perConnection, rng);
        return n;
    }

    /**
     * Sends one request straight to an address (no load balancer).
     *
     * @param c the client
     * @param perConnection requests per connection
     * @param now the time
     * @param rng the random source
     */
    void sendDirect(int c, int perConnection, long now, SplittableRandom rng) {
        boolean idle = now - lastSeen[c] > 60;
        lastSeen[c] = now;
        if (connectionLeft[c] > 0 && !idle) {
            connectionLeft[c]--;
            opened = false;
        } else {
            openConnection(c, perConnection, rng);
        }
    }

    private void openConnection(int c, int perConnection, SplittableRandom rng) {
        connectionLeft[c] = perConnection - 1;
        port[c] = 32768 + rng.nextInt(28232);
        pinned[c] = -1;
        opened = true;
    }

    /**
     * The connection failed: the next request opens a new one and resolves the name again.
     *
     * @param c the client
     */
    void forget(int c) {
        dnsExpiry[c] = 0;
        connectionLeft[c] = 0;
    }

    /**
     * @param now the time
     * @param node a node, or -1 for all
     * @return clients with a connection open (active within the idle timeout)
     */
    int active(long now, int node) {
        int n = 0;
        for (int c = 0; c < size; c++) {
            if (now - lastSeen[c] <= 60 && (node < 0 || this.node[c] == node)) {
                n++;
            }
        }
        return n;
    }
}
