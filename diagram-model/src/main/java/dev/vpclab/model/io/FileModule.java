package dev.vpclab.model.io;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.resource.ResourceKind;
import dev.vpclab.model.resource.RulePeer;
import java.util.function.Function;

/**
 * The Jackson module of the .vpclab format: network values as their text ("10.0.0.0/16", "1024-65535", "tcp"),
 * enums in lower case with hyphens, resources typed by {@link ResourceKind#typeName()}, records written by
 * their components only, and the mix-ins of {@link FileMixIns}.
 */
final class FileModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    FileModule() {
        super("vpclab-file");
        text(Ipv4Address.class, Ipv4Address::parse, "an IPv4 address like \"10.0.1.5\"", false);
        text(Cidr.class, Cidr::parse, "a CIDR block like \"10.0.0.0/16\"", false);
        text(PortRange.class, PortRange::parse, "a port or port range like \"443\" or \"1024-65535\"", true);
        text(Protocol.class, Protocol::parse, "a protocol: \"tcp\", \"udp\", \"icmp\", \"all\" or a number", true);
        text(IcmpTypeCode.class, IcmpTypeCode::parse, "an ICMP type and code like \"8:0\", or \"all\"", false);
        text(RulePeer.class, RulePeer::parse, "a CIDR block, a security group \"sg-…\" or a prefix list \"pl-…\"", false);
        addSerializer((Class) Enum.class, new EnumCodec.Serializer());
        setDeserializerModifier(new EnumCodec.Modifier());
        CompactDoubleSerializer doubles = new CompactDoubleSerializer();
        addSerializer(Double.class, doubles);
        addSerializer(Double.TYPE, (com.fasterxml.jackson.databind.JsonSerializer) doubles);
        setSerializerModifier(new RecordComponentsOnly());
        for (ResourceKind kind : ResourceKind.values()) {
            registerSubtypes(new NamedType(kind.type(), kind.typeName()));
        }
        FileMixIns.register(this);
    }

    private <T> void text(Class<T> type, Function<String, T> parser, String expected, boolean acceptsWholeNumbers) {
        addSerializer(type, ToStringSerializer.instance);
        addDeserializer(type, new TextValueDeserializer<>(type, parser, expected, acceptsWholeNumbers));
    }
}
