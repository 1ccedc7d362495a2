package org.untfsse.workbench.i18n;

import java.util.List;
import java.util.Locale;

/** The six official UN languages the workbench speaks. */
public final class SupportedLanguages {

    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("ar"), Locale.CHINESE, Locale.forLanguageTag("ru"));

    private SupportedLanguages() {
    }

    /** The supported language closest to {@code requested} (by language code), English otherwise. */
    public static Locale closest(Locale requested) {
        return ALL.stream().filter(l -> l.getLanguage().equals(requested.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    }

    /** The language's own name for itself, e.g. "Français", "العربية". */
    public static String nativeName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.getLanguage() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    public static boolean isRightToLeft(Locale locale) {
        return List.of("ar", "he", "fa", "ur").contains(locale.getLanguage());
    }
}
