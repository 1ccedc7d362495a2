package org.untfsse.workbench.model.meeting;

/** What sort of gathering a meeting is; only regular meetings are numbered. */
public enum MeetingKind {
    REGULAR,
    TECHNICAL_SYMPOSIUM,
    EXTRAORDINARY,
    SIDE_EVENT,
    OTHER
}
