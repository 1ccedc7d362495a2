package org.untfsse.workbench.service.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.ExtractionStatus;
import org.untfsse.workbench.model.archive.StoredFile;
import org.untfsse.workbench.model.roster.Membership;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.model.roster.PersonRole;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.store.exchange.DocumentBundleStore;
import org.untfsse.workbench.store.exchange.RosterBundleStore;
import org.untfsse.workbench.store.exchange.RotationBundleStore;

/** Generated roster data and a fingerprint of every table, for the bundle tests and the benchmark. */
public final class BundleFixtures {

    private BundleFixtures() {
    }

    /** Fills the database with {@code organizations} organizations, 3 periods and 6 people each, from a seeded random. */
    public static long generate(AppContext context, int organizations, long seed) {
        Random random = new Random(seed);
        RosterBundleStore store = new RosterBundleStore(context.database());
        List<Organization> orgs = new ArrayList<>();
        List<Membership> periods = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        OrganizationKind[] kinds = OrganizationKind.values();
        for (int i = 0; i < organizations; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            Instant at = Instant.parse("2020-01-01T00:00:00Z").plusMillis(random.nextInt(1_000_000_000));
            orgs.add(new Organization(id, "ORG" + i, "Organization number " + i + " — Ünïcode “quoted”",
                    kinds[i % kinds.length], i % 3 == 0 ? "https://org" + i + ".example.org" : "",
                    i % 5 == 0 ? "Notes with \"quotes\", a\nnewline and a tab\t." : "", at));
            LocalDate start = LocalDate.of(2013, 1, 1).plusDays(random.nextInt(1000));
            for (int p = 0; p < 3; p++) {
                LocalDate end = p == 2 ? null : start.plusDays(100 + random.nextInt(400));
                periods.add(new Membership(new UUID(random.nextLong(), random.nextLong()), id,
                        p % 2 == 0 ? MembershipStatus.OBSERVER : MembershipStatus.MEMBER, start, end, at));
                start = end == null ? null : end.plusDays(1);
            }
            for (int p = 0; p < 6; p++) {
                people.add(new Person(new UUID(random.nextLong(), random.nextLong()), id, "Person " + i + "-" + p,
                        p == 0 ? "Head of unit" : "", "person" + i + "." + p + "@example.org", p % 2 == 0 ? "+41 22 799 00 0" + p : "",
                        PersonRole.values()[p % 3], p % 2 == 0 ? LocalDate.of(2020, 1, 1) : null, null, at));
            }
        }
        context.database().write(() -> {
            store.saveOrganizations(orgs);
            store.saveMemberships(periods);
            store.savePeople(people);
            return null;
        });
        return orgs.size() + periods.size() + people.size();
    }

    /**
     * Adds a user-defined office, a rotation history over the stored organizations (consecutive Chair
     * and Deputy Chair terms, two Co-Chairs at a time, the last ones open) and {@code documents}
     * archive records with every field set (every third with a file that is not in the archive
     * folder). Meeting references are set only while no meetings section is registered (they would
     * dangle). Returns the number of records added.
     */
    public static long generateRotationAndDocuments(AppContext context, int documents, long seed) {
        Random random = new Random(seed);
        List<UUID> orgs = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        RosterBundleStore roster = new RosterBundleStore(context.database());
        context.database().read(() -> {
            roster.forEachOrganization(o -> orgs.add(o.id()));
            roster.forEachPerson(people::add);
            return null;
        });
        boolean noMeetings = context.exchange().sections().stream().noneMatch(s -> s.key().equals("meetings"));
        Instant at = Instant.parse("2024-05-01T08:00:00Z");
        Office deputy = new Office(new UUID(random.nextLong(), random.nextLong()), "DEPUTY_CHAIR", "Deputy Chair", 1,
                false, 30, at);
        List<RotationTerm> terms = new ArrayList<>();
        LocalDate start = LocalDate.of(2013, 9, 30);
        for (int i = 0; i < 12; i++) {
            LocalDate end = i == 11 ? null : start.plusMonths(18).minusDays(1);
            Person person = people.get(random.nextInt(people.size()));
            UUID org = i % 2 == 0 ? person.organizationId() : orgs.get(random.nextInt(orgs.size()));
            terms.add(new RotationTerm(new UUID(random.nextLong(), random.nextLong()), Office.CHAIR_ID, org,
                    i % 2 == 0 ? person.id() : null, i % 3 == 1 ? "Named “holder” " + i : null, start, end,
                    noMeetings && i % 4 == 0 ? new UUID(random.nextLong(), random.nextLong()) : null,
                    i % 5 == 0 ? "Decided by consensus;\nUNCERTAIN start." : "", at.plusSeconds(i)));
            terms.add(new RotationTerm(new UUID(random.nextLong(), random.nextLong()), deputy.id(),
                    orgs.get(random.nextInt(orgs.size())), null, null, start, end, null, "", at));
            for (int c = 0; c < 2; c++) {
                terms.add(new RotationTerm(new UUID(random.nextLong(), random.nextLong()), Office.CO_CHAIR_ID,
                        orgs.get((2 * i + c) % orgs.size()), null, null, start, end, null, "", at));
            }
            start = end == null ? null : end.plusDays(1);
        }
        List<Document> docs = new ArrayList<>();
        DocumentKind[] kinds = DocumentKind.values();
        for (int i = 0; i < documents; i++) {
            StoredFile file = i % 3 == 0 ? new StoredFile(HexFormat.of().formatHex(sha(i)), "report " + i + ".pdf",
                    "application/pdf", 1000L + i) : null;
            docs.add(new Document(new UUID(random.nextLong(), random.nextLong()), "Document " + i + " on solidarity — “SSE”",
                    kinds[i % kinds.length], i % 2 == 0 ? "A/RES/77/" + i : "", i % 4 == 0 ? null : LocalDate.of(2014 + i % 10, 1 + i % 12, 1),
                    i % 2 == 0 ? List.of("en", "fr") : List.of("es"), List.of(orgs.get(i % orgs.size()), orgs.get((i + 1) % orgs.size())),
                    List.of("tag" + i % 7, "Résolution"), "A description with \"quotes\"\nand lines " + i,
                    noMeetings && i % 2 == 0 ? List.of(new UUID(random.nextLong(), random.nextLong())) : List.of(),
                    List.of(new UUID(random.nextLong(), random.nextLong())), file,
                    file == null ? ExtractionStatus.NONE : ExtractionStatus.PENDING, "", at.plusMillis(i)));
        }
        RotationBundleStore rotation = new RotationBundleStore(context.database());
        DocumentBundleStore archive = new DocumentBundleStore(context.database());
        context.database().write(() -> {
            rotation.saveOffices(List.of(deputy));
            rotation.saveTerms(terms);
            docs.forEach(d -> archive.save(d, ""));
            return null;
        });
        return 1 + terms.size() + docs.size();
    }

    private static byte[] sha(int i) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(("file " + i).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SHA-256 over every row of every table, read through a separate connection. */
    public static String tablesChecksum(Path databaseFile) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                digest.update(table.getBytes(StandardCharsets.UTF_8));
                try (ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            digest.update(String.valueOf(r.getString(i)).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The bundle's text without its one exportedAt line. */
    public static String withoutExportedAt(Path bundle) throws Exception {
        return Files.readString(bundle).replaceFirst("\"exportedAt\": \"[^\"]*\"", "\"exportedAt\": \"-\"");
    }
}
