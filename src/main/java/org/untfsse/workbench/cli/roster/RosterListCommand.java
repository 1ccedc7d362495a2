package org.untfsse.workbench.cli.roster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.service.roster.RosterEntry;
import org.untfsse.workbench.service.roster.RosterFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code roster list [--as-of DATE] [--json]}: prints the roster as of a date. */
@Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
public final class RosterListCommand implements Callable<Integer> {

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "as-of")
    LocalDate asOf;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    private final CliServices services;
    private final PrintWriter out;

    public RosterListCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        var roster = services.roster();
        LocalDate date = asOf == null ? roster.today() : asOf;
        List<RosterEntry> entries = roster.roster(date, "", RosterFilter.ALL);
        if (json) {
            printJson(date, entries);
        } else {
            printTable(date, entries);
        }
        return 0;
    }

    private void printTable(LocalDate date, List<RosterEntry> entries) {
        Messages m = services.messages();
        var counts = services.roster().counts(date);
        out.println(m.get("cli.roster.heading", date, counts.members(), counts.observers()));
        String format = "%-14s %-10s %5s  %s%n";
        out.printf(format, m.get("roster.column.acronym"), m.get("roster.column.status"),
                m.get("roster.column.focalPointsShort"), m.get("roster.column.name"));
        for (RosterEntry e : entries) {
            String status = e.status() == null ? "-" : m.get("roster.status." + e.status().name());
            out.printf(format, e.organization().acronym(), status, e.activeFocalPoints(), e.organization().name());
        }
    }

    private void printJson(LocalDate date, List<RosterEntry> entries) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("asOf", date.toString());
        ArrayNode list = root.putArray("organizations");
        for (RosterEntry e : entries) {
            ObjectNode node = list.addObject();
            node.put("id", e.organization().id().toString());
            node.put("acronym", e.organization().acronym());
            node.put("name", e.organization().name());
            node.put("kind", e.organization().kind().name());
            node.put("status", e.status() == null ? null : e.status().name());
            ArrayNode people = node.putArray("focalPoints");
            for (Person p : services.roster().people(e.organization().id())) {
                if (p.isActiveOn(date)) {
                    ObjectNode person = people.addObject();
                    person.put("name", p.name());
                    person.put("title", p.title());
                    person.put("email", p.email());
                    person.put("role", p.role().name());
                }
            }
        }
        out.println(mapper.writeValueAsString(root));
    }
}
