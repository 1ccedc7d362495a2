package org.untfsse.workbench.service.meeting;

import java.util.List;
import org.untfsse.workbench.model.meeting.Attendance;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.Person;

/**
 * One organization's line in a meeting's attendance grid: its status in the task force on the
 * meeting date, what was recorded (null when nothing yet), and its people active on that date.
 */
public record AttendanceRow(Organization organization, MembershipStatus membership, Attendance attendance,
                            List<Person> people) {

    public AttendanceStatus status() {
        return attendance == null ? null : attendance.status();
    }

    public Person attendee() {
        if (attendance == null || attendance.personId() == null) {
            return null;
        }
        return people.stream().filter(p -> p.id().equals(attendance.personId())).findFirst().orElse(null);
    }

    public boolean represented() {
        return attendance != null && attendance.status().represented();
    }
}
