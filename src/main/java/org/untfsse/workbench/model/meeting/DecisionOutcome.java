package org.untfsse.workbench.model.meeting;

/** What became of a proposal put to the task force, which decides by consensus. */
public enum DecisionOutcome {
    ADOPTED_BY_CONSENSUS,
    ADOPTED_WITH_RESERVATIONS,
    DEFERRED,
    NOT_ADOPTED
}
