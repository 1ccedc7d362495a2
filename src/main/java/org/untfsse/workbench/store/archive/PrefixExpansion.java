package org.untfsse.workbench.store.archive;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untfsse.workbench.store.common.Sql;

/**
 * Rewrites a prefix term ({@code "cooperat"*}) into the words of the index it stands for
 * ({@code ("cooperative" OR "cooperatives")}) when there are only a few. FTS5 merges the posting
 * lists of every word of a prefix each time it sets a query up — a search runs three or four such
 * queries — whereas an OR of words is read lazily, only as far as each query needs. Short prefixes,
 * prefixes of many words and non-ASCII prefixes (whose folding is the tokenizer's business) stay
 * prefixes. The last expansion is kept while the database is unchanged, so the count and the page
 * of one search look the words up once.
 */
final class PrefixExpansion {

    static final int MAX_WORDS = 20;
    private static final Pattern PREFIX = Pattern.compile("\"([a-zA-Z0-9]{4,})\"\\*");

    private final Sql sql;
    private String lastInput;
    private String lastOutput;
    private long lastVersion = -1;

    PrefixExpansion(Sql sql) {
        this.sql = sql;
    }

    synchronized String expand(String ftsExpression) {
        if (!ftsExpression.contains("*")) {
            return ftsExpression;
        }
        long version = sql.count("PRAGMA data_version");
        if (ftsExpression.equals(lastInput) && version == lastVersion) {
            return lastOutput;
        }
        Matcher m = PREFIX.matcher(ftsExpression);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(words(m.group(1), m.group())));
        }
        m.appendTail(out);
        lastInput = ftsExpression;
        lastOutput = out.toString();
        lastVersion = version;
        return lastOutput;
    }

    private String words(String prefix, String original) {
        String from = SearchFacets.asciiLower(prefix);
        String to = from.substring(0, from.length() - 1) + (char) (from.charAt(from.length() - 1) + 1);
        List<String> words = sql.list("SELECT term FROM document_vocab WHERE term >= ? AND term < ? LIMIT ?",
                r -> r.getString(1), from, to, MAX_WORDS + 1);
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return original;
        }
        StringBuilder or = new StringBuilder("(");
        for (String word : words) {
            if (or.length() > 1) {
                or.append(" OR ");
            }
            or.append('"').append(word.replace("\"", "\"\"")).append('"');
        }
        return or.append(')').toString();
    }
}
