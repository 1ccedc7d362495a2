package org.untfsse.workbench.service.meeting;

import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.Meeting;

/** How meetings are named to people: "47th regular meeting", or the title the officer gave. */
public final class MeetingNames {

    private final Messages messages;

    public MeetingNames(Messages messages) {
        this.messages = messages;
    }

    public String ordinal(int n) {
        int lastTwo = n % 100;
        int last = n % 10;
        String suffix = (lastTwo >= 11 && lastTwo <= 13) || last == 0 || last > 3 ? "th" : switch (last) {
            case 1 -> "st";
            case 2 -> "nd";
            default -> "rd";
        };
        return messages.get("meeting.ordinal." + suffix, n);
    }

    /** The title as given, or for a numbered regular meeting without one, "47th regular meeting". */
    public String title(Meeting m) {
        if (!m.title().isEmpty()) {
            return m.title();
        }
        if (m.number() != null) {
            return messages.get("meeting.title.regular", ordinal(m.number()));
        }
        return kind(m);
    }

    /** The short reference used in lists and the minutes: "47th regular meeting, 14 March 2024". */
    public String reference(Meeting m) {
        String base = m.number() != null && m.isRegular() ? messages.get("meeting.title.regular", ordinal(m.number()))
                : title(m);
        return messages.get("meeting.reference", base, m.start());
    }

    public String kind(Meeting m) {
        return messages.get("meeting.kind." + m.kind().name());
    }
}
