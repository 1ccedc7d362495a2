#!/usr/bin/env python3
"""Writes src/main/resources/sample/untfsse-sample.json from the public facts in
/work/shared/data/untfsse-public-facts.md (kept here as data, with their sources).
Ids are UUIDv5 of a stable name, so re-running gives the same bundle. Records are sorted by id,
as the workbench exports them, so the file is byte-identical to its own re-export."""
import json, uuid

NS = uuid.UUID("6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f")
AT = "2026-11-01T00:00:00Z"
def uid(kind, name): return str(uuid.uuid5(NS, kind + "/" + name))

S = {
 "S1": "https://unsse.org/about/", "S3": "http://vrolikevinkies.org/un-task-force-social-and-solidarity-economy-hosts-its-47th-regular-meeting.html",
 "S4": "UNRISD news on the 1st Technical Symposium, 2016", "S6": "https://www.euricse.eu/euricse-appointed-as-observer-in-the-un-task-force-on-social-and-solidarity-economy/",
 "S7": "https://unsse.org/2022/10/20/the-un-task-force-on-social-and-solidarity-economy-untfsse-held-its-40th-regular-meeting/",
 "S11": "http://unsse.org/updates/", "S12": "https://unsse.org/2021/12/17/the-untfsse-held-its-third-technical-symposium/",
 "S15": "https://socialeconomynews.eu/en/untfsse-4th-technical-symposium-advancing-the-social-and-solidarity-economy",
 "S17": "https://unsse.org/2023/12/07/escwa-joins-un-inter-agency-task-force-on-social-and-solidarity-economy-untfsse-to-advance-sustainable-development/",
 "S18": "https://unsse.org/2022/08/02/untfsse-special-meeting-on-operationalizing-the-action-plan-2022-2024/",
 "S19": "UNRISD event page on the founding meeting, 30 Sep 2013", "S2": "https://www.cepal.org/en/notes/escap-and-eclac-deepen-engagement-un-inter-agency-task-force-social-and-solidarity-economy",
 "S29": "https://www.ilo.org/global/topics/cooperatives/sse/WCMS_758299/lang--en/index.htm",
 "S38": "https://www.ripess.org/2-july-ffd4-side-event-mainstreaming-the-social-and-solidarity-economy-in-the-financing-for-development-agenda-and-its-follow-up/?lang=en",
 "S54": "https://www.diesis.coop/diesis-at-the-4th-untfsse-technical-symposium/", "S55": "https://euclidnetwork.eu/2019/12/untfsse_retreat/",
 "S57": "https://cityofcollaboration.org/2021/08/03/neues-von-der-un-task-force-fuer-sozial-und-solidarwirtschaft",
 "S63": "https://socialeconomynews.eu/en/ficha-boletin-en/sen16", "S64": "https://ilo.org/global/topics/cooperatives/sse/WCMS_858700/lang--en/index.htm",
}
# acronym, name, kind, status (None = no membership recorded), from, note, sources
ORGS = [
 ("ILO", "International Labour Organization", "UN_ENTITY", "MEMBER", "2013-09-30", "Co-founder (founding meeting 30 Sep 2013).", ["S1", "S19"]),
 ("UNRISD", "UN Research Institute for Social Development", "UN_ENTITY", "MEMBER", "2013-09-30", "Co-founder (founding meeting 30 Sep 2013).", ["S1", "S4"]),
 ("UNDP", "UN Development Programme", "UN_ENTITY", "MEMBER", "2013-09-30", "Co-founder (Geneva Representation Office).", ["S19"]),
 ("UN-NGLS", "UN Non-Governmental Liaison Service", "UN_ENTITY", "MEMBER", "2013-09-30", "Co-founder. UNCERTAIN: current status not confirmed by a source; the period is left open.", ["S19", "S4"]),
 ("UNCTAD", "UN Conference on Trade and Development", "UN_ENTITY", "MEMBER", "2016-11-03", "Listed as member from 2016; the exact join date is not known (the from date is the 2016 symposium).", ["S4"]),
 ("UN DESA", "UN Department of Economic and Social Affairs", "UN_ENTITY", "MEMBER", "2019-11-21", "Listed as member 2019–2023; the exact join date is not known (the from date is the 2nd Technical Symposium).", ["S11", "S7"]),
 ("OECD", "Organisation for Economic Co-operation and Development", "INTERGOVERNMENTAL", "MEMBER", "2019-11-21", "Member (non-UN), listed from 2019; the exact join date is not known.", ["S1", "S11"]),
 ("FAO", "Food and Agriculture Organization of the UN", "UN_ENTITY", "MEMBER", "2016-11-03", "Member in 2016. UNCERTAIN: status in 2023 not confirmed.", ["S4"]),
 ("UNEP", "UN Environment Programme", "UN_ENTITY", None, None, "Took part in the 2016 symposium. UNCERTAIN: membership status not confirmed, so no period is recorded.", ["S4"]),
 ("ESCAP", "UN Economic and Social Commission for Asia and the Pacific", "UN_ENTITY", "MEMBER", "2021-12-06", "Listed as member in 2021 (from date: 3rd Technical Symposium); membership formalized per news of 19 Jun 2024.", ["S12", "S2"]),
 ("ECLAC/CEPAL", "Economic Commission for Latin America and the Caribbean", "UN_ENTITY", "MEMBER", "2022-07-19", "New member, 19 Jul 2022.", ["S18", "S2"]),
 ("ESCWA", "UN Economic and Social Commission for Western Asia", "UN_ENTITY", "MEMBER", "2023-12-07", "Joined 7 Dec 2023.", ["S17"]),
 ("UNHCR", "UN High Commissioner for Refugees", "UN_ENTITY", "MEMBER", "2021-12-06", "Listed in 2021 (from date: 3rd Technical Symposium); announced as a \"new Member\" on 14 Mar 2024.", ["S12", "S3"]),
 ("WHO", "World Health Organization", "UN_ENTITY", "MEMBER", "2024-03-14", "Joined as member, 14 Mar 2024 (47th regular meeting).", ["S3"]),
 ("OHCHR", "Office of the UN High Commissioner for Human Rights", "UN_ENTITY", None, None, "Invited in 2013. UNCERTAIN: membership not confirmed, so no period is recorded.", ["S19"]),
 ("UNESCO", "UN Educational, Scientific and Cultural Organization", "UN_ENTITY", None, None, "Invited in 2013. UNCERTAIN: membership not confirmed, so no period is recorded.", ["S19"]),
 ("UN Women", "UN Entity for Gender Equality and the Empowerment of Women", "UN_ENTITY", None, None, "Invited in 2013. UNCERTAIN: membership not confirmed, so no period is recorded.", ["S19"]),
 ("UNITAR", "UN Institute for Training and Research", "UN_ENTITY", None, None, "Invited in 2013. UNCERTAIN: membership not confirmed, so no period is recorded.", ["S19"]),
 ("World Bank", "World Bank", "UN_ENTITY", None, None, "Invited in 2013. UNCERTAIN: membership not confirmed, so no period is recorded.", ["S19"]),
 ("Catalyst 2030", "Catalyst 2030", "NETWORK", "OBSERVER", "2020-10-01", "Observer from Oct 2020 (day not known).", ["S29"]),
 ("CIRIEC", "International Centre of Research and Information on the Public, Social and Cooperative Economy", "RESEARCH", "OBSERVER", "2021-08-03", "Observer; join date not known (from date: first source naming it).", ["S57", "S15"]),
 ("CSEND", "Centre for Socio-Economic Development", "RESEARCH", "OBSERVER", "2023-10-02", "Observer; join date not known (from date: named at the 4th Technical Symposium, Oct 2023).", ["S15"]),
 ("Diesis", "Diesis Network", "NETWORK", "OBSERVER", "2020-01-01", "Observer since 2020 (month and day not known).", ["S54"]),
 ("EESC", "European Economic and Social Committee", "OTHER", "OBSERVER", "2023-10-02", "Observer (an EU advisory body); join date not known (from date: named Oct 2023).", ["S15"]),
 ("EMES", "EMES International Research Network", "RESEARCH", "OBSERVER", "2022-06-01", "Observer; join date not known (from date: approximate date of the first source naming it).", ["S64", "S15"]),
 ("Euclid", "Euclid Network", "NETWORK", "OBSERVER", "2019-12-01", "Observer since c. 2019 (approximate).", ["S55"]),
 ("EURICSE", "EURICSE", "RESEARCH", "OBSERVER", "2019-07-01", "Observer from Jul 2019 (day not known). The full name is not given in the sources.", ["S6"]),
 ("FMDV", "Global Fund for Cities Development", "NETWORK", "OBSERVER", "2023-10-02", "Observer; join date not known (from date: named Oct 2023).", ["S15"]),
 ("GSEF", "Global Social Economy Forum", "NETWORK", "OBSERVER", "2023-10-02", "Observer; join date not known (from date: named Oct 2023).", ["S15"]),
 ("ICA", "International Co-operative Alliance", "NETWORK", "OBSERVER", "2023-10-02", "Observer; join date not known (from date: named Oct 2023).", ["S15"]),
 ("RIPESS", "Intercontinental Network for the Promotion of Social Solidarity Economy", "NETWORK", "OBSERVER", "2025-07-02", "Observer; join date not known (from date: the 2025 source naming it).", ["S38"]),
 ("SEE", "Social Economy Europe", "NETWORK", "OBSERVER", "2023-10-02", "Observer; join date not known (from date: named Oct 2023).", ["S15"]),
 ("ESSFI", "SSE International Forum", "NETWORK", "OBSERVER", "2023-10-02", "Observer; runs the Mont-Blanc Meetings. UNCERTAIN: link to the former MBM observer. Join date not known (from date: named Oct 2023).", ["S15", "S63"]),
 ("WFTO", "World Fair Trade Organization", "NETWORK", "OBSERVER", "2024-03-14", "Observer from 14 Mar 2024.", ["S3"]),
]
PEOPLE = [  # real, publicly named office holders (for the rotation history); no contact data
 ("ILO", "Vic van Vuuren"), ("ILO", "Valentina Verze"), ("ILO", "Simel Esim"), ("UNCTAD", "Chantal Line Carpentier"),
]
orgs, mems, people = [], [], []
for acr, name, kind, status, since, note, srcs in ORGS:
    oid = uid("organization", acr)
    notes = note + " Sources: " + "; ".join(f"[{s}] {S[s]}" for s in srcs)
    orgs.append({"id": oid, "acronym": acr, "name": name, "kind": kind, "website": "", "notes": notes, "updatedAt": AT})
    if status:
        mems.append({"id": uid("membership", acr), "organizationId": oid, "status": status, "from": since, "to": None, "updatedAt": AT})
