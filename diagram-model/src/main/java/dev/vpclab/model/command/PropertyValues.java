package dev.vpclab.model.command;

import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns what an inspector field holds into the value a record component takes: the value itself when it has
 * the right type, a number of another width, or text parsed by the value type's own parser ("10.0.0.0/16",
 * "tcp", "1024-65535", "running"). Blank text clears an optional field. A list takes a list whose elements
 * convert, or comma-separated text ("sg-1, sg-2"); a map takes a map whose keys and values convert.
 */
final class PropertyValues {

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
            double.class, Double.class, boolean.class, Boolean.class, float.class, Float.class, short.class, Short.class,
            byte.class, Byte.class, char.class, Character.class);

    private PropertyValues() {
    }

    /**
     * @param type a component's declared type
     * @return true for a class, and for a list or map whose type arguments are classes
     */
    static boolean supports(Type type) {
        if (type instanceof Class) {
            return true;
        }
        if (type instanceof ParameterizedType p && (p.getRawType() == List.class || p.getRawType() == Map.class)) {
            return Arrays.stream(p.getActualTypeArguments()).allMatch(a -> a instanceof Class);
        }
        return false;
    }

    /**
     * @param value what the field holds
     * @param type the component's declared type, one that {@link #supports}
     * @return the value to pass to the record's constructor
     * @throws IllegalArgumentException with the reason when the value does not fit the type
     * @throws ClassCastException when the value is of a type that cannot become the component's
     */
    static Object convert(Object value, Type type) {
        if (type instanceof Class<?> c) {
            return convert(value, c);
        }
        ParameterizedType p = (ParameterizedType) type;
        Type[] args = p.getActualTypeArguments();
        if (value == null) {
            return null;
        }
        if (p.getRawType() == List.class) {
            List<?> items = value instanceof String s ? splitList(s) : (List<?>) value;
            List<Object> out = new ArrayList<>();
            for (Object item : items) {
                out.add(Objects.requireNonNull(convert(item, (Class<?>) args[0]), "a list holds an empty entry"));
            }
            return out;
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
            out.put(convert(e.getKey(), (Class<?>) args[0]), convert(e.getValue(), (Class<?>) args[1]));
        }
        return out;
    }

    private static List<String> splitList(String s) {
        return s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(String::trim).toList();
    }

    /**
     * @param value what the field holds
     * @param type the component's type
     * @return the value to pass to the record's constructor
     * @throws IllegalArgumentException with the reason when the value does not fit the type; a message of
     *         exactly "required" when an empty value is given for a field that needs one
     * @throws ClassCastException when the value is of a type that cannot become the component's
     */
    static Object convert(Object value, Class<?> type) {
        Class<?> boxed = type.isPrimitive() ? BOXES.get(type) : type;
        if (value instanceof String s && s.isBlank() && type != String.class) {
            value = null;
        }
        if (value == null) {
            if (type.isPrimitive()) {
                throw new IllegalArgumentException("required");
            }
            return null;
        }
        if (boxed.isInstance(value)) {
            return value;
        }
        if (value instanceof Number n) {
            return number(n, boxed);
        }
        if (value instanceof String s) {
            return parse(s.trim(), boxed);
        }
        throw new ClassCastException(value.getClass().getSimpleName());
    }

    private static Object number(Number n, Class<?> boxed) {
        if (boxed == Double.class) {
            return n.doubleValue();
        }
        if (boxed == Long.class && (n instanceof Integer || n instanceof Short || n instanceof Byte)) {
            return n.longValue();
        }
        if (boxed == Integer.class && n instanceof Long l) {
            if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the number is too large");
            }
            return (int) (long) l;
        }
        throw new ClassCastException(n.getClass().getSimpleName());
    }

    private static Object parse(String s, Class<?> boxed) {
        try {
            if (boxed == Integer.class) {
                return Integer.valueOf(s);
            } else if (boxed == Long.class) {
                return Long.valueOf(s);
            } else if (boxed == Double.class) {
                return Double.valueOf(s);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("write a " + typeName(boxed));
        }
        if (boxed == Boolean.class) {
            if (!s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException("write true or false");
            }
            return Boolean.valueOf(s);
        } else if (boxed.isEnum()) {
            return enumValue(s, boxed);
        } else if (boxed == Cidr.class) {
            return Cidr.parse(s);
        } else if (boxed == Ipv4Address.class) {
            return Ipv4Address.parse(s);
        } else if (boxed == PortRange.class) {
            return PortRange.parse(s);
        } else if (boxed == Protocol.class) {
            return Protocol.parse(s);
        } else if (boxed == IcmpTypeCode.class) {
            return IcmpTypeCode.parse(s);
        }
        throw new ClassCastException("String");
    }

    private static Object enumValue(String s, Class<?> type) {
        String wanted = s.replace('-', '_').replace(' ', '_');
        StringBuilder names = new StringBuilder();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            if (name.equalsIgnoreCase(wanted)) {
                return constant;
            }
            names.append(names.length() == 0 ? "" : ", ").append(name.toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException("use one of " + names);
    }

    /**
     * @param type a component's declared type
     * @return its name as an inspector would say it: "number", "list of CIDR block"…
     */
    static String typeName(Type type) {
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            return p.getRawType() == List.class ? "list of " + typeName(args[0])
                    : "map of " + typeName(args[0]) + " to " + typeName(args[1]);
        }
        return typeName((Class<?>) type);
    }

    private static String typeName(Class<?> type) {
        Class<?> boxed = type.isPrimitive() ? BOXES.get(type) : type;
        if (boxed == Integer.class || boxed == Long.class) {
            return "whole number";
        } else if (boxed == Double.class) {
            return "number";
        } else if (boxed == Boolean.class) {
            return "true or false";
        } else if (boxed == Cidr.class) {
            return "CIDR block";
        } else if (boxed == Ipv4Address.class) {
            return "IPv4 address";
        } else if (boxed == PortRange.class) {
            return "port range";
        }
        return boxed.getSimpleName();
    }
}
