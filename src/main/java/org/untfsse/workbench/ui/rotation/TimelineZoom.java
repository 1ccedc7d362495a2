package org.untfsse.workbench.ui.rotation;

/** How much time the timeline shows: whole years fitted to the width, or quarters (scrolls sideways). */
public enum TimelineZoom {
    YEARS,
    QUARTERS
}
