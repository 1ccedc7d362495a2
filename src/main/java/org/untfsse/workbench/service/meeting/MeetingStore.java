package org.untfsse.workbench.service.meeting;

import org.untfsse.workbench.store.common.Sql;
import org.untfsse.workbench.store.meeting.ActionItemRepository;
import org.untfsse.workbench.store.meeting.AgendaRepository;
import org.untfsse.workbench.store.meeting.AttendanceRepository;
import org.untfsse.workbench.store.meeting.DecisionRepository;
import org.untfsse.workbench.store.meeting.MeetingRepository;
import org.untfsse.workbench.store.meeting.MinutesRecordRepository;

/** The meeting feature's repositories, made together over one database. */
public record MeetingStore(MeetingRepository meetings, AttendanceRepository attendance, AgendaRepository agenda,
                           DecisionRepository decisions, ActionItemRepository actions, MinutesRecordRepository records) {

    public static MeetingStore over(Sql sql) {
        return new MeetingStore(new MeetingRepository(sql), new AttendanceRepository(sql), new AgendaRepository(sql),
                new DecisionRepository(sql), new ActionItemRepository(sql), new MinutesRecordRepository(sql));
    }
}
