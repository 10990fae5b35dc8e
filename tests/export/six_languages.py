"""The sample meeting of ``tests.factories`` in all six languages (our own translations).

:func:`six_language_meeting` adds Arabic, Chinese, Russian and Spanish versions of every text of
``factories.sample_meeting()``. Annotations use the footnote placement of each language (after the
punctuation in English and Chinese, before it in French and Spanish).
"""

from __future__ import annotations

from agenda_editor.core.model import Meeting
from tests import factories

NEW_LANGUAGES = ("ar", "zh", "ru", "es")

TITLES: dict[str, dict[str, str]] = {
    "org": {"es": "Cuestiones de organización", "ru": "Организационные вопросы",
            "zh": "组织事项", "ar": "المسائل التنظيمية"},
    "open": {"es": "Apertura de la reunión", "ru": "открытие совещания",
             "zh": "会议开幕", "ar": "افتتاح الاجتماع"},
    "adoption": {"es": "Aprobación del programa y organización de los trabajos",
                 "ru": "утверждение повестки дня и организация работы",
                 "zh": "通过议程和工作安排", "ar": "إقرار جدول الأعمال وتنظيم الأعمال"},
    "needs": {"es": "Examen de las necesidades de creación de capacidad",
              "ru": "Обзор потребностей в области наращивания потенциала",
              "zh": "审查能力建设需求", "ar": "استعراض الاحتياجات في مجال بناء القدرات"},
    "coop": {"es": "Cooperación entre los proveedores de asistencia técnica",
             "ru": "Сотрудничество между поставщиками технической помощи",
             "zh": "技术援助提供方之间的合作", "ar": "التعاون بين مقدمي المساعدة التقنية"},
    "coop-info": {"es": "Intercambio de información", "ru": "обмен информацией",
                  "zh": "信息交流", "ar": "تبادل المعلومات"},
    "coop-joint": {"es": "Programación conjunta", "ru": "совместное программирование",
                   "zh": "联合规划", "ar": "البرمجة المشتركة"},
    "coop-regional": {"es": "Programas regionales", "ru": "региональные программы",
                      "zh": "区域方案", "ar": "البرامج الإقليمية"},
    "coop-national": {"es": "Programas nacionales", "ru": "национальные программы",
                      "zh": "国家方案", "ar": "البرامج الوطنية"},
    "resources": {"es": "Movilización de recursos", "ru": "Мобилизация ресурсов",
                  "zh": "调动资源", "ar": "حشد الموارد"},
    "report": {"es": "Aprobación del informe", "ru": "Утверждение доклада",
               "zh": "通过报告", "ar": "اعتماد التقرير"},
}  # fmt: skip

ANNOTATIONS: dict[str, dict[str, list[str]]] = {
    "open": {
        "es": ["La reunión del Grupo de Trabajo se inaugurará el jueves 11 de junio de 2026 a "
               "las 10.00 horas."],
        "ru": ["Совещание Рабочей группы откроется в четверг, 11 июня 2026 года, в 10 ч. 00 м."],
        "zh": ["工作组会议将于2026年6月11日星期四上午10时开幕。"],
        "ar": ["سيُفتتح اجتماع الفريق العامل يوم الخميس 11 حزيران/يونيه 2026، الساعة 10:00."],
    },
    "adoption": {
        "es": ["El programa provisional se preparó de conformidad con la resolución 7/2 de la "
               "Conferencia, titulada <i>Fortalecimiento de la cooperación en materia de pesca "
               "costera</i><footnote>Véase CFC/COP/2025/9, cap. I.</footnote>.",
               "Los recursos disponibles permitirán celebrar dos sesiones plenarias por día, con "
               "interpretación a los seis idiomas oficiales de las Naciones Unidas."],
        "ru": ["Предварительная повестка дня подготовлена в соответствии с резолюцией 7/2 "
               "Конференции, озаглавленной <i>«Укрепление сотрудничества в области прибрежного "
               "рыболовства»</i><footnote>См. CFC/COP/2025/9, глава I.</footnote>.",
               "Имеющиеся ресурсы позволят проводить два пленарных заседания в день с устным "
               "переводом на шесть официальных языков Организации Объединенных Наций."],
        "zh": ["临时议程系根据缔约方会议题为<i>“加强沿海渔业合作”</i>的第7/2号决议编写。"
               "<footnote>见CFC/COP/2025/9，第一章。</footnote>",
               "现有资源可供每天举行两次全体会议，并提供联合国六种正式语文的口译服务。"],
        "ar": ["أُعدّ جدول الأعمال المؤقت وفقا للقرار 7/2 الصادر عن المؤتمر، المعنون <i>تعزيز "
               "التعاون في مجال مصائد الأسماك الساحلية</i>.<footnote>انظر الوثيقة "
               "CFC/COP/2025/9، الفصل الأول.</footnote>",
               "وستتيح الموارد المتاحة عقد جلستين عامتين يوميا، مع توفير الترجمة الشفوية إلى "
               "اللغات الرسمية الست للأمم المتحدة."],
    },
    "needs": {
        "es": ["El Grupo de Trabajo tendrá ante sí un panorama general de las necesidades "
               "comunicadas por los Estados<footnote>Respuestas recibidas al <b>1 de marzo de "
               "2026</b>.</footnote> y tal vez desee asesorar a la Conferencia sobre las "
               "prioridades."],
        "ru": ["Рабочей группе будет представлен обзор потребностей, о которых сообщили "
               "государства<footnote>Ответы, полученные к <b>1 марта 2026 года</b>."
               "</footnote>, и она, возможно, пожелает дать Конференции рекомендации "
               "относительно приоритетов."],
        "zh": ["工作组将收到一份关于各国所报告需求的概述<footnote>截至<b>2026年3月1日</b>"
               "收到的答复。</footnote>，工作组不妨就优先事项向缔约方会议提供咨询意见。"],
        "ar": ["سيُعرض على الفريق العامل عرض عام للاحتياجات التي أبلغت عنها الدول "
               "(CFC/COP/WG.4/2026/2)<footnote>الردود الواردة حتى <b>1 آذار/مارس 2026</b>."
               "</footnote>، وقد يود الفريق أن يسدي المشورة إلى المؤتمر بشأن الأولويات."],
    },
    "coop": {
        "es": ["En su resolución 7/2, la Conferencia subrayó que la asistencia debía evitar la "
               "duplicación; se citó como ejemplo la vigilancia del CO<sub>2</sub>."],
        "ru": ["В резолюции 7/2 Конференция подчеркнула, что помощь не должна допускать "
               "дублирования; в качестве примера был приведен мониторинг CO<sub>2</sub>."],
        "zh": ["缔约方会议在第7/2号决议中强调，援助应避免重复；会上举例提到了CO<sub>2</sub>监测。"],
        "ar": ["شدد المؤتمر في قراره 7/2 على ضرورة أن تتجنب المساعدة الازدواجية؛ وذُكر رصد "
               "ثاني أكسيد الكربون CO<sub>2</sub> مثالا على ذلك."],
    },
}  # fmt: skip

