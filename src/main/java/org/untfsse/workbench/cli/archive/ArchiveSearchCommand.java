package org.untfsse.workbench.cli.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliException;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.cli.ExitCodes;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.archive.DocumentFilter;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.SearchHit;
import org.untfsse.workbench.model.archive.SearchSort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code archive search QUERY [--kind K] [--year Y] [--org A] [--tag T] [--lang L] [--sort S] [--limit N] [--json]}. */
@Command(name = "search", resourceBundle = "i18n.cli-archive", mixinStandardHelpOptions = true)
public final class ArchiveSearchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "QUERY", descriptionKey = "query")
    List<String> query = List.of();

    @Option(names = "--kind", paramLabel = "K", descriptionKey = "archive-kind")
    DocumentKind kind;

    @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "archive-year")
    Integer year;

    @Option(names = "--org", paramLabel = "ACRONYM", descriptionKey = "archive-org")
    String organization;

    @Option(names = "--tag", paramLabel = "T", descriptionKey = "archive-tag")
    String tag;

    @Option(names = "--lang", paramLabel = "L", descriptionKey = "archive-lang")
    String language;

    @Option(names = "--sort", paramLabel = "S", descriptionKey = "archive-sort")
    SearchSort sort = SearchSort.RELEVANCE;

    @Option(names = "--limit", paramLabel = "N", descriptionKey = "archive-limit")
    int limit = 20;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    private final CliServices services;
    private final PrintWriter out;

    public ArchiveSearchCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = services.messages();
        UUID orgId = organization == null ? null : services.roster().organizationByAcronym(organization)
                .orElseThrow(() -> new CliException(ExitCodes.INVALID_INPUT, m.get("archive.cli.unknownOrganization", organization)))
                .id();
        DocumentFilter filter = new DocumentFilter(kind, year, orgId, tag, language);
        String text = String.join(" ", query);
        var archive = services.archive();
        long total = archive.count(text, filter);
        List<SearchHit> hits = archive.search(text, filter, sort, 0, Math.max(1, limit));
        if (json) {
            printJson(text, total, hits);
        } else {
            out.println(m.get("archive.cli.searchHeading", total));
            for (SearchHit h : hits) {
                String date = h.date() == null ? "" : h.date().toString();
                out.printf("%n%s  [%s]%s%s%n", h.title(), m.get("archive.kind." + h.kind()),
                        h.symbol().isEmpty() ? "" : "  " + h.symbol(), date.isEmpty() ? "" : "  " + date);
                if (!h.snippet().isBlank()) {
                    out.println("  " + marked(h.snippet()).replaceAll("\\s+", " ").strip());
                }
                out.println("  id " + h.id() + (h.fileName() == null ? "" : "  ·  " + h.fileName()));
            }
            if (total > hits.size()) {
                out.println();
                out.println(m.get("archive.cli.searchMore", total - hits.size()));
            }
        }
        return ExitCodes.OK;
    }

    private void printJson(String text, long total, List<SearchHit> hits) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("query", text);
        root.put("total", total);
        ArrayNode results = root.putArray("results");
        for (SearchHit h : hits) {
            ObjectNode r = results.addObject();
            r.put("id", h.id().toString());
            r.put("title", h.title());
            r.put("kind", h.kind().name());
            r.put("symbol", h.symbol());
            r.put("date", h.date() == null ? null : h.date().toString());
            r.put("fileName", h.fileName());
            r.put("extraction", h.extraction().name());
            r.put("snippet", marked(h.snippet()));
        }
        out.println(mapper.writeValueAsString(root));
    }

    /** Matched terms between ** and **, as in Markdown. */
    static String marked(String snippet) {
        return snippet.replace(String.valueOf(SearchHit.MARK_START), "**").replace(String.valueOf(SearchHit.MARK_END), "**");
    }
}
