package dev.vpclab.engine.route;


/**
 * A small open-addressing hash map from int keys (addresses, prefixes) to values, without boxing. Built once
 * and then only read, so it is safe to share between threads after construction.
 *
 * @param <V> the value type
 */
public final class IntObjectMap<V> {

    private int[] keys;
    private Object[] values;
    private int size;
    private int mask;

    /** An empty map. */
    public IntObjectMap() {
        this(8);
    }

    /**
     * @param expected how many entries are expected
     */
    public IntObjectMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
    }

    private static int slot(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    /**
     * @param key a key
     * @return its value, or null
     */
    @SuppressWarnings("unchecked")
    public V get(int key) {
        int i = slot(key, mask);
        Object v;
        while ((v = values[i]) != null) {
            if (keys[i] == key) {
                return (V) v;
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    /**
     * Adds or replaces.
     *
     * @param key a key
     * @param value a value (not null)
     * @return the value replaced, or null
     */
    @SuppressWarnings("unchecked")
    public V put(int key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null values are not stored");
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(key, mask);
        Object v;
        while ((v = values[i]) != null) {
            if (keys[i] == key) {
                values[i] = value;
                return (V) v;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
        return null;
    }

    /** @return how many entries there are */
    public int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                int j = slot(oldKeys[i], mask);
                while (values[j] != null) {
                    j = (j + 1) & mask;
                }
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
                size++;
            }
        }
    }

    @Override
    public String toString() {
        return "IntObjectMap[" + size + " entries]";
    }
}
