package org.psoascoach.build;

import org.psoascoach.catalog.figure.FigureRenderer;

import org.psoascoach.catalog.Catalog;
import org.psoascoach.catalog.CatalogLoader;
import org.psoascoach.catalog.Item;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (Maven process-classes): writes {@code catalog/figures/<id>.svg} for every item into the
 * given classes folder, from the pose in the item's data file.
 */
public final class DrawFigures {
    private DrawFigures() {}

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
        Path folder = classes.resolve("catalog/figures");
        Files.createDirectories(folder);
        Catalog catalog = CatalogLoader.load("en", false);
        for (Item item : catalog.items()) {
            String svg = FigureRenderer.svg(item.figure(), item.text().name());
            Files.writeString(folder.resolve(item.id() + ".svg"), svg, StandardCharsets.UTF_8);
        }
        System.out.println("Drew " + catalog.items().size() + " figures into " + folder);
    }
}
