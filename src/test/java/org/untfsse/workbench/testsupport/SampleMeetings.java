package org.untfsse.workbench.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.common.DataFolder;
import org.untfsse.workbench.model.meeting.ActionStatus;
import org.untfsse.workbench.model.meeting.AgendaItem;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.meeting.DecisionOutcome;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MeetingKind;
import org.untfsse.workbench.model.meeting.MinutesStatus;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.model.roster.PersonRole;
import org.untfsse.workbench.service.meeting.MeetingService;
import org.untfsse.workbench.service.meeting.MeetingStore;
import org.untfsse.workbench.service.meeting.minutes.MinutesFormat;
import org.untfsse.workbench.service.meeting.minutes.MinutesOptions;
import org.untfsse.workbench.service.meeting.minutes.MinutesService;
import org.untfsse.workbench.store.common.Sql;

/**
 * Fills a data folder with sample meetings built on public facts (meeting numbers and dates,
 * organizations and when they joined); attendance, minutes text and focal points are generic
 * sample content. Usage: SampleMeetings DATA_DIR [PDF_OUT].
 */
public final class SampleMeetings {

    private SampleMeetings() {
    }

    public static void main(String[] args) throws Exception {
        try (AppContext app = new AppContext(new DataFolder(Path.of(args[0])), Messages.forLocale(Locale.ENGLISH),
                Clock.systemUTC())) {
            var r = app.roster();
            Organization ilo = org(app, "ILO", "International Labour Organization", OrganizationKind.UN_ENTITY, true, "2013-09-30");
            Organization unctad = org(app, "UNCTAD", "UN Conference on Trade and Development", OrganizationKind.UN_ENTITY, true, "2016-01-01");
            Organization unrisd = org(app, "UNRISD", "UN Research Institute for Social Development", OrganizationKind.RESEARCH, true, "2013-09-30");
            Organization undp = org(app, "UNDP", "UN Development Programme", OrganizationKind.UN_ENTITY, true, "2013-09-30");
            org(app, "OECD", "Organisation for Economic Co-operation and Development", OrganizationKind.INTERGOVERNMENTAL, true, "2019-01-01");
            org(app, "UN DESA", "UN Department of Economic and Social Affairs", OrganizationKind.UN_ENTITY, true, "2019-01-01");
            org(app, "ESCAP", "UN Economic and Social Commission for Asia and the Pacific", OrganizationKind.UN_ENTITY, true, "2021-01-01");
            org(app, "ECLAC", "Economic Commission for Latin America and the Caribbean", OrganizationKind.UN_ENTITY, true, "2022-07-19");
            org(app, "ESCWA", "UN Economic and Social Commission for Western Asia", OrganizationKind.UN_ENTITY, true, "2023-12-07");
            Organization unhcr = org(app, "UNHCR", "UN High Commissioner for Refugees", OrganizationKind.UN_ENTITY, true, "2024-03-14");
            Organization who = org(app, "WHO", "World Health Organization", OrganizationKind.UN_ENTITY, true, "2024-03-14");
            Organization ripess = org(app, "RIPESS", "Intercontinental Network for the Promotion of Social Solidarity Economy", OrganizationKind.NETWORK, false, "2015-01-01");
            org(app, "CIRIEC", "International Centre of Research and Information on the Public, Social and Cooperative Economy", OrganizationKind.RESEARCH, false, "2015-01-01");
            org(app, "EMES", "EMES International Research Network", OrganizationKind.RESEARCH, false, "2015-01-01");
            org(app, "GSEF", "Global Social Economy Forum", OrganizationKind.NETWORK, false, "2016-01-01");
            Organization ica = org(app, "ICA", "International Co-operative Alliance", OrganizationKind.NETWORK, false, "2015-01-01");
            org(app, "EURICSE", "EURICSE", OrganizationKind.RESEARCH, false, "2019-07-01");
            Organization wfto = org(app, "WFTO", "World Fair Trade Organization", OrganizationKind.NETWORK, false, "2024-03-14");
            for (Organization o : List.of(ilo, unctad, unrisd, undp, unhcr, who, ripess, ica, wfto)) {
                r.savePerson(new Person(UUID.randomUUID(), o.id(), "Focal point (" + o.acronym() + ")", "",
                        "sse.focalpoint@" + o.acronym().toLowerCase(Locale.ROOT) + ".example", "", PersonRole.FOCAL_POINT,
                        LocalDate.parse("2013-01-01"), null, null));
            }
            MeetingService meetings = new MeetingService(app.database(), MeetingStore.over(new Sql(app.database())), r,
                    date -> date.isBefore(LocalDate.parse("2023-10-01")) ? Optional.empty()
                            : Optional.of("ILO and UNCTAD (Co-Chairs)"), app.messages(), Clock.systemUTC());
            MinutesService minutes = new MinutesService(app.database(), MeetingStore.over(new Sql(app.database())), meetings,
                    r, app.messages(), Clock.systemUTC());
            Meeting m40 = regular(meetings, 40, "2022-10-05");
            regular(meetings, 41, "2022-12-07");
            regular(meetings, 42, "2023-03-07");
            regular(meetings, 43, "2023-05-16");
            Meeting m45 = regular(meetings, 45, "2023-09-05");
            meetings.createMeeting(new Meeting(UUID.randomUUID(), null, "4th Technical Symposium", MeetingKind.TECHNICAL_SYMPOSIUM,
                    LocalDate.parse("2023-10-02"), LocalDate.parse("2023-10-03"), "Montreal", false, null,
                    MinutesStatus.DRAFT, 1, null, null));
            meetings.createMeeting(new Meeting(UUID.randomUUID(), null, "Special meeting on the Action Plan 2022–2024",
                    MeetingKind.EXTRAORDINARY, LocalDate.parse("2022-07-19"), null, "", true, null, MinutesStatus.DRAFT, 1,
                    null, null));
            AgendaItem adoption45 = meetings.addAgendaItem(m45.id(), "Adoption of the agenda");
            meetings.updateAgendaItem(adoption45.withText(adoption45.title(), "Co-Chairs", "", true));
            meetings.addAgendaItem(m45.id(), "Preparations for the 4th Technical Symposium, Montreal");
            AgendaItem aob45 = meetings.addAgendaItem(m45.id(), "Any other business");
            meetings.updateAgendaItem(aob45.withText(aob45.title(), "", "", true));
            meetings.addDecision(m45.id(), null, "The agenda is adopted.", DecisionOutcome.ADOPTED_BY_CONSENSUS);
            var a1 = meetings.addAction(m45.id(), "Circulate the draft Action Plan 2024–2026 to all members and observers",
                    ilo.id(), null, LocalDate.parse("2023-11-30"));
            meetings.addAction(m45.id(), "Share the symposium programme with focal points", unctad.id(), null,
                    LocalDate.parse("2023-09-20"));
            meetings.addDecision(m40.id(), null, "The minutes of the 39th regular meeting are approved.",
                    DecisionOutcome.ADOPTED_BY_CONSENSUS);

            Meeting m47 = meetings.createMeeting(Meeting.draft(47, "", MeetingKind.REGULAR, LocalDate.parse("2024-03-14"), "", true));
            meetings.startFromLastAgenda(m47.id());
            var welcome = meetings.addAgendaItem(m47.id(), "Welcome of new members and observers: WHO, UNHCR and WFTO");
            meetings.updateAgendaItem(welcome.withText(welcome.title(), "Co-Chairs (ILO, UNCTAD)",
                    "The Co-Chairs **welcomed** the new members and the new observer:\n\n- WHO and UNHCR join as members\n"
                            + "- WFTO joins as an observer\n\nMembers thanked the secretariat for preparing the *accession notes*.",
                    false));
            var plan = meetings.addAgendaItem(m47.id(), "Action Plan 2024–2026");
            meetings.updateAgendaItem(plan.withText(plan.title(), "Secretariat (ILO)",
                    "The secretariat presented the draft Action Plan 2024–2026 prepared in 2023. Comments were made on:\n\n"
                            + "1. the work streams on statistics and on financing\n2. the timeline for the 5th Technical Symposium",
                    false));
            var res = meetings.addAgendaItem(m47.id(), "Follow-up to UNGA resolution A/RES/77/281");
            meetings.updateAgendaItem(res.withText(res.title(), "UN DESA",
                    "Members exchanged on inputs to the Secretary-General's report on promoting the SSE for sustainable development.",
                    false));
            List<UUID> order = meetings.agenda(m47.id()).stream().map(AgendaItem::id).toList();
            meetings.reorderAgenda(m47.id(), List.of(order.get(1), order.get(0), order.get(3), order.get(4), order.get(5), order.get(2)));
            meetings.addDecision(m47.id(), welcome.id(), "The task force welcomes WHO and UNHCR as members and WFTO as an observer.",
                    DecisionOutcome.ADOPTED_BY_CONSENSUS);
            meetings.addDecision(m47.id(), plan.id(), "Members send written comments on the draft Action Plan 2024–2026; "
                    + "the plan returns to the next regular meeting.", DecisionOutcome.DEFERRED);
            meetings.addAction(m47.id(), "Send written comments on the draft Action Plan 2024–2026", null, null,
                    LocalDate.parse("2024-04-15"));
            meetings.addAction(m47.id(), "Consolidate comments and circulate a revised Action Plan", ilo.id(), null,
                    LocalDate.parse("2024-05-01"));
            meetings.setActionStatus(a1.id(), ActionStatus.DONE, m47.id());
            for (Organization o : List.of(ilo, unctad, unrisd, undp, who, unhcr, ripess, wfto, ica)) {
                meetings.setAttendance(m47.id(), o.id(), AttendanceStatus.REMOTE,
                        r.people(o.id()).isEmpty() ? null : r.people(o.id()).get(0).id());
            }
            meetings.setAttendance(m47.id(), r.organizationByAcronym("OECD").orElseThrow().id(), AttendanceStatus.APOLOGIES, null);
            for (Organization o : List.of(ilo, unctad, unrisd, undp, ripess)) {
                meetings.setAttendance(m45.id(), o.id(), AttendanceStatus.REMOTE, null);
            }
            minutes.circulate(m45.id(), MinutesFormat.PDF, LocalDate.parse("2023-09-19"), minutes.defaultRecipients(m45.id()),
                    MinutesOptions.DEFAULT, Path.of(args[0], "sent-45.pdf"));
            minutes.approve(m45.id(), m47.id());
            if (args.length > 1) {
                minutes.export(m47.id(), MinutesFormat.PDF, new MinutesOptions(true, LocalDate.parse("2024-03-28")), Path.of(args[1]));
                minutes.export(m47.id(), MinutesFormat.DOCX, new MinutesOptions(true, LocalDate.parse("2024-03-28")),
                        Path.of(args[1].replace(".pdf", ".docx")));
            }
        }
    }

    private static Organization org(AppContext app, String acronym, String name, OrganizationKind kind, boolean member,
                                    String since) {
        return app.roster().createOrganization(new Organization(UUID.randomUUID(), acronym, name, kind, "", "", null),
                member ? MembershipStatus.MEMBER : MembershipStatus.OBSERVER, LocalDate.parse(since));
    }

    private static Meeting regular(MeetingService meetings, int number, String date) {
        return meetings.createMeeting(Meeting.draft(number, "", MeetingKind.REGULAR, LocalDate.parse(date), "", true));
    }
}
