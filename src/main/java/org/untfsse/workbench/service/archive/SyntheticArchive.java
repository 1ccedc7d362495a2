package org.untfsse.workbench.service.archive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.ExtractionStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.service.common.Clocks;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.store.archive.DocumentRepository;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.roster.OrganizationRepository;

/**
 * Fills a data folder with a synthetic archive for the benchmark: documents with realistic titles,
 * metadata and a few paragraphs of text each (as if extracted; no files are written). The same
 * seed always gives the same archive. Never use it on a real data folder.
 */
public final class SyntheticArchive {

    private static final String[][] ORGANIZATIONS = {
            {"ILO", "International Labour Organization"}, {"UNRISD", "UN Research Institute for Social Development"},
            {"UNDP", "UN Development Programme"}, {"UNCTAD", "UN Conference on Trade and Development"},
            {"UN DESA", "UN Department of Economic and Social Affairs"},
            {"OECD", "Organisation for Economic Co-operation and Development"},
            {"FAO", "Food and Agriculture Organization of the UN"}, {"ESCAP", "UN Economic and Social Commission for Asia and the Pacific"},
            {"ECLAC", "Economic Commission for Latin America and the Caribbean"},
            {"ESCWA", "UN Economic and Social Commission for Western Asia"}, {"UNHCR", "UN High Commissioner for Refugees"},
            {"WHO", "World Health Organization"}, {"RIPESS", "Intercontinental Network for the Promotion of Social Solidarity Economy"},
            {"ICA", "International Co-operative Alliance"}, {"GSEF", "Global Social Economy Forum"},
            {"EMES", "EMES International Research Network"}, {"CIRIEC", "International Centre of Research and Information on the Public, Social and Cooperative Economy"}};
    private static final String[] OPENINGS = {"Advancing", "Promoting", "Measuring", "Financing", "Mainstreaming",
            "Scaling up", "Strengthening", "Mapping", "Building", "Recognizing", "Localizing", "Implementing"};
    private static final String[] SUBJECTS = {"the social and solidarity economy", "cooperatives", "social enterprises",
            "mutual benefit societies", "community-based organizations", "decent work", "women's cooperatives",
            "fair trade networks", "the care economy", "informal economy workers", "local development", "social innovation",
            "public procurement", "the circular economy", "food security", "affordable housing"};
    private static final String[] PURPOSES = {"for sustainable development", "in the post-COVID-19 recovery",
            "through enabling legal frameworks", "in the 2030 Agenda", "for a just transition", "in rural areas",
            "in African cities", "in Latin America", "in the Asia-Pacific region", "with statistics that count",
            "through access to finance", "for refugees and host communities"};
    private static final String[] TAGS = {"SDGs", "decent work", "statistics", "finance", "legislation", "gender",
            "climate", "cooperatives", "youth", "informality", "local development", "procurement", "migration", "health"};
    private static final String[] LANGUAGES = {"en", "fr", "es", "ar", "zh", "ru", "pt", "ko"};
    private static final String[] WORDS = ("economy solidarity cooperative enterprise workers members community social "
            + "policy framework statistics satellite account measurement finance investment procurement legislation law "
            + "municipal regional national government partnership knowledge hub symposium recommendation resolution "
            + "decent work employment income poverty inequality gender youth women migrants refugees climate transition "
            + "circular green housing care health food agriculture fair trade value chain capacity building training "
            + "evaluation indicators survey census data report brief dialogue consultation stakeholders network federation "
            + "mutual association foundation innovation digital platform ownership governance democratic participation "
            + "resilience recovery pandemic crisis sustainable development agenda targets implementation monitoring").split(" ");

    /** Vocabulary size: the domain words first (most frequent), then pronounceable made-up words. */
    private static final int VOCABULARY = 6000;
    private static final String[] SYLLABLES = ("ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu "
            + "na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu").split(" ");
    private static final String[] VOCAB = vocabulary();
    /** Cumulative Zipf weights (s = 1) over VOCAB, so word frequency falls with rank as in real text. */
    private static final double[] ZIPF = zipf(VOCAB.length);

    private final Database database;
    private final DocumentRepository documents;
    private final OrganizationRepository organizations;
    private final Clock clock;

