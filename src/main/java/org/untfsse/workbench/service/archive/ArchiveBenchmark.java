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
        List<Measurement> out = new ArrayList<>();
        out.add(measure("word: cooperatives", repetitions, () -> search("cooperatives", DocumentFilter.NONE, SearchSort.RELEVANCE)));
        out.add(measure("rare word: refugees", repetitions, () -> search("refugees", DocumentFilter.NONE, SearchSort.RELEVANCE)));
        out.add(measure("phrase: \"decent work\"", repetitions, () -> search("\"decent work\"", DocumentFilter.NONE, SearchSort.RELEVANCE)));
        out.add(measure("prefix: financ*", repetitions, () -> search("financ*", DocumentFilter.NONE, SearchSort.RELEVANCE)));
        out.add(measure("boolean: housing OR care NOT pandemic", repetitions,
                () -> search("(housing OR care) NOT pandemic", DocumentFilter.NONE, SearchSort.RELEVANCE)));
        out.add(measure("symbol: A/RES/77/281", repetitions, () -> search("A/RES/77/281", DocumentFilter.NONE, SearchSort.RELEVANCE)));
        out.add(measure("word + kind REPORT", repetitions, () -> search("statistics", reports, SearchSort.RELEVANCE)));
        out.add(measure("phrase + year 2022, newest first", repetitions, () -> search("\"social economy\"", year, SearchSort.NEWEST)));
        out.add(measure("prefix + organization + tag", repetitions, () -> search("cooperat*", orgTag, SearchSort.RELEVANCE)));
        out.add(measure("boolean + language fr", repetitions, () -> search("women AND cooperative", french, SearchSort.RELEVANCE)));
        out.add(measure("no query, newest first (browse)", repetitions, () -> search("", DocumentFilter.NONE, SearchSort.NEWEST)));
        return out;
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
