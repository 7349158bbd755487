package org.psoascoach.web.library;

import java.util.List;

/** One catalog item's detail page: what it is, how to do it, its versions, when not to, and where it comes from. */
public record ItemView(String id, String name, String summary, String category, String position, String equipment, String side,
                       String dosage, String finds, List<String> steps, List<String> cues, String keyCue, String alsoWorks,
                       List<Version> variants, List<String> contraindications, List<String> sources, boolean practitionerOnly,
                       boolean advanced, boolean avoidInPregnancy) {

    public record Version(String level, String name, String how) {}
}
