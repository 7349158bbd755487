package org.psoascoach.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values worked out from the database, kept under a key that names the state they were worked out
 * from (an account's revision, say), so the same request later skips the work. Nothing kept can go
 * stale: the key is read from the database on every request and a write makes a new key; the least
 * recently used values go once the bound is reached. Each server keeps its own.
 */
public final class Recent<K, V> {
    private final int capacity;
    private final Map<K, V> values;

    public Recent(int capacity) {
        this.capacity = capacity;
        this.values = new LinkedHashMap<>(64, 0.75f, true);
    }

    public synchronized V get(K key) { return values.get(key); }

    public synchronized void put(K key, V value) {
        values.put(key, value);
        if (values.size() > capacity) values.remove(values.keySet().iterator().next());
    }

    /** The value under {@code key}, worked out by {@code work} (outside the lock) when it is not kept yet. */
    public V get(K key, Supplier<V> work) {
        V kept = get(key);
        if (kept != null) return kept;
        V worked = work.get(); // two first requests may both work it out, and get equal values
        put(key, worked);
        return worked;
    }
}
