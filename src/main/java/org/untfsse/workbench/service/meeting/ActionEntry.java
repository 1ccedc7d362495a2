package org.untfsse.workbench.service.meeting;

import org.untfsse.workbench.model.meeting.ActionItem;
import org.untfsse.workbench.model.meeting.Meeting;

/** An action item with the meeting that raised it and the one that closed it (null while open). */
public record ActionEntry(ActionItem action, Meeting raisedAt, Meeting closedAt, String ownerAcronym,
                          String ownerPersonName) {
}
