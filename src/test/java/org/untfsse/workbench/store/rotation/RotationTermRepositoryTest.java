package org.untfsse.workbench.store.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.store.common.Sql;
import org.untfsse.workbench.store.common.StoreException;
import org.untfsse.workbench.testsupport.TestWorkbench;

class RotationTermRepositoryTest {

    @TempDir
    Path dir;
    private AppContext context;
    private RotationTermRepository terms;
    private OfficeRepository offices;
    private Organization ilo;

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
        Sql sql = new Sql(context.database());
        terms = new RotationTermRepository(sql);
        offices = new OfficeRepository(sql);
        ilo = context.roster().createOrganization(new Organization(UUID.randomUUID(), "ILO", "International Labour Organization",
                OrganizationKind.UN_ENTITY, "", "", null), MembershipStatus.MEMBER, LocalDate.parse("2013-09-30"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void a_term_round_trips_with_every_field() {
        RotationTerm t = new RotationTerm(UUID.randomUUID(), Office.SECRETARIAT_ID, ilo.id(), null, "Valentina Verze",
                LocalDate.parse("2019-11-01"), null, UUID.randomUUID(), "start uncertain; continuing",
                Instant.parse("2026-11-28T09:00:00.123Z"));
        context.database().write(() -> {
            terms.save(t);
            return null;
        });
        assertThat(context.database().read(() -> terms.find(t.id()))).contains(t);
        RotationTerm ended = t.withEnd(LocalDate.parse("2027-12-31"));
        context.database().write(() -> {
            terms.save(ended);
            return null;
        });
        assertThat(context.database().read(terms::findAll)).containsExactly(ended);
    }

    @Test
    void the_database_itself_refuses_an_end_before_the_start() {
        RotationTerm t = new RotationTerm(UUID.randomUUID(), Office.CHAIR_ID, ilo.id(), null, null,
                LocalDate.parse("2020-01-01"), LocalDate.parse("2019-01-01"), null, "", TestWorkbench.NOW);
        assertThatThrownBy(() -> context.database().write(() -> {
            terms.save(t);
            return null;
        })).isInstanceOf(StoreException.class);
    }

    @Test
    void built_in_offices_are_seeded_and_cannot_be_deleted() {
        context.database().write(() -> {
            offices.delete(Office.CHAIR_ID);
            return null;
        });
        assertThat(context.database().read(offices::findAll)).extracting(Office::code)
                .containsExactly("CHAIR", "CO_CHAIR", "SECRETARIAT");
        assertThat(context.database().read(() -> offices.findByCode("co_chair"))).isPresent();
    }

    @Test
    void an_organization_holding_a_term_cannot_be_deleted_so_history_is_kept() {
        RotationTerm t = new RotationTerm(UUID.randomUUID(), Office.CHAIR_ID, ilo.id(), null, null,
                LocalDate.parse("2020-01-01"), null, null, "", TestWorkbench.NOW);
        context.database().write(() -> {
            terms.save(t);
            return null;
        });
        assertThatThrownBy(() -> context.roster().deleteOrganization(ilo.id())).isInstanceOf(StoreException.class);
    }
}
