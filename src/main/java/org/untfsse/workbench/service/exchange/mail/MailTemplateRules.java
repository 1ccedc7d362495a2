package org.untfsse.workbench.service.exchange.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;

/**
 * What a circulation e-mail template must satisfy, in the Mail templates window, {@code mail template}
 * and on bundle import: a subject, and only placeholders the workbench knows. Every problem at once.
 */
public final class MailTemplateRules {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Messages texts;

    /** @param texts the language the problems are worded in */
    public MailTemplateRules(Messages texts) {
        this.texts = texts;
    }

    public List<Problem> check(String subject, String body) {
        List<Problem> problems = new ArrayList<>();
        if (subject == null || subject.isBlank()) {
            problems.add(new Problem(texts.get("mail.field.subject"), texts.get("mail.error.subjectRequired")));
        }
        problems.addAll(unknownPlaceholders("mail.field.subject", subject));
        problems.addAll(unknownPlaceholders("mail.field.body", body));
        return problems;
    }

    private List<Problem> unknownPlaceholders(String fieldKey, String text) {
        List<Problem> problems = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!MailTemplateService.PLACEHOLDERS.contains(m.group(1))) {
                problems.add(new Problem(texts.get(fieldKey), texts.get("mail.error.unknownPlaceholder", m.group(),
                        String.join(", ", MailTemplateService.PLACEHOLDERS.stream().map(p -> "{" + p + "}").toList()))));
            }
        }
        return problems;
    }
}
