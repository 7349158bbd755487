package org.psoascoach.contract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Range;
import org.psoascoach.catalog.Variant;

import java.util.Set;

/** The catalog JSON of SPEC §2: an array with every item's facts and words. */
public final class CatalogJson {
    private CatalogJson() {}

    public static String write(Catalog catalog) {
        ArrayNode array = Json.NODES.arrayNode();
        for (Item item : catalog.items()) array.add(item(item));
        return Json.write(array);
    }

    public static ObjectNode item(Item item) {
        ObjectNode node = Json.object();
        node.put("id", item.id());
        node.put("name", item.text().name());
        node.put("category", item.category().id());
        node.put("role", item.role().id());
        node.put("position", item.position().id());
        node.set("equipment", equipment(item.equipment()));
        node.put("perSide", item.perSide());
        node.put("advanced", item.advanced());
        node.put("practitionerOnly", item.practitionerOnly());
        node.put("foamRolling", item.foamRolling());
        node.put("avoidInPregnancy", item.avoidInPregnancy());
        if (item.finds() == null) node.putNull("finds");
        else node.put("finds", item.finds());
        ObjectNode dosage = node.putObject("dosage");
        dosage.put("kind", item.dosage().isHold() ? "hold" : "reps");
        range(dosage, "sets", item.dosage().sets());
        range(dosage, "holdSeconds", item.dosage().holdSeconds());
        range(dosage, "reps", item.dosage().reps());
        node.put("summary", item.text().summary());
        node.set("steps", Json.strings(item.text().steps()));
        node.set("cues", Json.strings(item.text().cues()));
        node.put("keyCue", item.text().keyCue());
        node.put("alsoWorks", item.text().alsoWorks());
        node.set("contraindications", Json.strings(item.text().contraindications()));
        ArrayNode variants = node.putArray("variants");
        for (Variant v : item.variants()) {
            ObjectNode vn = variants.addObject();
            vn.put("id", v.id());
            vn.put("level", v.level().id());
            vn.put("name", v.text().name());
            vn.put("how", v.text().how());
            vn.set("equipment", equipment(v.equipment()));
            vn.put("advanced", v.advanced());
            vn.put("chairSupported", v.chairSupported());
        }
        node.set("sources", Json.strings(item.sources()));
        node.put("illustration", "catalog/figures/" + item.id() + ".svg");
        return node;
    }

    private static ArrayNode equipment(Set<Equipment> equipment) {
        ArrayNode array = Json.NODES.arrayNode();
        for (Equipment e : equipment) array.add(e.id());
        return array;
    }

    private static void range(ObjectNode node, String field, Range range) {
        if (range == null) {
            node.putNull(field);
        } else {
            node.putObject(field).put("min", range.min()).put("max", range.max());
        }
    }
}
