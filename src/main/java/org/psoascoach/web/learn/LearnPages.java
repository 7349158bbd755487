package org.psoascoach.web.learn;

import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.Text;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * Short reading on the psoas, in our own words from the source articles' facts: what it is and does,
 * what tightens or weakens it, how that shows, and when to see a doctor. The words live in the
 * message bundle as numbered sections, so a translation adds sections without touching code.
 */
public final class LearnPages {
    public static final List<String> TOPICS = List.of("psoas", "causes", "symptoms", "doctor");

    private final Pages pages;

    public LearnPages(Pages pages) { this.pages = pages; }

    /** A topic: its title, a lead paragraph, and sections of paragraphs and bullet points. */
    public record Topic(String id, String title, String lead, List<Section> sections) {
        /** The topic about the muscle itself carries the anatomical drawing. */
        public boolean illustrated() { return id.equals(TOPICS.get(0)); }
    }

    public record Section(String heading, List<String> paragraphs, List<String> points) {}

    /** The topics for the index page. */
    public record Index(List<Topic> topics) {}

    public void index(Context ctx) {
        Text t = pages.visitor(ctx).text();
        List<Topic> topics = TOPICS.stream().map(id -> new Topic(id, t.get("learn." + id + ".title"), t.get("learn." + id + ".lead"), List.of())).toList();
        pages.show(ctx, "learn.title", Frame.Section.LEARN, frame -> pages.templates.learnIndex(frame, new Index(topics)));
    }

    public void topic(Context ctx) {
        String id = ctx.pathParam("topic");
        if (!TOPICS.contains(id)) throw new NotFoundResponse();
        Text t = pages.visitor(ctx).text();
        List<Section> sections = new ArrayList<>();
        for (int s = 1; t.has("learn." + id + ".s" + s + ".heading"); s++) {
            String prefix = "learn." + id + ".s" + s;
            sections.add(new Section(t.get(prefix + ".heading"), numbered(t, prefix + ".p"), numbered(t, prefix + ".point")));
        }
        Topic topic = new Topic(id, t.get("learn." + id + ".title"), t.get("learn." + id + ".lead"), sections);
        pages.showTitled(ctx, topic.title(), Frame.Section.LEARN, frame -> pages.templates.learnTopic(frame, topic, TOPICS.stream().filter(o -> !o.equals(id)).map(o -> new Topic(o, t.get("learn." + o + ".title"), "", List.of())).toList()));
    }

    private static List<String> numbered(Text t, String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 1; t.has(prefix + i); i++) out.add(t.get(prefix + i));
        return out;
    }
}
