package org.untfsse.workbench.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text exists, and is not empty, in all six UN languages; translations keep the
 * placeholders of the English text; and no bundle keeps a key the code no longer uses.
 */
class BundleCompletenessTest {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Path SOURCES = Path.of("src/main/java");
    static final List<String> TRANSLATIONS = List.of("fr", "es", "ar", "zh", "ru");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]++|\\\\.)*+)\"");

    static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.getFileName().toString().matches("[a-z-]+\\.properties")).sorted().toList();
        }
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static boolean isPicocli(Path base) {
        return base.getFileName().toString().startsWith("cli");
    }

    @Test
    void every_key_is_translated_and_not_empty_in_every_language() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path base : baseBundles()) {
            Properties english = load(base);
            String name = base.getFileName().toString().replace(".properties", "");
            for (String language : TRANSLATIONS) {
                Path translated = BUNDLES.resolve(name + "_" + language + ".properties");
                if (!Files.exists(translated)) {
                    problems.add(translated + " is missing");
                    continue;
                }
                Properties other = load(translated);
                for (String key : new TreeSet<>(english.stringPropertyNames())) {
                    String text = other.getProperty(key);
                    if (text == null || text.isBlank()) {
                        problems.add(translated.getFileName() + ": " + key + " is missing or empty");
                    } else if (!placeholders(text).equals(placeholders(english.getProperty(key)))) {
                        problems.add(translated.getFileName() + ": " + key + " has placeholders " + placeholders(text)
                                + " but English has " + placeholders(english.getProperty(key)));
                    }
                }
                for (String key : other.stringPropertyNames()) {
                    if (!english.containsKey(key)) {
                        problems.add(translated.getFileName() + ": " + key + " is not in the English bundle");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_text_is_a_valid_message_format_with_apostrophes_doubled() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties") && !isPicocli(p)).toList()) {
                Properties texts = load(file);
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    // '' is an apostrophe; '{…}' quotes literal braces; any other single quote would vanish.
                    if (text.replace("''", "").replaceAll("'[{}][^']*'", "").contains("'")) {
                        problems.add(file.getFileName() + ": " + key + " has a single apostrophe (write '')");
                    }
                    try {
                        new MessageFormat(text);
                    } catch (IllegalArgumentException e) {
                        problems.add(file.getFileName() + ": " + key + " is not a valid pattern: " + e.getMessage());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void no_bundle_keeps_a_key_the_code_no_longer_uses() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = STRING_LITERAL.matcher(Files.readString(source));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        List<String> unused = new ArrayList<>();
        for (Path base : baseBundles()) {
            if (isPicocli(base)) {
                continue; // picocli finds its keys by command and option names
            }
            for (String key : load(base).stringPropertyNames()) {
                boolean used = literals.contains(key) || literals.stream()
                        .anyMatch(l -> l.endsWith(".") && l.length() > 3 && key.startsWith(l));
                if (!used) {
                    unused.add(base.getFileName() + ": " + key);
                }
            }
        }
        assertThat(unused).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
