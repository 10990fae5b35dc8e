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


#: The Arabic version of the tests' sample meeting as typed or pasted in logical order, with
#: Arabic-Indic numbers ("١.", "١ (أ)") and superscript footnote markers.
ARABIC_TEXT = """\
الأمم المتحدة
CFC/COP/WG.4/2026/1
مؤتمر الأطراف في اتفاقية التعاون في مجال مصائد الأسماك الساحلية
Distr.: General
20 March 2026
Arabic
Original: English
الفريق العامل المعني ببناء القدرات
الاجتماع الرابع
فيينا، 11-12 حزيران/يونيه 2026
جدول الأعمال المؤقت وشروحه
جدول الأعمال المؤقت
١. المسائل التنظيمية:
(أ) افتتاح الاجتماع؛
(ب) إقرار جدول الأعمال وتنظيم الأعمال.
٢. استعراض الاحتياجات في مجال بناء القدرات.
٣. التعاون بين مقدمي المساعدة التقنية:
(أ) تبادل المعلومات؛
(ب) البرمجة المشتركة:
(i) البرامج الإقليمية؛
(ii) البرامج الوطنية.
٤. حشد الموارد.
٥. اعتماد التقرير.
الشروح
١. المسائل التنظيمية
(أ) افتتاح الاجتماع
سيُفتتح اجتماع الفريق العامل يوم الخميس 11 حزيران/يونيه 2026، الساعة 10:00.
(ب) إقرار جدول الأعمال وتنظيم الأعمال
أُعدّ جدول الأعمال المؤقت وفقا للقرار 7/2 الصادر عن المؤتمر، المعنون تعزيز التعاون في مجال
مصائد الأسماك الساحلية.¹
¹ انظر الوثيقة CFC/COP/2025/9، الفصل الأول.
وستتيح الموارد المتاحة عقد جلستين عامتين يوميا، مع توفير الترجمة الشفوية إلى اللغات
الرسمية الست للأمم المتحدة.
٢. استعراض الاحتياجات في مجال بناء القدرات
سيُعرض على الفريق العامل عرض عام للاحتياجات التي أبلغت عنها الدول (CFC/COP/WG.4/2026/2)²،
وقد يود الفريق أن يسدي المشورة إلى المؤتمر بشأن الأولويات.
² الردود الواردة حتى 1 آذار/مارس 2026.
الوثائق
عرض عام لاحتياجات بناء القدرات التي أبلغت عنها الدول الساحلية (CFC/COP/WG.4/2026/2)
تقرير أمين المؤتمر عن برنامج مراقبي مصائد الأسماك (CFC/COP/2025/7/Rev.1)
٣. التعاون بين مقدمي المساعدة التقنية
شدد المؤتمر في قراره 7/2 على ضرورة أن تتجنب المساعدة الازدواجية؛ وذُكر رصد ثاني أكسيد
الكربون CO2 مثالا على ذلك.
الوثائق
مذكرة من الأمانة بشأن الشراكات بين مقدمي المساعدة (CFC/COP/WG.4/2026/3)
عرض عام لاحتياجات بناء القدرات التي أبلغت عنها الدول الساحلية (CFC/COP/WG.4/2026/2)
(أ) تبادل المعلومات
(ب) البرمجة المشتركة
(i) البرامج الإقليمية
(ii) البرامج الوطنية
٤. حشد الموارد
٥. اعتماد التقرير

المرفق
تنظيم الأعمال المقترح
التاريخ والوقت	بند جدول الأعمال	العنوان أو الموضوع
الخميس، 11 حزيران/يونيه
10:00–13:00	١ (أ)	افتتاح الاجتماع
	١ (ب)	إقرار جدول الأعمال وتنظيم الأعمال
	٢	استعراض الاحتياجات في مجال بناء القدرات
15:00–18:00	٢	استعراض الاحتياجات في مجال بناء القدرات (تابع)
	٣	التعاون بين مقدمي المساعدة التقنية
الجمعة، 12 حزيران/يونيه
10:00–13:00	٣	التعاون بين مقدمي المساعدة التقنية (تابع)
	٤	حشد الموارد
15:00–18:00	٥	اعتماد التقرير
"""
