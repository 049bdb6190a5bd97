package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Reference;
import dev.vpclab.model.document.References;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.RouteTable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sets one field of a resource, by the name of its record component, so the inspector can edit any field: a
 * single value (text, number, switch, choice, CIDR block, address, or a value record such as a health check),
 * or a whole list or map of such values (an interface's security groups, a VPC's CIDR blocks). The record's own
 * constructor validates the new value; its refusal becomes the command's message. A new reference that must
 * resolve is refused when its target is missing. Single rules and routes have their own commands, which apply
 * AWS's rules; the id cannot change, since others refer to it.
 *
 * @param id the resource
 * @param property the record component's name, e.g. "instanceType"
 * @param value the new value: of the component's type, or text its parser reads; null or blank clears it
 */
public record EditProperty(String id, String property, Object value) implements Command {

    /** Validates. */
    public EditProperty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(property, "property");
    }

    @Override
    public Applied apply(Document doc) {
        Resource before = Lookup.resource(doc, id);
        Resource after = change(doc);
        if (after.equals(before)) {
            return new Applied(doc, this);
        }
        Document next = doc.with(after);
        EditProperty inverse = new EditProperty(id, property, read(before, component(before)));
        // If the constructor adjusted another field too, the whole earlier version is put back instead.
        return new Applied(next, Inverses.checked(inverse, () -> inverse.change(next), doc, id));
    }

    Resource change(Document doc) {
        Resource before = Lookup.resource(doc, id);
        if (property.equals("id")) {
            throw CommandException.of("property.id", id);
        }
        if (before instanceof RouteTable && property.equals("main")) {
            throw CommandException.of("property.main", id);
        }
        if (before instanceof NetworkAcl && property.equals("isDefault")) {
            throw CommandException.of("property.defaultAcl", id);
        }
        Resource after = rebuild(before, component(before), value);
        Set<String> had = References.of(before).stream().map(Reference::targetId).collect(Collectors.toSet());
        for (Reference ref : References.of(after)) {
            if (ref.onDelete() != Reference.OnDelete.KEEP && !had.contains(ref.targetId()) && !doc.contains(ref.targetId())) {
                throw CommandException.of("danglingReference", id, ref.targetId(), ref.field());
            }
        }
        return after;
    }

    private RecordComponent component(Resource r) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        for (RecordComponent c : components) {
            if (c.getName().equals(property)) {
                if (!PropertyValues.supports(c.getGenericType())) {
                    throw CommandException.of("property.notSingle", id, property);
                }
                return c;
            }
        }
        String names = Arrays.stream(components).map(RecordComponent::getName).filter(n -> !n.equals("id"))
                .collect(Collectors.joining(", "));
        throw CommandException.of("property.unknown", id, property, names);
    }

    private Resource rebuild(Resource r, RecordComponent component, Object newValue) {
        Object converted;
        try {
            converted = PropertyValues.convert(newValue, component.getGenericType());
        } catch (ClassCastException e) {
            throw CommandException.of("property.type", id, property, PropertyValues.typeName(component.getGenericType()),
                    String.valueOf(newValue));
        } catch (IllegalArgumentException | NullPointerException e) {
            if ("required".equals(e.getMessage())) {
                throw CommandException.of("property.required", id, property);
            }
            throw CommandException.of("property.invalid", id, property, String.valueOf(newValue), e.getMessage());
        }
        RecordComponent[] components = r.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = components[i].getName().equals(component.getName()) ? converted : read(r, components[i]);
        }
        try {
            Constructor<?> constructor = r.getClass().getDeclaredConstructor(types);
            return (Resource) constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw CommandException.of("property.invalid", id, property, String.valueOf(newValue), reason);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + r.getClass().getSimpleName(), e);
        }
    }

    private static Object read(Resource r, RecordComponent component) {
        try {
            return component.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    @Override
    public Message description() {
        return Message.of("command.editProperty", id, property);
    }
}
