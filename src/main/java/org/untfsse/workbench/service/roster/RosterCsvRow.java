package org.untfsse.workbench.service.roster;

/**
 * One record of a roster CSV file, its values stripped; {@code line} is the physical line of the
 * file on which the record starts (a quoted value may span several lines).
 */
public record RosterCsvRow(int line, String acronym, String name, String kind, String status, String since,
                           String focalPoint, String title, String email, String phone) {

    /** The CSV columns, in the order of the header row. */
    public static final String[] COLUMNS =
            {"acronym", "name", "kind", "status", "since", "focal_point", "title", "email", "phone"};

    /** Whether the row says anything about a person (not only about the organization). */
    public boolean mentionsPerson() {
        return !focalPoint.isEmpty() || !title.isEmpty() || !email.isEmpty() || !phone.isEmpty();
    }
}
