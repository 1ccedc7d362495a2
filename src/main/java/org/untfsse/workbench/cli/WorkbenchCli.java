package org.untfsse.workbench.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.untfsse.workbench.cli.archive.ArchiveCommand;
import org.untfsse.workbench.cli.common.BackupsCommand;
import org.untfsse.workbench.cli.common.RestoreCommand;
import org.untfsse.workbench.cli.exchange.mail.MailCommand;
import org.untfsse.workbench.cli.exchange.mail.MailDraftCommand;
import org.untfsse.workbench.cli.exchange.mail.MailTemplateCommand;
import org.untfsse.workbench.cli.exchange.mail.MinutesCirculateCommand;
import org.untfsse.workbench.cli.exchange.mail.RosterEmailsCommand;
import org.untfsse.workbench.cli.exchange.ExchangeCommands;
import org.untfsse.workbench.cli.meeting.MeetingCommands;
import org.untfsse.workbench.cli.roster.RosterCommand;
import org.untfsse.workbench.cli.roster.RosterImportCsvCommand;
import org.untfsse.workbench.cli.roster.RosterListCommand;
import org.untfsse.workbench.service.common.FailureText;
import org.untfsse.workbench.cli.rotation.RotationCommands;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import picocli.CommandLine;

/**
 * The headless face of the workbench: builds the command tree over the services and runs one
 * command. Exit codes: 0 success, 2 invalid input or usage, 1 anything else.
 */
public final class WorkbenchCli {

    public static final String NAME = "secretariat-workbench";

    private final CliServices services;
    private final PrintWriter out;
    private final PrintWriter err;

    public WorkbenchCli(CliServices services, PrintWriter out, PrintWriter err) {
        this.services = services;
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        CommandLine commandLine = commandLine();
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new RootCommand());
        // Subcommands first: the settings below apply to the commands present when they are made.
        commandLine.addSubcommand(new CommandLine(new RosterCommand(out))
                .addSubcommand(new RosterListCommand(services, out))
                .addSubcommand(new RosterImportCsvCommand(services, out))
                .addSubcommand(new RosterEmailsCommand(services, out, err)));
        commandLine.addSubcommand(new CommandLine(new MailCommand(out))
                .addSubcommand(new MailDraftCommand(services, out, err))
                .addSubcommand(new MailTemplateCommand(services, out)));
        commandLine.addSubcommand(new BackupsCommand(services, out));
        commandLine.addSubcommand(ArchiveCommand.tree(services, out));
        commandLine.addSubcommand(MeetingCommands.meetings(services, out));
        commandLine.addSubcommand(MeetingCommands.minutes(services, out)
                .addSubcommand(new MinutesCirculateCommand(services, out, err)));
        commandLine.addSubcommand(new RestoreCommand(services, out));
        commandLine.addSubcommand(RotationCommands.tree(services, out));
        ExchangeCommands.register(commandLine, services, out);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.registerConverter(LocalDate.class, new DateConverter());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(e -> ExitCodes.FAILURE);
        commandLine.setParameterExceptionHandler((ex, args) -> {
            err.println(ex.getMessage());
            err.println(services.messages().get("cli.seeHelp", NAME));
            return ExitCodes.INVALID_INPUT;
        });
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> report(ex));
        return commandLine;
    }

    private int report(Exception ex) {
        if (ex instanceof ValidationException invalid) {
            for (Problem problem : invalid.problems()) {
                err.println(problem);
            }
            return ExitCodes.INVALID_INPUT;
        }
        if (ex instanceof CliException cli) {
            err.println(cli.getMessage());
            return cli.exitCode();
        }
        err.println(services.messages().get("cli.failed", FailureText.describe(services.messages(), ex)));
        org.slf4j.LoggerFactory.getLogger(WorkbenchCli.class).error("Command failed", ex);
        return ExitCodes.FAILURE;
    }
}
