package dev.vpclab.model.io;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a record's components and nothing else: helper methods such as {@code Route.isLocal()} or
 * {@code SecurityGroup.isDefault()} would otherwise look like properties to Jackson and end up in files.
 * Runs once per record type, when Jackson builds its serializer.
 */
final class RecordComponentsOnly extends BeanSerializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription beanDesc,
                                                     List<BeanPropertyWriter> beanProperties) {
        Class<?> type = beanDesc.getBeanClass();
        if (!type.isRecord()) {
            return beanProperties;
        }
        Set<String> components = new HashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            components.add(c.getName());
        }
        beanProperties.removeIf(p -> {
            AnnotatedMember member = p.getMember();
            return member == null || !components.contains(member.getName());
        });
        return beanProperties;
    }
}
