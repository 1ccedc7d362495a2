package org.untfsse.workbench.ui.rotation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;

/**
 * The rotation as a picture: one row per office, each term a bar across the years labelled with
 * the organization's acronym (hidden, never cut, when the bar is too narrow; the tooltip always
 * says who). Gaps are hatched, proposals dashed, today is a line. Bars are focusable: Enter
 * edits, the arrow keys move between bars.
 */
public final class TimelineChart extends Region {

    static final double MIN_LABEL_WIDTH = 96;
    static final double AXIS_HEIGHT = 24;
    static final double ROW_HEIGHT = 40;
    static final double SHARED_ROW_HEIGHT = 60;
    private static final double[] LABEL_SIZES = {12.5, 10.5};
    static final double FOOT_HEIGHT = 18;
    private static final double RIGHT_PAD = 12;

    private final TimelineModel model;
    private final List<Node> rowLabels = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();
    private final List<TimelineBar> bars = new ArrayList<>();
    private final List<Label> axisLabels = new ArrayList<>();
    private final List<LocalDate> axisDates = new ArrayList<>();
    private final List<Line> gridLines = new ArrayList<>();
    private Line todayLine;
    private Label todayLabel;
    private Consumer<RotationTerm> onEdit = t -> { };
    private LocalDate rangeStart = LocalDate.of(2020, 1, 1);
    private LocalDate rangeEnd = LocalDate.of(2021, 1, 1);
    private double labelWidth = MIN_LABEL_WIDTH;

    /** A node spanning dates on one row (a gap). */
    private record Placed(Node node, LocalDate from, LocalDate until, int row) {
    }

    public TimelineChart(TimelineModel model) {
        this.model = model;
        getStyleClass().add("timeline-chart");
        setId("rotation-timeline");
        model.addListener(this::rebuild);
        rebuild();
    }

    public void setOnEdit(Consumer<RotationTerm> onEdit) {
        this.onEdit = onEdit;
    }

    List<TimelineBar> bars() {
        return bars;
    }

    private void rebuild() {
        getChildren().clear();
        rowLabels.clear();
        placed.clear();
        bars.clear();
        axisLabels.clear();
        axisDates.clear();
        gridLines.clear();
        rangeStart = LocalDate.of(model.firstYear(), 1, 1);
        rangeEnd = LocalDate.of(model.lastYear() + 1, 1, 1);
        boolean quarters = model.zoom() == TimelineZoom.QUARTERS;
        for (LocalDate d = rangeStart; d.isBefore(rangeEnd); d = d.plusMonths(quarters ? 3 : 12)) {
            Line grid = new Line();
            grid.getStyleClass().add(d.getMonthValue() == 1 ? "timeline-grid-year" : "timeline-grid-quarter");
            gridLines.add(grid);
            Label axis = new Label(d.getMonthValue() == 1 ? String.valueOf(d.getYear()) : "Q" + (d.getMonthValue() / 3 + 1));
            axis.getStyleClass().add(d.getMonthValue() == 1 ? "timeline-axis-year" : "timeline-axis-quarter");
            axisLabels.add(axis);
            axisDates.add(d);
        }
        getChildren().addAll(gridLines);
        getChildren().addAll(axisLabels);
        List<Office> offices = model.offices();
        for (int row = 0; row < offices.size(); row++) {
            Office office = offices.get(row);
            Label name = new Label(model.label(office));
            name.getStyleClass().add("timeline-row-label");
            rowLabels.add(name);
            for (TimelineModel.GapSpan gap : model.gapsOf(office)) {
                Region hatch = new Region();
                hatch.getStyleClass().add("timeline-gap");
                Tooltip.install(hatch, new Tooltip(gap.text()));
                hatch.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
                hatch.setAccessibleText(gap.text());
                placed.add(new Placed(hatch, gap.from(), gap.until(), row));
            }
            addBars(office, row);
        }
        getChildren().addAll(rowLabels);
        placed.forEach(p -> getChildren().add(p.node()));
        getChildren().addAll(bars);
        todayLine = new Line();
        todayLine.getStyleClass().add("timeline-today");
        todayLabel = new Label(model.todayText());
        todayLabel.getStyleClass().add("timeline-today-label");
        getChildren().addAll(todayLine, todayLabel);
        requestLayout();
    }

