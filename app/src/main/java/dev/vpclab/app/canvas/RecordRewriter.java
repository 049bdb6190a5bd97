package dev.vpclab.app.canvas;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies of the model's immutable records with some values replaced: every reference to an id of a map replaced by
 * its new id (through nested rules, routes, actions and address maps, so that a pasted group of resources refers to
 * itself), or one component set to a new value. Works on any record through its components, so that it stays
 * right when the model gains kinds or fields.
 */
final class RecordRewriter {

    /** Components that hold free text rather than ids, even when the text happens to equal an id. */
    private static final Set<String> TEXT = Set.of("name", "description", "groupName", "serviceName", "dnsName",
            "endpointAddress", "imageId", "engine", "instanceClass", "namespace", "metricName", "statistic", "body", "contentType");

    private RecordRewriter() {
    }

    /**
     * @param r a record
     * @param ids old id → new id
     * @param <T> its type
     * @return a copy referring to the new ids (the same object when nothing refers to a mapped id)
     */
    @SuppressWarnings("unchecked")
    static <T extends Record> T rewrite(T r, Map<String, String> ids) {
        return (T) value(r, ids, null);
    }

    private static Object value(Object v, Map<String, String> ids, String component) {
        if (v instanceof String s) {
            return component != null && TEXT.contains(component) ? s : ids.getOrDefault(s, s);
        }
        if (v instanceof Record rec) {
            return record(rec, ids);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object o : list) {
                Object n = value(o, ids, component);
                changed |= n != o;
                out.add(n);
            }
            return changed ? List.copyOf(out) : v;
        }
        if (v instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            boolean changed = false;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object k = value(e.getKey(), ids, component);
                Object n = value(e.getValue(), ids, component);
                changed |= k != e.getKey() || n != e.getValue();
                out.put(k, n);
            }
            return changed ? Map.copyOf(out) : v;
        }
        return v;
    }

    private static Record record(Record r, Map<String, String> ids) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            Object old = get(r, components[i]);
            values[i] = value(old, ids, components[i].getName());
            changed |= values[i] != old;
        }
        return changed ? construct(r, components, values) : r;
    }

    /**
     * @param r a record
     * @param component a component name
     * @param value its new value
     * @param <T> the record type
     * @return a copy with that component set
     */
    @SuppressWarnings("unchecked")
    static <T extends Record> T with(T r, String component, Object value) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(component)) {
                values[i] = value;
                found = true;
            } else {
                values[i] = get(r, components[i]);
            }
        }
        if (!found) {
            throw new IllegalArgumentException(r.getClass().getSimpleName() + " has no component " + component);
        }
        return (T) construct(r, components, values);
    }

    private static Object get(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }

    private static Record construct(Record r, RecordComponent[] components, Object[] values) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> ctor = r.getClass().getDeclaredConstructor(types);
            return (Record) ctor.newInstance(values);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy a " + r.getClass().getSimpleName(), e);
        }
    }
}
