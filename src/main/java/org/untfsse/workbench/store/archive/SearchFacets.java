package org.untfsse.workbench.store.archive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untfsse.workbench.model.archive.DocumentFilter;

/**
 * The search filters as words of the full-text index's hidden {@code facets} column: kind
 * {@code kreport}, year {@code y2022}, language {@code l6672} (hex of "fr"), organization
 * {@code o<uuid without dashes>}, tag {@code t<hex>}. A filtered text search is then a single FTS5
 * expression, so SQLite intersects posting lists instead of looking every match up in the tables.
 * The words are written by {@code DocumentRepository.INDEX_ROW} (and migration V007) with the same
 * rules: SQLite's {@code lower()} folds ASCII letters only, and so does {@link #asciiLower}.
 */
final class SearchFacets {

    /** The columns the user's words are searched in: every column but the facets. */
    private static final String TEXT_COLUMNS = "{title symbol description tags organizations body}";

    private SearchFacets() {
    }

    /** A word FTS5 would read as one of the facets' words (over-inclusive: "lead" is hex after the l). */
    private static final Pattern FACET_WORD = Pattern.compile("k[a-z]+|y[0-9]{4}|[lot][0-9a-f]+");
    private static final Pattern TERM = Pattern.compile("\"((?:[^\"]|\"\")*)\"(\\*?)");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The FTS5 expression for the user's (already safe) expression narrowed by {@code filter}. The
     * user's words are kept out of the facets column only when one of them could match a facets
     * word: a column filter costs FTS5 a check of every position (twice the time of a two-word
     * search at 100,000 documents).
     */
    static String expression(String userExpression, DocumentFilter filter) {
        StringBuilder q = mayReachFacets(userExpression)
                ? new StringBuilder(TEXT_COLUMNS).append(" : (").append(userExpression).append(')')
                : new StringBuilder("(").append(userExpression).append(')');
        for (String term : terms(filter)) {
            q.append(" AND facets : ").append(term);
        }
        return q.toString();
    }

    static boolean mayReachFacets(String userExpression) {
        Matcher term = TERM.matcher(userExpression);
        while (term.find()) {
            for (String word : WORD_SEPARATOR.split(asciiLower(term.group(1)))) {
                boolean prefix = !term.group(2).isEmpty();
                if (FACET_WORD.matcher(word).matches() || prefix && !word.isEmpty() && "kylot".indexOf(word.charAt(0)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<String> terms(DocumentFilter f) {
        List<String> terms = new ArrayList<>(5);
        if (f.kind() != null) {
            terms.add("k" + f.kind().name().toLowerCase(Locale.ROOT).replace("_", ""));
        }
        if (f.year() != null) {
            terms.add("y" + String.format(Locale.ROOT, "%04d", f.year()));
        }
        if (f.language() != null) {
            terms.add("l" + hex(f.language()));
        }
        if (f.organizationId() != null) {
            terms.add("o" + f.organizationId().toString().replace("-", ""));
        }
        if (f.tag() != null) {
            terms.add("t" + hex(f.tag()));
        }
        return terms;
    }

    private static String hex(String value) {
        return HexFormat.of().formatHex(asciiLower(value).getBytes(StandardCharsets.UTF_8));
    }

    static String asciiLower(String value) {
        char[] chars = value.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
