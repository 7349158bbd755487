package org.psoascoach.handout;

/** The paper a handout is laid out for: A4 in most of the world, US Letter in North America. */
public enum PaperSize {
    A4("a4", 595.28f, 841.89f), LETTER("letter", 612f, 792f);

    private final String id;
    final float width, height;

    PaperSize(String id, float width, float height) {
        this.id = id;
        this.width = width;
        this.height = height;
    }

    public String id() { return id; }

    public static PaperSize fromId(String id) {
        for (PaperSize p : values()) if (p.id.equalsIgnoreCase(id)) return p;
        return null;
    }
}
