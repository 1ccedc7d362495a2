package org.untfsse.workbench.service.meeting;

import org.untfsse.workbench.model.meeting.Meeting;

/**
 * How decisions are numbered: year / meeting number / sequence, e.g. {@code 2024/47/2}. A meeting
 * without a number (a symposium, a side event) uses a code for its kind, e.g. {@code 2023/TS/1}.
 */
public final class DecisionNumbers {

    private DecisionNumbers() {
    }

    public static String scope(Meeting m) {
        String middle = m.number() != null ? m.number().toString() : switch (m.kind()) {
            case TECHNICAL_SYMPOSIUM -> "TS";
            case EXTRAORDINARY -> "EX";
            case SIDE_EVENT -> "SE";
            case REGULAR, OTHER -> "OT";
        };
        return m.start().getYear() + "/" + middle;
    }

    public static String number(String scope, int sequence) {
        return scope + "/" + sequence;
    }
}