    SyntheticArchive(Database database, DocumentRepository documents, OrganizationRepository organizations, Clock clock) {
        this.database = database;
        this.documents = documents;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Adds {@code count} documents in batches of 2,000 per transaction (and the organizations they cite). */
    public void generate(int count, long seed, Progress progress) {
        Random random = new Random(seed);
        List<UUID> orgIds = ensureOrganizations();
        int batch = 2000;
        for (int start = 0; start < count; start += batch) {
            int from = start;
            int end = Math.min(count, start + batch);
            progress.update(start, count, "");
            database.write(() -> {
                for (int i = from; i < end; i++) {
                    Document d = document(random, orgIds, i);
                    documents.save(d, body(random));
                }
                return null;
            });
        }
        // One merged index, as a long-used archive's automatic merging tends towards.
        database.write(() -> {
            documents.optimizeIndex();
            return null;
        });
        progress.update(count, count, "");
    }

    private List<UUID> ensureOrganizations() {
        return database.write(() -> {
            List<UUID> ids = new ArrayList<>();
            for (String[] o : ORGANIZATIONS) {
                Organization org = organizations.findByAcronym(o[0]).orElseGet(() -> {
                    Organization made = new Organization(UUID.randomUUID(), o[0], o[1],
                            o[0].length() > 5 || o[0].equals("ICA") || o[0].equals("EMES") || o[0].equals("GSEF")
                                    ? OrganizationKind.NETWORK : OrganizationKind.UN_ENTITY, "", "", Clocks.now(clock));
                    organizations.save(made);
                    return made;
                });
                ids.add(org.id());
            }
            return ids;
        });
    }

    private Document document(Random r, List<UUID> orgIds, int n) {
        DocumentKind kind = DocumentKind.values()[r.nextInt(DocumentKind.values().length)];
        String title = pick(r, OPENINGS) + " " + pick(r, SUBJECTS) + " " + pick(r, PURPOSES);
        LocalDate date = LocalDate.of(2013, 1, 1).plusDays(r.nextInt(365 * 13));
        String symbol = kind == DocumentKind.RESOLUTION ? "A/RES/" + (68 + r.nextInt(12)) + "/" + (1 + r.nextInt(320))
                : kind == DocumentKind.REPORT && r.nextBoolean() ? "A/" + (68 + r.nextInt(12)) + "/" + (100 + r.nextInt(300)) : "";
        List<String> languages = new ArrayList<>(List.of("en"));
        if (r.nextInt(3) == 0) {
            languages.add(LANGUAGES[1 + r.nextInt(LANGUAGES.length - 1)]);
        }
        List<UUID> orgs = new ArrayList<>(List.of(orgIds.get(r.nextInt(orgIds.size()))));
        if (r.nextInt(4) == 0) {
            UUID second = orgIds.get(r.nextInt(orgIds.size()));
            if (!orgs.contains(second)) {
                orgs.add(second);
            }
        }
        List<String> tags = new ArrayList<>();
        for (int t = 0; t < 1 + r.nextInt(3); t++) {
            String tag = pick(r, TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        String description = sentence(r, 14 + r.nextInt(10));
        return new Document(new UUID(0x5E5EL, n), title, kind, symbol, date, languages, orgs, tags, description, List.of(),
                List.of(), null, ExtractionStatus.NONE, "", Clocks.now(clock));
    }

    private static String body(Random r) {
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < 3 + r.nextInt(3); p++) {
            for (int s = 0; s < 4 + r.nextInt(4); s++) {
                out.append(sentence(r, 10 + r.nextInt(14))).append(' ');
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    private static String sentence(Random r, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = zipfWord(r);
            s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w + 1 < words ? " " : ".");
        }
        return s.toString();
    }

    private static String zipfWord(Random r) {
        int i = java.util.Arrays.binarySearch(ZIPF, r.nextDouble() * ZIPF[ZIPF.length - 1]);
        return VOCAB[Math.min(VOCAB.length - 1, i < 0 ? -i - 1 : i)];
    }

    /** The domain words, then made-up words of 2–4 syllables, generated from a fixed seed (so always the same). */
    private static String[] vocabulary() {
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>(List.of(WORDS));
        Random r = new Random(150_000L);
        while (words.size() < VOCABULARY) {
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < 2 + r.nextInt(3); k++) {
                w.append(pick(r, SYLLABLES));
            }
            words.add(w.toString());
        }
        // Interleave so the domain words spread over the ranks (some common, some rare) rather than all on top.
        List<String> made = new ArrayList<>(words).subList(WORDS.length, words.size());
        List<String> out = new ArrayList<>(made);
        for (int k = 0; k < WORDS.length; k++) {
            out.add(Math.min(out.size(), k * k / 4), WORDS[k]);
        }
        return out.toArray(String[]::new);
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }
        return cumulative;
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
