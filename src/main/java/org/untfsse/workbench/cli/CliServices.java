package org.untfsse.workbench.cli;

import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.exchange.ExchangeService;
import org.untfsse.workbench.service.roster.RosterService;

/**
 * What the commands need from the application, supplied by the app layer's wiring.
 * Services are created on first use, so {@code --help} and {@code --version} never open the database.
 */
public interface CliServices {

    Messages messages();

    /**
     * Takes the data folder's write lock for the rest of the command, waiting briefly if the
     * window or another command holds it.
     *
     * @throws CliException (exit 1) when the folder stays locked
     */
    void requireWriteAccess();

    RosterService roster();

    ExchangeService exchange();
}
