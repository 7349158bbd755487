package org.psoascoach.catalog;

public enum VariantLevel {
    EASIER("easier"), HARDER("harder");

    private final String id;

    VariantLevel(String id) { this.id = id; }

    public String id() { return id; }

    public static VariantLevel fromId(String id) { return Codes.find(values(), id, VariantLevel::id); }
}
