package org.untfsse.workbench.ui.common;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.untfsse.workbench.i18n.SupportedLanguages;

/** The officer's display choices: language and text size. Kept in java.util.prefs, not in the database. */
public final class UiSettings {

    public static final int[] TEXT_SIZES = {100, 115, 125, 150};
    static final double BASE_FONT_PX = 14;

    private final Preferences prefs;

    public UiSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The chosen language; empty means "follow the system". */
    public Optional<Locale> language() {
        String tag = prefs.get("language", "");
        return tag.isEmpty() ? Optional.empty() : Optional.of(SupportedLanguages.closest(Locale.forLanguageTag(tag)));
    }

    public void saveLanguage(Optional<Locale> language) {
        prefs.put("language", language.map(Locale::toLanguageTag).orElse(""));
    }

    /** The language to show: the chosen one, or the system's if supported, or English. */
    public Locale effectiveLanguage(Locale system) {
        return language().orElseGet(() -> SupportedLanguages.closest(system));
    }

    public int textSizePercent() {
        int size = prefs.getInt("textSize", 100);
        return size < 80 || size > 200 ? 100 : size;
    }

    public void saveTextSizePercent(int percent) {
        prefs.putInt("textSize", percent);
    }

    /** The root font size in pixels for the chosen text size; everything else scales from it. */
    public double fontSizePx() {
        return BASE_FONT_PX * textSizePercent() / 100.0;
    }
}
