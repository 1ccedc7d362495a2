package org.untfsse.workbench.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.i18n.SupportedLanguages;
import org.untfsse.workbench.ui.common.DialogService;
import org.untfsse.workbench.ui.common.UiSettings;

/** View ▸ Language and View ▸ Text size. */
final class SettingsMenus {

    private SettingsMenus() {
    }

    /** Language takes effect at the next start (the whole window is built in one language). */
    static Menu language(Messages messages, UiSettings settings, DialogService dialogs) {
        Menu menu = new Menu(messages.get("menu.view.language"));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem system = new RadioMenuItem(messages.get("settings.language.system"));
        system.setToggleGroup(group);
        system.setSelected(settings.language().isEmpty());
        system.setOnAction(e -> choose(messages, settings, dialogs, Optional.empty()));
        menu.getItems().add(system);
        for (Locale language : SupportedLanguages.ALL) {
            RadioMenuItem item = new RadioMenuItem(SupportedLanguages.nativeName(language));
            item.setId("menu-language-" + language.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(settings.language().filter(language::equals).isPresent());
            item.setOnAction(e -> choose(messages, settings, dialogs, Optional.of(language)));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static void choose(Messages messages, UiSettings settings, DialogService dialogs, Optional<Locale> language) {
        settings.saveLanguage(language);
        dialogs.showInfo(messages.get("menu.view.language"), messages.get("settings.language.nextStart"));
    }

    /** Text size takes effect at once. */
    static Menu textSize(Messages messages, UiSettings settings, Consumer<Double> applyFontSize) {
        Menu menu = new Menu(messages.get("menu.view.textSize"));
        menu.setId("menu-text-size");
        ToggleGroup group = new ToggleGroup();
        for (int percent : UiSettings.TEXT_SIZES) {
            RadioMenuItem item = new RadioMenuItem(messages.get("settings.textSize.percent", percent));
            item.setId("menu-text-size-" + percent);
            item.setToggleGroup(group);
            item.setSelected(settings.textSizePercent() == percent);
            item.setOnAction(e -> {
                settings.saveTextSizePercent(percent);
                applyFontSize.accept(settings.fontSizePx());
            });
            menu.getItems().add(item);
        }
        return menu;
    }
}
