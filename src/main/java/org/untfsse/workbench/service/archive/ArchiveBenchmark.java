package org.untfsse.workbench.service.archive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.untfsse.workbench.model.archive.DocumentFilter;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.SearchSort;

/**
 * Measures search latency over whatever archive the data folder holds: each query is what the
 * results view does for one search — count the matches and fetch the first page with snippets.
 */
public final class ArchiveBenchmark {

    /** One measured query: its label and its latencies in milliseconds. */
    public record Measurement(String label, List<Double> millis) {
        public double median() {
            return percentile(millis, 50);
        }

        public double p95() {
            return percentile(millis, 95);
        }
    }

    private final ArchiveService archive;

    public ArchiveBenchmark(ArchiveService archive) {
        this.archive = archive;
    }

    /** The query set: single word, phrase, prefix, boolean, and each with filters. */
    public List<Measurement> run(int repetitions, UUID someOrganization) {
        DocumentFilter reports = new DocumentFilter(DocumentKind.REPORT, null, null, null, null);
        DocumentFilter year = new DocumentFilter(null, 2022, null, null, null);
        DocumentFilter orgTag = new DocumentFilter(null, null, someOrganization, "finance", null);
        DocumentFilter french = new DocumentFilter(null, null, null, null, "fr");
        List<Query> queries = new ArrayList<>();
        queries.add(new Query("word: cooperatives", () -> search("cooperatives", DocumentFilter.NONE, SearchSort.RELEVANCE)));
        queries.add(new Query("rare word: refugees", () -> search("refugees", DocumentFilter.NONE, SearchSort.RELEVANCE)));
        queries.add(new Query("phrase: \"decent work\"", () -> search("\"decent work\"", DocumentFilter.NONE, SearchSort.RELEVANCE)));
        queries.add(new Query("prefix: financ*", () -> search("financ*", DocumentFilter.NONE, SearchSort.RELEVANCE)));
        queries.add(new Query("boolean: housing OR care NOT pandemic", () -> search("(housing OR care) NOT pandemic", DocumentFilter.NONE, SearchSort.RELEVANCE)));
        queries.add(new Query("symbol: A/RES/77/281", () -> search("A/RES/77/281", DocumentFilter.NONE, SearchSort.RELEVANCE)));
        queries.add(new Query("word + kind REPORT", () -> search("statistics", reports, SearchSort.RELEVANCE)));
        queries.add(new Query("phrase + year 2022, newest first", () -> search("\"social economy\"", year, SearchSort.NEWEST)));
        queries.add(new Query("prefix + organization + tag", () -> search("cooperat*", orgTag, SearchSort.RELEVANCE)));
        queries.add(new Query("boolean + language fr", () -> search("women AND cooperative", french, SearchSort.RELEVANCE)));
        queries.add(new Query("no query, newest first (browse)", () -> search("", DocumentFilter.NONE, SearchSort.NEWEST)));
        return measureInTurn(queries, repetitions);
    }

    /** What opening the Archive view costs: the filter lists, the count and the first page of 200. */
    public Measurement openView(int repetitions) {
        return measure("open view: filters + count + first 200 rows", repetitions, () -> {
            archive.years();
            archive.tags();
            archive.languages();
            archive.count("", DocumentFilter.NONE);
            return archive.search("", DocumentFilter.NONE, SearchSort.NEWEST, 0, 200).size();
        });
    }

    public static Measurement overall(List<Measurement> measurements) {
        List<Double> all = new ArrayList<>();
        measurements.forEach(m -> all.addAll(m.millis()));
        return new Measurement("all queries", all);
    }

    private int search(String query, DocumentFilter filter, SearchSort sort) {
        archive.count(query, filter);
        return archive.search(query, filter, sort, 0, 50).size();
    }

    private record Query(String label, Supplier<Integer> work) {
    }

    /**
     * Runs the queries in turn, {@code repetitions} rounds (after one warm-up round that reads the
     * index pages from disk), so no query is measured right after itself.
     */
    private static List<Measurement> measureInTurn(List<Query> queries, int repetitions) {
        queries.forEach(q -> q.work().get());
        List<List<Double>> millis = new ArrayList<>();
        queries.forEach(q -> millis.add(new ArrayList<>()));
        for (int i = 0; i < repetitions; i++) {
            for (int q = 0; q < queries.size(); q++) {
                long start = System.nanoTime();
                queries.get(q).work().get();
                millis.get(q).add((System.nanoTime() - start) / 1_000_000.0);
            }
        }
        List<Measurement> out = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            out.add(new Measurement(queries.get(q).label(), millis.get(q)));
        }
        return out;
    }

    private static Measurement measure(String label, int repetitions, Supplier<Integer> work) {
        work.get(); // warm-up: the first run reads the index pages from disk
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        return new Measurement(label, millis);
    }

    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
