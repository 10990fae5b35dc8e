<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AgendaModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(без названия)</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Повестка дня</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Арабский</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Китайский</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Французский</translation>
        </message>
        <message>
            <source>Item {0} cannot be moved into itself or one of its own sub-items.</source>
            <translation>Пункт {0} нельзя переместить в него самого или в один из его подпунктов.</translation>
        </message>
        <message>
            <source>Item {0} cannot go there: the agenda allows at most {1} levels of items.</source>
            <translation>Пункт {0} нельзя поместить туда: в повестке дня допускается не более {1} уровней пунктов.</translation>
        </message>
        <message>
            <source>Item {0}: {1}</source>
            <translation>Пункт {0}: {1}</translation>
        </message>
        <message>
            <source>Move {0} items</source>
            <translation>Переместить пункты ({0})</translation>
        </message>
        <message>
            <source>No title in {0} yet; the {1} title is shown.</source>
            <translation>Названия на языке «{0}» пока нет; показано название на языке «{1}».</translation>
        </message>
        <message>
            <source>Not in the organization of work.</source>
            <translation>Не включен в организацию работы.</translation>
        </message>
        <message>
            <source>Nothing to move: the drag carries no agenda item of this meeting.</source>
            <translation>Нечего перемещать: перетаскиваемые данные не содержат пунктов повестки дня этого совещания.</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Испанский</translation>
        </message>
        <message>
            <source>This item has no title yet.</source>
            <translation>У этого пункта пока нет названия.</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>&amp;Add Item</source>
            <translation>&amp;Добавить пункт</translation>
        </message>
        <message>
            <source>&amp;Delete Item</source>
            <translation>&amp;Удалить пункт</translation>
        </message>
        <message>
            <source>&amp;Indent (Make Sub-item)</source>
            <translation>&amp;Сдвинуть вправо (сделать подпунктом)</translation>
        </message>
        <message>
            <source>&amp;Outdent</source>
            <translation>Сдвинуть &amp;влево</translation>
        </message>
        <message>
            <source>&amp;Rename Item</source>
            <translation>&amp;Переименовать пункт</translation>
        </message>
        <message>
            <source>Add &amp;Sub-item</source>
            <translation>Добавить по&amp;дпункт</translation>
        </message>
        <message>
            <source>Add a sub-item at the end of the current item</source>
            <translation>Добавить подпункт в конец текущего пункта</translation>
        </message>
        <message>
            <source>Add an item after the current one</source>
            <translation>Добавить пункт после текущего</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Добавить пункт</translation>
        </message>
        <message>
            <source>Add sub-item</source>
            <translation>Добавить подпункт</translation>
        </message>
        <message>
            <source>Added item {0}</source>
            <translation>Добавлен пункт {0}</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Повестка дня</translation>
        </message>
        <message>
            <source>Delete the item with its sub-items</source>
            <translation>Удалить пункт вместе с подпунктами</translation>
        </message>
        <message>
            <source>Delete {0} items</source>
            <translation>Удалить пункты ({0})</translation>
        </message>
        <message>
            <source>Deleted item {0}</source>
            <translation>Удален пункт {0}</translation>
        </message>
        <message>
            <source>Deleted items {0}</source>
            <translation>Удалены пункты {0}</translation>
        </message>
        <message>
            <source>Indent item</source>
            <translation>Сдвинуть пункт вправо</translation>
        </message>
        <message>
            <source>Item {0} cannot be indented.</source>
            <translation>Пункт {0} нельзя сдвинуть вправо.</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>Переместить &amp;вверх</translation>
        </message>
        <message>
            <source>Move Do&amp;wn</source>
            <translation>Переместить в&amp;низ</translation>
        </message>
        <message>
            <source>Move item down</source>
            <translation>Переместить пункт вниз</translation>
        </message>
        <message>
            <source>Move item up</source>
            <translation>Переместить пункт вверх</translation>
        </message>
        <message>
            <source>Moved item {0} to position {1}</source>
            <translation>Пункт {0} перемещен на позицию {1}</translation>
        </message>
        <message>
            <source>Outdent item</source>
            <translation>Сдвинуть пункт влево</translation>
        </message>
    </context>
    <context>
        <name>AnnotationEdit</name>
        <message>
            <source>&amp;Bold</source>
            <translation>&amp;Полужирный</translation>
        </message>
        <message>
            <source>&amp;Italic</source>
            <translation>&amp;Курсив</translation>
        </message>
        <message>
            <source>&amp;Lettered Sub-paragraph</source>
            <translation>&amp;Подпункт с буквой</translation>
        </message>
        <message>
            <source>Insert &amp;Footnote</source>
            <translation>Вставить &amp;сноску</translation>
        </message>
        <message>
            <source>Insert a footnote at the cursor</source>
            <translation>Вставить сноску в позицию курсора</translation>
        </message>
        <message>
            <source>Mark the paragraph at the cursor as a lettered sub-paragraph, printed indented after its letter, or make it an ordinary paragraph again</source>
            <translation>Сделать абзац, в котором находится курсор, подпунктом с буквой, печатаемым с отступом, или снова сделать его обычным абзацем</translation>
        </message>
        <message>
            <source>Not pasted: the text holds a character that cannot be stored (a lone surrogate) or is too long. Copy it again from its source.</source>
            <translation>Не вставлено: текст содержит символ, который невозможно сохранить (одиночный суррогат), или слишком длинный. Скопируйте его заново из источника.</translation>
        </message>
        <message>
            <source>Su&amp;bscript</source>
            <translation>Под&amp;строчный</translation>
        </message>
        <message>
            <source>Su&amp;perscript</source>
            <translation>Над&amp;строчный</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Sample Meeting</source>
            <translation>Пример совещания</translation>
        </message>
        <message>
            <source>This is the sample meeting: try anything, then File &gt; New starts your own</source>
            <translation>Это пример совещания: попробуйте что угодно, затем Файл &gt; Создать начнет ваше собственное</translation>
        </message>
        <message>
            <source>{0} could not start: {1}</source>
            <translation>Не удалось запустить {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>BodyActions</name>
        <message>
            <source>Add &amp;Body...</source>
            <translation>Добавить &amp;орган...</translation>
        </message>
        <message>
            <source>Add Body...</source>
            <translation>Добавить орган...</translation>
        </message>
        <message>
            <source>Add a body meeting in parallel (Committee of the Whole, working group)</source>
            <translation>Добавить орган, заседающий параллельно (Комитет полного состава, рабочая группа)</translation>
        </message>
        <message>
            <source>Add body</source>
            <translation>Добавление органа</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Move Body &amp;Earlier</source>
            <translation>Переместить орган &amp;выше</translation>
        </message>
        <message>
            <source>Move Body La&amp;ter</source>
            <translation>Переместить орган &amp;ниже</translation>
        </message>
        <message>
            <source>Move Meeting to Bod&amp;y</source>
            <translation>Перенести заседание в &amp;орган</translation>
        </message>
        <message>
            <source>Re&amp;name Body...</source>
            <translation>Пере&amp;именовать орган...</translation>
        </message>
        <message>
            <source>Remove Bod&amp;y</source>
            <translation>Удалить ор&amp;ган</translation>
        </message>
        <message>
            <source>Remove body</source>
            <translation>Удаление органа</translation>
        </message>
        <message>
            <source>Rename body</source>
            <translation>Переименование органа</translation>
        </message>
        <message numerus="yes">
            <source>{0} has %n meeting(s). Remove the body and its meetings? The items they take up are unscheduled there.</source>
            <translation>
                <numerusform>У органа «{0}» %n заседание. Удалить орган и его заседания? Рассматриваемые на них пункты будут сняты.</numerusform>
                <numerusform>У органа «{0}» %n заседания. Удалить орган и его заседания? Рассматриваемые на них пункты будут сняты.</numerusform>
                <numerusform>У органа «{0}» %n заседаний. Удалить орган и его заседания? Рассматриваемые на них пункты будут сняты.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BodyNameDialog</name>
        <message>
            <source>&amp;Name ({0}):</source>
            <translation>&amp;Название ({0}):</translation>
        </message>
        <message>
            <source>Committee of the Whole</source>
            <translation>Комитет полного состава</translation>
        </message>
        <message>
            <source>Original:</source>
            <translation>Оригинал:</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add item</source>
            <translation>Добавить пункт</translation>
        </message>
        <message>
            <source>Delete item</source>
            <translation>Удалить пункт</translation>
        </message>
        <message>
            <source>Edit annotation</source>
            <translation>Изменить аннотацию</translation>
        </message>
        <message>
            <source>Edit documents</source>
            <translation>Изменить документацию</translation>
        </message>
        <message>
            <source>Edit meeting details</source>
            <translation>Изменить сведения о совещании</translation>
        </message>
        <message>
            <source>Import {0} translation</source>
            <translation>Импорт перевода ({0})</translation>
        </message>
        <message>
            <source>Make an ordinary paragraph</source>
            <translation>Сделать обычным абзацем</translation>
        </message>
        <message>
            <source>Mark as lettered sub-paragraph</source>
            <translation>Отметить как подпункт с буквой</translation>
        </message>
        <message>
            <source>Move item</source>
            <translation>Переместить пункт</translation>
        </message>
        <message>
            <source>Rename item</source>
            <translation>Переименовать пункт</translation>
        </message>
        <message>
            <source>Restore version “{0}”</source>
            <translation>Восстановить версию «{0}»</translation>
        </message>
    </context>
    <context>
        <name>DayLimitDialog</name>
        <message>
            <source>&amp;Meetings this day:</source>
            <translation>&amp;Заседаний в этот день:</translation>
        </message>
        <message>
            <source>Meetings on {0}</source>
            <translation>Заседания {0}</translation>
        </message>
        <message>
            <source>This day has {0} meetings: you will be asked whether to merge the last ones.</source>
            <translation>В этот день {0} заседаний: вам будет предложено объединить последние.</translation>
        </message>
        <message>
            <source>Use the meeting's default ({0} per day)</source>
            <translation>Использовать значение совещания по умолчанию ({0} в день)</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTable</name>
        <message>
            <source>Add Document</source>
            <translation>Добавить документ</translation>
        </message>
        <message>
            <source>Add document</source>
            <translation>Добавить документ</translation>
        </message>
        <message>
            <source>Document symbol, e.g. A/RES/70/1</source>
            <translation>Условное обозначение документа, например A/RES/70/1</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>Документация</translation>
        </message>
        <message>
            <source>Edit document</source>
            <translation>Изменить документ</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Вниз</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>Вверх</translation>
        </message>
        <message>
            <source>Move document</source>
            <translation>Переместить документ</translation>
        </message>
        <message>
            <source>Not translated yet: the original title is shown.</source>
            <translation>Пока не переведено: показано название на языке оригинала.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>Удалить документ</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Условное обозначение</translation>
        </message>
        <message>
            <source>The symbol {0} is malformed: {1}.</source>
            <translation>Условное обозначение {0} составлено неправильно: {1}.</translation>
        </message>
        <message>
            <source>This symbol is malformed: {0}.</source>
            <translation>Это условное обозначение составлено неправильно: {0}.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
    </context>
    <context>
        <name>ExportForTranslationDialog</name>
        <message>
            <source>&amp;Translate into:</source>
            <translation>&amp;Перевод на:</translation>
        </message>
        <message>
            <source>Export for Translation</source>
            <translation>Экспорт для перевода</translation>
        </message>
        <message>
            <source>Give untranslated texts a copy of the original (for OmegaT)</source>
            <translation>Копировать оригинал в непереведенные тексты (для OmegaT)</translation>
        </message>
        <message>
            <source>Some tools translate only the targets a file has. The copies are marked as needing translation and are not imported back as translations.</source>
            <translation>Некоторые программы переводят только уже имеющиеся в файле целевые тексты. Копии помечаются как требующие перевода и при импорте не принимаются за перевод.</translation>
        </message>
        <message>
            <source>Writes the texts of the original ({0}) as an XLIFF file that translation tools read. Translations the version has already go with them.</source>
            <translation>Записывает тексты оригинала ({0}) в файл XLIFF, который читают программы для перевода. Уже имеющиеся переводы этой версии включаются в файл.</translation>
        </message>
        <message>
            <source>{0} (no version yet)</source>
            <translation>{0} (версии пока нет)</translation>
        </message>
        <message>
            <source>{0} ({1} of {2} texts translated)</source>
            <translation>{0} (переведено текстов — {1} из {2})</translation>
        </message>
    </context>
    <context>
        <name>ExportGate</name>
        <message>
            <source>&amp;Show Me</source>
            <translation>&amp;Показать</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Errors in the Meeting</source>
            <translation>Ошибки в совещании</translation>
        </message>
        <message>
            <source>Export &amp;Anyway</source>
            <translation>&amp;Всё равно экспортировать</translation>
        </message>
        <message numerus="yes">
            <source>The meeting has %n error(s); the document would print them as they are.</source>
            <translation>
                <numerusform>В совещании %n ошибка; документ будет напечатан с ней.</numerusform>
                <numerusform>В совещании %n ошибки; документ будет напечатан с ними.</numerusform>
                <numerusform>В совещании %n ошибок; документ будет напечатан с ними.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportPdfDialog</name>
        <message>
            <source>&amp;Browse...</source>
            <translation>&amp;Обзор...</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <source>&amp;Open the file when done</source>
            <translation>&amp;Открыть файл по завершении</translation>
        </message>
        <message>
            <source>&amp;Part:</source>
            <translation>&amp;Часть:</translation>
        </message>
        <message>
            <source>&amp;Set It</source>
            <translation>&amp;Указать</translation>
        </message>
        <message>
            <source>Agenda only</source>
            <translation>Только повестка дня</translation>
        </message>
        <message>
            <source>Agenda, annotations and annex</source>
            <translation>Повестка дня, аннотации и приложение</translation>
        </message>
        <message>
            <source>Annex (organization of work) only</source>
            <translation>Только приложение (организация работы)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Close this dialog and go to the field</source>
            <translation>Закрыть это окно и перейти к полю</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспортировать</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>Ошибка экспорта</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Экспорт в PDF</translation>
        </message>
        <message>
            <source>Export Word Document</source>
            <translation>Экспорт в документ Word</translation>
        </message>
        <message>
            <source>Export cancelled after {0}</source>
            <translation>Экспорт отменён после {0}</translation>
        </message>
        <message>
            <source>Export cancelled: {0} was not written</source>
            <translation>Экспорт отменён: файл {0} не записан</translation>
        </message>
        <message>
            <source>Export even if texts are not translated (marked in the original)</source>
            <translation>Экспортировать, даже если тексты не переведены (помечаются в оригинале)</translation>
        </message>
        <message>
            <source>Exported {0}</source>
            <translation>Экспортирован файл {0}</translation>
        </message>
        <message>
            <source>Exporting the {0} version...</source>
            <translation>Экспорт версии на языке «{0}»...</translation>
        </message>
        <message>
            <source>Exporting...</source>
            <translation>Экспорт...</translation>
        </message>
        <message>
            <source>Language versions:</source>
            <translation>Языковые версии:</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The {0} version could not be exported to “{1}”: {2}</source>
            <translation>Не удалось экспортировать версию на языке «{0}» в «{1}»: {2}</translation>
        </message>
        <message>
            <source>These versions are not fully translated:
{0}

Translate these texts, or tick “{1}” to print the original-language text, marked.</source>
            <translation>Эти версии переведены не полностью:
{0}

Переведите эти тексты или отметьте «{1}», чтобы напечатать текст на языке оригинала с пометкой.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Без названия</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Документы Word (*.docx)</translation>
        </message>
        <message>
            <source>item {0}</source>
            <translation>пункт {0}</translation>
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
            <translation>Agenda Editor не смог сохранить копию вашей несохранённой работы, по которой её можно восстановить после сбоя:

{0}

Сохраните работу, чтобы не потерять её.</translation>
        </message>
        <message>
            <source>Agenda Editor files (*.agenda *.json *.pdf)</source>
            <translation>Файлы Agenda Editor (*.agenda *.json *.pdf)</translation>
        </message>
        <message>
            <source>Agenda Editor sessions (*.agenda)</source>
            <translation>Файлы сеанса Agenda Editor (*.agenda)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Cannot Open File</source>
            <translation>Не удается открыть файл</translation>
        </message>
        <message>
            <source>Cannot Recover</source>
            <translation>Не удается восстановить</translation>
        </message>
        <message>
            <source>Cannot Revert</source>
            <translation>Не удается вернуться к сохраненной версии</translation>
        </message>
        <message>
            <source>Cannot Save</source>
            <translation>Не удается сохранить</translation>
        </message>
        <message>
            <source>Crash Recovery Not Working</source>
            <translation>Восстановление после сбоя не работает</translation>
        </message>
        <message>
            <source>Drop the unsaved changes and go back to the saved “{0}”?</source>
            <translation>Отменить несохраненные изменения и вернуться к сохраненной версии «{0}»?</translation>
        </message>
        <message>
            <source>File Changed on Disk</source>
            <translation>Файл изменен на диске</translation>
        </message>
        <message>
            <source>File In Use</source>
            <translation>Файл используется</translation>
        </message>
        <message>
            <source>Imported {0}; Save asks where to keep it as a session file</source>
            <translation>Импортирован файл {0}; при сохранении будет предложено выбрать место для файла сеанса</translation>
        </message>
        <message>
            <source>JSON meetings (*.json)</source>
            <translation>Совещания JSON (*.json)</translation>
        </message>
        <message>
            <source>New Meeting From Existing</source>
            <translation>Новое совещание на основе существующего</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Новое совещание</translation>
        </message>
        <message>
            <source>New meeting based on {0}</source>
            <translation>Новое совещание на основе {0}</translation>
        </message>
        <message>
            <source>New session made from {0}; not saved yet</source>
            <translation>Новая сессия создана на основе {0}; ещё не сохранена</translation>
        </message>
        <message>
            <source>Open Anyway</source>
            <translation>Все равно открыть</translation>
        </message>
        <message>
            <source>Open Meeting</source>
            <translation>Открыть совещание</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Открыть только для чтения</translation>
        </message>
        <message>
            <source>Opened {0}</source>
            <translation>Открыт файл {0}</translation>
        </message>
        <message>
            <source>Opened {0} read-only: Save asks for another name</source>
            <translation>{0} открыт только для чтения: при сохранении будет запрошено другое имя</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Перезаписать</translation>
        </message>
        <message>
            <source>Overwrite replaces the other changes with yours. Save As keeps both: yours go to a new file.</source>
            <translation>При перезаписи другие изменения заменяются вашими. «Сохранить как» сохраняет и те и другие: ваши изменения записываются в новый файл.</translation>
        </message>
        <message>
            <source>PDFs made by Agenda Editor (*.pdf)</source>
            <translation>PDF, созданные в Agenda Editor (*.pdf)</translation>
        </message>
        <message>
            <source>Read-only: you can read and copy it, and save your changes under another name. Open it anyway only if you know it is no longer being edited.</source>
            <translation>Только для чтения: вы можете читать и копировать файл и сохранить свои изменения под другим именем. Открывайте его, только если вы знаете, что его больше не редактируют.</translation>
        </message>
        <message>
            <source>Recovered the unsaved work of {0}</source>
            <translation>Восстановлена несохраненная работа: {0}</translation>
        </message>
        <message>
            <source>Replace Anyway</source>
            <translation>Все равно заменить</translation>
        </message>
        <message>
            <source>Replacing it would overwrite the work of whoever has it open.</source>
            <translation>Замена файла перезапишет работу того, кто его открыл.</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Вернуть</translation>
        </message>
        <message>
            <source>Reverted to the saved {0}</source>
            <translation>Восстановлена сохраненная версия {0}</translation>
        </message>
        <message>
            <source>Save As...</source>
            <translation>Сохранить как...</translation>
        </message>
        <message>
            <source>Save Meeting As</source>
            <translation>Сохранить совещание как</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Сохранен файл {0}</translation>
        </message>
        <message>
            <source>The meeting “{0}” has changes that are not saved. Save them?</source>
            <translation>В совещании «{0}» есть несохраненные изменения. Сохранить их?</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>Несохраненные изменения</translation>
        </message>
        <message>
            <source>Unsaved work could not be kept for crash recovery: {0}</source>
            <translation>Не удалось сохранить несохранённую работу для восстановления после сбоя: {0}</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Без названия</translation>
        </message>
        <message>
            <source>next session</source>
            <translation>следующая сессия</translation>
        </message>
        <message>
            <source>{0} is already open</source>
            <translation>{0} уже открыт</translation>
        </message>
        <message>
            <source>“{0}” cannot be read: {1}</source>
            <translation>Не удается прочитать «{0}»: {1}</translation>
        </message>
        <message>
            <source>“{0}” is already open: it was opened by {1}.</source>
            <translation>«{0}» уже открыт: его открыл(а) {1}.</translation>
        </message>
        <message>
            <source>“{0}” is open elsewhere: it was opened by {1}.</source>
            <translation>«{0}» открыт в другом месте: его открыл(а) {1}.</translation>
        </message>
        <message>
            <source>“{0}” was not made by Agenda Editor: it carries no meeting to open. Open the .agenda or .json file it was made from instead.</source>
            <translation>«{0}» создан не в Agenda Editor: в нем нет совещания, которое можно открыть. Откройте файл .agenda или .json, из которого он был создан.</translation>
        </message>
        <message>
            <source>“{0}” was not saved: {1}</source>
            <translation>«{0}» не сохранён: {1}</translation>
        </message>
    </context>
    <context>
        <name>FindReplace</name>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n совпадение</numerusform>
                <numerusform>%n совпадения</numerusform>
                <numerusform>%n совпадений</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Find...</source>
            <translation>&amp;Найти...</translation>
        </message>
        <message>
            <source>Find text and replace it</source>
            <translation>Найти текст и заменить его</translation>
        </message>
        <message>
            <source>Find text in the titles, annotations, footnotes and document titles</source>
            <translation>Найти текст в названиях, аннотациях, сносках и названиях документов</translation>
        </message>
        <message>
            <source>R&amp;eplace...</source>
            <translation>За&amp;менить...</translation>
        </message>
        <message numerus="yes">
            <source>Replace %n match(es)</source>
            <translation>
                <numerusform>Заменить %n совпадение</numerusform>
                <numerusform>Заменить %n совпадения</numerusform>
                <numerusform>Заменить %n совпадений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Replaced %n match(es).</source>
            <translation>
                <numerusform>Заменено %n совпадение.</numerusform>
                <numerusform>Заменено %n совпадения.</numerusform>
                <numerusform>Заменено %n совпадений.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Найти:</translation>
        </message>
        <message>
            <source>&amp;In:</source>
            <translation>&amp;Где:</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Заменить</translation>
        </message>
        <message>
            <source>All language versions</source>
            <translation>Все языковые версии</translation>
        </message>
        <message>
            <source>Annotation, paragraph {0}</source>
            <translation>Аннотация, абзац {0}</translation>
        </message>
        <message>
            <source>Document {0}</source>
            <translation>Документ {0}</translation>
        </message>
        <message>
            <source>Find and Replace</source>
            <translation>Поиск и замена</translation>
        </message>
        <message>
            <source>Footnote {0} of paragraph {1}</source>
            <translation>Сноска {0} в абзаце {1}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Пункт</translation>
        </message>
        <message>
            <source>Match &amp;case</source>
            <translation>С &amp;учетом регистра</translation>
        </message>
        <message>
            <source>No matches.</source>
            <translation>Совпадений нет.</translation>
        </message>
        <message>
            <source>Replace &amp;All</source>
            <translation>Заменить &amp;все</translation>
        </message>
        <message>
            <source>Replace &amp;with:</source>
            <translation>Заменить &amp;на:</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>The language version shown</source>
            <translation>Показанная языковая версия</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Titles, annotations, footnotes and document titles</source>
            <translation>Названия, аннотации, сноски и названия документов</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>Whole &amp;words</source>
            <translation>&amp;Слова целиком</translation>
        </message>
    </context>
    <context>
        <name>FindingTexts</name>
        <message>
            <source>Body {number} has no name; the annex heads a column with it.</source>
            <translation>У органа {number} нет названия; в приложении оно служит заголовком столбца.</translation>
        </message>
        <message>
            <source>Item {item} has an annotation in {langs} but none in the original language ({lang}).</source>
            <translation>У пункта {item} есть аннотация на следующих языках: {langs}, но нет аннотации на языке оригинала ({lang}).</translation>
        </message>
        <message>
            <source>Item {item} has no title.</source>
            <translation>У пункта {item} нет названия.</translation>
        </message>
        <message>
            <source>Item {item} is not fully translated into {lang} (missing: {missing}).</source>
            <translation>Пункт {item} переведен на язык «{lang}» не полностью (отсутствует: {missing}).</translation>
        </message>
        <message>
            <source>Item {item} is not in the organization of work.</source>
            <translation>Пункт {item} не включен в организацию работы.</translation>
        </message>
        <message>
            <source>Item {item} is taken up after item {other}, which comes after it on the agenda.</source>
            <translation>Пункт {item} рассматривается после пункта {other}, который следует за ним в повестке дня.</translation>
        </message>
        <message>
            <source>Item {item} lists a document with a malformed symbol {symbol}: {problem}.</source>
            <translation>В пункте {item} указан документ с неправильным условным обозначением {symbol}: {problem}.</translation>
        </message>
        <message>
            <source>Item {item} lists a document without a symbol.</source>
            <translation>В пункте {item} указан документ без условного обозначения.</translation>
        </message>
        <message>
            <source>Item {item} lists {symbol} twice.</source>
            <translation>В пункте {item} документ {symbol} указан дважды.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: a footnote marker stands after "{mark}"; in this language it goes before the punctuation.</source>
            <translation>Пункт {item}, аннотация на языке «{lang}», абзац {paragraph}: знак сноски стоит после «{mark}»; в этом языке он ставится перед знаком препинания.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: a footnote marker stands before "{mark}"; in this language it goes after the punctuation.</source>
            <translation>Пункт {item}, аннотация на языке «{lang}», абзац {paragraph}: знак сноски стоит перед «{mark}»; в этом языке он ставится после знака препинания.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: broken markup ({problem}).</source>
            <translation>Пункт {item}, аннотация на языке «{lang}», абзац {paragraph}: ошибка разметки ({problem}).</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: empty footnote.</source>
            <translation>Пункт {item}, аннотация на языке «{lang}», абзац {paragraph}: пустая сноска.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: lettered as a sub-paragraph differently from the original ({original}).</source>
            <translation>Пункт {item}, аннотация на языке «{lang}», абзац {paragraph}: подпункт с буквой отмечен иначе, чем в оригинале ({original}).</translation>
        </message>
        <message>
            <source>Meeting details, {field}: not translated into {lang}.</source>
            <translation>Сведения о совещании, {field}: нет перевода на язык «{lang}».</translation>
        </message>
        <message>
            <source>On {date}, the meeting at {span} is listed after the one at {other}.</source>
            <translation>{date}: заседание {span} указано после заседания {other}.</translation>
        </message>
        <message>
            <source>On {date}, the meetings {span} and {other} overlap.</source>
            <translation>{date}: заседания {span} и {other} пересекаются.</translation>
        </message>
        <message>
            <source>The agenda has no items.</source>
            <translation>В повестке дня нет пунктов.</translation>
        </message>
        <message>
            <source>The document has a reissue note, but its symbol has no asterisk pointing to it.</source>
            <translation>В документе есть примечание о переиздании, но в его условном обозначении нет звездочки, указывающей на него.</translation>
        </message>
        <message>
            <source>The document has no date of issue: its masthead will show no date.</source>
            <translation>У документа нет даты выпуска: в его шапке не будет даты.</translation>
        </message>
        <message>
            <source>The document has no symbol yet.</source>
            <translation>У документа пока нет условного обозначения.</translation>
        </message>
        <message>
            <source>The document is dated {date}, after the meeting starts ({start}).</source>
            <translation>Документ датирован {date}, то есть после начала совещания ({start}).</translation>
        </message>
        <message>
            <source>The document symbol {symbol} is malformed: {problem}.</source>
            <translation>Условное обозначение документа {symbol} составлено неправильно: {problem}.</translation>
        </message>
        <message>
            <source>The meeting ends ({end}) before it starts ({start}).</source>
            <translation>Совещание заканчивается ({end}) раньше, чем начинается ({start}).</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} belongs to no body of the timetable.</source>
            <translation>Заседание {date} в {span} не относится ни к одному органу расписания.</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} ends before it starts.</source>
            <translation>Заседание {date} в {span} заканчивается раньше, чем начинается.</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} ends when it starts.</source>
            <translation>Заседание {date} в {span} заканчивается в момент начала.</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} lists an item that is not in the agenda.</source>
            <translation>В заседании {date} в {span} указан пункт, которого нет в повестке дня.</translation>
        </message>
        <message>
            <source>The name of the body {body} is not translated into {lang}.</source>
            <translation>Название органа {body} не переведено на язык «{lang}».</translation>
        </message>
        <message>
            <source>The original language {lang} is not a UN language.</source>
            <translation>Язык оригинала «{lang}» не является языком ООН.</translation>
        </message>
        <message>
            <source>The symbol {symbol} marks a reissue with its asterisk, but the document has no reissue note for the foot of page 1.</source>
            <translation>Условное обозначение {symbol} звездочкой указывает на переиздание, но в документе нет примечания о переиздании для нижней части первой страницы.</translation>
        </message>
        <message>
            <source>The versions {langs} have the same job number {number}; each version has its own.</source>
            <translation>У версий {langs} одинаковый номер работы {number}; у каждой версии должен быть свой.</translation>
        </message>
        <message>
            <source>The {lang} title of item {item} ends with "{mark}"; the agenda adds its own punctuation.</source>
            <translation>Название пункта {item} на языке «{lang}» заканчивается на «{mark}»; повестка дня добавляет собственную пунктуацию.</translation>
        </message>
        <message>
            <source>Two bodies of the timetable have the same id {body}.</source>
            <translation>У двух органов в расписании одинаковый идентификатор {body}.</translation>
        </message>
        <message>
            <source>a dash joining two symbols has nothing on one side</source>
            <translation>у тире, соединяющего два условных обозначения, пусто с одной стороны</translation>
        </message>
        <message>
            <source>annotation</source>
            <translation>аннотация</translation>
        </message>
        <message>
            <source>body</source>
            <translation>орган</translation>
        </message>
        <message>
            <source>document titles</source>
            <translation>названия документов</translation>
        </message>
        <message>
            <source>it contains characters that symbols do not use: {chars}</source>
            <translation>в нем есть знаки, которые не используются в условных обозначениях: {chars}</translation>
        </message>
        <message>
            <source>it contains spaces</source>
            <translation>в нем есть пробелы</translation>
        </message>
        <message>
            <source>it has an empty part between slashes</source>
            <translation>в нем есть пустая часть между косыми чертами</translation>
        </message>
        <message>
            <source>it has no slash-separated parts</source>
            <translation>в нем нет частей, разделенных косыми чертами</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>оно пустое</translation>
        </message>
        <message>
            <source>it is not written as a document symbol</source>
            <translation>оно записано не как условное обозначение документа</translation>
        </message>
        <message>
            <source>names of the bodies</source>
            <translation>названия органов</translation>
        </message>
        <message>
            <source>reissue note</source>
            <translation>примечание о переиздании</translation>
        </message>
        <message>
            <source>session</source>
            <translation>сессия</translation>
        </message>
        <message>
            <source>subsidiary body</source>
            <translation>вспомогательный орган</translation>
        </message>
        <message>
            <source>the part {part} has an empty part between slashes</source>
            <translation>в части {part} есть пустая часть между косыми чертами</translation>
        </message>
        <message>
            <source>the part {part} has no slash-separated parts</source>
            <translation>в части {part} нет частей, разделенных косыми чертами</translation>
        </message>
        <message>
            <source>title</source>
            <translation>название</translation>
        </message>
        <message>
            <source>venue</source>
            <translation>место проведения</translation>
        </message>
        <message>
            <source>{date} appears twice in the organization of work.</source>
            <translation>{date} дважды указано в организации работы.</translation>
        </message>
        <message>
            <source>{date} is listed after {other}.</source>
            <translation>{date} указано после {other}.</translation>
        </message>
        <message>
            <source>{date} is outside the dates of the meeting.</source>
            <translation>{date} выходит за рамки дат совещания.</translation>
        </message>
        <message>
            <source>{date}: {count} meetings, more than the limit of {limit}.</source>
            <translation>{date}: заседаний — {count}, больше предела ({limit}).</translation>
        </message>
        <message>
            <source>{symbol} has a different title under item {item} than under item {other}.</source>
            <translation>У {symbol} разные названия в пункте {item} и в пункте {other}.</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n ошибка</numerusform>
                <numerusform>%n ошибки</numerusform>
                <numerusform>%n ошибок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n примечание</numerusform>
                <numerusform>%n примечания</numerusform>
                <numerusform>%n примечаний</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n предупреждение</numerusform>
                <numerusform>%n предупреждения</numerusform>
                <numerusform>%n предупреждений</numerusform>
            </translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Информация</translation>
        </message>
        <message>
            <source>No problems found</source>
            <translation>Проблем не обнаружено</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Предупреждение</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>Finding</source>
            <translation>Замечание</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>Проблем не обнаружено.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
    </context>
    <context>
        <name>FootnotesPanel</name>
        <message>
            <source>(empty: type its text below)</source>
            <translation>(пусто: введите текст ниже)</translation>
        </message>
        <message>
            <source>Footnote text</source>
            <translation>Текст сноски</translation>
        </message>
        <message>
            <source>Footnotes</source>
            <translation>Сноски</translation>
        </message>
        <message>
            <source>Footnotes (Ctrl+Alt+F inserts one at the cursor)</source>
            <translation>Сноски (Ctrl+Alt+F вставляет сноску в позицию курсора)</translation>
        </message>
        <message>
            <source>Remove Footnote</source>
            <translation>Удалить сноску</translation>
        </message>
        <message>
            <source>Select a footnote to edit its text.</source>
            <translation>Выберите сноску, чтобы изменить ее текст.</translation>
        </message>
        <message>
            <source>Text of footnote {0}:</source>
            <translation>Текст сноски {0}:</translation>
        </message>
        <message>
            <source>Text of the footnote</source>
            <translation>Текст сноски</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>User Guide</source>
            <translation>Руководство пользователя</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;Руководство пользователя</translation>
        </message>
        <message>
            <source>A short guide to drafting with {0}</source>
            <translation>Краткое руководство по подготовке документов в {0}</translation>
        </message>
        <message>
            <source>Recovery data:</source>
            <translation>Данные для восстановления:</translation>
        </message>
        <message>
            <source>Settings:</source>
            <translation>Настройки:</translation>
        </message>
        <message>
            <source>This meeting:</source>
            <translation>Это совещание:</translation>
        </message>
        <message>
            <source>User guide:</source>
            <translation>Руководство пользователя:</translation>
        </message>
        <message>
            <source>Window layout:</source>
            <translation>Расположение окна:</translation>
        </message>
        <message>
            <source>Words added to the dictionaries:</source>
            <translation>Слова, добавленные в словари:</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>еще не сохранено</translation>
        </message>
    </context>
    <context>
        <name>ImportAgenda</name>
        <message numerus="yes">
            <source>%n line(s) of {0} found no place in the meeting:</source>
            <translation>
                <numerusform>%n строка из {0} не нашла места в совещании:</numerusform>
                <numerusform>%n строки из {0} не нашли места в совещании:</numerusform>
                <numerusform>%n строк из {0} не нашли места в совещании:</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the agenda on the clipboard, with its annotations, as new items</source>
            <translation>Добавить повестку дня из буфера обмена вместе с аннотациями как новые пункты</translation>
        </message>
        <message>
            <source>Cannot Import Agenda</source>
            <translation>Не удается импортировать повестку дня</translation>
        </message>
        <message>
            <source>Import &amp;Agenda...</source>
            <translation>Импорт &amp;повестки дня...</translation>
        </message>
        <message>
            <source>Import Agenda</source>
            <translation>Импорт повестки дня</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n item(s) from {0}; Save asks where to keep the meeting</source>
            <translation>
                <numerusform>Импортирован %n пункт из {0}; при сохранении будет предложено выбрать место для совещания</numerusform>
                <numerusform>Импортировано %n пункта из {0}; при сохранении будет предложено выбрать место для совещания</numerusform>
                <numerusform>Импортировано %n пунктов из {0}; при сохранении будет предложено выбрать место для совещания</numerusform>
            </translation>
        </message>
        <message>
            <source>Line {0}: {1}</source>
            <translation>Строка {0}: {1}</translation>
        </message>
        <message>
            <source>Lines Not Imported</source>
            <translation>Неимпортированные строки</translation>
        </message>
        <message>
            <source>Open an agenda written in Word or saved as text as a new meeting</source>
            <translation>Открыть как новое совещание повестку дня, написанную в Word или сохраненную как текст</translation>
        </message>
        <message>
            <source>Paste A&amp;genda as Items</source>
            <translation>Вставить повестку дня как &amp;пункты</translation>
        </message>
        <message numerus="yes">
            <source>Paste agenda (%n item(s))</source>
            <translation>
                <numerusform>Вставка повестки дня (%n пункт)</numerusform>
                <numerusform>Вставка повестки дня (%n пункта)</numerusform>
                <numerusform>Вставка повестки дня (%n пунктов)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n agenda item(s).</source>
            <translation>
                <numerusform>Вставлен %n пункт повестки дня.</numerusform>
                <numerusform>Вставлено %n пункта повестки дня.</numerusform>
                <numerusform>Вставлено %n пунктов повестки дня.</numerusform>
            </translation>
        </message>
        <message>
            <source>The clipboard holds no numbered agenda to paste.</source>
            <translation>В буфере обмена нет нумерованной повестки дня для вставки.</translation>
        </message>
        <message>
            <source>Word documents and text (*.docx *.txt);;All files (*)</source>
            <translation>Документы Word и текст (*.docx *.txt);;Все файлы (*)</translation>
        </message>
        <message>
            <source>the clipboard</source>
            <translation>буфера обмена</translation>
        </message>
    </context>
    <context>
        <name>ItemClipboard</name>
        <message>
            <source>&amp;Copy Items</source>
            <translation>&amp;Копировать пункты</translation>
        </message>
        <message>
            <source>&amp;Paste Items</source>
            <translation>&amp;Вставить пункты</translation>
        </message>
        <message>
            <source>Add a copy of the selected items after them</source>
            <translation>Добавить копию выбранных пунктов после них</translation>
        </message>
        <message>
            <source>Add the items on the clipboard (or one item per line of text) after the current item</source>
            <translation>Добавить после текущего пункта пункты из буфера обмена (или по пункту на строку текста)</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n item(s).</source>
            <translation>
                <numerusform>Скопирован %n пункт.</numerusform>
                <numerusform>Скопировано %n пункта.</numerusform>
                <numerusform>Скопировано %n пунктов.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy the selected items with their sub-items, texts and documents</source>
            <translation>Копировать выбранные пункты с подпунктами, текстами и документами</translation>
        </message>
        <message>
            <source>Cu&amp;t Items</source>
            <translation>Вы&amp;резать пункты</translation>
        </message>
        <message numerus="yes">
            <source>Cut %n item(s)</source>
            <translation>
                <numerusform>Вырезать %n пункт</numerusform>
                <numerusform>Вырезать %n пункта</numerusform>
                <numerusform>Вырезать %n пунктов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n item(s).</source>
            <translation>
                <numerusform>Вырезан %n пункт.</numerusform>
                <numerusform>Вырезано %n пункта.</numerusform>
                <numerusform>Вырезано %n пунктов.</numerusform>
            </translation>
        </message>
        <message>
            <source>D&amp;uplicate Items</source>
            <translation>Д&amp;ублировать пункты</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n item(s)</source>
            <translation>
                <numerusform>Дублировать %n пункт</numerusform>
                <numerusform>Дублировать %n пункта</numerusform>
                <numerusform>Дублировать %n пунктов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Duplicated %n item(s).</source>
            <translation>
                <numerusform>Продублирован %n пункт.</numerusform>
                <numerusform>Продублировано %n пункта.</numerusform>
                <numerusform>Продублировано %n пунктов.</numerusform>
            </translation>
        </message>
        <message>
            <source>Move the selected items to the clipboard</source>
            <translation>Переместить выбранные пункты в буфер обмена</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n item(s)</source>
            <translation>
                <numerusform>Вставить %n пункт</numerusform>
                <numerusform>Вставить %n пункта</numerusform>
                <numerusform>Вставить %n пунктов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n item(s).</source>
            <translation>
                <numerusform>Вставлен %n пункт.</numerusform>
                <numerusform>Вставлено %n пункта.</numerusform>
                <numerusform>Вставлено %n пунктов.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the agenda items to copy first.</source>
            <translation>Сначала выберите пункты повестки дня для копирования.</translation>
        </message>
        <message>
            <source>Select the agenda items to duplicate first.</source>
            <translation>Сначала выберите пункты повестки дня для дублирования.</translation>
        </message>
        <message>
            <source>The clipboard holds no agenda items and no text to paste.</source>
            <translation>В буфере обмена нет ни пунктов повестки дня, ни текста для вставки.</translation>
        </message>
        <message>
            <source>The items cannot go here: the agenda allows at most {0} levels of items.</source>
            <translation>Сюда нельзя поместить эти пункты: повестка дня допускает не более {0} уровней пунктов.</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>&amp;Annotation</source>
            <translation>&amp;Аннотация</translation>
        </message>
        <message>
            <source>&amp;Documentation</source>
            <translation>&amp;Документация</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>Аннотация</translation>
        </message>
        <message>
            <source>Annotation of the item (optional)</source>
            <translation>Аннотация к пункту (необязательно)</translation>
        </message>
        <message>
            <source>Item title</source>
            <translation>Название пункта</translation>
        </message>
        <message>
            <source>Not translated yet. The original reads:
{0}</source>
            <translation>Пока не переведено. Текст оригинала:
{0}</translation>
        </message>
        <message>
            <source>Not translated: {0}</source>
            <translation>Не переведено: {0}</translation>
        </message>
        <message>
            <source>Select an item of the agenda</source>
            <translation>Выберите пункт повестки дня</translation>
        </message>
        <message>
            <source>Title of the item</source>
            <translation>Название пункта</translation>
        </message>
    </context>
    <context>
        <name>LanguageSelector</name>
        <message>
            <source>The language version being edited</source>
            <translation>Редактируемая языковая версия</translation>
        </message>
        <message>
            <source>{0} (original)</source>
            <translation>{0} (оригинал)</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>Arabic</source>
            <translation>Арабский</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Китайский</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Французский</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Испанский</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&lt;opened&gt;</source>
            <translation>&lt;открыто&gt;</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Замечания</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Пункт</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Совещание</translation>
        </message>
        <message>
            <source>Timetable</source>
            <translation>Расписание</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Перевод</translation>
        </message>
        <message>
            <source>Undo History</source>
            <translation>Журнал отмены</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Без названия</translation>
        </message>
        <message>
            <source>{0} (read-only)[*] — {1}</source>
            <translation>{0} (только чтение)[*] — {1}</translation>
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
            <translation>&amp;Орган:</translation>
        </message>
        <message>
            <source>&amp;Distribution:</source>
            <translation>&amp;Распространение:</translation>
        </message>
        <message>
            <source>&amp;Job number:</source>
            <translation>&amp;Номер работы:</translation>
        </message>
        <message>
            <source>&amp;Meetings per day:</source>
            <translation>&amp;Заседаний в день:</translation>
        </message>
        <message>
            <source>&amp;Page size:</source>
            <translation>&amp;Формат страницы:</translation>
        </message>
        <message>
            <source>&amp;Symbol:</source>
            <translation>&amp;Условное обозначение:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>Change the original language</source>
            <translation>Изменить язык оригинала</translation>
        </message>
        <message>
            <source>Date of &amp;issue:</source>
            <translation>Дата &amp;выпуска:</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Editing version:</source>
            <translation>Редактируемая версия:</translation>
        </message>
        <message>
            <source>Fi&amp;rst day:</source>
            <translation>П&amp;ервый день:</translation>
        </message>
        <message>
            <source>For a reissued document, whose symbol ends with an asterisk: the note printed after an asterisk at the foot of page 1, e.g. “Reissued for technical reasons on 3 May 2026.”</source>
            <translation>Для переизданного документа, условное обозначение которого оканчивается звездочкой: примечание, печатаемое после звездочки внизу первой страницы, например «Переиздано по техническим причинам 3 мая 2026 года».</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Общее</translation>
        </message>
        <message>
            <source>How many meetings a day may hold unless the day sets its own limit</source>
            <translation>Сколько заседаний может быть в день, если для дня не установлен собственный предел</translation>
        </message>
        <message>
            <source>L&amp;ast day:</source>
            <translation>Пос&amp;ледний день:</translation>
        </message>
        <message>
            <source>Language versions:</source>
            <translation>Языковые версии:</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Языки</translation>
        </message>
        <message>
            <source>Limited</source>
            <translation>Ограниченное</translation>
        </message>
        <message>
            <source>Made from:</source>
            <translation>Создано из:</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Совещание</translation>
        </message>
        <message>
            <source>Not a valid symbol: {0}.</source>
            <translation>Недопустимое условное обозначение: {0}.</translation>
        </message>
        <message>
            <source>Not translated: {0}</source>
            <translation>Не переведено: {0}</translation>
        </message>
        <message>
            <source>Ori&amp;ginal language:</source>
            <translation>Язык ори&amp;гинала:</translation>
        </message>
        <message>
            <source>Reissue note:</source>
            <translation>Примечание о переиздании:</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>Для служебного пользования</translation>
        </message>
        <message>
            <source>Sessio&amp;n:</source>
            <translation>Се&amp;ссия:</translation>
        </message>
        <message>
            <source>Set this date</source>
            <translation>Установить эту дату</translation>
        </message>
        <message>
            <source>Subsidiar&amp;y body:</source>
            <translation>Вспомогательны&amp;й орган:</translation>
        </message>
        <message>
            <source>The document symbol, for example ABC/WG.1/2026/1</source>
            <translation>Условное обозначение документа, например ABC/WG.1/2026/1</translation>
        </message>
        <message>
            <source>The original language is now {0}.</source>
            <translation>Язык оригинала теперь: {0}.</translation>
        </message>
        <message>
            <source>Ven&amp;ue:</source>
            <translation>Ме&amp;сто проведения:</translation>
        </message>
        <message>
            <source>{0} (original)</source>
            <translation>{0} (оригинал)</translation>
        </message>
        <message>
            <source>{0} ({1}/{2} items translated)</source>
            <translation>{0} (переведено пунктов: {1}/{2})</translation>
        </message>
        <message>
            <source>{0} of {1} agenda items are fully translated into {2}.</source>
            <translation>Полностью переведено на язык «{2}»: {0} из {1} пунктов повестки дня.</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;About {0}</source>
            <translation>&amp;О программе {0}</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Закрыть</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;Export PDF...</source>
            <translation>&amp;Экспорт в PDF...</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>&amp;Замечания</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;Import Translation...</source>
            <translation>&amp;Импорт перевода...</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Создать</translation>
        </message>
        <message>
            <source>&amp;Open...</source>
            <translation>&amp;Открыть...</translation>
        </message>
        <message>
            <source>&amp;Preferences...</source>
            <translation>&amp;Параметры...</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>&amp;Schedule In...</source>
            <translation>&amp;Включить в расписание...</translation>
        </message>
        <message>
            <source>&amp;Toolbar</source>
            <translation>&amp;Панель инструментов</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Drafts provisional agendas and annotations of intergovernmental meetings in the six official languages of the United Nations.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Подготовка предварительных повесток дня и аннотаций межправительственных совещаний на шести официальных языках Организации Объединенных Наций.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>О &amp;Qt</translation>
        </message>
        <message>
            <source>About {0}</source>
            <translation>О программе {0}</translation>
        </message>
        <message>
            <source>Choose the day and meeting in which the selected items are taken up</source>
            <translation>Выбрать день и заседание, на котором рассматриваются выбранные пункты</translation>
        </message>
        <message>
            <source>Close the meeting</source>
            <translation>Закрыть совещание</translation>
        </message>
        <message>
            <source>Export &amp;Word Document...</source>
            <translation>Экспорт в документ &amp;Word...</translation>
        </message>
        <message>
            <source>Export for &amp;Translation...</source>
            <translation>Экспорт для &amp;перевода...</translation>
        </message>
        <message>
            <source>Export the document as PDF</source>
            <translation>Экспортировать документ в PDF</translation>
        </message>
        <message>
            <source>Export the document as a Word file, the manuscript for Documents Management</source>
            <translation>Экспортировать документ в файл Word — рукопись для службы документации</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>Ф&amp;ормат</translation>
        </message>
        <message>
            <source>Fill a language version from a translated XLIFF file</source>
            <translation>Заполнить языковую версию из переведенного файла XLIFF</translation>
        </message>
        <message>
            <source>Go back to the saved file</source>
            <translation>Вернуться к сохраненному файлу</translation>
        </message>
        <message>
            <source>Go to &amp;Item</source>
            <translation>Перейти к &amp;пункту</translation>
        </message>
        <message>
            <source>Go to &amp;Meeting</source>
            <translation>Перейти к &amp;совещанию</translation>
        </message>
        <message>
            <source>Go to &amp;Timetable</source>
            <translation>Перейти к &amp;расписанию</translation>
        </message>
        <message>
            <source>Go to T&amp;ranslation</source>
            <translation>Перейти к п&amp;ереводу</translation>
        </message>
        <message>
            <source>Interface language and defaults for new meetings</source>
            <translation>Язык интерфейса и параметры новых совещаний по умолчанию</translation>
        </message>
        <message>
            <source>New Session From &amp;This One...</source>
            <translation>Новая сессия на основе &amp;этой...</translation>
        </message>
        <message>
            <source>New from &amp;Existing...</source>
            <translation>Создать на основе &amp;существующего...</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Нет недавних файлов</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Недавние файлы</translation>
        </message>
        <message>
            <source>Open a meeting file</source>
            <translation>Открыть файл совещания</translation>
        </message>
        <message>
            <source>Quit {0}</source>
            <translation>Выйти из {0}</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>&amp;Вернуть сохраненную версию</translation>
        </message>
        <message>
            <source>Redone: {0}</source>
            <translation>Повторено: {0}</translation>
        </message>
        <message>
            <source>Save &amp;As...</source>
            <translation>Сохранить &amp;как...</translation>
        </message>
        <message>
            <source>Save the meeting</source>
            <translation>Сохранить совещание</translation>
        </message>
        <message>
            <source>Save under another name</source>
            <translation>Сохранить под другим именем</translation>
        </message>
        <message>
            <source>Select the agenda items to schedule first.</source>
            <translation>Сначала выберите пункты повестки дня для включения в расписание.</translation>
        </message>
        <message>
            <source>Show the item editor</source>
            <translation>Показать редактор пункта</translation>
        </message>
        <message>
            <source>Show the meeting details</source>
            <translation>Показать сведения о совещании</translation>
        </message>
        <message>
            <source>Show the organization of work</source>
            <translation>Показать организацию работы</translation>
        </message>
        <message>
            <source>Show the texts side by side with a language version</source>
            <translation>Показать тексты рядом с языковой версией</translation>
        </message>
        <message>
            <source>Start a new meeting</source>
            <translation>Начать новое совещание</translation>
        </message>
        <message>
            <source>Start a new meeting with the agenda of an existing one</source>
            <translation>Начать новое совещание с повесткой дня существующего</translation>
        </message>
        <message>
            <source>Start the next session's meeting from this one, which stays as it is</source>
            <translation>Начать совещание следующей сессии на основе этого, которое останется без изменений</translation>
        </message>
        <message>
            <source>Timetab&amp;le</source>
            <translation>Распи&amp;сание</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Панель инструментов</translation>
        </message>
        <message>
            <source>Undo &amp;History</source>
            <translation>&amp;Журнал отмены</translation>
        </message>
        <message>
            <source>Undone: {0}</source>
            <translation>Отменено: {0}</translation>
        </message>
        <message>
            <source>Write a language version as an XLIFF file for translation tools</source>
            <translation>Записать языковую версию в файл XLIFF для программ перевода</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>&amp;Keep them where they are too (continued)</source>
            <translation>&amp;Оставить их также на прежнем месте (продолжение)</translation>
        </message>
        <message>
            <source>Items to move: {0}</source>
            <translation>Перемещаемые пункты: {0}</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Переместить в</translation>
        </message>
        <message>
            <source>This day allows no meeting.</source>
            <translation>В этот день заседания не допускаются.</translation>
        </message>
    </context>
    <context>
        <name>NextSessionDialog</name>
        <message>
            <source>A new, unsaved meeting is made from this one, which is not changed. Untick a symbol to keep it as it is, or type the new one.</source>
            <translation>На основе этого совещания, которое не изменяется, создается новое несохраненное совещание. Снимите флажок, чтобы оставить условное обозначение без изменений, или введите новое.</translation>
        </message>
        <message>
            <source>Annotations to clear (the standard items keep theirs):</source>
            <translation>Аннотации, которые будут удалены (стандартные пункты сохраняют свои):</translation>
        </message>
        <message>
            <source>Clear the dates and the days of the organization of work</source>
            <translation>Удалить даты и дни организации работы</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Создать</translation>
        </message>
        <message>
            <source>Item {0}, annotation ({1}, paragraph {2})</source>
            <translation>Пункт {0}, аннотация ({1}, абзац {2})</translation>
        </message>
        <message>
            <source>Item {0}, documentation</source>
            <translation>Пункт {0}, документация</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Совещание</translation>
        </message>
        <message>
            <source>New Session From This One</source>
            <translation>Новая сессия на основе этой</translation>
        </message>
        <message>
            <source>New symbol</source>
            <translation>Новое условное обозначение</translation>
        </message>
        <message>
            <source>Symbol now</source>
            <translation>Текущее условное обозначение</translation>
        </message>
        <message>
            <source>The symbol has no year or number to roll.</source>
            <translation>В условном обозначении нет года или номера, которые можно увеличить.</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
    </context>
    <context>
        <name>Origin</name>
        <message>
            <source>Imported from the Word document {0}</source>
            <translation>Импортировано из документа Word {0}</translation>
        </message>
        <message>
            <source>Imported from the text file {0}</source>
            <translation>Импортировано из текстового файла {0}</translation>
        </message>
        <message>
            <source>New meeting from the agenda of {0}</source>
            <translation>Новое совещание на основе повестки дня {0}</translation>
        </message>
        <message>
            <source>Next session from {0}</source>
            <translation>Следующая сессия после {0}</translation>
        </message>
        <message>
            <source>Not recorded (not made from another document)</source>
            <translation>Не указано (не создано из другого документа)</translation>
        </message>
        <message>
            <source>Opened from the PDF {0}</source>
            <translation>Открыто из PDF {0}</translation>
        </message>
        <message>
            <source>an unsaved meeting</source>
            <translation>несохранённое совещание</translation>
        </message>
        <message>
            <source>{0}, on {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <source>“{0}”</source>
            <translation>«{0}»</translation>
        </message>
        <message>
            <source>“{0}” ({1})</source>
            <translation>«{0}» ({1})</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>&amp;Page size of new meetings:</source>
            <translation>&amp;Формат страницы новых совещаний:</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Язык интерфейса:</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Язык системы</translation>
        </message>
        <message>
            <source>The language of menus, buttons and messages</source>
            <translation>Язык меню, кнопок и сообщений</translation>
        </message>
        <message>
            <source>The language of the documents is chosen for each meeting, in the Meeting page.</source>
            <translation>Язык документов выбирается для каждого совещания на странице «Совещание».</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message numerus="yes">
            <source>%n page(s) in {0}, as they will print</source>
            <translation>
                <numerusform>%n страница на языке «{0}», как при печати</numerusform>
                <numerusform>%n страницы на языке «{0}», как при печати</numerusform>
                <numerusform>%n страниц на языке «{0}», как при печати</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;Печать...</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Print Pre&amp;view</source>
            <translation>Пред&amp;варительный просмотр</translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>Предварительный просмотр</translation>
        </message>
        <message>
            <source>Print the document in the language version shown</source>
            <translation>Напечатать документ в показанной языковой версии</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>На принтер отправлена %n страница.</numerusform>
                <numerusform>На принтер отправлены %n страницы.</numerusform>
                <numerusform>На принтер отправлено %n страниц.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show the pages as they will print, in the language version shown</source>
            <translation>Показать страницы такими, какими они будут напечатаны, в показанной языковой версии</translation>
        </message>
        <message>
            <source>The document cannot be printed: {0}</source>
            <translation>Документ невозможно напечатать: {0}</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>Не удалось запустить принтер.</translation>
        </message>
    </context>
    <context>
        <name>PreviewWidget</name>
        <message>
            <source>Page {0}</source>
            <translation>Страница {0}</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Страница {0} из {1}</translation>
        </message>
        <message>
            <source>The preview could not be made: {0}</source>
            <translation>Не удалось построить предварительный просмотр: {0}</translation>
        </message>
        <message>
            <source>Updating the preview…</source>
            <translation>Обновление предварительного просмотра…</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>"{file}" cannot be locked for editing: others keep changing its lock</source>
            <translation>«{file}» не удается заблокировать для правки: другие постоянно меняют его блокировку</translation>
        </message>
        <message>
            <source>"{file}" cannot be locked for editing: the lock file disappeared</source>
            <translation>«{file}» не удается заблокировать для правки: файл блокировки исчез</translation>
        </message>
        <message>
            <source>"{file}" cannot be locked for editing: {detail}</source>
            <translation>«{file}» не удается заблокировать для правки: {detail}</translation>
        </message>
        <message>
            <source>"{file}" cannot be opened ({detail})</source>
            <translation>«{file}» не удается открыть ({detail})</translation>
        </message>
        <message>
            <source>"{file}" cannot be read: permission denied</source>
            <translation>«{file}» не удается прочитать: доступ запрещен</translation>
        </message>
        <message>
            <source>"{file}" cannot be read: {detail}</source>
            <translation>«{file}» не удается прочитать: {detail}</translation>
        </message>
        <message>
            <source>"{file}" contains {detail}, which Agenda Editor files never have: it was crafted or changed by another program, and was not opened</source>
            <translation>«{file}» содержит {detail}, чего в файлах Agenda Editor никогда не бывает: он подделан или изменен другой программой и не был открыт</translation>
        </message>
        <message>
            <source>"{file}" could not be saved ({detail})</source>
            <translation>«{file}» не удалось сохранить ({detail})</translation>
        </message>
        <message>
            <source>"{file}" could not be saved: permission denied</source>
            <translation>«{file}» не удалось сохранить: доступ запрещен</translation>
        </message>
        <message>
            <source>"{file}" could not be saved: {detail}</source>
            <translation>«{file}» не удалось сохранить: {detail}</translation>
        </message>
        <message>
            <source>"{file}" does not exist (it may have been moved or deleted)</source>
            <translation>«{file}» не существует (возможно, он был перемещен или удален)</translation>
        </message>
        <message>
            <source>"{file}" has an unknown file format ({version})</source>
            <translation>«{file}» имеет неизвестный формат файла ({version})</translation>
        </message>
        <message>
            <source>"{file}" has inconsistent content: {detail}</source>
            <translation>Содержимое «{file}» противоречиво: {detail}</translation>
        </message>
        <message>
            <source>"{file}" holds a value of more than {megabytes} MB, which no Agenda Editor file does: it is damaged or crafted; it was not opened</source>
            <translation>«{file}» содержит значение размером более {megabytes} МБ, чего не бывает ни в одном файле Agenda Editor: он поврежден или подделан; он не был открыт</translation>
        </message>
        <message>
            <source>"{file}" is a database of another program, not an Agenda Editor session file</source>
            <translation>«{file}» — база данных другой программы, а не файл сеанса Agenda Editor</translation>
        </message>
        <message>
            <source>"{file}" is a folder, not a session file</source>
            <translation>«{file}» — папка, а не файл сеанса</translation>
        </message>
        <message>
            <source>"{file}" is a folder; a session file cannot be saved there</source>
            <translation>«{file}» — папка; сохранить туда файл сеанса нельзя</translation>
        </message>
        <message>
            <source>"{file}" is already open in this window</source>
            <translation>«{file}» уже открыт в этом окне</translation>
        </message>
        <message>
            <source>"{file}" is damaged (SQLite reports: {detail})</source>
            <translation>«{file}» поврежден (SQLite сообщает: {detail})</translation>
        </message>
        <message>
            <source>"{file}" is damaged ({detail})</source>
            <translation>«{file}» поврежден ({detail})</translation>
        </message>
        <message>
            <source>"{file}" is empty: it is not an Agenda Editor session file</source>
            <translation>«{file}» пуст: это не файл сеанса Agenda Editor</translation>
        </message>
        <message>
            <source>"{file}" is incomplete (the file is truncated)</source>
            <translation>«{file}» неполон (файл обрезан)</translation>
        </message>
        <message>
            <source>"{file}" is not an Agenda Editor session file</source>
            <translation>«{file}» не является файлом сеанса Agenda Editor</translation>
        </message>
        <message>
            <source>"{file}" is opened by {owner}</source>
            <translation>«{file}» открыт пользователем {owner}</translation>
        </message>
        <message>
            <source>"{file}" kept changing while it was being read; try again later</source>
            <translation>«{file}» постоянно менялся во время чтения; повторите попытку позже</translation>
        </message>
        <message>
            <source>"{file}" took more than {seconds} seconds to read, which no Agenda Editor file does: it is damaged or was crafted to make programs hang; it was not opened</source>
            <translation>Чтение «{file}» заняло более {seconds} с, чего не бывает ни с одним файлом Agenda Editor: он поврежден или подделан, чтобы программы зависали; он не был открыт</translation>
        </message>
        <message>
            <source>"{file}" was changed by another program or person since it was opened; it was not overwritten</source>
            <translation>«{file}» был изменен другой программой или другим человеком после открытия; он не был перезаписан</translation>
        </message>
        <message>
            <source>"{file}" was moved or deleted since it was opened; it was not written again</source>
            <translation>«{file}» был перемещен или удален после открытия; он не был записан заново</translation>
        </message>
        <message>
            <source>"{file}" was not opened: {journals} beside it holds changes that another program made to it and never finished. Agenda Editor neither applies nor deletes them; finish them with the program that made them, or move that file away to open the file without them</source>
            <translation>«{file}» не был открыт: рядом с ним {journals} содержит изменения, которые другая программа начала вносить в него и не завершила. Agenda Editor не применяет и не удаляет их; завершите их в программе, которая их внесла, или переместите этот файл, чтобы открыть файл без них</translation>
        </message>
        <message>
            <source>"{file}" was not saved: {detail}</source>
            <translation>«{file}» не был сохранен: {detail}</translation>
        </message>
        <message>
            <source>"{file}" was saved by a newer version of Agenda Editor (file format {version}; this version reads formats up to {latest}). Update Agenda Editor to open it.</source>
            <translation>«{file}» был сохранен более новой версией Agenda Editor (формат файла {version}; эта версия читает форматы до {latest}). Обновите Agenda Editor, чтобы открыть его.</translation>
        </message>
        <message>
            <source>&lt;/{tag}&gt; comes before &lt;/{inner}&gt;: &lt;{inner}&gt; was opened inside &lt;{tag}&gt; and must be closed first (at character {at})</source>
            <translation>&lt;/{tag}&gt; стоит перед &lt;/{inner}&gt;: тег &lt;{inner}&gt; открыт внутри &lt;{tag}&gt; и должен быть закрыт первым (символ {at})</translation>
        </message>
        <message>
            <source>&lt;/{tag}&gt; has no &lt;{tag}&gt; before it to close (at character {at})</source>
            <translation>перед &lt;/{tag}&gt; нет открывающего тега &lt;{tag}&gt; (символ {at})</translation>
        </message>
        <message>
            <source>&lt;{tag}&gt; is never closed (opened at character {at})</source>
            <translation>тег &lt;{tag}&gt; нигде не закрыт (открыт на символе {at})</translation>
        </message>
        <message>
            <source>&lt;{tag}&gt; is opened again inside &lt;{tag}&gt; (at character {at})</source>
            <translation>тег &lt;{tag}&gt; открыт повторно внутри &lt;{tag}&gt; (символ {at})</translation>
        </message>
        <message>
            <source>a body id</source>
            <translation>идентификатор органа</translation>
        </message>
        <message>
            <source>a body's name</source>
            <translation>название органа</translation>
        </message>
        <message>
            <source>a body's name belongs to a body that does not exist</source>
            <translation>название органа относится к несуществующему органу</translation>
        </message>
        <message>
            <source>a day of the timetable</source>
            <translation>день расписания</translation>
        </message>
        <message>
            <source>a document symbol</source>
            <translation>условное обозначение документа</translation>
        </message>
        <message>
            <source>a document title</source>
            <translation>название документа</translation>
        </message>
        <message>
            <source>a footnote cannot contain another footnote (at character {at})</source>
            <translation>сноска не может содержать другую сноску (символ {at})</translation>
        </message>
        <message>
            <source>a language</source>
            <translation>язык</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>список</translation>
        </message>
        <message>
            <source>a meeting of {date} belongs to the body {body}, which is not in the timetable</source>
            <translation>заседание {date} относится к органу {body}, которого нет в расписании</translation>
        </message>
        <message>
            <source>a start time</source>
            <translation>время начала</translation>
        </message>
        <message>
            <source>a version needs a name</source>
            <translation>у версии должно быть имя</translation>
        </message>
        <message>
            <source>an agenda item is a sub-item of an item that does not exist</source>
            <translation>пункт повестки дня является подпунктом несуществующего пункта</translation>
        </message>
        <message>
            <source>an annotation paragraph</source>
            <translation>абзац аннотации</translation>
        </message>
        <message>
            <source>an end time</source>
            <translation>время окончания</translation>
        </message>
        <message>
            <source>an id cannot be empty</source>
            <translation>идентификатор не может быть пустым</translation>
        </message>
        <message>
            <source>an item id</source>
            <translation>идентификатор пункта</translation>
        </message>
        <message>
            <source>an item title</source>
            <translation>название пункта</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>объект</translation>
        </message>
        <message>
            <source>broken markup: {detail}</source>
            <translation>нарушена разметка: {detail}</translation>
        </message>
        <message>
            <source>cannot be written as JSON: {detail}</source>
            <translation>нельзя записать в JSON: {detail}</translation>
        </message>
        <message>
            <source>date of issue</source>
            <translation>дата выпуска</translation>
        </message>
        <message>
            <source>distribution</source>
            <translation>распространение</translation>
        </message>
        <message>
            <source>expected "{expected}", got {value}</source>
            <translation>ожидалось «{expected}», получено: {value}</translation>
        </message>
        <message>
            <source>expected a JSON object at the top level, got {value}</source>
            <translation>на верхнем уровне ожидался объект JSON, получено: {value}</translation>
        </message>
        <message>
            <source>expected a date as YYYY-MM-DD, got {value}</source>
            <translation>ожидалась дата в формате ГГГГ-ММ-ДД, получено: {value}</translation>
        </message>
        <message>
            <source>expected a list of agenda item ids, got {value}</source>
            <translation>ожидался список идентификаторов пунктов повестки дня, получено: {value}</translation>
        </message>
        <message>
            <source>expected a list of agenda items, got {value}</source>
            <translation>ожидался список пунктов повестки дня, получено: {value}</translation>
        </message>
        <message>
            <source>expected a list of bodies, got {value}</source>
            <translation>ожидался список органов, получено: {value}</translation>
        </message>
        <message>
            <source>expected a list of days, got {value}</source>
            <translation>ожидался список дней, получено: {value}</translation>
        </message>
        <message>
            <source>expected a list of documents, got {value}</source>
            <translation>ожидался список документов, получено: {value}</translation>
        </message>
        <message>
            <source>expected a list of language codes, got {value}</source>
            <translation>ожидался список кодов языков, получено: {value}</translation>
        </message>
        <message>
            <source>expected a list of meetings, got {value}</source>
            <translation>ожидался список заседаний, получено: {value}</translation>
        </message>
        <message>
            <source>expected a list of paragraphs, got {value}</source>
            <translation>ожидался список абзацев, получено: {value}</translation>
        </message>
        <message>
            <source>expected a time as HH:MM (24-hour clock), got {value}</source>
            <translation>ожидалось время в формате ЧЧ:ММ (24-часовой формат), получено: {value}</translation>
        </message>
        <message>
            <source>expected a whole number of 0 or more, got {value}</source>
            <translation>ожидалось целое число не меньше 0, получено: {value}</translation>
        </message>
        <message>
            <source>expected a whole number of at most {limit}, got {value}</source>
            <translation>ожидалось целое число не больше {limit}, получено: {value}</translation>
        </message>
        <message>
            <source>expected a whole number, got {value}</source>
            <translation>ожидалось целое число, получено: {value}</translation>
        </message>
        <message>
            <source>expected an object, got {value}</source>
            <translation>ожидался объект, получено: {value}</translation>
        </message>
        <message>
            <source>expected at least one body</source>
            <translation>ожидался хотя бы один орган</translation>
        </message>
        <message>
            <source>expected at least one body (leave the field out for one plenary)</source>
            <translation>ожидался хотя бы один орган (для одного пленарного органа не указывайте это поле)</translation>
        </message>
        <message>
            <source>expected one of {choices}, got {value}</source>
            <translation>ожидалось одно из значений {choices}, получено: {value}</translation>
        </message>
        <message>
            <source>expected paragraphs (or a map of language codes to paragraphs), got {value}</source>
            <translation>ожидались абзацы (или соответствие кодов языков абзацам), получено: {value}</translation>
        </message>
        <message>
            <source>expected text (or a map of language codes to text), got {value}</source>
            <translation>ожидался текст (или соответствие кодов языков текстам), получено: {value}</translation>
        </message>
        <message>
            <source>expected text, got {value}</source>
            <translation>ожидался текст, получено: {value}</translation>
        </message>
        <message>
            <source>first day</source>
            <translation>первый день</translation>
        </message>
        <message>
            <source>invalid JSON at line {line}, column {column}: {detail}</source>
            <translation>недопустимый JSON в строке {line}, столбце {column}: {detail}</translation>
        </message>
        <message>
            <source>invalid JSON: a number of {characters} characters is too long</source>
            <translation>недопустимый JSON: число из {characters} символов слишком длинное</translation>
        </message>
        <message>
            <source>invalid JSON: a number of {digits} digits is too long</source>
            <translation>недопустимый JSON: число из {digits} цифр слишком длинное</translation>
        </message>
        <message>
            <source>invalid JSON: nested too deeply</source>
            <translation>недопустимый JSON: слишком глубокая вложенность</translation>
        </message>
        <message>
            <source>invalid JSON: {name} is not a valid JSON value</source>
            <translation>недопустимый JSON: {name} не является допустимым значением JSON</translation>
        </message>
        <message>
            <source>it cannot be read: {detail}</source>
            <translation>её не удаётся прочитать: {detail}</translation>
        </message>
        <message>
            <source>it contains {detail}, which Agenda Editor files never have: it was crafted or changed by another program, and was not opened</source>
            <translation>она содержит {detail}, чего в файлах Agenda Editor не бывает: она подделана или изменена другой программой и не была открыта</translation>
        </message>
        <message>
            <source>it has a meeting text of an unknown kind {kind}</source>
            <translation>в нём есть текст совещания неизвестного вида {kind}</translation>
        </message>
        <message>
            <source>it has an unknown format ({version})</source>
            <translation>у неё неизвестный формат ({version})</translation>
        </message>
        <message>
            <source>it has more than one {what} record</source>
            <translation>в нём больше одной записи «{what}»</translation>
        </message>
        <message>
            <source>it has no {what} record</source>
            <translation>в нём нет записи «{what}»</translation>
        </message>
        <message>
            <source>it is damaged (SQLite reports: {detail})</source>
            <translation>она повреждена (SQLite сообщает: {detail})</translation>
        </message>
        <message>
            <source>it is damaged (it cannot be uncompressed: {detail})</source>
            <translation>она повреждена (её не удаётся распаковать: {detail})</translation>
        </message>
        <message>
            <source>it is damaged (it does not hold a meeting)</source>
            <translation>она повреждена (в ней нет заседания)</translation>
        </message>
        <message>
            <source>it is damaged (it does not hold an Agenda Editor meeting)</source>
            <translation>она повреждена (в ней нет заседания Agenda Editor)</translation>
        </message>
        <message>
            <source>it is damaged (it holds a value of more than {megabytes} MB)</source>
            <translation>она повреждена (в ней есть значение больше {megabytes} МБ)</translation>
        </message>
        <message>
            <source>it is damaged (it holds versions of its own)</source>
            <translation>она повреждена (в ней есть собственные версии)</translation>
        </message>
        <message>
            <source>it is damaged (its compressed data is cut short or has extra bytes)</source>
            <translation>она повреждена (её сжатые данные обрезаны или содержат лишние байты)</translation>
        </message>
        <message>
            <source>it is damaged ({detail})</source>
            <translation>она повреждена ({detail})</translation>
        </message>
        <message>
            <source>it is larger than {limit} MB once uncompressed, which no meeting is: it is damaged or crafted</source>
            <translation>в распакованном виде она больше {limit} МБ, чего не бывает ни у одного заседания: она повреждена или подделана</translation>
        </message>
        <message>
            <source>it is not an Agenda Editor session database</source>
            <translation>это не база данных сеанса Agenda Editor</translation>
        </message>
        <message>
            <source>it keeps {count} versions, more than the {limit} any Agenda Editor file has</source>
            <translation>в нём хранится версий: {count}, больше, чем {limit} в любом файле Agenda Editor</translation>
        </message>
        <message>
            <source>it records more than one origin of the meeting</source>
            <translation>в нём записано больше одного происхождения совещания</translation>
        </message>
        <message>
            <source>it refers to {key} which it does not contain</source>
            <translation>в нём есть ссылка на {key}, которого в нём нет</translation>
        </message>
        <message>
            <source>it took too long to read: it is damaged or crafted</source>
            <translation>её чтение заняло слишком много времени: она повреждена или подделана</translation>
        </message>
        <message>
            <source>it was made by a newer version of Agenda Editor (format {version}; this version reads formats up to {latest})</source>
            <translation>она создана более новой версией Agenda Editor (формат {version}; эта версия читает форматы до {latest})</translation>
        </message>
        <message>
            <source>its content is inconsistent: {detail}</source>
            <translation>её содержимое противоречиво: {detail}</translation>
        </message>
        <message>
            <source>its schema version is {version}, not {latest}</source>
            <translation>версия его схемы — {version}, а не {latest}</translation>
        </message>
        <message>
            <source>its timetable has no body</source>
            <translation>в его расписании нет ни одного органа</translation>
        </message>
        <message>
            <source>its versions take {size} MB, more than the {limit} MB any Agenda Editor file has</source>
            <translation>его версии занимают {size} МБ, больше, чем {limit} МБ в любом файле Agenda Editor</translation>
        </message>
        <message>
            <source>last day</source>
            <translation>последний день</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>совещание</translation>
        </message>
        <message>
            <source>meetings on a day</source>
            <translation>заседаний в один день</translation>
        </message>
        <message>
            <source>meetings per day</source>
            <translation>заседаний в день</translation>
        </message>
        <message>
            <source>missing; expected "{expected}"</source>
            <translation>отсутствует; ожидалось «{expected}»</translation>
        </message>
        <message>
            <source>missing; this field is required</source>
            <translation>отсутствует; это поле обязательно</translation>
        </message>
        <message>
            <source>no agenda item has the id {id}</source>
            <translation>ни у одного пункта повестки дня нет идентификатора {id}</translation>
        </message>
        <message>
            <source>no body has the id {id}; the bodies are {bodies}</source>
            <translation>ни у одного органа нет идентификатора {id}; органы: {bodies}</translation>
        </message>
        <message>
            <source>not UTF-8 text (invalid byte at offset {offset})</source>
            <translation>это не текст UTF-8 (недопустимый байт в позиции {offset})</translation>
        </message>
        <message>
            <source>not a PDF file</source>
            <translation>это не файл PDF</translation>
        </message>
        <message>
            <source>origin</source>
            <translation>происхождение</translation>
        </message>
        <message>
            <source>page size</source>
            <translation>формат страницы</translation>
        </message>
        <message>
            <source>part of the meeting cannot be read ({detail})</source>
            <translation>часть совещания не удаётся прочитать ({detail})</translation>
        </message>
        <message>
            <source>schema version {version} is newer than this program knows ({latest})</source>
            <translation>версия схемы {version} новее тех, что известны этой программе ({latest})</translation>
        </message>
        <message>
            <source>schema version {version} is not a known version</source>
            <translation>версия схемы {version} не является известной версией</translation>
        </message>
        <message>
            <source>some agenda items are sub-items of themselves</source>
            <translation>некоторые пункты повестки дня являются подпунктами самих себя</translation>
        </message>
        <message>
            <source>the PDF cannot be read ({detail})</source>
            <translation>не удаётся прочитать PDF ({detail})</translation>
        </message>
        <message>
            <source>the date the meeting was made</source>
            <translation>дата создания совещания</translation>
        </message>
        <message>
            <source>the document is empty</source>
            <translation>документ пуст</translation>
        </message>
        <message>
            <source>the document symbol</source>
            <translation>условное обозначение документа</translation>
        </message>
        <message>
            <source>the field "{field}" is given more than once</source>
            <translation>поле «{field}» указано более одного раза</translation>
        </message>
        <message>
            <source>the file is a translation into {target}, not into {lang}</source>
            <translation>файл является переводом на {target}, а не на {lang}</translation>
        </message>
        <message>
            <source>the file is a translation of {theirs}, not of this meeting ({ours})</source>
            <translation>файл является переводом {theirs}, а не этого совещания ({ours})</translation>
        </message>
        <message>
            <source>the file the meeting came from</source>
            <translation>файл, из которого взято совещание</translation>
        </message>
        <message>
            <source>the file translates from {source}, but the original of this meeting is {original}</source>
            <translation>файл переводит с {source}, но оригинал этого совещания — {original}</translation>
        </message>
        <message>
            <source>the file translates into {target}, the original language itself</source>
            <translation>файл переводит на {target}, то есть на сам язык оригинала</translation>
        </message>
        <message>
            <source>the file translates into {target}, which is not one of the languages {languages}</source>
            <translation>файл переводит на {target}, которого нет среди языков {languages}</translation>
        </message>
        <message>
            <source>the id {id} is already used by {owner}</source>
            <translation>идентификатор {id} уже используется в {owner}</translation>
        </message>
        <message>
            <source>the language "{lang}" is given more than once</source>
            <translation>язык «{lang}» указан более одного раза</translation>
        </message>
        <message>
            <source>the meeting is too large to keep as a version ({size} MB compressed; at most {limit} MB)</source>
            <translation>заседание слишком велико, чтобы сохранить его как версию ({size} МБ в сжатом виде; не более {limit} МБ)</translation>
        </message>
        <message>
            <source>the name of a version has at most {limit} characters</source>
            <translation>имя версии содержит не более {limit} символов</translation>
        </message>
        <message>
            <source>the name of a version is one line without control characters</source>
            <translation>имя версии — одна строка без управляющих символов</translation>
        </message>
        <message>
            <source>the number of {what} is not a whole number ({value})</source>
            <translation>число {what} не является целым числом ({value})</translation>
        </message>
        <message>
            <source>the number {number}</source>
            <translation>число {number}</translation>
        </message>
        <message>
            <source>the original language</source>
            <translation>язык оригинала</translation>
        </message>
        <message>
            <source>the symbol the meeting came from</source>
            <translation>условное обозначение, от которого происходит совещание</translation>
        </message>
        <message>
            <source>the table {table} refers to missing {parent} rows</source>
            <translation>таблица {table} ссылается на отсутствующие строки {parent}</translation>
        </message>
        <message>
            <source>the text contains a character that cannot be stored (a lone surrogate, U+{code}, at character {position}); it comes from broken text, remove it</source>
            <translation>текст содержит символ, который нельзя сохранить (одиночный суррогат U+{code} на позиции {position}); он взят из повреждённого текста, удалите его</translation>
        </message>
        <message>
            <source>the text is too long: {length} characters, at most {limit} are accepted</source>
            <translation>текст слишком длинный: {length} символов, допускается не более {limit}</translation>
        </message>
        <message>
            <source>the timetable has a meeting of a body that does not exist</source>
            <translation>в расписании есть заседание несуществующего органа</translation>
        </message>
        <message>
            <source>the timetable has a meeting on a day that does not exist</source>
            <translation>в расписании есть заседание в несуществующий день</translation>
        </message>
        <message>
            <source>the timetable has no body</source>
            <translation>в расписании нет ни одного органа</translation>
        </message>
        <message>
            <source>the timetable lists an item that is not in the agenda</source>
            <translation>в расписании указан пункт, которого нет в повестке дня</translation>
        </message>
        <message>
            <source>the timetable lists items for a meeting that does not exist</source>
            <translation>в расписании указаны пункты для несуществующего заседания</translation>
        </message>
        <message>
            <source>the timetable of {date} lists the item {id}, which is not in the agenda</source>
            <translation>в расписании на {date} указан пункт {id}, которого нет в повестке дня</translation>
        </message>
        <message>
            <source>the {what} {value} is not a known value</source>
            <translation>{what}: неизвестное значение {value}</translation>
        </message>
        <message>
            <source>this PDF was not made by Agenda Editor (it carries no meeting to open); open the .agenda or .json file it was made from instead</source>
            <translation>этот PDF создан не в Agenda Editor (в нём нет заседания, которое можно открыть); откройте вместо него файл .agenda или .json, из которого он был создан</translation>
        </message>
        <message>
            <source>timetable</source>
            <translation>расписание</translation>
        </message>
        <message>
            <source>too deep: the agenda has at most {levels} levels of items</source>
            <translation>слишком глубоко: в повестке дня не более {levels} уровней пунктов</translation>
        </message>
        <message>
            <source>two agenda items have the same id {id}</source>
            <translation>у двух пунктов повестки дня одинаковый идентификатор {id}</translation>
        </message>
        <message>
            <source>two bodies have the same id {id}</source>
            <translation>у двух органов одинаковый идентификатор {id}</translation>
        </message>
        <message>
            <source>unknown field; did you mean "{field}"?</source>
            <translation>неизвестное поле; возможно, имелось в виду «{field}»?</translation>
        </message>
        <message>
            <source>unknown field; expected one of {fields}</source>
            <translation>неизвестное поле; ожидалось одно из: {fields}</translation>
        </message>
        <message>
            <source>unknown language {lang}; expected one of {languages}</source>
            <translation>неизвестный язык {lang}; ожидался один из: {languages}</translation>
        </message>
        <message>
            <source>upgrading the schema from version {version} to {next} failed: {detail}</source>
            <translation>не удалось обновить схему с версии {version} до версии {next}: {detail}</translation>
        </message>
        <message>
            <source>version {n} ({name}) has no proper date</source>
            <translation>у версии {n} ({name}) нет правильной даты</translation>
        </message>
        <message>
            <source>version {n} ({name}) holds no meeting</source>
            <translation>версия {n} ({name}) не содержит совещания</translation>
        </message>
        <message>
            <source>version {n} ({name}) is stored in an unknown way</source>
            <translation>версия {n} ({name}) сохранена неизвестным способом</translation>
        </message>
        <message>
            <source>version {n} has no proper name</source>
            <translation>у версии {n} нет правильного имени</translation>
        </message>
        <message>
            <source>{file}: XLIFF version {version}; only XLIFF 1.2 files can be merged</source>
            <translation>{file}: XLIFF версии {version}; объединять можно только файлы XLIFF 1.2</translation>
        </message>
        <message>
            <source>{file}: cannot be read ({detail})</source>
            <translation>{file}: не удаётся прочитать ({detail})</translation>
        </message>
        <message>
            <source>{file}: declares XML entities, which translation files do not need and which can expand without end (refused)</source>
            <translation>{file}: объявляет сущности XML, которые не нужны файлам перевода и могут разрастаться бесконечно (отклонено)</translation>
        </message>
        <message>
            <source>{file}: does not say which language it translates into</source>
            <translation>{file}: не указывает, на какой язык он переводит</translation>
        </message>
        <message>
            <source>{file}: holds characters that are not text</source>
            <translation>{file}: содержит символы, не являющиеся текстом</translation>
        </message>
        <message>
            <source>{file}: holds {count} &lt;file&gt; elements; a translation of a meeting has one</source>
            <translation>{file}: содержит элементов &lt;file&gt;: {count}; в переводе совещания он один</translation>
        </message>
        <message>
            <source>{file}: is a folder, not a translation file</source>
            <translation>{file}: это папка, а не файл перевода</translation>
        </message>
        <message>
            <source>{file}: no such file</source>
            <translation>{file}: такого файла нет</translation>
        </message>
        <message>
            <source>{file}: not UTF-8 text (byte {offset}); save it as UTF-8 and import it again</source>
            <translation>{file}: это не текст UTF-8 (байт {offset}); сохраните его в UTF-8 и импортируйте снова</translation>
        </message>
        <message>
            <source>{file}: not a Word document (no word/document.xml)</source>
            <translation>{file}: это не документ Word (нет word/document.xml)</translation>
        </message>
        <message>
            <source>{file}: not a Word document (not a .docx archive)</source>
            <translation>{file}: это не документ Word (не архив .docx)</translation>
        </message>
        <message>
            <source>{file}: not an XLIFF file (its root element is &lt;{root}&gt;)</source>
            <translation>{file}: это не файл XLIFF (его корневой элемент — &lt;{root}&gt;)</translation>
        </message>
        <message>
            <source>{file}: not an agenda to import; expected a .docx or .txt file</source>
            <translation>{file}: это не повестка дня для импорта; ожидался файл .docx или .txt</translation>
        </message>
        <message>
            <source>{file}: not well-formed XML: {detail} at line {line}, column {column}</source>
            <translation>{file}: некорректный XML: {detail} в строке {line}, столбце {column}</translation>
        </message>
        <message>
            <source>{file}: refers to external files or addresses (refused)</source>
            <translation>{file}: ссылается на внешние файлы или адреса (отклонено)</translation>
        </message>
        <message>
            <source>{file}: the Word document is damaged ({detail})</source>
            <translation>{file}: документ Word повреждён ({detail})</translation>
        </message>
        <message>
            <source>{file}: too large for an agenda</source>
            <translation>{file}: слишком велик для повестки дня</translation>
        </message>
        <message>
            <source>{file}: too large for an agenda's text</source>
            <translation>{file}: слишком велик для текста повестки дня</translation>
        </message>
        <message>
            <source>{file}: unpacks to more than an agenda can hold</source>
            <translation>{file}: в распакованном виде больше, чем может вместить повестка дня</translation>
        </message>
        <message>
            <source>{file}: {size} MB is far more than the translation of a meeting (at most {limit} MB are read)</source>
            <translation>{file}: {size} МБ — гораздо больше, чем перевод совещания (читается не более {limit} МБ)</translation>
        </message>
        <message>
            <source>{lang} is the original language of the meeting; choose another</source>
            <translation>{lang} — язык оригинала заседания; выберите другой</translation>
        </message>
        <message>
            <source>{user} on host {host} since {time}</source>
            <translation>{user} на компьютере {host} с {time}</translation>
        </message>
        <message>
            <source>{value} is not a UN language code; expected one of {languages}</source>
            <translation>{value} не является кодом языка ООН; ожидалось одно из: {languages}</translation>
        </message>
        <message>
            <source>{value} is not a date of the calendar</source>
            <translation>{value} не является календарной датой</translation>
        </message>
        <message>
            <source>{value} is not a time of day</source>
            <translation>{value} не является временем суток</translation>
        </message>
        <message>
            <source>{value} was made by a newer version of Agenda Editor; this version reads "{expected}"</source>
            <translation>{value} создан более новой версией Agenda Editor; эта версия читает «{expected}»</translation>
        </message>
        <message>
            <source>{what} is not a valid date ({detail})</source>
            <translation>{what}: недопустимая дата ({detail})</translation>
        </message>
        <message>
            <source>{what} is not a valid time ({value})</source>
            <translation>{what}: недопустимое время ({value})</translation>
        </message>
        <message>
            <source>{what} is not text ({value})</source>
            <translation>{what}: это не текст ({value})</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>&amp;Discard All</source>
            <translation>&amp;Удалить все</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>&amp;Восстановить</translation>
        </message>
        <message>
            <source>Agenda Editor was not closed normally. The work below was not saved; recover it now, or discard it.</source>
            <translation>Agenda Editor был закрыт некорректно. Приведенная ниже работа не была сохранена: восстановите ее сейчас или удалите.</translation>
        </message>
        <message>
            <source>Decide &amp;Later</source>
            <translation>Решить &amp;позже</translation>
        </message>
        <message>
            <source>Recover Unsaved Work</source>
            <translation>Восстановление несохраненной работы</translation>
        </message>
        <message>
            <source>Untitled meeting</source>
            <translation>Совещание без названия</translation>
        </message>
        <message>
            <source>{0} — unsaved work of {1}</source>
            <translation>{0} — несохраненная работа от {1}</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;День:</translation>
        </message>
        <message>
            <source>&amp;Items to take up:</source>
            <translation>&amp;Рассматриваемые пункты:</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Заседание:</translation>
        </message>
        <message>
            <source>Choose at least one item.</source>
            <translation>Выберите хотя бы один пункт.</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Новое совещание</translation>
        </message>
        <message>
            <source>New meeting of {0}</source>
            <translation>Новое заседание: {0}</translation>
        </message>
        <message>
            <source>Schedule in</source>
            <translation>Включить в расписание</translation>
        </message>
        <message>
            <source>The timetable has no days: set the meeting's dates.</source>
            <translation>В расписании нет дней: укажите даты совещания.</translation>
        </message>
        <message>
            <source>This day allows no meeting.</source>
            <translation>В этот день заседания не допускаются.</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
    </context>
    <context>
        <name>SlotTimesDialog</name>
        <message>
            <source>&amp;Ends at:</source>
            <translation>&amp;Окончание:</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Начало:</translation>
        </message>
        <message>
            <source>A meeting must end after it starts.</source>
            <translation>Заседание должно заканчиваться после начала.</translation>
        </message>
        <message>
            <source>Meeting times: {0}</source>
            <translation>Время заседания: {0}</translation>
        </message>
    </context>
    <context>
        <name>Spelling</name>
        <message>
            <source>Add “{0}” to the Dictionary</source>
            <translation>Добавить «{0}» в словарь</translation>
        </message>
        <message>
            <source>Check &amp;Spelling</source>
            <translation>Проверять &amp;орфографию</translation>
        </message>
        <message>
            <source>No suggestions</source>
            <translation>Нет вариантов</translation>
        </message>
        <message>
            <source>Spelling:</source>
            <translation>Орфография:</translation>
        </message>
        <message>
            <source>Underline misspelt words in the title, annotation, footnotes and translation</source>
            <translation>Подчеркивать слова с ошибками в названии, аннотации, сносках и переводе</translation>
        </message>
        <message>
            <source>{0}: Hunspell dictionary {1}</source>
            <translation>{0}: словарь Hunspell {1}</translation>
        </message>
        <message>
            <source>{0}: no dictionary installed; words are not checked (install the Hunspell dictionary of this language, e.g. hunspell-{1})</source>
            <translation>{0}: словарь не установлен, слова не проверяются (установите словарь Hunspell для этого языка, например hunspell-{1})</translation>
        </message>
        <message>
            <source>{0}: no spelling check</source>
            <translation>{0}: проверка орфографии не выполняется</translation>
        </message>
    </context>
    <context>
        <name>Timetable</name>
        <message numerus="yes">
            <source>%n day(s) no longer of the meeting take up agenda items: {0}. Remove them and put their items back among the unscheduled items, or keep them?</source>
            <translation>
                <numerusform>%n день, больше не входящий в совещание, содержит пункты повестки дня: {0}. Удалить его и вернуть его пункты в незапланированные или оставить?</numerusform>
                <numerusform>%n дня, больше не входящие в совещание, содержат пункты повестки дня: {0}. Удалить их и вернуть их пункты в незапланированные или оставить?</numerusform>
                <numerusform>%n дней, больше не входящих в совещание, содержат пункты повестки дня: {0}. Удалить их и вернуть их пункты в незапланированные или оставить?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days from {0} to {1}</source>
            <translation>
                <numerusform>%n день с {0} по {1}</numerusform>
                <numerusform>%n дня с {0} по {1}</numerusform>
                <numerusform>%n дней с {0} по {1}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n placed item(s) went back to the unscheduled items.</source>
            <translation>
                <numerusform>%n запланированный пункт вернулся в незапланированные.</numerusform>
                <numerusform>%n запланированных пункта вернулись в незапланированные.</numerusform>
                <numerusform>%n запланированных пунктов вернулись в незапланированные.</numerusform>
            </translation>
        </message>
        <message>
            <source>(item no longer in the agenda)</source>
            <translation>(пункт больше не входит в повестку дня)</translation>
        </message>
        <message>
            <source>A limit cannot be negative.</source>
            <translation>Предел не может быть отрицательным.</translation>
        </message>
        <message>
            <source>A meeting must end after it starts.</source>
            <translation>Заседание должно заканчиваться после начала.</translation>
        </message>
        <message>
            <source>Add body {0}</source>
            <translation>Добавить орган {0}</translation>
        </message>
        <message>
            <source>Add meeting on {0}</source>
            <translation>Добавить заседание {0}</translation>
        </message>
        <message>
            <source>Add meeting {0} of {1} first.</source>
            <translation>Сначала добавьте заседание {0} на {1}.</translation>
        </message>
        <message>
            <source>Added {0}.</source>
            <translation>Добавлено: {0}.</translation>
        </message>
        <message>
            <source>Allow {0} meeting(s) on {1}</source>
            <translation>Разрешить заседаний: {0} ({1})</translation>
        </message>
        <message>
            <source>Allow {0} meeting(s) per day</source>
            <translation>Разрешить заседаний в день: {0}</translation>
        </message>
        <message>
            <source>Body {0}</source>
            <translation>Орган {0}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Change meeting times on {0} to {1}</source>
            <translation>Изменить время заседания {0} на {1}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Continue {0} on {1}</source>
            <translation>Продолжить {0} {1}</translation>
        </message>
        <message>
            <source>Days outside the meeting</source>
            <translation>Дни вне дат совещания</translation>
        </message>
        <message>
            <source>Days to add: {0}.</source>
            <translation>Будут добавлены дни: {0}.</translation>
        </message>
        <message>
            <source>Days to remove: {0}.</source>
            <translation>Будут удалены дни: {0}.</translation>
        </message>
        <message>
            <source>Drop agenda items here to add a meeting of {0} on {1}.</source>
            <translation>Перетащите сюда пункты повестки дня, чтобы добавить заседание ({0}) на {1}.</translation>
        </message>
        <message>
            <source>Drop agenda items here to add a meeting on {0}.</source>
            <translation>Перетащите сюда пункты повестки дня, чтобы добавить заседание {0}.</translation>
        </message>
        <message>
            <source>Drop here to unschedule.</source>
            <translation>Перетащите сюда, чтобы исключить из расписания.</translation>
        </message>
        <message>
            <source>Drop items here to add a meeting</source>
            <translation>Перетащите сюда пункты, чтобы добавить заседание</translation>
        </message>
        <message>
            <source>Drop onto a meeting of a day.</source>
            <translation>Перетащите на заседание одного из дней.</translation>
        </message>
        <message>
            <source>Drop to continue the item(s) in this meeting.</source>
            <translation>Отпустите, чтобы продолжить рассмотрение пункта (пунктов) на этом заседании.</translation>
        </message>
        <message>
            <source>Drop to take up the item(s) in this meeting.</source>
            <translation>Отпустите, чтобы рассмотреть пункт (пункты) на этом заседании.</translation>
        </message>
        <message>
            <source>Give the timetable one day per date of the meeting, adding and removing days</source>
            <translation>Один день расписания на каждую дату совещания: дни добавляются и удаляются</translation>
        </message>
        <message>
            <source>Include Saturdays and Sund&amp;ays</source>
            <translation>Включая субботы и воскр&amp;есенья</translation>
        </message>
        <message>
            <source>Item {0} is already taken up in that meeting.</source>
            <translation>Пункт {0} уже рассматривается на этом заседании.</translation>
        </message>
        <message>
            <source>Item {0} is taken up after item {1}, which comes after it on the agenda.</source>
            <translation>Пункт {0} рассматривается после пункта {1}, который следует за ним в повестке дня.</translation>
        </message>
        <message>
            <source>Item {0} would be taken up twice in one meeting.</source>
            <translation>Пункт {0} рассматривался бы дважды на одном заседании.</translation>
        </message>
        <message>
            <source>Items placed on {0} go back to the unscheduled items if the day is removed (you are asked first).</source>
            <translation>Пункты, стоящие на {0}, вернутся в незапланированные, если день будет удален (сначала будет задан вопрос).</translation>
        </message>
        <message>
            <source>Keep the days</source>
            <translation>Оставить дни</translation>
        </message>
        <message numerus="yes">
            <source>Kept %n day(s) that take up items: {0}.</source>
            <translation>
                <numerusform>Оставлен %n день с пунктами: {0}.</numerusform>
                <numerusform>Оставлены %n дня с пунктами: {0}.</numerusform>
                <numerusform>Оставлено %n дней с пунктами: {0}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Match Days to Meeting &amp;Dates</source>
            <translation>Согласовать дни с &amp;датами совещания</translation>
        </message>
        <message>
            <source>Match Days to Meeting Dates</source>
            <translation>Согласовать дни с датами совещания</translation>
        </message>
        <message>
            <source>Match the timetable's days to the meeting dates</source>
            <translation>Согласовать дни расписания с датами совещания</translation>
        </message>
        <message>
            <source>Meeting {0}</source>
            <translation>Заседание {0}</translation>
        </message>
        <message>
            <source>Meeting {0} of {1}</source>
            <translation>Заседание {0}: {1}</translation>
        </message>
        <message>
            <source>Move body {0}</source>
            <translation>Переместить орган {0}</translation>
        </message>
        <message>
            <source>Move meeting of {0} to {1}</source>
            <translation>Перенести заседание ({0}) в {1}</translation>
        </message>
        <message>
            <source>Move {0} to {1}</source>
            <translation>Переместить {0} в {1}</translation>
        </message>
        <message>
            <source>No interpretation</source>
            <translation>Без устного перевода</translation>
        </message>
        <message>
            <source>No meeting is planned here.</source>
            <translation>Здесь заседаний не запланировано.</translation>
        </message>
        <message>
            <source>Not yet translated: shown in the original language.</source>
            <translation>Пока не переведено: показано на языке оригинала.</translation>
        </message>
        <message>
            <source>Only agenda items can be dropped here.</source>
            <translation>Сюда можно перетаскивать только пункты повестки дня.</translation>
        </message>
        <message>
            <source>Remove body {0}</source>
            <translation>Удалить орган {0}</translation>
        </message>
        <message>
            <source>Remove meeting of {0}</source>
            <translation>Удалить заседание {0}</translation>
        </message>
        <message>
            <source>Remove the days</source>
            <translation>Удалить дни</translation>
        </message>
        <message>
            <source>Removed {0}.</source>
            <translation>Удалено: {0}.</translation>
        </message>
        <message>
            <source>Rename body {0}</source>
            <translation>Переименовать орган {0}</translation>
        </message>
        <message>
            <source>Saturdays and Sundays are days of the meeting.</source>
            <translation>Субботы и воскресенья — дни совещания.</translation>
        </message>
        <message>
            <source>Saturdays and Sundays are left out: {0}.</source>
            <translation>Субботы и воскресенья не включены: {0}.</translation>
        </message>
        <message>
            <source>Saturdays and Sundays left out.</source>
            <translation>Субботы и воскресенья не включены.</translation>
        </message>
        <message>
            <source>Schedule {0} on {1}</source>
            <translation>Включить {0} в расписание: {1}</translation>
        </message>
        <message>
            <source>Set the meeting's start and end dates first.</source>
            <translation>Сначала укажите даты начала и окончания совещания.</translation>
        </message>
        <message>
            <source>Set the meeting's start and end dates to plan its days here.</source>
            <translation>Укажите даты начала и окончания совещания, чтобы планировать здесь его дни.</translation>
        </message>
        <message>
            <source>That body already meets at {0} on {1}.</source>
            <translation>Этот орган уже заседает в {0} ({1}).</translation>
        </message>
        <message>
            <source>That body is no longer in the timetable.</source>
            <translation>Этого органа больше нет в расписании.</translation>
        </message>
        <message>
            <source>That item is no longer in the agenda.</source>
            <translation>Этого пункта больше нет в повестке дня.</translation>
        </message>
        <message>
            <source>That meeting or item is no longer in the timetable.</source>
            <translation>Этого заседания или пункта больше нет в расписании.</translation>
        </message>
        <message>
            <source>The days of the timetable do not match the meeting's dates.</source>
            <translation>Дни расписания не совпадают с датами совещания.</translation>
        </message>
        <message>
            <source>The meetings of {0} take up items; no meeting would be left for them.</source>
            <translation>На заседаниях {0} рассматриваются пункты; для них не осталось бы заседаний.</translation>
        </message>
        <message>
            <source>The timetable needs at least one body.</source>
            <translation>В расписании должен быть хотя бы один орган.</translation>
        </message>
        <message>
            <source>There is no timetable.</source>
            <translation>Расписания нет.</translation>
        </message>
        <message>
            <source>There is nothing to move.</source>
            <translation>Перемещать нечего.</translation>
        </message>
        <message>
            <source>There is nothing to schedule.</source>
            <translation>Включать в расписание нечего.</translation>
        </message>
        <message>
            <source>This meeting belongs to no body of the timetable.</source>
            <translation>Это заседание не относится ни к одному органу расписания.</translation>
        </message>
        <message>
            <source>This meeting ends before it starts.</source>
            <translation>Это заседание заканчивается раньше, чем начинается.</translation>
        </message>
        <message>
            <source>This meeting lists an item that is not in the agenda.</source>
            <translation>В этом заседании указан пункт, которого нет в повестке дня.</translation>
        </message>
        <message>
            <source>This meeting overlaps the meeting {0}.</source>
            <translation>Это заседание пересекается с заседанием {0}.</translation>
        </message>
        <message>
            <source>Unschedule {0}</source>
            <translation>Исключить {0} из расписания</translation>
        </message>
        <message>
            <source>Use the default number of meetings on {0}</source>
            <translation>Использовать число заседаний по умолчанию: {0}</translation>
        </message>
        <message>
            <source>Whether the meeting sits on Saturdays and Sundays (days added and kept)</source>
            <translation>Проводится ли совещание по субботам и воскресеньям (такие дни добавляются и сохраняются)</translation>
        </message>
        <message>
            <source>item {0}</source>
            <translation>пункт {0}</translation>
        </message>
        <message>
            <source>items {0}</source>
            <translation>пункты {0}</translation>
        </message>
        <message>
            <source>{0} allows at most {1} meeting(s), all bodies together: interpretation is not available.</source>
            <translation>{0}: допускается не более {1} заседаний всех органов вместе — устный перевод не обеспечивается.</translation>
        </message>
        <message>
            <source>{0} allows at most {1} meeting(s): interpretation is not available.</source>
            <translation>{0}: допускается не более {1} заседаний — устный перевод не обеспечивается.</translation>
        </message>
        <message>
            <source>{0} has {1} meetings, more than the new limit of {2}.</source>
            <translation>{0}: заседаний — {1}, больше нового предела ({2}).</translation>
        </message>
        <message>
            <source>{0} has {1} meetings; the limit is {2}.</source>
            <translation>{0}: заседаний — {1}; предел — {2}.</translation>
        </message>
        <message>
            <source>{0} is outside the meeting's dates.</source>
            <translation>{0} выходит за рамки дат совещания.</translation>
        </message>
        <message>
            <source>{0} of {1} meetings (limit set for this day)</source>
            <translation>{0} из {1} заседаний (предел установлен для этого дня)</translation>
        </message>
        <message>
            <source>{0} of {1} meetings (the meeting's default)</source>
            <translation>{0} из {1} заседаний (значение совещания по умолчанию)</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
    </context>
    <context>
        <name>TimetablePanel</name>
        <message numerus="yes">
            <source>%n agenda item(s) not scheduled</source>
            <translation>
                <numerusform>%n пункт повестки дня не включен в расписание</numerusform>
                <numerusform>%n пункта повестки дня не включены в расписание</numerusform>
                <numerusform>%n пунктов повестки дня не включены в расписание</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add Meeting to Day</source>
            <translation>&amp;Добавить заседание в день</translation>
        </message>
        <message>
            <source>&amp;Meetings per day (default):</source>
            <translation>&amp;Заседаний в день (по умолчанию):</translation>
        </message>
        <message>
            <source>&amp;Move To...</source>
            <translation>&amp;Переместить в...</translation>
        </message>
        <message>
            <source>&amp;Remove Meeting</source>
            <translation>&amp;Удалить заседание</translation>
        </message>
        <message>
            <source>&amp;Schedule Items Here...</source>
            <translation>&amp;Включить пункты сюда...</translation>
        </message>
        <message>
            <source>&amp;Unschedule</source>
            <translation>&amp;Исключить из расписания</translation>
        </message>
        <message>
            <source>Add Meeting</source>
            <translation>Добавить заседание</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Day Limit...</source>
            <translation>Предел дня...</translation>
        </message>
        <message>
            <source>Edit Meeting &amp;Times...</source>
            <translation>Изменить &amp;время заседания...</translation>
        </message>
        <message>
            <source>Fewer meetings</source>
            <translation>Меньше заседаний</translation>
        </message>
        <message>
            <source>Meetings &amp;Limit of Day...</source>
            <translation>&amp;Предел заседаний в день...</translation>
        </message>
        <message>
            <source>Move the selected items to another meeting (Alt+Up/Down: within the meeting)</source>
            <translation>Переместить выбранные пункты на другое заседание (Alt+Вверх/Вниз: внутри заседания)</translation>
        </message>
        <message>
            <source>Remove and move items</source>
            <translation>Удалить и переместить пункты</translation>
        </message>
        <message>
            <source>Remove meeting</source>
            <translation>Удалить заседание</translation>
        </message>
        <message>
            <source>Schedule...</source>
            <translation>Включить в расписание...</translation>
        </message>
        <message>
            <source>Take the selected items out of the meeting (Delete)</source>
            <translation>Исключить выбранные пункты из заседания (Delete)</translation>
        </message>
        <message>
            <source>These days already have more meetings than the new limit of {1}: {0}. Remove the last meetings and move their items to the previous meeting?</source>
            <translation>В эти дни уже больше заседаний, чем новый предел ({1}): {0}. Удалить последние заседания и перенести их пункты на предыдущее заседание?</translation>
        </message>
        <message numerus="yes">
            <source>This meeting takes up %n item(s). Remove it and unschedule them there?</source>
            <translation>
                <numerusform>На этом заседании рассматривается %n пункт. Удалить заседание и исключить пункт из расписания?</numerusform>
                <numerusform>На этом заседании рассматриваются %n пункта. Удалить заседание и исключить их из расписания?</numerusform>
                <numerusform>На этом заседании рассматриваются %n пунктов. Удалить заседание и исключить их из расписания?</numerusform>
            </translation>
        </message>
        <message>
            <source>Times...</source>
            <translation>Время...</translation>
        </message>
        <message>
            <source>{0} already has more meetings than the new limit of {1}. Remove the last meetings and move their items to the previous meeting?</source>
            <translation>На {0} уже больше заседаний, чем новый предел ({1}). Удалить последние заседания и перенести их пункты на предыдущее заседание?</translation>
        </message>
        <message>
            <source>{0} already holds {1}, its limit of meetings; raise the day's limit (Meetings Limit of Day) to add one</source>
            <translation>На {0} уже {1} заседаний — это предел дня; чтобы добавить заседание, увеличьте предел дня (Предел заседаний дня)</translation>
        </message>
    </context>
    <context>
        <name>TranslationExchange</name>
        <message numerus="yes">
            <source>%n text(s) changed in the original after the export: our text is kept and marked for review in the translation mode.</source>
            <translation>
                <numerusform>%n текст изменился в оригинале после экспорта: наш текст сохранен и отмечен для проверки в режиме перевода.</numerusform>
                <numerusform>%n текста изменились в оригинале после экспорта: наш текст сохранен и отмечен для проверки в режиме перевода.</numerusform>
                <numerusform>%n текстов изменились в оригинале после экспорта: наш текст сохранен и отмечен для проверки в режиме перевода.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) filled</source>
            <translation>
                <numerusform>импортирован %n текст</numerusform>
                <numerusform>импортировано %n текста</numerusform>
                <numerusform>импортировано %n текстов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) of the file could not be placed and were left out.</source>
            <translation>
                <numerusform>%n единицу файла не удалось разместить, она пропущена.</numerusform>
                <numerusform>%n единицы файла не удалось разместить, они пропущены.</numerusform>
                <numerusform>%n единиц файла не удалось разместить, они пропущены.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>Ошибка экспорта</translation>
        </message>
        <message>
            <source>Export for Translation</source>
            <translation>Экспорт для перевода</translation>
        </message>
        <message>
            <source>Import Translation</source>
            <translation>Импорт перевода</translation>
        </message>
        <message>
            <source>No text of the meeting has this id.</source>
            <translation>Ни у одного текста совещания нет такого идентификатора.</translation>
        </message>
        <message>
            <source>Original in the file:</source>
            <translation>Оригинал в файле:</translation>
        </message>
        <message>
            <source>Original now:</source>
            <translation>Оригинал сейчас:</translation>
        </message>
        <message>
            <source>Texts for translation into {0} written to {1}</source>
            <translation>Тексты для перевода ({0}) записаны в {1}</translation>
        </message>
        <message>
            <source>The file has more than one unit with this id.</source>
            <translation>В файле несколько единиц с этим идентификатором.</translation>
        </message>
        <message>
            <source>The file {0} could not be written.</source>
            <translation>Не удалось записать файл {0}.</translation>
        </message>
        <message>
            <source>The original has changed since the file was made: our text is kept, and the text is marked for review.</source>
            <translation>Оригинал изменился после создания файла: наш текст сохранен и отмечен для проверки.</translation>
        </message>
        <message>
            <source>The paragraph of this footnote has no translation to put the footnote in: translate the paragraph too.</source>
            <translation>У абзаца этой сноски нет перевода, куда ее можно поместить: переведите и абзац.</translation>
        </message>
        <message>
            <source>The translation has formatting or footnotes this text cannot hold: {0}</source>
            <translation>В переводе есть форматирование или сноски, недопустимые в этом тексте: {0}</translation>
        </message>
        <message>
            <source>The translation in {0} cannot be imported; the meeting is unchanged.</source>
            <translation>Перевод из {0} невозможно импортировать; совещание не изменено.</translation>
        </message>
        <message>
            <source>The unit holds markup our texts do not allow: {0}</source>
            <translation>Единица содержит разметку, недопустимую в наших текстах: {0}</translation>
        </message>
        <message>
            <source>Translation:</source>
            <translation>Перевод:</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Без названия</translation>
        </message>
        <message>
            <source>XLIFF files (*.xlf *.xliff)</source>
            <translation>Файлы XLIFF (*.xlf *.xliff)</translation>
        </message>
        <message>
            <source>{0} in {1}; {2} of {3} texts are translated.</source>
            <translation>{1}: {0}; переведено текстов — {2} из {3}.</translation>
        </message>
    </context>
    <context>
        <name>TranslationPanel</name>
        <message>
            <source>&amp;Next Untranslated</source>
            <translation>&amp;Следующий непереведенный</translation>
        </message>
        <message>
            <source>&amp;Only untranslated</source>
            <translation>&amp;Только непереведенные</translation>
        </message>
        <message>
            <source>&amp;Translate into:</source>
            <translation>&amp;Перевод на:</translation>
        </message>
        <message>
            <source>A translation is kept when you leave the field.</source>
            <translation>Перевод сохраняется, когда вы покидаете поле.</translation>
        </message>
        <message>
            <source>Every text is translated into {0}.</source>
            <translation>Все тексты переведены на язык «{0}».</translation>
        </message>
        <message>
            <source>Go to the next text without a translation ({0})</source>
            <translation>Перейти к следующему тексту без перевода ({0})</translation>
        </message>
        <message>
            <source>Item {0}: paragraph {1}</source>
            <translation>Пункт {0}: абзац {1}</translation>
        </message>
        <message>
            <source>Item {0}: paragraph {1}, footnote {2}</source>
            <translation>Пункт {0}: абзац {1}, сноска {2}</translation>
        </message>
        <message>
            <source>Item {0}: title</source>
            <translation>Пункт {0}: название</translation>
        </message>
        <message>
            <source>Item {0}: title of {1}</source>
            <translation>Пункт {0}: название документа {1}</translation>
        </message>
        <message>
            <source>List only the texts that have no translation</source>
            <translation>Показывать только тексты без перевода</translation>
        </message>
        <message>
            <source>Meeting: body</source>
            <translation>Совещание: орган</translation>
        </message>
        <message>
            <source>Meeting: document title</source>
            <translation>Совещание: название документа</translation>
        </message>
        <message>
            <source>Meeting: reissue note</source>
            <translation>Совещание: примечание о переиздании</translation>
        </message>
        <message>
            <source>Meeting: session</source>
            <translation>Совещание: сессия</translation>
        </message>
        <message>
            <source>Meeting: subsidiary body</source>
            <translation>Совещание: вспомогательный орган</translation>
        </message>
        <message>
            <source>Meeting: venue</source>
            <translation>Совещание: место проведения</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>Оригинал</translation>
        </message>
        <message>
            <source>Original ({0})</source>
            <translation>Оригинал ({0})</translation>
        </message>
        <message>
            <source>Paragraphs are edited with their markup: &lt;i&gt;italic&lt;/i&gt;, &lt;b&gt;bold&lt;/b&gt;, &lt;footnote&gt;text of a footnote&lt;/footnote&gt;. The Item tab shows them formatted.</source>
            <translation>Абзацы редактируются вместе с разметкой: &lt;i&gt;курсив&lt;/i&gt;, &lt;b&gt;полужирный&lt;/b&gt;, &lt;footnote&gt;текст сноски&lt;/footnote&gt;. На вкладке «Пункт» они показаны с форматированием.</translation>
        </message>
        <message>
            <source>Review: {0}</source>
            <translation>Проверить: {0}</translation>
        </message>
        <message>
            <source>T&amp;ranslation</source>
            <translation>П&amp;еревод</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>The original changed after this text was sent for translation. The translator's text, made for the earlier original:
{0}</source>
            <translation>Оригинал изменился после отправки этого текста на перевод. Текст переводчика, сделанный для прежнего оригинала:
{0}</translation>
        </message>
        <message>
            <source>The original changed after this text was sent for translation; the translator's text, made for the earlier original: {0}</source>
            <translation>Оригинал изменился после отправки этого текста на перевод; текст переводчика, сделанный для прежнего оригинала: {0}</translation>
        </message>
        <message>
            <source>This meeting has no other language version: add one in the Meeting page.</source>
            <translation>У этого совещания нет других языковых версий: добавьте версию на странице «Совещание».</translation>
        </message>
        <message>
            <source>This text has no translation yet</source>
            <translation>У этого текста пока нет перевода</translation>
        </message>
        <message>
            <source>Timetable: name of body {0}</source>
            <translation>Расписание: название органа {0}</translation>
        </message>
        <message>
            <source>Translate the paragraph with its footnote first: the footnote's place in the sentence is set in the paragraph.</source>
            <translation>Сначала переведите абзац со сноской: место сноски в предложении задается в абзаце.</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Перевод</translation>
        </message>
        <message>
            <source>Untranslated</source>
            <translation>Не переведено</translation>
        </message>
        <message>
            <source>{0}: {1} of {2} texts translated</source>
            <translation>{0}: переведено текстов — {1} из {2}</translation>
        </message>
    </context>
    <context>
        <name>VersionNameDialog</name>
        <message>
            <source>&amp;Name of the version:</source>
            <translation>&amp;Название версии:</translation>
        </message>
        <message>
            <source>Save Version</source>
            <translation>Сохранить версию</translation>
        </message>
        <message>
            <source>The meeting is saved with the version kept inside the file: choose where to save it next.</source>
            <translation>Совещание сохраняется вместе с версией внутри файла: далее выберите, куда его сохранить.</translation>
        </message>
        <message>
            <source>The meeting is saved, and kept as it is now under this name inside the file. File &gt; Versions... compares and restores it later.</source>
            <translation>Совещание сохраняется и в нынешнем виде хранится под этим названием внутри файла. Позднее его можно сравнить и восстановить через «Файл &gt; Версии...».</translation>
        </message>
        <message>
            <source>for example: sent to the Bureau, Rev.1</source>
            <translation>например: направлено Бюро, Rev.1</translation>
        </message>
    </context>
    <context>
        <name>Versions</name>
        <message>
            <source>(no title)</source>
            <translation>(без названия)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <source>(with its sub-items)</source>
            <translation>(вместе с подпунктами)</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>Аннотация</translation>
        </message>
        <message>
            <source>Annotation (formatting only)</source>
            <translation>Аннотация (только оформление)</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Орган</translation>
        </message>
        <message>
            <source>Body added: {0}</source>
            <translation>Добавлен орган: {0}</translation>
        </message>
        <message>
            <source>Body removed: {0}</source>
            <translation>Удален орган: {0}</translation>
        </message>
        <message>
            <source>Cannot Save Version</source>
            <translation>Не удается сохранить версию</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>Дата выпуска</translation>
        </message>
        <message>
            <source>Day added: {0}</source>
            <translation>Добавлен день: {0}</translation>
        </message>
        <message>
            <source>Day removed: {0}</source>
            <translation>Удален день: {0}</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Распространение</translation>
        </message>
        <message>
            <source>Documents added: {0}</source>
            <translation>Добавлены документы: {0}</translation>
        </message>
        <message>
            <source>Documents removed: {0}</source>
            <translation>Удалены документы: {0}</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Первый день</translation>
        </message>
        <message>
            <source>Footnotes</source>
            <translation>Сноски</translation>
        </message>
        <message>
            <source>Items added</source>
            <translation>Добавленные пункты</translation>
        </message>
        <message>
            <source>Items moved</source>
            <translation>Перемещенные пункты</translation>
        </message>
        <message>
            <source>Items removed</source>
            <translation>Удаленные пункты</translation>
        </message>
        <message>
            <source>Items renumbered</source>
            <translation>Перенумерованные пункты</translation>
        </message>
        <message>
            <source>Job number</source>
            <translation>Номер заказа</translation>
        </message>
        <message>
            <source>Language versions</source>
            <translation>Языковые версии</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Последний день</translation>
        </message>
        <message>
            <source>List the versions kept in the file, compare them, restore one</source>
            <translation>Показать версии, хранящиеся в файле, сравнить их, восстановить одну</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Совещание</translation>
        </message>
        <message>
            <source>Name of a body that meets</source>
            <translation>Название заседающего органа</translation>
        </message>
        <message>
            <source>No differences: the two are the same.</source>
            <translation>Различий нет: обе совпадают.</translation>
        </message>
        <message>
            <source>No text changed in {0}; texts changed in: {1}.</source>
            <translation>Тексты на языке «{0}» не изменились; изменились тексты на языках: {1}.</translation>
        </message>
        <message>
            <source>Organization of work</source>
            <translation>Организация работы</translation>
        </message>
        <message>
            <source>Original language</source>
            <translation>Язык оригинала</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>Формат страницы</translation>
        </message>
        <message>
            <source>Reissue note</source>
            <translation>Примечание о переиздании</translation>
        </message>
        <message>
            <source>Save &amp;Version...</source>
            <translation>Сохранить &amp;версию...</translation>
        </message>
        <message>
            <source>Save the meeting and keep it as it is now under a name, inside the file</source>
            <translation>Сохранить совещание и хранить его нынешний вид под названием внутри файла</translation>
        </message>
        <message>
            <source>Saved the version “{0}”</source>
            <translation>Версия «{0}» сохранена</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Сессия</translation>
        </message>
        <message>
            <source>Subsidiary body</source>
            <translation>Вспомогательный орган</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Условное обозначение</translation>
        </message>
        <message>
            <source>Texts changed</source>
            <translation>Измененные тексты</translation>
        </message>
        <message>
            <source>Texts changed in {0}</source>
            <translation>Измененные тексты – {0}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Title of document {0}</source>
            <translation>Название документа {0}</translation>
        </message>
        <message>
            <source>Title of the document</source>
            <translation>Заголовок документа</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Место проведения</translation>
        </message>
        <message>
            <source>Versio&amp;ns...</source>
            <translation>Верси&amp;и...</translation>
        </message>
        <message>
            <source>not scheduled</source>
            <translation>не запланирован</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>&amp;Delete...</source>
            <translation>&amp;Удалить...</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Восстановить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Cannot Delete Version</source>
            <translation>Не удается удалить версию</translation>
        </message>
        <message>
            <source>Changes from “{0}” ({1}) to now</source>
            <translation>Изменения с версии «{0}» ({1}) до текущего состояния</translation>
        </message>
        <message>
            <source>Changes from “{0}” ({1}) to “{2}” ({3})</source>
            <translation>Изменения от «{0}» ({1}) к «{2}» ({3})</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete Version</source>
            <translation>Удалить версию</translation>
        </message>
        <message>
            <source>Delete the version “{0}” (saved {1}) from the file?</source>
            <translation>Удалить из файла версию «{0}» (сохранена {1})?</translation>
        </message>
        <message>
            <source>Deleted the version “{0}”</source>
            <translation>Версия «{0}» удалена</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Put this version in place of the meeting as it is now (Undo takes it back)</source>
            <translation>Заменить нынешнее состояние совещания этой версией (действие можно отменить)</translation>
        </message>
        <message>
            <source>Remove this version from the file</source>
            <translation>Удалить эту версию из файла</translation>
        </message>
        <message>
            <source>Restored the version “{0}”; Undo brings back the meeting as it was</source>
            <translation>Версия «{0}» восстановлена; отмена вернет совещание в прежний вид</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Сохранена</translation>
        </message>
        <message>
            <source>Select one version, or two to compare.</source>
            <translation>Выберите одну версию или две для сравнения.</translation>
        </message>
        <message>
            <source>This cannot be undone. The meeting in the file stays as it was saved; your unsaved changes stay unsaved.</source>
            <translation>Это действие нельзя отменить. Совещание в файле остается в сохраненном виде; несохраненные изменения остаются несохраненными.</translation>
        </message>
        <message>
            <source>This version cannot be read: {0}</source>
            <translation>Эту версию невозможно прочитать: {0}</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Версии</translation>
        </message>
        <message>
            <source>Versions kept in “{0}”. Select one to see what changed since, or two to compare them.</source>
            <translation>Версии, хранящиеся в «{0}». Выберите одну, чтобы увидеть изменения с тех пор, или две для сравнения.</translation>
        </message>
        <message>
            <source>“{0}” keeps no versions yet. File &gt; Save Version... saves the meeting and keeps it as it is under a name, such as “sent to the Bureau” or “Rev.1”.</source>
            <translation>В «{0}» пока нет версий. «Файл &gt; Сохранить версию...» сохраняет совещание и хранит его нынешний вид под названием, например «направлено Бюро» или «Rev.1».</translation>
        </message>
    </context>
</TS>
