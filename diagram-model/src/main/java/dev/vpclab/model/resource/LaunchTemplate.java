package dev.vpclab.model.resource;

import java.util.List;

/**
 * What an Auto Scaling group launches.
 *
 * @param instanceType e.g. "t3.micro"
 * @param imageId the AMI, free text
 * @param securityGroupIds security groups of the launched instances
 * @param associatePublicIp whether launched instances get a public address
 */
public record LaunchTemplate(String instanceType, String imageId, List<String> securityGroupIds, boolean associatePublicIp) {

    /** A t3.micro with no security groups. */
    public static final LaunchTemplate DEFAULT = new LaunchTemplate("t3.micro", "", List.of(), false);

    /** Validates. */
    public LaunchTemplate {
        instanceType = instanceType == null || instanceType.isBlank() ? "t3.micro" : instanceType;
        imageId = Req.text(imageId);
        securityGroupIds = Req.list(securityGroupIds);
    }
}
