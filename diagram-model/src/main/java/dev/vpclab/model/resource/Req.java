package dev.vpclab.model.resource;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Argument checks shared by the resource records' compact constructors. */
final class Req {
    private Req() {
    }

    static String id(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " needs an id");
        }
        if (id.length() > 2048) {
            throw new IllegalArgumentException(what + " id is longer than 2048 characters");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException(what + " id '" + id.strip() + "' must not contain spaces or control characters");
            }
        }
        return id;
    }

    static String ref(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return id;
    }

    static String optRef(String id) {
        return id == null || id.isBlank() ? null : id;
    }

    static String name(String name) {
        return name == null ? "" : name;
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    static <T> List<T> list(List<T> list) {
        if (list == null) {
            return List.of();
        }
        for (T t : list) {
            if (t == null) {
                throw new IllegalArgumentException("a list holds an empty (null) entry");
            }
        }
        return List.copyOf(list);
    }

    static <V> Map<String, V> map(Map<String, V> map) {
        if (map == null) {
            return Map.of();
        }
        return java.util.Collections.unmodifiableMap(new TreeMap<>(map));
    }

    static <T> T nonNull(T value, T fallback) {
        return value == null ? fallback : value;
    }

    static int range(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " " + value + " is not between " + min + " and " + max);
        }
        return value;
    }
}