for acr, name in PEOPLE:
    people.append({"id": uid("person", name), "organizationId": uid("organization", acr), "name": name, "title": "",
                   "email": "", "phone": "", "role": "OTHER", "activeFrom": None, "activeTo": None, "updatedAt": AT})
# start, end, place, virtual, kind, number, title, sources. Meetings have no notes field: an uncertain
# fact is marked UNCERTAIN in the title or place. Metadata only: no minutes text, attendance or
# decisions exist in the sources, so none are invented. The 44th and 46th meetings' dates were not found.
MEETINGS = [
 ("2013-05-01", "2013-05-01", "Geneva", False, "OTHER", None, "UNRISD conference \u201cPotential and Limits of Social and Solidarity Economy\u201d (precursor; day UNCERTAIN: May 2013)", ["S19"]),
 ("2013-09-30", "2013-09-30", "Geneva", False, "OTHER", None, "Founding meeting of the task force (14 agencies attended)", ["S1", "S19"]),
 ("2014-02-04", "2014-02-04", "New York (UNCERTAIN: inferred, not stated)", False, "SIDE_EVENT", None, "Side event at the 8th session of the Open Working Group on the SDGs", ["S22"]),
 ("2014-09-22", "2014-09-22", "UN Headquarters, New York", False, "OTHER", None, "1st meeting of the International Leading Group on SSE (the task force is part of it)", ["S51"]),
 ("2016-10-17", "2016-10-17", "Quito (Habitat III)", False, "SIDE_EVENT", None, "Side event \u201cSSE: a Key Sector to Implement New Urban Agenda\u201d (the task force a partner)", ["S52"]),
 ("2016-11-03", "2016-11-03", "FAO, Rome", False, "TECHNICAL_SYMPOSIUM", None, "1st Technical Symposium (Strategic Plan)", ["S4", "S16"]),
 ("2016-11-04", "2016-11-04", "FAO, Rome", False, "OTHER", None, "Conference: SSE as a means of implementing the SDGs", ["S4"]),
 ("2019-06-25", "2019-06-26", "ILO, Geneva", False, "OTHER", None, "Conference \u201cImplementing the SDGs: What Role for Social and Solidarity Economy?\u201d", ["S23", "S53"]),
 ("2019-07-23", "2019-07-23", "Geneva", False, "OTHER", None, "Task force meeting, Geneva", ["S6"]),
 ("2019-11-21", "2019-11-22", "Trento (hosted by EURICSE)", False, "TECHNICAL_SYMPOSIUM", None, "2nd Technical Symposium", ["S11", "S9"]),
 ("2020-07-10", "2020-07-10", "", True, "OTHER", None, "\u201cWhat role for SSE in the post COVID-19 crisis recovery?\u201d", ["S27"]),
 ("2020-07-21", "2020-07-21", "", True, "REGULAR", 31, "", ["S30"]),
 ("2020-10-01", "2020-10-01", "", True, "REGULAR", 32, "32nd regular meeting (day UNCERTAIN: October 2020)", ["S29"]),
 ("2020-10-21", "2020-10-21", "GSEF forum", True, "SIDE_EVENT", None, "\u201cWhy does SSE matter for Agenda 2030 and the recovery post COVID-19?\u201d", ["S31"]),
 ("2021-03-03", "2021-03-03", "", True, "REGULAR", 34, "", ["S56"]),
 ("2021-07-08", "2021-07-08", "(place not known)", False, "SIDE_EVENT", None, "HLPF side event on overcoming inequalities through SSE (the task force took part)", ["S26"]),
 ("2021-07-27", "2021-07-27", "", True, "REGULAR", 36, "", ["S57"]),
 ("2021-12-06", "2021-12-10", "", True, "TECHNICAL_SYMPOSIUM", None, "3rd Technical Symposium", ["S12"]),
 ("2022-07-05", "2022-07-05", "", True, "SIDE_EVENT", None, "HLPF side event \u201cBuilding back better \u2026 via SSE\u201d (RIPESS and UNTFSSE)", ["S25"]),
 ("2022-07-19", "2022-07-19", "", True, "EXTRAORDINARY", None, "Special meeting on operationalizing the Action Plan 2022\u20132024", ["S18"]),
 ("2022-07-22", "2022-07-22", "UN Headquarters, New York", False, "SIDE_EVENT", None, "HLPF side event \u201cRole of SSE in Achieving the SDGs: Potential GA Resolution\u201d (Spain with ILO, UNCTAD)", ["S24", "S33"]),
 ("2022-10-05", "2022-10-05", "", True, "REGULAR", 40, "", ["S7"]),
 ("2022-12-07", "2022-12-07", "", True, "REGULAR", 41, "", ["S10"]),
 ("2022-12-13", "2022-12-13", "UN Headquarters, New York", False, "OTHER", None, "Multi-stakeholder meeting on the international recognition of SSE", ["S10", "S32"]),
 ("2023-03-07", "2023-03-07", "", True, "REGULAR", 42, "", ["S5"]),
 ("2023-05-16", "2023-05-16", "", True, "REGULAR", 43, "", ["S8"]),
 ("2023-09-05", "2023-09-05", "", True, "REGULAR", 45, "", ["S13"]),
 ("2023-10-02", "2023-10-03", "Montreal", False, "TECHNICAL_SYMPOSIUM", None, "4th Technical Symposium", ["S14", "S16"]),
 ("2024-03-14", "2024-03-14", "", True, "REGULAR", 47, "", ["S3"]),
 ("2025-07-02", "2025-07-02", "FIBES, Sevilla", False, "SIDE_EVENT", None, "FfD4 side event \u201cMainstreaming the Social and Solidarity Economy in the Financing for Development Agenda and its Follow-up\u201d (RIPESS, FMDV, UNTFSSE)", ["S38"]),
]
meetings = []
for start, end, place, virtual, kind, number, title, srcs in MEETINGS:
    meetings.append({"id": uid("meeting", start + "/" + kind), "number": number,
                     "title": title, "kind": kind, "start": start, "end": end, "place": place, "virtual": virtual,
                     "chairOrganizationId": None, "minutesStatus": "DRAFT", "minutesVersion": 1,
                     "approvedAtMeetingId": None, "updatedAt": AT, "attendance": [], "agendaItems": [], "decisions": [],
                     "actionItems": [], "circulations": [], "minutesVersions": []})
key = lambda r: r["id"]
bundle = {"format": "secretariat-workbench-bundle", "schemaVersion": 1, "exportedAt": AT,
          "organizations": sorted(orgs, key=key), "memberships": sorted(mems, key=key), "people": sorted(people, key=key),
          "meetings": sorted(meetings, key=key)}
with open("src/main/resources/sample/untfsse-sample.json", "w", encoding="utf-8", newline="\n") as f:
    f.write(json.dumps(bundle, indent=2, ensure_ascii=False) + "\n")
with open("docs/sample-data-ids.md", "w", encoding="utf-8") as f:
    f.write("# Ids of the sample data's records\n\nFor the rotation, meeting and document sections to reference (generated by tools/make-sample-data.py).\n\n| kind | name | id |\n|---|---|---|\n")
    for r in orgs: f.write(f"| organization | {r['acronym']} | {r['id']} |\n")
    for r in people: f.write(f"| person | {r['name']} | {r['id']} |\n")
    for r in sorted(meetings, key=lambda r: r["start"]):
        f.write(f"| meeting | {r['start']} {r['title'] or str(r['number']) + ' (regular)'} | {r['id']} |\n")
