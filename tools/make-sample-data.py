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
S.update({
 "S5": "http://www.ilo.org/global/topics/cooperatives/sse/WCMS_872962/lang--en/index.htm",
 "S8": "http://ilo.org/global/topics/cooperatives/sse/WCMS_884154/lang--en/index.htm",
 "S9": "https://www.ilo.org/global/topics/cooperatives/news/WCMS_731144/lang--en/index.htm",
 "S10": "https://www.ilo.org/global/topics/cooperatives/sse/WCMS_864399/lang--en/index.htm",
 "S13": "https://unsse.org/2023/10/10/untfsse-holds-its-45th-virtual-meeting/",
 "S20": "http://213.219.61.110/UNRISD/website/document.nsf/(httpPublications)/4FB6A60F1DBA5995C1257D1C003DAA2A",
 "S21": "https://unsse.org/2022/09/26/advancing-the-2030-agenda-through-the-social-and-solidarity-economy/",
 "S23": "http://socioeco.org/bdf_fiche-document-6806_it.html",
 "S27": "http://www2.ilo.org/global/topics/cooperatives/news/WCMS_750883/lang--en/index.htm",
 "S28": "https://www.readkong.com/page/united-nations-inter-agency-task-force-on-social-and-7124802",
 "S31": "http://ilo.org/global/topics/cooperatives/news/WCMS_758902/lang--en/index.htm",
 "S35": "https://ripess.eu/en/a-historic-step-un-adopts-sse-resolution",
 "S36": "https://ripess.org/una-vez-mas-las-naciones-unidas-apoyan-una-resolucion-para-promover-la-economia-social-solidaria-en-favor-del-desarrollo-sostenible/?lang=en",
 "S37": "https://thenews.coop/un-adopts-second-resolution-on-social-economys-role-in-sustainable-development",
 "S39": "https://ilo.org/global/topics/cooperatives/sse/WCMS_851103/lang--en/index.htm",
 "S40": "http://www.socioeco.org/bdf_fiche-document-8341_de.html",
 "S41": "https://legislation.coop/en/newsroom/news/oecd-recommendation-social-and-solidarity-economy-and-social-innovation",
 "S42": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A52021DC0778",
 "S43": "https://thenews.coop/african-union-adopts-10-year-social-and-solidarity-economy-strategy",
 "S44": "http://oit.org/global/topics/cooperatives/sse/WCMS_861451/lang--en/index.htm",
 "S45": "https://www.ilo.org/global/topics/cooperatives/news/WCMS_854709/lang--en/index.htm",
 "S47": "http://www.ilo.org/global/topics/cooperatives/sse/WCMS_907286/lang--en/index.htm (read via a proxy copy)",
 "S48": "http://www.ilo.ch/global/topics/cooperatives/sse/WCMS_820590/lang--en/index.htm",
 "S49": "https://www.elgaronline.com/display/book/9781803920924/book-part-9781803920924-15.xml ; https://www.communityeconomies.org/index.php/news/international-recognition-social-and-solidarity-economy",
 "S50": "http://213.219.61.110/UNRISD/website/newsview.nsf/(httpNews)/B0AF81DFDB8D672FC125829E004AD9F5",
 "S60": "https://thenews.coop/un-secretary-general-looks-for-ways-to-grow-social-and-solidarity-economy",
 "S62": "https://www.jornal.cat/noticia/38672/ess-onu-resolucio",
})
def sources(srcs): return "Sources: " + "; ".join(f"[{s}] {S[s]}" for s in srcs)

# The offices: the three built-in ones exactly as every database has them (fixed ids, migration V002),
# and the user-defined offices the public sources name. Positions as the Rotation view gives them.
BUILT_IN = [("00000000-0000-4000-8000-0000000000c1", "CHAIR", "Chair", 1, 10), ("00000000-0000-4000-8000-0000000000c2", "CO_CHAIR", "Co-Chair", 2, 20),
            ("00000000-0000-4000-8000-0000000000c3", "SECRETARIAT", "Secretariat", 1, 90)]
USER_OFFICES = [("TECHNICAL_SECRETARIAT", "Technical Secretariat", 30), ("DEPUTY_CHAIR", "Deputy Chair", 40),
                ("VICE_CHAIR", "Vice-Chair", 50), ("KNOWLEDGE_HUB_COORDINATOR", "Knowledge Hub coordinator", 60)]
