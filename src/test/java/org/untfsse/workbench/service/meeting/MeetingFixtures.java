package org.untfsse.workbench.service.meeting;

import java.time.LocalDate;
import java.util.UUID;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MeetingKind;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.model.roster.PersonRole;

/** A small task force with real organizations (facts from the public record) and generic focal points. */
public final class MeetingFixtures {

    public final Organization ilo;
    public final Organization unctad;
    public final Organization who;
    public final Organization wfto;
    public final Organization ripess;
    public final Person iloFocalPoint;
    public final Person unctadFocalPoint;

    private final AppContext app;

    public MeetingFixtures(AppContext app) {
        this.app = app;
        ilo = org("ILO", "International Labour Organization", MembershipStatus.MEMBER, "2013-09-30");
        unctad = org("UNCTAD", "UN Conference on Trade and Development", MembershipStatus.MEMBER, "2016-01-01");
        who = org("WHO", "World Health Organization", MembershipStatus.MEMBER, "2024-03-14");
        wfto = org("WFTO", "World Fair Trade Organization", MembershipStatus.OBSERVER, "2024-03-14");
        ripess = org("RIPESS", "Intercontinental Network for the Promotion of Social Solidarity Economy",
                MembershipStatus.OBSERVER, "2015-01-01");
        iloFocalPoint = person(ilo, "ILO focal point", "focal.point@ilo.example");
        unctadFocalPoint = person(unctad, "UNCTAD focal point", "sse@unctad.example");
    }

    public Organization org(String acronym, String name, MembershipStatus status, String since) {
        return app.roster().createOrganization(new Organization(UUID.randomUUID(), acronym, name,
                OrganizationKind.UN_ENTITY, "", "", null), status, LocalDate.parse(since));
    }

    public Person person(Organization o, String name, String email) {
        return app.roster().savePerson(new Person(UUID.randomUUID(), o.id(), name, "", email, "", PersonRole.FOCAL_POINT,
                LocalDate.parse("2013-01-01"), null, null));
    }

    public Meeting regular(int number, String date) {
        return app.meetings().createMeeting(Meeting.draft(number, "", MeetingKind.REGULAR, LocalDate.parse(date), "", true));
    }
}
