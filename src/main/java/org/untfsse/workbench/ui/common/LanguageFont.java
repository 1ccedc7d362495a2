package org.untfsse.workbench.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.text.Font;

/**
 * The font family to prefer for a language whose script the default font lacks. On Linux, JavaFX
 * follows only the first few fontconfig fallbacks, so with many fonts installed Chinese can come out
 * as boxes although a CJK font is present; naming an installed CJK family avoids that.
 */
final class LanguageFont {

    private static final Map<String, List<String>> FAMILIES = Map.of(
            "zh", List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
                    "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback", "Microsoft YaHei",
                    "PingFang SC"));

    private static Set<String> installed;

    private LanguageFont() {
    }

    static Optional<String> familyFor(Locale language) {
        List<String> wanted = FAMILIES.get(language.getLanguage());
        if (wanted == null) {
            return Optional.empty();
        }
        if (installed == null) {
            installed = Set.copyOf(Font.getFamilies());
        }
        return wanted.stream().filter(installed::contains).findFirst();
    }
}
