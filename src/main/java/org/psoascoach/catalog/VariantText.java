package org.psoascoach.catalog;

/** The words of a variant, in one language. */
public record VariantText(String name, String how) {
}
