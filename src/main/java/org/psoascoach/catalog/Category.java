package org.psoascoach.catalog;

/** What an item is for; the ids are those of the catalog JSON contract. */
public enum Category {
    TEST("test"), STRETCH("stretch"), STRENGTHEN("strengthen"), RELEASE("release"), BREATHING("breathing");

    private final String id;

    Category(String id) { this.id = id; }

    public String id() { return id; }

    public static Category fromId(String id) { return Codes.find(values(), id, Category::id); }
}