    private void addBars(Office office, int row) {
        List<TimelineModel.BarSpan> spans = model.barsOf(office);
        List<LocalDate> laneFreeFrom = new ArrayList<>();
        for (TimelineModel.BarSpan span : spans.stream().sorted(Comparator.comparing(TimelineModel.BarSpan::from)).toList()) {
            int lane = 0;
            while (lane < laneFreeFrom.size() && span.from().isBefore(laneFreeFrom.get(lane))) {
                lane++;
            }
            if (lane == laneFreeFrom.size()) {
                laneFreeFrom.add(span.until());
            } else {
                laneFreeFrom.set(lane, span.until());
            }
            TimelineBar bar = new TimelineBar(span.term(), span.proposed(), row, lane, span.from(),
                    span.until().isAfter(rangeEnd) ? rangeEnd : span.until(), span.acronym(), span.tooltip());
            bar.getStyleClass().add("org-colour-" + span.colour());
            bar.setOnMouseClicked(e -> {
                bar.requestFocus();
                if (!bar.proposed) {
                    onEdit.accept(bar.term);
                }
            });
            bar.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
            bars.add(bar);
        }
    }

    private void onKey(KeyEvent e) {
        TimelineBar bar = (TimelineBar) e.getSource();
        TimelineBar target = null;
        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            onEdit.accept(bar.term);
            e.consume();
            return;
        }
        List<TimelineBar> focusable = bars.stream().filter(b -> !b.proposed).toList();
        if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT) {
            boolean right = e.getCode() == KeyCode.RIGHT;
            List<TimelineBar> row = focusable.stream().filter(b -> b.row == bar.row)
                    .sorted(Comparator.comparing((TimelineBar b) -> b.from).thenComparing(b -> b.lane)).toList();
            int i = row.indexOf(bar) + (right ? 1 : -1);
            target = i >= 0 && i < row.size() ? row.get(i) : null;
        } else if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
            int step = e.getCode() == KeyCode.DOWN ? 1 : -1;
            for (int r = bar.row + step; r >= 0 && r < model.offices().size() && target == null; r += step) {
                int rowIndex = r;
                target = focusable.stream().filter(b -> b.row == rowIndex)
                        .min(Comparator.comparingLong(b -> Math.abs(ChronoUnit.DAYS.between(b.from, bar.from))))
                        .orElse(null);
            }
        } else {
            return;
        }
        if (target != null) {
            target.requestFocus();
        }
        e.consume();
    }

    private double x(LocalDate date) {
        double total = ChronoUnit.DAYS.between(rangeStart, rangeEnd);
        double days = ChronoUnit.DAYS.between(rangeStart, date);
        double usable = Math.max(10, getWidth() - labelWidth - RIGHT_PAD);
        return labelWidth + usable * Math.max(0, Math.min(days, total)) / total;
    }

    @Override
    protected double computePrefWidth(double height) {
        int years = rangeEnd.getYear() - rangeStart.getYear();
        double perYear = model.zoom() == TimelineZoom.QUARTERS ? 360 : 64;
        return labelWidth + years * perYear + RIGHT_PAD;
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return rowTop(model.offices().size()) + FOOT_HEIGHT + 4;
    }

    /** An office held by two at once gets a taller row, one lane per holder. */
    private double rowHeight(int row) {
        return model.offices().get(row).maxHolders() > 1 ? SHARED_ROW_HEIGHT : ROW_HEIGHT;
    }

    private double rowTop(int row) {
        double y = AXIS_HEIGHT;
        for (int r = 0; r < row; r++) {
            y += rowHeight(r);
        }
        return y;
    }

    @Override
    protected void layoutChildren() {
        double bottom = rowTop(model.offices().size());
        double widest = MIN_LABEL_WIDTH;
        for (Node label : rowLabels) {
            widest = Math.max(widest, label.prefWidth(-1) + 20);
        }
        if (widest != labelWidth) {
            // Office names are never cut: the label column grows to the longest one.
            labelWidth = widest;
        }
        layoutAxis(bottom);
        for (int row = 0; row < rowLabels.size(); row++) {
            Node label = rowLabels.get(row);
            double h = label.prefHeight(-1);
            label.resizeRelocate(8, rowTop(row) + (rowHeight(row) - h) / 2, labelWidth - 12, h);
        }
        for (Placed p : placed) {
            double x0 = x(p.from());
            p.node().resizeRelocate(x0, rowTop(p.row()) + 4, Math.max(2, x(p.until()) - x0), rowHeight(p.row()) - 8);
        }
        for (TimelineBar bar : bars) {
            int lanes = model.offices().get(bar.row).maxHolders();
            double inner = rowHeight(bar.row) - 8;
            double h = lanes > 1 ? (inner - 3) / 2 : inner;
            double y = rowTop(bar.row) + 4 + Math.min(bar.lane, lanes - 1) * (h + 3);
            double x0 = x(bar.from) + 1;
            double w = Math.max(3, x(bar.until) - x0 - 1);
            bar.resizeRelocate(x0, y, w, h);
            fitLabel(bar, w, h);
        }
        double tx = x(model.today());
        todayLine.setStartX(tx);
        todayLine.setEndX(tx);
        todayLine.setStartY(AXIS_HEIGHT - 4);
        todayLine.setEndY(bottom + 4);
        double lw = todayLabel.prefWidth(-1);
        todayLabel.resizeRelocate(Math.min(tx - lw / 2, getWidth() - lw - 2), bottom + 3, lw, todayLabel.prefHeight(-1));
    }

    private void layoutAxis(double bottom) {
        double lastRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < axisDates.size(); i++) {
            LocalDate d = axisDates.get(i);
            double x0 = x(d);
            Line grid = gridLines.get(i);
            grid.setStartX(x0);
            grid.setEndX(x0);
            grid.setStartY(d.getMonthValue() == 1 ? 2 : AXIS_HEIGHT - 6);
            grid.setEndY(bottom);
            Label label = axisLabels.get(i);
            double w = label.prefWidth(-1);
            LocalDate next = i + 1 < axisDates.size() ? axisDates.get(i + 1) : rangeEnd;
            double span = x(next) - x0;
            double left = x0 + (span - w) / 2;
            // Years whose labels would touch their neighbour's are left unlabelled; the grid still shows them.
            boolean fits = w + 4 <= span && left > lastRight + 6;
            label.setVisible(fits);
            if (fits) {
                lastRight = left + w;
            }
            label.resizeRelocate(left, 3, w, label.prefHeight(-1));
        }
    }

    /** The acronym at full size, else smaller, else hidden: never cut off, never spilling over the bar. */
    private static void fitLabel(TimelineBar bar, double width, double height) {
        for (double size : LABEL_SIZES) {
            Font font = Font.font(bar.label.getFont().getFamily(), FontWeight.BOLD, size);
            Text text = new Text(bar.label.getText());
            text.setFont(font);
            if (text.getLayoutBounds().getWidth() + 8 <= width && text.getLayoutBounds().getHeight() <= height + 2) {
                String style = "-fx-font-size: " + size + "px;";
                if (!style.equals(bar.label.getStyle())) {
                    bar.label.setStyle(style);
                }
                bar.label.setVisible(true);
                return;
            }
        }
        bar.label.setVisible(false);
    }
}
