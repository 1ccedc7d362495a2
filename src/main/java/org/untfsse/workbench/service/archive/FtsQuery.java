package org.untfsse.workbench.service.archive;

import java.util.ArrayList;
import java.util.List;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;

/**
 * Turns what the user typed into a safe SQLite FTS5 expression. Supported: words, "exact phrases",
 * prefixes (word*), AND / OR / NOT (upper case) and parentheses. Every word and phrase is quoted,
 * so no character the user types can reach FTS5's syntax; a stray quote, a misplaced operator or
 * an unbalanced parenthesis is refused with a message saying what to change.
 */
public final class FtsQuery {

    private enum Kind { TERM, AND, OR, NOT, OPEN, CLOSE }

    private record Token(Kind kind, String text) {
    }

    private final Messages messages;

    public FtsQuery(Messages messages) {
        this.messages = messages;
    }

    /** The FTS5 expression for {@code input}, or "" when it holds no searchable word. */
    public String toFts(String input) {
        List<Token> tokens = tokenize(input == null ? "" : input);
        check(tokens);
        StringBuilder out = new StringBuilder();
        Token previous = null;
        for (Token t : tokens) {
            boolean operand = t.kind() == Kind.TERM || t.kind() == Kind.OPEN;
            boolean previousEnds = previous != null && (previous.kind() == Kind.TERM || previous.kind() == Kind.CLOSE);
            if (operand && previousEnds) {
                out.append(" AND");
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(t.text());
            previous = t;
        }
        return out.toString().replace("( ", "(").replace(" )", ")");
    }

    private List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = input.indexOf('"', i + 1);
                if (end < 0) {
                    throw invalid("archive.query.unclosedQuote", i + 1);
                }
                String phrase = input.substring(i + 1, end);
                boolean prefix = end + 1 < input.length() && input.charAt(end + 1) == '*';
                addTerm(tokens, phrase, prefix);
                i = end + (prefix ? 2 : 1);
            } else if (c == '(') {
                tokens.add(new Token(Kind.OPEN, "("));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Kind.CLOSE, ")"));
                i++;
            } else {
                int end = i;
                while (end < input.length() && !Character.isWhitespace(input.charAt(end))
                        && "\"()".indexOf(input.charAt(end)) < 0) {
                    end++;
                }
                String word = input.substring(i, end);
                switch (word) {
                    case "AND" -> tokens.add(new Token(Kind.AND, "AND"));
                    case "OR" -> tokens.add(new Token(Kind.OR, "OR"));
                    case "NOT" -> tokens.add(new Token(Kind.NOT, "NOT"));
                    default -> {
                        boolean prefix = word.endsWith("*");
                        addTerm(tokens, prefix ? word.substring(0, word.length() - 1) : word, prefix);
                    }
                }
                i = end;
            }
        }
        return tokens;
    }

    private static void addTerm(List<Token> tokens, String text, boolean prefix) {
        // Stars inside a word would be FTS5 syntax; words without a letter or digit match nothing.
        String clean = text.replace("*", " ").strip();
        if (clean.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        tokens.add(new Token(Kind.TERM, "\"" + clean.replace("\"", "\"\"") + "\"" + (prefix ? "*" : "")));
    }

    private void check(List<Token> tokens) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token before = i > 0 ? tokens.get(i - 1) : null;
            Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            switch (t.kind()) {
                case OPEN -> depth++;
                case CLOSE -> {
                    if (--depth < 0) {
                        throw invalid("archive.query.unopenedParenthesis");
                    }
                    if (before != null && before.kind() == Kind.OPEN) {
                        throw invalid("archive.query.emptyParentheses");
                    }
                }
                case AND, OR, NOT -> {
                    boolean leftOk = before != null && (before.kind() == Kind.TERM || before.kind() == Kind.CLOSE);
                    boolean rightOk = after != null && (after.kind() == Kind.TERM || after.kind() == Kind.OPEN);
                    if (!leftOk || !rightOk) {
                        throw invalid("archive.query.operatorPlacement", t.text());
                    }
                }
                default -> { }
            }
        }
        if (depth > 0) {
            throw invalid("archive.query.unclosedParenthesis");
        }
    }

    private ValidationException invalid(String key, Object... args) {
        return new ValidationException(List.of(new Problem(messages.get("archive.field.query"), messages.get(key, args))));
    }
}
