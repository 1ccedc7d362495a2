package org.untfsse.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WCAG AA contrast of the colours our own stylesheet (workbench.css) gives text, resolved against
 * AtlantaFX's Primer light and dark variables: 4.5:1 for normal text, 3:1 for large text (24 px, or
 * 18.7 px bold, at the 14 px base size). A rule's text is checked on the rule's own background, or,
 * when it sets none, on both backgrounds the views use (-color-bg-default and -color-bg-subtle).
 * A rule that fades a node (-fx-opacity) is checked with the default text colour, faded.
 */
class ColourContrastTest {

    private static final double BASE_PX = 14;
    private static final List<String> PAGE_BACKGROUNDS = List.of("-color-bg-default", "-color-bg-subtle");
    /** Text drawn on a background that another rule sets (a label inside a coloured bar). */
    private static final Map<String, String> DRAWN_ON = Map.of(".timeline-bar-label", ".timeline-bar.org-colour-");

    record Rule(String selector, Map<String, String> properties) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"primer-light", "primer-dark"})
    void every_text_colour_we_define_meets_wcag_aa(String theme) throws IOException {
        Map<String, String> vars = variables(read("/atlantafx/base/theme/" + theme + ".css"));
        List<Rule> rules = rules(read("/org/untfsse/workbench/ui/workbench.css"));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Rule rule : rules) {
            String fg = rule.properties().getOrDefault("-fx-text-fill", rule.properties().get("-fx-fill"));
            double opacity = Double.parseDouble(rule.properties().getOrDefault("-fx-opacity", "1"));
            if (fg == null && opacity >= 1) {
                continue;
            }
            if (fg == null) {
                fg = "-color-fg-default";
            }
            double needed = isLarge(rule) ? 3.0 : 4.5;
            for (String bg : backgroundsOf(rule, rules)) {
                double[] page = colour(vars.get("-color-bg-default"), vars, null);
                double[] back = colour(bg, vars, page);
                double[] text = blend(colour(fg, vars, back), back, opacity);
                double ratio = contrast(text, back);
                checked++;
                if (ratio < needed) {
                    failures.add(String.format("%s: %s on %s is %.2f:1, needs %.1f:1", rule.selector(), fg, bg, ratio, needed));
                }
            }
        }
        assertThat(checked).as("text/background pairs checked").isGreaterThan(20);
        assertThat(failures).as("pairs below WCAG AA in " + theme).isEmpty();
    }

    @Test
    void the_contrast_formula_matches_wcag() {
        assertThat(contrast(new double[]{0, 0, 0}, new double[]{255, 255, 255})).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast(colour("#767676", Map.of(), null), new double[]{255, 255, 255})).isGreaterThan(4.5);
        assertThat(contrast(colour("#777777", Map.of(), null), new double[]{255, 255, 255})).isLessThan(4.5);
    }

    private static List<String> backgroundsOf(Rule rule, List<Rule> rules) {
        String own = rule.properties().get("-fx-background-color");
        if (own != null && !own.contains("(") && !own.contains(",")) {
            return List.of(own);
        }
        for (Map.Entry<String, String> e : DRAWN_ON.entrySet()) {
            if (rule.selector().equals(e.getKey())) {
                return rules.stream().filter(r -> r.selector().startsWith(e.getValue()))
                        .map(r -> r.properties().get("-fx-background-color")).toList();
            }
        }
        return PAGE_BACKGROUNDS;
    }

    private static boolean isLarge(Rule rule) {
        String size = rule.properties().getOrDefault("-fx-font-size", "1em");
        double px = size.endsWith("em") ? Double.parseDouble(size.replace("em", "")) * BASE_PX
                : Double.parseDouble(size.replace("px", ""));
        boolean bold = "bold".equals(rule.properties().get("-fx-font-weight"));
        return px >= 24 || (bold && px >= 18.66);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ColourContrastTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The -color-* variables of the theme's .root rule. */
    static Map<String, String> variables(String css) {
        Matcher root = Pattern.compile("\\.root\\s*\\{(.*?)}", Pattern.DOTALL).matcher(css);
        assertThat(root.find()).isTrue();
        Map<String, String> vars = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(-color-[\\w-]+)\\s*:\\s*([^;]+);").matcher(root.group(1));
        while (m.find()) {
            vars.put(m.group(1), m.group(2).trim());
        }
        return vars;
    }

    /** Each rule of a stylesheet, one per comma-separated selector. */
    static List<Rule> rules(String css) {
        String plain = css.replaceAll("(?s)/\\*.*?\\*/", "");
        List<Rule> rules = new ArrayList<>();
        Matcher m = Pattern.compile("([^{}]+)\\{([^}]*)}").matcher(plain);
        while (m.find()) {
            Map<String, String> props = new LinkedHashMap<>();
            for (String decl : m.group(2).split(";")) {
                int colon = decl.indexOf(':');
                if (colon > 0) {
                    props.put(decl.substring(0, colon).trim(), decl.substring(colon + 1).trim());
                }
            }
            for (String selector : m.group(1).split(",")) {
                rules.add(new Rule(selector.trim(), props));
            }
        }
        return rules;
    }

    /** An sRGB colour (0–255); a translucent one is composited over {@code under}. */
    static double[] colour(String value, Map<String, String> vars, double[] under) {
        String v = value.trim();
        int guard = 0;
        while (v.startsWith("-color-") && guard++ < 10) {
            assertThat(vars).as("theme variable " + v).containsKey(v);
            v = vars.get(v).trim();
        }
        if (v.equals("white")) {
            return new double[]{255, 255, 255};
        }
        if (v.equals("black")) {
            return new double[]{0, 0, 0};
        }
        if (v.startsWith("#")) {
            String h = v.substring(1);
            if (h.length() == 3) {
                h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
            }
            return new double[]{Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                    Integer.parseInt(h.substring(4, 6), 16)};
        }
        Matcher rgba = Pattern.compile("rgba?\\(\\s*([\\d.]+)\\s*,\\s*([\\d.]+)\\s*,\\s*([\\d.]+)\\s*(?:,\\s*([\\d.]+))?\\s*\\)").matcher(v);
        if (rgba.matches()) {
            double[] c = {Double.parseDouble(rgba.group(1)), Double.parseDouble(rgba.group(2)), Double.parseDouble(rgba.group(3))};
            double alpha = rgba.group(4) == null ? 1 : Double.parseDouble(rgba.group(4));
            return alpha >= 1 ? c : blend(c, under == null ? new double[]{255, 255, 255} : under, alpha);
        }
        throw new AssertionError("colour the test cannot read: " + value + " (" + v + ")");
    }

    private static double[] blend(double[] top, double[] under, double alpha) {
        return new double[]{alpha * top[0] + (1 - alpha) * under[0], alpha * top[1] + (1 - alpha) * under[1],
                alpha * top[2] + (1 - alpha) * under[2]};
    }

    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] c) {
        double[] l = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255;
            l[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }
}