DOCUMENTS: dict[str, dict[str, str]] = {
    "CFC/COP/WG.4/2026/2": {
        "es": "Panorama general de las necesidades de creación de capacidad comunicadas por los "
              "Estados ribereños",
        "ru": "Обзор потребностей в наращивании потенциала, о которых сообщили прибрежные "
              "государства",
        "zh": "沿海国报告的能力建设需求概览",
        "ar": "عرض عام لاحتياجات بناء القدرات التي أبلغت عنها الدول الساحلية",
    },
    "CFC/COP/2025/7/Rev.1": {
        "es": "Informe del Secretario de la Conferencia sobre el programa de observadores "
              "pesqueros",
        "ru": "Доклад Секретаря Конференции о программе наблюдателей за рыболовством",
        "zh": "缔约方会议秘书关于渔业观察员方案的报告",
        "ar": "تقرير أمين المؤتمر عن برنامج مراقبي مصائد الأسماك",
    },
    "CFC/COP/WG.4/2026/3": {
        "es": "Nota de la Secretaría sobre las asociaciones entre proveedores de asistencia",
        "ru": "Записка Секретариата о партнерских связях между поставщиками помощи",
        "zh": "秘书处关于援助提供方之间伙伴关系的说明",
        "ar": "مذكرة من الأمانة بشأن الشراكات بين مقدمي المساعدة",
    },
}  # fmt: skip

MEETING: dict[str, dict[str, str]] = {
    "body": {
        "es": "Conferencia de las Partes en la Convención sobre la Cooperación en materia de "
              "Pesca Costera",
        "ru": "Конференция Участников Конвенции о сотрудничестве в области прибрежного "
              "рыболовства",
        "zh": "沿海渔业合作公约缔约方会议",
        "ar": "مؤتمر الأطراف في اتفاقية التعاون في مجال مصائد الأسماك الساحلية",
    },
    "subsidiary_body": {"es": "Grupo de Trabajo sobre Creación de Capacidad",
                        "ru": "Рабочая группа по наращиванию потенциала",
                        "zh": "能力建设工作组", "ar": "الفريق العامل المعني ببناء القدرات"},
    "session": {"es": "Cuarta reunión", "ru": "Четвертое совещание", "zh": "第四次会议",
                "ar": "الاجتماع الرابع"},
    "venue": {"es": "Viena", "ru": "Вена", "zh": "维也纳", "ar": "فيينا"},
    "title": {"es": "Programa provisional y anotaciones",
              "ru": "Предварительная повестка дня и аннотации", "zh": "临时议程和说明",
              "ar": "جدول الأعمال المؤقت وشروحه"},
    "job_number": {"es": "V.26-01968", "ru": "V.26-01969", "zh": "V.26-01970",
                   "ar": "V.26-01971"},
}  # fmt: skip


def add_translations(meeting: Meeting, languages: tuple[str, ...] = NEW_LANGUAGES) -> Meeting:
    """Give the sample meeting the versions in ``languages`` (in place; returns it)."""
    for name, texts in MEETING.items():
        target: dict[str, str] = getattr(meeting, name)
        target.update({lang: texts[lang] for lang in languages})
    for item in meeting.walk():
        item.title.update({lang: TITLES[item.id][lang] for lang in languages})
        if item.id in ANNOTATIONS:
            item.annotation.update({lang: ANNOTATIONS[item.id][lang] for lang in languages})
        for document in item.documents:
            document.title.update({lang: DOCUMENTS[document.symbol][lang] for lang in languages})
    meeting.languages = [*meeting.languages, *(x for x in languages if x not in meeting.languages)]
    return meeting


def six_language_meeting() -> Meeting:
    """The sample meeting (English original) translated into all six languages."""
    return add_translations(factories.sample_meeting())
