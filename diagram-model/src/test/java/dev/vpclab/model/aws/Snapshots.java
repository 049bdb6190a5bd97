package dev.vpclab.model.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Batfish AWS snapshots copied under test resources (see batfish-aws/NOTICE.md), by their folder names. */
final class Snapshots {

    private static final String REPRESENTATION = "projects/batfish/src/test/resources/org/batfish/representation/aws/";

    private Snapshots() {
    }

    /** @return the root of the copied data */
    static Path root() {
        try {
            return Path.of(Snapshots.class.getResource("/batfish-aws").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param name a snapshot folder of Batfish's representation/aws tests, e.g. "test-public-subnet"
     * @return its aws_configs folder
     */
    static Path representation(String name) {
        return root().resolve(REPRESENTATION + name + "/aws_configs");
    }

    /** @return Batfish's demo network: 4 VPCs, 10 subnets, a VPN to a Cisco router */
    static Path hybridCloud() {
        return root().resolve("networks/hybrid-cloud-aws/aws_configs");
    }

    /** @return every aws_configs folder of the copied data, sorted */
    static List<Path> all() {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(Files::isDirectory).filter(p -> p.getFileName().toString().equals("aws_configs")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param snapshot an aws_configs folder
     * @return a short name for test reports
     */
    static String label(Path snapshot) {
        return root().relativize(snapshot).toString().replace(REPRESENTATION, "");
    }
}
