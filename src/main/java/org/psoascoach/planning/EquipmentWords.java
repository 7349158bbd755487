package org.psoascoach.planning;

import org.psoascoach.catalog.Equipment;
import org.psoascoach.language.Messages;

import java.util.Collection;
import java.util.stream.Collectors;

/** Equipment as it reads inside a sentence ("a stability ball"), from the bundle's {@code equipment.inline.*} words. */
final class EquipmentWords {
    private EquipmentWords() {}

    static String of(Collection<Equipment> equipment, Messages messages) {
        return equipment.stream().map(e -> messages.get("equipment.inline." + e.id())).collect(Collectors.joining(", "));
    }
}
