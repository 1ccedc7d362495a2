package org.untfsse.workbench.service.archive;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of an HTML page: scripts, styles and comments dropped, tags removed (block
 * tags become line breaks), character references decoded. Good enough for a search index; it
 * never renders or runs anything.
 */
final class HtmlText {

    private static final Pattern INVISIBLE = Pattern.compile(
            "(?is)<!--.*?-->|<script\\b.*?</script\\s*>|<style\\b.*?</style\\s*>|<head\\b.*?</head\\s*>");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|pre|hr)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "ndash", "–", "mdash", "—", "hellip", "…", "eacute", "é");

    private HtmlText() {
    }

    static String strip(String html) {
        String text = INVISIBLE.matcher(html).replaceAll(" ");
        text = BLOCK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = decode(text);
        return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\n[ \n]*", "\n").strip();
    }

    private static String decode(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String replacement;
            try {
                if (ref.startsWith("#x")) {
                    replacement = Character.toString(Integer.parseInt(ref.substring(2), 16));
                } else if (ref.startsWith("#")) {
                    replacement = Character.toString(Integer.parseInt(ref.substring(1)));
                } else {
                    replacement = NAMED.getOrDefault(ref.toLowerCase(java.util.Locale.ROOT), m.group());
                }
            } catch (IllegalArgumentException notACharacter) {
                replacement = " ";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
