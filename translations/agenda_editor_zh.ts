<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AgendaModel</name>
        <message>
            <source>(untitled)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>议程</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>阿拉伯文</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>French</source>
            <translation>法文</translation>
        </message>
        <message>
            <source>Item {0} cannot be moved into itself or one of its own sub-items.</source>
            <translation>项目{0}不能移入其自身或其分项目之中。</translation>
        </message>
        <message>
            <source>Item {0} cannot go there: the agenda allows at most {1} levels of items.</source>
            <translation>项目{0}不能放在该处：议程最多允许{1}级项目。</translation>
        </message>
        <message>
            <source>Item {0}: {1}</source>
            <translation>项目{0}：{1}</translation>
        </message>
        <message>
            <source>Move {0} items</source>
            <translation>移动{0}个项目</translation>
        </message>
        <message>
            <source>No title in {0} yet; the {1} title is shown.</source>
            <translation>尚无{0}标题；显示的是{1}标题。</translation>
        </message>
        <message>
            <source>Not in the organization of work.</source>
            <translation>未列入工作安排。</translation>
        </message>
        <message>
            <source>Nothing to move: the drag carries no agenda item of this meeting.</source>
            <translation>无可移动内容：拖动的内容不含本会议的议程项目。</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>俄文</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>西班牙文</translation>
        </message>
        <message>
            <source>This item has no title yet.</source>
            <translation>此项目尚无标题。</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>&amp;Add Item</source>
            <translation>添加项目(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Delete Item</source>
            <translation>删除项目(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Indent (Make Sub-item)</source>
            <translation>缩进（设为分项目）(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Outdent</source>
            <translation>取消缩进(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Rename Item</source>
            <translation>重命名项目(&amp;R)</translation>
        </message>
        <message>
            <source>Add &amp;Sub-item</source>
            <translation>添加分项目(&amp;S)</translation>
        </message>
        <message>
            <source>Add a sub-item at the end of the current item</source>
            <translation>在当前项目末尾添加分项目</translation>
        </message>
        <message>
            <source>Add an item after the current one</source>
            <translation>在当前项目之后添加项目</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>添加项目</translation>
        </message>
        <message>
            <source>Add sub-item</source>
            <translation>添加分项目</translation>
        </message>
        <message>
            <source>Added item {0}</source>
            <translation>已添加项目{0}</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>议程</translation>
        </message>
        <message>
            <source>Delete the item with its sub-items</source>
            <translation>删除该项目及其分项目</translation>
        </message>
        <message>
            <source>Delete {0} items</source>
            <translation>删除{0}个项目</translation>
        </message>
        <message>
            <source>Deleted item {0}</source>
            <translation>已删除项目{0}</translation>
        </message>
        <message>
            <source>Deleted items {0}</source>
            <translation>已删除项目{0}</translation>
        </message>
        <message>
            <source>Indent item</source>
            <translation>缩进项目</translation>
        </message>
        <message>
            <source>Item {0} cannot be indented.</source>
            <translation>项目{0}不能缩进。</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <source>Move Do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <source>Move item down</source>
            <translation>下移项目</translation>
        </message>
        <message>
            <source>Move item up</source>
            <translation>上移项目</translation>
        </message>
        <message>
            <source>Moved item {0} to position {1}</source>
            <translation>已将项目{0}移至第{1}位</translation>
        </message>
        <message>
            <source>Outdent item</source>
            <translation>取消缩进项目</translation>
        </message>
    </context>
    <context>
        <name>AnnotationEdit</name>
        <message>
            <source>&amp;Bold</source>
            <translation>粗体(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Italic</source>
            <translation>斜体(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Lettered Sub-paragraph</source>
            <translation>带字母的分段(&amp;L)</translation>
        </message>
        <message>
            <source>Insert &amp;Footnote</source>
            <translation>插入脚注(&amp;F)</translation>
        </message>
        <message>
            <source>Insert a footnote at the cursor</source>
            <translation>在光标处插入脚注</translation>
        </message>
        <message>
            <source>Mark the paragraph at the cursor as a lettered sub-paragraph, printed indented after its letter, or make it an ordinary paragraph again</source>
            <translation>将光标所在段落设为带字母的分段（缩进印出，字母在前），或恢复为普通段落</translation>
        </message>
        <message>
            <source>Not pasted: the text holds a character that cannot be stored (a lone surrogate) or is too long. Copy it again from its source.</source>
            <translation>未粘贴：文本含有无法保存的字符（孤立的代理项），或文本过长。请从来源重新复制。</translation>
        </message>
        <message>
            <source>Su&amp;bscript</source>
            <translation>下标(&amp;B)</translation>
        </message>
        <message>
            <source>Su&amp;perscript</source>
            <translation>上标(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Sample Meeting</source>
            <translation>示例会议</translation>
        </message>
        <message>
            <source>This is the sample meeting: try anything, then File &gt; New starts your own</source>
            <translation>这是示例会议：可随意尝试，然后用“文件 &gt; 新建”开始您自己的会议</translation>
        </message>
        <message>
            <source>{0} could not start: {1}</source>
            <translation>{0}无法启动：{1}</translation>
        </message>
    </context>
    <context>
        <name>BodyActions</name>
        <message>
            <source>Add &amp;Body...</source>
            <translation>添加机构(&amp;B)...</translation>
        </message>
        <message>
            <source>Add Body...</source>
            <translation>添加机构...</translation>
        </message>
        <message>
            <source>Add a body meeting in parallel (Committee of the Whole, working group)</source>
            <translation>添加同时开会的机构（全体委员会、工作组）</translation>
        </message>
        <message>
            <source>Add body</source>
            <translation>添加机构</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Move Body &amp;Earlier</source>
            <translation>机构前移(&amp;E)</translation>
        </message>
        <message>
            <source>Move Body La&amp;ter</source>
            <translation>机构后移(&amp;T)</translation>
        </message>
        <message>
            <source>Move Meeting to Bod&amp;y</source>
            <translation>将会议移至机构(&amp;Y)</translation>
        </message>
        <message>
            <source>Re&amp;name Body...</source>
            <translation>重命名机构(&amp;N)...</translation>
        </message>
        <message>
            <source>Remove Bod&amp;y</source>
            <translation>删除机构(&amp;Y)</translation>
        </message>
        <message>
            <source>Remove body</source>
            <translation>删除机构</translation>
        </message>
        <message>
            <source>Rename body</source>
            <translation>重命名机构</translation>
        </message>
        <message numerus="yes">
            <source>{0} has %n meeting(s). Remove the body and its meetings? The items they take up are unscheduled there.</source>
            <translation>
                <numerusform>{0}有 %n 次会议。是否删除该机构及其会议？这些会议所审议的项目将从中撤出。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BodyNameDialog</name>
        <message>
            <source>&amp;Name ({0}):</source>
            <translation>名称(&amp;N)（{0}）：</translation>
        </message>
        <message>
            <source>Committee of the Whole</source>
            <translation>全体委员会</translation>
        </message>
        <message>
            <source>Original:</source>
            <translation>原文：</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add item</source>
            <translation>添加项目</translation>
        </message>
        <message>
            <source>Delete item</source>
            <translation>删除项目</translation>
        </message>
        <message>
            <source>Edit annotation</source>
            <translation>编辑说明</translation>
        </message>
        <message>
            <source>Edit documents</source>
            <translation>编辑文件</translation>
        </message>
        <message>
            <source>Edit meeting details</source>
            <translation>编辑会议详情</translation>
        </message>
        <message>
            <source>Import {0} translation</source>
            <translation>导入{0}译文</translation>
        </message>
        <message>
            <source>Make an ordinary paragraph</source>
            <translation>恢复为普通段落</translation>
        </message>
        <message>
            <source>Mark as lettered sub-paragraph</source>
            <translation>标为带字母的分段</translation>
        </message>
        <message>
            <source>Move item</source>
            <translation>移动项目</translation>
        </message>
        <message>
            <source>Rename item</source>
            <translation>重命名项目</translation>
        </message>
        <message>
            <source>Restore version “{0}”</source>
            <translation>恢复版本“{0}”</translation>
        </message>
    </context>
    <context>
        <name>DayLimitDialog</name>
        <message>
            <source>&amp;Meetings this day:</source>
            <translation>当天会议次数(&amp;M)：</translation>
        </message>
        <message>
            <source>Meetings on {0}</source>
            <translation>{0}的会议</translation>
        </message>
        <message>
            <source>This day has {0} meetings: you will be asked whether to merge the last ones.</source>
            <translation>当天有{0}次会议：将询问您是否合并最后几次会议。</translation>
        </message>
        <message>
            <source>Use the meeting's default ({0} per day)</source>
            <translation>使用本会议的默认值（每天{0}次）</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTable</name>
        <message>
            <source>Add Document</source>
            <translation>添加文件</translation>
        </message>
        <message>
            <source>Add document</source>
            <translation>添加文件</translation>
        </message>
        <message>
            <source>Document symbol, e.g. A/RES/70/1</source>
            <translation>文件文号，例如 A/RES/70/1</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Edit document</source>
            <translation>编辑文件</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move document</source>
            <translation>移动文件</translation>
        </message>
        <message>
            <source>Not translated yet: the original title is shown.</source>
            <translation>尚未翻译：显示的是原文标题。</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>删除文件</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>The symbol {0} is malformed: {1}.</source>
            <translation>文号{0}格式有误：{1}。</translation>
        </message>
        <message>
            <source>This symbol is malformed: {0}.</source>
            <translation>此文号格式有误：{0}。</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
    </context>
    <context>
        <name>ExportForTranslationDialog</name>
        <message>
            <source>&amp;Translate into:</source>
            <translation>译成(&amp;T)：</translation>
        </message>
        <message>
            <source>Export for Translation</source>
            <translation>导出供翻译</translation>
        </message>
        <message>
            <source>Give untranslated texts a copy of the original (for OmegaT)</source>
            <translation>为未翻译的文本填入原文副本（供OmegaT使用）</translation>
        </message>
        <message>
            <source>Some tools translate only the targets a file has. The copies are marked as needing translation and are not imported back as translations.</source>
            <translation>有些工具只翻译文件中已有的译文栏。这些副本标记为需要翻译，导入时不会被当作译文。</translation>
        </message>
        <message>
            <source>Writes the texts of the original ({0}) as an XLIFF file that translation tools read. Translations the version has already go with them.</source>
            <translation>将原文（{0}）的文本写入翻译工具可读取的XLIFF文件。该语文版本已有的译文一并写入。</translation>
        </message>
        <message>
            <source>{0} (no version yet)</source>
            <translation>{0}（尚无此语文版本）</translation>
        </message>
        <message>
            <source>{0} ({1} of {2} texts translated)</source>
            <translation>{0}（已翻译{1}/{2}个文本）</translation>
        </message>
    </context>
    <context>
        <name>ExportGate</name>
        <message>
            <source>&amp;Show Me</source>
            <translation>显示错误(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Errors in the Meeting</source>
            <translation>会议中有错误</translation>
        </message>
        <message>
            <source>Export &amp;Anyway</source>
            <translation>仍然导出(&amp;A)</translation>
        </message>
        <message numerus="yes">
            <source>The meeting has %n error(s); the document would print them as they are.</source>
            <translation>
                <numerusform>会议中有 %n 个错误；文件将按原样印出这些错误。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>另有 %n 个</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportPdfDialog</name>
        <message>
            <source>&amp;Browse...</source>
            <translation>浏览(&amp;B)...</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Open the file when done</source>
            <translation>完成后打开文件(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Part:</source>
            <translation>部分(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Set It</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <source>Agenda only</source>
            <translation>仅议程</translation>
        </message>
        <message>
            <source>Agenda, annotations and annex</source>
            <translation>议程、说明和附件</translation>
        </message>
        <message>
            <source>Annex (organization of work) only</source>
            <translation>仅附件（工作安排）</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Close this dialog and go to the field</source>
            <translation>关闭此对话框并转到该字段</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>导出PDF</translation>
        </message>
        <message>
            <source>Export Word Document</source>
            <translation>导出为 Word 文档</translation>
        </message>
        <message>
            <source>Export cancelled after {0}</source>
            <translation>导出已取消，已完成：{0}</translation>
        </message>
        <message>
            <source>Export cancelled: {0} was not written</source>
            <translation>导出已取消：未写入 {0}</translation>
        </message>
        <message>
            <source>Export even if texts are not translated (marked in the original)</source>
            <translation>即使有文本未翻译也导出（在原文中标出）</translation>
        </message>
        <message>
            <source>Exported {0}</source>
            <translation>已导出{0}</translation>
        </message>
        <message>
            <source>Exporting the {0} version...</source>
            <translation>正在导出{0}版本...</translation>
        </message>
        <message>
            <source>Exporting...</source>
            <translation>正在导出...</translation>
        </message>
        <message>
            <source>Language versions:</source>
            <translation>语文版本：</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF文件 (*.pdf)</translation>
        </message>
        <message>
            <source>The {0} version could not be exported to “{1}”: {2}</source>
            <translation>{0}版本无法导出到“{1}”：{2}</translation>
        </message>
        <message>
            <source>These versions are not fully translated:
{0}

Translate these texts, or tick “{1}” to print the original-language text, marked.</source>
            <translation>以下版本尚未完全翻译：
{0}

请翻译这些文本，或勾选“{1}”以打印原文语文文本并加以标出。</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>无标题</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>item {0}</source>
            <translation>项目{0}</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Agenda Editor could not keep a copy of your unsaved work, which would bring it back after a crash:

{0}

Save your work to keep it safe.</source>
            <translation>Agenda Editor 无法保留您未保存工作的副本，而该副本可在崩溃后恢复您的工作：

{0}

请保存您的工作以确保安全。</translation>
        </message>
        <message>
            <source>Agenda Editor files (*.agenda *.json *.pdf)</source>
            <translation>Agenda Editor 文件 (*.agenda *.json *.pdf)</translation>
        </message>
        <message>
            <source>Agenda Editor sessions (*.agenda)</source>
            <translation>Agenda Editor 会话文件 (*.agenda)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cannot Open File</source>
            <translation>无法打开文件</translation>
        </message>
        <message>
            <source>Cannot Recover</source>
            <translation>无法恢复</translation>
        </message>
        <message>
            <source>Cannot Revert</source>
            <translation>无法还原</translation>
        </message>
        <message>
            <source>Cannot Save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <source>Crash Recovery Not Working</source>
            <translation>崩溃恢复无法工作</translation>
        </message>
        <message>
            <source>Drop the unsaved changes and go back to the saved “{0}”?</source>
            <translation>放弃未保存的更改并回到已保存的“{0}”？</translation>
        </message>
        <message>
            <source>File Changed on Disk</source>
            <translation>磁盘上的文件已更改</translation>
        </message>
        <message>
            <source>File In Use</source>
            <translation>文件正在使用</translation>
        </message>
        <message>
            <source>Imported {0}; Save asks where to keep it as a session file</source>
            <translation>已导入{0}；保存时将询问会话文件的保存位置</translation>
        </message>
        <message>
            <source>JSON meetings (*.json)</source>
            <translation>JSON 会议文件 (*.json)</translation>
        </message>
        <message>
            <source>New Meeting From Existing</source>
            <translation>基于现有会议新建会议</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>新会议</translation>
        </message>
        <message>
            <source>New meeting based on {0}</source>
            <translation>基于{0}的新会议</translation>
        </message>
        <message>
            <source>New session made from {0}; not saved yet</source>
            <translation>已根据 {0} 创建新届会；尚未保存</translation>
        </message>
        <message>
            <source>Open Anyway</source>
            <translation>仍然打开</translation>
        </message>
        <message>
            <source>Open Meeting</source>
            <translation>打开会议</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>以只读方式打开</translation>
        </message>
        <message>
            <source>Opened {0}</source>
            <translation>已打开{0}</translation>
        </message>
        <message>
            <source>Opened {0} read-only: Save asks for another name</source>
            <translation>已以只读方式打开{0}：保存时将要求另取名称</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>覆盖</translation>
        </message>
        <message>
            <source>Overwrite replaces the other changes with yours. Save As keeps both: yours go to a new file.</source>
            <translation>“覆盖”会用您的更改替换其他更改。“另存为”则两者都保留：您的更改存入新文件。</translation>
        </message>
        <message>
            <source>PDFs made by Agenda Editor (*.pdf)</source>
            <translation>Agenda Editor 生成的 PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Read-only: you can read and copy it, and save your changes under another name. Open it anyway only if you know it is no longer being edited.</source>
            <translation>只读：您可以阅读和复制，并以其他名称保存您的更改。只有在确知该文件已不再被编辑时才打开它。</translation>
        </message>
        <message>
            <source>Recovered the unsaved work of {0}</source>
            <translation>已恢复{0}未保存的工作</translation>
        </message>
        <message>
            <source>Replace Anyway</source>
            <translation>仍然替换</translation>
        </message>
        <message>
            <source>Replacing it would overwrite the work of whoever has it open.</source>
            <translation>替换该文件将覆盖打开它的人的工作。</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>还原</translation>
        </message>
        <message>
            <source>Reverted to the saved {0}</source>
            <translation>已还原为已保存的{0}</translation>
        </message>
        <message>
            <source>Save As...</source>
            <translation>另存为...</translation>
        </message>
        <message>
            <source>Save Meeting As</source>
            <translation>会议另存为</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>已保存{0}</translation>
        </message>
        <message>
            <source>The meeting “{0}” has changes that are not saved. Save them?</source>
            <translation>会议“{0}”有未保存的更改。是否保存？</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>Unsaved work could not be kept for crash recovery: {0}</source>
            <translation>无法保留未保存的工作以便崩溃后恢复：{0}</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>无标题</translation>
        </message>
        <message>
            <source>next session</source>
            <translation>下届会议</translation>
        </message>
        <message>
            <source>{0} is already open</source>
            <translation>{0}已打开</translation>
        </message>
        <message>
            <source>“{0}” cannot be read: {1}</source>
            <translation>无法读取“{0}”：{1}</translation>
        </message>
        <message>
            <source>“{0}” is already open: it was opened by {1}.</source>
            <translation>“{0}”已打开：由{1}打开。</translation>
        </message>
        <message>
            <source>“{0}” is open elsewhere: it was opened by {1}.</source>
            <translation>“{0}”已在别处打开：由{1}打开。</translation>
        </message>
        <message>
            <source>“{0}” was not made by Agenda Editor: it carries no meeting to open. Open the .agenda or .json file it was made from instead.</source>
            <translation>“{0}”不是由 Agenda Editor 生成的：其中没有可打开的会议。请改为打开生成该文件所用的 .agenda 或 .json 文件。</translation>
        </message>
        <message>
            <source>“{0}” was not saved: {1}</source>
            <translation>“{0}”未保存：{1}</translation>
        </message>
    </context>
    <context>
        <name>FindReplace</name>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n 处匹配</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Find...</source>
            <translation>查找(&amp;F)...</translation>
        </message>
        <message>
            <source>Find text and replace it</source>
            <translation>查找文本并替换</translation>
        </message>
        <message>
            <source>Find text in the titles, annotations, footnotes and document titles</source>
            <translation>在标题、说明、脚注和文件标题中查找文本</translation>
        </message>
        <message>
            <source>R&amp;eplace...</source>
            <translation>替换(&amp;E)...</translation>
        </message>
        <message numerus="yes">
            <source>Replace %n match(es)</source>
            <translation>
                <numerusform>替换 %n 处匹配</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Replaced %n match(es).</source>
            <translation>
                <numerusform>已替换 %n 处匹配。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message>
            <source>&amp;Find:</source>
            <translation>查找(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;In:</source>
            <translation>范围(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>替换(&amp;R)</translation>
        </message>
        <message>
            <source>All language versions</source>
            <translation>所有语文版本</translation>
        </message>
        <message>
            <source>Annotation, paragraph {0}</source>
            <translation>说明，第 {0} 段</translation>
        </message>
        <message>
            <source>Document {0}</source>
            <translation>文件 {0}</translation>
        </message>
        <message>
            <source>Find and Replace</source>
            <translation>查找和替换</translation>
        </message>
        <message>
            <source>Footnote {0} of paragraph {1}</source>
            <translation>第 {1} 段脚注 {0}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Match &amp;case</source>
            <translation>区分大小写(&amp;C)</translation>
        </message>
        <message>
            <source>No matches.</source>
            <translation>没有匹配项。</translation>
        </message>
        <message>
            <source>Replace &amp;All</source>
            <translation>全部替换(&amp;A)</translation>
        </message>
        <message>
            <source>Replace &amp;with:</source>
            <translation>替换为(&amp;W)：</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>The language version shown</source>
            <translation>所显示的语文版本</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Titles, annotations, footnotes and document titles</source>
            <translation>标题、说明、脚注和文件标题</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Whole &amp;words</source>
            <translation>全字匹配(&amp;W)</translation>
        </message>
    </context>
    <context>
        <name>FindingTexts</name>
        <message>
            <source>Body {number} has no name; the annex heads a column with it.</source>
            <translation>机构 {number} 没有名称；附件中该机构一栏的标题需要名称。</translation>
        </message>
        <message>
            <source>Item {item} has an annotation in {langs} but none in the original language ({lang}).</source>
            <translation>项目 {item} 有{langs}说明，但原始语文（{lang}）中没有说明。</translation>
        </message>
        <message>
            <source>Item {item} has no title.</source>
            <translation>项目{item}没有标题。</translation>
        </message>
        <message>
            <source>Item {item} is not fully translated into {lang} (missing: {missing}).</source>
            <translation>项目{item}尚未完全译成{lang}（缺少：{missing}）。</translation>
        </message>
        <message>
            <source>Item {item} is not in the organization of work.</source>
            <translation>项目{item}未列入工作安排。</translation>
        </message>
        <message>
            <source>Item {item} is taken up after item {other}, which comes after it on the agenda.</source>
            <translation>项目{item}安排在项目{other}之后审议，而项目{other}在议程中位于其后。</translation>
        </message>
        <message>
            <source>Item {item} lists a document with a malformed symbol {symbol}: {problem}.</source>
            <translation>项目{item}列出的文件文号{symbol}格式有误：{problem}。</translation>
        </message>
        <message>
            <source>Item {item} lists a document without a symbol.</source>
            <translation>项目{item}列出的一份文件没有文号。</translation>
        </message>
        <message>
            <source>Item {item} lists {symbol} twice.</source>
            <translation>项目{item}两次列出{symbol}。</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: a footnote marker stands after "{mark}"; in this language it goes before the punctuation.</source>
            <translation>项目{item}，{lang}说明，第{paragraph}段：脚注标记位于“{mark}”之后；在该语文中应位于标点之前。</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: a footnote marker stands before "{mark}"; in this language it goes after the punctuation.</source>
            <translation>项目{item}，{lang}说明，第{paragraph}段：脚注标记位于“{mark}”之前；在该语文中应位于标点之后。</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: broken markup ({problem}).</source>
            <translation>项目{item}，{lang}说明，第{paragraph}段：标记有误（{problem}）。</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: empty footnote.</source>
            <translation>项目{item}，{lang}说明，第{paragraph}段：脚注为空。</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: lettered as a sub-paragraph differently from the original ({original}).</source>
            <translation>项目{item}，{lang}说明，第{paragraph}段：是否为带字母的分段与原文（{original}）不一致。</translation>
        </message>
        <message>
            <source>Meeting details, {field}: not translated into {lang}.</source>
            <translation>会议详情，{field}：未译成{lang}。</translation>
        </message>
        <message>
            <source>On {date}, the meeting at {span} is listed after the one at {other}.</source>
            <translation>{date}，{span}的会议排在{other}的会议之后。</translation>
        </message>
        <message>
            <source>On {date}, the meetings {span} and {other} overlap.</source>
            <translation>{date}，{span}和{other}的会议时间重叠。</translation>
        </message>
        <message>
            <source>The agenda has no items.</source>
            <translation>议程中没有项目。</translation>
        </message>
        <message>
            <source>The document has a reissue note, but its symbol has no asterisk pointing to it.</source>
            <translation>文件有重发说明，但其文号没有指向该说明的星号。</translation>
        </message>
        <message>
            <source>The document has no date of issue: its masthead will show no date.</source>
            <translation>文件没有印发日期：其报头将不显示日期。</translation>
        </message>
        <message>
            <source>The document has no symbol yet.</source>
            <translation>本文件尚无文号。</translation>
        </message>
        <message>
            <source>The document is dated {date}, after the meeting starts ({start}).</source>
            <translation>文件日期为{date}，晚于会议开始日期（{start}）。</translation>
        </message>
        <message>
            <source>The document symbol {symbol} is malformed: {problem}.</source>
            <translation>文件文号{symbol}格式有误：{problem}。</translation>
        </message>
        <message>
            <source>The meeting ends ({end}) before it starts ({start}).</source>
            <translation>会议结束日期（{end}）早于开始日期（{start}）。</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} belongs to no body of the timetable.</source>
            <translation>{date} {span} 的会议不属于时间表中的任何机构。</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} ends before it starts.</source>
            <translation>{date}{span}的会议结束时间早于开始时间。</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} ends when it starts.</source>
            <translation>{date}{span}的会议结束时间与开始时间相同。</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} lists an item that is not in the agenda.</source>
            <translation>{date}{span}的会议列有不在议程中的项目。</translation>
        </message>
        <message>
            <source>The name of the body {body} is not translated into {lang}.</source>
            <translation>机构名称 {body} 尚未译成{lang}。</translation>
        </message>
        <message>
            <source>The original language {lang} is not a UN language.</source>
            <translation>原文语文{lang}不是联合国语文。</translation>
        </message>
        <message>
            <source>The symbol {symbol} marks a reissue with its asterisk, but the document has no reissue note for the foot of page 1.</source>
            <translation>文号 {symbol} 以星号表示重发，但文件没有印在第1页页脚的重发说明。</translation>
        </message>
        <message>
            <source>The versions {langs} have the same job number {number}; each version has its own.</source>
            <translation>{langs}版本的工作编号同为{number}；每个版本应有各自的编号。</translation>
        </message>
        <message>
            <source>The {lang} title of item {item} ends with "{mark}"; the agenda adds its own punctuation.</source>
            <translation>项目{item}的{lang}标题以“{mark}”结尾；议程会自行添加标点。</translation>
        </message>
        <message>
            <source>Two bodies of the timetable have the same id {body}.</source>
            <translation>时间表中有两个机构使用同一标识 {body}。</translation>
        </message>
        <message>
            <source>a dash joining two symbols has nothing on one side</source>
            <translation>连接两个文号的破折号有一侧为空</translation>
        </message>
        <message>
            <source>annotation</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>body</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>document titles</source>
            <translation>文件标题</translation>
        </message>
        <message>
            <source>it contains characters that symbols do not use: {chars}</source>
            <translation>含有文号不使用的字符：{chars}</translation>
        </message>
        <message>
            <source>it contains spaces</source>
            <translation>含有空格</translation>
        </message>
        <message>
            <source>it has an empty part between slashes</source>
            <translation>斜线之间有空白部分</translation>
        </message>
        <message>
            <source>it has no slash-separated parts</source>
            <translation>没有用斜线分隔的部分</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>为空</translation>
        </message>
        <message>
            <source>it is not written as a document symbol</source>
            <translation>不符合文件文号的写法</translation>
        </message>
        <message>
            <source>names of the bodies</source>
            <translation>机构名称</translation>
        </message>
        <message>
            <source>reissue note</source>
            <translation>重发说明</translation>
        </message>
        <message>
            <source>session</source>
            <translation>届会</translation>
        </message>
        <message>
            <source>subsidiary body</source>
            <translation>附属机构</translation>
        </message>
        <message>
            <source>the part {part} has an empty part between slashes</source>
            <translation>部分 {part} 的斜线之间有空白部分</translation>
        </message>
        <message>
            <source>the part {part} has no slash-separated parts</source>
            <translation>部分 {part} 没有用斜线分隔的部分</translation>
        </message>
        <message>
            <source>title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>venue</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>{date} appears twice in the organization of work.</source>
            <translation>{date}在工作安排中出现两次。</translation>
        </message>
        <message>
            <source>{date} is listed after {other}.</source>
            <translation>{date}排在{other}之后。</translation>
        </message>
        <message>
            <source>{date} is outside the dates of the meeting.</source>
            <translation>{date}不在会议日期范围内。</translation>
        </message>
        <message>
            <source>{date}: {count} meetings, more than the limit of {limit}.</source>
            <translation>{date}：{count}次会议，超过{limit}次的限额。</translation>
        </message>
        <message>
            <source>{symbol} has a different title under item {item} than under item {other}.</source>
            <translation>{symbol}在项目{item}下和项目{other}下的标题不同。</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n个错误</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n条说明</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n个警告</numerusform>
            </translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>信息</translation>
        </message>
        <message>
            <source>No problems found</source>
            <translation>未发现问题</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>Finding</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>未发现问题。</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
    </context>
    <context>
        <name>FootnotesPanel</name>
        <message>
            <source>(empty: type its text below)</source>
            <translation>（空：请在下方输入文本）</translation>
        </message>
        <message>
            <source>Footnote text</source>
            <translation>脚注文本</translation>
        </message>
        <message>
            <source>Footnotes</source>
            <translation>脚注</translation>
        </message>
        <message>
            <source>Footnotes (Ctrl+Alt+F inserts one at the cursor)</source>
            <translation>脚注（按Ctrl+Alt+F在光标处插入脚注）</translation>
        </message>
        <message>
            <source>Remove Footnote</source>
            <translation>删除脚注</translation>
        </message>
        <message>
            <source>Select a footnote to edit its text.</source>
            <translation>选择一条脚注以编辑其文本。</translation>
        </message>
        <message>
            <source>Text of footnote {0}:</source>
            <translation>脚注{0}的文本：</translation>
        </message>
        <message>
            <source>Text of the footnote</source>
            <translation>脚注的文本</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>User Guide</source>
            <translation>用户指南</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>&amp;User Guide</source>
            <translation>用户指南(&amp;U)</translation>
        </message>
        <message>
            <source>A short guide to drafting with {0}</source>
            <translation>使用 {0} 起草的简要指南</translation>
        </message>
        <message>
            <source>Recovery data:</source>
            <translation>恢复数据：</translation>
        </message>
        <message>
            <source>Settings:</source>
            <translation>设置：</translation>
        </message>
        <message>
            <source>This meeting:</source>
            <translation>本会议：</translation>
        </message>
        <message>
            <source>User guide:</source>
            <translation>用户指南：</translation>
        </message>
        <message>
            <source>Window layout:</source>
            <translation>窗口布局：</translation>
        </message>
        <message>
            <source>Words added to the dictionaries:</source>
            <translation>添加到词典的词：</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>尚未保存</translation>
        </message>
    </context>
    <context>
        <name>ImportAgenda</name>
        <message numerus="yes">
            <source>%n line(s) of {0} found no place in the meeting:</source>
            <translation>
                <numerusform>{0} 中有 %n 行未能放入会议：</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the agenda on the clipboard, with its annotations, as new items</source>
            <translation>将剪贴板上的议程连同说明添加为新的项目</translation>
        </message>
        <message>
            <source>Cannot Import Agenda</source>
            <translation>无法导入议程</translation>
        </message>
        <message>
            <source>Import &amp;Agenda...</source>
            <translation>导入议程(&amp;A)...</translation>
        </message>
        <message>
            <source>Import Agenda</source>
            <translation>导入议程</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n item(s) from {0}; Save asks where to keep the meeting</source>
            <translation>
                <numerusform>已从 {0} 导入 %n 个项目；保存时将询问会议的存放位置</numerusform>
            </translation>
        </message>
        <message>
            <source>Line {0}: {1}</source>
            <translation>第 {0} 行：{1}</translation>
        </message>
        <message>
            <source>Lines Not Imported</source>
            <translation>未导入的行</translation>
        </message>
        <message>
            <source>Open an agenda written in Word or saved as text as a new meeting</source>
            <translation>将以 Word 编写或保存为文本的议程作为新会议打开</translation>
        </message>
        <message>
            <source>Paste A&amp;genda as Items</source>
            <translation>将议程粘贴为项目(&amp;G)</translation>
        </message>
        <message numerus="yes">
            <source>Paste agenda (%n item(s))</source>
            <translation>
                <numerusform>粘贴议程（%n 个项目）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n agenda item(s).</source>
            <translation>
                <numerusform>已粘贴 %n 个议程项目。</numerusform>
            </translation>
        </message>
        <message>
            <source>The clipboard holds no numbered agenda to paste.</source>
            <translation>剪贴板上没有可粘贴的编号议程。</translation>
        </message>
        <message>
            <source>Word documents and text (*.docx *.txt);;All files (*)</source>
            <translation>Word 文档和文本 (*.docx *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>the clipboard</source>
            <translation>剪贴板</translation>
        </message>
    </context>
    <context>
        <name>ItemClipboard</name>
        <message>
            <source>&amp;Copy Items</source>
            <translation>复制项目(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste Items</source>
            <translation>粘贴项目(&amp;P)</translation>
        </message>
        <message>
            <source>Add a copy of the selected items after them</source>
            <translation>在所选项目之后添加其副本</translation>
        </message>
        <message>
            <source>Add the items on the clipboard (or one item per line of text) after the current item</source>
            <translation>在当前项目之后添加剪贴板中的项目（或每行文本一个项目）</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n item(s).</source>
            <translation>
                <numerusform>已复制 %n 个项目。</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy the selected items with their sub-items, texts and documents</source>
            <translation>复制所选项目及其分项目、文本和文件</translation>
        </message>
        <message>
            <source>Cu&amp;t Items</source>
            <translation>剪切项目(&amp;T)</translation>
        </message>
        <message numerus="yes">
            <source>Cut %n item(s)</source>
            <translation>
                <numerusform>剪切 %n 个项目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n item(s).</source>
            <translation>
                <numerusform>已剪切 %n 个项目。</numerusform>
            </translation>
        </message>
        <message>
            <source>D&amp;uplicate Items</source>
            <translation>创建项目副本(&amp;U)</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n item(s)</source>
            <translation>
                <numerusform>创建 %n 个项目的副本</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Duplicated %n item(s).</source>
            <translation>
                <numerusform>已创建 %n 个项目的副本。</numerusform>
            </translation>
        </message>
        <message>
            <source>Move the selected items to the clipboard</source>
            <translation>将所选项目移至剪贴板</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n item(s)</source>
            <translation>
                <numerusform>粘贴 %n 个项目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n item(s).</source>
            <translation>
                <numerusform>已粘贴 %n 个项目。</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the agenda items to copy first.</source>
            <translation>请先选择要复制的议程项目。</translation>
        </message>
        <message>
            <source>Select the agenda items to duplicate first.</source>
            <translation>请先选择要创建副本的议程项目。</translation>
        </message>
        <message>
            <source>The clipboard holds no agenda items and no text to paste.</source>
            <translation>剪贴板中没有可粘贴的议程项目或文本。</translation>
        </message>
        <message>
            <source>The items cannot go here: the agenda allows at most {0} levels of items.</source>
            <translation>这些项目不能放在此处：议程最多允许 {0} 级项目。</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>&amp;Annotation</source>
            <translation>说明(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Documentation</source>
            <translation>文件(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>标题(&amp;T)</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Annotation of the item (optional)</source>
            <translation>项目说明（可选）</translation>
        </message>
        <message>
            <source>Item title</source>
            <translation>项目标题</translation>
        </message>
        <message>
            <source>Not translated yet. The original reads:
{0}</source>
            <translation>尚未翻译。原文为：
{0}</translation>
        </message>
        <message>
            <source>Not translated: {0}</source>
            <translation>未翻译：{0}</translation>
        </message>
        <message>
            <source>Select an item of the agenda</source>
            <translation>请选择一个议程项目</translation>
        </message>
        <message>
            <source>Title of the item</source>
            <translation>项目标题</translation>
        </message>
    </context>
    <context>
        <name>LanguageSelector</name>
        <message>
            <source>The language version being edited</source>
            <translation>正在编辑的语文版本</translation>
        </message>
        <message>
            <source>{0} (original)</source>
            <translation>{0}（原文）</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>Arabic</source>
            <translation>阿拉伯文</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>French</source>
            <translation>法文</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>俄文</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>西班牙文</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&lt;opened&gt;</source>
            <translation>&lt;已打开&gt;</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Timetable</source>
            <translation>日程安排</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>翻译</translation>
        </message>
        <message>
            <source>Undo History</source>
            <translation>撤销历史</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>无标题</translation>
        </message>
        <message>
            <source>{0} (read-only)[*] — {1}</source>
            <translation>{0}（只读）[*] — {1}</translation>
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
            <translation>机构(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Distribution:</source>
            <translation>分发(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Job number:</source>
            <translation>工作编号(&amp;J)：</translation>
        </message>
        <message>
            <source>&amp;Meetings per day:</source>
            <translation>每天会议次数(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Page size:</source>
            <translation>页面大小(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Symbol:</source>
            <translation>文号(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <source>Change the original language</source>
            <translation>更改原文语文</translation>
        </message>
        <message>
            <source>Date of &amp;issue:</source>
            <translation>印发日期(&amp;I)：</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Editing version:</source>
            <translation>编辑版本：</translation>
        </message>
        <message>
            <source>Fi&amp;rst day:</source>
            <translation>第一天(&amp;R)：</translation>
        </message>
        <message>
            <source>For a reissued document, whose symbol ends with an asterisk: the note printed after an asterisk at the foot of page 1, e.g. “Reissued for technical reasons on 3 May 2026.”</source>
            <translation>用于文号以星号结尾的重发文件：印在第1页页脚星号之后的说明，例如“因技术原因于2026年5月3日重发。”</translation>
        </message>
        <message>
            <source>General</source>
            <translation>普遍分发</translation>
        </message>
        <message>
            <source>How many meetings a day may hold unless the day sets its own limit</source>
            <translation>除当天另设限额外，每天可举行的会议次数</translation>
        </message>
        <message>
            <source>L&amp;ast day:</source>
            <translation>最后一天(&amp;A)：</translation>
        </message>
        <message>
            <source>Language versions:</source>
            <translation>语文版本：</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>语文</translation>
        </message>
        <message>
            <source>Limited</source>
            <translation>限制分发</translation>
        </message>
        <message>
            <source>Made from:</source>
            <translation>来源：</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Not a valid symbol: {0}.</source>
            <translation>文号无效：{0}。</translation>
        </message>
        <message>
            <source>Not translated: {0}</source>
            <translation>未翻译：{0}</translation>
        </message>
        <message>
            <source>Ori&amp;ginal language:</source>
            <translation>原文语文(&amp;G)：</translation>
        </message>
        <message>
            <source>Reissue note:</source>
            <translation>重发说明：</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>内部分发</translation>
        </message>
        <message>
            <source>Sessio&amp;n:</source>
            <translation>届会(&amp;N)：</translation>
        </message>
        <message>
            <source>Set this date</source>
            <translation>设置此日期</translation>
        </message>
        <message>
            <source>Subsidiar&amp;y body:</source>
            <translation>附属机构(&amp;Y)：</translation>
        </message>
        <message>
            <source>The document symbol, for example ABC/WG.1/2026/1</source>
            <translation>文件文号，例如 ABC/WG.1/2026/1</translation>
        </message>
        <message>
            <source>The original language is now {0}.</source>
            <translation>原文语文现为{0}。</translation>
        </message>
        <message>
            <source>Ven&amp;ue:</source>
            <translation>地点(&amp;U)：</translation>
        </message>
        <message>
            <source>{0} (original)</source>
            <translation>{0}（原文）</translation>
        </message>
        <message>
            <source>{0} ({1}/{2} items translated)</source>
            <translation>{0}（已翻译{1}/{2}个项目）</translation>
        </message>
        <message>
            <source>{0} of {1} agenda items are fully translated into {2}.</source>
            <translation>{1}个议程项目中有{0}个已完全译成{2}。</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;About {0}</source>
            <translation>关于{0}(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Export PDF...</source>
            <translation>导出PDF(&amp;E)...</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>检查结果(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Import Translation...</source>
            <translation>导入译文(&amp;I)...</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open...</source>
            <translation>打开(&amp;O)...</translation>
        </message>
        <message>
            <source>&amp;Preferences...</source>
            <translation>首选项(&amp;P)...</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Schedule In...</source>
            <translation>安排到(&amp;S)...</translation>
        </message>
        <message>
            <source>&amp;Toolbar</source>
            <translation>工具栏(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Drafts provisional agendas and annotations of intergovernmental meetings in the six official languages of the United Nations.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;以联合国六种正式语文起草政府间会议的临时议程和说明。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>About {0}</source>
            <translation>关于{0}</translation>
        </message>
        <message>
            <source>Choose the day and meeting in which the selected items are taken up</source>
            <translation>选择审议所选项目的日期和会议</translation>
        </message>
        <message>
            <source>Close the meeting</source>
            <translation>关闭会议</translation>
        </message>
        <message>
            <source>Export &amp;Word Document...</source>
            <translation>导出为 &amp;Word 文档...</translation>
        </message>
        <message>
            <source>Export for &amp;Translation...</source>
            <translation>导出供翻译(&amp;T)...</translation>
        </message>
        <message>
            <source>Export the document as PDF</source>
            <translation>将文件导出为PDF</translation>
        </message>
        <message>
            <source>Export the document as a Word file, the manuscript for Documents Management</source>
            <translation>将文件导出为 Word 文档，即提交文件管理部门的原稿</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>格式(&amp;O)</translation>
        </message>
        <message>
            <source>Fill a language version from a translated XLIFF file</source>
            <translation>根据已翻译的XLIFF文件填写一个语文版本</translation>
        </message>
        <message>
            <source>Go back to the saved file</source>
            <translation>回到已保存的文件</translation>
        </message>
        <message>
            <source>Go to &amp;Item</source>
            <translation>转到项目(&amp;I)</translation>
        </message>
        <message>
            <source>Go to &amp;Meeting</source>
            <translation>转到会议(&amp;M)</translation>
        </message>
        <message>
            <source>Go to &amp;Timetable</source>
            <translation>转到日程安排(&amp;T)</translation>
        </message>
        <message>
            <source>Go to T&amp;ranslation</source>
            <translation>转到翻译(&amp;R)</translation>
        </message>
        <message>
            <source>Interface language and defaults for new meetings</source>
            <translation>界面语文和新会议的默认设置</translation>
        </message>
        <message>
            <source>New Session From &amp;This One...</source>
            <translation>基于本届会议新建届会(&amp;T)...</translation>
        </message>
        <message>
            <source>New from &amp;Existing...</source>
            <translation>基于现有会议新建(&amp;E)...</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>没有最近的文件</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>Open a meeting file</source>
            <translation>打开会议文件</translation>
        </message>
        <message>
            <source>Quit {0}</source>
            <translation>退出{0}</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>还原(&amp;V)</translation>
        </message>
        <message>
            <source>Redone: {0}</source>
            <translation>已重做：{0}</translation>
        </message>
        <message>
            <source>Save &amp;As...</source>
            <translation>另存为(&amp;A)...</translation>
        </message>
        <message>
            <source>Save the meeting</source>
            <translation>保存会议</translation>
        </message>
        <message>
            <source>Save under another name</source>
            <translation>以其他名称保存</translation>
        </message>
        <message>
            <source>Select the agenda items to schedule first.</source>
            <translation>请先选择要安排的议程项目。</translation>
        </message>
        <message>
            <source>Show the item editor</source>
            <translation>显示项目编辑器</translation>
        </message>
        <message>
            <source>Show the meeting details</source>
            <translation>显示会议详情</translation>
        </message>
        <message>
            <source>Show the organization of work</source>
            <translation>显示工作安排</translation>
        </message>
        <message>
            <source>Show the texts side by side with a language version</source>
            <translation>将文本与某一语文版本并排显示</translation>
        </message>
        <message>
            <source>Start a new meeting</source>
            <translation>新建会议</translation>
        </message>
        <message>
            <source>Start a new meeting with the agenda of an existing one</source>
            <translation>使用现有会议的议程新建会议</translation>
        </message>
        <message>
            <source>Start the next session's meeting from this one, which stays as it is</source>
            <translation>以本会议为基础开始下届会议，本会议保持不变</translation>
        </message>
        <message>
            <source>Timetab&amp;le</source>
            <translation>日程安排(&amp;L)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>工具栏</translation>
        </message>
        <message>
            <source>Undo &amp;History</source>
            <translation>撤销历史(&amp;H)</translation>
        </message>
        <message>
            <source>Undone: {0}</source>
            <translation>已撤销：{0}</translation>
        </message>
        <message>
            <source>Write a language version as an XLIFF file for translation tools</source>
            <translation>将一个语文版本写入供翻译工具使用的XLIFF文件</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>&amp;Keep them where they are too (continued)</source>
            <translation>同时保留在原处（续）(&amp;K)</translation>
        </message>
        <message>
            <source>Items to move: {0}</source>
            <translation>要移动的项目：{0}</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>移至</translation>
        </message>
        <message>
            <source>This day allows no meeting.</source>
            <translation>当天不允许举行会议。</translation>
        </message>
    </context>
    <context>
        <name>NextSessionDialog</name>
        <message>
            <source>A new, unsaved meeting is made from this one, which is not changed. Untick a symbol to keep it as it is, or type the new one.</source>
            <translation>将以本会议为基础创建一个尚未保存的新会议，本会议不会改变。取消勾选某个文号可保持原样，也可输入新文号。</translation>
        </message>
        <message>
            <source>Annotations to clear (the standard items keep theirs):</source>
            <translation>要清除的说明（标准项目保留其说明）：</translation>
        </message>
        <message>
            <source>Clear the dates and the days of the organization of work</source>
            <translation>清除日期及工作安排中的各日</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>Item {0}, annotation ({1}, paragraph {2})</source>
            <translation>项目 {0}，说明（{1}，第 {2} 段）</translation>
        </message>
        <message>
            <source>Item {0}, documentation</source>
            <translation>项目 {0}，文件</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>New Session From This One</source>
            <translation>基于本届会议新建届会</translation>
        </message>
        <message>
            <source>New symbol</source>
            <translation>新文号</translation>
        </message>
        <message>
            <source>Symbol now</source>
            <translation>现文号</translation>
        </message>
        <message>
            <source>The symbol has no year or number to roll.</source>
            <translation>该文号中没有可递增的年份或编号。</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
    </context>
    <context>
        <name>Origin</name>
        <message>
            <source>Imported from the Word document {0}</source>
            <translation>从 Word 文件 {0} 导入</translation>
        </message>
        <message>
            <source>Imported from the text file {0}</source>
            <translation>从文本文件 {0} 导入</translation>
        </message>
        <message>
            <source>New meeting from the agenda of {0}</source>
            <translation>根据 {0} 的议程新建的会议</translation>
        </message>
        <message>
            <source>Next session from {0}</source>
            <translation>{0} 的下一届会</translation>
        </message>
        <message>
            <source>Not recorded (not made from another document)</source>
            <translation>未记录（并非由其他文件生成）</translation>
        </message>
        <message>
            <source>Opened from the PDF {0}</source>
            <translation>从 PDF {0} 打开</translation>
        </message>
        <message>
            <source>an unsaved meeting</source>
            <translation>一个未保存的会议</translation>
        </message>
        <message>
            <source>{0}, on {1}</source>
            <translation>{0}，{1}</translation>
        </message>
        <message>
            <source>“{0}”</source>
            <translation>“{0}”</translation>
        </message>
        <message>
            <source>“{0}” ({1})</source>
            <translation>“{0}”（{1}）</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>&amp;Page size of new meetings:</source>
            <translation>新会议的页面大小(&amp;P)：</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>界面语文(&amp;L)：</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>系统语文</translation>
        </message>
        <message>
            <source>The language of menus, buttons and messages</source>
            <translation>菜单、按钮和消息的语文</translation>
        </message>
        <message>
            <source>The language of the documents is chosen for each meeting, in the Meeting page.</source>
            <translation>文件的语文在“会议”页面中为每次会议分别选择。</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>美国信纸</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message numerus="yes">
            <source>%n page(s) in {0}, as they will print</source>
            <translation>
                <numerusform>{0}版本共 %n 页，与打印效果相同</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>打印(&amp;P)...</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Print Pre&amp;view</source>
            <translation>打印预览(&amp;V)</translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>打印预览</translation>
        </message>
        <message>
            <source>Print the document in the language version shown</source>
            <translation>打印所显示语文版本的文件</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>已将 %n 页发送到打印机。</numerusform>
            </translation>
        </message>
        <message>
            <source>Show the pages as they will print, in the language version shown</source>
            <translation>按打印效果显示所显示语文版本的页面</translation>
        </message>
        <message>
            <source>The document cannot be printed: {0}</source>
            <translation>无法打印该文件：{0}</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>无法启动打印机。</translation>
        </message>
    </context>
    <context>
        <name>PreviewWidget</name>
        <message>
            <source>Page {0}</source>
            <translation>第 {0} 页</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>第 {0} 页，共 {1} 页</translation>
        </message>
        <message>
            <source>The preview could not be made: {0}</source>
            <translation>无法生成预览：{0}</translation>
        </message>
        <message>
            <source>Updating the preview…</source>
            <translation>正在更新预览…</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>"{file}" cannot be locked for editing: others keep changing its lock</source>
            <translation>无法锁定“{file}”以进行编辑：其他人一直在更改其锁</translation>
        </message>
        <message>
            <source>"{file}" cannot be locked for editing: the lock file disappeared</source>
            <translation>无法锁定“{file}”以进行编辑：锁文件已消失</translation>
        </message>
        <message>
            <source>"{file}" cannot be locked for editing: {detail}</source>
            <translation>无法锁定“{file}”以进行编辑：{detail}</translation>
        </message>
        <message>
            <source>"{file}" cannot be opened ({detail})</source>
            <translation>无法打开“{file}”（{detail}）</translation>
        </message>
        <message>
            <source>"{file}" cannot be read: permission denied</source>
            <translation>无法读取“{file}”：权限被拒绝</translation>
        </message>
        <message>
            <source>"{file}" cannot be read: {detail}</source>
            <translation>无法读取“{file}”：{detail}</translation>
        </message>
        <message>
            <source>"{file}" contains {detail}, which Agenda Editor files never have: it was crafted or changed by another program, and was not opened</source>
            <translation>“{file}”包含 {detail}，而 Agenda Editor 文件从不包含此类内容：该文件系伪造或被其他程序修改，未予打开</translation>
        </message>
        <message>
            <source>"{file}" could not be saved ({detail})</source>
            <translation>无法保存“{file}”（{detail}）</translation>
        </message>
        <message>
            <source>"{file}" could not be saved: permission denied</source>
            <translation>无法保存“{file}”：权限被拒绝</translation>
        </message>
        <message>
            <source>"{file}" could not be saved: {detail}</source>
            <translation>无法保存“{file}”：{detail}</translation>
        </message>
        <message>
            <source>"{file}" does not exist (it may have been moved or deleted)</source>
            <translation>“{file}”不存在（可能已被移动或删除）</translation>
        </message>
        <message>
            <source>"{file}" has an unknown file format ({version})</source>
            <translation>“{file}”的文件格式未知（{version}）</translation>
        </message>
        <message>
            <source>"{file}" has inconsistent content: {detail}</source>
            <translation>“{file}”的内容不一致：{detail}</translation>
        </message>
        <message>
            <source>"{file}" holds a value of more than {megabytes} MB, which no Agenda Editor file does: it is damaged or crafted; it was not opened</source>
            <translation>“{file}”包含超过 {megabytes} MB 的值，任何 Agenda Editor 文件都不会如此：该文件已损坏或系伪造；未予打开</translation>
        </message>
        <message>
            <source>"{file}" is a database of another program, not an Agenda Editor session file</source>
            <translation>“{file}”是其他程序的数据库，不是 Agenda Editor 会话文件</translation>
        </message>
        <message>
            <source>"{file}" is a folder, not a session file</source>
            <translation>“{file}”是文件夹，不是会话文件</translation>
        </message>
        <message>
            <source>"{file}" is a folder; a session file cannot be saved there</source>
            <translation>“{file}”是文件夹；无法在此保存会话文件</translation>
        </message>
        <message>
            <source>"{file}" is already open in this window</source>
            <translation>“{file}”已在此窗口中打开</translation>
        </message>
        <message>
            <source>"{file}" is damaged (SQLite reports: {detail})</source>
            <translation>“{file}”已损坏（SQLite 报告：{detail}）</translation>
        </message>
        <message>
            <source>"{file}" is damaged ({detail})</source>
            <translation>“{file}”已损坏（{detail}）</translation>
        </message>
        <message>
            <source>"{file}" is empty: it is not an Agenda Editor session file</source>
            <translation>“{file}”为空：不是 Agenda Editor 会话文件</translation>
        </message>
        <message>
            <source>"{file}" is incomplete (the file is truncated)</source>
            <translation>“{file}”不完整（文件被截断）</translation>
        </message>
        <message>
            <source>"{file}" is not an Agenda Editor session file</source>
            <translation>“{file}”不是 Agenda Editor 会话文件</translation>
        </message>
        <message>
            <source>"{file}" is opened by {owner}</source>
            <translation>“{file}”已由 {owner} 打开</translation>
        </message>
        <message>
            <source>"{file}" kept changing while it was being read; try again later</source>
            <translation>读取“{file}”时该文件一直在变化；请稍后再试</translation>
        </message>
        <message>
            <source>"{file}" took more than {seconds} seconds to read, which no Agenda Editor file does: it is damaged or was crafted to make programs hang; it was not opened</source>
            <translation>读取“{file}”用了超过 {seconds} 秒，任何 Agenda Editor 文件都不会如此：该文件已损坏，或系为使程序停止响应而伪造；未予打开</translation>
        </message>
        <message>
            <source>"{file}" was changed by another program or person since it was opened; it was not overwritten</source>
            <translation>“{file}”在打开后已被其他程序或他人修改；未予覆盖</translation>
        </message>
        <message>
            <source>"{file}" was moved or deleted since it was opened; it was not written again</source>
            <translation>“{file}”在打开后已被移动或删除；未重新写入</translation>
        </message>
        <message>
            <source>"{file}" was not opened: {journals} beside it holds changes that another program made to it and never finished. Agenda Editor neither applies nor deletes them; finish them with the program that made them, or move that file away to open the file without them</source>
            <translation>未打开“{file}”：其旁边的 {journals} 含有另一程序对其所作但从未完成的更改。Agenda Editor 既不应用也不删除这些更改；请用作出更改的程序完成它们，或将该文件移走，以便在不含这些更改的情况下打开文件</translation>
        </message>
        <message>
            <source>"{file}" was not saved: {detail}</source>
            <translation>未保存“{file}”：{detail}</translation>
        </message>
        <message>
            <source>"{file}" was saved by a newer version of Agenda Editor (file format {version}; this version reads formats up to {latest}). Update Agenda Editor to open it.</source>
            <translation>“{file}”由较新版本的 Agenda Editor 保存（文件格式 {version}；此版本可读取的格式最高为 {latest}）。请更新 Agenda Editor 后再打开。</translation>
        </message>
        <message>
            <source>&lt;/{tag}&gt; comes before &lt;/{inner}&gt;: &lt;{inner}&gt; was opened inside &lt;{tag}&gt; and must be closed first (at character {at})</source>
            <translation>&lt;/{tag}&gt; 出现在 &lt;/{inner}&gt; 之前：&lt;{inner}&gt; 是在 &lt;{tag}&gt; 内打开的，必须先关闭（第 {at} 个字符处）</translation>
        </message>
        <message>
            <source>&lt;/{tag}&gt; has no &lt;{tag}&gt; before it to close (at character {at})</source>
            <translation>&lt;/{tag}&gt; 之前没有可关闭的 &lt;{tag}&gt;（第 {at} 个字符处）</translation>
        </message>
        <message>
            <source>&lt;{tag}&gt; is never closed (opened at character {at})</source>
            <translation>&lt;{tag}&gt; 从未关闭（在第 {at} 个字符处打开）</translation>
        </message>
        <message>
            <source>&lt;{tag}&gt; is opened again inside &lt;{tag}&gt; (at character {at})</source>
            <translation>&lt;{tag}&gt; 在 &lt;{tag}&gt; 内再次打开（第 {at} 个字符处）</translation>
        </message>
        <message>
            <source>a body id</source>
            <translation>某个机构标识符</translation>
        </message>
        <message>
            <source>a body's name</source>
            <translation>某个机构名称</translation>
        </message>
        <message>
            <source>a body's name belongs to a body that does not exist</source>
            <translation>某个机构名称属于一个不存在的机构</translation>
        </message>
        <message>
            <source>a day of the timetable</source>
            <translation>日程表中的某一天</translation>
        </message>
        <message>
            <source>a document symbol</source>
            <translation>某个文件编号</translation>
        </message>
        <message>
            <source>a document title</source>
            <translation>某个文件标题</translation>
        </message>
        <message>
            <source>a footnote cannot contain another footnote (at character {at})</source>
            <translation>脚注中不能包含另一个脚注（第 {at} 个字符处）</translation>
        </message>
        <message>
            <source>a language</source>
            <translation>某个语言</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>a meeting of {date} belongs to the body {body}, which is not in the timetable</source>
            <translation>{date} 的一场会议属于机构 {body}，但该机构不在日程表中</translation>
        </message>
        <message>
            <source>a start time</source>
            <translation>某个开始时间</translation>
        </message>
        <message>
            <source>a version needs a name</source>
            <translation>版本需要名称</translation>
        </message>
        <message>
            <source>an agenda item is a sub-item of an item that does not exist</source>
            <translation>某个议程项目是一个不存在的项目的子项目</translation>
        </message>
        <message>
            <source>an annotation paragraph</source>
            <translation>某个注释段落</translation>
        </message>
        <message>
            <source>an end time</source>
            <translation>某个结束时间</translation>
        </message>
        <message>
            <source>an id cannot be empty</source>
            <translation>标识符不能为空</translation>
        </message>
        <message>
            <source>an item id</source>
            <translation>某个项目标识符</translation>
        </message>
        <message>
            <source>an item title</source>
            <translation>某个项目标题</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>broken markup: {detail}</source>
            <translation>标记有误：{detail}</translation>
        </message>
        <message>
            <source>cannot be written as JSON: {detail}</source>
            <translation>无法写为 JSON：{detail}</translation>
        </message>
        <message>
            <source>date of issue</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <source>distribution</source>
            <translation>分发范围</translation>
        </message>
        <message>
            <source>expected "{expected}", got {value}</source>
            <translation>应为“{expected}”，实际为{value}</translation>
        </message>
        <message>
            <source>expected a JSON object at the top level, got {value}</source>
            <translation>顶层应为 JSON 对象，实际为{value}</translation>
        </message>
        <message>
            <source>expected a date as YYYY-MM-DD, got {value}</source>
            <translation>应为 YYYY-MM-DD 格式的日期，实际为{value}</translation>
        </message>
        <message>
            <source>expected a list of agenda item ids, got {value}</source>
            <translation>应为议程项目标识符列表，实际为{value}</translation>
        </message>
        <message>
            <source>expected a list of agenda items, got {value}</source>
            <translation>应为议程项目列表，实际为{value}</translation>
        </message>
        <message>
            <source>expected a list of bodies, got {value}</source>
            <translation>应为机构列表，实际为{value}</translation>
        </message>
        <message>
            <source>expected a list of days, got {value}</source>
            <translation>应为日期列表，实际为{value}</translation>
        </message>
        <message>
            <source>expected a list of documents, got {value}</source>
            <translation>应为文件列表，实际为{value}</translation>
        </message>
        <message>
            <source>expected a list of language codes, got {value}</source>
            <translation>应为语言代码列表，实际为{value}</translation>
        </message>
        <message>
            <source>expected a list of meetings, got {value}</source>
            <translation>应为会议列表，实际为{value}</translation>
        </message>
        <message>
            <source>expected a list of paragraphs, got {value}</source>
            <translation>应为段落列表，实际为{value}</translation>
        </message>
        <message>
            <source>expected a time as HH:MM (24-hour clock), got {value}</source>
            <translation>应为 HH:MM 格式的时间（24 小时制），实际为{value}</translation>
        </message>
        <message>
            <source>expected a whole number of 0 or more, got {value}</source>
            <translation>应为大于或等于 0 的整数，实际为 {value}</translation>
        </message>
        <message>
            <source>expected a whole number of at most {limit}, got {value}</source>
            <translation>应为不超过 {limit} 的整数，实际为 {value}</translation>
        </message>
        <message>
            <source>expected a whole number, got {value}</source>
            <translation>应为整数，实际为{value}</translation>
        </message>
        <message>
            <source>expected an object, got {value}</source>
            <translation>应为对象，实际为{value}</translation>
        </message>
        <message>
            <source>expected at least one body</source>
            <translation>应至少有一个机构</translation>
        </message>
        <message>
            <source>expected at least one body (leave the field out for one plenary)</source>
            <translation>应至少有一个机构（只有一个全体会议时请省略此字段）</translation>
        </message>
        <message>
            <source>expected one of {choices}, got {value}</source>
            <translation>应为 {choices} 之一，实际为{value}</translation>
        </message>
        <message>
            <source>expected paragraphs (or a map of language codes to paragraphs), got {value}</source>
            <translation>应为段落（或从语言代码到段落的映射），实际为{value}</translation>
        </message>
        <message>
            <source>expected text (or a map of language codes to text), got {value}</source>
            <translation>应为文本（或从语言代码到文本的映射），实际为{value}</translation>
        </message>
        <message>
            <source>expected text, got {value}</source>
            <translation>应为文本，实际为{value}</translation>
        </message>
        <message>
            <source>first day</source>
            <translation>第一天</translation>
        </message>
        <message>
            <source>invalid JSON at line {line}, column {column}: {detail}</source>
            <translation>第 {line} 行第 {column} 列的 JSON 无效：{detail}</translation>
        </message>
        <message>
            <source>invalid JSON: a number of {characters} characters is too long</source>
            <translation>JSON 无效：长度为 {characters} 个字符的数字过长</translation>
        </message>
        <message>
            <source>invalid JSON: a number of {digits} digits is too long</source>
            <translation>JSON 无效：{digits} 位的数字过长</translation>
        </message>
        <message>
            <source>invalid JSON: nested too deeply</source>
            <translation>JSON 无效：嵌套过深</translation>
        </message>
        <message>
            <source>invalid JSON: {name} is not a valid JSON value</source>
            <translation>JSON 无效：{name} 不是有效的 JSON 值</translation>
        </message>
        <message>
            <source>it cannot be read: {detail}</source>
            <translation>无法读取该版本：{detail}</translation>
        </message>
        <message>
            <source>it contains {detail}, which Agenda Editor files never have: it was crafted or changed by another program, and was not opened</source>
            <translation>该版本包含 {detail}，而 Agenda Editor 文件从不包含此类内容：它是伪造的或被其他程序修改过，未被打开</translation>
        </message>
        <message>
            <source>it has a meeting text of an unknown kind {kind}</source>
            <translation>其中有一个未知类型 {kind} 的会议文本</translation>
        </message>
        <message>
            <source>it has an unknown format ({version})</source>
            <translation>该版本的格式未知（{version}）</translation>
        </message>
        <message>
            <source>it has more than one {what} record</source>
            <translation>其中有不止一条{what}记录</translation>
        </message>
        <message>
            <source>it has no {what} record</source>
            <translation>其中没有{what}记录</translation>
        </message>
        <message>
            <source>it is damaged (SQLite reports: {detail})</source>
            <translation>该版本已损坏（SQLite 报告：{detail}）</translation>
        </message>
        <message>
            <source>it is damaged (it cannot be uncompressed: {detail})</source>
            <translation>该版本已损坏（无法解压：{detail}）</translation>
        </message>
        <message>
            <source>it is damaged (it does not hold a meeting)</source>
            <translation>该版本已损坏（其中没有会议）</translation>
        </message>
        <message>
            <source>it is damaged (it does not hold an Agenda Editor meeting)</source>
            <translation>该版本已损坏（其中没有 Agenda Editor 会议）</translation>
        </message>
        <message>
            <source>it is damaged (it holds a value of more than {megabytes} MB)</source>
            <translation>该版本已损坏（其中有一个超过 {megabytes} MB 的值）</translation>
        </message>
        <message>
            <source>it is damaged (it holds versions of its own)</source>
            <translation>该版本已损坏（其中含有自己的版本）</translation>
        </message>
        <message>
            <source>it is damaged (its compressed data is cut short or has extra bytes)</source>
            <translation>该版本已损坏（其压缩数据被截断或含有多余字节）</translation>
        </message>
        <message>
            <source>it is damaged ({detail})</source>
            <translation>该版本已损坏（{detail}）</translation>
        </message>
        <message>
            <source>it is larger than {limit} MB once uncompressed, which no meeting is: it is damaged or crafted</source>
            <translation>解压后超过 {limit} MB，没有任何会议有这么大：该版本已损坏或是伪造的</translation>
        </message>
        <message>
            <source>it is not an Agenda Editor session database</source>
            <translation>它不是 Agenda Editor 会话数据库</translation>
        </message>
        <message>
            <source>it keeps {count} versions, more than the {limit} any Agenda Editor file has</source>
            <translation>其中保存了 {count} 个版本，超过了任何 Agenda Editor 文件都不会超过的 {limit} 个</translation>
        </message>
        <message>
            <source>it records more than one origin of the meeting</source>
            <translation>其中记录了不止一个会议来源</translation>
        </message>
        <message>
            <source>it refers to {key} which it does not contain</source>
            <translation>其中引用了 {key}，但并不包含它</translation>
        </message>
        <message>
            <source>it took too long to read: it is damaged or crafted</source>
            <translation>读取该版本耗时过长：它已损坏或是伪造的</translation>
        </message>
        <message>
            <source>it was made by a newer version of Agenda Editor (format {version}; this version reads formats up to {latest})</source>
            <translation>该版本由较新版本的 Agenda Editor 生成（格式 {version}；此版本最多读取格式 {latest}）</translation>
        </message>
        <message>
            <source>its content is inconsistent: {detail}</source>
            <translation>该版本的内容不一致：{detail}</translation>
        </message>
        <message>
            <source>its schema version is {version}, not {latest}</source>
            <translation>其架构版本为 {version}，而不是 {latest}</translation>
        </message>
        <message>
            <source>its timetable has no body</source>
            <translation>其日程表中没有机构</translation>
        </message>
        <message>
            <source>its versions take {size} MB, more than the {limit} MB any Agenda Editor file has</source>
            <translation>其版本占用 {size} MB，超过了任何 Agenda Editor 文件都不会超过的 {limit} MB</translation>
        </message>
        <message>
            <source>last day</source>
            <translation>最后一天</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>meetings on a day</source>
            <translation>单日会议</translation>
        </message>
        <message>
            <source>meetings per day</source>
            <translation>每天会议</translation>
        </message>
        <message>
            <source>missing; expected "{expected}"</source>
            <translation>缺失；应为“{expected}”</translation>
        </message>
        <message>
            <source>missing; this field is required</source>
            <translation>缺失；此字段为必填</translation>
        </message>
        <message>
            <source>no agenda item has the id {id}</source>
            <translation>没有标识符为 {id} 的议程项目</translation>
        </message>
        <message>
            <source>no body has the id {id}; the bodies are {bodies}</source>
            <translation>没有标识符为 {id} 的机构；现有机构为 {bodies}</translation>
        </message>
        <message>
            <source>not UTF-8 text (invalid byte at offset {offset})</source>
            <translation>不是 UTF-8 文本（偏移量 {offset} 处的字节无效）</translation>
        </message>
        <message>
            <source>not a PDF file</source>
            <translation>不是 PDF 文件</translation>
        </message>
        <message>
            <source>origin</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>page size</source>
            <translation>页面尺寸</translation>
        </message>
        <message>
            <source>part of the meeting cannot be read ({detail})</source>
            <translation>会议的一部分无法读取（{detail}）</translation>
        </message>
        <message>
            <source>schema version {version} is newer than this program knows ({latest})</source>
            <translation>架构版本 {version} 比本程序所知的版本（{latest}）更新</translation>
        </message>
        <message>
            <source>schema version {version} is not a known version</source>
            <translation>架构版本 {version} 不是已知的版本</translation>
        </message>
        <message>
            <source>some agenda items are sub-items of themselves</source>
            <translation>有些议程项目是其自身的子项目</translation>
        </message>
        <message>
            <source>the PDF cannot be read ({detail})</source>
            <translation>无法读取该 PDF（{detail}）</translation>
        </message>
        <message>
            <source>the date the meeting was made</source>
            <translation>会议的创建日期</translation>
        </message>
        <message>
            <source>the document is empty</source>
            <translation>文档为空</translation>
        </message>
        <message>
            <source>the document symbol</source>
            <translation>文件编号</translation>
        </message>
        <message>
            <source>the field "{field}" is given more than once</source>
            <translation>字段“{field}”出现了不止一次</translation>
        </message>
        <message>
            <source>the file is a translation into {target}, not into {lang}</source>
            <translation>该文件是译入 {target} 的译文，而不是译入 {lang}</translation>
        </message>
        <message>
            <source>the file is a translation of {theirs}, not of this meeting ({ours})</source>
            <translation>该文件是 {theirs} 的译文，而不是本会议（{ours}）的译文</translation>
        </message>
        <message>
            <source>the file the meeting came from</source>
            <translation>会议所来自的文件</translation>
        </message>
        <message>
            <source>the file translates from {source}, but the original of this meeting is {original}</source>
            <translation>该文件从 {source} 翻译，但本会议的原文语言是 {original}</translation>
        </message>
        <message>
            <source>the file translates into {target}, the original language itself</source>
            <translation>该文件译入 {target}，即原文语言本身</translation>
        </message>
        <message>
            <source>the file translates into {target}, which is not one of the languages {languages}</source>
            <translation>该文件译入 {target}，不属于以下语言之一：{languages}</translation>
        </message>
        <message>
            <source>the id {id} is already used by {owner}</source>
            <translation>标识符 {id} 已被 {owner} 使用</translation>
        </message>
        <message>
            <source>the language "{lang}" is given more than once</source>
            <translation>语言“{lang}”出现了不止一次</translation>
        </message>
        <message>
            <source>the meeting is too large to keep as a version ({size} MB compressed; at most {limit} MB)</source>
            <translation>会议过大，无法保留为版本（压缩后 {size} MB；最多 {limit} MB）</translation>
        </message>
        <message>
            <source>the name of a version has at most {limit} characters</source>
            <translation>版本名称最多 {limit} 个字符</translation>
        </message>
        <message>
            <source>the name of a version is one line without control characters</source>
            <translation>版本名称为单行，不含控制字符</translation>
        </message>
        <message>
            <source>the number of {what} is not a whole number ({value})</source>
            <translation>{what}的数量不是整数（{value}）</translation>
        </message>
        <message>
            <source>the number {number}</source>
            <translation>数字 {number}</translation>
        </message>
        <message>
            <source>the original language</source>
            <translation>原文语言</translation>
        </message>
        <message>
            <source>the symbol the meeting came from</source>
            <translation>会议所来自的文件编号</translation>
        </message>
        <message>
            <source>the table {table} refers to missing {parent} rows</source>
            <translation>表 {table} 引用了不存在的 {parent} 行</translation>
        </message>
        <message>
            <source>the text contains a character that cannot be stored (a lone surrogate, U+{code}, at character {position}); it comes from broken text, remove it</source>
            <translation>文本包含无法保存的字符（位于第 {position} 个字符处的孤立代理项 U+{code}）；它来自损坏的文本，请将其删除</translation>
        </message>
        <message>
            <source>the text is too long: {length} characters, at most {limit} are accepted</source>
            <translation>文本过长：{length} 个字符，最多接受 {limit} 个</translation>
        </message>
        <message>
            <source>the timetable has a meeting of a body that does not exist</source>
            <translation>日程表中有一个不存在的机构的会议</translation>
        </message>
        <message>
            <source>the timetable has a meeting on a day that does not exist</source>
            <translation>日程表在一个不存在的日期安排了会议</translation>
        </message>
        <message>
            <source>the timetable has no body</source>
            <translation>日程表中没有机构</translation>
        </message>
        <message>
            <source>the timetable lists an item that is not in the agenda</source>
            <translation>日程表列出了一个不在议程中的项目</translation>
        </message>
        <message>
            <source>the timetable lists items for a meeting that does not exist</source>
            <translation>日程表为一场不存在的会议列出了项目</translation>
        </message>
        <message>
            <source>the timetable of {date} lists the item {id}, which is not in the agenda</source>
            <translation>{date} 的日程列出了项目 {id}，但该项目不在议程中</translation>
        </message>
        <message>
            <source>the {what} {value} is not a known value</source>
            <translation>{what}的值 {value} 不是已知的值</translation>
        </message>
        <message>
            <source>this PDF was not made by Agenda Editor (it carries no meeting to open); open the .agenda or .json file it was made from instead</source>
            <translation>此 PDF 不是由 Agenda Editor 生成的（其中没有可打开的会议）；请改为打开生成它的 .agenda 或 .json 文件</translation>
        </message>
        <message>
            <source>timetable</source>
            <translation>日程表</translation>
        </message>
        <message>
            <source>too deep: the agenda has at most {levels} levels of items</source>
            <translation>层级过深：议程最多有 {levels} 级项目</translation>
        </message>
        <message>
            <source>two agenda items have the same id {id}</source>
            <translation>有两个议程项目的标识符相同：{id}</translation>
        </message>
        <message>
            <source>two bodies have the same id {id}</source>
            <translation>有两个机构的标识符相同：{id}</translation>
        </message>
        <message>
            <source>unknown field; did you mean "{field}"?</source>
            <translation>未知字段；您是否指“{field}”？</translation>
        </message>
        <message>
            <source>unknown field; expected one of {fields}</source>
            <translation>未知字段；应为以下之一：{fields}</translation>
        </message>
        <message>
            <source>unknown language {lang}; expected one of {languages}</source>
            <translation>未知语言 {lang}；应为以下之一：{languages}</translation>
        </message>
        <message>
            <source>upgrading the schema from version {version} to {next} failed: {detail}</source>
            <translation>将架构从版本 {version} 升级到版本 {next} 失败：{detail}</translation>
        </message>
        <message>
            <source>version {n} ({name}) has no proper date</source>
            <translation>版本 {n}（{name}）没有正确的日期</translation>
        </message>
        <message>
            <source>version {n} ({name}) holds no meeting</source>
            <translation>版本 {n}（{name}）不包含会议</translation>
        </message>
        <message>
            <source>version {n} ({name}) is stored in an unknown way</source>
            <translation>版本 {n}（{name}）以未知的方式存储</translation>
        </message>
        <message>
            <source>version {n} has no proper name</source>
            <translation>版本 {n} 没有正确的名称</translation>
        </message>
        <message>
            <source>{file}: XLIFF version {version}; only XLIFF 1.2 files can be merged</source>
            <translation>{file}：XLIFF 版本 {version}；只能合并 XLIFF 1.2 文件</translation>
        </message>
        <message>
            <source>{file}: cannot be read ({detail})</source>
            <translation>{file}：无法读取（{detail}）</translation>
        </message>
        <message>
            <source>{file}: declares XML entities, which translation files do not need and which can expand without end (refused)</source>
            <translation>{file}：声明了 XML 实体，翻译文件不需要这些实体，且它们可能无限扩展（已拒绝）</translation>
        </message>
        <message>
            <source>{file}: does not say which language it translates into</source>
            <translation>{file}：未说明译入哪种语言</translation>
        </message>
        <message>
            <source>{file}: holds characters that are not text</source>
            <translation>{file}：包含非文本字符</translation>
        </message>
        <message>
            <source>{file}: holds {count} &lt;file&gt; elements; a translation of a meeting has one</source>
            <translation>{file}：包含 {count} 个 &lt;file&gt; 元素；一次会议的译文只有一个</translation>
        </message>
        <message>
            <source>{file}: is a folder, not a translation file</source>
            <translation>{file}：是文件夹，不是翻译文件</translation>
        </message>
        <message>
            <source>{file}: no such file</source>
            <translation>{file}：文件不存在</translation>
        </message>
        <message>
            <source>{file}: not UTF-8 text (byte {offset}); save it as UTF-8 and import it again</source>
            <translation>{file}：不是 UTF-8 文本（第 {offset} 个字节）；请将其另存为 UTF-8 后重新导入</translation>
        </message>
        <message>
            <source>{file}: not a Word document (no word/document.xml)</source>
            <translation>{file}：不是 Word 文档（没有 word/document.xml）</translation>
        </message>
        <message>
            <source>{file}: not a Word document (not a .docx archive)</source>
            <translation>{file}：不是 Word 文档（不是 .docx 压缩包）</translation>
        </message>
        <message>
            <source>{file}: not an XLIFF file (its root element is &lt;{root}&gt;)</source>
            <translation>{file}：不是 XLIFF 文件（其根元素为 &lt;{root}&gt;）</translation>
        </message>
        <message>
            <source>{file}: not an agenda to import; expected a .docx or .txt file</source>
            <translation>{file}：不是可导入的议程；应为 .docx 或 .txt 文件</translation>
        </message>
        <message>
            <source>{file}: not well-formed XML: {detail} at line {line}, column {column}</source>
            <translation>{file}：XML 格式不正确：第 {line} 行第 {column} 列 {detail}</translation>
        </message>
        <message>
            <source>{file}: refers to external files or addresses (refused)</source>
            <translation>{file}：引用了外部文件或地址（已拒绝）</translation>
        </message>
        <message>
            <source>{file}: the Word document is damaged ({detail})</source>
            <translation>{file}：Word 文档已损坏（{detail}）</translation>
        </message>
        <message>
            <source>{file}: too large for an agenda</source>
            <translation>{file}：对于议程而言过大</translation>
        </message>
        <message>
            <source>{file}: too large for an agenda's text</source>
            <translation>{file}：对于议程文本而言过大</translation>
        </message>
        <message>
            <source>{file}: unpacks to more than an agenda can hold</source>
            <translation>{file}：解压后超出议程所能容纳的大小</translation>
        </message>
        <message>
            <source>{file}: {size} MB is far more than the translation of a meeting (at most {limit} MB are read)</source>
            <translation>{file}：{size} MB 远超一次会议译文的大小（最多读取 {limit} MB）</translation>
        </message>
        <message>
            <source>{lang} is the original language of the meeting; choose another</source>
            <translation>{lang} 是会议的原文语言；请选择其他语言</translation>
        </message>
        <message>
            <source>{user} on host {host} since {time}</source>
            <translation>{user}（计算机 {host}，自 {time} 起）</translation>
        </message>
        <message>
            <source>{value} is not a UN language code; expected one of {languages}</source>
            <translation>{value} 不是联合国语言代码；应为以下之一：{languages}</translation>
        </message>
        <message>
            <source>{value} is not a date of the calendar</source>
            <translation>{value} 不是日历上的日期</translation>
        </message>
        <message>
            <source>{value} is not a time of day</source>
            <translation>{value} 不是一天中的时间</translation>
        </message>
        <message>
            <source>{value} was made by a newer version of Agenda Editor; this version reads "{expected}"</source>
            <translation>{value} 由较新版本的 Agenda Editor 生成；此版本读取“{expected}”</translation>
        </message>
        <message>
            <source>{what} is not a valid date ({detail})</source>
            <translation>{what}不是有效的日期（{detail}）</translation>
        </message>
        <message>
            <source>{what} is not a valid time ({value})</source>
            <translation>{what}不是有效的时间（{value}）</translation>
        </message>
        <message>
            <source>{what} is not text ({value})</source>
            <translation>{what}不是文本（{value}）</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>&amp;Discard All</source>
            <translation>全部放弃(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <source>Agenda Editor was not closed normally. The work below was not saved; recover it now, or discard it.</source>
            <translation>Agenda Editor未正常关闭。以下工作尚未保存：请现在恢复，或将其放弃。</translation>
        </message>
        <message>
            <source>Decide &amp;Later</source>
            <translation>稍后决定(&amp;L)</translation>
        </message>
        <message>
            <source>Recover Unsaved Work</source>
            <translation>恢复未保存的工作</translation>
        </message>
        <message>
            <source>Untitled meeting</source>
            <translation>无标题会议</translation>
        </message>
        <message>
            <source>{0} — unsaved work of {1}</source>
            <translation>{0} — {1}未保存的工作</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Items to take up:</source>
            <translation>要审议的项目(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>会议(&amp;M)：</translation>
        </message>
        <message>
            <source>Choose at least one item.</source>
            <translation>请至少选择一个项目。</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>新会议</translation>
        </message>
        <message>
            <source>New meeting of {0}</source>
            <translation>{0}的新会议</translation>
        </message>
        <message>
            <source>Schedule in</source>
            <translation>安排到</translation>
        </message>
        <message>
            <source>The timetable has no days: set the meeting's dates.</source>
            <translation>日程安排中没有日期：请设置会议日期。</translation>
        </message>
        <message>
            <source>This day allows no meeting.</source>
            <translation>当天不允许举行会议。</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}，{1}</translation>
        </message>
    </context>
    <context>
        <name>SlotTimesDialog</name>
        <message>
            <source>&amp;Ends at:</source>
            <translation>结束时间(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>开始时间(&amp;S)：</translation>
        </message>
        <message>
            <source>A meeting must end after it starts.</source>
            <translation>会议结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <source>Meeting times: {0}</source>
            <translation>会议时间：{0}</translation>
        </message>
    </context>
    <context>
        <name>Spelling</name>
        <message>
            <source>Add “{0}” to the Dictionary</source>
            <translation>将“{0}”添加到词典</translation>
        </message>
        <message>
            <source>Check &amp;Spelling</source>
            <translation>检查拼写(&amp;S)</translation>
        </message>
        <message>
            <source>No suggestions</source>
            <translation>没有建议</translation>
        </message>
        <message>
            <source>Spelling:</source>
            <translation>拼写：</translation>
        </message>
        <message>
            <source>Underline misspelt words in the title, annotation, footnotes and translation</source>
            <translation>在标题、说明、脚注和译文中为拼写错误的词加下划线</translation>
        </message>
        <message>
            <source>{0}: Hunspell dictionary {1}</source>
            <translation>{0}：Hunspell 词典 {1}</translation>
        </message>
        <message>
            <source>{0}: no dictionary installed; words are not checked (install the Hunspell dictionary of this language, e.g. hunspell-{1})</source>
            <translation>{0}：未安装词典，不检查拼写（请安装该语言的 Hunspell 词典，例如 hunspell-{1}）</translation>
        </message>
        <message>
            <source>{0}: no spelling check</source>
            <translation>{0}：不检查拼写</translation>
        </message>
    </context>
    <context>
        <name>Timetable</name>
        <message numerus="yes">
            <source>%n day(s) no longer of the meeting take up agenda items: {0}. Remove them and put their items back among the unscheduled items, or keep them?</source>
            <translation>
                <numerusform>%n个已不属于会议的日期安排了议程项目：{0}。删除这些日期并将其项目退回未安排项目，还是保留？</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days from {0} to {1}</source>
            <translation>
                <numerusform>从{0}到{1}共%n天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n placed item(s) went back to the unscheduled items.</source>
            <translation>
                <numerusform>%n个已安排的项目退回未安排项目。</numerusform>
            </translation>
        </message>
        <message>
            <source>(item no longer in the agenda)</source>
            <translation>（已不在议程中的项目）</translation>
        </message>
        <message>
            <source>A limit cannot be negative.</source>
            <translation>限额不能为负数。</translation>
        </message>
        <message>
            <source>A meeting must end after it starts.</source>
            <translation>会议结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <source>Add body {0}</source>
            <translation>添加机构{0}</translation>
        </message>
        <message>
            <source>Add meeting on {0}</source>
            <translation>在{0}添加会议</translation>
        </message>
        <message>
            <source>Add meeting {0} of {1} first.</source>
            <translation>请先添加{1}的第{0}次会议。</translation>
        </message>
        <message>
            <source>Added {0}.</source>
            <translation>已增加：{0}。</translation>
        </message>
        <message>
            <source>Allow {0} meeting(s) on {1}</source>
            <translation>{1}允许举行{0}次会议</translation>
        </message>
        <message>
            <source>Allow {0} meeting(s) per day</source>
            <translation>每天允许举行{0}次会议</translation>
        </message>
        <message>
            <source>Body {0}</source>
            <translation>机构 {0}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Change meeting times on {0} to {1}</source>
            <translation>将{0}的会议时间改为{1}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Continue {0} on {1}</source>
            <translation>在{1}继续审议{0}</translation>
        </message>
        <message>
            <source>Days outside the meeting</source>
            <translation>会议日期以外的日期</translation>
        </message>
        <message>
            <source>Days to add: {0}.</source>
            <translation>将增加的日期：{0}。</translation>
        </message>
        <message>
            <source>Days to remove: {0}.</source>
            <translation>将删除的日期：{0}。</translation>
        </message>
        <message>
            <source>Drop agenda items here to add a meeting of {0} on {1}.</source>
            <translation>将议程项目拖放到此处，为{0}在{1}添加一次会议。</translation>
        </message>
        <message>
            <source>Drop agenda items here to add a meeting on {0}.</source>
            <translation>将议程项目拖放到此处，以在{0}添加会议。</translation>
        </message>
        <message>
            <source>Drop here to unschedule.</source>
            <translation>拖放到此处以取消安排。</translation>
        </message>
        <message>
            <source>Drop items here to add a meeting</source>
            <translation>将项目拖放到此处以添加会议</translation>
        </message>
        <message>
            <source>Drop onto a meeting of a day.</source>
            <translation>请拖放到某一天的会议上。</translation>
        </message>
        <message>
            <source>Drop to continue the item(s) in this meeting.</source>
            <translation>拖放以在本次会议上继续审议该项目。</translation>
        </message>
        <message>
            <source>Drop to take up the item(s) in this meeting.</source>
            <translation>拖放以在本次会议上审议该项目。</translation>
        </message>
        <message>
            <source>Give the timetable one day per date of the meeting, adding and removing days</source>
            <translation>使时间表每个会议日期各有一天，增加或删除日期</translation>
        </message>
        <message>
            <source>Include Saturdays and Sund&amp;ays</source>
            <translation>包括星期六和星期日(&amp;A)</translation>
        </message>
        <message>
            <source>Item {0} is already taken up in that meeting.</source>
            <translation>项目{0}已安排在该次会议上审议。</translation>
        </message>
        <message>
            <source>Item {0} is taken up after item {1}, which comes after it on the agenda.</source>
            <translation>项目{0}安排在项目{1}之后审议，而项目{1}在议程中位于其后。</translation>
        </message>
        <message>
            <source>Item {0} would be taken up twice in one meeting.</source>
            <translation>项目{0}将在同一次会议上被审议两次。</translation>
        </message>
        <message>
            <source>Items placed on {0} go back to the unscheduled items if the day is removed (you are asked first).</source>
            <translation>如果删除该日，安排在{0}的项目将退回未安排项目（会先询问您）。</translation>
        </message>
        <message>
            <source>Keep the days</source>
            <translation>保留这些日期</translation>
        </message>
        <message numerus="yes">
            <source>Kept %n day(s) that take up items: {0}.</source>
            <translation>
                <numerusform>保留了%n个已安排项目的日期：{0}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Match Days to Meeting &amp;Dates</source>
            <translation>使日期与会议日期一致(&amp;D)</translation>
        </message>
        <message>
            <source>Match Days to Meeting Dates</source>
            <translation>使日期与会议日期一致</translation>
        </message>
        <message>
            <source>Match the timetable's days to the meeting dates</source>
            <translation>使日程安排的日期与会议日期一致</translation>
        </message>
        <message>
            <source>Meeting {0}</source>
            <translation>第{0}次会议</translation>
        </message>
        <message>
            <source>Meeting {0} of {1}</source>
            <translation>{1}第 {0} 次会议</translation>
        </message>
        <message>
            <source>Move body {0}</source>
            <translation>移动机构{0}</translation>
        </message>
        <message>
            <source>Move meeting of {0} to {1}</source>
            <translation>将{0}的会议移至{1}</translation>
        </message>
        <message>
            <source>Move {0} to {1}</source>
            <translation>将{0}移至{1}</translation>
        </message>
        <message>
            <source>No interpretation</source>
            <translation>无口译</translation>
        </message>
        <message>
            <source>No meeting is planned here.</source>
            <translation>此处未安排会议。</translation>
        </message>
        <message>
            <source>Not yet translated: shown in the original language.</source>
            <translation>尚未翻译：以原文语文显示。</translation>
        </message>
        <message>
            <source>Only agenda items can be dropped here.</source>
            <translation>此处只能拖放议程项目。</translation>
        </message>
        <message>
            <source>Remove body {0}</source>
            <translation>删除机构{0}</translation>
        </message>
        <message>
            <source>Remove meeting of {0}</source>
            <translation>删除{0}的会议</translation>
        </message>
        <message>
            <source>Remove the days</source>
            <translation>删除这些日期</translation>
        </message>
        <message>
            <source>Removed {0}.</source>
            <translation>已删除：{0}。</translation>
        </message>
        <message>
            <source>Rename body {0}</source>
            <translation>重命名机构{0}</translation>
        </message>
        <message>
            <source>Saturdays and Sundays are days of the meeting.</source>
            <translation>星期六和星期日为会议日。</translation>
        </message>
        <message>
            <source>Saturdays and Sundays are left out: {0}.</source>
            <translation>不包括星期六和星期日：{0}。</translation>
        </message>
        <message>
            <source>Saturdays and Sundays left out.</source>
            <translation>未包括星期六和星期日。</translation>
        </message>
        <message>
            <source>Schedule {0} on {1}</source>
            <translation>将{0}安排在{1}</translation>
        </message>
        <message>
            <source>Set the meeting's start and end dates first.</source>
            <translation>请先设置会议的开始和结束日期。</translation>
        </message>
        <message>
            <source>Set the meeting's start and end dates to plan its days here.</source>
            <translation>请设置会议的开始和结束日期，以便在此安排各日。</translation>
        </message>
        <message>
            <source>That body already meets at {0} on {1}.</source>
            <translation>该机构已于{1} {0} 开会。</translation>
        </message>
        <message>
            <source>That body is no longer in the timetable.</source>
            <translation>该机构已不在时间表中。</translation>
        </message>
        <message>
            <source>That item is no longer in the agenda.</source>
            <translation>该项目已不在议程中。</translation>
        </message>
        <message>
            <source>That meeting or item is no longer in the timetable.</source>
            <translation>该会议或项目已不在日程安排中。</translation>
        </message>
        <message>
            <source>The days of the timetable do not match the meeting's dates.</source>
            <translation>日程安排的日期与会议日期不一致。</translation>
        </message>
        <message>
            <source>The meetings of {0} take up items; no meeting would be left for them.</source>
            <translation>{0}的会议安排了项目；删除后这些项目将没有会议可安排。</translation>
        </message>
        <message>
            <source>The timetable needs at least one body.</source>
            <translation>时间表至少需要一个机构。</translation>
        </message>
        <message>
            <source>There is no timetable.</source>
            <translation>没有日程安排。</translation>
        </message>
        <message>
            <source>There is nothing to move.</source>
            <translation>没有可移动的内容。</translation>
        </message>
        <message>
            <source>There is nothing to schedule.</source>
            <translation>没有可安排的内容。</translation>
        </message>
        <message>
            <source>This meeting belongs to no body of the timetable.</source>
            <translation>此会议不属于时间表中的任何机构。</translation>
        </message>
        <message>
            <source>This meeting ends before it starts.</source>
            <translation>本次会议的结束时间早于开始时间。</translation>
        </message>
        <message>
            <source>This meeting lists an item that is not in the agenda.</source>
            <translation>本次会议列有不在议程中的项目。</translation>
        </message>
        <message>
            <source>This meeting overlaps the meeting {0}.</source>
            <translation>本次会议与{0}会议时间重叠。</translation>
        </message>
        <message>
            <source>Unschedule {0}</source>
            <translation>取消安排{0}</translation>
        </message>
        <message>
            <source>Use the default number of meetings on {0}</source>
            <translation>{0}使用默认会议次数</translation>
        </message>
        <message>
            <source>Whether the meeting sits on Saturdays and Sundays (days added and kept)</source>
            <translation>会议是否在星期六和星期日举行(增加并保留这些日期)</translation>
        </message>
        <message>
            <source>item {0}</source>
            <translation>项目{0}</translation>
        </message>
        <message>
            <source>items {0}</source>
            <translation>项目{0}</translation>
        </message>
        <message>
            <source>{0} allows at most {1} meeting(s), all bodies together: interpretation is not available.</source>
            <translation>{0}所有机构合计最多只能举行 {1} 次会议：没有口译服务。</translation>
        </message>
        <message>
            <source>{0} allows at most {1} meeting(s): interpretation is not available.</source>
            <translation>{0}最多允许举行{1}次会议：无法提供口译。</translation>
        </message>
        <message>
            <source>{0} has {1} meetings, more than the new limit of {2}.</source>
            <translation>{0}有{1}次会议，超过新的限额{2}次。</translation>
        </message>
        <message>
            <source>{0} has {1} meetings; the limit is {2}.</source>
            <translation>{0}有{1}次会议；限额为{2}次。</translation>
        </message>
        <message>
            <source>{0} is outside the meeting's dates.</source>
            <translation>{0}不在会议日期范围内。</translation>
        </message>
        <message>
            <source>{0} of {1} meetings (limit set for this day)</source>
            <translation>{1}次会议中的{0}次（当天设定的限额）</translation>
        </message>
        <message>
            <source>{0} of {1} meetings (the meeting's default)</source>
            <translation>{1}次会议中的{0}次（本会议的默认值）</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}，{1}</translation>
        </message>
    </context>
    <context>
        <name>TimetablePanel</name>
        <message numerus="yes">
            <source>%n agenda item(s) not scheduled</source>
            <translation>
                <numerusform>%n个议程项目未安排</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add Meeting to Day</source>
            <translation>为当天添加会议(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Meetings per day (default):</source>
            <translation>每天会议次数（默认）(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Move To...</source>
            <translation>移至(&amp;M)...</translation>
        </message>
        <message>
            <source>&amp;Remove Meeting</source>
            <translation>删除会议(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Schedule Items Here...</source>
            <translation>在此安排项目(&amp;S)...</translation>
        </message>
        <message>
            <source>&amp;Unschedule</source>
            <translation>取消安排(&amp;U)</translation>
        </message>
        <message>
            <source>Add Meeting</source>
            <translation>添加会议</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Day Limit...</source>
            <translation>当天限额...</translation>
        </message>
        <message>
            <source>Edit Meeting &amp;Times...</source>
            <translation>编辑会议时间(&amp;T)...</translation>
        </message>
        <message>
            <source>Fewer meetings</source>
            <translation>减少会议</translation>
        </message>
        <message>
            <source>Meetings &amp;Limit of Day...</source>
            <translation>当天会议限额(&amp;L)...</translation>
        </message>
        <message>
            <source>Move the selected items to another meeting (Alt+Up/Down: within the meeting)</source>
            <translation>将所选项目移至另一次会议（Alt+上/下：在本次会议内移动）</translation>
        </message>
        <message>
            <source>Remove and move items</source>
            <translation>删除并移动项目</translation>
        </message>
        <message>
            <source>Remove meeting</source>
            <translation>删除会议</translation>
        </message>
        <message>
            <source>Schedule...</source>
            <translation>安排...</translation>
        </message>
        <message>
            <source>Take the selected items out of the meeting (Delete)</source>
            <translation>将所选项目移出本次会议（Delete）</translation>
        </message>
        <message>
            <source>These days already have more meetings than the new limit of {1}: {0}. Remove the last meetings and move their items to the previous meeting?</source>
            <translation>以下日期的会议已超过新的上限 {1}：{0}。是否删除最后几次会议并将其项目移至前一次会议？</translation>
        </message>
        <message numerus="yes">
            <source>This meeting takes up %n item(s). Remove it and unschedule them there?</source>
            <translation>
                <numerusform>本次会议审议%n个项目。是否删除本次会议并取消这些项目的安排？</numerusform>
            </translation>
        </message>
        <message>
            <source>Times...</source>
            <translation>时间...</translation>
        </message>
        <message>
            <source>{0} already has more meetings than the new limit of {1}. Remove the last meetings and move their items to the previous meeting?</source>
            <translation>{0}的会议已超过新的上限 {1}。是否删除最后几次会议并将其项目移至前一次会议？</translation>
        </message>
        <message>
            <source>{0} already holds {1}, its limit of meetings; raise the day's limit (Meetings Limit of Day) to add one</source>
            <translation>{0}已有 {1} 次会议，达到上限；请提高当日上限（当日会议上限）后再添加</translation>
        </message>
    </context>
    <context>
        <name>TranslationExchange</name>
        <message numerus="yes">
            <source>%n text(s) changed in the original after the export: our text is kept and marked for review in the translation mode.</source>
            <translation>
                <numerusform>导出后原文中有%n个文本已更改：保留我方文本，并在翻译模式中标记为待审校。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) filled</source>
            <translation>
                <numerusform>已导入%n个文本</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) of the file could not be placed and were left out.</source>
            <translation>
                <numerusform>文件中有%n个单元无法放置，已略去。</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>Export for Translation</source>
            <translation>导出供翻译</translation>
        </message>
        <message>
            <source>Import Translation</source>
            <translation>导入译文</translation>
        </message>
        <message>
            <source>No text of the meeting has this id.</source>
            <translation>会议中没有任何文本使用此标识符。</translation>
        </message>
        <message>
            <source>Original in the file:</source>
            <translation>文件中的原文：</translation>
        </message>
        <message>
            <source>Original now:</source>
            <translation>当前原文：</translation>
        </message>
        <message>
            <source>Texts for translation into {0} written to {1}</source>
            <translation>供译成{0}的文本已写入{1}</translation>
        </message>
        <message>
            <source>The file has more than one unit with this id.</source>
            <translation>文件中有多个单元使用此标识符。</translation>
        </message>
        <message>
            <source>The file {0} could not be written.</source>
            <translation>无法写入文件{0}。</translation>
        </message>
        <message>
            <source>The original has changed since the file was made: our text is kept, and the text is marked for review.</source>
            <translation>文件生成后原文已更改：保留我方文本，并将其标记为待审校。</translation>
        </message>
        <message>
            <source>The paragraph of this footnote has no translation to put the footnote in: translate the paragraph too.</source>
            <translation>此脚注所在的段落尚无译文，无法放入脚注：请同时翻译该段落。</translation>
        </message>
        <message>
            <source>The translation has formatting or footnotes this text cannot hold: {0}</source>
            <translation>译文含有此文本不能容纳的格式或脚注：{0}</translation>
        </message>
        <message>
            <source>The translation in {0} cannot be imported; the meeting is unchanged.</source>
            <translation>无法导入{0}中的译文；会议未作更改。</translation>
        </message>
        <message>
            <source>The unit holds markup our texts do not allow: {0}</source>
            <translation>该单元含有我方文本不允许的标记：{0}</translation>
        </message>
        <message>
            <source>Translation:</source>
            <translation>译文：</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>无标题</translation>
        </message>
        <message>
            <source>XLIFF files (*.xlf *.xliff)</source>
            <translation>XLIFF 文件 (*.xlf *.xliff)</translation>
        </message>
        <message>
            <source>{0} in {1}; {2} of {3} texts are translated.</source>
            <translation>{1}：{0}；已翻译{2}/{3}个文本。</translation>
        </message>
    </context>
    <context>
        <name>TranslationPanel</name>
        <message>
            <source>&amp;Next Untranslated</source>
            <translation>下一个未翻译(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Only untranslated</source>
            <translation>仅显示未翻译(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Translate into:</source>
            <translation>译成(&amp;T)：</translation>
        </message>
        <message>
            <source>A translation is kept when you leave the field.</source>
            <translation>离开该字段时保存译文。</translation>
        </message>
        <message>
            <source>Every text is translated into {0}.</source>
            <translation>所有文本均已译成{0}。</translation>
        </message>
        <message>
            <source>Go to the next text without a translation ({0})</source>
            <translation>转到下一个没有译文的文本（{0}）</translation>
        </message>
        <message>
            <source>Item {0}: paragraph {1}</source>
            <translation>项目{0}：第{1}段</translation>
        </message>
        <message>
            <source>Item {0}: paragraph {1}, footnote {2}</source>
            <translation>项目{0}：第{1}段，脚注{2}</translation>
        </message>
        <message>
            <source>Item {0}: title</source>
            <translation>项目{0}：标题</translation>
        </message>
        <message>
            <source>Item {0}: title of {1}</source>
            <translation>项目{0}：{1}的标题</translation>
        </message>
        <message>
            <source>List only the texts that have no translation</source>
            <translation>只列出没有译文的文本</translation>
        </message>
        <message>
            <source>Meeting: body</source>
            <translation>会议：机构</translation>
        </message>
        <message>
            <source>Meeting: document title</source>
            <translation>会议：文件标题</translation>
        </message>
        <message>
            <source>Meeting: reissue note</source>
            <translation>会议：重发说明</translation>
        </message>
        <message>
            <source>Meeting: session</source>
            <translation>会议：届会</translation>
        </message>
        <message>
            <source>Meeting: subsidiary body</source>
            <translation>会议：附属机构</translation>
        </message>
        <message>
            <source>Meeting: venue</source>
            <translation>会议：地点</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>原文</translation>
        </message>
        <message>
            <source>Original ({0})</source>
            <translation>原文（{0}）</translation>
        </message>
        <message>
            <source>Paragraphs are edited with their markup: &lt;i&gt;italic&lt;/i&gt;, &lt;b&gt;bold&lt;/b&gt;, &lt;footnote&gt;text of a footnote&lt;/footnote&gt;. The Item tab shows them formatted.</source>
            <translation>段落连同标记一起编辑：&lt;i&gt;斜体&lt;/i&gt;、&lt;b&gt;粗体&lt;/b&gt;、&lt;footnote&gt;脚注文本&lt;/footnote&gt;。“项目”选项卡显示其格式。</translation>
        </message>
        <message>
            <source>Review: {0}</source>
            <translation>待审校：{0}</translation>
        </message>
        <message>
            <source>T&amp;ranslation</source>
            <translation>译文(&amp;R)</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>The original changed after this text was sent for translation. The translator's text, made for the earlier original:
{0}</source>
            <translation>此文本送交翻译后原文已更改。译者按先前原文所译的文本：
{0}</translation>
        </message>
        <message>
            <source>The original changed after this text was sent for translation; the translator's text, made for the earlier original: {0}</source>
            <translation>此文本送交翻译后原文已更改；译者按先前原文所译的文本：{0}</translation>
        </message>
        <message>
            <source>This meeting has no other language version: add one in the Meeting page.</source>
            <translation>本会议没有其他语文版本：请在“会议”页面中添加。</translation>
        </message>
        <message>
            <source>This text has no translation yet</source>
            <translation>此文本尚无译文</translation>
        </message>
        <message>
            <source>Timetable: name of body {0}</source>
            <translation>时间表：机构 {0} 的名称</translation>
        </message>
        <message>
            <source>Translate the paragraph with its footnote first: the footnote's place in the sentence is set in the paragraph.</source>
            <translation>请先翻译含该脚注的段落：脚注在句中的位置由段落决定。</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>译文</translation>
        </message>
        <message>
            <source>Untranslated</source>
            <translation>未翻译</translation>
        </message>
        <message>
            <source>{0}: {1} of {2} texts translated</source>
            <translation>{0}：已翻译{1}/{2}个文本</translation>
        </message>
    </context>
    <context>
        <name>VersionNameDialog</name>
        <message>
            <source>&amp;Name of the version:</source>
            <translation>版本名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Save Version</source>
            <translation>保存版本</translation>
        </message>
        <message>
            <source>The meeting is saved with the version kept inside the file: choose where to save it next.</source>
            <translation>会议将连同版本一起保存在文件中：接下来请选择保存位置。</translation>
        </message>
        <message>
            <source>The meeting is saved, and kept as it is now under this name inside the file. File &gt; Versions... compares and restores it later.</source>
            <translation>会议将被保存，并以此名称按当前状态保留在文件中。之后可通过“文件 &gt; 版本...”进行比较和恢复。</translation>
        </message>
        <message>
            <source>for example: sent to the Bureau, Rev.1</source>
            <translation>例如：已送交主席团、Rev.1</translation>
        </message>
    </context>
    <context>
        <name>Versions</name>
        <message>
            <source>(no title)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>(with its sub-items)</source>
            <translation>（连同其分项目）</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Annotation (formatting only)</source>
            <translation>说明（仅格式）</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Body added: {0}</source>
            <translation>新增机构：{0}</translation>
        </message>
        <message>
            <source>Body removed: {0}</source>
            <translation>删除的机构：{0}</translation>
        </message>
        <message>
            <source>Cannot Save Version</source>
            <translation>无法保存版本</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>印发日期</translation>
        </message>
        <message>
            <source>Day added: {0}</source>
            <translation>新增日期：{0}</translation>
        </message>
        <message>
            <source>Day removed: {0}</source>
            <translation>删除日期：{0}</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>分发</translation>
        </message>
        <message>
            <source>Documents added: {0}</source>
            <translation>新增文件：{0}</translation>
        </message>
        <message>
            <source>Documents removed: {0}</source>
            <translation>删除的文件：{0}</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>第一天</translation>
        </message>
        <message>
            <source>Footnotes</source>
            <translation>脚注</translation>
        </message>
        <message>
            <source>Items added</source>
            <translation>新增项目</translation>
        </message>
        <message>
            <source>Items moved</source>
            <translation>移动的项目</translation>
        </message>
        <message>
            <source>Items removed</source>
            <translation>删除的项目</translation>
        </message>
        <message>
            <source>Items renumbered</source>
            <translation>重新编号的项目</translation>
        </message>
        <message>
            <source>Job number</source>
            <translation>任务号</translation>
        </message>
        <message>
            <source>Language versions</source>
            <translation>语文版本</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>最后一天</translation>
        </message>
        <message>
            <source>List the versions kept in the file, compare them, restore one</source>
            <translation>列出文件中保留的版本，进行比较，恢复其中一个</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Name of a body that meets</source>
            <translation>开会机构的名称</translation>
        </message>
        <message>
            <source>No differences: the two are the same.</source>
            <translation>没有差别：两者相同。</translation>
        </message>
        <message>
            <source>No text changed in {0}; texts changed in: {1}.</source>
            <translation>{0}文本无改动；有改动的语文：{1}。</translation>
        </message>
        <message>
            <source>Organization of work</source>
            <translation>工作安排</translation>
        </message>
        <message>
            <source>Original language</source>
            <translation>原文语文</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>页面大小</translation>
        </message>
        <message>
            <source>Reissue note</source>
            <translation>重发说明</translation>
        </message>
        <message>
            <source>Save &amp;Version...</source>
            <translation>保存版本(&amp;V)...</translation>
        </message>
        <message>
            <source>Save the meeting and keep it as it is now under a name, inside the file</source>
            <translation>保存会议，并以一个名称按当前状态保留在文件中</translation>
        </message>
        <message>
            <source>Saved the version “{0}”</source>
            <translation>已保存版本“{0}”</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>届会</translation>
        </message>
        <message>
            <source>Subsidiary body</source>
            <translation>附属机构</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Texts changed</source>
            <translation>改动的文本</translation>
        </message>
        <message>
            <source>Texts changed in {0}</source>
            <translation>改动的文本 – {0}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Title of document {0}</source>
            <translation>文件 {0} 的标题</translation>
        </message>
        <message>
            <source>Title of the document</source>
            <translation>文件标题</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Versio&amp;ns...</source>
            <translation>版本(&amp;N)...</translation>
        </message>
        <message>
            <source>not scheduled</source>
            <translation>未安排</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>&amp;Delete...</source>
            <translation>删除(&amp;D)...</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语文(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cannot Delete Version</source>
            <translation>无法删除版本</translation>
        </message>
        <message>
            <source>Changes from “{0}” ({1}) to now</source>
            <translation>自“{0}”（{1}）至今的改动</translation>
        </message>
        <message>
            <source>Changes from “{0}” ({1}) to “{2}” ({3})</source>
            <translation>从“{0}”（{1}）到“{2}”（{3}）的改动</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete Version</source>
            <translation>删除版本</translation>
        </message>
        <message>
            <source>Delete the version “{0}” (saved {1}) from the file?</source>
            <translation>要从文件中删除版本“{0}”（保存于 {1}）吗？</translation>
        </message>
        <message>
            <source>Deleted the version “{0}”</source>
            <translation>已删除版本“{0}”</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Put this version in place of the meeting as it is now (Undo takes it back)</source>
            <translation>用此版本替换会议的当前状态（可撤销）</translation>
        </message>
        <message>
            <source>Remove this version from the file</source>
            <translation>从文件中删除此版本</translation>
        </message>
        <message>
            <source>Restored the version “{0}”; Undo brings back the meeting as it was</source>
            <translation>已恢复版本“{0}”；撤销可回到原来的会议</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>保存时间</translation>
        </message>
        <message>
            <source>Select one version, or two to compare.</source>
            <translation>请选择一个版本，或选择两个进行比较。</translation>
        </message>
        <message>
            <source>This cannot be undone. The meeting in the file stays as it was saved; your unsaved changes stay unsaved.</source>
            <translation>此操作无法撤销。文件中的会议保持已保存的状态；未保存的改动仍未保存。</translation>
        </message>
        <message>
            <source>This version cannot be read: {0}</source>
            <translation>无法读取此版本：{0}</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Versions kept in “{0}”. Select one to see what changed since, or two to compare them.</source>
            <translation>“{0}”中保留的版本。选择一个可查看此后的改动，选择两个可进行比较。</translation>
        </message>
        <message>
            <source>“{0}” keeps no versions yet. File &gt; Save Version... saves the meeting and keeps it as it is under a name, such as “sent to the Bureau” or “Rev.1”.</source>
            <translation>“{0}”尚未保留任何版本。“文件 &gt; 保存版本...”会保存会议，并以一个名称（如“已送交主席团”或“Rev.1”）按当前状态保留。</translation>
        </message>
    </context>
</TS>
