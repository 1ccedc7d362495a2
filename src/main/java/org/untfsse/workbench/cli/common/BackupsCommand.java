package org.untfsse.workbench.cli.common;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.cli.ExitCodes;
import org.untfsse.workbench.service.common.BackupInfo;
import picocli.CommandLine.Command;

/** {@code backups}: lists the backups in the data folder, newest first. */
@Command(name = "backups", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
public final class BackupsCommand implements Callable<Integer> {

    private final CliServices services;
    private final PrintWriter out;

    public BackupsCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() {
        var backups = services.listBackups();
        if (backups.isEmpty()) {
            out.println(services.messages().get("backup.none"));
        }
        for (BackupInfo b : backups) {
            out.printf("%s  %-15s %8d KB  %s%n", b.made().toString().replace('T', ' '), b.reason(),
                    Math.max(1, b.size() / 1024), b.file());
        }
        return ExitCodes.OK;
    }
}
