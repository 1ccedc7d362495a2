package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.store.common.Sql;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * Importing into empty tables drops and rebuilds their indexes: they must all be back, as they were
 * declared. The large sections are written during their one reading and checked before the commit:
 * a bundle refused then must leave the empty database, indexes included, exactly as it was.
 */
class BundleBulkLoadTest {

    @TempDir
    Path temp;

    private static final String INDEXES =
            "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";

    @Test
    void an_import_into_an_empty_database_leaves_every_index_as_declared_and_used() throws Exception {
        Path bundle = temp.resolve("bundle.json");
        List<String> declared;
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            BundleFixtures.generate(a, 50, 7);
            a.exchange().export(bundle, null, false, Progress.NONE);
            declared = new Sql(a.database()).list(INDEXES, r -> r.getString(1));
        }
        try (AppContext b = TestWorkbench.open(temp.resolve("b"))) {
            b.exchange().importBundle(bundle, null, Progress.NONE);
            Sql sql = new Sql(b.database());
            assertThat(sql.list(INDEXES, r -> r.getString(1))).isEqualTo(declared)
                    .anyMatch(s -> s.startsWith("person_organization: "))
                    .anyMatch(s -> s.startsWith("organization_acronym: "));
            assertThat(sql.list("PRAGMA integrity_check", r -> r.getString(1))).containsExactly("ok");
            assertThat(sql.list("EXPLAIN QUERY PLAN SELECT id FROM person WHERE organization_id = 'x'", r -> r.getString(4)))
                    .anyMatch(s -> s.contains("person_organization"));
            // Importing again (tables no longer empty) goes through the upsert and changes nothing.
            ImportPreview again = b.exchange().importBundle(bundle, null, Progress.NONE);
            assertThat(again.changesNothing()).isTrue();
        }
    }

    @Test
    void a_bundle_refused_after_its_records_were_written_leaves_the_empty_database_as_it_was() throws Exception {
        Path bundle = exportGenerated(20);
        ObjectNode root = (ObjectNode) MAPPER.readTree(bundle.toFile());
        ArrayNode organizations = (ArrayNode) root.get("organizations");
        // The last organization takes the first one's acronym: found by the rules between records, after every row was written.
        ((ObjectNode) organizations.get(19)).put("acronym", organizations.get(0).get("acronym").asText().toLowerCase());
        Path duplicateAcronym = write(root, "duplicate-acronym.json");

        root = (ObjectNode) MAPPER.readTree(bundle.toFile());
        ArrayNode people = (ArrayNode) root.get("people");
        // The last person's organization is nowhere: SQLite refuses the row while it is written; the import is planned again for the message.
        ((ObjectNode) people.get(people.size() - 1)).put("organizationId", "33333333-3333-4333-8333-333333333333");
        Path dangling = write(root, "dangling.json");

        try (AppContext b = TestWorkbench.open(temp.resolve("b"))) {
            Sql sql = new Sql(b.database());
            List<String> indexes = sql.list(INDEXES, r -> r.getString(1));
            String before = BundleFixtures.tablesChecksum(b.folder().database());

            assertThatThrownBy(() -> b.exchange().importBundle(duplicateAcronym, null, Progress.NONE))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .anySatisfy(p -> assertThat(p.where()).isEqualTo("$.organizations[19].acronym")));
            assertThatThrownBy(() -> b.exchange().importBundle(dangling, null, Progress.NONE))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(p -> {
                                assertThat(p.where()).isEqualTo("$.people[" + (people.size() - 1) + "].organizationId");
                                assertThat(p.message()).contains("neither in the bundle nor in this database");
                            }));

            assertThat(BundleFixtures.tablesChecksum(b.folder().database())).isEqualTo(before);
            assertThat(sql.list(INDEXES, r -> r.getString(1))).isEqualTo(indexes);
            assertThat(b.roster().allOrganizations()).isEmpty();
            assertThat(b.exchange().importBundle(bundle, null, Progress.NONE).changesNothing())
                    .as("the good bundle then imports").isFalse();
        }
    }

    @Test
    void a_bundle_listing_people_before_their_organizations_imports_all_the_same() throws Exception {
        Path bundle = exportGenerated(10);
        ObjectNode root = (ObjectNode) MAPPER.readTree(bundle.toFile());
        ObjectNode reordered = MAPPER.createObjectNode();
        List<String> first = List.of("format", "schemaVersion", "exportedAt", "people", "memberships");
        first.forEach(key -> reordered.set(key, root.get(key)));
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!first.contains(field.getKey())) {
                reordered.set(field.getKey(), field.getValue());
            }
        }
        Path file = write(reordered, "reordered.json");
        assertThat(Files.readString(file).indexOf("\"people\"")).isLessThan(Files.readString(file).indexOf("\"organizations\""));

        try (AppContext b = TestWorkbench.open(temp.resolve("b"))) {
            ImportPreview imported = b.exchange().importBundle(file, null, Progress.NONE);
            assertThat(imported.count(PersonSection.KEY, ChangeKind.ADDED)).isEqualTo(root.get("people").size());
            assertThat(b.roster().allPeople()).hasSize(root.get("people").size());
            assertThat(b.roster().allOrganizations()).hasSize(10);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Path exportGenerated(int organizations) throws Exception {
        Path bundle = temp.resolve("bundle.json");
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            BundleFixtures.generate(a, organizations, 11);
            a.exchange().export(bundle, null, false, Progress.NONE);
        }
        return bundle;
    }

    private Path write(JsonNode root, String name) throws Exception {
        Path file = temp.resolve(name);
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        return file;
    }
}
