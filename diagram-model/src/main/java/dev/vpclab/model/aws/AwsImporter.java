package dev.vpclab.model.aws;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.DocumentInfo;
import dev.vpclab.model.document.Layout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a folder of AWS CLI {@code describe-*} JSON output (ec2, elbv2, rds, transit gateway calls) into a
 * document. The folder may be flat, per Region ({@code <region>/*.json}) or per account and Region
 * ({@code accounts/<account-id>/<region>/*.json}); files may have any names, they are recognised by their
 * top-level keys. What the model has no place for, and what the snapshot names but does not hold, becomes a
 * warning; only a file that is not JSON (or a folder that cannot be read) stops the import. The resources get
 * no layout.
 */
public final class AwsImporter {

    private AwsImporter() {
    }

    /**
     * @param dir a folder of AWS CLI output, or a single output file
     * @return the document, with every CASCADE and CLEAR reference resolved, and the warnings
     * @throws AwsImportException if the folder does not exist or cannot be read, or a file is not valid JSON;
     *         its message names the file (and the line and column)
     */
    public static ImportResult importFolder(Path dir) throws AwsImportException {
        List<ImportWarning> warnings = new ArrayList<>();
        Snapshot snapshot = new SnapshotReader(warnings).read(dir);
        ImportContext ctx = new ImportContext(snapshot, warnings);
        InterfaceRecords interfaces = InterfaceRecords.collect(snapshot);
        FreeAddresses free = new FreeAddresses(ctx, interfaces);
        NetworkMapper network = new NetworkMapper(ctx);
        network.map();
        new RouteTableMapper(ctx).map();
        new NetworkAclMapper(ctx).map();
        new SecurityGroupMapper(ctx).map();
        new ComputeMapper(ctx, interfaces, free).map();
        new VpnMapper(ctx).map();
        new TransitGatewayMapper(ctx).map();
        new EndpointMapper(ctx, interfaces, free).map();
        new LoadBalancerMapper(ctx, interfaces, free).map();
        new ListenerMapper(ctx).map();
        new DatabaseMapper(ctx, interfaces, free).map();
        network.regionsAndZones();
        ReferenceCheck.resolve(ctx);
        Path name = dir.toAbsolutePath().normalize().getFileName();
        Document doc = Document.of(ctx.resources(), Layout.EMPTY)
                .withInfo(new DocumentInfo(name == null ? "" : name.toString(), ""));
        ReferenceCheck.verify(doc);
        return new ImportResult(doc, warnings);
    }
}
