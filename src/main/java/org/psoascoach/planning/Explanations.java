package org.psoascoach.planning;

import org.psoascoach.assessment.FindingStatus;
import org.psoascoach.assessment.Findings;
import org.psoascoach.assessment.Side;
import org.psoascoach.assessment.SideFinding;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.language.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The "why" of every planned item (SPEC §1.3: which finding of which side), told from the block's side and share so
 * that the words always agree with the dose: "more" only on an emphasised side, "maintenance" on the others.
 */
final class Explanations {
    private final Findings findings;
    private final Circumstances circumstances;
    private final Progression.State progression;
    private final Messages messages;

    Explanations(Findings findings, Circumstances circumstances, Progression.State progression, Messages messages) {
        this.findings = findings;
        this.circumstances = circumstances;
        this.progression = progression;
        this.messages = messages;
    }

    String why(Block b) {
        StringBuilder why = new StringBuilder(160);
        SideFinding finding = b.side == Side.BOTH ? null : findings.of(b.side);
        String side = b.side == Side.BOTH ? null : messages.get(b.side.messageKey());
        switch (b.item.role()) {
            case PSOAS_STRETCH -> {
                if (finding == null) why.append(messages.get("why.stretch.both"));
                else if (b.share == Block.Share.EMPHASIS) why.append(messages.get("why.stretch.tight", side, finding.tightEvidence().get(0)));
                else why.append(messages.get("why.stretch.balanced", side));
            }
            case PSOAS_STRENGTHEN -> {
                if (finding == null) {
                    why.append(messages.get(b.share == Block.Share.HELD ? "why.strengthen.both.tight" : "why.strengthen.both"));
                } else if (b.share == Block.Share.EMPHASIS) {
                    why.append(messages.get("why.strengthen.weak", side, finding.weakEvidence().get(0)));
                } else if (finding.tight() && finding.weak()) {
                    why.append(messages.get("why.strengthen.tightAndWeak", side));
                } else if (finding.tight()) {
                    why.append(messages.get("why.strengthen.tight", side));
                } else if (b.share == Block.Share.HELD) {
                    why.append(messages.get("why.strengthen.balanced.held", side, messages.get(b.side.other().messageKey())));
                } else {
                    why.append(messages.get("why.strengthen.balanced", side));
                }
            }
            case GLUTE_STRENGTHEN -> why.append(finding == null ? messages.get("why.glute.both")
                    : messages.get(finding.tight() ? "why.glute.tight" : "why.glute.weak", side));
            case SURFACE_RELEASE -> why.append(messages.get("why.release", side));
            case BREATHING -> why.append(messages.get(b.part == SessionPart.CLOSING ? "why.closing" : "why.opening"));
            default -> throw new IllegalStateException("not a plannable role: " + b.item.role());
        }
        if (finding != null && finding.status() == FindingStatus.UNTESTED) why.append(' ').append(messages.get("why.untested"));
        switch (b.eligibility.setup().use()) {
            case CHAIR_SUPPORT -> why.append(' ').append(messages.get("why.chair"));
            case INSTEAD_OF_MISSING_EQUIPMENT -> why.append(' ').append(messages.get("why.variant.equipment",
                    b.variant.text().name(), EquipmentWords.of(missingForItself(b), messages)));
            case ITSELF -> {
                if (b.harder) why.append(' ').append(messages.get("why.harder"));
            }
        }
        if (b.step > 0) {
            var last = progression.last();
            why.append(' ').append(messages.get(last != null && last.kind() == ProgressionEvent.Kind.STEP_BACK
                    ? "why.steppedBack" : "why.progressed", b.step));
        }
        return why.toString();
    }

    private List<Equipment> missingForItself(Block b) {
        List<Equipment> out = new ArrayList<>(2);
        for (Equipment e : b.item.equipment()) if (!circumstances.equipment().contains(e)) out.add(e);
        return out;
    }

    List<String> progressionChanges() {
        List<String> out = new ArrayList<>(progression.events().size());
        for (ProgressionEvent e : progression.events()) {
            out.add(e.kind() == ProgressionEvent.Kind.DOSE_UP
                    ? messages.get("progression.up", e.date(), e.stepAfter())
                    : messages.get("progression.back", e.date(), e.painBefore(), e.painAfter(), e.stepAfter()));
        }
        return List.copyOf(out);
    }
}
