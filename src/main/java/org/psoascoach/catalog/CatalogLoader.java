package org.psoascoach.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.psoascoach.catalog.figure.Pose;
import org.psoascoach.json.JsonIn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads the catalog: every {@code catalog/items/<id>.json} on the classpath (adding an item is adding
 * a file), its words from {@code catalog/text/<language>/<id>.json} and its figure
 * {@code catalog/figures/<id>.svg}. Anything wrong is refused with the file and field named.
 */
public final class CatalogLoader {
    static final String ITEMS = "catalog/items/";
    /** The five articles the facts come from; a source must be one of them. */
    public static final Set<String> ARTICLES = Set.of("000_5a2dab7b40dbe4cb.txt", "001_2f8e06a55c2cd93c.txt",
            "002_07b991810edc77fa.txt", "003_22ef1e3ce816554e.txt", "004_4158d3cdbec8ca2f.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogLoader() {}

    /** The catalog in a language, with its figures checked; what the app and the CLI use. */
    public static Catalog load(String language) { return load(language, true); }

    public static Catalog load(String language, boolean requireFigures) {
        TreeMap<String, byte[]> facts = new TreeMap<>();
        for (String name : itemFileNames()) facts.put(name, read(ITEMS + name));
        TreeMap<String, byte[]> texts = new TreeMap<>();
        for (String name : facts.keySet()) {
            byte[] text = readOptional("catalog/text/" + language + "/" + name);
            if (text != null) texts.put(name, text);
        }
        return parse(facts, texts, language, requireFigures);
    }

    /** Parses already-read files (file name → bytes); used by {@link #load} and by tests of bad data. */
    public static Catalog parse(TreeMap<String, byte[]> facts, TreeMap<String, byte[]> texts, String language,
                                boolean requireFigures) {
        List<String> errors = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        MessageDigest digest = sha256();
        for (var entry : facts.entrySet()) {
            String name = entry.getKey();
            String factsFile = ITEMS + name;
            String textFile = "catalog/text/" + language + "/" + name;
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(entry.getValue());
            byte[] textBytes = texts.get(name);
            if (textBytes == null) {
                errors.add(textFile + ": missing (every item needs its text in each language)");
                continue;
            }
            digest.update(textBytes);
            JsonIn factsIn = parseJson(factsFile, entry.getValue(), errors);
            JsonIn textIn = parseJson(textFile, textBytes, errors);
            if (factsIn == null || textIn == null) continue;
            Item item = ItemReader.read(name.substring(0, name.length() - ".json".length()), factsIn, textIn);
            factsIn.problems().forEach(p -> errors.add(factsFile + ": " + p));
            textIn.problems().forEach(p -> errors.add(textFile + ": " + p));
            if (item == null) continue;
            if (requireFigures && CatalogLoader.class.getClassLoader().getResource("catalog/figures/" + item.id() + ".svg") == null) {
                errors.add("catalog/figures/" + item.id() + ".svg: missing (run the build, which draws it from the pose)");
            }
            items.add(item);
        }
        if (facts.isEmpty()) errors.add(ITEMS + ": no items found");
        if (!errors.isEmpty()) throw new CatalogException("The catalog data is invalid:\n  " + String.join("\n  ", errors));
        items.sort(Comparator.comparing(Item::category).thenComparingInt(Item::priority).thenComparing(Item::id));
        return new Catalog(items, HexFormat.of().formatHex(digest.digest()).substring(0, 12));
    }

    private static JsonIn parseJson(String file, byte[] bytes, List<String> errors) {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                errors.add(file + ": must hold one JSON object");
                return null;
            }
            return JsonIn.root(node);
        } catch (JsonProcessingException e) {
            errors.add(file + ": not valid JSON" + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The item files, found by listing the folder in the jar or on disk. */
    static List<String> itemFileNames() {
        URL url = CatalogLoader.class.getClassLoader().getResource(ITEMS);
        if (url == null) throw new CatalogException(ITEMS + ": not on the classpath");
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(ITEMS) && n.endsWith(".json") && n.indexOf('/', ITEMS.length()) < 0)
                            .map(n -> n.substring(ITEMS.length())).sorted().toList();
                }
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new CatalogException("cannot list " + url, e);
        }
    }

    private static byte[] read(String resource) {
        byte[] bytes = readOptional(resource);
        if (bytes == null) throw new CatalogException(resource + ": missing");
        return bytes;
    }

    private static byte[] readOptional(String resource) {
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Turns one item's two JSON files into an {@link Item}, recording every problem. */
    static final class ItemReader {
        private ItemReader() {}

        static Item read(String fileId, JsonIn f, JsonIn t) {
            f.expectObject("id", "category", "role", "priority", "position", "equipment", "perSide", "advanced",
                    "practitionerOnly", "foamRolling", "avoidInPregnancy", "dosage", "variants", "sources", "finds", "figure");
            t.expectObject("name", "summary", "steps", "cues", "keyCue", "alsoWorks", "contraindications", "variants");
            String id = f.string("id", true);
            if (id != null && !id.equals(fileId)) f.problemAt("id", "must match the file name (\"" + fileId + "\")");
            Category category = f.code("category", true, Category::fromId, Codes.allowed(Category.values(), Category::id));
            Role role = f.code("role", true, Role::fromId, Codes.allowed(Role.values(), Role::id));
            Integer priority = f.integer("priority", 0, 1000, true);
            Position position = f.code("position", true, Position::fromId, Codes.allowed(Position.values(), Position::id));
            Set<Equipment> equipment = enumSet(f.codes("equipment", Equipment::fromId, Equipment.allowedIds()));
            Boolean perSide = f.bool("perSide", true);
            Boolean advanced = f.bool("advanced", true);
            Boolean practitionerOnly = f.bool("practitionerOnly", true);
            Boolean foamRolling = f.bool("foamRolling", true);
            Boolean avoidInPregnancy = f.bool("avoidInPregnancy", true);
            Dosage dosage = dosage(f.field("dosage"));
            List<String> sources = f.strings("sources", true, true);
            if (sources != null) {
                for (int i = 0; i < sources.size(); i++) {
                    if (!ARTICLES.contains(sources.get(i))) {
                        f.field("sources").problem("[" + i + "] \"" + sources.get(i) + "\" is not one of the articles " + ARTICLES.stream().sorted().toList());
                    }
                }
            }
            String finds = f.string("finds", category == Category.TEST);
            ItemText text = new ItemText(t.string("name", true), t.string("summary", true), t.strings("steps", true, true),
                    t.strings("cues", true, true), t.string("keyCue", true), t.string("alsoWorks", true),
                    t.strings("contraindications", false, false));
            List<Variant> variants = variants(f, t);
            Pose figure = PoseReader.read(f.field("figure"));

            if (category != null && role != null) checkRoleFits(f, category, role, Boolean.TRUE.equals(practitionerOnly));
            if (dosage != null && role != null && Boolean.TRUE.equals(perSide)
                    && (role == Role.PSOAS_STRETCH || role == Role.PSOAS_STRENGTHEN) && dosage.sets().max() <= dosage.sets().min()) {
                // the planner gives a tight or weak side one more set; an item that cannot take one cannot show emphasis
                f.problemAt("dosage.sets", "a per-side " + role.id() + " item needs room for one more set (max > min)");
            }
            if (!f.problems().isEmpty() || !t.problems().isEmpty()) return null;
            return new Item(id, category, role, priority, position, equipment, perSide, advanced, practitionerOnly,
                    foamRolling, avoidInPregnancy, dosage, variants, sources, finds, text, figure);
        }

        private static void checkRoleFits(JsonIn f, Category category, Role role, boolean practitionerOnly) {
            boolean fits = switch (role) {
                case TEST -> category == Category.TEST;
                case PSOAS_STRETCH -> category == Category.STRETCH;
                case PSOAS_STRENGTHEN, GLUTE_STRENGTHEN -> category == Category.STRENGTHEN;
                case SURFACE_RELEASE -> category == Category.RELEASE;
                case BREATHING -> category == Category.BREATHING;
                case PRACTITIONER -> practitionerOnly;
            };
            if (!fits) f.problemAt("role", "\"" + role.id() + "\" does not fit category \"" + category.id() + "\"");
            if (practitionerOnly && role != Role.PRACTITIONER) f.problemAt("role", "a practitioner-only item must have role \"practitioner\"");
        }

        private static Dosage dosage(JsonIn d) {
            if (d.isAbsent()) {
                d.problem("is required");
                return null;
            }
            if (!d.expectObject("kind", "sets", "holdSeconds", "reps")) return null;
            String kind = d.string("kind", true);
            Range sets = range(d, "sets", 1, 10, true);
            Range hold;
            Range reps;
            if ("hold".equals(kind)) {
                hold = range(d, "holdSeconds", 1, 600, true);
                reps = null;
                if (d.has("reps")) d.problemAt("reps", "a hold item has no reps");
                if (sets == null || hold == null) return null;
                return new Dosage(Dosage.Kind.HOLD, sets, hold, null);
            } else if ("reps".equals(kind)) {
                reps = range(d, "reps", 1, 50, true);
                hold = range(d, "holdSeconds", 1, 30, false);
                if (sets == null || reps == null) return null;
                return new Dosage(Dosage.Kind.REPS, sets, hold, reps);
            }
            if (kind != null) d.problemAt("kind", "unknown value \"" + kind + "\"; allowed values are hold, reps");
            return null;
        }

        private static Range range(JsonIn d, String name, int floor, int ceiling, boolean required) {
            JsonIn r = d.field(name);
            if (r.isAbsent()) {
                if (required) r.problem("is required ({\"min\": …, \"max\": …})");
                return null;
            }
            if (!r.expectObject("min", "max")) return null;
            Integer min = r.integer("min", floor, ceiling, true);
            Integer max = r.integer("max", floor, ceiling, true);
            if (min == null || max == null) return null;
            if (min > max) {
                r.problem("min (" + min + ") is above max (" + max + ")");
                return null;
            }
            return new Range(min, max);
        }

        private static List<Variant> variants(JsonIn f, JsonIn t) {
            List<Variant> out = new ArrayList<>();
            JsonIn texts = t.field("variants");
            List<String> seen = new ArrayList<>();
            for (JsonIn v : f.elements("variants")) {
                if (!v.expectObject("id", "level", "equipment", "advanced", "chairSupported")) continue;
                String id = v.string("id", true);
                VariantLevel level = v.code("level", true, VariantLevel::fromId, "easier, harder");
                Set<Equipment> equipment = enumSet(v.codes("equipment", Equipment::fromId, Equipment.allowedIds()));
                Boolean advanced = v.bool("advanced", false);
                Boolean chair = v.bool("chairSupported", false);
                if (Boolean.TRUE.equals(chair) && !equipment.contains(Equipment.CHAIR)) {
                    v.problemAt("equipment", "a chair-supported variant must list \"chair\"");
                }
                if (id == null || level == null) continue;
                if (seen.contains(id)) v.problemAt("id", "\"" + id + "\" is used twice");
                seen.add(id);
                JsonIn vt = texts.field(id);
                if (vt.isAbsent()) {
                    vt.problem("missing: variant \"" + id + "\" of the facts file has no text");
                    continue;
                }
                vt.expectObject("name", "how");
                VariantText text = new VariantText(vt.string("name", true), vt.string("how", true));
                out.add(new Variant(id, level, equipment, Boolean.TRUE.equals(advanced), Boolean.TRUE.equals(chair), text));
            }
            for (String textId : texts.fieldNames()) {
                if (!seen.contains(textId)) texts.problemAt(textId, "text for a variant the facts file does not have");
            }
            return List.copyOf(out);
        }

        private static <E extends Enum<E>> Set<E> enumSet(Set<E> values) {
            if (values.isEmpty()) return Set.of();
            return java.util.Collections.unmodifiableSet(EnumSet.copyOf(values));
        }
    }

    /** Reads the joint angles and props of a figure. */
    static final class PoseReader {
        private PoseReader() {}

        static Pose read(JsonIn p) {
            if (p.isAbsent()) {
                p.problem("is required (the pose the illustration is drawn from)");
                return null;
            }
            if (!p.expectObject("view", "pelvis", "torso", "head", "nearArm", "farArm", "nearLeg", "farLeg", "psoas", "props", "partner")) return null;
            List<Double> pelvis = angles(p, "pelvis", 2, 2);
            Double torso = p.number("torso", -360, 360, true);
            Double head = p.number("head", -360, 360, true);
            List<Double> nearArm = angles(p, "nearArm", 2, 2), farArm = angles(p, "farArm", 2, 2);
            List<Double> nearLeg = angles(p, "nearLeg", 3, 3), farLeg = angles(p, "farLeg", 3, 3);
            String psoas = p.string("psoas", false);
            if (psoas != null && !List.of("near", "far", "none").contains(psoas)) {
                p.problemAt("psoas", "unknown value \"" + psoas + "\"; allowed values are near, far, none");
            }
            List<Pose.Prop> props = new ArrayList<>();
            for (JsonIn prop : p.elements("props")) {
                if (!prop.expectObject("type", "x", "y", "w", "h")) continue;
                String type = prop.string("type", true);
                if (type != null && !Pose.PROP_TYPES.contains(type)) {
                    prop.problemAt("type", "unknown value \"" + type + "\"; allowed values are " + String.join(", ", Pose.PROP_TYPES));
                }
                Double x = prop.number("x", -500, 500, false), y = prop.number("y", -500, 500, false);
                Double w = prop.number("w", -500, 500, false), h = prop.number("h", -500, 500, false);
                props.add(new Pose.Prop(type, orZero(x), orZero(y), orZero(w), orZero(h)));
            }
            String view = p.string("view", false);
            if (view != null && !List.of("side", "above").contains(view)) {
                p.problemAt("view", "unknown value \"" + view + "\"; allowed values are side, above");
            }
            Pose partner = p.has("partner") ? read(p.field("partner")) : null;
            if (pelvis == null || torso == null || head == null || nearArm == null || farArm == null || nearLeg == null || farLeg == null) {
                return null;
            }
            return new Pose(view == null ? "side" : view, pelvis.get(0), pelvis.get(1), torso, head, new Pose.Limb(nearArm), new Pose.Limb(farArm),
                    new Pose.Limb(nearLeg), new Pose.Limb(farLeg), psoas == null ? "near" : psoas, List.copyOf(props), partner);
        }

        private static double orZero(Double d) { return d == null ? 0 : d; }

        private static List<Double> angles(JsonIn p, String name, int min, int max) {
            if (p.field(name).isAbsent()) {
                p.problemAt(name, "is required (a list of " + min + " numbers)");
                return null;
            }
            List<JsonIn> elements = p.elements(name);
            if (elements.size() < min || elements.size() > max) {
                p.problemAt(name, "must list " + min + " numbers");
                return null;
            }
            List<Double> out = new ArrayList<>();
            for (JsonIn element : elements) {
                Double v = element.asNumber(-500, 500);
                if (v == null) return null;
                out.add(v);
            }
            return List.copyOf(out);
        }
    }
}
