package org.untfsse.workbench.service.meeting;

import java.util.List;

/** A meeting's attendance, built from the roster as of the meeting date: members and observers apart. */
public record AttendanceGrid(List<AttendanceRow> members, List<AttendanceRow> observers) {

    public long membersRepresented() {
        return members.stream().filter(AttendanceRow::represented).count();
    }

    public long observersRepresented() {
        return observers.stream().filter(AttendanceRow::represented).count();
    }
}
