package org.untfsse.workbench.ui.exchange.mail;

/** Shows the choices of "Prepare e-mail…" for a meeting; true when the officer continues with valid choices. */
@FunctionalInterface
public interface CirculationOptionsAsker {

    boolean ask(String meetingTitle, CirculationOptionsViewModel model);
}
