package dev.vpclab.model.io;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.ResourceKind;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the fields of a file that this version does not know (a newer VPC Lab may have written them) by walking
 * the tree along the types it will be bound to; each becomes a warning naming its place. Binding then ignores
 * them. (Jackson's own unknown-property callback cannot name the place reliably: records are built from
 * buffered properties, so the parser's path is no longer the field's.)
 */
final class UnknownFieldScanner {

    private static final Map<String, Class<?>> ACTION_TYPES = Map.of(
            "forward", ListenerAction.Forward.class,
            "redirect", ListenerAction.Redirect.class,
            "fixed-response", ListenerAction.FixedResponse.class);

    private final ObjectMapper mapper;
    private final Map<Class<?>, Map<String, JavaType>> fieldsByRecord = new ConcurrentHashMap<>();

    /** @param mapper the mapper the tree will be bound with (its mix-ins rename some fields) */
    UnknownFieldScanner(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param root the whole document tree, at the current format
     * @param warnings where to add one sentence per unknown field
     */
    void scan(JsonNode root, List<String> warnings) {
        scan(root, mapper.constructType(DocumentFile.class), "", warnings);
    }

    private void scan(JsonNode node, JavaType type, String pointer, List<String> warnings) {
        if (node == null || !node.isContainerNode()) {
            return;
        }
        Class<?> raw = type.getRawClass();
        if (type.isCollectionLikeType() || type.isArrayType()) {
            for (int i = 0; i < node.size(); i++) {
                scan(node.get(i), type.getContentType(), Pointers.index(pointer, i), warnings);
            }
        } else if (type.isMapLikeType()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                scan(e.getValue(), type.getContentType(), Pointers.field(pointer, e.getKey()), warnings);
            }
        } else if (raw == Resource.class) {
            ResourceKind kind = ResourceKind.ofTypeName(node.path(FileMixIns.TYPE_PROPERTY).asText(null));
            if (kind != null) {
                scanRecord(node, kind.type(), true, pointer, warnings);
            }
        } else if (raw == ListenerAction.class) {
            Class<?> action = ACTION_TYPES.get(node.path(FileMixIns.TYPE_PROPERTY).asText(""));
            if (action != null) {
                scanRecord(node, action, true, pointer, warnings);
            }
        } else if (raw.isRecord()) {
            scanRecord(node, raw, false, pointer, warnings);
        }
    }

    private void scanRecord(JsonNode node, Class<?> record, boolean typed, String pointer, List<String> warnings) {
        if (!node.isObject()) {
            return;
        }
        Map<String, JavaType> fields = fieldsOf(record);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String name = e.getKey();
            String at = Pointers.field(pointer, name);
            JavaType fieldType = fields.get(name);
            if (fieldType != null) {
                scan(e.getValue(), fieldType, at, warnings);
            } else if (!(typed && name.equals(FileMixIns.TYPE_PROPERTY))) {
                warnings.add(at + ": unknown field " + TokenNames.quote(name) + " was ignored (a newer VPC Lab may have written it)");
            }
        }
    }

    /** The fields a record is read from, as the file names them (mix-ins rename some), with their types. */
    private Map<String, JavaType> fieldsOf(Class<?> record) {
        return fieldsByRecord.computeIfAbsent(record, r -> {
            Set<String> components = new HashSet<>();
            for (RecordComponent c : r.getRecordComponents()) {
                components.add(c.getName());
            }
            BeanDescription desc = mapper.getDeserializationConfig().introspect(mapper.constructType(r));
            Map<String, JavaType> fields = new HashMap<>();
            for (BeanPropertyDefinition p : desc.findProperties()) {
                if (components.contains(p.getInternalName())) {
                    fields.put(p.getName(), p.getPrimaryType());
                }
            }
            return Map.copyOf(fields);
        });
    }
}
