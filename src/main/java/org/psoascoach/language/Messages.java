package org.psoascoach.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The product's sentences in one language, from {@code messages/psoas_<lang>.properties}. A second
 * language is a second file. Placeholders are {@code {0}}, {@code {1}}, … and are filled without
 * MessageFormat's rules, so an apostrophe is just an apostrophe.
 */
public final class Messages {
    private final Map<String, String[]> templates;
    private final String language;

    private Messages(String language, Map<String, String[]> templates) {
        this.language = language;
        this.templates = templates;
    }

    public static Messages load(String language) {
        Properties properties = new Properties();
        String resource = "messages/psoas_" + language + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no messages for language \"" + language + "\" (" + resource + ")");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String[]> parsed = new HashMap<>();
        for (String key : properties.stringPropertyNames()) parsed.put(key, split(properties.getProperty(key)));
        return new Messages(language, parsed);
    }

    public static Messages english() { return load("en"); }

    public String language() { return language; }

    public boolean has(String key) { return templates.containsKey(key); }

    /** The sentence for {@code key} with its placeholders filled in order. */
    public String get(String key, Object... args) {
        String[] parts = templates.get(key);
        if (parts == null) throw new IllegalArgumentException("no message \"" + key + "\" in language " + language);
        if (parts.length == 1) return parts[0];
        StringBuilder out = new StringBuilder(64);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                out.append(parts[i]);
            } else {
                int index = parts[i].charAt(0) - '0';
                out.append(index < args.length ? args[index] : "{" + index + "}");
            }
        }
        return out.toString();
    }

    /** Splits "a {0} b" into ["a ", "0", " b"]: even slots are text, odd slots are argument indexes. */
    private static String[] split(String template) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i + 2 < template.length(); i++) {
            if (template.charAt(i) == '{' && Character.isDigit(template.charAt(i + 1)) && template.charAt(i + 2) == '}') {
                parts.add(template.substring(from, i));
                parts.add(String.valueOf(template.charAt(i + 1)));
                from = i + 3;
                i += 2;
            }
        }
        parts.add(template.substring(from));
        return parts.toArray(String[]::new);
    }
}
