package org.untfsse.workbench.service.meeting;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.untfsse.workbench.model.meeting.Meeting;

/** The meetings as an iCalendar file (all-day events), for the officers' calendar programs. */
public final class MeetingCalendar {

    private final MeetingService meetings;
    private final Clock clock;

    public MeetingCalendar(MeetingService meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    public String ics(List<Meeting> list) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//UNTFSSE//Secretariat Workbench//EN");
        MeetingNames names = meetings.names();
        for (Meeting m : list) {
            VEvent event = new VEvent();
            event.setUid(m.id().toString() + "@secretariat-workbench");
            event.setDateTimeStamp(Date.from(clock.instant()));
            event.setSummary(names.title(m));
            event.setDateStart(new DateStart(day(m.start()), false));
            event.setDateEnd(new DateEnd(day(m.end().plusDays(1)), false));
            String place = m.virtual() ? (m.place().isEmpty() ? meetings.messages().get("meeting.virtual")
                    : m.place() + " (" + meetings.messages().get("meeting.virtual") + ")") : m.place();
            if (!place.isEmpty()) {
                event.setLocation(place);
            }
            event.setDescription(names.kind(m));
            event.addCategories(m.kind().name());
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    public void export(Path target) {
        try {
            Path absolute = target.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            Files.writeString(absolute, ics(meetings.meetings()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
