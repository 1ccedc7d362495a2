package org.untfsse.workbench.i18n;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Every user-visible text of the application, in one locale.
 *
 * <p>Texts live in one resource bundle per feature ({@code i18n/common}, {@code i18n/roster}, ...),
 * so features can grow their texts without touching each other's files. Every text is a
 * {@link MessageFormat} pattern: a literal apostrophe is written twice ({@code ''}).
 */
public final class Messages {

    /** Base names of the feature bundles, in lookup order. */
    public static final List<String> BUNDLES = List.of(
            "i18n.common", "i18n.roster", "i18n.rotation", "i18n.meeting", "i18n.archive", "i18n.exchange",
            "i18n.mail");

    private final Locale locale;
    private final Map<String, String> texts;

    private Messages(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
    }

    public static Messages forLocale(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String base : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(base, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                for (String key : bundle.keySet()) {
                    texts.putIfAbsent(key, bundle.getString(key));
                }
            } catch (MissingResourceException featureWithoutTexts) {
                // A feature that has no texts yet simply contributes none.
            }
        }
        return new Messages(locale, Collections.unmodifiableMap(texts));
    }

    public Locale locale() {
        return locale;
    }

    /** True for languages written right to left (Arabic): the window is laid out mirrored. */
    public boolean isRightToLeft() {
        return SupportedLanguages.isRightToLeft(locale);
    }

    /** The text for {@code key} with its placeholders filled; a missing key shows as {@code !key!}. */
    public String get(String key, Object... args) {
        String pattern = texts.get(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    public Set<String> keys() {
        return texts.keySet();
    }
}