# office code, organization, person (None = not named), start, end (None = open), notes, sources.
# Where a source gives only "by" a date or a month, the date is that day or the month's first, and the notes say so.
TERMS = [
 ("CHAIR", "ILO", "Vic van Vuuren", "2019-11-01", "2023-03-06", "UNCERTAIN start: named Chair by Nov 2019 (Chair in 2020); the start is recorded as 1 Nov 2019. End: early 2023 (recorded as the day before the 42nd meeting, where UNCTAD chaired).", ["S9", "S27", "S28", "S48"]),
 ("SECRETARIAT", "ILO", None, "2019-11-01", None, "UNCERTAIN start: the ILO holds the Secretariat by Nov 2019 (recorded as 1 Nov 2019) and still holds it.", ["S9", "S47", "S3"]),
 ("TECHNICAL_SECRETARIAT", "ILO", "Valentina Verze", "2020-06-01", None, "Named in Jun 2020 (day not known). UNCERTAIN end: not known, so the term is left open.", ["S28"]),
 ("DEPUTY_CHAIR", "UNCTAD", "Chantal Line Carpentier", "2022-07-19", "2023-03-06", "From the special meeting of 19 Jul 2022. End: early 2023 (UNCERTAIN; recorded as the day before the 42nd meeting).", ["S18"]),
 ("CHAIR", "UNCTAD", "Chantal Line Carpentier", "2023-03-07", "2023-10-01", "Chair by 7 Mar 2023 (42nd meeting); UNCERTAIN end c. Oct 2023, when the Co-Chairs took over (recorded as 1 Oct 2023).", ["S5", "S8", "S13"]),
 ("VICE_CHAIR", "ILO", "Simel Esim", "2023-03-07", "2023-10-01", "Vice-Chair (the ILO also Secretariat) by Mar 2023 (recorded as the 42nd meeting); UNCERTAIN end c. Oct 2023 (recorded as 1 Oct 2023).", ["S5", "S13"]),
 ("CO_CHAIR", "ILO", "Simel Esim", "2023-10-02", None, "Co-Chair by Dec 2023; the start in Oct 2023 (4th Technical Symposium) is UNCERTAIN. The ILO is also the Secretariat.", ["S47", "S3"]),
 ("CO_CHAIR", "UNCTAD", "Chantal Line Carpentier", "2023-10-02", None, "Co-Chair by Dec 2023; the start in Oct 2023 (4th Technical Symposium) is UNCERTAIN.", ["S47", "S3"]),
 ("KNOWLEDGE_HUB_COORDINATOR", "UNRISD", None, "2018-06-01", None, "UNRISD coordinates the task force's Knowledge Hub by Jun 2018 (recorded as 1 Jun 2018).", ["S50"]),
]
# title, date (None = not known), kind, symbol, languages, authoring organizations, tags, notes, sources. Metadata only.
DOCS = [
 ("Social and Solidarity Economy and the Challenge of Sustainable Development", "2014-01-01", "POSITION_PAPER", "", [], [], ["position paper", "SDGs"], "The task force's first position paper. Published in 2014 (month and day not known; recorded as 1 Jan 2014).", ["S20", "S21"]),
 ("Call for Papers \"Implementing the SDGs: What Role for Social and Solidarity Economy?\"", "2018-06-01", "NOTE", "", [], ["UNRISD"], ["Knowledge Hub", "SDGs"], "Call of the task force's Knowledge Hub.", ["S50"]),
 ("Conference Summary \"Implementing the SDGs: What Role for Social and Solidarity Economy?\"", "2019-10-01", "REPORT", "", [], [], ["conference", "SDGs"], "Summary of the conference of 25–26 Jun 2019 at the ILO, Geneva. Published Oct 2019 (day not known; recorded as 1 Oct 2019).", ["S23"]),
 ("What Role for the Social and Solidarity Economy in the Post COVID-19 Crisis Recovery?", "2020-06-01", "STATEMENT", "", ["en", "fr", "ko"], [], ["COVID-19", "statement"], "Task force statement, in English, French and Korean. Jun 2020 (day not known; recorded as 1 Jun 2020).", ["S28", "S29"]),
 ("Advancing the 2030 Agenda through the Social and Solidarity Economy", "2022-09-26", "POSITION_PAPER", "", [], [], ["position paper", "2030 Agenda"], "The task force's second position paper; the date is when it was posted.", ["S21"]),
 ("Strategic Plan 2016 and action plans 2020–2022, 2022–2024 and 2024–2026", None, "OTHER", "", [], [], ["action plan", "strategy"], "The task force's plans: Strategic Plan 2016 (1st Technical Symposium); action plan 2020–2022; action plan 2022–2024 (Dec 2021); action plan 2024–2026 (drafted in 2023). One record for the series; no single date.", ["S4", "S31", "S12", "S47", "S3"]),
 ("Encyclopedia of the Social and Solidarity Economy", None, "OTHER", "ISBN 9781803920924", [], [], ["encyclopedia", "open access"], "Edward Elgar / UNTFSSE, open access. UNCERTAIN: year of publication not confirmed by the sources.", ["S49"]),
 ("Report VI: Decent work and the social and solidarity economy (International Labour Conference, 110th Session)", "2022-03-01", "REPORT", "", [], ["ILO"], ["ILC", "decent work"], "Mar 2022 (day not known; recorded as 1 Mar 2022).", ["S40"]),
 ("Resolution and conclusions concerning decent work and the social and solidarity economy (International Labour Conference, 110th Session)", "2022-06-10", "RESOLUTION", "", [], ["ILO"], ["ILC", "decent work"], "Adopted at the 110th Session of the International Labour Conference.", ["S18", "S39"]),
 ("ILO Strategy and Action Plan on decent work and the social and solidarity economy 2023–2029", "2022-11-01", "OTHER", "", [], ["ILO"], ["decent work", "strategy"], "Governing Body, 346th Session, Nov 2022 (day not known; recorded as 1 Nov 2022).", ["S10"]),
 ("Recommendation of the Council on the Social and Solidarity Economy and Social Innovation", "2022-06-10", "OTHER", "OECD/LEGAL/0472", [], ["OECD"], ["OECD", "legal instrument"], "OECD legal instrument.", ["S41"]),
 ("Building an economy that works for people: an action plan for the social economy", "2021-12-09", "OTHER", "COM(2021) 778 final", [], [], ["European Union", "action plan"], "Communication of the European Commission.", ["S42"]),
 ("Promoting the social and solidarity economy for sustainable development", "2023-04-18", "RESOLUTION", "A/RES/77/281", [], [], ["UNGA", "resolution"], "UN General Assembly resolution (draft A/77/L.60), co-led by Chile, Senegal and Spain.", ["S1", "S35"]),
 ("Report of the Secretary-General on promoting the social and solidarity economy for sustainable development", "2024-10-01", "REPORT", "", [], [], ["UNGA", "Secretary-General"], "Oct 2024 (day not known; recorded as 1 Oct 2024). UNCERTAIN: document symbol not found.", ["S37", "S60"]),
 ("Promoting the social and solidarity economy for sustainable development (follow-up resolution)", "2024-12-01", "RESOLUTION", "A/RES/79/213", [], [], ["UNGA", "resolution"], "Second Committee 26 Nov 2024, 175–0–1 (one source says 20 Nov). Adopted in plenary in Dec 2024; UNCERTAIN day (recorded as 1 Dec 2024).", ["S36", "S37", "S38", "S62"]),
 ("African Union Ten-Year Strategy on the Social and Solidarity Economy", "2024-07-29", "OTHER", "", [], [], ["African Union", "strategy"], "Adopted at STC-SDLE-5, Addis Ababa, 29 Jul–2 Aug 2024 (recorded as the first day). UNCERTAIN: the period is 2023–2032 or 2023–2033; sources differ.", ["S43", "S44", "S45"]),
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
offices = [{"id": i, "code": c, "name": n, "maxHolders": m, "builtIn": True, "position": p, "updatedAt": "2013-09-30T00:00:00Z"}
           for i, c, n, m, p in BUILT_IN]
for code, name, position in USER_OFFICES:
    offices.append({"id": uid("office", code), "code": code, "name": name, "maxHolders": 1, "builtIn": False, "position": position, "updatedAt": AT})
office_id = {o["code"]: o["id"] for o in offices}
terms = []
for code, acr, person, start, end, note, srcs in TERMS:
    terms.append({"id": uid("rotationTerm", f"{code}/{acr}/{start}"), "officeId": office_id[code], "organizationId": uid("organization", acr),
                  "personId": uid("person", person) if person else None, "personName": None, "start": start, "end": end,
                  "decidedAtMeetingId": None, "notes": note + " " + sources(srcs), "updatedAt": AT})
docs = []
for title, date, kind, symbol, langs, authors, tags, note, srcs in DOCS:
    docs.append({"id": uid("document", title), "title": title, "kind": kind, "symbol": symbol, "date": date,
                 "languages": sorted(langs), "organizationIds": [uid("organization", a) for a in authors], "tags": tags,
                 "description": note + " " + sources(srcs), "meetingIds": [], "decisionIds": [],
                 "fileSha256": None, "fileName": None, "mediaType": None, "fileSize": None, "updatedAt": AT})
key = lambda r: r["id"]
bundle = {"format": "secretariat-workbench-bundle", "schemaVersion": 1, "exportedAt": AT,
          "organizations": sorted(orgs, key=key), "memberships": sorted(mems, key=key), "people": sorted(people, key=key),
          "offices": sorted(offices, key=key), "rotationTerms": sorted(terms, key=key), "meetings": sorted(meetings, key=key),
          "documents": sorted(docs, key=key),
          # No saved e-mail templates or searches: the default templates are not records.
          "mailTemplates": [], "savedSearches": []}
with open("src/main/resources/sample/untfsse-sample.json", "w", encoding="utf-8", newline="\n") as f:
    f.write(json.dumps(bundle, indent=2, ensure_ascii=False) + "\n")
with open("docs/sample-data-ids.md", "w", encoding="utf-8") as f:
    f.write("# Ids of the sample data's records\n\nFor the rotation, meeting and document sections to reference (generated by tools/make-sample-data.py).\n\n| kind | name | id |\n|---|---|---|\n")
    for r in orgs: f.write(f"| organization | {r['acronym']} | {r['id']} |\n")
    for r in people: f.write(f"| person | {r['name']} | {r['id']} |\n")
    for r in offices: f.write(f"| office | {r['code']} | {r['id']} |\n")
    for r in docs: f.write(f"| document | {r['title']} | {r['id']} |\n")
    for r in sorted(meetings, key=lambda r: r["start"]):
        f.write(f"| meeting | {r['start']} {r['title'] or str(r['number']) + ' (regular)'} | {r['id']} |\n")
