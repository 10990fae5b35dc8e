"""Screenshots of the window in Arabic (mirrored) and Chinese, into docs/screenshots/.

    .venv/bin/python docs/make_language_screenshots.py            # offscreen, no display needed
    xvfb-run -a .venv/bin/python docs/make_language_screenshots.py  # under a virtual X server

The bundled sample meeting gets Arabic and Chinese versions of its masthead, titles and two
annotations (written here, fictional like the sample), the interface is switched to each
language, and the window shows that version. Settings go to a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

if "DISPLAY" not in os.environ and "WAYLAND_DISPLAY" not in os.environ:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "translations"))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from agenda_editor import interchange  # noqa: E402
from agenda_editor.core.model import Meeting  # noqa: E402
from agenda_editor.gui.app import application  # noqa: E402
from agenda_editor.gui.document import MeetingDocument  # noqa: E402
from agenda_editor.gui.files import AppFolders  # noqa: E402
from agenda_editor.gui.fonts import register_bundled_fonts  # noqa: E402
from agenda_editor.gui.language import LanguageManager  # noqa: E402
from agenda_editor.gui.main_window import MainWindow  # noqa: E402
from agenda_editor.resources import sample_path  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1400, 860)

MASTHEAD = {
    "ar": {
        "body": "مؤتمر الأطراف في اتفاقية منع الحطام البحري",
        "subsidiary_body": "الفريق العامل المعني برصد الحطام البحري وتقييمه",
        "session": "الاجتماع الثاني",
        "venue": "فيينا",
    },
    "zh": {
        "body": "防止海洋垃圾公约缔约方大会",
        "subsidiary_body": "海洋垃圾监测和评估工作组",
        "session": "第二次会议",
        "venue": "维也纳",
    },
}

TITLES = {
    "ar": {
        "org": "المسائل التنظيمية",
        "opening": "افتتاح الاجتماع",
        "agenda": "إقرار جدول الأعمال وتنظيم الأعمال",
        "monitoring": "البرامج الوطنية لرصد الحطام البحري",
        "methods": "مواءمة أساليب التقييم",
        "shoreline": "مسوح الحطام على السواحل",
        "seabed": "الحطام الطافي والحطام الموجود في قاع البحر",
        "assistance": "المساعدة التقنية وبناء القدرات",
        "other": "مسائل أخرى",
        "report": "اعتماد التقرير",
    },
    "zh": {
        "org": "组织事项",
        "opening": "会议开幕",
        "agenda": "通过议程和工作安排",
        "monitoring": "国家海洋垃圾监测方案",
        "methods": "统一评估方法",
        "shoreline": "海岸线垃圾调查",
        "seabed": "漂浮垃圾和海床垃圾",
        "assistance": "技术援助和能力建设",
        "other": "其他事项",
        "report": "通过报告",
    },
}

ANNOTATIONS = {
    "ar": {
        "opening": [
            "سيُفتتح الاجتماع الثاني للفريق العامل المعني برصد الحطام البحري وتقييمه يوم الخميس "
            "17 أيلول/سبتمبر 2026، الساعة 10:00، في قاعة الاجتماعات M بمركز فيينا الدولي."
        ],
        "agenda": [
            "قرّر مؤتمر الأطراف، في مقرره 3/4 المعنون <i>رصد الحطام في البيئة البحرية</i>، أن "
            "يجتمع الفريق العامل مرة واحدة قبل الدورة الرابعة للمؤتمر، وطلب إلى الأمانة أن تعدّ "
            "جدول الأعمال المؤقت لذلك الاجتماع.",
            "ويتضمن مرفق هذه الوثيقة تنظيما مقترحا للأعمال يُنظر بموجبه في بنود جدول الأعمال "
            "بالترتيب الذي ترد به.",
            "وستتاح خدمات المؤتمرات لجلستين في اليوم، مع ترجمة شفوية إلى الإنكليزية والفرنسية."
            "<footnote>يُرجى من الوفود التي تود التكلم بلغة رسمية أخرى من لغات الأمم المتحدة أن "
            "تبلغ الأمانة بذلك في موعد أقصاه 1 أيلول/سبتمبر 2026.</footnote>",
        ],
    },
    "zh": {
        "opening": [
            "海洋垃圾监测和评估工作组第二次会议将于2026年9月17日星期四上午10时在维也纳国际中心"
            "M会议室开幕。"
        ],
        "agenda": [
            "缔约方大会在题为<i>海洋环境中的垃圾监测</i>的第3/4号决定中决定，工作组应在大会第四届"
            "会议之前举行一次会议，并请秘书处编写该次会议的临时议程。",
            "本文件附件载有拟议工作安排，根据该安排，各议程项目将按其在议程中的顺序审议。",
            "每天可提供两次会议的会议服务，并提供英文和法文口译。<footnote>希望使用联合国其他正式"
            "语文发言的代表团请于2026年9月1日前通知秘书处。</footnote>",
        ],
    },
}

DOCUMENT_TITLES = {
    "ar": {"MDC/COP/WG.1/2026/1": "جدول الأعمال المؤقت وشروحه"},
    "zh": {"MDC/COP/WG.1/2026/1": "临时议程和说明"},
}


def with_arabic_and_chinese(meeting: Meeting) -> Meeting:
    """The sample meeting with Arabic and Chinese versions of part of its texts."""
    for lang in ("ar", "zh"):
        if lang not in meeting.languages:
            meeting.languages.append(lang)
        for name, text in MASTHEAD[lang].items():
            getattr(meeting, name)[lang] = text
        for item in meeting.walk():
            if item.id in TITLES[lang]:
                item.title[lang] = TITLES[lang][item.id]
            if item.id in ANNOTATIONS[lang]:
                item.annotation[lang] = list(ANNOTATIONS[lang][item.id])
            for document in item.documents:
                if document.symbol in DOCUMENT_TITLES[lang]:
                    document.title[lang] = DOCUMENT_TITLES[lang][document.symbol]
    return meeting


def settle(ms: int = 300) -> None:
    QTest.qWait(ms)
    QCoreApplication.processEvents()


def shoot(window: MainWindow, name: str) -> None:
    settle()
    path = OUT / name
    window.grab().save(str(path))
    print(path.relative_to(ROOT))


def main() -> int:
    import build_translations

    app = application(sys.argv[:1])
    register_bundled_fonts()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        qm_dir = Path(home) / "qm"
        build_translations.build(qm_dir)
        languages = LanguageManager(qm_dir, app)
        for lang in ("ar", "zh"):
            languages.apply(lang)
            window = MainWindow(AppFolders(Path(home) / lang))
            meeting = with_arabic_and_chinese(interchange.load_json(sample_path()))
            window.files.adopt(MeetingDocument(meeting))
            window.document.set_language(lang)
            window.resize(*SIZE)
            window.show()
            settle()
            select = getattr(window.agenda_panel, "select_item", None)
            if select is not None:
                select("agenda")
            window.show_tab(window.item_editor)
            shoot(window, f"main-window-{lang}.png")
            window.show_tab(window.timetable_panel)
            shoot(window, f"timetable-{lang}.png")
            translation = getattr(window, "translation_panel", None)
            if translation is not None:
                window.show_tab(translation)
                shoot(window, f"translation-{lang}.png")
            window.files.shutdown()
            window.close()
            window.deleteLater()
            settle(50)
        languages.apply("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
