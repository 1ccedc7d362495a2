package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.store.common.Sql;
import org.untfsse.workbench.testsupport.TestWorkbench;

/** Importing into empty tables drops and rebuilds their indexes: they must all be back, as they were declared. */
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
}
