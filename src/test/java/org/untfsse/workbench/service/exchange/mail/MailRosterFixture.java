package org.untfsse.workbench.service.exchange.mail;

import java.time.LocalDate;
import java.util.UUID;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.model.roster.PersonRole;
import org.untfsse.workbench.service.roster.RosterService;

/**
 * A small roster for circulation tests (as of 2026-11-28): ILO and UNCTAD members with a focal
 * point and an alternate, ESCWA a member whose focal point has no e-mail, WHO a member only from
 * 2024, EMES an observer with an accented focal point, CIRIEC an observer with nobody active, and
 * FAO, a former member.
 */
public final class MailRosterFixture {

    public final Organization ilo;
    public final Organization unctad;
    public final Organization escwa;
    public final Organization who;
    public final Organization emes;
    public final Organization ciriec;
    public final Organization fao;

    public MailRosterFixture(RosterService roster) {
        ilo = org(roster, "ILO", "International Labour Organization", MembershipStatus.MEMBER, "2013-09-30");
        unctad = org(roster, "UNCTAD", "UN Conference on Trade and Development", MembershipStatus.MEMBER, "2016-01-01");
        escwa = org(roster, "ESCWA", "UN Economic and Social Commission for Western Asia", MembershipStatus.MEMBER, "2023-12-07");
        who = org(roster, "WHO", "World Health Organization", MembershipStatus.MEMBER, "2024-03-14");
        emes = org(roster, "EMES", "EMES International Research Network", MembershipStatus.OBSERVER, "2018-01-01");
        ciriec = org(roster, "CIRIEC", "International Centre of Research and Information on the Public, Social and "
                + "Cooperative Economy", MembershipStatus.OBSERVER, "2019-01-01");
        fao = org(roster, "FAO", "Food and Agriculture Organization", MembershipStatus.MEMBER, "2016-01-01");
        roster.endMembership(fao.id(), LocalDate.parse("2022-12-31"));

        person(roster, ilo, "Simel Esim", "esim@ilo.example", PersonRole.FOCAL_POINT, null);
        person(roster, ilo, "Valentina Verze", "verze@ilo.example", PersonRole.ALTERNATE, null);
        person(roster, ilo, "Former Officer", "former@ilo.example", PersonRole.FOCAL_POINT, "2020-01-01");
        person(roster, unctad, "Carpentier, Chantal Line", "carpentier@unctad.example", PersonRole.FOCAL_POINT, null);
        person(roster, unctad, "=HYPERLINK(\"http://evil.example\")", "alt@unctad.example", PersonRole.ALTERNATE, null);
        person(roster, escwa, "Rania Al-Khatib", "", PersonRole.FOCAL_POINT, null);
        person(roster, who, "Jean-Pierre Côté", "cote@who.example", PersonRole.FOCAL_POINT, null);
        person(roster, emes, "Hélène Müller", "helene.muller@emes.example", PersonRole.FOCAL_POINT, null);
        person(roster, ciriec, "Gone Person", "gone@ciriec.example", PersonRole.FOCAL_POINT, "2021-06-30");
        person(roster, fao, "Fao Person", "fp@fao.example", PersonRole.FOCAL_POINT, null);
    }

    private static Organization org(RosterService roster, String acronym, String name, MembershipStatus status, String since) {
        return roster.createOrganization(new Organization(UUID.randomUUID(), acronym, name, OrganizationKind.UN_ENTITY,
                "", "", null), status, LocalDate.parse(since));
    }

    private static void person(RosterService roster, Organization o, String name, String email, PersonRole role,
                               String activeTo) {
        roster.savePerson(new Person(UUID.randomUUID(), o.id(), name, "", email, "", role, null,
                activeTo == null ? null : LocalDate.parse(activeTo), null));
    }
}
