package dev.vpclab.app.inspector;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.resource.Resource;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scalar fields of a resource the property sheet shows: text, numbers, switches, choices, CIDR blocks and
 * addresses (also as comma lists), and references shown by name. Rule lists, routes, maps and nested records have
 * editors of their own and are left out, as are associations edited elsewhere (a subnet's route table and ACL,
 * security groups).
 */
public final class ResourceFields {

    /**
     * One field.
     *
     * @param name the record component's name
     * @param kind how it is shown and edited
     * @param type its declared class (the element class for lists)
     * @param list true for a list
     * @param choices the values of an enum field, else empty
     */
    public record Field(String name, FieldKind kind, Class<?> type, boolean list, List<Object> choices) {
    }

    /** Fields with an editor of their own, never in the sheet. */
    private static final Set<String> HIDDEN = Set.of("routeTableId", "networkAclId", "securityGroupIds");
    /** Fields that are shown but never edited through the sheet. */
    private static final Set<String> READ_ONLY = Set.of("id", "main", "isDefault");
    private static final Set<Class<?>> TEXT_TYPES = Set.of(String.class, Cidr.class, Ipv4Address.class, PortRange.class,
            Protocol.class);

    private ResourceFields() {
    }

    /**
     * @param r a resource
     * @return its fields for the property sheet, in declaration order
     */
    public static List<Field> of(Resource r) {
        List<Field> out = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Field f = field(c);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private static Field field(RecordComponent c) {
        String name = c.getName();
        if (HIDDEN.contains(name)) {
            return null;
        }
        Type generic = c.getGenericType();
        Class<?> type = c.getType();
        if (READ_ONLY.contains(name)) {
            return new Field(name, FieldKind.READ_ONLY, type, false, List.of());
        }
        boolean list = false;
        if (generic instanceof ParameterizedType p) {
            if (p.getRawType() != List.class || !(p.getActualTypeArguments()[0] instanceof Class<?> element)) {
                return null;
            }
            if (!TEXT_TYPES.contains(element)) {
                return null;
            }
            type = element;
            list = true;
        }
        if (isReference(name)) {
            return new Field(name, FieldKind.REFERENCE, type, list, List.of());
        }
        if (type == boolean.class || type == Boolean.class) {
            return new Field(name, FieldKind.BOOLEAN, type, false, List.of());
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return new Field(name, FieldKind.INTEGER, type, false, List.of());
        }
        if (type == double.class || type == Double.class) {
            return new Field(name, FieldKind.DECIMAL, type, false, List.of());
        }
        if (type.isEnum()) {
            return new Field(name, FieldKind.CHOICE, type, false, List.of(type.getEnumConstants()));
        }
        if (TEXT_TYPES.contains(type)) {
            return new Field(name, FieldKind.TEXT, type, list, List.of());
        }
        return null;
    }

    /** References whose names do not end in "Id". */
    private static final Set<String> REFERENCES = Set.of("target", "edgeAssociations", "alarmActions", "okActions");
    /** Fields named like references that hold free text (an AMI id, a VPN connection id). */
    private static final Set<String> FREE_TEXT = Set.of("imageId", "vpnConnectionId");

    private static boolean isReference(String name) {
        return !FREE_TEXT.contains(name) && (name.endsWith("Id") || name.endsWith("Ids") || REFERENCES.contains(name));
    }

    /**
     * @param r a resource
     * @param name a field name
     * @return the field's value
     */
    public static Object value(Resource r, String name) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + r.id(), e);
                }
            }
        }
        throw new IllegalArgumentException(r.kind().awsName() + " has no field " + name);
    }

    /**
     * How a value reads in the sheet: lists comma-separated, enums in AWS's lower-case spelling, references by
     * the label of what they name.
     *
     * @param doc the document (for reference labels)
     * @param field the field
     * @param value its value
     * @return the text
     */
    public static String display(Document doc, Field field, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(v -> display(doc, field, v)).collect(Collectors.joining(", "));
        }
        if (value instanceof Enum<?> e) {
            return enumText(e);
        }
        if (field.kind() == FieldKind.REFERENCE && value instanceof String id) {
            Resource target = doc.get(id);
            return target == null || target.label().equals(id) ? id : target.label();
        }
        return String.valueOf(value);
    }

    /**
     * @param e an enum value
     * @return its AWS spelling: "internet-facing", "running"
     */
    public static String enumText(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
