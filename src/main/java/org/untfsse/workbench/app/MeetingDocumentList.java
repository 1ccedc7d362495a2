package org.untfsse.workbench.app;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The archive's documents linked to a meeting or to one of its decisions, as the meeting editor
 * lists them ("Title (A/RES/77/281)"). Lives here so the meeting feature need not know the archive.
 */
public final class MeetingDocumentList implements Function<UUID, List<String>> {

    private final AppContext context;

    public MeetingDocumentList(AppContext context) {
        this.context = context;
    }

    @Override
    public List<String> apply(UUID meetingId) {
        List<UUID> targets = new ArrayList<>();
        targets.add(meetingId);
        context.meetings().decisions(meetingId).forEach(d -> targets.add(d.id()));
        return context.archive().linkedTo(targets).stream()
                .map(d -> d.symbol().isEmpty() ? d.title()
                        : context.messages().get("meeting.documents.line", d.title(), d.symbol()))
                .toList();
    }
}
