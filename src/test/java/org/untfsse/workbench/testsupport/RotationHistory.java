package org.untfsse.workbench.testsupport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.common.DataFolder;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.service.rotation.RotationService;

/**
 * The task force's real rotation history (public sources, see shared/data/untfsse-public-facts.md
 * section 2), for tests and screenshots. Uncertain dates are said so in each term's notes.
 * {@code main(dataDir)} fills a data folder with it.
 */
public final class RotationHistory {

    public Organization ilo;
    public Organization unctad;
    public Organization unrisd;
    public Organization undp;
    public Office deputyChair;
    public Office viceChair;

    public static void main(String[] args) {
        try (AppContext context = new AppContext(new DataFolder(Path.of(args[0])))) {
            enter(context);
        }
    }

    public static RotationHistory enter(AppContext context) {
        RotationHistory h = new RotationHistory();
        h.ilo = org(context, "ILO", "International Labour Organization", "2013-09-30");
        h.unctad = org(context, "UNCTAD", "UN Conference on Trade and Development", "2016-01-01");
        h.unrisd = org(context, "UNRISD", "UN Research Institute for Social Development", "2013-09-30");
        h.undp = org(context, "UNDP", "UN Development Programme", "2013-09-30");
        RotationService r = context.rotation();
        h.deputyChair = r.addOffice("Deputy Chair", 1);
        h.viceChair = r.addOffice("Vice-Chair", 1);
        Office chair = r.officeByCode(Office.CHAIR).orElseThrow();
        Office coChair = r.officeByCode(Office.CO_CHAIR).orElseThrow();
        Office secretariat = r.officeByCode(Office.SECRETARIAT).orElseThrow();
        term(r, chair, h.ilo, "Vic van Vuuren", "2019-11-01", "2023-02-28",
                "Chair by Nov 2019 (start uncertain; no source for the Chair 2013–2019). Ended early 2023 (exact date uncertain).");
        term(r, secretariat, h.ilo, "Valentina Verze", "2019-11-01", null,
                "Secretariat by Nov 2019 (start uncertain); technical secretariat named Jun 2020; continuing.");
        term(r, h.deputyChair, h.unctad, "Chantal Line Carpentier", "2022-07-19", "2023-02-28",
                "Deputy Chair from 19 Jul 2022; ended early 2023 (exact date uncertain).");
        term(r, chair, h.unctad, "Chantal Line Carpentier", "2023-03-01", "2023-09-30",
                "Chair by 7 Mar 2023 (start uncertain); ended c. Oct 2023.");
        term(r, h.viceChair, h.ilo, "Simel Esim", "2023-03-01", "2023-09-30",
                "Vice-Chair by Mar 2023 (start uncertain); ended c. Oct 2023.");
        term(r, coChair, h.ilo, "Simel Esim", "2023-10-01", null,
                "Co-Chairs from Oct 2023 (start uncertain; confirmed by Dec 2023).");
        term(r, coChair, h.unctad, "Chantal Line Carpentier", "2023-10-01", null,
                "Co-Chairs from Oct 2023 (start uncertain; confirmed by Dec 2023).");
        return h;
    }

    private static Organization org(AppContext context, String acronym, String name, String memberSince) {
        return context.roster().organizationByAcronym(acronym).orElseGet(() -> context.roster().createOrganization(
                new Organization(UUID.randomUUID(), acronym, name, OrganizationKind.UN_ENTITY, "", "", null),
                MembershipStatus.MEMBER, LocalDate.parse(memberSince)));
    }

    private static void term(RotationService r, Office office, Organization org, String person, String start,
                             String end, String notes) {
        r.saveTerm(new RotationTerm(UUID.randomUUID(), office.id(), org.id(), null, person, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), null, notes, null));
    }
}
