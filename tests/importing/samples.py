"""Agendas as other tools write them, for the import tests (our own wording, UN shape)."""

from __future__ import annotations

ENGLISH_TEXT = """\
United Nations\tIDB/WG.4/2027/1
Industrial Development Board
Distr.: General
3 February 2027
Original: English
Working Group on Programme Coordination
Ninth session
Geneva, 15–16 March 2027
Provisional agenda and annotations
1. Organizational matters:
(a) Opening of the session;
(b) Adoption of the agenda.
2. Review of regional programmes.
3. Adoption of the report.
Annotations
1. Organizational matters
(a) Opening of the session
The session will be opened on Monday, 15 March 2027, at 10 a.m.
(b) Adoption of the agenda
The Working Group will have before it the provisional agenda prepared by the Secretariat.
2. Review of regional programmes
The Working Group will review the regional programmes of the past two years² and consider
the funding outlook.
² See the summary of evaluations for 2025 and 2026.
Documentation
Report of the Director General on regional programmes (IDB/WG.4/2027/2)
Note by the Secretariat on funding (IDB/WG.4/2027/CRP.1)
3. Adoption of the report
The Working Group will adopt a report on its session.
Annex
Proposed organization of work
Date and time\tAgenda item\tTitle or subject
Monday, 15 March
10 a.m.–1 p.m.\t1 (a)\tOpening of the session
\t1 (b)\tAdoption of the agenda
3–6 p.m.\t2\tReview of regional programmes
Tuesday, 16 March
10 a.m.–1 p.m.\t2\tReview of regional programmes (continued)
\t2\tReview of regional programmes (continued)
3–6 p.m.\t3\tAdoption of the report
"""
