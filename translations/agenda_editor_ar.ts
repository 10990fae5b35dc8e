<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AgendaModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(بلا عنوان)</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>جدول الأعمال</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>الصينية</translation>
        </message>
        <message>
            <source>English</source>
            <translation>الإنكليزية</translation>
        </message>
        <message>
            <source>French</source>
            <translation>الفرنسية</translation>
        </message>
        <message>
            <source>Item {0} cannot be moved into itself or one of its own sub-items.</source>
            <translation>لا يمكن نقل البند {0} إلى داخله أو إلى أحد بنوده الفرعية.</translation>
        </message>
        <message>
            <source>Item {0} cannot go there: the agenda allows at most {1} levels of items.</source>
            <translation>لا يمكن وضع البند {0} هناك: لا يسمح جدول الأعمال بأكثر من {1} مستويات من البنود.</translation>
        </message>
        <message>
            <source>Item {0}: {1}</source>
            <translation>البند {0}: {1}</translation>
        </message>
        <message>
            <source>Move {0} items</source>
            <translation>نقل البنود ({0})</translation>
        </message>
        <message>
            <source>No title in {0} yet; the {1} title is shown.</source>
            <translation>لا يوجد عنوان بلغة {0} بعد؛ يُعرض العنوان بلغة {1}.</translation>
        </message>
        <message>
            <source>Not in the organization of work.</source>
            <translation>غير مدرج في تنظيم الأعمال.</translation>
        </message>
        <message>
            <source>Nothing to move: the drag carries no agenda item of this meeting.</source>
            <translation>لا شيء للنقل: لا يحمل السحب أي بند من بنود جدول أعمال هذا الاجتماع.</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>الروسية</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>الإسبانية</translation>
        </message>
        <message>
            <source>This item has no title yet.</source>
            <translation>لا عنوان لهذا البند بعد.</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>&amp;Add Item</source>
            <translation>إ&amp;ضافة بند</translation>
        </message>
        <message>
            <source>&amp;Delete Item</source>
            <translation>&amp;حذف البند</translation>
        </message>
        <message>
            <source>&amp;Indent (Make Sub-item)</source>
            <translation>إ&amp;زاحة للداخل (جعله بندا فرعيا)</translation>
        </message>
        <message>
            <source>&amp;Outdent</source>
            <translation>إزاحة للخ&amp;ارج</translation>
        </message>
        <message>
            <source>&amp;Rename Item</source>
            <translation>إعادة &amp;تسمية البند</translation>
        </message>
        <message>
            <source>Add &amp;Sub-item</source>
            <translation>إضافة بند &amp;فرعي</translation>
        </message>
        <message>
            <source>Add a sub-item at the end of the current item</source>
            <translation>إضافة بند فرعي في نهاية البند الحالي</translation>
        </message>
        <message>
            <source>Add an item after the current one</source>
            <translation>إضافة بند بعد البند الحالي</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>إضافة بند</translation>
        </message>
        <message>
            <source>Add sub-item</source>
            <translation>إضافة بند فرعي</translation>
        </message>
        <message>
            <source>Added item {0}</source>
            <translation>أُضيف البند {0}</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>جدول الأعمال</translation>
        </message>
        <message>
            <source>Delete the item with its sub-items</source>
            <translation>حذف البند مع بنوده الفرعية</translation>
        </message>
        <message>
            <source>Delete {0} items</source>
            <translation>حذف البنود ({0})</translation>
        </message>
        <message>
            <source>Deleted item {0}</source>
            <translation>حُذف البند {0}</translation>
        </message>
        <message>
            <source>Deleted items {0}</source>
            <translation>حُذفت البنود {0}</translation>
        </message>
        <message>
            <source>Indent item</source>
            <translation>إزاحة البند للداخل</translation>
        </message>
        <message>
            <source>Item {0} cannot be indented.</source>
            <translation>لا يمكن إزاحة البند {0} للداخل.</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>نقل لأ&amp;على</translation>
        </message>
        <message>
            <source>Move Do&amp;wn</source>
            <translation>نقل لأ&amp;سفل</translation>
        </message>
        <message>
            <source>Move item down</source>
            <translation>نقل البند لأسفل</translation>
        </message>
        <message>
            <source>Move item up</source>
            <translation>نقل البند لأعلى</translation>
        </message>
        <message>
            <source>Moved item {0} to position {1}</source>
            <translation>نُقل البند {0} إلى الموضع {1}</translation>
        </message>
        <message>
            <source>Outdent item</source>
            <translation>إزاحة البند للخارج</translation>
        </message>
    </context>
    <context>
        <name>AnnotationEdit</name>
        <message>
            <source>&amp;Bold</source>
            <translation>&amp;غامق</translation>
        </message>
        <message>
            <source>&amp;Italic</source>
            <translation>&amp;مائل</translation>
        </message>
        <message>
            <source>&amp;Lettered Sub-paragraph</source>
            <translation>فقرة فرعية &amp;بحرف</translation>
        </message>
        <message>
            <source>Insert &amp;Footnote</source>
            <translation>إدراج &amp;حاشية</translation>
        </message>
        <message>
            <source>Insert a footnote at the cursor</source>
            <translation>إدراج حاشية عند المؤشر</translation>
        </message>
        <message>
            <source>Mark the paragraph at the cursor as a lettered sub-paragraph, printed indented after its letter, or make it an ordinary paragraph again</source>
            <translation>جعل الفقرة التي فيها المؤشر فقرة فرعية يسبقها حرف وتُطبع بمسافة بادئة، أو إعادتها فقرة عادية</translation>
        </message>
        <message>
            <source>Not pasted: the text holds a character that cannot be stored (a lone surrogate) or is too long. Copy it again from its source.</source>
            <translation>لم يُلصق النص: فهو يحتوي على حرف لا يمكن حفظه (بديل منفرد) أو أنه طويل جدًا. انسخه مرة أخرى من مصدره.</translation>
        </message>
        <message>
            <source>Su&amp;bscript</source>
            <translation>منخ&amp;فض</translation>
        </message>
        <message>
            <source>Su&amp;perscript</source>
            <translation>مر&amp;تفع</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Sample Meeting</source>
            <translation>اجتماع نموذجي</translation>
        </message>
        <message>
            <source>This is the sample meeting: try anything, then File &gt; New starts your own</source>
            <translation>هذا هو الاجتماع النموذجي: جرّب ما تشاء، ثم ابدأ اجتماعك عبر ملف &gt; جديد</translation>
        </message>
        <message>
            <source>{0} could not start: {1}</source>
            <translation>تعذّر بدء {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>BodyActions</name>
        <message>
            <source>Add &amp;Body...</source>
            <translation>إضافة &amp;هيئة...</translation>
        </message>
        <message>
            <source>Add Body...</source>
            <translation>إضافة هيئة...</translation>
        </message>
        <message>
            <source>Add a body meeting in parallel (Committee of the Whole, working group)</source>
            <translation>إضافة هيئة تجتمع بالتوازي (اللجنة الجامعة، فريق عامل)</translation>
        </message>
        <message>
            <source>Add body</source>
            <translation>إضافة هيئة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Move Body &amp;Earlier</source>
            <translation>نقل الهيئة إلى الأ&amp;مام</translation>
        </message>
        <message>
            <source>Move Body La&amp;ter</source>
            <translation>نقل الهيئة إلى ال&amp;خلف</translation>
        </message>
        <message>
            <source>Move Meeting to Bod&amp;y</source>
            <translation>نقل الجلسة إلى &amp;هيئة</translation>
        </message>
        <message>
            <source>Re&amp;name Body...</source>
            <translation>إعادة &amp;تسمية الهيئة...</translation>
        </message>
        <message>
            <source>Remove Bod&amp;y</source>
            <translation>حذف ال&amp;هيئة</translation>
        </message>
        <message>
            <source>Remove body</source>
            <translation>حذف الهيئة</translation>
        </message>
        <message>
            <source>Rename body</source>
            <translation>إعادة تسمية الهيئة</translation>
        </message>
        <message numerus="yes">
            <source>{0} has %n meeting(s). Remove the body and its meetings? The items they take up are unscheduled there.</source>
            <translation>
                <numerusform>ليست لـ{0} أي جلسة (%n). هل تريد حذف الهيئة؟</numerusform>
                <numerusform>لـ{0} جلسة واحدة (%n). هل تريد حذف الهيئة وجلستها؟ تُلغى جدولة البنود التي تتناولها.</numerusform>
                <numerusform>لـ{0} جلستان (%n). هل تريد حذف الهيئة وجلستيها؟ تُلغى جدولة البنود التي تتناولانها.</numerusform>
                <numerusform>لـ{0} %n جلسات. هل تريد حذف الهيئة وجلساتها؟ تُلغى جدولة البنود التي تتناولها.</numerusform>
                <numerusform>لـ{0} %n جلسة. هل تريد حذف الهيئة وجلساتها؟ تُلغى جدولة البنود التي تتناولها.</numerusform>
                <numerusform>لـ{0} %n جلسة. هل تريد حذف الهيئة وجلساتها؟ تُلغى جدولة البنود التي تتناولها.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BodyNameDialog</name>
        <message>
            <source>&amp;Name ({0}):</source>
            <translation>ال&amp;اسم ({0}):</translation>
        </message>
        <message>
            <source>Committee of the Whole</source>
            <translation>اللجنة الجامعة</translation>
        </message>
        <message>
            <source>Original:</source>
            <translation>الأصل:</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add item</source>
            <translation>إضافة بند</translation>
        </message>
        <message>
            <source>Delete item</source>
            <translation>حذف البند</translation>
        </message>
        <message>
            <source>Edit annotation</source>
            <translation>تحرير الشرح</translation>
        </message>
        <message>
            <source>Edit documents</source>
            <translation>تحرير الوثائق</translation>
        </message>
        <message>
            <source>Edit meeting details</source>
            <translation>تحرير بيانات الاجتماع</translation>
        </message>
        <message>
            <source>Import {0} translation</source>
            <translation>استيراد الترجمة ({0})</translation>
        </message>
        <message>
            <source>Make an ordinary paragraph</source>
            <translation>إعادتها فقرة عادية</translation>
        </message>
        <message>
            <source>Mark as lettered sub-paragraph</source>
            <translation>تعليم كفقرة فرعية بحرف</translation>
        </message>
        <message>
            <source>Move item</source>
            <translation>نقل البند</translation>
        </message>
        <message>
            <source>Rename item</source>
            <translation>إعادة تسمية البند</translation>
        </message>
        <message>
            <source>Restore version “{0}”</source>
            <translation>استعادة النسخة ”{0}“</translation>
        </message>
    </context>
    <context>
        <name>DayLimitDialog</name>
        <message>
            <source>&amp;Meetings this day:</source>
            <translation>&amp;الجلسات في هذا اليوم:</translation>
        </message>
        <message>
            <source>Meetings on {0}</source>
            <translation>جلسات {0}</translation>
        </message>
        <message>
            <source>This day has {0} meetings: you will be asked whether to merge the last ones.</source>
            <translation>في هذا اليوم {0} جلسات: سيُطلب منك تحديد ما إذا كانت الجلسات الأخيرة ستُدمج.</translation>
        </message>
        <message>
            <source>Use the meeting's default ({0} per day)</source>
            <translation>استخدام القيمة الافتراضية للاجتماع ({0} في اليوم)</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTable</name>
        <message>
            <source>Add Document</source>
            <translation>إضافة وثيقة</translation>
        </message>
        <message>
            <source>Add document</source>
            <translation>إضافة وثيقة</translation>
        </message>
        <message>
            <source>Document symbol, e.g. A/RES/70/1</source>
            <translation>رمز الوثيقة، مثلا A/RES/70/1</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>الوثائق</translation>
        </message>
        <message>
            <source>Edit document</source>
            <translation>تحرير الوثيقة</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>نقل لأسفل</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>نقل لأعلى</translation>
        </message>
        <message>
            <source>Move document</source>
            <translation>نقل الوثيقة</translation>
        </message>
        <message>
            <source>Not translated yet: the original title is shown.</source>
            <translation>لم يُترجم بعد: يُعرض العنوان الأصلي.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>إزالة الوثيقة</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>The symbol {0} is malformed: {1}.</source>
            <translation>الرمز {0} غير سليم: {1}.</translation>
        </message>
        <message>
            <source>This symbol is malformed: {0}.</source>
            <translation>هذا الرمز غير سليم: {0}.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
    </context>
    <context>
        <name>ExportForTranslationDialog</name>
        <message>
            <source>&amp;Translate into:</source>
            <translation>ال&amp;ترجمة إلى:</translation>
        </message>
        <message>
            <source>Export for Translation</source>
            <translation>تصدير للترجمة</translation>
        </message>
        <message>
            <source>Give untranslated texts a copy of the original (for OmegaT)</source>
            <translation>وضع نسخة من الأصل في النصوص غير المترجمة (لبرنامج OmegaT)</translation>
        </message>
        <message>
            <source>Some tools translate only the targets a file has. The copies are marked as needing translation and are not imported back as translations.</source>
            <translation>بعض الأدوات لا تترجم إلا النصوص الهدف الموجودة في الملف. تُعلَّم النسخ بأنها تحتاج إلى ترجمة ولا تُستورد على أنها ترجمات.</translation>
        </message>
        <message>
            <source>Writes the texts of the original ({0}) as an XLIFF file that translation tools read. Translations the version has already go with them.</source>
            <translation>يكتب نصوص الأصل ({0}) في ملف XLIFF تقرؤه أدوات الترجمة. وتُرفق بها الترجمات الموجودة في النسخة اللغوية.</translation>
        </message>
        <message>
            <source>{0} (no version yet)</source>
            <translation>{0} (لا توجد نسخة بعد)</translation>
        </message>
        <message>
            <source>{0} ({1} of {2} texts translated)</source>
            <translation>{0} ({1} من أصل {2} نصوص مترجمة)</translation>
        </message>
    </context>
    <context>
        <name>ExportGate</name>
        <message>
            <source>&amp;Show Me</source>
            <translation>إ&amp;ظهار الأخطاء</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Errors in the Meeting</source>
            <translation>أخطاء في الاجتماع</translation>
        </message>
        <message>
            <source>Export &amp;Anyway</source>
            <translation>ال&amp;تصدير على أي حال</translation>
        </message>
        <message numerus="yes">
            <source>The meeting has %n error(s); the document would print them as they are.</source>
            <translation>
                <numerusform>لا أخطاء في الاجتماع (%n).</numerusform>
                <numerusform>في الاجتماع خطأ واحد (%n)؛ ستطبعه الوثيقة كما هو.</numerusform>
                <numerusform>في الاجتماع خطآن (%n)؛ ستطبعهما الوثيقة كما هما.</numerusform>
                <numerusform>في الاجتماع %n أخطاء؛ ستطبعها الوثيقة كما هي.</numerusform>
                <numerusform>في الاجتماع %n خطأً؛ ستطبعها الوثيقة كما هي.</numerusform>
                <numerusform>في الاجتماع %n خطأ؛ ستطبعها الوثيقة كما هي.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>ولا غير ذلك (%n)</numerusform>
                <numerusform>وخطأ آخر (%n)</numerusform>
                <numerusform>وخطآن آخران (%n)</numerusform>
                <numerusform>و%n أخطاء أخرى</numerusform>
                <numerusform>و%n خطأً آخر</numerusform>
                <numerusform>و%n خطأ آخر</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportPdfDialog</name>
        <message>
            <source>&amp;Browse...</source>
            <translation>ا&amp;ستعراض...</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>ال&amp;ملف:</translation>
        </message>
        <message>
            <source>&amp;Open the file when done</source>
            <translation>&amp;فتح الملف عند الانتهاء</translation>
        </message>
        <message>
            <source>&amp;Part:</source>
            <translation>ال&amp;جزء:</translation>
        </message>
        <message>
            <source>&amp;Set It</source>
            <translation>&amp;تحديده</translation>
        </message>
        <message>
            <source>Agenda only</source>
            <translation>جدول الأعمال فقط</translation>
        </message>
        <message>
            <source>Agenda, annotations and annex</source>
            <translation>جدول الأعمال والشروح والمرفق</translation>
        </message>
        <message>
            <source>Annex (organization of work) only</source>
            <translation>المرفق (تنظيم الأعمال) فقط</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Close this dialog and go to the field</source>
            <translation>إغلاق مربع الحوار هذا والانتقال إلى الحقل</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>فشل التصدير</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>تصدير بصيغة PDF</translation>
        </message>
        <message>
            <source>Export Word Document</source>
            <translation>التصدير إلى مستند Word</translation>
        </message>
        <message>
            <source>Export cancelled after {0}</source>
            <translation>أُلغي التصدير بعد {0}</translation>
        </message>
        <message>
            <source>Export cancelled: {0} was not written</source>
            <translation>أُلغي التصدير: لم يُكتب الملف {0}</translation>
        </message>
        <message>
            <source>Export even if texts are not translated (marked in the original)</source>
            <translation>التصدير حتى إن كانت هناك نصوص غير مترجمة (تُميَّز في الأصل)</translation>
        </message>
        <message>
            <source>Exported {0}</source>
            <translation>صُدِّر {0}</translation>
        </message>
        <message>
            <source>Exporting the {0} version...</source>
            <translation>جارٍ تصدير النسخة {0}...</translation>
        </message>
        <message>
            <source>Exporting...</source>
            <translation>جارٍ التصدير...</translation>
        </message>
        <message>
            <source>Language versions:</source>
            <translation>النسخ اللغوية:</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The {0} version could not be exported to “{1}”: {2}</source>
            <translation>تعذّر تصدير النسخة {0} إلى ”{1}“: {2}</translation>
        </message>
        <message>
            <source>These versions are not fully translated:
{0}

Translate these texts, or tick “{1}” to print the original-language text, marked.</source>
            <translation>هذه النسخ غير مترجمة بالكامل:
{0}

ترجم هذه النصوص، أو حدد ”{1}“ لطباعة نص اللغة الأصلية مميَّزا.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>مستندات Word (*.docx)</translation>
        </message>
        <message>
            <source>item {0}</source>
            <translation>البند {0}</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Agenda Editor could not keep a copy of your unsaved work, which would bring it back after a crash:

{0}

Save your work to keep it safe.</source>
            <translation>تعذّر على Agenda Editor الاحتفاظ بنسخة من عملك غير المحفوظ تتيح استعادته بعد التعطل:

{0}

احفظ عملك لكي لا تفقده.</translation>
        </message>
        <message>
            <source>Agenda Editor files (*.agenda *.json *.pdf)</source>
            <translation>ملفات Agenda Editor (*.agenda *.json *.pdf)</translation>
        </message>
        <message>
            <source>Agenda Editor sessions (*.agenda)</source>
            <translation>ملفات جلسات عمل Agenda Editor (*.agenda)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cannot Open File</source>
            <translation>تعذّر فتح الملف</translation>
        </message>
        <message>
            <source>Cannot Recover</source>
            <translation>تعذّر الاسترداد</translation>
        </message>
        <message>
            <source>Cannot Revert</source>
            <translation>تعذّر الرجوع</translation>
        </message>
        <message>
            <source>Cannot Save</source>
            <translation>تعذّر الحفظ</translation>
        </message>
        <message>
            <source>Crash Recovery Not Working</source>
            <translation>الاستعادة بعد التعطل لا تعمل</translation>
        </message>
        <message>
            <source>Drop the unsaved changes and go back to the saved “{0}”?</source>
            <translation>هل تريد التخلي عن التغييرات غير المحفوظة والعودة إلى ”{0}“ كما حُفظ؟</translation>
        </message>
        <message>
            <source>File Changed on Disk</source>
            <translation>تغيّر الملف على القرص</translation>
        </message>
        <message>
            <source>File In Use</source>
            <translation>الملف قيد الاستخدام</translation>
        </message>
        <message>
            <source>Imported {0}; Save asks where to keep it as a session file</source>
            <translation>استُورد {0}؛ سيسأل الحفظ عن مكان الاحتفاظ به كملف جلسة عمل</translation>
        </message>
        <message>
            <source>JSON meetings (*.json)</source>
            <translation>اجتماعات JSON (*.json)</translation>
        </message>
        <message>
            <source>New Meeting From Existing</source>
            <translation>اجتماع جديد انطلاقا من اجتماع قائم</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>اجتماع جديد</translation>
        </message>
        <message>
            <source>New meeting based on {0}</source>
            <translation>اجتماع جديد قائم على {0}</translation>
        </message>
        <message>
            <source>New session made from {0}; not saved yet</source>
            <translation>أُنشئت دورة جديدة انطلاقا من {0}؛ لم تُحفظ بعد</translation>
        </message>
        <message>
            <source>Open Anyway</source>
            <translation>فتح رغم ذلك</translation>
        </message>
        <message>
            <source>Open Meeting</source>
            <translation>فتح اجتماع</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>فتح للقراءة فقط</translation>
        </message>
        <message>
            <source>Opened {0}</source>
            <translation>فُتح {0}</translation>
        </message>
        <message>
            <source>Opened {0} read-only: Save asks for another name</source>
            <translation>فُتح {0} للقراءة فقط: سيطلب الحفظ اسما آخر</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>الكتابة فوقه</translation>
        </message>
        <message>
            <source>Overwrite replaces the other changes with yours. Save As keeps both: yours go to a new file.</source>
            <translation>الكتابة فوقه تستبدل التغييرات الأخرى بتغييراتك. أما الحفظ باسم فيُبقي على الاثنين: تذهب تغييراتك إلى ملف جديد.</translation>
        </message>
        <message>
            <source>PDFs made by Agenda Editor (*.pdf)</source>
            <translation>ملفات PDF التي أنشأها Agenda Editor (*.pdf)</translation>
        </message>
        <message>
            <source>Read-only: you can read and copy it, and save your changes under another name. Open it anyway only if you know it is no longer being edited.</source>
            <translation>للقراءة فقط: يمكنك قراءته ونسخه وحفظ تغييراتك باسم آخر. لا تفتحه رغم ذلك إلا إذا كنت تعلم أنه لم يعد قيد التحرير.</translation>
        </message>
        <message>
            <source>Recovered the unsaved work of {0}</source>
            <translation>استُرد العمل غير المحفوظ من {0}</translation>
        </message>
        <message>
            <source>Replace Anyway</source>
            <translation>الاستبدال رغم ذلك</translation>
        </message>
        <message>
            <source>Replacing it would overwrite the work of whoever has it open.</source>
            <translation>استبداله سيكتب فوق عمل من فتحه.</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Reverted to the saved {0}</source>
            <translation>تمت العودة إلى {0} المحفوظ</translation>
        </message>
        <message>
            <source>Save As...</source>
            <translation>حفظ باسم...</translation>
        </message>
        <message>
            <source>Save Meeting As</source>
            <translation>حفظ الاجتماع باسم</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>حُفظ {0}</translation>
        </message>
        <message>
            <source>The meeting “{0}” has changes that are not saved. Save them?</source>
            <translation>في الاجتماع ”{0}“ تغييرات غير محفوظة. هل تريد حفظها؟</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>تغييرات غير محفوظة</translation>
        </message>
        <message>
            <source>Unsaved work could not be kept for crash recovery: {0}</source>
            <translation>تعذّر الاحتفاظ بالعمل غير المحفوظ لاستعادته بعد التعطل: {0}</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>next session</source>
            <translation>الدورة المقبلة</translation>
        </message>
        <message>
            <source>{0} is already open</source>
            <translation>{0} مفتوح بالفعل</translation>
        </message>
        <message>
            <source>“{0}” cannot be read: {1}</source>
            <translation>تتعذّر قراءة ”{0}“: {1}</translation>
        </message>
        <message>
            <source>“{0}” is already open: it was opened by {1}.</source>
            <translation>”{0}“ مفتوح بالفعل: فتحه {1}.</translation>
        </message>
        <message>
            <source>“{0}” is open elsewhere: it was opened by {1}.</source>
            <translation>”{0}“ مفتوح في مكان آخر: فتحه {1}.</translation>
        </message>
        <message>
            <source>“{0}” was not made by Agenda Editor: it carries no meeting to open. Open the .agenda or .json file it was made from instead.</source>
            <translation>لم يُنشأ ”{0}“ ببرنامج Agenda Editor: فهو لا يتضمن اجتماعًا يمكن فتحه. افتح بدلًا منه ملف ‎.agenda أو ‎.json الذي أُنشئ منه.</translation>
        </message>
        <message>
            <source>“{0}” was not saved: {1}</source>
            <translation>لم يُحفظ «{0}»: {1}</translation>
        </message>
    </context>
    <context>
        <name>FindReplace</name>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>لا تطابقات (%n)</numerusform>
                <numerusform>تطابق واحد (%n)</numerusform>
                <numerusform>تطابقان (%n)</numerusform>
                <numerusform>%n تطابقات</numerusform>
                <numerusform>%n تطابقًا</numerusform>
                <numerusform>%n تطابق</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Find...</source>
            <translation>&amp;بحث...</translation>
        </message>
        <message>
            <source>Find text and replace it</source>
            <translation>البحث عن نص واستبداله</translation>
        </message>
        <message>
            <source>Find text in the titles, annotations, footnotes and document titles</source>
            <translation>البحث عن نص في العناوين والشروح والحواشي وعناوين الوثائق</translation>
        </message>
        <message>
            <source>R&amp;eplace...</source>
            <translation>ا&amp;ستبدال...</translation>
        </message>
        <message numerus="yes">
            <source>Replace %n match(es)</source>
            <translation>
                <numerusform>استبدال التطابقات (%n)</numerusform>
                <numerusform>استبدال تطابق واحد (%n)</numerusform>
                <numerusform>استبدال تطابقين (%n)</numerusform>
                <numerusform>استبدال %n تطابقات</numerusform>
                <numerusform>استبدال %n تطابقًا</numerusform>
                <numerusform>استبدال %n تطابق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Replaced %n match(es).</source>
            <translation>
                <numerusform>لم يُستبدل أي تطابق (%n).</numerusform>
                <numerusform>استُبدل تطابق واحد (%n).</numerusform>
                <numerusform>استُبدل تطابقان (%n).</numerusform>
                <numerusform>استُبدلت %n تطابقات.</numerusform>
                <numerusform>استُبدل %n تطابقًا.</numerusform>
                <numerusform>استُبدل %n تطابق.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message>
            <source>&amp;Find:</source>
            <translation>ا&amp;بحث عن:</translation>
        </message>
        <message>
            <source>&amp;In:</source>
            <translation>&amp;في:</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>ا&amp;ستبدال</translation>
        </message>
        <message>
            <source>All language versions</source>
            <translation>جميع النسخ اللغوية</translation>
        </message>
        <message>
            <source>Annotation, paragraph {0}</source>
            <translation>الشرح، الفقرة {0}</translation>
        </message>
        <message>
            <source>Document {0}</source>
            <translation>الوثيقة {0}</translation>
        </message>
        <message>
            <source>Find and Replace</source>
            <translation>البحث والاستبدال</translation>
        </message>
        <message>
            <source>Footnote {0} of paragraph {1}</source>
            <translation>الحاشية {0} من الفقرة {1}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>Match &amp;case</source>
            <translation>مطابقة حالة الأ&amp;حرف</translation>
        </message>
        <message>
            <source>No matches.</source>
            <translation>لا توجد تطابقات.</translation>
        </message>
        <message>
            <source>Replace &amp;All</source>
            <translation>استبدال ال&amp;كل</translation>
        </message>
        <message>
            <source>Replace &amp;with:</source>
            <translation>الاستبدال &amp;بـ:</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>The language version shown</source>
            <translation>النسخة اللغوية المعروضة</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Titles, annotations, footnotes and document titles</source>
            <translation>العناوين والشروح والحواشي وعناوين الوثائق</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>الموضع</translation>
        </message>
        <message>
            <source>Whole &amp;words</source>
            <translation>الكلمات ال&amp;كاملة</translation>
        </message>
    </context>
    <context>
        <name>FindingTexts</name>
        <message>
            <source>Body {number} has no name; the annex heads a column with it.</source>
            <translation>الهيئة {number} بلا اسم؛ والمرفق يعنون عمودا باسمها.</translation>
        </message>
        <message>
            <source>Item {item} has an annotation in {langs} but none in the original language ({lang}).</source>
            <translation>للبند {item} شرح بـ{langs}، ولكن لا شرح له باللغة الأصلية ({lang}).</translation>
        </message>
        <message>
            <source>Item {item} has no title.</source>
            <translation>البند {item} بلا عنوان.</translation>
        </message>
        <message>
            <source>Item {item} is not fully translated into {lang} (missing: {missing}).</source>
            <translation>البند {item} غير مترجم بالكامل إلى {lang} (الناقص: {missing}).</translation>
        </message>
        <message>
            <source>Item {item} is not in the organization of work.</source>
            <translation>البند {item} غير مدرج في تنظيم الأعمال.</translation>
        </message>
        <message>
            <source>Item {item} is taken up after item {other}, which comes after it on the agenda.</source>
            <translation>يُنظر في البند {item} بعد البند {other} الذي يليه في جدول الأعمال.</translation>
        </message>
        <message>
            <source>Item {item} lists a document with a malformed symbol {symbol}: {problem}.</source>
            <translation>يذكر البند {item} وثيقة رمزها غير سليم {symbol}: {problem}.</translation>
        </message>
        <message>
            <source>Item {item} lists a document without a symbol.</source>
            <translation>يذكر البند {item} وثيقة بلا رمز.</translation>
        </message>
        <message>
            <source>Item {item} lists {symbol} twice.</source>
            <translation>يذكر البند {item} الوثيقة {symbol} مرتين.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: a footnote marker stands after "{mark}"; in this language it goes before the punctuation.</source>
            <translation>البند {item}، الشرح باللغة {lang}، الفقرة {paragraph}: علامة الحاشية بعد ”{mark}“؛ وفي هذه اللغة توضع قبل علامة الترقيم.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: a footnote marker stands before "{mark}"; in this language it goes after the punctuation.</source>
            <translation>البند {item}، الشرح باللغة {lang}، الفقرة {paragraph}: علامة الحاشية قبل ”{mark}“؛ وفي هذه اللغة توضع بعد علامة الترقيم.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: broken markup ({problem}).</source>
            <translation>البند {item}، الشرح باللغة {lang}، الفقرة {paragraph}: ترميز معيب ({problem}).</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: empty footnote.</source>
            <translation>البند {item}، الشرح باللغة {lang}، الفقرة {paragraph}: حاشية فارغة.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: lettered as a sub-paragraph differently from the original ({original}).</source>
            <translation>البند {item}، الشرح باللغة {lang}، الفقرة {paragraph}: تعليمها كفقرة فرعية بحرف يختلف عن النص الأصلي ({original}).</translation>
        </message>
        <message>
            <source>Meeting details, {field}: not translated into {lang}.</source>
            <translation>بيانات الاجتماع، {field}: غير مترجم إلى {lang}.</translation>
        </message>
        <message>
            <source>On {date}, the meeting at {span} is listed after the one at {other}.</source>
            <translation>في {date}، ترد الجلسة المعقودة في {span} بعد الجلسة المعقودة في {other}.</translation>
        </message>
        <message>
            <source>On {date}, the meetings {span} and {other} overlap.</source>
            <translation>في {date}، تتداخل الجلستان {span} و{other}.</translation>
        </message>
        <message>
            <source>The agenda has no items.</source>
            <translation>لا يتضمن جدول الأعمال أي بند.</translation>
        </message>
        <message>
            <source>The document has a reissue note, but its symbol has no asterisk pointing to it.</source>
            <translation>للوثيقة ملاحظة إعادة إصدار، لكن رمزها ليس فيه نجمة تحيل إليها.</translation>
        </message>
        <message>
            <source>The document has no date of issue: its masthead will show no date.</source>
            <translation>ليس للوثيقة تاريخ إصدار: لن يظهر أي تاريخ في ترويستها.</translation>
        </message>
        <message>
            <source>The document has no symbol yet.</source>
            <translation>لا رمز للوثيقة بعد.</translation>
        </message>
        <message>
            <source>The document is dated {date}, after the meeting starts ({start}).</source>
            <translation>الوثيقة مؤرخة {date}، أي بعد بدء الاجتماع ({start}).</translation>
        </message>
        <message>
            <source>The document symbol {symbol} is malformed: {problem}.</source>
            <translation>رمز الوثيقة {symbol} غير سليم: {problem}.</translation>
        </message>
        <message>
            <source>The meeting ends ({end}) before it starts ({start}).</source>
            <translation>ينتهي الاجتماع ({end}) قبل أن يبدأ ({start}).</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} belongs to no body of the timetable.</source>
            <translation>جلسة {date} في {span} لا تتبع أي هيئة في الجدول الزمني.</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} ends before it starts.</source>
            <translation>تنتهي جلسة {date} المعقودة في {span} قبل أن تبدأ.</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} ends when it starts.</source>
            <translation>تنتهي جلسة {date} المعقودة في {span} عند بدئها.</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} lists an item that is not in the agenda.</source>
            <translation>تتضمن جلسة {date} المعقودة في {span} بندا غير مدرج في جدول الأعمال.</translation>
        </message>
        <message>
            <source>The name of the body {body} is not translated into {lang}.</source>
            <translation>اسم الهيئة {body} غير مترجم إلى {lang}.</translation>
        </message>
        <message>
            <source>The original language {lang} is not a UN language.</source>
            <translation>اللغة الأصلية {lang} ليست من لغات الأمم المتحدة.</translation>
        </message>
        <message>
            <source>The symbol {symbol} marks a reissue with its asterisk, but the document has no reissue note for the foot of page 1.</source>
            <translation>يشير الرمز {symbol} بنجمته إلى إعادة إصدار، لكن الوثيقة ليس لها ملاحظة إعادة إصدار لأسفل الصفحة الأولى.</translation>
        </message>
        <message>
            <source>The versions {langs} have the same job number {number}; each version has its own.</source>
            <translation>للنسخ {langs} رقم العمل نفسه {number}؛ ولكل نسخة رقمها.</translation>
        </message>
        <message>
            <source>The {lang} title of item {item} ends with "{mark}"; the agenda adds its own punctuation.</source>
            <translation>ينتهي عنوان البند {item} باللغة {lang} بـ ”{mark}“؛ يضيف جدول الأعمال علامات الترقيم الخاصة به.</translation>
        </message>
        <message>
            <source>Two bodies of the timetable have the same id {body}.</source>
            <translation>لهيئتين في الجدول الزمني المعرِّف نفسه {body}.</translation>
        </message>
        <message>
            <source>a dash joining two symbols has nothing on one side</source>
            <translation>الشرطة التي تربط بين رمزين لا شيء في أحد جانبيها</translation>
        </message>
        <message>
            <source>annotation</source>
            <translation>الشرح</translation>
        </message>
        <message>
            <source>body</source>
            <translation>الهيئة</translation>
        </message>
        <message>
            <source>document titles</source>
            <translation>عناوين الوثائق</translation>
        </message>
        <message>
            <source>it contains characters that symbols do not use: {chars}</source>
            <translation>يتضمن حروفا لا تُستخدم في الرموز: {chars}</translation>
        </message>
        <message>
            <source>it contains spaces</source>
            <translation>يتضمن مسافات</translation>
        </message>
        <message>
            <source>it has an empty part between slashes</source>
            <translation>فيه جزء فارغ بين خطين مائلين</translation>
        </message>
        <message>
            <source>it has no slash-separated parts</source>
            <translation>ليست فيه أجزاء يفصل بينها خط مائل</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>فارغ</translation>
        </message>
        <message>
            <source>it is not written as a document symbol</source>
            <translation>غير مكتوب على هيئة رمز وثيقة</translation>
        </message>
        <message>
            <source>names of the bodies</source>
            <translation>أسماء الهيئات</translation>
        </message>
        <message>
            <source>reissue note</source>
            <translation>ملاحظة إعادة الإصدار</translation>
        </message>
        <message>
            <source>session</source>
            <translation>الدورة</translation>
        </message>
        <message>
            <source>subsidiary body</source>
            <translation>الهيئة الفرعية</translation>
        </message>
        <message>
            <source>the part {part} has an empty part between slashes</source>
            <translation>الجزء {part} فيه جزء فارغ بين خطين مائلين</translation>
        </message>
        <message>
            <source>the part {part} has no slash-separated parts</source>
            <translation>الجزء {part} ليست فيه أجزاء يفصل بينها خط مائل</translation>
        </message>
        <message>
            <source>title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>venue</source>
            <translation>مكان الانعقاد</translation>
        </message>
        <message>
            <source>{date} appears twice in the organization of work.</source>
            <translation>يرد {date} مرتين في تنظيم الأعمال.</translation>
        </message>
        <message>
            <source>{date} is listed after {other}.</source>
            <translation>يرد {date} بعد {other}.</translation>
        </message>
        <message>
            <source>{date} is outside the dates of the meeting.</source>
            <translation>يقع {date} خارج مواعيد الاجتماع.</translation>
        </message>
        <message>
            <source>{date}: {count} meetings, more than the limit of {limit}.</source>
            <translation>{date}: {count} جلسات، أي أكثر من الحد البالغ {limit}.</translation>
        </message>
        <message>
            <source>{symbol} has a different title under item {item} than under item {other}.</source>
            <translation>للوثيقة {symbol} عنوان تحت البند {item} يختلف عن عنوانها تحت البند {other}.</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>لا أخطاء (%n)</numerusform>
                <numerusform>خطأ واحد (%n)</numerusform>
                <numerusform>خطآن (%n)</numerusform>
                <numerusform>%n أخطاء</numerusform>
                <numerusform>%n خطأ</numerusform>
                <numerusform>%n خطأ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>لا ملاحظات (%n)</numerusform>
                <numerusform>ملاحظة واحدة (%n)</numerusform>
                <numerusform>ملاحظتان (%n)</numerusform>
                <numerusform>%n ملاحظات</numerusform>
                <numerusform>%n ملاحظة</numerusform>
                <numerusform>%n ملاحظة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>لا تحذيرات (%n)</numerusform>
                <numerusform>تحذير واحد (%n)</numerusform>
                <numerusform>تحذيران (%n)</numerusform>
                <numerusform>%n تحذيرات</numerusform>
                <numerusform>%n تحذيرا</numerusform>
                <numerusform>%n تحذير</numerusform>
            </translation>
        </message>
        <message>
            <source>Error</source>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>معلومات</translation>
        </message>
        <message>
            <source>No problems found</source>
            <translation>لم يُعثر على مشاكل</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>تحذير</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>Finding</source>
            <translation>الملاحظة</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>لم يُعثر على مشاكل.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>الدرجة</translation>
        </message>
    </context>
    <context>
        <name>FootnotesPanel</name>
        <message>
            <source>(empty: type its text below)</source>
            <translation>(فارغة: اكتب نصها أدناه)</translation>
        </message>
        <message>
            <source>Footnote text</source>
            <translation>نص الحاشية</translation>
        </message>
        <message>
            <source>Footnotes</source>
            <translation>الحواشي</translation>
        </message>
        <message>
            <source>Footnotes (Ctrl+Alt+F inserts one at the cursor)</source>
            <translation>الحواشي (Ctrl+Alt+F يدرج حاشية عند المؤشر)</translation>
        </message>
        <message>
            <source>Remove Footnote</source>
            <translation>إزالة الحاشية</translation>
        </message>
        <message>
            <source>Select a footnote to edit its text.</source>
            <translation>اختر حاشية لتحرير نصها.</translation>
        </message>
        <message>
            <source>Text of footnote {0}:</source>
            <translation>نص الحاشية {0}:</translation>
        </message>
        <message>
            <source>Text of the footnote</source>
            <translation>نص الحاشية</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>User Guide</source>
            <translation>دليل المستخدم</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;دليل المستخدم</translation>
        </message>
        <message>
            <source>A short guide to drafting with {0}</source>
            <translation>دليل موجز للصياغة باستخدام {0}</translation>
        </message>
        <message>
            <source>Recovery data:</source>
            <translation>بيانات الاسترداد:</translation>
        </message>
        <message>
            <source>Settings:</source>
            <translation>الإعدادات:</translation>
        </message>
        <message>
            <source>This meeting:</source>
            <translation>هذا الاجتماع:</translation>
        </message>
        <message>
            <source>User guide:</source>
            <translation>دليل المستخدم:</translation>
        </message>
        <message>
            <source>Window layout:</source>
            <translation>تخطيط النافذة:</translation>
        </message>
        <message>
            <source>Words added to the dictionaries:</source>
            <translation>الكلمات المضافة إلى القواميس:</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>لم يُحفظ بعد</translation>
        </message>
    </context>
    <context>
        <name>ImportAgenda</name>
        <message numerus="yes">
            <source>%n line(s) of {0} found no place in the meeting:</source>
            <translation>
                <numerusform>لم يجد أي سطر من {0} مكانا في الاجتماع (%n):</numerusform>
                <numerusform>لم يجد سطر واحد من {0} مكانا في الاجتماع (%n):</numerusform>
                <numerusform>لم يجد سطران من {0} مكانا في الاجتماع (%n):</numerusform>
                <numerusform>لم تجد %n أسطر من {0} مكانا في الاجتماع:</numerusform>
                <numerusform>لم يجد %n سطرا من {0} مكانا في الاجتماع:</numerusform>
                <numerusform>لم يجد %n سطر من {0} مكانا في الاجتماع:</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the agenda on the clipboard, with its annotations, as new items</source>
            <translation>إضافة جدول الأعمال الموجود في الحافظة، مع شروحه، كبنود جديدة</translation>
        </message>
        <message>
            <source>Cannot Import Agenda</source>
            <translation>تعذر استيراد جدول الأعمال</translation>
        </message>
        <message>
            <source>Import &amp;Agenda...</source>
            <translation>استيراد &amp;جدول أعمال...</translation>
        </message>
        <message>
            <source>Import Agenda</source>
            <translation>استيراد جدول أعمال</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n item(s) from {0}; Save asks where to keep the meeting</source>
            <translation>
                <numerusform>لم يُستورد أي بند من {0} (%n)؛ سيسأل الحفظ عن مكان حفظ الاجتماع</numerusform>
                <numerusform>استُورد بند واحد من {0} (%n)؛ سيسأل الحفظ عن مكان حفظ الاجتماع</numerusform>
                <numerusform>استُورد بندان من {0} (%n)؛ سيسأل الحفظ عن مكان حفظ الاجتماع</numerusform>
                <numerusform>استُوردت %n بنود من {0}؛ سيسأل الحفظ عن مكان حفظ الاجتماع</numerusform>
                <numerusform>استُورد %n بندا من {0}؛ سيسأل الحفظ عن مكان حفظ الاجتماع</numerusform>
                <numerusform>استُورد %n بند من {0}؛ سيسأل الحفظ عن مكان حفظ الاجتماع</numerusform>
            </translation>
        </message>
        <message>
            <source>Line {0}: {1}</source>
            <translation>السطر {0}: {1}</translation>
        </message>
        <message>
            <source>Lines Not Imported</source>
            <translation>أسطر لم تُستورد</translation>
        </message>
        <message>
            <source>Open an agenda written in Word or saved as text as a new meeting</source>
            <translation>فتح جدول أعمال مكتوب في Word أو محفوظ كنص كاجتماع جديد</translation>
        </message>
        <message>
            <source>Paste A&amp;genda as Items</source>
            <translation>لصق جدول الأعمال كب&amp;نود</translation>
        </message>
        <message numerus="yes">
            <source>Paste agenda (%n item(s))</source>
            <translation>
                <numerusform>لصق جدول الأعمال (%n بند)</numerusform>
                <numerusform>لصق جدول الأعمال (بند واحد، %n)</numerusform>
                <numerusform>لصق جدول الأعمال (بندان، %n)</numerusform>
                <numerusform>لصق جدول الأعمال (%n بنود)</numerusform>
                <numerusform>لصق جدول الأعمال (%n بندا)</numerusform>
                <numerusform>لصق جدول الأعمال (%n بند)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n agenda item(s).</source>
            <translation>
                <numerusform>لم يُلصق أي بند (%n).</numerusform>
                <numerusform>لُصق بند واحد من جدول الأعمال (%n).</numerusform>
                <numerusform>لُصق بندان من جدول الأعمال (%n).</numerusform>
                <numerusform>لُصقت %n بنود من جدول الأعمال.</numerusform>
                <numerusform>لُصق %n بندا من جدول الأعمال.</numerusform>
                <numerusform>لُصق %n بند من جدول الأعمال.</numerusform>
            </translation>
        </message>
        <message>
            <source>The clipboard holds no numbered agenda to paste.</source>
            <translation>لا تحتوي الحافظة على جدول أعمال مرقم للصقه.</translation>
        </message>
        <message>
            <source>Word documents and text (*.docx *.txt);;All files (*)</source>
            <translation>مستندات Word ونصوص (*.docx *.txt);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>the clipboard</source>
            <translation>الحافظة</translation>
        </message>
    </context>
    <context>
        <name>ItemClipboard</name>
        <message>
            <source>&amp;Copy Items</source>
            <translation>&amp;نسخ البنود</translation>
        </message>
        <message>
            <source>&amp;Paste Items</source>
            <translation>&amp;لصق البنود</translation>
        </message>
        <message>
            <source>Add a copy of the selected items after them</source>
            <translation>إضافة نسخة من البنود المحددة بعدها</translation>
        </message>
        <message>
            <source>Add the items on the clipboard (or one item per line of text) after the current item</source>
            <translation>إضافة البنود الموجودة في الحافظة (أو بند لكل سطر من النص) بعد البند الحالي</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n item(s).</source>
            <translation>
                <numerusform>لم يُنسخ أي بند (%n).</numerusform>
                <numerusform>نُسخ بند واحد (%n).</numerusform>
                <numerusform>نُسخ بندان (%n).</numerusform>
                <numerusform>نُسخت %n بنود.</numerusform>
                <numerusform>نُسخ %n بندًا.</numerusform>
                <numerusform>نُسخ %n بند.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy the selected items with their sub-items, texts and documents</source>
            <translation>نسخ البنود المحددة مع بنودها الفرعية ونصوصها ووثائقها</translation>
        </message>
        <message>
            <source>Cu&amp;t Items</source>
            <translation>&amp;قص البنود</translation>
        </message>
        <message numerus="yes">
            <source>Cut %n item(s)</source>
            <translation>
                <numerusform>قص البنود (%n)</numerusform>
                <numerusform>قص بند واحد (%n)</numerusform>
                <numerusform>قص بندين (%n)</numerusform>
                <numerusform>قص %n بنود</numerusform>
                <numerusform>قص %n بندًا</numerusform>
                <numerusform>قص %n بند</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n item(s).</source>
            <translation>
                <numerusform>لم يُقص أي بند (%n).</numerusform>
                <numerusform>قُص بند واحد (%n).</numerusform>
                <numerusform>قُص بندان (%n).</numerusform>
                <numerusform>قُصت %n بنود.</numerusform>
                <numerusform>قُص %n بندًا.</numerusform>
                <numerusform>قُص %n بند.</numerusform>
            </translation>
        </message>
        <message>
            <source>D&amp;uplicate Items</source>
            <translation>ت&amp;كرار البنود</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n item(s)</source>
            <translation>
                <numerusform>تكرار البنود (%n)</numerusform>
                <numerusform>تكرار بند واحد (%n)</numerusform>
                <numerusform>تكرار بندين (%n)</numerusform>
                <numerusform>تكرار %n بنود</numerusform>
                <numerusform>تكرار %n بندًا</numerusform>
                <numerusform>تكرار %n بند</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Duplicated %n item(s).</source>
            <translation>
                <numerusform>لم يُكرر أي بند (%n).</numerusform>
                <numerusform>كُرر بند واحد (%n).</numerusform>
                <numerusform>كُرر بندان (%n).</numerusform>
                <numerusform>كُررت %n بنود.</numerusform>
                <numerusform>كُرر %n بندًا.</numerusform>
                <numerusform>كُرر %n بند.</numerusform>
            </translation>
        </message>
        <message>
            <source>Move the selected items to the clipboard</source>
            <translation>نقل البنود المحددة إلى الحافظة</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n item(s)</source>
            <translation>
                <numerusform>لصق البنود (%n)</numerusform>
                <numerusform>لصق بند واحد (%n)</numerusform>
                <numerusform>لصق بندين (%n)</numerusform>
                <numerusform>لصق %n بنود</numerusform>
                <numerusform>لصق %n بندًا</numerusform>
                <numerusform>لصق %n بند</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n item(s).</source>
            <translation>
                <numerusform>لم يُلصق أي بند (%n).</numerusform>
                <numerusform>أُلصق بند واحد (%n).</numerusform>
                <numerusform>أُلصق بندان (%n).</numerusform>
                <numerusform>أُلصقت %n بنود.</numerusform>
                <numerusform>أُلصق %n بندًا.</numerusform>
                <numerusform>أُلصق %n بند.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the agenda items to copy first.</source>
            <translation>حدد أولاً بنود جدول الأعمال المراد نسخها.</translation>
        </message>
        <message>
            <source>Select the agenda items to duplicate first.</source>
            <translation>حدد أولاً بنود جدول الأعمال المراد تكرارها.</translation>
        </message>
        <message>
            <source>The clipboard holds no agenda items and no text to paste.</source>
            <translation>لا تحتوي الحافظة على بنود من جدول الأعمال ولا على نص للصقه.</translation>
        </message>
        <message>
            <source>The items cannot go here: the agenda allows at most {0} levels of items.</source>
            <translation>لا يمكن وضع البنود هنا: يسمح جدول الأعمال بـ {0} مستويات من البنود على الأكثر.</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>&amp;Annotation</source>
            <translation>ال&amp;شرح</translation>
        </message>
        <message>
            <source>&amp;Documentation</source>
            <translation>ال&amp;وثائق</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>ال&amp;عنوان</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>الشرح</translation>
        </message>
        <message>
            <source>Annotation of the item (optional)</source>
            <translation>شرح البند (اختياري)</translation>
        </message>
        <message>
            <source>Item title</source>
            <translation>عنوان البند</translation>
        </message>
        <message>
            <source>Not translated yet. The original reads:
{0}</source>
            <translation>لم يُترجم بعد. نص الأصل:
{0}</translation>
        </message>
        <message>
            <source>Not translated: {0}</source>
            <translation>غير مترجم: {0}</translation>
        </message>
        <message>
            <source>Select an item of the agenda</source>
            <translation>اختر بندا من بنود جدول الأعمال</translation>
        </message>
        <message>
            <source>Title of the item</source>
            <translation>عنوان البند</translation>
        </message>
    </context>
    <context>
        <name>LanguageSelector</name>
        <message>
            <source>The language version being edited</source>
            <translation>النسخة اللغوية قيد التحرير</translation>
        </message>
        <message>
            <source>{0} (original)</source>
            <translation>{0} (الأصل)</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>الصينية</translation>
        </message>
        <message>
            <source>English</source>
            <translation>الإنكليزية</translation>
        </message>
        <message>
            <source>French</source>
            <translation>الفرنسية</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>الروسية</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>الإسبانية</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&lt;opened&gt;</source>
            <translation>&lt;مفتوح&gt;</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>الاجتماع</translation>
        </message>
        <message>
            <source>Timetable</source>
            <translation>الجدول الزمني</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>الترجمة</translation>
        </message>
        <message>
            <source>Undo History</source>
            <translation>سجل التراجع</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>{0} (read-only)[*] — {1}</source>
            <translation>{0} (للقراءة فقط)[*] — {1}</translation>
        </message>
        <message>
            <source>{0}[*] — {1}</source>
            <translation>{0}[*] — {1}</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <source>&amp;Body:</source>
            <translation>ال&amp;هيئة:</translation>
        </message>
        <message>
            <source>&amp;Distribution:</source>
            <translation>ال&amp;توزيع:</translation>
        </message>
        <message>
            <source>&amp;Job number:</source>
            <translation>&amp;رقم العمل:</translation>
        </message>
        <message>
            <source>&amp;Meetings per day:</source>
            <translation>ال&amp;جلسات في اليوم:</translation>
        </message>
        <message>
            <source>&amp;Page size:</source>
            <translation>&amp;حجم الصفحة:</translation>
        </message>
        <message>
            <source>&amp;Symbol:</source>
            <translation>ال&amp;رمز:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <source>Change the original language</source>
            <translation>تغيير اللغة الأصلية</translation>
        </message>
        <message>
            <source>Date of &amp;issue:</source>
            <translation>تاريخ الإ&amp;صدار:</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>الوثيقة</translation>
        </message>
        <message>
            <source>Editing version:</source>
            <translation>النسخة قيد التحرير:</translation>
        </message>
        <message>
            <source>Fi&amp;rst day:</source>
            <translation>اليوم الأ&amp;ول:</translation>
        </message>
        <message>
            <source>For a reissued document, whose symbol ends with an asterisk: the note printed after an asterisk at the foot of page 1, e.g. “Reissued for technical reasons on 3 May 2026.”</source>
            <translation>للوثيقة المعاد إصدارها، التي ينتهي رمزها بنجمة: الملاحظة المطبوعة بعد نجمة في أسفل الصفحة الأولى، مثل «أعيد إصدارها لأسباب فنية في 3 أيار/مايو 2026.»</translation>
        </message>
        <message>
            <source>General</source>
            <translation>عام</translation>
        </message>
        <message>
            <source>How many meetings a day may hold unless the day sets its own limit</source>
            <translation>عدد الجلسات التي يجوز عقدها في اليوم ما لم يحدد اليوم حده الخاص</translation>
        </message>
        <message>
            <source>L&amp;ast day:</source>
            <translation>اليوم الأ&amp;خير:</translation>
        </message>
        <message>
            <source>Language versions:</source>
            <translation>النسخ اللغوية:</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>اللغات</translation>
        </message>
        <message>
            <source>Limited</source>
            <translation>محدود</translation>
        </message>
        <message>
            <source>Made from:</source>
            <translation>أُنشئ من:</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>الاجتماع</translation>
        </message>
        <message>
            <source>Not a valid symbol: {0}.</source>
            <translation>رمز غير صالح: {0}.</translation>
        </message>
        <message>
            <source>Not translated: {0}</source>
            <translation>غير مترجم: {0}</translation>
        </message>
        <message>
            <source>Ori&amp;ginal language:</source>
            <translation>اللغة الأ&amp;صلية:</translation>
        </message>
        <message>
            <source>Reissue note:</source>
            <translation>ملاحظة إعادة الإصدار:</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>مقيَّد</translation>
        </message>
        <message>
            <source>Sessio&amp;n:</source>
            <translation>ال&amp;دورة:</translation>
        </message>
        <message>
            <source>Set this date</source>
            <translation>تعيين هذا التاريخ</translation>
        </message>
        <message>
            <source>Subsidiar&amp;y body:</source>
            <translation>الهيئة ال&amp;فرعية:</translation>
        </message>
        <message>
            <source>The document symbol, for example ABC/WG.1/2026/1</source>
            <translation>رمز الوثيقة، مثلا ABC/WG.1/2026/1</translation>
        </message>
        <message>
            <source>The original language is now {0}.</source>
            <translation>اللغة الأصلية الآن: {0}.</translation>
        </message>
        <message>
            <source>Ven&amp;ue:</source>
            <translation>&amp;مكان الانعقاد:</translation>
        </message>
        <message>
            <source>{0} (original)</source>
            <translation>{0} (الأصل)</translation>
        </message>
        <message>
            <source>{0} ({1}/{2} items translated)</source>
            <translation>{0} (البنود المترجمة: {1}/{2})</translation>
        </message>
        <message>
            <source>{0} of {1} agenda items are fully translated into {2}.</source>
            <translation>{0} من أصل {1} من بنود جدول الأعمال مترجمة بالكامل إلى {2}.</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;About {0}</source>
            <translation>&amp;حول {0}</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>إ&amp;غلاق</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <source>&amp;Export PDF...</source>
            <translation>&amp;تصدير بصيغة PDF...</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>ال&amp;ملاحظات</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;Import Translation...</source>
            <translation>ا&amp;ستيراد ترجمة...</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;جديد</translation>
        </message>
        <message>
            <source>&amp;Open...</source>
            <translation>&amp;فتح...</translation>
        </message>
        <message>
            <source>&amp;Preferences...</source>
            <translation>ال&amp;تفضيلات...</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إ&amp;نهاء</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <source>&amp;Schedule In...</source>
            <translation>ال&amp;جدولة في...</translation>
        </message>
        <message>
            <source>&amp;Toolbar</source>
            <translation>&amp;شريط الأدوات</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>ترا&amp;جع</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Drafts provisional agendas and annotations of intergovernmental meetings in the six official languages of the United Nations.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;يصوغ جداول الأعمال المؤقتة وشروحها للاجتماعات الحكومية الدولية باللغات الرسمية الست للأمم المتحدة.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>حول &amp;Qt</translation>
        </message>
        <message>
            <source>About {0}</source>
            <translation>حول {0}</translation>
        </message>
        <message>
            <source>Choose the day and meeting in which the selected items are taken up</source>
            <translation>اختيار اليوم والجلسة اللذين يُنظر فيهما في البنود المحددة</translation>
        </message>
        <message>
            <source>Close the meeting</source>
            <translation>إغلاق الاجتماع</translation>
        </message>
        <message>
            <source>Export &amp;Word Document...</source>
            <translation>التصدير إلى مستند &amp;Word...</translation>
        </message>
        <message>
            <source>Export for &amp;Translation...</source>
            <translation>ت&amp;صدير للترجمة...</translation>
        </message>
        <message>
            <source>Export the document as PDF</source>
            <translation>تصدير الوثيقة بصيغة PDF</translation>
        </message>
        <message>
            <source>Export the document as a Word file, the manuscript for Documents Management</source>
            <translation>تصدير الوثيقة ملفَّ Word، وهو المخطوط المقدَّم إلى إدارة الوثائق</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>ت&amp;نسيق</translation>
        </message>
        <message>
            <source>Fill a language version from a translated XLIFF file</source>
            <translation>ملء نسخة لغوية من ملف XLIFF مترجم</translation>
        </message>
        <message>
            <source>Go back to the saved file</source>
            <translation>العودة إلى الملف المحفوظ</translation>
        </message>
        <message>
            <source>Go to &amp;Item</source>
            <translation>الانتقال إلى ال&amp;بند</translation>
        </message>
        <message>
            <source>Go to &amp;Meeting</source>
            <translation>الانتقال إلى الا&amp;جتماع</translation>
        </message>
        <message>
            <source>Go to &amp;Timetable</source>
            <translation>الانتقال إلى الجدول ال&amp;زمني</translation>
        </message>
        <message>
            <source>Go to T&amp;ranslation</source>
            <translation>الانتقال إلى ال&amp;ترجمة</translation>
        </message>
        <message>
            <source>Interface language and defaults for new meetings</source>
            <translation>لغة الواجهة والقيم الافتراضية للاجتماعات الجديدة</translation>
        </message>
        <message>
            <source>New Session From &amp;This One...</source>
            <translation>دورة جديدة انطلاقا من &amp;هذه الدورة...</translation>
        </message>
        <message>
            <source>New from &amp;Existing...</source>
            <translation>جديد انطلاقا من اجتماع &amp;قائم...</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>لا ملفات حديثة</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>الملفات ال&amp;حديثة</translation>
        </message>
        <message>
            <source>Open a meeting file</source>
            <translation>فتح ملف اجتماع</translation>
        </message>
        <message>
            <source>Quit {0}</source>
            <translation>إنهاء {0}</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>ال&amp;رجوع إلى المحفوظ</translation>
        </message>
        <message>
            <source>Redone: {0}</source>
            <translation>أُعيد: {0}</translation>
        </message>
        <message>
            <source>Save &amp;As...</source>
            <translation>حفظ &amp;باسم...</translation>
        </message>
        <message>
            <source>Save the meeting</source>
            <translation>حفظ الاجتماع</translation>
        </message>
        <message>
            <source>Save under another name</source>
            <translation>الحفظ باسم آخر</translation>
        </message>
        <message>
            <source>Select the agenda items to schedule first.</source>
            <translation>اختر أولا بنود جدول الأعمال المراد جدولتها.</translation>
        </message>
        <message>
            <source>Show the item editor</source>
            <translation>عرض محرر البنود</translation>
        </message>
        <message>
            <source>Show the meeting details</source>
            <translation>عرض بيانات الاجتماع</translation>
        </message>
        <message>
            <source>Show the organization of work</source>
            <translation>عرض تنظيم الأعمال</translation>
        </message>
        <message>
            <source>Show the texts side by side with a language version</source>
            <translation>عرض النصوص جنبا إلى جنب مع نسخة لغوية</translation>
        </message>
        <message>
            <source>Start a new meeting</source>
            <translation>بدء اجتماع جديد</translation>
        </message>
        <message>
            <source>Start a new meeting with the agenda of an existing one</source>
            <translation>بدء اجتماع جديد بجدول أعمال اجتماع قائم</translation>
        </message>
        <message>
            <source>Start the next session's meeting from this one, which stays as it is</source>
            <translation>بدء اجتماع الدورة المقبلة انطلاقا من هذا الاجتماع، الذي يبقى دون تغيير</translation>
        </message>
        <message>
            <source>Timetab&amp;le</source>
            <translation>الجدول ال&amp;زمني</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>شريط الأدوات</translation>
        </message>
        <message>
            <source>Undo &amp;History</source>
            <translation>سجل ال&amp;تراجع</translation>
        </message>
        <message>
            <source>Undone: {0}</source>
            <translation>تم التراجع: {0}</translation>
        </message>
        <message>
            <source>Write a language version as an XLIFF file for translation tools</source>
            <translation>كتابة نسخة لغوية في ملف XLIFF لأدوات الترجمة</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>&amp;Keep them where they are too (continued)</source>
            <translation>الإ&amp;بقاء عليها في مكانها أيضا (تابع)</translation>
        </message>
        <message>
            <source>Items to move: {0}</source>
            <translation>البنود المراد نقلها: {0}</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>نقل إلى</translation>
        </message>
        <message>
            <source>This day allows no meeting.</source>
            <translation>لا يسمح هذا اليوم بأي جلسة.</translation>
        </message>
    </context>
    <context>
        <name>NextSessionDialog</name>
        <message>
            <source>A new, unsaved meeting is made from this one, which is not changed. Untick a symbol to keep it as it is, or type the new one.</source>
            <translation>يُنشأ اجتماع جديد غير محفوظ انطلاقا من هذا الاجتماع، الذي لا يُغيَّر. أزل العلامة عن رمز لإبقائه كما هو، أو اكتب الرمز الجديد.</translation>
        </message>
        <message>
            <source>Annotations to clear (the standard items keep theirs):</source>
            <translation>الشروح المراد حذفها (تحتفظ البنود المعتادة بشروحها):</translation>
        </message>
        <message>
            <source>Clear the dates and the days of the organization of work</source>
            <translation>حذف التواريخ وأيام تنظيم الأعمال</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>إنشاء</translation>
        </message>
        <message>
            <source>Item {0}, annotation ({1}, paragraph {2})</source>
            <translation>البند {0}، الشروح ({1}، الفقرة {2})</translation>
        </message>
        <message>
            <source>Item {0}, documentation</source>
            <translation>البند {0}، الوثائق</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>الاجتماع</translation>
        </message>
        <message>
            <source>New Session From This One</source>
            <translation>دورة جديدة انطلاقا من هذه الدورة</translation>
        </message>
        <message>
            <source>New symbol</source>
            <translation>الرمز الجديد</translation>
        </message>
        <message>
            <source>Symbol now</source>
            <translation>الرمز الحالي</translation>
        </message>
        <message>
            <source>The symbol has no year or number to roll.</source>
            <translation>لا يتضمن الرمز سنة أو رقما يمكن تقديمه.</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>الموضع</translation>
        </message>
    </context>
    <context>
        <name>Origin</name>
        <message>
            <source>Imported from the Word document {0}</source>
            <translation>مستورد من مستند Word {0}</translation>
        </message>
        <message>
            <source>Imported from the text file {0}</source>
            <translation>مستورد من الملف النصي {0}</translation>
        </message>
        <message>
            <source>New meeting from the agenda of {0}</source>
            <translation>اجتماع جديد مستند إلى جدول أعمال {0}</translation>
        </message>
        <message>
            <source>Next session from {0}</source>
            <translation>الدورة التالية لـ {0}</translation>
        </message>
        <message>
            <source>Not recorded (not made from another document)</source>
            <translation>غير مسجل (لم يُنشأ من وثيقة أخرى)</translation>
        </message>
        <message>
            <source>Opened from the PDF {0}</source>
            <translation>مفتوح من ملف PDF {0}</translation>
        </message>
        <message>
            <source>an unsaved meeting</source>
            <translation>اجتماع غير محفوظ</translation>
        </message>
        <message>
            <source>{0}, on {1}</source>
            <translation>{0}، في {1}</translation>
        </message>
        <message>
            <source>“{0}”</source>
            <translation>”{0}“</translation>
        </message>
        <message>
            <source>“{0}” ({1})</source>
            <translation>”{0}“ ({1})</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>&amp;Page size of new meetings:</source>
            <translation>&amp;حجم الصفحة للاجتماعات الجديدة:</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;لغة الواجهة:</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>التفضيلات</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <source>The language of menus, buttons and messages</source>
            <translation>لغة القوائم والأزرار والرسائل</translation>
        </message>
        <message>
            <source>The language of the documents is chosen for each meeting, in the Meeting page.</source>
            <translation>تُختار لغة الوثائق لكل اجتماع، في صفحة الاجتماع.</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>رسالة أمريكي (US Letter)</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message numerus="yes">
            <source>%n page(s) in {0}, as they will print</source>
            <translation>
                <numerusform>لا صفحات (%n) باللغة {0}، كما ستُطبع</numerusform>
                <numerusform>صفحة واحدة (%n) باللغة {0}، كما ستُطبع</numerusform>
                <numerusform>صفحتان (%n) باللغة {0}، كما ستُطبعان</numerusform>
                <numerusform>%n صفحات باللغة {0}، كما ستُطبع</numerusform>
                <numerusform>%n صفحة باللغة {0}، كما ستُطبع</numerusform>
                <numerusform>%n صفحة باللغة {0}، كما ستُطبع</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;طباعة...</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>الطباعة</translation>
        </message>
        <message>
            <source>Print Pre&amp;view</source>
            <translation>&amp;معاينة الطباعة</translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>معاينة الطباعة</translation>
        </message>
        <message>
            <source>Print the document in the language version shown</source>
            <translation>طباعة الوثيقة بالنسخة اللغوية المعروضة</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>لم تُرسل أي صفحة (%n) إلى الطابعة.</numerusform>
                <numerusform>أُرسلت صفحة واحدة (%n) إلى الطابعة.</numerusform>
                <numerusform>أُرسلت صفحتان (%n) إلى الطابعة.</numerusform>
                <numerusform>أُرسلت %n صفحات إلى الطابعة.</numerusform>
                <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
                <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show the pages as they will print, in the language version shown</source>
            <translation>عرض الصفحات كما ستُطبع، بالنسخة اللغوية المعروضة</translation>
        </message>
        <message>
            <source>The document cannot be printed: {0}</source>
            <translation>تتعذر طباعة الوثيقة: {0}</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>تعذر تشغيل الطابعة.</translation>
        </message>
    </context>
    <context>
        <name>PreviewWidget</name>
        <message>
            <source>Page {0}</source>
            <translation>الصفحة {0}</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>الصفحة {0} من {1}</translation>
        </message>
        <message>
            <source>The preview could not be made: {0}</source>
            <translation>تعذر إعداد المعاينة: {0}</translation>
        </message>
        <message>
            <source>Updating the preview…</source>
            <translation>جارٍ تحديث المعاينة…</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>"{file}" cannot be locked for editing: others keep changing its lock</source>
            <translation>تعذّر قفل ”{file}“ للتحرير: فآخرون يغيّرون قفله باستمرار</translation>
        </message>
        <message>
            <source>"{file}" cannot be locked for editing: the lock file disappeared</source>
            <translation>تعذّر قفل ”{file}“ للتحرير: اختفى ملف القفل</translation>
        </message>
        <message>
            <source>"{file}" cannot be locked for editing: {detail}</source>
            <translation>تعذّر قفل ”{file}“ للتحرير: {detail}</translation>
        </message>
        <message>
            <source>"{file}" cannot be opened ({detail})</source>
            <translation>تعذّر فتح ”{file}“ ({detail})</translation>
        </message>
        <message>
            <source>"{file}" cannot be read: permission denied</source>
            <translation>تعذّرت قراءة ”{file}“: الإذن مرفوض</translation>
        </message>
        <message>
            <source>"{file}" cannot be read: {detail}</source>
            <translation>تعذّرت قراءة ”{file}“: {detail}</translation>
        </message>
        <message>
            <source>"{file}" contains {detail}, which Agenda Editor files never have: it was crafted or changed by another program, and was not opened</source>
            <translation>يحتوي ”{file}“ على {detail}، وهو ما لا تحتويه ملفات Agenda Editor أبدًا: فقد صُنع أو عدّله برنامج آخر، ولم يُفتح</translation>
        </message>
        <message>
            <source>"{file}" could not be saved ({detail})</source>
            <translation>تعذّر حفظ ”{file}“ ({detail})</translation>
        </message>
        <message>
            <source>"{file}" could not be saved: permission denied</source>
            <translation>تعذّر حفظ ”{file}“: الإذن مرفوض</translation>
        </message>
        <message>
            <source>"{file}" could not be saved: {detail}</source>
            <translation>تعذّر حفظ ”{file}“: {detail}</translation>
        </message>
        <message>
            <source>"{file}" does not exist (it may have been moved or deleted)</source>
            <translation>”{file}“ غير موجود (ربما نُقل أو حُذف)</translation>
        </message>
        <message>
            <source>"{file}" has an unknown file format ({version})</source>
            <translation>لـ ”{file}“ تنسيق ملف غير معروف ({version})</translation>
        </message>
        <message>
            <source>"{file}" has inconsistent content: {detail}</source>
            <translation>محتوى ”{file}“ غير متّسق: {detail}</translation>
        </message>
        <message>
            <source>"{file}" holds a value of more than {megabytes} MB, which no Agenda Editor file does: it is damaged or crafted; it was not opened</source>
            <translation>يحتوي ”{file}“ على قيمة تتجاوز {megabytes} ميغابايت، وهو ما لا يحدث في أي ملف من ملفات Agenda Editor: فهو تالف أو مصطنع؛ ولم يُفتح</translation>
        </message>
        <message>
            <source>"{file}" is a database of another program, not an Agenda Editor session file</source>
            <translation>”{file}“ قاعدة بيانات لبرنامج آخر، وليس ملف جلسة عمل لـ Agenda Editor</translation>
        </message>
        <message>
            <source>"{file}" is a folder, not a session file</source>
            <translation>”{file}“ مجلد، وليس ملف جلسة عمل</translation>
        </message>
        <message>
            <source>"{file}" is a folder; a session file cannot be saved there</source>
            <translation>”{file}“ مجلد؛ لا يمكن حفظ ملف جلسة عمل هناك</translation>
        </message>
        <message>
            <source>"{file}" is already open in this window</source>
            <translation>”{file}“ مفتوح بالفعل في هذه النافذة</translation>
        </message>
        <message>
            <source>"{file}" is damaged (SQLite reports: {detail})</source>
            <translation>”{file}“ تالف (يفيد SQLite بما يلي: {detail})</translation>
        </message>
        <message>
            <source>"{file}" is damaged ({detail})</source>
            <translation>”{file}“ تالف ({detail})</translation>
        </message>
        <message>
            <source>"{file}" is empty: it is not an Agenda Editor session file</source>
            <translation>”{file}“ فارغ: فهو ليس ملف جلسة عمل لـ Agenda Editor</translation>
        </message>
        <message>
            <source>"{file}" is incomplete (the file is truncated)</source>
            <translation>”{file}“ غير مكتمل (الملف مبتور)</translation>
        </message>
        <message>
            <source>"{file}" is not an Agenda Editor session file</source>
            <translation>”{file}“ ليس ملف جلسة عمل لـ Agenda Editor</translation>
        </message>
        <message>
            <source>"{file}" is opened by {owner}</source>
            <translation>”{file}“ مفتوح لدى {owner}</translation>
        </message>
        <message>
            <source>"{file}" kept changing while it was being read; try again later</source>
            <translation>ظل ”{file}“ يتغيّر أثناء قراءته؛ أعد المحاولة لاحقًا</translation>
        </message>
        <message>
            <source>"{file}" took more than {seconds} seconds to read, which no Agenda Editor file does: it is damaged or was crafted to make programs hang; it was not opened</source>
            <translation>استغرقت قراءة ”{file}“ أكثر من {seconds} ثانية، وهو ما لا يحدث مع أي ملف من ملفات Agenda Editor: فهو تالف أو صُنع لتعطيل البرامج؛ ولم يُفتح</translation>
        </message>
        <message>
            <source>"{file}" was changed by another program or person since it was opened; it was not overwritten</source>
            <translation>عدّل برنامج آخر أو شخص آخر ”{file}“ منذ فتحه؛ ولم يُستبدل</translation>
        </message>
        <message>
            <source>"{file}" was moved or deleted since it was opened; it was not written again</source>
            <translation>نُقل ”{file}“ أو حُذف منذ فتحه؛ ولم تُعَد كتابته</translation>
        </message>
        <message>
            <source>"{file}" was not opened: {journals} beside it holds changes that another program made to it and never finished. Agenda Editor neither applies nor deletes them; finish them with the program that made them, or move that file away to open the file without them</source>
            <translation>لم يُفتح ”{file}“: فالملف {journals} المجاور له يتضمن تغييرات أجراها عليه برنامج آخر ولم يُكملها قط. ولا يطبّق Agenda Editor هذه التغييرات ولا يحذفها؛ فأكملها بالبرنامج الذي أجراها، أو انقل ذلك الملف إلى مكان آخر لفتح الملف من دونها</translation>
        </message>
        <message>
            <source>"{file}" was not saved: {detail}</source>
            <translation>لم يُحفظ ”{file}“: {detail}</translation>
        </message>
        <message>
            <source>"{file}" was saved by a newer version of Agenda Editor (file format {version}; this version reads formats up to {latest}). Update Agenda Editor to open it.</source>
            <translation>حُفظ ”{file}“ بإصدار أحدث من Agenda Editor (تنسيق الملف {version}؛ ويقرأ هذا الإصدار التنسيقات حتى {latest}). حدّث Agenda Editor لفتحه.</translation>
        </message>
        <message>
            <source>&lt;/{tag}&gt; comes before &lt;/{inner}&gt;: &lt;{inner}&gt; was opened inside &lt;{tag}&gt; and must be closed first (at character {at})</source>
            <translation>يأتي &lt;/{tag}&gt; قبل &lt;/{inner}&gt;: فُتح &lt;{inner}&gt; داخل &lt;{tag}&gt; ويجب إغلاقه أولًا (عند الحرف {at})</translation>
        </message>
        <message>
            <source>&lt;/{tag}&gt; has no &lt;{tag}&gt; before it to close (at character {at})</source>
            <translation>لا يسبق &lt;/{tag}&gt; أي وسم &lt;{tag}&gt; ليغلقه (عند الحرف {at})</translation>
        </message>
        <message>
            <source>&lt;{tag}&gt; is never closed (opened at character {at})</source>
            <translation>لم يُغلق &lt;{tag}&gt; أبدًا (فُتح عند الحرف {at})</translation>
        </message>
        <message>
            <source>&lt;{tag}&gt; is opened again inside &lt;{tag}&gt; (at character {at})</source>
            <translation>فُتح &lt;{tag}&gt; مرة أخرى داخل &lt;{tag}&gt; (عند الحرف {at})</translation>
        </message>
        <message>
            <source>a body id</source>
            <translation>معرّف هيئة</translation>
        </message>
        <message>
            <source>a body's name</source>
            <translation>اسم هيئة</translation>
        </message>
        <message>
            <source>a body's name belongs to a body that does not exist</source>
            <translation>اسم هيئة يعود إلى هيئة غير موجودة</translation>
        </message>
        <message>
            <source>a day of the timetable</source>
            <translation>يوم من الجدول الزمني</translation>
        </message>
        <message>
            <source>a document symbol</source>
            <translation>رمز وثيقة</translation>
        </message>
        <message>
            <source>a document title</source>
            <translation>عنوان وثيقة</translation>
        </message>
        <message>
            <source>a footnote cannot contain another footnote (at character {at})</source>
            <translation>لا يمكن أن تحتوي حاشية على حاشية أخرى (عند الحرف {at})</translation>
        </message>
        <message>
            <source>a language</source>
            <translation>لغة</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>قائمة</translation>
        </message>
        <message>
            <source>a meeting of {date} belongs to the body {body}, which is not in the timetable</source>
            <translation>جلسة يوم {date} تابعة للهيئة {body}، وهي ليست في الجدول الزمني</translation>
        </message>
        <message>
            <source>a start time</source>
            <translation>وقت بدء</translation>
        </message>
        <message>
            <source>a version needs a name</source>
            <translation>تحتاج النسخة إلى اسم</translation>
        </message>
        <message>
            <source>an agenda item is a sub-item of an item that does not exist</source>
            <translation>بند من جدول الأعمال بند فرعي لبند غير موجود</translation>
        </message>
        <message>
            <source>an annotation paragraph</source>
            <translation>فقرة شرح</translation>
        </message>
        <message>
            <source>an end time</source>
            <translation>وقت انتهاء</translation>
        </message>
        <message>
            <source>an id cannot be empty</source>
            <translation>لا يمكن أن يكون المعرّف فارغًا</translation>
        </message>
        <message>
            <source>an item id</source>
            <translation>معرّف بند</translation>
        </message>
        <message>
            <source>an item title</source>
            <translation>عنوان بند</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>كائن</translation>
        </message>
        <message>
            <source>broken markup: {detail}</source>
            <translation>ترميز معطوب: {detail}</translation>
        </message>
        <message>
            <source>cannot be written as JSON: {detail}</source>
            <translation>لا يمكن كتابته بصيغة JSON: {detail}</translation>
        </message>
        <message>
            <source>date of issue</source>
            <translation>تاريخ الإصدار</translation>
        </message>
        <message>
            <source>distribution</source>
            <translation>التوزيع</translation>
        </message>
        <message>
            <source>expected "{expected}", got {value}</source>
            <translation>المتوقع ”{expected}“، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected a JSON object at the top level, got {value}</source>
            <translation>المتوقع كائن JSON في المستوى الأعلى، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected a date as YYYY-MM-DD, got {value}</source>
            <translation>المتوقع تاريخ بالصيغة YYYY-MM-DD، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected a list of agenda item ids, got {value}</source>
            <translation>المتوقع قائمة معرّفات بنود جدول الأعمال، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected a list of agenda items, got {value}</source>
            <translation>المتوقع قائمة بنود جدول الأعمال، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected a list of bodies, got {value}</source>
            <translation>المتوقع قائمة هيئات، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected a list of days, got {value}</source>
            <translation>المتوقع قائمة أيام، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected a list of documents, got {value}</source>
            <translation>المتوقع قائمة وثائق، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected a list of language codes, got {value}</source>
            <translation>المتوقع قائمة رموز لغات، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected a list of meetings, got {value}</source>
            <translation>المتوقع قائمة جلسات، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected a list of paragraphs, got {value}</source>
            <translation>المتوقع قائمة فقرات، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected a time as HH:MM (24-hour clock), got {value}</source>
            <translation>المتوقع وقت بالصيغة HH:MM (نظام 24 ساعة)، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected a whole number of 0 or more, got {value}</source>
            <translation>المتوقع عدد صحيح يساوي 0 أو أكثر، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected a whole number of at most {limit}, got {value}</source>
            <translation>المتوقع عدد صحيح لا يتجاوز {limit}، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected a whole number, got {value}</source>
            <translation>المتوقع عدد صحيح، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected an object, got {value}</source>
            <translation>المتوقع كائن، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected at least one body</source>
            <translation>المتوقع هيئة واحدة على الأقل</translation>
        </message>
        <message>
            <source>expected at least one body (leave the field out for one plenary)</source>
            <translation>المتوقع هيئة واحدة على الأقل (احذف الحقل إذا كانت هناك جلسة عامة واحدة)</translation>
        </message>
        <message>
            <source>expected one of {choices}, got {value}</source>
            <translation>المتوقع واحد من {choices}، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected paragraphs (or a map of language codes to paragraphs), got {value}</source>
            <translation>المتوقع فقرات (أو جدول يربط رموز اللغات بالفقرات)، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected text (or a map of language codes to text), got {value}</source>
            <translation>المتوقع نص (أو جدول يربط رموز اللغات بالنصوص)، والموجود: {value}</translation>
        </message>
        <message>
            <source>expected text, got {value}</source>
            <translation>المتوقع نص، والموجود: {value}</translation>
        </message>
        <message>
            <source>first day</source>
            <translation>اليوم الأول</translation>
        </message>
        <message>
            <source>invalid JSON at line {line}, column {column}: {detail}</source>
            <translation>JSON غير صالح في السطر {line}، العمود {column}: {detail}</translation>
        </message>
        <message>
            <source>invalid JSON: a number of {characters} characters is too long</source>
            <translation>JSON غير صالح: عدد من {characters} حرفًا أطول من اللازم</translation>
        </message>
        <message>
            <source>invalid JSON: a number of {digits} digits is too long</source>
            <translation>JSON غير صالح: عدد من {digits} رقمًا أطول من اللازم</translation>
        </message>
        <message>
            <source>invalid JSON: nested too deeply</source>
            <translation>JSON غير صالح: التداخل عميق أكثر من اللازم</translation>
        </message>
        <message>
            <source>invalid JSON: {name} is not a valid JSON value</source>
            <translation>JSON غير صالح: {name} ليست قيمة JSON صالحة</translation>
        </message>
        <message>
            <source>it cannot be read: {detail}</source>
            <translation>تتعذر قراءتها: {detail}</translation>
        </message>
        <message>
            <source>it contains {detail}, which Agenda Editor files never have: it was crafted or changed by another program, and was not opened</source>
            <translation>تحتوي على {detail}، وهو ما لا تحتويه ملفات Agenda Editor أبدًا: فقد اصطُنعت أو غيّرها برنامج آخر، ولم تُفتح</translation>
        </message>
        <message>
            <source>it has a meeting text of an unknown kind {kind}</source>
            <translation>يحتوي على نص للاجتماع من نوع غير معروف {kind}</translation>
        </message>
        <message>
            <source>it has an unknown format ({version})</source>
            <translation>صيغتها غير معروفة ({version})</translation>
        </message>
        <message>
            <source>it has more than one {what} record</source>
            <translation>يحتوي على أكثر من سجل واحد من سجلات {what}</translation>
        </message>
        <message>
            <source>it has no {what} record</source>
            <translation>لا يحتوي على سجل {what}</translation>
        </message>
        <message>
            <source>it is damaged (SQLite reports: {detail})</source>
            <translation>هي تالفة (يُبلغ SQLite عن: {detail})</translation>
        </message>
        <message>
            <source>it is damaged (it cannot be uncompressed: {detail})</source>
            <translation>هي تالفة (يتعذر فك ضغطها: {detail})</translation>
        </message>
        <message>
            <source>it is damaged (it does not hold a meeting)</source>
            <translation>هي تالفة (لا تحتوي على اجتماع)</translation>
        </message>
        <message>
            <source>it is damaged (it does not hold an Agenda Editor meeting)</source>
            <translation>هي تالفة (لا تحتوي على اجتماع من Agenda Editor)</translation>
        </message>
        <message>
            <source>it is damaged (it holds a value of more than {megabytes} MB)</source>
            <translation>هي تالفة (تحتوي على قيمة أكبر من {megabytes} ميغابايت)</translation>
        </message>
        <message>
            <source>it is damaged (it holds versions of its own)</source>
            <translation>هي تالفة (تحتوي على نسخ خاصة بها)</translation>
        </message>
        <message>
            <source>it is damaged (its compressed data is cut short or has extra bytes)</source>
            <translation>هي تالفة (بياناتها المضغوطة مبتورة أو فيها بايتات زائدة)</translation>
        </message>
        <message>
            <source>it is damaged ({detail})</source>
            <translation>هي تالفة ({detail})</translation>
        </message>
        <message>
            <source>it is larger than {limit} MB once uncompressed, which no meeting is: it is damaged or crafted</source>
            <translation>يتجاوز حجمها بعد فك الضغط {limit} ميغابايت، وهو ما لا يبلغه أي اجتماع: هي تالفة أو مصطنعة</translation>
        </message>
        <message>
            <source>it is not an Agenda Editor session database</source>
            <translation>ليست قاعدة بيانات جلسة عمل من Agenda Editor</translation>
        </message>
        <message>
            <source>it keeps {count} versions, more than the {limit} any Agenda Editor file has</source>
            <translation>يحتفظ بعدد {count} من النسخ، وهو أكثر من {limit} التي لا يتجاوزها أي ملف من Agenda Editor</translation>
        </message>
        <message>
            <source>it records more than one origin of the meeting</source>
            <translation>يسجّل أكثر من مصدر واحد للاجتماع</translation>
        </message>
        <message>
            <source>it refers to {key} which it does not contain</source>
            <translation>يشير إلى {key} الذي لا يحتوي عليه</translation>
        </message>
        <message>
            <source>it took too long to read: it is damaged or crafted</source>
            <translation>استغرقت قراءتها وقتًا أطول من اللازم: هي تالفة أو مصطنعة</translation>
        </message>
        <message>
            <source>it was made by a newer version of Agenda Editor (format {version}; this version reads formats up to {latest})</source>
            <translation>أُنشئت بإصدار أحدث من Agenda Editor (الصيغة {version}؛ ويقرأ هذا الإصدار الصيغ حتى {latest})</translation>
        </message>
        <message>
            <source>its content is inconsistent: {detail}</source>
            <translation>محتواها غير متسق: {detail}</translation>
        </message>
        <message>
            <source>its schema version is {version}, not {latest}</source>
            <translation>إصدار مخططها هو {version} وليس {latest}</translation>
        </message>
        <message>
            <source>its timetable has no body</source>
            <translation>لا توجد في جدوله الزمني أي هيئة</translation>
        </message>
        <message>
            <source>its versions take {size} MB, more than the {limit} MB any Agenda Editor file has</source>
            <translation>تشغل نسخه {size} ميغابايت، وهو أكثر من {limit} ميغابايت التي لا يتجاوزها أي ملف من Agenda Editor</translation>
        </message>
        <message>
            <source>last day</source>
            <translation>اليوم الأخير</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>الاجتماع</translation>
        </message>
        <message>
            <source>meetings on a day</source>
            <translation>الجلسات في يوم واحد</translation>
        </message>
        <message>
            <source>meetings per day</source>
            <translation>الجلسات في اليوم</translation>
        </message>
        <message>
            <source>missing; expected "{expected}"</source>
            <translation>مفقود؛ المتوقع ”{expected}“</translation>
        </message>
        <message>
            <source>missing; this field is required</source>
            <translation>مفقود؛ هذا الحقل مطلوب</translation>
        </message>
        <message>
            <source>no agenda item has the id {id}</source>
            <translation>لا يوجد بند في جدول الأعمال معرّفه {id}</translation>
        </message>
        <message>
            <source>no body has the id {id}; the bodies are {bodies}</source>
            <translation>لا توجد هيئة معرّفها {id}؛ والهيئات هي {bodies}</translation>
        </message>
        <message>
            <source>not UTF-8 text (invalid byte at offset {offset})</source>
            <translation>ليس نصًا بترميز UTF-8 (بايت غير صالح عند الموضع {offset})</translation>
        </message>
        <message>
            <source>not a PDF file</source>
            <translation>ليس ملف PDF</translation>
        </message>
        <message>
            <source>origin</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>page size</source>
            <translation>حجم الصفحة</translation>
        </message>
        <message>
            <source>part of the meeting cannot be read ({detail})</source>
            <translation>تتعذر قراءة جزء من الاجتماع ({detail})</translation>
        </message>
        <message>
            <source>schema version {version} is newer than this program knows ({latest})</source>
            <translation>إصدار المخطط {version} أحدث مما يعرفه هذا البرنامج ({latest})</translation>
        </message>
        <message>
            <source>schema version {version} is not a known version</source>
            <translation>إصدار المخطط {version} ليس إصدارًا معروفًا</translation>
        </message>
        <message>
            <source>some agenda items are sub-items of themselves</source>
            <translation>بعض بنود جدول الأعمال بنود فرعية لنفسها</translation>
        </message>
        <message>
            <source>the PDF cannot be read ({detail})</source>
            <translation>تتعذر قراءة ملف PDF ({detail})</translation>
        </message>
        <message>
            <source>the date the meeting was made</source>
            <translation>تاريخ إنشاء الاجتماع</translation>
        </message>
        <message>
            <source>the document is empty</source>
            <translation>المستند فارغ</translation>
        </message>
        <message>
            <source>the document symbol</source>
            <translation>رمز الوثيقة</translation>
        </message>
        <message>
            <source>the field "{field}" is given more than once</source>
            <translation>الحقل ”{field}“ مذكور أكثر من مرة</translation>
        </message>
        <message>
            <source>the file is a translation into {target}, not into {lang}</source>
            <translation>الملف ترجمة إلى {target}، وليس إلى {lang}</translation>
        </message>
        <message>
            <source>the file is a translation of {theirs}, not of this meeting ({ours})</source>
            <translation>الملف ترجمة لـ {theirs}، وليس لهذا الاجتماع ({ours})</translation>
        </message>
        <message>
            <source>the file the meeting came from</source>
            <translation>الملف الذي جاء منه الاجتماع</translation>
        </message>
        <message>
            <source>the file translates from {source}, but the original of this meeting is {original}</source>
            <translation>يترجم الملف من {source}، لكن أصل هذا الاجتماع بلغة {original}</translation>
        </message>
        <message>
            <source>the file translates into {target}, the original language itself</source>
            <translation>يترجم الملف إلى {target}، وهي لغة الأصل نفسها</translation>
        </message>
        <message>
            <source>the file translates into {target}, which is not one of the languages {languages}</source>
            <translation>يترجم الملف إلى {target}، وهي ليست من اللغات {languages}</translation>
        </message>
        <message>
            <source>the id {id} is already used by {owner}</source>
            <translation>المعرّف {id} مستخدم بالفعل في {owner}</translation>
        </message>
        <message>
            <source>the language "{lang}" is given more than once</source>
            <translation>اللغة ”{lang}“ مذكورة أكثر من مرة</translation>
        </message>
        <message>
            <source>the meeting is too large to keep as a version ({size} MB compressed; at most {limit} MB)</source>
            <translation>الاجتماع أكبر من أن يُحفظ نسخةً ({size} ميغابايت مضغوطًا؛ والحد الأقصى {limit} ميغابايت)</translation>
        </message>
        <message>
            <source>the name of a version has at most {limit} characters</source>
            <translation>لا يتجاوز اسم النسخة {limit} حرفًا</translation>
        </message>
        <message>
            <source>the name of a version is one line without control characters</source>
            <translation>اسم النسخة سطر واحد بلا حروف تحكم</translation>
        </message>
        <message>
            <source>the number of {what} is not a whole number ({value})</source>
            <translation>عدد {what} ليس عددًا صحيحًا ({value})</translation>
        </message>
        <message>
            <source>the number {number}</source>
            <translation>العدد {number}</translation>
        </message>
        <message>
            <source>the original language</source>
            <translation>اللغة الأصلية</translation>
        </message>
        <message>
            <source>the symbol the meeting came from</source>
            <translation>الرمز الذي جاء منه الاجتماع</translation>
        </message>
        <message>
            <source>the table {table} refers to missing {parent} rows</source>
            <translation>يشير الجدول {table} إلى صفوف {parent} غير موجودة</translation>
        </message>
        <message>
            <source>the text contains a character that cannot be stored (a lone surrogate, U+{code}, at character {position}); it comes from broken text, remove it</source>
            <translation>يحتوي النص على حرف لا يمكن حفظه (بديل منفرد، U+{code}، عند الحرف {position})؛ وهو آتٍ من نص تالف، فاحذفه</translation>
        </message>
        <message>
            <source>the text is too long: {length} characters, at most {limit} are accepted</source>
            <translation>النص أطول من اللازم: {length} حرفًا، والحد الأقصى المقبول {limit}</translation>
        </message>
        <message>
            <source>the timetable has a meeting of a body that does not exist</source>
            <translation>في الجدول الزمني جلسة لهيئة غير موجودة</translation>
        </message>
        <message>
            <source>the timetable has a meeting on a day that does not exist</source>
            <translation>في الجدول الزمني جلسة في يوم غير موجود</translation>
        </message>
        <message>
            <source>the timetable has no body</source>
            <translation>لا توجد في الجدول الزمني أي هيئة</translation>
        </message>
        <message>
            <source>the timetable lists an item that is not in the agenda</source>
            <translation>يذكر الجدول الزمني بندًا ليس في جدول الأعمال</translation>
        </message>
        <message>
            <source>the timetable lists items for a meeting that does not exist</source>
            <translation>يذكر الجدول الزمني بنودًا لجلسة غير موجودة</translation>
        </message>
        <message>
            <source>the timetable of {date} lists the item {id}, which is not in the agenda</source>
            <translation>يذكر الجدول الزمني ليوم {date} البند {id}، وهو ليس في جدول الأعمال</translation>
        </message>
        <message>
            <source>the {what} {value} is not a known value</source>
            <translation>{what}: القيمة {value} ليست قيمة معروفة</translation>
        </message>
        <message>
            <source>this PDF was not made by Agenda Editor (it carries no meeting to open); open the .agenda or .json file it was made from instead</source>
            <translation>لم يُنشأ ملف PDF هذا بواسطة Agenda Editor (ولا يحمل اجتماعًا لفتحه)؛ افتح بدلًا منه ملف .agenda أو .json الذي أُنشئ منه</translation>
        </message>
        <message>
            <source>timetable</source>
            <translation>الجدول الزمني</translation>
        </message>
        <message>
            <source>too deep: the agenda has at most {levels} levels of items</source>
            <translation>عميق أكثر من اللازم: لجدول الأعمال {levels} مستويات من البنود على الأكثر</translation>
        </message>
        <message>
            <source>two agenda items have the same id {id}</source>
            <translation>بندان من جدول الأعمال لهما المعرّف نفسه {id}</translation>
        </message>
        <message>
            <source>two bodies have the same id {id}</source>
            <translation>هيئتان لهما المعرّف نفسه {id}</translation>
        </message>
        <message>
            <source>unknown field; did you mean "{field}"?</source>
            <translation>حقل غير معروف؛ هل تقصد ”{field}“؟</translation>
        </message>
        <message>
            <source>unknown field; expected one of {fields}</source>
            <translation>حقل غير معروف؛ المتوقع واحد مما يلي: {fields}</translation>
        </message>
        <message>
            <source>unknown language {lang}; expected one of {languages}</source>
            <translation>لغة غير معروفة {lang}؛ المتوقع واحدة مما يلي: {languages}</translation>
        </message>
        <message>
            <source>upgrading the schema from version {version} to {next} failed: {detail}</source>
            <translation>فشلت ترقية المخطط من الإصدار {version} إلى الإصدار {next}: {detail}</translation>
        </message>
        <message>
            <source>version {n} ({name}) has no proper date</source>
            <translation>النسخة {n} ({name}) ليس لها تاريخ صحيح</translation>
        </message>
        <message>
            <source>version {n} ({name}) holds no meeting</source>
            <translation>النسخة {n} ({name}) لا تحتوي على اجتماع</translation>
        </message>
        <message>
            <source>version {n} ({name}) is stored in an unknown way</source>
            <translation>النسخة {n} ({name}) محفوظة بطريقة غير معروفة</translation>
        </message>
        <message>
            <source>version {n} has no proper name</source>
            <translation>النسخة {n} ليس لها اسم صحيح</translation>
        </message>
        <message>
            <source>{file}: XLIFF version {version}; only XLIFF 1.2 files can be merged</source>
            <translation>{file}: إصدار XLIFF {version}؛ لا يمكن دمج إلا ملفات XLIFF 1.2</translation>
        </message>
        <message>
            <source>{file}: cannot be read ({detail})</source>
            <translation>{file}: تتعذر قراءته ({detail})</translation>
        </message>
        <message>
            <source>{file}: declares XML entities, which translation files do not need and which can expand without end (refused)</source>
            <translation>{file}: يعلن كيانات XML لا تحتاجها ملفات الترجمة ويمكن أن تتمدد بلا نهاية (مرفوض)</translation>
        </message>
        <message>
            <source>{file}: does not say which language it translates into</source>
            <translation>{file}: لا يذكر اللغة التي يترجم إليها</translation>
        </message>
        <message>
            <source>{file}: holds characters that are not text</source>
            <translation>{file}: يحتوي على حروف ليست نصًا</translation>
        </message>
        <message>
            <source>{file}: holds {count} &lt;file&gt; elements; a translation of a meeting has one</source>
            <translation>{file}: يحتوي على {count} من عناصر &lt;file&gt;؛ وترجمة الاجتماع لها عنصر واحد</translation>
        </message>
        <message>
            <source>{file}: is a folder, not a translation file</source>
            <translation>{file}: مجلد، وليس ملف ترجمة</translation>
        </message>
        <message>
            <source>{file}: no such file</source>
            <translation>{file}: لا يوجد ملف بهذا الاسم</translation>
        </message>
        <message>
            <source>{file}: not UTF-8 text (byte {offset}); save it as UTF-8 and import it again</source>
            <translation>{file}: ليس نصًا بترميز UTF-8 (البايت {offset})؛ احفظه بترميز UTF-8 واستورده مرة أخرى</translation>
        </message>
        <message>
            <source>{file}: not a Word document (no word/document.xml)</source>
            <translation>{file}: ليس مستند Word (لا يوجد word/document.xml)</translation>
        </message>
        <message>
            <source>{file}: not a Word document (not a .docx archive)</source>
            <translation>{file}: ليس مستند Word (ليس أرشيف .docx)</translation>
        </message>
        <message>
            <source>{file}: not an XLIFF file (its root element is &lt;{root}&gt;)</source>
            <translation>{file}: ليس ملف XLIFF (عنصره الجذر هو &lt;{root}&gt;)</translation>
        </message>
        <message>
            <source>{file}: not an agenda to import; expected a .docx or .txt file</source>
            <translation>{file}: ليس جدول أعمال للاستيراد؛ المتوقع ملف .docx أو .txt</translation>
        </message>
        <message>
            <source>{file}: not well-formed XML: {detail} at line {line}, column {column}</source>
            <translation>{file}: XML غير سليم البنية: {detail} في السطر {line}، العمود {column}</translation>
        </message>
        <message>
            <source>{file}: refers to external files or addresses (refused)</source>
            <translation>{file}: يشير إلى ملفات أو عناوين خارجية (مرفوض)</translation>
        </message>
        <message>
            <source>{file}: the Word document is damaged ({detail})</source>
            <translation>{file}: مستند Word تالف ({detail})</translation>
        </message>
        <message>
            <source>{file}: too large for an agenda</source>
            <translation>{file}: أكبر من أن يكون جدول أعمال</translation>
        </message>
        <message>
            <source>{file}: too large for an agenda's text</source>
            <translation>{file}: أكبر من أن يكون نص جدول أعمال</translation>
        </message>
        <message>
            <source>{file}: unpacks to more than an agenda can hold</source>
            <translation>{file}: يتجاوز بعد فك ضغطه ما يمكن أن يحويه جدول أعمال</translation>
        </message>
        <message>
            <source>{file}: {size} MB is far more than the translation of a meeting (at most {limit} MB are read)</source>
            <translation>{file}: حجمه {size} ميغابايت، وهو أكبر بكثير من ترجمة اجتماع (يُقرأ {limit} ميغابايت على الأكثر)</translation>
        </message>
        <message>
            <source>{lang} is the original language of the meeting; choose another</source>
            <translation>{lang} هي اللغة الأصلية للاجتماع؛ اختر لغة أخرى</translation>
        </message>
        <message>
            <source>{user} on host {host} since {time}</source>
            <translation>{user} على الحاسوب {host} منذ {time}</translation>
        </message>
        <message>
            <source>{value} is not a UN language code; expected one of {languages}</source>
            <translation>{value} ليس رمز لغة من لغات الأمم المتحدة؛ المتوقع واحد مما يلي: {languages}</translation>
        </message>
        <message>
            <source>{value} is not a date of the calendar</source>
            <translation>{value} ليس تاريخًا في التقويم</translation>
        </message>
        <message>
            <source>{value} is not a time of day</source>
            <translation>{value} ليس وقتًا من اليوم</translation>
        </message>
        <message>
            <source>{value} was made by a newer version of Agenda Editor; this version reads "{expected}"</source>
            <translation>أُنشئ {value} بإصدار أحدث من Agenda Editor؛ ويقرأ هذا الإصدار ”{expected}“</translation>
        </message>
        <message>
            <source>{what} is not a valid date ({detail})</source>
            <translation>قيمة {what} ليست تاريخًا صالحًا ({detail})</translation>
        </message>
        <message>
            <source>{what} is not a valid time ({value})</source>
            <translation>قيمة {what} ليست وقتًا صالحًا ({value})</translation>
        </message>
        <message>
            <source>{what} is not text ({value})</source>
            <translation>قيمة {what} ليست نصًا ({value})</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>&amp;Discard All</source>
            <translation>ال&amp;تخلي عن الكل</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>ا&amp;سترداد</translation>
        </message>
        <message>
            <source>Agenda Editor was not closed normally. The work below was not saved; recover it now, or discard it.</source>
            <translation>لم يُغلق Agenda Editor بشكل طبيعي. العمل أدناه لم يُحفظ: استرده الآن أو تخلَّ عنه.</translation>
        </message>
        <message>
            <source>Decide &amp;Later</source>
            <translation>القرار &amp;لاحقا</translation>
        </message>
        <message>
            <source>Recover Unsaved Work</source>
            <translation>استرداد العمل غير المحفوظ</translation>
        </message>
        <message>
            <source>Untitled meeting</source>
            <translation>اجتماع بلا عنوان</translation>
        </message>
        <message>
            <source>{0} — unsaved work of {1}</source>
            <translation>{0} — عمل غير محفوظ من {1}</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>ال&amp;يوم:</translation>
        </message>
        <message>
            <source>&amp;Items to take up:</source>
            <translation>ال&amp;بنود المراد النظر فيها:</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>ال&amp;جلسة:</translation>
        </message>
        <message>
            <source>Choose at least one item.</source>
            <translation>اختر بندا واحدا على الأقل.</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>اجتماع جديد</translation>
        </message>
        <message>
            <source>New meeting of {0}</source>
            <translation>جلسة جديدة لـ{0}</translation>
        </message>
        <message>
            <source>Schedule in</source>
            <translation>الجدولة في</translation>
        </message>
        <message>
            <source>The timetable has no days: set the meeting's dates.</source>
            <translation>لا أيام في الجدول الزمني: حدد مواعيد الاجتماع.</translation>
        </message>
        <message>
            <source>This day allows no meeting.</source>
            <translation>لا يسمح هذا اليوم بأي جلسة.</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}، {1}</translation>
        </message>
    </context>
    <context>
        <name>SlotTimesDialog</name>
        <message>
            <source>&amp;Ends at:</source>
            <translation>&amp;تنتهي في:</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;تبدأ في:</translation>
        </message>
        <message>
            <source>A meeting must end after it starts.</source>
            <translation>يجب أن تنتهي الجلسة بعد بدئها.</translation>
        </message>
        <message>
            <source>Meeting times: {0}</source>
            <translation>مواعيد الجلسة: {0}</translation>
        </message>
    </context>
    <context>
        <name>Spelling</name>
        <message>
            <source>Add “{0}” to the Dictionary</source>
            <translation>إضافة «{0}» إلى القاموس</translation>
        </message>
        <message>
            <source>Check &amp;Spelling</source>
            <translation>التدقيق الإ&amp;ملائي</translation>
        </message>
        <message>
            <source>No suggestions</source>
            <translation>لا توجد اقتراحات</translation>
        </message>
        <message>
            <source>Spelling:</source>
            <translation>الإملاء:</translation>
        </message>
        <message>
            <source>Underline misspelt words in the title, annotation, footnotes and translation</source>
            <translation>وضع خط تحت الكلمات التي بها أخطاء إملائية في العنوان والشروح والحواشي والترجمة</translation>
        </message>
        <message>
            <source>{0}: Hunspell dictionary {1}</source>
            <translation>{0}: قاموس Hunspell ‏{1}</translation>
        </message>
        <message>
            <source>{0}: no dictionary installed; words are not checked (install the Hunspell dictionary of this language, e.g. hunspell-{1})</source>
            <translation>{0}: لا يوجد قاموس مثبت؛ لا يجري تدقيق الكلمات (ثبّت قاموس Hunspell لهذه اللغة، مثل hunspell-{1})</translation>
        </message>
        <message>
            <source>{0}: no spelling check</source>
            <translation>{0}: لا تدقيق إملائي</translation>
        </message>
    </context>
    <context>
        <name>Timetable</name>
        <message numerus="yes">
            <source>%n day(s) no longer of the meeting take up agenda items: {0}. Remove them and put their items back among the unscheduled items, or keep them?</source>
            <translation>
                <numerusform>لا يوجد يوم (%n) خارج الاجتماع فيه بنود من جدول الأعمال: {0}. هل تحذف الأيام وتعيد بنودها إلى البنود غير المجدولة أم تبقيها؟</numerusform>
                <numerusform>يوم واحد (%n) لم يعد من أيام الاجتماع فيه بنود من جدول الأعمال: {0}. هل تحذفه وتعيد بنوده إلى البنود غير المجدولة أم تبقيه؟</numerusform>
                <numerusform>يومان (%n) لم يعودا من أيام الاجتماع فيهما بنود من جدول الأعمال: {0}. هل تحذفهما وتعيد بنودهما إلى البنود غير المجدولة أم تبقيهما؟</numerusform>
                <numerusform>%n أيام لم تعد من أيام الاجتماع فيها بنود من جدول الأعمال: {0}. هل تحذفها وتعيد بنودها إلى البنود غير المجدولة أم تبقيها؟</numerusform>
                <numerusform>%n يوما لم تعد من أيام الاجتماع فيها بنود من جدول الأعمال: {0}. هل تحذفها وتعيد بنودها إلى البنود غير المجدولة أم تبقيها؟</numerusform>
                <numerusform>%n يوم لم تعد من أيام الاجتماع فيها بنود من جدول الأعمال: {0}. هل تحذفها وتعيد بنودها إلى البنود غير المجدولة أم تبقيها؟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days from {0} to {1}</source>
            <translation>
                <numerusform>%n يوم من {0} إلى {1}</numerusform>
                <numerusform>يوم واحد (%n) من {0} إلى {1}</numerusform>
                <numerusform>يومان (%n) من {0} إلى {1}</numerusform>
                <numerusform>%n أيام من {0} إلى {1}</numerusform>
                <numerusform>%n يوما من {0} إلى {1}</numerusform>
                <numerusform>%n يوم من {0} إلى {1}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n placed item(s) went back to the unscheduled items.</source>
            <translation>
                <numerusform>لم يعد أي بند مدرج (%n) إلى البنود غير المجدولة.</numerusform>
                <numerusform>عاد بند مدرج واحد (%n) إلى البنود غير المجدولة.</numerusform>
                <numerusform>عاد بندان مدرجان (%n) إلى البنود غير المجدولة.</numerusform>
                <numerusform>عادت %n بنود مدرجة إلى البنود غير المجدولة.</numerusform>
                <numerusform>عاد %n بندا مدرجا إلى البنود غير المجدولة.</numerusform>
                <numerusform>عاد %n بند مدرج إلى البنود غير المجدولة.</numerusform>
            </translation>
        </message>
        <message>
            <source>(item no longer in the agenda)</source>
            <translation>(بند لم يعد في جدول الأعمال)</translation>
        </message>
        <message>
            <source>A limit cannot be negative.</source>
            <translation>لا يمكن أن يكون الحد سالبا.</translation>
        </message>
        <message>
            <source>A meeting must end after it starts.</source>
            <translation>يجب أن تنتهي الجلسة بعد بدئها.</translation>
        </message>
        <message>
            <source>Add body {0}</source>
            <translation>إضافة الهيئة {0}</translation>
        </message>
        <message>
            <source>Add meeting on {0}</source>
            <translation>إضافة جلسة في {0}</translation>
        </message>
        <message>
            <source>Add meeting {0} of {1} first.</source>
            <translation>أضف أولا الجلسة {0} في {1}.</translation>
        </message>
        <message>
            <source>Added {0}.</source>
            <translation>أضيف: {0}.</translation>
        </message>
        <message>
            <source>Allow {0} meeting(s) on {1}</source>
            <translation>السماح بـ {0} جلسة (جلسات) في {1}</translation>
        </message>
        <message>
            <source>Allow {0} meeting(s) per day</source>
            <translation>السماح بـ {0} جلسة (جلسات) في اليوم</translation>
        </message>
        <message>
            <source>Body {0}</source>
            <translation>الهيئة {0}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Change meeting times on {0} to {1}</source>
            <translation>تغيير مواعيد جلسة {0} إلى {1}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Continue {0} on {1}</source>
            <translation>مواصلة {0} في {1}</translation>
        </message>
        <message>
            <source>Days outside the meeting</source>
            <translation>أيام خارج مواعيد الاجتماع</translation>
        </message>
        <message>
            <source>Days to add: {0}.</source>
            <translation>الأيام التي ستضاف: {0}.</translation>
        </message>
        <message>
            <source>Days to remove: {0}.</source>
            <translation>الأيام التي ستحذف: {0}.</translation>
        </message>
        <message>
            <source>Drop agenda items here to add a meeting of {0} on {1}.</source>
            <translation>أفلت بنود جدول الأعمال هنا لإضافة جلسة لـ{0} في {1}.</translation>
        </message>
        <message>
            <source>Drop agenda items here to add a meeting on {0}.</source>
            <translation>أفلت بنود جدول الأعمال هنا لإضافة جلسة في {0}.</translation>
        </message>
        <message>
            <source>Drop here to unschedule.</source>
            <translation>أفلت هنا لإلغاء الجدولة.</translation>
        </message>
        <message>
            <source>Drop items here to add a meeting</source>
            <translation>أفلت البنود هنا لإضافة جلسة</translation>
        </message>
        <message>
            <source>Drop onto a meeting of a day.</source>
            <translation>أفلت على جلسة من جلسات أحد الأيام.</translation>
        </message>
        <message>
            <source>Drop to continue the item(s) in this meeting.</source>
            <translation>أفلت لمواصلة النظر في البند (البنود) في هذه الجلسة.</translation>
        </message>
        <message>
            <source>Drop to take up the item(s) in this meeting.</source>
            <translation>أفلت للنظر في البند (البنود) في هذه الجلسة.</translation>
        </message>
        <message>
            <source>Give the timetable one day per date of the meeting, adding and removing days</source>
            <translation>جعل الجدول الزمني يوما لكل تاريخ من تواريخ الاجتماع، بإضافة أيام وحذف أخرى</translation>
        </message>
        <message>
            <source>Include Saturdays and Sund&amp;ays</source>
            <translation>تضمين أيام السبت والأ&amp;حد</translation>
        </message>
        <message>
            <source>Item {0} is already taken up in that meeting.</source>
            <translation>يُنظر في البند {0} بالفعل في تلك الجلسة.</translation>
        </message>
        <message>
            <source>Item {0} is taken up after item {1}, which comes after it on the agenda.</source>
            <translation>يُنظر في البند {0} بعد البند {1} الذي يليه في جدول الأعمال.</translation>
        </message>
        <message>
            <source>Item {0} would be taken up twice in one meeting.</source>
            <translation>سيُنظر في البند {0} مرتين في جلسة واحدة.</translation>
        </message>
        <message>
            <source>Items placed on {0} go back to the unscheduled items if the day is removed (you are asked first).</source>
            <translation>تعود البنود المدرجة في {0} إلى البنود غير المجدولة إذا حذف اليوم (يطلب رأيك أولا).</translation>
        </message>
        <message>
            <source>Keep the days</source>
            <translation>الإبقاء على الأيام</translation>
        </message>
        <message numerus="yes">
            <source>Kept %n day(s) that take up items: {0}.</source>
            <translation>
                <numerusform>لم يبق أي يوم فيه بنود (%n): {0}.</numerusform>
                <numerusform>أبقي يوم واحد (%n) فيه بنود: {0}.</numerusform>
                <numerusform>أبقي يومان (%n) فيهما بنود: {0}.</numerusform>
                <numerusform>أبقيت %n أيام فيها بنود: {0}.</numerusform>
                <numerusform>أبقي %n يوما فيها بنود: {0}.</numerusform>
                <numerusform>أبقي %n يوم فيها بنود: {0}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Match Days to Meeting &amp;Dates</source>
            <translation>مطابقة الأيام لمواعيد الا&amp;جتماع</translation>
        </message>
        <message>
            <source>Match Days to Meeting Dates</source>
            <translation>مطابقة الأيام لمواعيد الاجتماع</translation>
        </message>
        <message>
            <source>Match the timetable's days to the meeting dates</source>
            <translation>مطابقة أيام الجدول الزمني لمواعيد الاجتماع</translation>
        </message>
        <message>
            <source>Meeting {0}</source>
            <translation>الجلسة {0}</translation>
        </message>
        <message>
            <source>Meeting {0} of {1}</source>
            <translation>الجلسة {0} لـ{1}</translation>
        </message>
        <message>
            <source>Move body {0}</source>
            <translation>نقل الهيئة {0}</translation>
        </message>
        <message>
            <source>Move meeting of {0} to {1}</source>
            <translation>نقل جلسة {0} إلى {1}</translation>
        </message>
        <message>
            <source>Move {0} to {1}</source>
            <translation>نقل {0} إلى {1}</translation>
        </message>
        <message>
            <source>No interpretation</source>
            <translation>بلا ترجمة شفوية</translation>
        </message>
        <message>
            <source>No meeting is planned here.</source>
            <translation>لا جلسة مقررة هنا.</translation>
        </message>
        <message>
            <source>Not yet translated: shown in the original language.</source>
            <translation>لم يُترجم بعد: يُعرض باللغة الأصلية.</translation>
        </message>
        <message>
            <source>Only agenda items can be dropped here.</source>
            <translation>لا يمكن إفلات غير بنود جدول الأعمال هنا.</translation>
        </message>
        <message>
            <source>Remove body {0}</source>
            <translation>حذف الهيئة {0}</translation>
        </message>
        <message>
            <source>Remove meeting of {0}</source>
            <translation>إزالة جلسة {0}</translation>
        </message>
        <message>
            <source>Remove the days</source>
            <translation>حذف الأيام</translation>
        </message>
        <message>
            <source>Removed {0}.</source>
            <translation>حذف: {0}.</translation>
        </message>
        <message>
            <source>Rename body {0}</source>
            <translation>إعادة تسمية الهيئة {0}</translation>
        </message>
        <message>
            <source>Saturdays and Sundays are days of the meeting.</source>
            <translation>أيام السبت والأحد من أيام الاجتماع.</translation>
        </message>
        <message>
            <source>Saturdays and Sundays are left out: {0}.</source>
            <translation>أيام السبت والأحد مستبعدة: {0}.</translation>
        </message>
        <message>
            <source>Saturdays and Sundays left out.</source>
            <translation>استبعدت أيام السبت والأحد.</translation>
        </message>
        <message>
            <source>Schedule {0} on {1}</source>
            <translation>جدولة {0} في {1}</translation>
        </message>
        <message>
            <source>Set the meeting's start and end dates first.</source>
            <translation>حدد أولا تاريخي بدء الاجتماع وانتهائه.</translation>
        </message>
        <message>
            <source>Set the meeting's start and end dates to plan its days here.</source>
            <translation>حدد تاريخي بدء الاجتماع وانتهائه لتخطيط أيامه هنا.</translation>
        </message>
        <message>
            <source>That body already meets at {0} on {1}.</source>
            <translation>تجتمع تلك الهيئة بالفعل في {0} يوم {1}.</translation>
        </message>
        <message>
            <source>That body is no longer in the timetable.</source>
            <translation>لم تعد تلك الهيئة في الجدول الزمني.</translation>
        </message>
        <message>
            <source>That item is no longer in the agenda.</source>
            <translation>لم يعد ذلك البند في جدول الأعمال.</translation>
        </message>
        <message>
            <source>That meeting or item is no longer in the timetable.</source>
            <translation>لم تعد تلك الجلسة أو ذلك البند في الجدول الزمني.</translation>
        </message>
        <message>
            <source>The days of the timetable do not match the meeting's dates.</source>
            <translation>أيام الجدول الزمني لا تطابق مواعيد الاجتماع.</translation>
        </message>
        <message>
            <source>The meetings of {0} take up items; no meeting would be left for them.</source>
            <translation>تتضمن جلسات {0} بنودا؛ ولن تبقى لها أي جلسة.</translation>
        </message>
        <message>
            <source>The timetable needs at least one body.</source>
            <translation>يحتاج الجدول الزمني إلى هيئة واحدة على الأقل.</translation>
        </message>
        <message>
            <source>There is no timetable.</source>
            <translation>لا يوجد جدول زمني.</translation>
        </message>
        <message>
            <source>There is nothing to move.</source>
            <translation>لا شيء للنقل.</translation>
        </message>
        <message>
            <source>There is nothing to schedule.</source>
            <translation>لا شيء للجدولة.</translation>
        </message>
        <message>
            <source>This meeting belongs to no body of the timetable.</source>
            <translation>لا تتبع هذه الجلسة أي هيئة في الجدول الزمني.</translation>
        </message>
        <message>
            <source>This meeting ends before it starts.</source>
            <translation>تنتهي هذه الجلسة قبل أن تبدأ.</translation>
        </message>
        <message>
            <source>This meeting lists an item that is not in the agenda.</source>
            <translation>تتضمن هذه الجلسة بندا غير مدرج في جدول الأعمال.</translation>
        </message>
        <message>
            <source>This meeting overlaps the meeting {0}.</source>
            <translation>تتداخل هذه الجلسة مع الجلسة {0}.</translation>
        </message>
        <message>
            <source>Unschedule {0}</source>
            <translation>إلغاء جدولة {0}</translation>
        </message>
        <message>
            <source>Use the default number of meetings on {0}</source>
            <translation>استخدام العدد الافتراضي للجلسات في {0}</translation>
        </message>
        <message>
            <source>Whether the meeting sits on Saturdays and Sundays (days added and kept)</source>
            <translation>ما إذا كان الاجتماع ينعقد يومي السبت والأحد (تضاف هذه الأيام وتبقى)</translation>
        </message>
        <message>
            <source>item {0}</source>
            <translation>البند {0}</translation>
        </message>
        <message>
            <source>items {0}</source>
            <translation>البنود {0}</translation>
        </message>
        <message>
            <source>{0} allows at most {1} meeting(s), all bodies together: interpretation is not available.</source>
            <translation>يسمح {0} بـ{1} جلسة على الأكثر لجميع الهيئات معا: لا تتوفر الترجمة الشفوية.</translation>
        </message>
        <message>
            <source>{0} allows at most {1} meeting(s): interpretation is not available.</source>
            <translation>لا يسمح {0} بأكثر من {1} جلسة (جلسات): الترجمة الشفوية غير متاحة.</translation>
        </message>
        <message>
            <source>{0} has {1} meetings, more than the new limit of {2}.</source>
            <translation>في {0} {1} جلسات، أي أكثر من الحد الجديد البالغ {2}.</translation>
        </message>
        <message>
            <source>{0} has {1} meetings; the limit is {2}.</source>
            <translation>في {0} {1} جلسات؛ والحد هو {2}.</translation>
        </message>
        <message>
            <source>{0} is outside the meeting's dates.</source>
            <translation>يقع {0} خارج مواعيد الاجتماع.</translation>
        </message>
        <message>
            <source>{0} of {1} meetings (limit set for this day)</source>
            <translation>{0} من أصل {1} جلسات (حد محدد لهذا اليوم)</translation>
        </message>
        <message>
            <source>{0} of {1} meetings (the meeting's default)</source>
            <translation>{0} من أصل {1} جلسات (القيمة الافتراضية للاجتماع)</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}، {1}</translation>
        </message>
    </context>
    <context>
        <name>TimetablePanel</name>
        <message numerus="yes">
            <source>%n agenda item(s) not scheduled</source>
            <translation>
                <numerusform>لا بنود غير مجدولة (%n)</numerusform>
                <numerusform>بند واحد من بنود جدول الأعمال غير مجدول (%n)</numerusform>
                <numerusform>بندان من بنود جدول الأعمال غير مجدولين (%n)</numerusform>
                <numerusform>%n بنود من بنود جدول الأعمال غير مجدولة</numerusform>
                <numerusform>%n بندا من بنود جدول الأعمال غير مجدولة</numerusform>
                <numerusform>%n بند من بنود جدول الأعمال غير مجدول</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add Meeting to Day</source>
            <translation>إ&amp;ضافة جلسة إلى اليوم</translation>
        </message>
        <message>
            <source>&amp;Meetings per day (default):</source>
            <translation>ال&amp;جلسات في اليوم (افتراضيا):</translation>
        </message>
        <message>
            <source>&amp;Move To...</source>
            <translation>&amp;نقل إلى...</translation>
        </message>
        <message>
            <source>&amp;Remove Meeting</source>
            <translation>إ&amp;زالة الجلسة</translation>
        </message>
        <message>
            <source>&amp;Schedule Items Here...</source>
            <translation>&amp;جدولة البنود هنا...</translation>
        </message>
        <message>
            <source>&amp;Unschedule</source>
            <translation>إ&amp;لغاء الجدولة</translation>
        </message>
        <message>
            <source>Add Meeting</source>
            <translation>إضافة جلسة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Day Limit...</source>
            <translation>حد اليوم...</translation>
        </message>
        <message>
            <source>Edit Meeting &amp;Times...</source>
            <translation>تحرير &amp;مواعيد الجلسة...</translation>
        </message>
        <message>
            <source>Fewer meetings</source>
            <translation>جلسات أقل</translation>
        </message>
        <message>
            <source>Meetings &amp;Limit of Day...</source>
            <translation>&amp;حد الجلسات في اليوم...</translation>
        </message>
        <message>
            <source>Move the selected items to another meeting (Alt+Up/Down: within the meeting)</source>
            <translation>نقل البنود المحددة إلى جلسة أخرى (Alt+أعلى/أسفل: داخل الجلسة)</translation>
        </message>
        <message>
            <source>Remove and move items</source>
            <translation>إزالة البنود ونقلها</translation>
        </message>
        <message>
            <source>Remove meeting</source>
            <translation>إزالة الجلسة</translation>
        </message>
        <message>
            <source>Schedule...</source>
            <translation>جدولة...</translation>
        </message>
        <message>
            <source>Take the selected items out of the meeting (Delete)</source>
            <translation>إخراج البنود المحددة من الجلسة (Delete)</translation>
        </message>
        <message>
            <source>These days already have more meetings than the new limit of {1}: {0}. Remove the last meetings and move their items to the previous meeting?</source>
            <translation>تضم هذه الأيام بالفعل جلسات أكثر من الحد الجديد البالغ {1}: {0}. هل تريد حذف الجلسات الأخيرة ونقل بنودها إلى الجلسة السابقة؟</translation>
        </message>
        <message numerus="yes">
            <source>This meeting takes up %n item(s). Remove it and unschedule them there?</source>
            <translation>
                <numerusform>لا بنود في هذه الجلسة (%n). هل تريد إزالتها؟</numerusform>
                <numerusform>تتناول هذه الجلسة بندا واحدا (%n). هل تريد إزالتها وإلغاء جدولته؟</numerusform>
                <numerusform>تتناول هذه الجلسة بندين (%n). هل تريد إزالتها وإلغاء جدولتهما؟</numerusform>
                <numerusform>تتناول هذه الجلسة %n بنود. هل تريد إزالتها وإلغاء جدولتها؟</numerusform>
                <numerusform>تتناول هذه الجلسة %n بندا. هل تريد إزالتها وإلغاء جدولتها؟</numerusform>
                <numerusform>تتناول هذه الجلسة %n بند. هل تريد إزالتها وإلغاء جدولتها؟</numerusform>
            </translation>
        </message>
        <message>
            <source>Times...</source>
            <translation>المواعيد...</translation>
        </message>
        <message>
            <source>{0} already has more meetings than the new limit of {1}. Remove the last meetings and move their items to the previous meeting?</source>
            <translation>يضم {0} بالفعل جلسات أكثر من الحد الجديد البالغ {1}. هل تريد حذف الجلسات الأخيرة ونقل بنودها إلى الجلسة السابقة؟</translation>
        </message>
        <message>
            <source>{0} already holds {1}, its limit of meetings; raise the day's limit (Meetings Limit of Day) to add one</source>
            <translation>يضم {0} بالفعل {1} جلسات، وهو الحد الأقصى له؛ ارفع حد اليوم (حد جلسات اليوم) لإضافة جلسة</translation>
        </message>
    </context>
    <context>
        <name>TranslationExchange</name>
        <message numerus="yes">
            <source>%n text(s) changed in the original after the export: our text is kept and marked for review in the translation mode.</source>
            <translation>
                <numerusform>لم يتغير أي نص في الأصل بعد التصدير (%n).</numerusform>
                <numerusform>تغيّر نص واحد (%n) في الأصل بعد التصدير: يُحتفظ بنصنا ويُعلَّم للمراجعة في وضع الترجمة.</numerusform>
                <numerusform>تغيّر نصان (%n) في الأصل بعد التصدير: يُحتفظ بنصنا ويُعلَّمان للمراجعة في وضع الترجمة.</numerusform>
                <numerusform>تغيّرت %n نصوص في الأصل بعد التصدير: يُحتفظ بنصنا وتُعلَّم للمراجعة في وضع الترجمة.</numerusform>
                <numerusform>تغيّر %n نصًا في الأصل بعد التصدير: يُحتفظ بنصنا ويُعلَّم للمراجعة في وضع الترجمة.</numerusform>
                <numerusform>تغيّر %n نص في الأصل بعد التصدير: يُحتفظ بنصنا ويُعلَّم للمراجعة في وضع الترجمة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) filled</source>
            <translation>
                <numerusform>لم يُستورد أي نص (%n)</numerusform>
                <numerusform>استُورد نص واحد (%n)</numerusform>
                <numerusform>استُورد نصان (%n)</numerusform>
                <numerusform>استُوردت %n نصوص</numerusform>
                <numerusform>استُورد %n نصًا</numerusform>
                <numerusform>استُورد %n نص</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) of the file could not be placed and were left out.</source>
            <translation>
                <numerusform>لا توجد وحدات تعذّر وضعها (%n).</numerusform>
                <numerusform>تعذّر وضع وحدة واحدة من الملف (%n) فتُركت.</numerusform>
                <numerusform>تعذّر وضع وحدتين من الملف (%n) فتُركتا.</numerusform>
                <numerusform>تعذّر وضع %n وحدات من الملف فتُركت.</numerusform>
                <numerusform>تعذّر وضع %n وحدة من الملف فتُركت.</numerusform>
                <numerusform>تعذّر وضع %n وحدة من الملف فتُركت.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>فشل التصدير</translation>
        </message>
        <message>
            <source>Export for Translation</source>
            <translation>تصدير للترجمة</translation>
        </message>
        <message>
            <source>Import Translation</source>
            <translation>استيراد ترجمة</translation>
        </message>
        <message>
            <source>No text of the meeting has this id.</source>
            <translation>لا يحمل أي نص من نصوص الاجتماع هذا المعرّف.</translation>
        </message>
        <message>
            <source>Original in the file:</source>
            <translation>الأصل في الملف:</translation>
        </message>
        <message>
            <source>Original now:</source>
            <translation>الأصل الحالي:</translation>
        </message>
        <message>
            <source>Texts for translation into {0} written to {1}</source>
            <translation>كُتبت النصوص المطلوب ترجمتها إلى {0} في {1}</translation>
        </message>
        <message>
            <source>The file has more than one unit with this id.</source>
            <translation>يحتوي الملف على أكثر من وحدة تحمل هذا المعرّف.</translation>
        </message>
        <message>
            <source>The file {0} could not be written.</source>
            <translation>تعذّرت كتابة الملف {0}.</translation>
        </message>
        <message>
            <source>The original has changed since the file was made: our text is kept, and the text is marked for review.</source>
            <translation>تغيّر الأصل منذ إنشاء الملف: يُحتفظ بنصنا ويُعلَّم النص للمراجعة.</translation>
        </message>
        <message>
            <source>The paragraph of this footnote has no translation to put the footnote in: translate the paragraph too.</source>
            <translation>لا توجد ترجمة لفقرة هذه الحاشية لوضع الحاشية فيها: ترجم الفقرة أيضًا.</translation>
        </message>
        <message>
            <source>The translation has formatting or footnotes this text cannot hold: {0}</source>
            <translation>تتضمن الترجمة تنسيقًا أو حواشي لا يقبلها هذا النص: {0}</translation>
        </message>
        <message>
            <source>The translation in {0} cannot be imported; the meeting is unchanged.</source>
            <translation>تعذّر استيراد الترجمة الواردة في {0}؛ لم يتغير الاجتماع.</translation>
        </message>
        <message>
            <source>The unit holds markup our texts do not allow: {0}</source>
            <translation>تحتوي الوحدة على ترميز لا تقبله نصوصنا: {0}</translation>
        </message>
        <message>
            <source>Translation:</source>
            <translation>الترجمة:</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>XLIFF files (*.xlf *.xliff)</source>
            <translation>ملفات XLIFF (*.xlf *.xliff)</translation>
        </message>
        <message>
            <source>{0} in {1}; {2} of {3} texts are translated.</source>
            <translation>{1}: {0}؛ {2} من أصل {3} نصوص مترجمة.</translation>
        </message>
    </context>
    <context>
        <name>TranslationPanel</name>
        <message>
            <source>&amp;Next Untranslated</source>
            <translation>البند غير المترجم ال&amp;تالي</translation>
        </message>
        <message>
            <source>&amp;Only untranslated</source>
            <translation>&amp;غير المترجم فقط</translation>
        </message>
        <message>
            <source>&amp;Translate into:</source>
            <translation>ال&amp;ترجمة إلى:</translation>
        </message>
        <message>
            <source>A translation is kept when you leave the field.</source>
            <translation>تُحفظ الترجمة عند مغادرتك الحقل.</translation>
        </message>
        <message>
            <source>Every text is translated into {0}.</source>
            <translation>جميع النصوص مترجمة إلى {0}.</translation>
        </message>
        <message>
            <source>Go to the next text without a translation ({0})</source>
            <translation>الانتقال إلى النص التالي الذي لا ترجمة له ({0})</translation>
        </message>
        <message>
            <source>Item {0}: paragraph {1}</source>
            <translation>البند {0}: الفقرة {1}</translation>
        </message>
        <message>
            <source>Item {0}: paragraph {1}, footnote {2}</source>
            <translation>البند {0}: الفقرة {1}، الحاشية {2}</translation>
        </message>
        <message>
            <source>Item {0}: title</source>
            <translation>البند {0}: العنوان</translation>
        </message>
        <message>
            <source>Item {0}: title of {1}</source>
            <translation>البند {0}: عنوان {1}</translation>
        </message>
        <message>
            <source>List only the texts that have no translation</source>
            <translation>عرض النصوص التي لا ترجمة لها فقط</translation>
        </message>
        <message>
            <source>Meeting: body</source>
            <translation>الاجتماع: الهيئة</translation>
        </message>
        <message>
            <source>Meeting: document title</source>
            <translation>الاجتماع: عنوان الوثيقة</translation>
        </message>
        <message>
            <source>Meeting: reissue note</source>
            <translation>الاجتماع: ملاحظة إعادة الإصدار</translation>
        </message>
        <message>
            <source>Meeting: session</source>
            <translation>الاجتماع: الدورة</translation>
        </message>
        <message>
            <source>Meeting: subsidiary body</source>
            <translation>الاجتماع: الهيئة الفرعية</translation>
        </message>
        <message>
            <source>Meeting: venue</source>
            <translation>الاجتماع: مكان الانعقاد</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>الأصل</translation>
        </message>
        <message>
            <source>Original ({0})</source>
            <translation>الأصل ({0})</translation>
        </message>
        <message>
            <source>Paragraphs are edited with their markup: &lt;i&gt;italic&lt;/i&gt;, &lt;b&gt;bold&lt;/b&gt;, &lt;footnote&gt;text of a footnote&lt;/footnote&gt;. The Item tab shows them formatted.</source>
            <translation>تُحرَّر الفقرات مع ترميزها: &lt;i&gt;مائل&lt;/i&gt;، &lt;b&gt;غامق&lt;/b&gt;، &lt;footnote&gt;نص الحاشية&lt;/footnote&gt;. ويعرضها تبويب البند منسقة.</translation>
        </message>
        <message>
            <source>Review: {0}</source>
            <translation>للمراجعة: {0}</translation>
        </message>
        <message>
            <source>T&amp;ranslation</source>
            <translation>ال&amp;ترجمة</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>The original changed after this text was sent for translation. The translator's text, made for the earlier original:
{0}</source>
            <translation>تغيّر الأصل بعد إرسال هذا النص للترجمة. نص المترجم المعدّ للأصل السابق:
{0}</translation>
        </message>
        <message>
            <source>The original changed after this text was sent for translation; the translator's text, made for the earlier original: {0}</source>
            <translation>تغيّر الأصل بعد إرسال هذا النص للترجمة؛ نص المترجم المعدّ للأصل السابق: {0}</translation>
        </message>
        <message>
            <source>This meeting has no other language version: add one in the Meeting page.</source>
            <translation>ليست لهذا الاجتماع نسخة لغوية أخرى: أضف نسخة في صفحة الاجتماع.</translation>
        </message>
        <message>
            <source>This text has no translation yet</source>
            <translation>لا ترجمة لهذا النص بعد</translation>
        </message>
        <message>
            <source>Timetable: name of body {0}</source>
            <translation>الجدول الزمني: اسم الهيئة {0}</translation>
        </message>
        <message>
            <source>Translate the paragraph with its footnote first: the footnote's place in the sentence is set in the paragraph.</source>
            <translation>ترجم أولا الفقرة مع حاشيتها: يُحدَّد موضع الحاشية في الجملة داخل الفقرة.</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>الترجمة</translation>
        </message>
        <message>
            <source>Untranslated</source>
            <translation>غير مترجم</translation>
        </message>
        <message>
            <source>{0}: {1} of {2} texts translated</source>
            <translation>{0}: {1} من أصل {2} نصوص مترجمة</translation>
        </message>
    </context>
    <context>
        <name>VersionNameDialog</name>
        <message>
            <source>&amp;Name of the version:</source>
            <translation>ا&amp;سم النسخة:</translation>
        </message>
        <message>
            <source>Save Version</source>
            <translation>حفظ نسخة</translation>
        </message>
        <message>
            <source>The meeting is saved with the version kept inside the file: choose where to save it next.</source>
            <translation>يُحفظ الاجتماع مع النسخة داخل الملف: اختر بعد ذلك مكان حفظه.</translation>
        </message>
        <message>
            <source>The meeting is saved, and kept as it is now under this name inside the file. File &gt; Versions... compares and restores it later.</source>
            <translation>يُحفظ الاجتماع ويُحتفظ به على حاله الآن بهذا الاسم داخل الملف. ويمكن لاحقاً مقارنته واستعادته من ملف &gt; النسخ...</translation>
        </message>
        <message>
            <source>for example: sent to the Bureau, Rev.1</source>
            <translation>مثلاً: أُرسلت إلى المكتب، Rev.1</translation>
        </message>
    </context>
    <context>
        <name>Versions</name>
        <message>
            <source>(no title)</source>
            <translation>(بلا عنوان)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(لا شيء)</translation>
        </message>
        <message>
            <source>(with its sub-items)</source>
            <translation>(مع بنوده الفرعية)</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>الشرح</translation>
        </message>
        <message>
            <source>Annotation (formatting only)</source>
            <translation>الشرح (التنسيق فقط)</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>الهيئة</translation>
        </message>
        <message>
            <source>Body added: {0}</source>
            <translation>هيئة مضافة: {0}</translation>
        </message>
        <message>
            <source>Body removed: {0}</source>
            <translation>هيئة محذوفة: {0}</translation>
        </message>
        <message>
            <source>Cannot Save Version</source>
            <translation>تعذّر حفظ النسخة</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>تاريخ الإصدار</translation>
        </message>
        <message>
            <source>Day added: {0}</source>
            <translation>يوم مضاف: {0}</translation>
        </message>
        <message>
            <source>Day removed: {0}</source>
            <translation>يوم محذوف: {0}</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>التوزيع</translation>
        </message>
        <message>
            <source>Documents added: {0}</source>
            <translation>وثائق مضافة: {0}</translation>
        </message>
        <message>
            <source>Documents removed: {0}</source>
            <translation>وثائق محذوفة: {0}</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>اليوم الأول</translation>
        </message>
        <message>
            <source>Footnotes</source>
            <translation>الحواشي</translation>
        </message>
        <message>
            <source>Items added</source>
            <translation>البنود المضافة</translation>
        </message>
        <message>
            <source>Items moved</source>
            <translation>البنود المنقولة</translation>
        </message>
        <message>
            <source>Items removed</source>
            <translation>البنود المحذوفة</translation>
        </message>
        <message>
            <source>Items renumbered</source>
            <translation>البنود المعاد ترقيمها</translation>
        </message>
        <message>
            <source>Job number</source>
            <translation>رقم المهمة</translation>
        </message>
        <message>
            <source>Language versions</source>
            <translation>النسخ اللغوية</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>اليوم الأخير</translation>
        </message>
        <message>
            <source>List the versions kept in the file, compare them, restore one</source>
            <translation>عرض النسخ المحفوظة في الملف ومقارنتها واستعادة إحداها</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>الاجتماع</translation>
        </message>
        <message>
            <source>Name of a body that meets</source>
            <translation>اسم هيئة تجتمع</translation>
        </message>
        <message>
            <source>No differences: the two are the same.</source>
            <translation>لا فروق: الاثنتان متطابقتان.</translation>
        </message>
        <message>
            <source>No text changed in {0}; texts changed in: {1}.</source>
            <translation>لم يتغير أي نص في {0}؛ تغيرت النصوص في: {1}.</translation>
        </message>
        <message>
            <source>Organization of work</source>
            <translation>تنظيم الأعمال</translation>
        </message>
        <message>
            <source>Original language</source>
            <translation>اللغة الأصلية</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>حجم الصفحة</translation>
        </message>
        <message>
            <source>Reissue note</source>
            <translation>ملاحظة إعادة الإصدار</translation>
        </message>
        <message>
            <source>Save &amp;Version...</source>
            <translation>حفظ &amp;نسخة...</translation>
        </message>
        <message>
            <source>Save the meeting and keep it as it is now under a name, inside the file</source>
            <translation>حفظ الاجتماع والاحتفاظ به على حاله الآن باسم داخل الملف</translation>
        </message>
        <message>
            <source>Saved the version “{0}”</source>
            <translation>حُفظت النسخة ”{0}“</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الدورة</translation>
        </message>
        <message>
            <source>Subsidiary body</source>
            <translation>الهيئة الفرعية</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Texts changed</source>
            <translation>النصوص المعدلة</translation>
        </message>
        <message>
            <source>Texts changed in {0}</source>
            <translation>النصوص المعدلة – {0}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Title of document {0}</source>
            <translation>عنوان الوثيقة {0}</translation>
        </message>
        <message>
            <source>Title of the document</source>
            <translation>عنوان الوثيقة</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Versio&amp;ns...</source>
            <translation>ال&amp;نسخ...</translation>
        </message>
        <message>
            <source>not scheduled</source>
            <translation>غير مدرج</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>&amp;Delete...</source>
            <translation>&amp;حذف...</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>ال&amp;لغة:</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>ا&amp;ستعادة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cannot Delete Version</source>
            <translation>تعذّر حذف النسخة</translation>
        </message>
        <message>
            <source>Changes from “{0}” ({1}) to now</source>
            <translation>التغييرات منذ ”{0}“ ({1}) حتى الآن</translation>
        </message>
        <message>
            <source>Changes from “{0}” ({1}) to “{2}” ({3})</source>
            <translation>التغييرات من ”{0}“ ({1}) إلى ”{2}“ ({3})</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Delete Version</source>
            <translation>حذف النسخة</translation>
        </message>
        <message>
            <source>Delete the version “{0}” (saved {1}) from the file?</source>
            <translation>هل تريد حذف النسخة ”{0}“ (المحفوظة في {1}) من الملف؟</translation>
        </message>
        <message>
            <source>Deleted the version “{0}”</source>
            <translation>حُذفت النسخة ”{0}“</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Put this version in place of the meeting as it is now (Undo takes it back)</source>
            <translation>وضع هذه النسخة مكان الاجتماع بحاله الراهنة (يمكن التراجع عن ذلك)</translation>
        </message>
        <message>
            <source>Remove this version from the file</source>
            <translation>حذف هذه النسخة من الملف</translation>
        </message>
        <message>
            <source>Restored the version “{0}”; Undo brings back the meeting as it was</source>
            <translation>استُعيدت النسخة ”{0}“؛ ويعيد التراجع الاجتماع إلى ما كان عليه</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>تاريخ الحفظ</translation>
        </message>
        <message>
            <source>Select one version, or two to compare.</source>
            <translation>اختر نسخة واحدة، أو نسختين لمقارنتهما.</translation>
        </message>
        <message>
            <source>This cannot be undone. The meeting in the file stays as it was saved; your unsaved changes stay unsaved.</source>
            <translation>لا يمكن التراجع عن ذلك. يبقى الاجتماع في الملف كما حُفظ، وتبقى تغييراتك غير المحفوظة غير محفوظة.</translation>
        </message>
        <message>
            <source>This version cannot be read: {0}</source>
            <translation>تتعذّر قراءة هذه النسخة: {0}</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>النسخ</translation>
        </message>
        <message>
            <source>Versions kept in “{0}”. Select one to see what changed since, or two to compare them.</source>
            <translation>النسخ المحفوظة في ”{0}“. اختر نسخة لترى ما تغيّر منذئذ، أو نسختين لمقارنتهما.</translation>
        </message>
        <message>
            <source>“{0}” keeps no versions yet. File &gt; Save Version... saves the meeting and keeps it as it is under a name, such as “sent to the Bureau” or “Rev.1”.</source>
            <translation>لا يحتفظ ”{0}“ بأي نسخة بعد. يحفظ الأمر ملف &gt; حفظ نسخة... الاجتماع ويحتفظ به على حاله باسم، مثل ”أُرسلت إلى المكتب“ أو ”Rev.1“.</translation>
        </message>
    </context>
</TS>
