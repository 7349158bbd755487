package org.psoascoach.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every item, in a stable order (tests, then stretches, strengthening, release, breathing; then by
 * priority and id), and a version that changes whenever any catalog file does.
 */
public final class Catalog {
    private final List<Item> items;
    private final Map<String, Item> byId;
    private final String version;

    public Catalog(List<Item> items, String version) {
        this.items = List.copyOf(items);
        Map<String, Item> map = new LinkedHashMap<>();
        for (Item item : this.items) map.put(item.id(), item);
        this.byId = Collections.unmodifiableMap(map);
        this.version = version;
    }

    public List<Item> items() { return items; }

    public Optional<Item> find(String id) { return Optional.ofNullable(byId.get(id)); }

    public Item get(String id) {
        Item item = byId.get(id);
        if (item == null) throw new IllegalArgumentException("no catalog item " + id);
        return item;
    }

    /** A short content hash of the catalog files, recorded with every plan. */
    public String version() { return version; }
}
