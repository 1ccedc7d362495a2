package org.untfsse.workbench.service.rotation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.untfsse.workbench.i18n.Messages;

/**
 * Writes handovers as an iCalendar (RFC 5545) file that Outlook and Google Calendar import:
 * one all-day event per term start or end, with a UID made from the term's id so that importing
 * again updates the events instead of duplicating them. CRLF line ends, lines folded at 75 octets,
 * text escaped.
 */
public final class HandoverCalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Messages messages;
    private final RotationService rotation;

    public HandoverCalendar(Messages messages, RotationService rotation) {
        this.messages = messages;
        this.rotation = rotation;
    }

    public String render(List<Handover> handovers, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//UNTFSSE//Secretariat Workbench//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(messages.get("rotation.ics.calendarName")));
        for (Handover h : handovers) {
            String office = rotation.label(h.office());
            String kind = h.kind() == Handover.Kind.STARTS ? "start" : "end";
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + h.term().id() + "-" + kind + "@secretariat-workbench.untfsse.org");
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(h.date()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(h.date().plusDays(1)));
            line(out, "SUMMARY:" + escape(messages.get("rotation.ics.summary." + kind, h.acronym(), office)));
            String description = description(h);
            if (!description.isEmpty()) {
                line(out, "DESCRIPTION:" + escape(description));
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Writes every handover to {@code target} atomically: a temporary file next to it, then a rename. */
    public void export(Path target, Instant stamp) throws IOException {
        byte[] bytes = render(rotation.handovers(), stamp).getBytes(StandardCharsets.UTF_8);
        writeAtomically(target, bytes);
    }

    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".export-", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private String description(Handover h) {
        StringBuilder text = new StringBuilder();
        if (!h.person().isEmpty()) {
            text.append(messages.get("rotation.ics.person", h.person()));
        }
        if (!h.term().notes().isBlank()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(h.term().notes().strip());
        }
        return text.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends one content line, folded so no physical line exceeds 75 octets (never inside a UTF-8 character). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
