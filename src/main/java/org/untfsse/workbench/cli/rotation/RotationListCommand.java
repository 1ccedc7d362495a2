package org.untfsse.workbench.cli.rotation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.service.rotation.Holder;
import org.untfsse.workbench.service.rotation.RotationService;
import org.untfsse.workbench.service.rotation.TermEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rotation list [--as-of DATE] [--json]}: who holds each office on a date, then every term. */
@Command(name = "list", resourceBundle = "i18n.cli-rotation", mixinStandardHelpOptions = true)
public final class RotationListCommand implements Callable<Integer> {

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "as-of")
    LocalDate asOf;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    private final CliServices services;
    private final PrintWriter out;

    public RotationListCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        RotationService rotation = services.rotation();
        LocalDate date = asOf == null ? rotation.today() : asOf;
        Map<Office, List<Holder>> holders = rotation.holdersOn(date);
        List<TermEntry> entries = rotation.entries();
        if (json) {
            printJson(rotation, date, holders, entries);
        } else {
            printTable(rotation, date, holders, entries);
        }
        return 0;
    }

    private void printTable(RotationService rotation, LocalDate date, Map<Office, List<Holder>> holders,
                            List<TermEntry> entries) {
        Messages m = services.messages();
        out.println(m.get("rotation.cli.heading", date));
        holders.forEach((office, list) -> out.printf("  %-14s %s%n", rotation.label(office), list.isEmpty()
                ? "(" + m.get("rotation.view.vacant") + ")"
                : String.join(" + ", list.stream().map(h -> h.person().isEmpty() ? h.acronym()
                        : h.acronym() + " (" + h.person() + ")").toList())));
        out.println();
        String format = "%-14s %-13s %-10s %-10s %s%n";
        out.printf(format, m.get("rotation.column.office"), m.get("rotation.column.organization"),
                m.get("rotation.column.start"), m.get("rotation.column.end"), m.get("rotation.column.person"));
        for (TermEntry e : entries) {
            out.printf(format, rotation.label(e.office()), e.acronym(), e.term().start(),
                    e.term().end() == null ? "-" : e.term().end(), e.person());
        }
    }

    private void printJson(RotationService rotation, LocalDate date, Map<Office, List<Holder>> holders,
                           List<TermEntry> entries) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("asOf", date.toString());
        ObjectNode holding = root.putObject("holders");
        holders.forEach((office, list) -> {
            ArrayNode array = holding.putArray(office.code());
            list.forEach(h -> array.addObject().put("organization", h.acronym()).put("person", h.person())
                    .put("termId", h.term().id().toString()));
        });
        ArrayNode terms = root.putArray("terms");
        for (TermEntry e : entries) {
            ObjectNode node = terms.addObject();
            node.put("id", e.term().id().toString());
            node.put("office", e.office().code());
            node.put("officeName", rotation.label(e.office()));
            node.put("organization", e.acronym());
            node.put("person", e.person());
            node.put("start", e.term().start().toString());
            node.put("end", e.term().end() == null ? null : e.term().end().toString());
            node.put("decidedAtMeetingId", e.term().decidedAtMeetingId() == null ? null
                    : e.term().decidedAtMeetingId().toString());
            node.put("notes", e.term().notes());
        }
        out.println(mapper.writeValueAsString(root));
    }
}
