package org.psoascoach.web.library;

import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.Text;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.catalog.CatalogSearch;
import org.psoascoach.catalog.Variant;
import org.psoascoach.catalog.Category;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Position;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Every catalog item, filtered by category, equipment, position and side, and searchable; one page per item. */
public final class LibraryPages {
    private final Pages pages;
    private final Catalog catalog;
    private final CatalogSearch search;

    public LibraryPages(Pages pages, Catalog catalog, CatalogSearch search) {
        this.pages = pages;
        this.catalog = catalog;
        this.search = search;
    }

    public void list(Context ctx) {
        Text t = pages.visitor(ctx).text();
        String query = trim(ctx.queryParam("q"));
        Category category = Category.fromId(trim(ctx.queryParam("category")));
        Equipment equipment = Equipment.fromId(trim(ctx.queryParam("equipment")));
        Position position = Position.fromId(trim(ctx.queryParam("position")));
        String side = trim(ctx.queryParam("side"));
        List<LibraryView.Card> cards = new ArrayList<>();
        for (Item item : catalog.items()) {
            if (category != null && item.category() != category) continue;
            // equipment a version of the item needs counts too: a band is used by the banded knee lift
            if (equipment != null && !item.equipment().contains(equipment)
                    && item.variants().stream().noneMatch(v -> v.equipment().contains(equipment))) continue;
            if (position != null && item.position() != position) continue;
            if (side.equals("each") && !item.perSide() || side.equals("both") && item.perSide()) continue;
            if (!search.matches(item, query)) continue;
            cards.add(new LibraryView.Card(item.id(), item.text().name(), item.text().summary(), t.get("category." + item.category().id()),
                    t.get("position." + item.position().id()), equipment(item.equipment(), t), side(item, t), versionsWith(item, t)));
        }
        List<LibraryView.Filter> filters = List.of(
                filter("category", "library.filter.category", Arrays.stream(Category.values()).map(c -> option(c.id(), t.get("category." + c.id()), c == category)).toList(), t),
                filter("equipment", "library.filter.equipment", Arrays.stream(Equipment.values()).map(e -> option(e.id(), t.get("equipment." + e.id()), e == equipment)).toList(), t),
                filter("position", "library.filter.position", Arrays.stream(Position.values()).map(p -> option(p.id(), t.get("position." + p.id()), p == position)).toList(), t),
                filter("side", "library.filter.side", List.of(option("each", t.get("library.side.each"), side.equals("each")),
                        option("both", t.get("library.side.both"), side.equals("both"))), t));
        pages.show(ctx, "library.title", Frame.Section.LIBRARY, frame -> pages.templates.libraryList(frame, new LibraryView(query, filters, cards, catalog.items().size())));
    }

    public void item(Context ctx) {
        Text t = pages.visitor(ctx).text();
        Item item = catalog.find(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        var text = item.text();
        List<ItemView.Version> versions = item.variants().stream()
                .map(v -> new ItemView.Version(t.get("catalog.variant." + v.level().id()), v.text().name(), v.text().how())).toList();
        ItemView view = new ItemView(item.id(), text.name(), text.summary(), t.get("category." + item.category().id()),
                t.get("position." + item.position().id()), equipment(item.equipment(), t), side(item, t), item.dosage().words(t.messages()),
                item.finds() == null ? null : t.get("library.finds." + item.finds()), text.steps(), text.cues(), text.keyCue(), text.alsoWorks(),
                versions, text.contraindications(), item.sources().stream().map(s -> t.get("source." + s.substring(0, 3))).toList(),
                item.practitionerOnly(), item.advanced(), item.avoidInPregnancy());
        pages.showTitled(ctx, text.name(), Frame.Section.LIBRARY, frame -> pages.templates.libraryItem(frame, view));
    }

    /** "Easier version with a chair: Hands on a chair", for each version that needs equipment the item itself does not. */
    private static List<String> versionsWith(Item item, Text t) {
        List<String> out = new ArrayList<>();
        for (Variant v : item.variants()) {
            var extra = v.equipment().stream().filter(e -> !item.equipment().contains(e)).toList();
            if (extra.isEmpty()) continue;
            out.add(t.get("library.versionWith", t.get("catalog.variant." + v.level().id()), equipment(new java.util.LinkedHashSet<>(extra), t),
                    v.text().name()));
        }
        return out;
    }

    private static LibraryView.Filter filter(String name, String labelKey, List<LibraryView.Option> options, Text t) {
        List<LibraryView.Option> all = new ArrayList<>();
        all.add(option("", t.get("library.filter.any"), options.stream().noneMatch(LibraryView.Option::selected)));
        all.addAll(options);
        return new LibraryView.Filter(name, labelKey, all);
    }

    private static LibraryView.Option option(String value, String label, boolean selected) { return new LibraryView.Option(value, label, selected); }

    private static String equipment(java.util.Set<Equipment> equipment, Text t) {
        return equipment.isEmpty() ? t.get("catalog.noEquipment") : equipment.stream().map(e -> t.get("equipment." + e.id())).collect(Collectors.joining(", "));
    }

    private static String side(Item item, Text t) { return t.get(item.perSide() ? "catalog.perSide" : "catalog.bothSides"); }


    private static String trim(String s) { return s == null ? "" : s.strip(); }
}
