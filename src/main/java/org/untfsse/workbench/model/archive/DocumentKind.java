package org.untfsse.workbench.model.archive;

/** What kind of document an archive record is. */
public enum DocumentKind {
    REPORT, BRIEF, POSITION_PAPER, RESOLUTION, STATEMENT, MINUTES, PRESENTATION, NOTE, OTHER
}
