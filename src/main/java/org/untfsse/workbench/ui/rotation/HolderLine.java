package org.untfsse.workbench.ui.rotation;

/** One line of the "as of" header: an office and who holds it ("vacant" when nobody). */
public record HolderLine(String office, String holders, boolean vacant) {
}
