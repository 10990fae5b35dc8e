<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arabic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chinese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {0} cannot be moved into itself or one of its own sub-items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {0} cannot go there: the agenda allows at most {1} levels of items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move {0} items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No title in {0} yet; the {1} title is shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not in the organization of work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to move: the drag carries no agenda item of this meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spanish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This item has no title yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>&amp;Add Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Indent (Make Sub-item)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Outdent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;Sub-item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a sub-item at the end of the current item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an item after the current one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add sub-item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added item {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the item with its sub-items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {0} items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted item {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted items {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indent item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {0} cannot be indented.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move item down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move item up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved item {0} to position {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outdent item</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnnotationEdit</name>
        <message>
            <source>&amp;Bold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Italic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert &amp;Footnote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert a footnote at the cursor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su&amp;bscript</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su&amp;perscript</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>{0} could not start: {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change meetings per day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit annotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit meeting details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename item</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DayLimitDialog</name>
        <message>
            <source>&amp;Meetings this day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings on {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This day has {0} meetings: you will be asked whether to merge the last ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the meeting's default ({0} per day)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentsTable</name>
        <message>
            <source>Add Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document symbol, e.g. A/RES/70/1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not translated yet: the original title is shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Symbol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The symbol {0} is malformed: {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This symbol is malformed: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportPdfDialog</name>
        <message>
            <source>&amp;Browse...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open the file when done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Part:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda, annotations and annex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annex (organization of work) only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export even if texts are not translated (marked in the original)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting the {0} version...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language versions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF export is not available in this version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {0} version could not be exported to “{1}”: {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot Open File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot Recover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop the unsaved changes and go back to the saved “{0}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File Changed on Disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File In Use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you both save, one of you will be asked before the other's work is overwritten. Open it anyway only if you know it is no longer being edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {0}; Save asks where to keep it as a session file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Meeting From Existing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New meeting based on {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overwrite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overwrite replaces the other changes with yours. Save As keeps both: yours go to a new file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovered the unsaved work of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverted to the saved {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save As...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save Meeting As</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meeting “{0}” has changes that are not saved. Save them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is already open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{0}” cannot be read: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{0}” is already open: it was opened by {1}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindingTexts</name>
        <message>
            <source>Item {item} has no title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {item} is not fully translated into {lang} (missing: {missing}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {item} is not in the organization of work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {item} is taken up after item {other}, which comes after it on the agenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {item} lists a document with a malformed symbol {symbol}: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {item} lists {symbol} twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: a footnote marker stands after "{mark}"; in this language it goes before the punctuation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: a footnote marker stands before "{mark}"; in this language it goes after the punctuation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: broken markup ({problem}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: empty footnote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting details, {field}: not translated into {lang}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On {date}, the meeting at {span} is listed after the one at {other}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On {date}, the meetings {span} and {other} overlap.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The agenda has no items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document is dated {date}, after the meeting starts ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document symbol {symbol} is malformed: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meeting ends ({end}) before it starts ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meeting of {date} at {span} ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meeting of {date} at {span} ends when it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meeting of {date} at {span} lists an item that is not in the agenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The original language {lang} is not a UN language.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The versions {langs} have the same job number {number}; each version has its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {lang} title of item {item} ends with "{mark}"; the agenda adds its own punctuation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a dash joining two symbols has nothing on one side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>annotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>document titles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it contains characters that symbols do not use: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it contains spaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has an empty part between slashes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has no parts separated by slashes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not written as a document symbol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>subsidiary body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} appears twice in the organization of work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} is listed after {other}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} is outside the dates of the meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date}: {count} meetings, more than the limit of {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{symbol} has a different title under item {item} than under item {other}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No problems found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>Finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No problems found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FootnotesPanel</name>
        <message>
            <source>(empty: type its text below)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Footnote text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Footnotes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Footnotes (Ctrl+Alt+F inserts one at the cursor)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove Footnote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a footnote to edit its text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text of footnote {0}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text of the footnote</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>&amp;Annotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Documentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annotation of the item (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not translated: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an item of the agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title of the item</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageSelector</name>
        <message>
            <source>The language version being edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} (original)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>Arabic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chinese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spanish</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Timetable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;opened&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}[*] — {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <source>&amp;Body:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Distribution:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Editing version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Job number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Meetings per day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Original language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Page size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Symbol:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the original language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of &amp;issue:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many meetings a day may hold unless the day sets its own limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language versions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a valid symbol: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not translated: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restricted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessio&amp;n:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set this date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su&amp;bsidiary body:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document symbol, for example ABC/WG.1/2026/1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The original language is now {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} (original)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} ({1}/{2} items translated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} of {1} agenda items are fully translated into {2}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;About {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export PDF...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Timetable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Drafts provisional agendas and annotations of intergovernmental meetings in the six official languages of the United Nations.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the document as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back to the saved file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to &amp;Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to &amp;Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to &amp;Timetable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New from &amp;Existing...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a meeting file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;As...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save under another name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the item editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the meeting details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the organization of work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new meeting with the agenda of an existing one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo &amp;History</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>&amp;Keep them where they are too (continued)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items to move: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This day allows no meeting.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>&amp;Discard All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda Editor was not closed normally. The work below was not saved; recover it now, or discard it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide &amp;Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recover Unsaved Work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} — unsaved work of {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Items to take up:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least one item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The timetable has no days: set the meeting's dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This day allows no meeting.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SlotTimesDialog</name>
        <message>
            <source>&amp;Ends at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A meeting must end after it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting times: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Timetable</name>
        <message>
            <source>(item no longer in the agenda)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A limit cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A meeting must end after it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add meeting on {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add meeting {0} of {1} first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allow {0} meeting(s) on {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allow {0} meeting(s) per day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change meeting times on {0} to {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue {0} on {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop agenda items here to add a meeting on {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop here to unschedule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop items here to add a meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop onto a meeting of a day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop to continue the item(s) in this meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop to take up the item(s) in this meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {0} is already taken up in that meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {0} is taken up after item {1}, which comes after it on the agenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {0} would be taken up twice in one meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Match the timetable's days to the meeting dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move {0} to {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No interpretation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No meeting is planned here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet translated: shown in the original language.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only agenda items can be dropped here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove meeting of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule {0} on {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That item is no longer in the agenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That meeting or item is no longer in the timetable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meetings of {0} take up items; no meeting would be left for them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no timetable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to move.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to schedule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This meeting ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This meeting lists an item that is not in the agenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This meeting overlaps the meeting {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unschedule {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the default number of meetings on {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>items {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} allows at most {1} meeting(s): interpretation is not available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} has {1} meetings, more than the new limit of {2}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} has {1} meetings; the limit is {2}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is outside the meeting's dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} of {1} meetings (limit set for this day)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} of {1} meetings (the meeting's default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimetablePanel</name>
        <message numerus="yes">
            <source>%n agenda item(s) not scheduled</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Add Meeting to Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Meetings per day (default):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move To...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Schedule Items Here...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unschedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days outside the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit Meeting &amp;Times...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Match Days to Meeting &amp;Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings &amp;Limit of Day...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected items to another meeting (Alt+Up/Down: within the meeting)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove and move items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the meeting's start and end dates first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the meeting's start and end dates to plan its days here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the selected items out of the meeting (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The days of the timetable do not match the meeting's dates.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This meeting takes up %n item(s). Remove it and unschedule them there?</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Update days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} already has more meetings than {1}. Remove the last meetings and move their items to the previous meeting?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is no longer a day of the meeting but takes up agenda items. Remove the day and unschedule its items there, or keep it?</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
