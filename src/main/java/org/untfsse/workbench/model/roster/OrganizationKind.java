package org.untfsse.workbench.model.roster;

/** What kind of body an organization is. */
public enum OrganizationKind {
    UN_ENTITY,
    INTERGOVERNMENTAL,
    NETWORK,
    RESEARCH,
    OTHER
}
