package org.untfsse.workbench.service.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.service.common.Problem;

/** What a document record must satisfy (in the archive view and on bundle import); every problem is reported at once. */
public final class ArchiveRules {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    private final Messages m;

    public ArchiveRules(Messages messages) {
        this.m = messages;
    }

    public List<Problem> check(Document d, Predicate<UUID> organizationExists) {
        List<Problem> problems = new ArrayList<>();
        if (d.title().isEmpty()) {
            problems.add(new Problem(m.get("archive.field.title"), m.get("archive.error.titleRequired")));
        } else if (d.title().length() > 500) {
            problems.add(new Problem(m.get("archive.field.title"), m.get("archive.error.tooLong", 500)));
        }
        if (d.symbol().length() > 100) {
            problems.add(new Problem(m.get("archive.field.symbol"), m.get("archive.error.tooLong", 100)));
        }
        for (String language : d.languages()) {
            if (!LANGUAGE.matcher(language).matches()) {
                problems.add(new Problem(m.get("archive.field.languages"), m.get("archive.error.language", language)));
            }
        }
        for (String tag : d.tags()) {
            if (tag.isBlank() || tag.length() > 60) {
                problems.add(new Problem(m.get("archive.field.tags"), m.get("archive.error.tag", tag)));
            }
        }
        for (UUID organization : d.organizationIds()) {
            if (!organizationExists.test(organization)) {
                problems.add(new Problem(m.get("archive.field.organizations"), m.get("archive.error.unknownOrganization", organization)));
            }
        }
        return problems;
    }

    /**
     * Links added since {@code before} (null for a new document) must name meetings and decisions
     * that exist; links kept from before are left alone even if their meeting was deleted since.
     */
    public List<Problem> checkLinks(Document d, Document before, LinkTargets links) {
        List<Problem> problems = new ArrayList<>();
        for (UUID meeting : d.meetingIds()) {
            if ((before == null || !before.meetingIds().contains(meeting)) && links.meeting(meeting).isEmpty()) {
                problems.add(new Problem(m.get("archive.field.meetings"), m.get("archive.error.unknownMeeting", meeting)));
            }
        }
        for (UUID decision : d.decisionIds()) {
            if ((before == null || !before.decisionIds().contains(decision)) && links.decision(decision).isEmpty()) {
                problems.add(new Problem(m.get("archive.field.decisions"), m.get("archive.error.unknownDecision", decision)));
            }
        }
        return problems;
    }
}
