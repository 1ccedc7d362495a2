package org.untfsse.workbench.service.meeting.minutes;

import java.time.LocalDate;

/**
 * Choices for one rendering of the minutes: whether personal contact details (names of attendees'
 * e-mails and phones) appear, and the date comments are due by on a draft (null: two weeks on).
 */
public record MinutesOptions(boolean includeContacts, LocalDate commentsBy) {

    public static final MinutesOptions DEFAULT = new MinutesOptions(true, null);
}
