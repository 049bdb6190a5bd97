package dev.vpclab.model.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A snapshot folder written by a test, file by file. */
final class SnapshotFolder {

    private final Path root;

    SnapshotFolder(Path root) {
        this.root = root;
    }

    /**
     * @param relativePath where, e.g. "us-east-1/Vpcs.json"
     * @param content the file's text
     * @return this folder
     */
    SnapshotFolder write(String relativePath, String content) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the folder */
    Path path() {
        return root;
    }

    /** @return the import of the folder */
    ImportResult importIt() throws AwsImportException {
        return AwsImporter.importFolder(root);
    }

    /**
     * @param result an import
     * @param key a bundle key
     * @return the arguments of the warnings with that key
     */
    static List<List<Object>> warnings(ImportResult result, String key) {
        return result.warnings().stream().filter(w -> w.message().key().equals(key)).map(w -> w.message().args()).toList();
    }

    /** One VPC 10.0.0.0/16 in us-east-1 with a subnet 10.0.1.0/24 in us-east-1a, as describe-vpcs/describe-subnets write them. */
    static final String VPC = """
            {"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16", "State": "available", "IsDefault": false,
              "CidrBlockAssociationSet": [{"CidrBlock": "10.0.0.0/16", "CidrBlockState": {"State": "associated"}},
                                          {"CidrBlock": "10.1.0.0/16", "CidrBlockState": {"State": "associated"}}],
              "Tags": [{"Key": "Name", "Value": "prod"}]}]}
            """;

    /** Two subnets of vpc-1. */
    static final String SUBNETS = """
            {"Subnets": [
              {"SubnetId": "subnet-a", "VpcId": "vpc-1", "AvailabilityZone": "us-east-1a", "CidrBlock": "10.0.1.0/24",
               "MapPublicIpOnLaunch": true, "Tags": [{"Key": "Name", "Value": "public-a"}]},
              {"SubnetId": "subnet-b", "VpcId": "vpc-1", "AvailabilityZone": "us-east-1b", "CidrBlock": "10.0.2.0/24",
               "MapPublicIpOnLaunch": false}]}
            """;
}
