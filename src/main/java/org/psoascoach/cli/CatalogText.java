package org.psoascoach.cli;

import org.psoascoach.catalog.Catalog;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Variant;
import org.psoascoach.language.Messages;

import java.util.stream.Collectors;

/** The catalog for reading: each item with its facts, steps, cues, variants and sources. */
final class CatalogText {
    private final Messages m;

    CatalogText(Messages messages) { this.m = messages; }

    String render(Catalog catalog) {
        StringBuilder out = new StringBuilder(16384);
        out.append(m.get("catalog.title", catalog.items().size(), catalog.version())).append("\n");
        for (Item item : catalog.items()) {
            out.append('\n').append(item.text().name()).append("  [").append(item.id()).append("]\n");
            out.append("  ").append(item.category().id()).append(" \u00b7 ").append(item.position().id())
                    .append(" \u00b7 ").append(item.perSide() ? m.get("catalog.perSide") : m.get("catalog.bothSides"))
                    .append(" \u00b7 ").append(m.get("catalog.equipment")).append(' ').append(equipment(item.equipment()));
            if (item.advanced()) out.append(" \u00b7 ").append(m.get("catalog.advanced"));
            if (item.practitionerOnly()) out.append(" \u00b7 ").append(m.get("catalog.practitionerOnly"));
            if (item.foamRolling()) out.append(" \u00b7 ").append(m.get("catalog.foamRolling"));
            out.append('\n');
            if (item.finds() != null) out.append("  ").append(m.get("catalog.finds", item.finds())).append('\n');
            out.append("  ").append(m.get("catalog.dosage")).append(' ').append(item.dosage().words(m)).append('\n');
            out.append("  ").append(item.text().summary()).append('\n');
            int step = 0;
            for (String s : item.text().steps()) out.append(String.format("    %d. ", ++step)).append(s).append('\n');
            for (String cue : item.text().cues()) out.append("    ").append(m.get("catalog.cue")).append(' ').append(cue).append('\n');
            out.append("    ").append(m.get("catalog.alsoWorks")).append(' ').append(item.text().alsoWorks()).append('\n');
            for (String c : item.text().contraindications()) out.append("    ").append(m.get("catalog.caution")).append(' ').append(c).append('\n');
            for (Variant v : item.variants()) {
                out.append("    ").append(m.get("catalog.variant." + v.level().id())).append(' ').append(v.text().name())
                        .append(" (").append(equipment(v.equipment())).append("): ").append(v.text().how()).append('\n');
            }
            out.append("    ").append(m.get("catalog.sources")).append(' ').append(String.join(", ", item.sources())).append('\n');
        }
        return out.toString();
    }

    private String equipment(java.util.Set<Equipment> equipment) {
        return equipment.isEmpty() ? m.get("catalog.noEquipment") : equipment.stream().map(Equipment::id).collect(Collectors.joining(", "));
    }

}
