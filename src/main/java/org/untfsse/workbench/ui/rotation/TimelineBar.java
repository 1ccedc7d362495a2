package org.untfsse.workbench.ui.rotation;

import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.untfsse.workbench.model.rotation.RotationTerm;

/** One term on the timeline: a focusable bar labelled with the organization's acronym. */
final class TimelineBar extends StackPane {

    final RotationTerm term;
    final boolean proposed;
    final int row;
    final int lane;
    final LocalDate from;
    /** The day after the bar's last day. */
    final LocalDate until;
    final Label label;

    TimelineBar(RotationTerm term, boolean proposed, int row, int lane, LocalDate from, LocalDate until,
                String acronym, String tooltip) {
        this.term = term;
        this.proposed = proposed;
        this.row = row;
        this.lane = lane;
        this.from = from;
        this.until = until;
        this.label = new Label(acronym);
        label.getStyleClass().add("timeline-bar-label");
        label.setMinWidth(USE_PREF_SIZE);
        getChildren().add(label);
        getStyleClass().add("timeline-bar");
        if (proposed) {
            getStyleClass().add("proposed");
        }
        if (term.end() == null) {
            getStyleClass().add("current");
        }
        setFocusTraversable(!proposed);
        setId("bar-" + term.id());
        setAccessibleText(tooltip.replace('\n', ' '));
        Tooltip tip = new Tooltip(tooltip);
        tip.setShowDelay(Duration.millis(250));
        Tooltip.install(this, tip);
    }
}
