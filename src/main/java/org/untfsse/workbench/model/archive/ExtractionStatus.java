package org.untfsse.workbench.model.archive;

/** Where the extraction of a document's text for full-text search stands. */
public enum ExtractionStatus {
    /** A file is archived and its text is still to be read. */
    PENDING,
    /** The text was read and indexed. */
    DONE,
    /** The file is archived but its text could not be read; the message says why. */
    FAILED,
    /** There is no file, or no text to read from it (an image, say). */
    NONE
}
