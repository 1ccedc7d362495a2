package org.untfsse.workbench.cli.meeting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.service.meeting.MeetingSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code meetings list [--json]}: every meeting, newest first, with the cadence of regular meetings. */
@Command(name = "list", resourceBundle = "i18n.cli-meeting", mixinStandardHelpOptions = true)
public final class MeetingsListCommand implements Callable<Integer> {

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    private final CliServices services;
    private final PrintWriter out;

    public MeetingsListCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        List<MeetingSummary> list = services.meetings().overview();
        if (json) {
            printJson(list);
        } else {
            printTable(list);
        }
        return 0;
    }

    private void printTable(List<MeetingSummary> list) {
        Messages m = services.messages();
        String format = "%-4s %-10s %-28s %-38s %-10s %s%n";
        out.printf(format, m.get("cli.meeting.column.number"), m.get("cli.meeting.column.date"),
                m.get("cli.meeting.column.kind"), m.get("cli.meeting.column.title"), m.get("cli.meeting.column.minutes"),
                m.get("cli.meeting.column.interval"));
        for (MeetingSummary s : list) {
            Meeting meeting = s.meeting();
            String interval = s.interval() == null ? "" : m.get(s.interval().tooLong()
                    ? "cli.meeting.intervalTooLong" : "cli.meeting.interval", s.interval().days());
            out.printf(format, meeting.number() == null ? "" : meeting.number(), meeting.start(),
                    services.meetings().names().kind(meeting), s.displayTitle(),
                    m.get("meeting.minutesStatus." + meeting.minutesStatus().name()), interval);
        }
        services.meetings().suggestNext().ifPresent(next -> out.println(next.overdue()
                ? m.get("cli.meeting.suggestOverdue", next.number() == null ? "" : next.number(), next.dueSince())
                : m.get("cli.meeting.suggestNext", next.number() == null ? "" : next.number(), next.earliest(),
                        next.latest())));
    }

    private void printJson(List<MeetingSummary> list) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (MeetingSummary s : list) {
            Meeting meeting = s.meeting();
            ObjectNode node = array.addObject();
            node.put("id", meeting.id().toString());
            if (meeting.number() == null) {
                node.putNull("number");
            } else {
                node.put("number", meeting.number());
            }
            node.put("title", s.displayTitle());
            node.put("kind", meeting.kind().name());
            node.put("start", meeting.start().toString());
            node.put("end", meeting.end().toString());
            node.put("place", meeting.place());
            node.put("virtual", meeting.virtual());
            node.put("minutesStatus", meeting.minutesStatus().name());
            if (s.interval() != null) {
                node.put("daysSincePreviousRegular", s.interval().days());
                node.put("intervalOverThreeMonths", s.interval().tooLong());
            }
        }
        out.println(mapper.writeValueAsString(array));
    }
}
