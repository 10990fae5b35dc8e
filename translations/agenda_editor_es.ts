<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AgendaModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Árabe</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chino</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Francés</translation>
        </message>
        <message>
            <source>Item {0} cannot be moved into itself or one of its own sub-items.</source>
            <translation>El tema {0} no puede moverse dentro de sí mismo ni de uno de sus subtemas.</translation>
        </message>
        <message>
            <source>Item {0} cannot go there: the agenda allows at most {1} levels of items.</source>
            <translation>El tema {0} no puede ir ahí: el programa admite como máximo {1} niveles de temas.</translation>
        </message>
        <message>
            <source>Item {0}: {1}</source>
            <translation>Tema {0}: {1}</translation>
        </message>
        <message>
            <source>Move {0} items</source>
            <translation>Mover {0} temas</translation>
        </message>
        <message>
            <source>No title in {0} yet; the {1} title is shown.</source>
            <translation>Aún no hay título en {0}; se muestra el título en {1}.</translation>
        </message>
        <message>
            <source>Not in the organization of work.</source>
            <translation>No figura en la organización de los trabajos.</translation>
        </message>
        <message>
            <source>Nothing to move: the drag carries no agenda item of this meeting.</source>
            <translation>Nada que mover: lo arrastrado no contiene ningún tema del programa de esta reunión.</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Ruso</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>This item has no title yet.</source>
            <translation>Este tema aún no tiene título.</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>&amp;Add Item</source>
            <translation>&amp;Añadir tema</translation>
        </message>
        <message>
            <source>&amp;Delete Item</source>
            <translation>&amp;Eliminar tema</translation>
        </message>
        <message>
            <source>&amp;Indent (Make Sub-item)</source>
            <translation>Aumentar &amp;sangría (convertir en subtema)</translation>
        </message>
        <message>
            <source>&amp;Outdent</source>
            <translation>Reducir sa&amp;ngría</translation>
        </message>
        <message>
            <source>&amp;Rename Item</source>
            <translation>&amp;Cambiar nombre del tema</translation>
        </message>
        <message>
            <source>Add &amp;Sub-item</source>
            <translation>Añadir s&amp;ubtema</translation>
        </message>
        <message>
            <source>Add a sub-item at the end of the current item</source>
            <translation>Añadir un subtema al final del tema actual</translation>
        </message>
        <message>
            <source>Add an item after the current one</source>
            <translation>Añadir un tema después del actual</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Añadir tema</translation>
        </message>
        <message>
            <source>Add sub-item</source>
            <translation>Añadir subtema</translation>
        </message>
        <message>
            <source>Added item {0}</source>
            <translation>Tema {0} añadido</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Delete the item with its sub-items</source>
            <translation>Eliminar el tema con sus subtemas</translation>
        </message>
        <message>
            <source>Delete {0} items</source>
            <translation>Eliminar {0} temas</translation>
        </message>
        <message>
            <source>Deleted item {0}</source>
            <translation>Tema {0} eliminado</translation>
        </message>
        <message>
            <source>Deleted items {0}</source>
            <translation>Temas {0} eliminados</translation>
        </message>
        <message>
            <source>Indent item</source>
            <translation>Aumentar sangría del tema</translation>
        </message>
        <message>
            <source>Item {0} cannot be indented.</source>
            <translation>No se puede aumentar la sangría del tema {0}.</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>S&amp;ubir</translation>
        </message>
        <message>
            <source>Move Do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Move item down</source>
            <translation>Bajar el tema</translation>
        </message>
        <message>
            <source>Move item up</source>
            <translation>Subir el tema</translation>
        </message>
        <message>
            <source>Moved item {0} to position {1}</source>
            <translation>Tema {0} movido a la posición {1}</translation>
        </message>
        <message>
            <source>Outdent item</source>
            <translation>Reducir sangría del tema</translation>
        </message>
    </context>
    <context>
        <name>AnnotationEdit</name>
        <message>
            <source>&amp;Bold</source>
            <translation>&amp;Negrita</translation>
        </message>
        <message>
            <source>&amp;Italic</source>
            <translation>&amp;Cursiva</translation>
        </message>
        <message>
            <source>&amp;Lettered Sub-paragraph</source>
            <translation>&amp;Apartado con letra</translation>
        </message>
        <message>
            <source>Insert &amp;Footnote</source>
            <translation>Insertar &amp;nota</translation>
        </message>
        <message>
            <source>Insert a footnote at the cursor</source>
            <translation>Insertar una nota en el cursor</translation>
        </message>
        <message>
            <source>Mark the paragraph at the cursor as a lettered sub-paragraph, printed indented after its letter, or make it an ordinary paragraph again</source>
            <translation>Convertir el párrafo donde está el cursor en un apartado precedido de una letra, impreso con sangría, o volver a hacerlo un párrafo normal</translation>
        </message>
        <message>
            <source>Not pasted: the text holds a character that cannot be stored (a lone surrogate) or is too long. Copy it again from its source.</source>
            <translation>No se pegó: el texto contiene un carácter que no se puede guardar (un sustituto aislado) o es demasiado largo. Cópielo de nuevo desde su origen.</translation>
        </message>
        <message>
            <source>Su&amp;bscript</source>
            <translation>Su&amp;bíndice</translation>
        </message>
        <message>
            <source>Su&amp;perscript</source>
            <translation>Su&amp;períndice</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Sample Meeting</source>
            <translation>Reunión de ejemplo</translation>
        </message>
        <message>
            <source>This is the sample meeting: try anything, then File &gt; New starts your own</source>
            <translation>Esta es la reunión de ejemplo: pruebe lo que quiera; luego Archivo &gt; Nuevo empieza la suya</translation>
        </message>
        <message>
            <source>{0} could not start: {1}</source>
            <translation>{0} no pudo iniciarse: {1}</translation>
        </message>
    </context>
    <context>
        <name>BodyActions</name>
        <message>
            <source>Add &amp;Body...</source>
            <translation>Añadir ó&amp;rgano...</translation>
        </message>
        <message>
            <source>Add Body...</source>
            <translation>Añadir órgano...</translation>
        </message>
        <message>
            <source>Add a body meeting in parallel (Committee of the Whole, working group)</source>
            <translation>Añadir un órgano que se reúne en paralelo (Comisión Plenaria, grupo de trabajo)</translation>
        </message>
        <message>
            <source>Add body</source>
            <translation>Añadir órgano</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Move Body &amp;Earlier</source>
            <translation>Mover el órgano &amp;antes</translation>
        </message>
        <message>
            <source>Move Body La&amp;ter</source>
            <translation>Mover el órgano &amp;después</translation>
        </message>
        <message>
            <source>Move Meeting to Bod&amp;y</source>
            <translation>Pasar la sesión al ór&amp;gano</translation>
        </message>
        <message>
            <source>Re&amp;name Body...</source>
            <translation>Cambiar el &amp;nombre del órgano...</translation>
        </message>
        <message>
            <source>Remove Bod&amp;y</source>
            <translation>Eliminar el ór&amp;gano</translation>
        </message>
        <message>
            <source>Remove body</source>
            <translation>Eliminar el órgano</translation>
        </message>
        <message>
            <source>Rename body</source>
            <translation>Cambiar el nombre del órgano</translation>
        </message>
        <message numerus="yes">
            <source>{0} has %n meeting(s). Remove the body and its meetings? The items they take up are unscheduled there.</source>
            <translation>
                <numerusform>{0} tiene %n sesión. ¿Eliminar el órgano y sus sesiones? Los temas que se examinan en ellas se retiran.</numerusform>
                <numerusform>{0} tiene %n sesiones. ¿Eliminar el órgano y sus sesiones? Los temas que se examinan en ellas se retiran.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BodyNameDialog</name>
        <message>
            <source>&amp;Name ({0}):</source>
            <translation>&amp;Nombre ({0}):</translation>
        </message>
        <message>
            <source>Committee of the Whole</source>
            <translation>Comisión Plenaria</translation>
        </message>
        <message>
            <source>Original:</source>
            <translation>Original:</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add item</source>
            <translation>Añadir tema</translation>
        </message>
        <message>
            <source>Delete item</source>
            <translation>Eliminar tema</translation>
        </message>
        <message>
            <source>Edit annotation</source>
            <translation>Editar anotación</translation>
        </message>
        <message>
            <source>Edit documents</source>
            <translation>Editar documentación</translation>
        </message>
        <message>
            <source>Edit meeting details</source>
            <translation>Editar datos de la reunión</translation>
        </message>
        <message>
            <source>Import {0} translation</source>
            <translation>Importar la traducción ({0})</translation>
        </message>
        <message>
            <source>Make an ordinary paragraph</source>
            <translation>Volver a un párrafo normal</translation>
        </message>
        <message>
            <source>Mark as lettered sub-paragraph</source>
            <translation>Marcar como apartado con letra</translation>
        </message>
        <message>
            <source>Move item</source>
            <translation>Mover tema</translation>
        </message>
        <message>
            <source>Rename item</source>
            <translation>Cambiar nombre del tema</translation>
        </message>
        <message>
            <source>Restore version “{0}”</source>
            <translation>Restaurar la versión «{0}»</translation>
        </message>
    </context>
    <context>
        <name>DayLimitDialog</name>
        <message>
            <source>&amp;Meetings this day:</source>
            <translation>&amp;Sesiones este día:</translation>
        </message>
        <message>
            <source>Meetings on {0}</source>
            <translation>Sesiones del {0}</translation>
        </message>
        <message>
            <source>This day has {0} meetings: you will be asked whether to merge the last ones.</source>
            <translation>Este día tiene {0} sesiones: se le preguntará si desea fusionar las últimas.</translation>
        </message>
        <message>
            <source>Use the meeting's default ({0} per day)</source>
            <translation>Usar el valor predeterminado de la reunión ({0} por día)</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTable</name>
        <message>
            <source>Add Document</source>
            <translation>Añadir documento</translation>
        </message>
        <message>
            <source>Add document</source>
            <translation>Añadir documento</translation>
        </message>
        <message>
            <source>Document symbol, e.g. A/RES/70/1</source>
            <translation>Signatura del documento, p. ej. A/RES/70/1</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>Documentación</translation>
        </message>
        <message>
            <source>Edit document</source>
            <translation>Editar documento</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move document</source>
            <translation>Mover documento</translation>
        </message>
        <message>
            <source>Not translated yet: the original title is shown.</source>
            <translation>Aún no traducido: se muestra el título original.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>Quitar documento</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Signatura</translation>
        </message>
        <message>
            <source>The symbol {0} is malformed: {1}.</source>
            <translation>La signatura {0} está mal formada: {1}.</translation>
        </message>
        <message>
            <source>This symbol is malformed: {0}.</source>
            <translation>Esta signatura está mal formada: {0}.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
    </context>
    <context>
        <name>ExportForTranslationDialog</name>
        <message>
            <source>&amp;Translate into:</source>
            <translation>&amp;Traducir al:</translation>
        </message>
        <message>
            <source>Export for Translation</source>
            <translation>Exportar para traducción</translation>
        </message>
        <message>
            <source>Give untranslated texts a copy of the original (for OmegaT)</source>
            <translation>Copiar el original en los textos sin traducir (para OmegaT)</translation>
        </message>
        <message>
            <source>Some tools translate only the targets a file has. The copies are marked as needing translation and are not imported back as translations.</source>
            <translation>Algunas herramientas solo traducen los destinos que ya tiene el archivo. Las copias se marcan como pendientes de traducción y no se vuelven a importar como traducciones.</translation>
        </message>
        <message>
            <source>Writes the texts of the original ({0}) as an XLIFF file that translation tools read. Translations the version has already go with them.</source>
            <translation>Escribe los textos del original ({0}) en un archivo XLIFF que leen las herramientas de traducción. Las traducciones que ya tiene la versión los acompañan.</translation>
        </message>
        <message>
            <source>{0} (no version yet)</source>
            <translation>{0} (todavía sin versión)</translation>
        </message>
        <message>
            <source>{0} ({1} of {2} texts translated)</source>
            <translation>{0} ({1} de {2} textos traducidos)</translation>
        </message>
    </context>
    <context>
        <name>ExportGate</name>
        <message>
            <source>&amp;Show Me</source>
            <translation>&amp;Mostrarme</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Errors in the Meeting</source>
            <translation>Errores en la reunión</translation>
        </message>
        <message>
            <source>Export &amp;Anyway</source>
            <translation>&amp;Exportar de todos modos</translation>
        </message>
        <message numerus="yes">
            <source>The meeting has %n error(s); the document would print them as they are.</source>
            <translation>
                <numerusform>La reunión tiene %n error; el documento lo imprimiría tal cual.</numerusform>
                <numerusform>La reunión tiene %n errores; el documento los imprimiría tal cual.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>y %n más</numerusform>
                <numerusform>y %n más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportPdfDialog</name>
        <message>
            <source>&amp;Browse...</source>
            <translation>&amp;Examinar...</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <source>&amp;Open the file when done</source>
            <translation>A&amp;brir el archivo al terminar</translation>
        </message>
        <message>
            <source>&amp;Part:</source>
            <translation>&amp;Parte:</translation>
        </message>
        <message>
            <source>&amp;Set It</source>
            <translation>&amp;Establecer</translation>
        </message>
        <message>
            <source>Agenda only</source>
            <translation>Solo el programa</translation>
        </message>
        <message>
            <source>Agenda, annotations and annex</source>
            <translation>Programa, anotaciones y anexo</translation>
        </message>
        <message>
            <source>Annex (organization of work) only</source>
            <translation>Solo el anexo (organización de los trabajos)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close this dialog and go to the field</source>
            <translation>Cerrar este cuadro de diálogo e ir al campo</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>Error de exportación</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Exportar a PDF</translation>
        </message>
        <message>
            <source>Export Word Document</source>
            <translation>Exportar como documento de Word</translation>
        </message>
        <message>
            <source>Export cancelled after {0}</source>
            <translation>Exportación cancelada después de {0}</translation>
        </message>
        <message>
            <source>Export cancelled: {0} was not written</source>
            <translation>Exportación cancelada: no se escribió {0}</translation>
        </message>
        <message>
            <source>Export even if texts are not translated (marked in the original)</source>
            <translation>Exportar aunque haya textos sin traducir (marcados en el original)</translation>
        </message>
        <message>
            <source>Exported {0}</source>
            <translation>{0} exportado</translation>
        </message>
        <message>
            <source>Exporting the {0} version...</source>
            <translation>Exportando la versión en {0}...</translation>
        </message>
        <message>
            <source>Exporting...</source>
            <translation>Exportando...</translation>
        </message>
        <message>
            <source>Language versions:</source>
            <translation>Versiones lingüísticas:</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The {0} version could not be exported to “{1}”: {2}</source>
            <translation>La versión en {0} no pudo exportarse a “{1}”: {2}</translation>
        </message>
        <message>
            <source>These versions are not fully translated:
{0}

Translate these texts, or tick “{1}” to print the original-language text, marked.</source>
            <translation>Estas versiones no están totalmente traducidas:
{0}

Traduzca esos textos o marque “{1}” para imprimir el texto en el idioma original, señalado.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documentos de Word (*.docx)</translation>
        </message>
        <message>
            <source>item {0}</source>
            <translation>tema {0}</translation>
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
            <translation>Agenda Editor no pudo conservar una copia de su trabajo sin guardar, que permitiría recuperarlo tras un fallo:

{0}

Guarde su trabajo para no perderlo.</translation>
        </message>
        <message>
            <source>Agenda Editor files (*.agenda *.json *.pdf)</source>
            <translation>Archivos de Agenda Editor (*.agenda *.json *.pdf)</translation>
        </message>
        <message>
            <source>Agenda Editor sessions (*.agenda)</source>
            <translation>Archivos de sesión de Agenda Editor (*.agenda)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cannot Open File</source>
            <translation>No se puede abrir el archivo</translation>
        </message>
        <message>
            <source>Cannot Recover</source>
            <translation>No se puede recuperar</translation>
        </message>
        <message>
            <source>Cannot Revert</source>
            <translation>No se puede revertir</translation>
        </message>
        <message>
            <source>Cannot Save</source>
            <translation>No se puede guardar</translation>
        </message>
        <message>
            <source>Crash Recovery Not Working</source>
            <translation>La recuperación tras un fallo no funciona</translation>
        </message>
        <message>
            <source>Drop the unsaved changes and go back to the saved “{0}”?</source>
            <translation>¿Descartar los cambios no guardados y volver a “{0}” tal como se guardó?</translation>
        </message>
        <message>
            <source>File Changed on Disk</source>
            <translation>El archivo cambió en el disco</translation>
        </message>
        <message>
            <source>File In Use</source>
            <translation>Archivo en uso</translation>
        </message>
        <message>
            <source>Imported {0}; Save asks where to keep it as a session file</source>
            <translation>{0} importado; Guardar preguntará dónde conservarlo como archivo de sesión</translation>
        </message>
        <message>
            <source>JSON meetings (*.json)</source>
            <translation>Reuniones JSON (*.json)</translation>
        </message>
        <message>
            <source>New Meeting From Existing</source>
            <translation>Nueva reunión a partir de una existente</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nueva reunión</translation>
        </message>
        <message>
            <source>New meeting based on {0}</source>
            <translation>Nueva reunión basada en {0}</translation>
        </message>
        <message>
            <source>New session made from {0}; not saved yet</source>
            <translation>Nuevo período de sesiones creado a partir de {0}; aún no se ha guardado</translation>
        </message>
        <message>
            <source>Open Anyway</source>
            <translation>Abrir de todos modos</translation>
        </message>
        <message>
            <source>Open Meeting</source>
            <translation>Abrir reunión</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Abrir como solo lectura</translation>
        </message>
        <message>
            <source>Opened {0}</source>
            <translation>{0} abierto</translation>
        </message>
        <message>
            <source>Opened {0} read-only: Save asks for another name</source>
            <translation>{0} abierto como solo lectura: Guardar pedirá otro nombre</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Sobrescribir</translation>
        </message>
        <message>
            <source>Overwrite replaces the other changes with yours. Save As keeps both: yours go to a new file.</source>
            <translation>Sobrescribir reemplaza los otros cambios por los suyos. Guardar como conserva ambos: los suyos van a un archivo nuevo.</translation>
        </message>
        <message>
            <source>PDFs made by Agenda Editor (*.pdf)</source>
            <translation>PDF creados con Agenda Editor (*.pdf)</translation>
        </message>
        <message>
            <source>Read-only: you can read and copy it, and save your changes under another name. Open it anyway only if you know it is no longer being edited.</source>
            <translation>Solo lectura: puede leerlo y copiarlo, y guardar sus cambios con otro nombre. Ábralo de todos modos solo si sabe que ya no se está editando.</translation>
        </message>
        <message>
            <source>Recovered the unsaved work of {0}</source>
            <translation>Se recuperó el trabajo no guardado de {0}</translation>
        </message>
        <message>
            <source>Replace Anyway</source>
            <translation>Reemplazar de todos modos</translation>
        </message>
        <message>
            <source>Replacing it would overwrite the work of whoever has it open.</source>
            <translation>Reemplazarlo sobrescribiría el trabajo de quien lo tiene abierto.</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revertir</translation>
        </message>
        <message>
            <source>Reverted to the saved {0}</source>
            <translation>Se volvió a la versión guardada de {0}</translation>
        </message>
        <message>
            <source>Save As...</source>
            <translation>Guardar como...</translation>
        </message>
        <message>
            <source>Save Meeting As</source>
            <translation>Guardar reunión como</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>{0} guardado</translation>
        </message>
        <message>
            <source>The meeting “{0}” has changes that are not saved. Save them?</source>
            <translation>La reunión “{0}” tiene cambios sin guardar. ¿Desea guardarlos?</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Unsaved work could not be kept for crash recovery: {0}</source>
            <translation>No se pudo conservar el trabajo sin guardar para recuperarlo tras un fallo: {0}</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>next session</source>
            <translation>próximo período de sesiones</translation>
        </message>
        <message>
            <source>{0} is already open</source>
            <translation>{0} ya está abierto</translation>
        </message>
        <message>
            <source>“{0}” cannot be read: {1}</source>
            <translation>No se puede leer “{0}”: {1}</translation>
        </message>
        <message>
            <source>“{0}” is already open: it was opened by {1}.</source>
            <translation>“{0}” ya está abierto: lo abrió {1}.</translation>
        </message>
        <message>
            <source>“{0}” is open elsewhere: it was opened by {1}.</source>
            <translation>“{0}” está abierto en otro lugar: lo abrió {1}.</translation>
        </message>
        <message>
            <source>“{0}” was not made by Agenda Editor: it carries no meeting to open. Open the .agenda or .json file it was made from instead.</source>
            <translation>«{0}» no se creó con Agenda Editor: no contiene ninguna reunión que abrir. Abra en su lugar el archivo .agenda o .json a partir del cual se creó.</translation>
        </message>
        <message>
            <source>“{0}” was not saved: {1}</source>
            <translation>«{0}» no se guardó: {1}</translation>
        </message>
    </context>
    <context>
        <name>FindReplace</name>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n coincidencia</numerusform>
                <numerusform>%n coincidencias</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Find...</source>
            <translation>&amp;Buscar...</translation>
        </message>
        <message>
            <source>Find text and replace it</source>
            <translation>Buscar un texto y reemplazarlo</translation>
        </message>
        <message>
            <source>Find text in the titles, annotations, footnotes and document titles</source>
            <translation>Buscar un texto en los títulos, las anotaciones, las notas y los títulos de los documentos</translation>
        </message>
        <message>
            <source>R&amp;eplace...</source>
            <translation>R&amp;eemplazar...</translation>
        </message>
        <message numerus="yes">
            <source>Replace %n match(es)</source>
            <translation>
                <numerusform>Reemplazar %n coincidencia</numerusform>
                <numerusform>Reemplazar %n coincidencias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Replaced %n match(es).</source>
            <translation>
                <numerusform>%n coincidencia reemplazada.</numerusform>
                <numerusform>%n coincidencias reemplazadas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>&amp;In:</source>
            <translation>&amp;En:</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Reemplazar</translation>
        </message>
        <message>
            <source>All language versions</source>
            <translation>Todas las versiones lingüísticas</translation>
        </message>
        <message>
            <source>Annotation, paragraph {0}</source>
            <translation>Anotación, párrafo {0}</translation>
        </message>
        <message>
            <source>Document {0}</source>
            <translation>Documento {0}</translation>
        </message>
        <message>
            <source>Find and Replace</source>
            <translation>Buscar y reemplazar</translation>
        </message>
        <message>
            <source>Footnote {0} of paragraph {1}</source>
            <translation>Nota {0} del párrafo {1}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Match &amp;case</source>
            <translation>Coincidir &amp;mayúsculas y minúsculas</translation>
        </message>
        <message>
            <source>No matches.</source>
            <translation>No hay coincidencias.</translation>
        </message>
        <message>
            <source>Replace &amp;All</source>
            <translation>Reemplazar &amp;todo</translation>
        </message>
        <message>
            <source>Replace &amp;with:</source>
            <translation>Reemplazar &amp;con:</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>The language version shown</source>
            <translation>La versión lingüística mostrada</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Titles, annotations, footnotes and document titles</source>
            <translation>Títulos, anotaciones, notas y títulos de los documentos</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Whole &amp;words</source>
            <translation>&amp;Palabras completas</translation>
        </message>
    </context>
    <context>
        <name>FindingTexts</name>
        <message>
            <source>Body {number} has no name; the annex heads a column with it.</source>
            <translation>El órgano {number} no tiene nombre; el anexo lo usa como encabezado de una columna.</translation>
        </message>
        <message>
            <source>Item {item} has an annotation in {langs} but none in the original language ({lang}).</source>
            <translation>El tema {item} tiene una anotación en {langs}, pero ninguna en el idioma original ({lang}).</translation>
        </message>
        <message>
            <source>Item {item} has no title.</source>
            <translation>El tema {item} no tiene título.</translation>
        </message>
        <message>
            <source>Item {item} is not fully translated into {lang} (missing: {missing}).</source>
            <translation>El tema {item} no está totalmente traducido al {lang} (falta: {missing}).</translation>
        </message>
        <message>
            <source>Item {item} is not in the organization of work.</source>
            <translation>El tema {item} no figura en la organización de los trabajos.</translation>
        </message>
        <message>
            <source>Item {item} is taken up after item {other}, which comes after it on the agenda.</source>
            <translation>El tema {item} se examina después del tema {other}, que lo sigue en el programa.</translation>
        </message>
        <message>
            <source>Item {item} lists a document with a malformed symbol {symbol}: {problem}.</source>
            <translation>El tema {item} cita un documento con una signatura mal formada, {symbol}: {problem}.</translation>
        </message>
        <message>
            <source>Item {item} lists a document without a symbol.</source>
            <translation>El tema {item} cita un documento sin signatura.</translation>
        </message>
        <message>
            <source>Item {item} lists {symbol} twice.</source>
            <translation>El tema {item} cita {symbol} dos veces.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: a footnote marker stands after "{mark}"; in this language it goes before the punctuation.</source>
            <translation>Tema {item}, anotación en {lang}, párrafo {paragraph}: una llamada de nota está después de “{mark}”; en este idioma va antes de la puntuación.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: a footnote marker stands before "{mark}"; in this language it goes after the punctuation.</source>
            <translation>Tema {item}, anotación en {lang}, párrafo {paragraph}: una llamada de nota está antes de “{mark}”; en este idioma va después de la puntuación.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: broken markup ({problem}).</source>
            <translation>Tema {item}, anotación en {lang}, párrafo {paragraph}: marcado incorrecto ({problem}).</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: empty footnote.</source>
            <translation>Tema {item}, anotación en {lang}, párrafo {paragraph}: nota vacía.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: lettered as a sub-paragraph differently from the original ({original}).</source>
            <translation>Tema {item}, anotación en {lang}, párrafo {paragraph}: marcado como apartado con letra de otra manera que en el original ({original}).</translation>
        </message>
        <message>
            <source>Meeting details, {field}: not translated into {lang}.</source>
            <translation>Datos de la reunión, {field}: sin traducir al {lang}.</translation>
        </message>
        <message>
            <source>On {date}, the meeting at {span} is listed after the one at {other}.</source>
            <translation>El {date}, la sesión de {span} figura después de la de {other}.</translation>
        </message>
        <message>
            <source>On {date}, the meetings {span} and {other} overlap.</source>
            <translation>El {date}, las sesiones {span} y {other} se superponen.</translation>
        </message>
        <message>
            <source>The agenda has no items.</source>
            <translation>El programa no tiene temas.</translation>
        </message>
        <message>
            <source>The document has a reissue note, but its symbol has no asterisk pointing to it.</source>
            <translation>El documento tiene una nota de reedición, pero su signatura no tiene el asterisco que remite a ella.</translation>
        </message>
        <message>
            <source>The document has no date of issue: its masthead will show no date.</source>
            <translation>El documento no tiene fecha de publicación: su encabezado no mostrará ninguna fecha.</translation>
        </message>
        <message>
            <source>The document has no symbol yet.</source>
            <translation>El documento aún no tiene signatura.</translation>
        </message>
        <message>
            <source>The document is dated {date}, after the meeting starts ({start}).</source>
            <translation>El documento tiene fecha {date}, posterior al inicio de la reunión ({start}).</translation>
        </message>
        <message>
            <source>The document symbol {symbol} is malformed: {problem}.</source>
            <translation>La signatura del documento {symbol} está mal formada: {problem}.</translation>
        </message>
        <message>
            <source>The meeting ends ({end}) before it starts ({start}).</source>
            <translation>La reunión termina ({end}) antes de empezar ({start}).</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} belongs to no body of the timetable.</source>
            <translation>La sesión del {date} a las {span} no pertenece a ningún órgano del calendario.</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} ends before it starts.</source>
            <translation>La sesión del {date} de {span} termina antes de empezar.</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} ends when it starts.</source>
            <translation>La sesión del {date} de {span} termina cuando empieza.</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} lists an item that is not in the agenda.</source>
            <translation>La sesión del {date} de {span} incluye un tema que no figura en el programa.</translation>
        </message>
        <message>
            <source>The name of the body {body} is not translated into {lang}.</source>
            <translation>El nombre del órgano {body} no está traducido al {lang}.</translation>
        </message>
        <message>
            <source>The original language {lang} is not a UN language.</source>
            <translation>El idioma original {lang} no es un idioma de las Naciones Unidas.</translation>
        </message>
        <message>
            <source>The symbol {symbol} marks a reissue with its asterisk, but the document has no reissue note for the foot of page 1.</source>
            <translation>La signatura {symbol} indica una reedición con su asterisco, pero el documento no tiene nota de reedición para el pie de la página 1.</translation>
        </message>
        <message>
            <source>The versions {langs} have the same job number {number}; each version has its own.</source>
            <translation>Las versiones {langs} tienen el mismo número de trabajo {number}; cada versión tiene el suyo.</translation>
        </message>
        <message>
            <source>The {lang} title of item {item} ends with "{mark}"; the agenda adds its own punctuation.</source>
            <translation>El título en {lang} del tema {item} termina en “{mark}”; el programa añade su propia puntuación.</translation>
        </message>
        <message>
            <source>Two bodies of the timetable have the same id {body}.</source>
            <translation>Dos órganos del calendario tienen el mismo identificador {body}.</translation>
        </message>
        <message>
            <source>a dash joining two symbols has nothing on one side</source>
            <translation>un guion que une dos signaturas no tiene nada a un lado</translation>
        </message>
        <message>
            <source>annotation</source>
            <translation>anotación</translation>
        </message>
        <message>
            <source>body</source>
            <translation>órgano</translation>
        </message>
        <message>
            <source>document titles</source>
            <translation>títulos de documentos</translation>
        </message>
        <message>
            <source>it contains characters that symbols do not use: {chars}</source>
            <translation>contiene caracteres que las signaturas no usan: {chars}</translation>
        </message>
        <message>
            <source>it contains spaces</source>
            <translation>contiene espacios</translation>
        </message>
        <message>
            <source>it has an empty part between slashes</source>
            <translation>tiene una parte vacía entre barras</translation>
        </message>
        <message>
            <source>it has no slash-separated parts</source>
            <translation>no tiene partes separadas por barras</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>está vacía</translation>
        </message>
        <message>
            <source>it is not written as a document symbol</source>
            <translation>no está escrita como una signatura de documento</translation>
        </message>
        <message>
            <source>names of the bodies</source>
            <translation>nombres de los órganos</translation>
        </message>
        <message>
            <source>reissue note</source>
            <translation>nota de reedición</translation>
        </message>
        <message>
            <source>session</source>
            <translation>período de sesiones</translation>
        </message>
        <message>
            <source>subsidiary body</source>
            <translation>órgano subsidiario</translation>
        </message>
        <message>
            <source>the part {part} has an empty part between slashes</source>
            <translation>la parte {part} tiene una parte vacía entre barras</translation>
        </message>
        <message>
            <source>the part {part} has no slash-separated parts</source>
            <translation>la parte {part} no tiene partes separadas por barras</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>venue</source>
            <translation>lugar</translation>
        </message>
        <message>
            <source>{date} appears twice in the organization of work.</source>
            <translation>El {date} figura dos veces en la organización de los trabajos.</translation>
        </message>
        <message>
            <source>{date} is listed after {other}.</source>
            <translation>El {date} figura después del {other}.</translation>
        </message>
        <message>
            <source>{date} is outside the dates of the meeting.</source>
            <translation>El {date} está fuera de las fechas de la reunión.</translation>
        </message>
        <message>
            <source>{date}: {count} meetings, more than the limit of {limit}.</source>
            <translation>{date}: {count} sesiones, más que el límite de {limit}.</translation>
        </message>
        <message>
            <source>{symbol} has a different title under item {item} than under item {other}.</source>
            <translation>{symbol} tiene un título distinto en el tema {item} y en el tema {other}.</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n advertencia</numerusform>
                <numerusform>%n advertencias</numerusform>
            </translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Información</translation>
        </message>
        <message>
            <source>No problems found</source>
            <translation>No se encontraron problemas</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>Finding</source>
            <translation>Observación</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>No se encontraron problemas.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
    </context>
    <context>
        <name>FootnotesPanel</name>
        <message>
            <source>(empty: type its text below)</source>
            <translation>(vacía: escriba su texto abajo)</translation>
        </message>
        <message>
            <source>Footnote text</source>
            <translation>Texto de la nota</translation>
        </message>
        <message>
            <source>Footnotes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Footnotes (Ctrl+Alt+F inserts one at the cursor)</source>
            <translation>Notas (Ctrl+Alt+F inserta una en el cursor)</translation>
        </message>
        <message>
            <source>Remove Footnote</source>
            <translation>Quitar nota</translation>
        </message>
        <message>
            <source>Select a footnote to edit its text.</source>
            <translation>Seleccione una nota para editar su texto.</translation>
        </message>
        <message>
            <source>Text of footnote {0}:</source>
            <translation>Texto de la nota {0}:</translation>
        </message>
        <message>
            <source>Text of the footnote</source>
            <translation>Texto de la nota</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>User Guide</source>
            <translation>Guía del usuario</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <source>A short guide to drafting with {0}</source>
            <translation>Una breve guía para redactar con {0}</translation>
        </message>
        <message>
            <source>Recovery data:</source>
            <translation>Datos de recuperación:</translation>
        </message>
        <message>
            <source>Settings:</source>
            <translation>Configuración:</translation>
        </message>
        <message>
            <source>This meeting:</source>
            <translation>Esta reunión:</translation>
        </message>
        <message>
            <source>User guide:</source>
            <translation>Guía del usuario:</translation>
        </message>
        <message>
            <source>Window layout:</source>
            <translation>Disposición de la ventana:</translation>
        </message>
        <message>
            <source>Words added to the dictionaries:</source>
            <translation>Palabras añadidas a los diccionarios:</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>aún no guardada</translation>
        </message>
    </context>
    <context>
        <name>ImportAgenda</name>
        <message numerus="yes">
            <source>%n line(s) of {0} found no place in the meeting:</source>
            <translation>
                <numerusform>%n línea de {0} no encontró lugar en la reunión:</numerusform>
                <numerusform>%n líneas de {0} no encontraron lugar en la reunión:</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the agenda on the clipboard, with its annotations, as new items</source>
            <translation>Añadir el programa del portapapeles, con sus anotaciones, como temas nuevos</translation>
        </message>
        <message>
            <source>Cannot Import Agenda</source>
            <translation>No se puede importar el programa</translation>
        </message>
        <message>
            <source>Import &amp;Agenda...</source>
            <translation>Importar &amp;programa...</translation>
        </message>
        <message>
            <source>Import Agenda</source>
            <translation>Importar programa</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n item(s) from {0}; Save asks where to keep the meeting</source>
            <translation>
                <numerusform>%n tema importado de {0}; Guardar pregunta dónde conservar la reunión</numerusform>
                <numerusform>%n temas importados de {0}; Guardar pregunta dónde conservar la reunión</numerusform>
            </translation>
        </message>
        <message>
            <source>Line {0}: {1}</source>
            <translation>Línea {0}: {1}</translation>
        </message>
        <message>
            <source>Lines Not Imported</source>
            <translation>Líneas no importadas</translation>
        </message>
        <message>
            <source>Open an agenda written in Word or saved as text as a new meeting</source>
            <translation>Abrir como reunión nueva un programa redactado en Word o guardado como texto</translation>
        </message>
        <message>
            <source>Paste A&amp;genda as Items</source>
            <translation>Pegar programa como &amp;temas</translation>
        </message>
        <message numerus="yes">
            <source>Paste agenda (%n item(s))</source>
            <translation>
                <numerusform>Pegar programa (%n tema)</numerusform>
                <numerusform>Pegar programa (%n temas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n agenda item(s).</source>
            <translation>
                <numerusform>%n tema del programa pegado.</numerusform>
                <numerusform>%n temas del programa pegados.</numerusform>
            </translation>
        </message>
        <message>
            <source>The clipboard holds no numbered agenda to paste.</source>
            <translation>El portapapeles no contiene ningún programa numerado que pegar.</translation>
        </message>
        <message>
            <source>Word documents and text (*.docx *.txt);;All files (*)</source>
            <translation>Documentos de Word y texto (*.docx *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>the clipboard</source>
            <translation>el portapapeles</translation>
        </message>
    </context>
    <context>
        <name>ItemClipboard</name>
        <message>
            <source>&amp;Copy Items</source>
            <translation>&amp;Copiar temas</translation>
        </message>
        <message>
            <source>&amp;Paste Items</source>
            <translation>&amp;Pegar temas</translation>
        </message>
        <message>
            <source>Add a copy of the selected items after them</source>
            <translation>Añadir una copia de los temas seleccionados a continuación</translation>
        </message>
        <message>
            <source>Add the items on the clipboard (or one item per line of text) after the current item</source>
            <translation>Añadir después del tema actual los temas del portapapeles (o un tema por línea de texto)</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n item(s).</source>
            <translation>
                <numerusform>%n tema copiado.</numerusform>
                <numerusform>%n temas copiados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy the selected items with their sub-items, texts and documents</source>
            <translation>Copiar los temas seleccionados con sus subtemas, textos y documentos</translation>
        </message>
        <message>
            <source>Cu&amp;t Items</source>
            <translation>Cor&amp;tar temas</translation>
        </message>
        <message numerus="yes">
            <source>Cut %n item(s)</source>
            <translation>
                <numerusform>Cortar %n tema</numerusform>
                <numerusform>Cortar %n temas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n item(s).</source>
            <translation>
                <numerusform>%n tema cortado.</numerusform>
                <numerusform>%n temas cortados.</numerusform>
            </translation>
        </message>
        <message>
            <source>D&amp;uplicate Items</source>
            <translation>D&amp;uplicar temas</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n item(s)</source>
            <translation>
                <numerusform>Duplicar %n tema</numerusform>
                <numerusform>Duplicar %n temas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Duplicated %n item(s).</source>
            <translation>
                <numerusform>%n tema duplicado.</numerusform>
                <numerusform>%n temas duplicados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Move the selected items to the clipboard</source>
            <translation>Mover los temas seleccionados al portapapeles</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n item(s)</source>
            <translation>
                <numerusform>Pegar %n tema</numerusform>
                <numerusform>Pegar %n temas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n item(s).</source>
            <translation>
                <numerusform>%n tema pegado.</numerusform>
                <numerusform>%n temas pegados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the agenda items to copy first.</source>
            <translation>Seleccione primero los temas del programa que desea copiar.</translation>
        </message>
        <message>
            <source>Select the agenda items to duplicate first.</source>
            <translation>Seleccione primero los temas del programa que desea duplicar.</translation>
        </message>
        <message>
            <source>The clipboard holds no agenda items and no text to paste.</source>
            <translation>El portapapeles no contiene temas del programa ni texto que pegar.</translation>
        </message>
        <message>
            <source>The items cannot go here: the agenda allows at most {0} levels of items.</source>
            <translation>Los temas no pueden ir aquí: el programa admite como máximo {0} niveles de temas.</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>&amp;Annotation</source>
            <translation>&amp;Anotación</translation>
        </message>
        <message>
            <source>&amp;Documentation</source>
            <translation>&amp;Documentación</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>Anotación</translation>
        </message>
        <message>
            <source>Annotation of the item (optional)</source>
            <translation>Anotación del tema (opcional)</translation>
        </message>
        <message>
            <source>Item title</source>
            <translation>Título del tema</translation>
        </message>
        <message>
            <source>Not translated yet. The original reads:
{0}</source>
            <translation>Aún no traducido. El original dice:
{0}</translation>
        </message>
        <message>
            <source>Not translated: {0}</source>
            <translation>Sin traducir: {0}</translation>
        </message>
        <message>
            <source>Select an item of the agenda</source>
            <translation>Seleccione un tema del programa</translation>
        </message>
        <message>
            <source>Title of the item</source>
            <translation>Título del tema</translation>
        </message>
    </context>
    <context>
        <name>LanguageSelector</name>
        <message>
            <source>The language version being edited</source>
            <translation>La versión lingüística que se está editando</translation>
        </message>
        <message>
            <source>{0} (original)</source>
            <translation>{0} (original)</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>Arabic</source>
            <translation>Árabe</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chino</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Francés</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Ruso</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&lt;opened&gt;</source>
            <translation>&lt;abierto&gt;</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Observaciones</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Timetable</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Traducción</translation>
        </message>
        <message>
            <source>Undo History</source>
            <translation>Historial de deshacer</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>{0} (read-only)[*] — {1}</source>
            <translation>{0} (solo lectura)[*] — {1}</translation>
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
            <translation>Ó&amp;rgano:</translation>
        </message>
        <message>
            <source>&amp;Distribution:</source>
            <translation>&amp;Distribución:</translation>
        </message>
        <message>
            <source>&amp;Job number:</source>
            <translation>&amp;Número de trabajo:</translation>
        </message>
        <message>
            <source>&amp;Meetings per day:</source>
            <translation>&amp;Sesiones por día:</translation>
        </message>
        <message>
            <source>&amp;Page size:</source>
            <translation>&amp;Tamaño de página:</translation>
        </message>
        <message>
            <source>&amp;Symbol:</source>
            <translation>&amp;Signatura:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>Change the original language</source>
            <translation>Cambiar el idioma original</translation>
        </message>
        <message>
            <source>Date of &amp;issue:</source>
            <translation>Fecha de &amp;publicación:</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Editing version:</source>
            <translation>Versión editada:</translation>
        </message>
        <message>
            <source>Fi&amp;rst day:</source>
            <translation>P&amp;rimer día:</translation>
        </message>
        <message>
            <source>For a reissued document, whose symbol ends with an asterisk: the note printed after an asterisk at the foot of page 1, e.g. “Reissued for technical reasons on 3 May 2026.”</source>
            <translation>Para un documento reeditado, cuya signatura termina en asterisco: la nota impresa tras un asterisco al pie de la página 1, por ejemplo «Publicado nuevamente por razones técnicas el 3 de mayo de 2026.»</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>How many meetings a day may hold unless the day sets its own limit</source>
            <translation>Cuántas sesiones puede tener un día, salvo que el día fije su propio límite</translation>
        </message>
        <message>
            <source>L&amp;ast day:</source>
            <translation>Últ&amp;imo día:</translation>
        </message>
        <message>
            <source>Language versions:</source>
            <translation>Versiones lingüísticas:</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Limited</source>
            <translation>Limitada</translation>
        </message>
        <message>
            <source>Made from:</source>
            <translation>Creada a partir de:</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Not a valid symbol: {0}.</source>
            <translation>Signatura no válida: {0}.</translation>
        </message>
        <message>
            <source>Not translated: {0}</source>
            <translation>Sin traducir: {0}</translation>
        </message>
        <message>
            <source>Ori&amp;ginal language:</source>
            <translation>Idioma ori&amp;ginal:</translation>
        </message>
        <message>
            <source>Reissue note:</source>
            <translation>Nota de reedición:</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>Reservada</translation>
        </message>
        <message>
            <source>Sessio&amp;n:</source>
            <translation>Período de sesio&amp;nes:</translation>
        </message>
        <message>
            <source>Set this date</source>
            <translation>Fijar esta fecha</translation>
        </message>
        <message>
            <source>Subsidiar&amp;y body:</source>
            <translation>Órgano subsidiari&amp;o:</translation>
        </message>
        <message>
            <source>The document symbol, for example ABC/WG.1/2026/1</source>
            <translation>La signatura del documento, por ejemplo ABC/WG.1/2026/1</translation>
        </message>
        <message>
            <source>The original language is now {0}.</source>
            <translation>El idioma original ahora es: {0}.</translation>
        </message>
        <message>
            <source>Ven&amp;ue:</source>
            <translation>L&amp;ugar:</translation>
        </message>
        <message>
            <source>{0} (original)</source>
            <translation>{0} (original)</translation>
        </message>
        <message>
            <source>{0} ({1}/{2} items translated)</source>
            <translation>{0} ({1}/{2} temas traducidos)</translation>
        </message>
        <message>
            <source>{0} of {1} agenda items are fully translated into {2}.</source>
            <translation>{0} de {1} temas del programa están totalmente traducidos al {2}.</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;About {0}</source>
            <translation>&amp;Acerca de {0}</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;Export PDF...</source>
            <translation>&amp;Exportar a PDF...</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>&amp;Observaciones</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Import Translation...</source>
            <translation>&amp;Importar traducción...</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nuevo</translation>
        </message>
        <message>
            <source>&amp;Open...</source>
            <translation>&amp;Abrir...</translation>
        </message>
        <message>
            <source>&amp;Preferences...</source>
            <translation>&amp;Preferencias...</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>&amp;Schedule In...</source>
            <translation>&amp;Programar en...</translation>
        </message>
        <message>
            <source>&amp;Toolbar</source>
            <translation>&amp;Barra de herramientas</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Drafts provisional agendas and annotations of intergovernmental meetings in the six official languages of the United Nations.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Redacta programas provisionales y anotaciones de reuniones intergubernamentales en los seis idiomas oficiales de las Naciones Unidas.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <source>About {0}</source>
            <translation>Acerca de {0}</translation>
        </message>
        <message>
            <source>Choose the day and meeting in which the selected items are taken up</source>
            <translation>Elegir el día y la sesión en que se examinan los temas seleccionados</translation>
        </message>
        <message>
            <source>Close the meeting</source>
            <translation>Cerrar la reunión</translation>
        </message>
        <message>
            <source>Export &amp;Word Document...</source>
            <translation>Exportar como documento de &amp;Word...</translation>
        </message>
        <message>
            <source>Export for &amp;Translation...</source>
            <translation>Exportar para &amp;traducción...</translation>
        </message>
        <message>
            <source>Export the document as PDF</source>
            <translation>Exportar el documento a PDF</translation>
        </message>
        <message>
            <source>Export the document as a Word file, the manuscript for Documents Management</source>
            <translation>Exportar el documento como archivo de Word, el manuscrito para la gestión de documentos</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>F&amp;ormato</translation>
        </message>
        <message>
            <source>Fill a language version from a translated XLIFF file</source>
            <translation>Completar una versión lingüística a partir de un archivo XLIFF traducido</translation>
        </message>
        <message>
            <source>Go back to the saved file</source>
            <translation>Volver al archivo guardado</translation>
        </message>
        <message>
            <source>Go to &amp;Item</source>
            <translation>Ir al &amp;tema</translation>
        </message>
        <message>
            <source>Go to &amp;Meeting</source>
            <translation>Ir a la &amp;reunión</translation>
        </message>
        <message>
            <source>Go to &amp;Timetable</source>
            <translation>Ir al &amp;calendario</translation>
        </message>
        <message>
            <source>Go to T&amp;ranslation</source>
            <translation>Ir a la t&amp;raducción</translation>
        </message>
        <message>
            <source>Interface language and defaults for new meetings</source>
            <translation>Idioma de la interfaz y valores predeterminados de las nuevas reuniones</translation>
        </message>
        <message>
            <source>New Session From &amp;This One...</source>
            <translation>Nuevo período de sesiones a partir de &amp;este...</translation>
        </message>
        <message>
            <source>New from &amp;Existing...</source>
            <translation>Nueva a partir de una &amp;existente...</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>No hay archivos recientes</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Archivos &amp;recientes</translation>
        </message>
        <message>
            <source>Open a meeting file</source>
            <translation>Abrir un archivo de reunión</translation>
        </message>
        <message>
            <source>Quit {0}</source>
            <translation>Salir de {0}</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Re&amp;vertir</translation>
        </message>
        <message>
            <source>Redone: {0}</source>
            <translation>Rehecho: {0}</translation>
        </message>
        <message>
            <source>Save &amp;As...</source>
            <translation>Guardar &amp;como...</translation>
        </message>
        <message>
            <source>Save the meeting</source>
            <translation>Guardar la reunión</translation>
        </message>
        <message>
            <source>Save under another name</source>
            <translation>Guardar con otro nombre</translation>
        </message>
        <message>
            <source>Select the agenda items to schedule first.</source>
            <translation>Seleccione primero los temas del programa que desea programar.</translation>
        </message>
        <message>
            <source>Show the item editor</source>
            <translation>Mostrar el editor de temas</translation>
        </message>
        <message>
            <source>Show the meeting details</source>
            <translation>Mostrar los datos de la reunión</translation>
        </message>
        <message>
            <source>Show the organization of work</source>
            <translation>Mostrar la organización de los trabajos</translation>
        </message>
        <message>
            <source>Show the texts side by side with a language version</source>
            <translation>Mostrar los textos junto a una versión lingüística</translation>
        </message>
        <message>
            <source>Start a new meeting</source>
            <translation>Empezar una nueva reunión</translation>
        </message>
        <message>
            <source>Start a new meeting with the agenda of an existing one</source>
            <translation>Empezar una nueva reunión con el programa de una existente</translation>
        </message>
        <message>
            <source>Start the next session's meeting from this one, which stays as it is</source>
            <translation>Iniciar la reunión del próximo período de sesiones a partir de esta, que no se modifica</translation>
        </message>
        <message>
            <source>Timetab&amp;le</source>
            <translation>Ca&amp;lendario</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barra de herramientas</translation>
        </message>
        <message>
            <source>Undo &amp;History</source>
            <translation>&amp;Historial de deshacer</translation>
        </message>
        <message>
            <source>Undone: {0}</source>
            <translation>Deshecho: {0}</translation>
        </message>
        <message>
            <source>Write a language version as an XLIFF file for translation tools</source>
            <translation>Escribir una versión lingüística en un archivo XLIFF para las herramientas de traducción</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>&amp;Keep them where they are too (continued)</source>
            <translation>&amp;Mantenerlos también donde están (continuación)</translation>
        </message>
        <message>
            <source>Items to move: {0}</source>
            <translation>Temas que se moverán: {0}</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Mover a</translation>
        </message>
        <message>
            <source>This day allows no meeting.</source>
            <translation>Este día no admite ninguna sesión.</translation>
        </message>
    </context>
    <context>
        <name>NextSessionDialog</name>
        <message>
            <source>A new, unsaved meeting is made from this one, which is not changed. Untick a symbol to keep it as it is, or type the new one.</source>
            <translation>Se crea una nueva reunión, sin guardar, a partir de esta, que no se modifica. Desmarque una signatura para conservarla tal como está, o escriba la nueva.</translation>
        </message>
        <message>
            <source>Annotations to clear (the standard items keep theirs):</source>
            <translation>Anotaciones que se borrarán (los temas habituales conservan las suyas):</translation>
        </message>
        <message>
            <source>Clear the dates and the days of the organization of work</source>
            <translation>Borrar las fechas y los días de la organización de los trabajos</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>Item {0}, annotation ({1}, paragraph {2})</source>
            <translation>Tema {0}, anotación ({1}, párrafo {2})</translation>
        </message>
        <message>
            <source>Item {0}, documentation</source>
            <translation>Tema {0}, documentación</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>New Session From This One</source>
            <translation>Nuevo período de sesiones a partir de este</translation>
        </message>
        <message>
            <source>New symbol</source>
            <translation>Nueva signatura</translation>
        </message>
        <message>
            <source>Symbol now</source>
            <translation>Signatura actual</translation>
        </message>
        <message>
            <source>The symbol has no year or number to roll.</source>
            <translation>La signatura no contiene ningún año ni número que avanzar.</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ubicación</translation>
        </message>
    </context>
    <context>
        <name>Origin</name>
        <message>
            <source>Imported from the Word document {0}</source>
            <translation>Importada del documento de Word {0}</translation>
        </message>
        <message>
            <source>Imported from the text file {0}</source>
            <translation>Importada del archivo de texto {0}</translation>
        </message>
        <message>
            <source>New meeting from the agenda of {0}</source>
            <translation>Nueva reunión a partir del programa de {0}</translation>
        </message>
        <message>
            <source>Next session from {0}</source>
            <translation>Período de sesiones siguiente a {0}</translation>
        </message>
        <message>
            <source>Not recorded (not made from another document)</source>
            <translation>No consta (no se creó a partir de otro documento)</translation>
        </message>
        <message>
            <source>Opened from the PDF {0}</source>
            <translation>Abierta desde el PDF {0}</translation>
        </message>
        <message>
            <source>an unsaved meeting</source>
            <translation>una reunión no guardada</translation>
        </message>
        <message>
            <source>{0}, on {1}</source>
            <translation>{0}, el {1}</translation>
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
            <translation>&amp;Tamaño de página de las nuevas reuniones:</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Idioma de la interfaz:</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>The language of menus, buttons and messages</source>
            <translation>El idioma de los menús, botones y mensajes</translation>
        </message>
        <message>
            <source>The language of the documents is chosen for each meeting, in the Meeting page.</source>
            <translation>El idioma de los documentos se elige para cada reunión, en la página Reunión.</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message numerus="yes">
            <source>%n page(s) in {0}, as they will print</source>
            <translation>
                <numerusform>%n página en {0}, tal como se imprimirá</numerusform>
                <numerusform>%n páginas en {0}, tal como se imprimirán</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;Imprimir...</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Impresión</translation>
        </message>
        <message>
            <source>Print Pre&amp;view</source>
            <translation>&amp;Vista previa de impresión</translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>Vista previa de impresión</translation>
        </message>
        <message>
            <source>Print the document in the language version shown</source>
            <translation>Imprimir el documento en la versión lingüística mostrada</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>Se envió %n página a la impresora.</numerusform>
                <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show the pages as they will print, in the language version shown</source>
            <translation>Mostrar las páginas tal como se imprimirán, en la versión lingüística mostrada</translation>
        </message>
        <message>
            <source>The document cannot be printed: {0}</source>
            <translation>No se puede imprimir el documento: {0}</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>No se pudo iniciar la impresora.</translation>
        </message>
    </context>
    <context>
        <name>PreviewWidget</name>
        <message>
            <source>Page {0}</source>
            <translation>Página {0}</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Página {0} de {1}</translation>
        </message>
        <message>
            <source>The preview could not be made: {0}</source>
            <translation>No se pudo generar la vista previa: {0}</translation>
        </message>
        <message>
            <source>Updating the preview…</source>
            <translation>Actualizando la vista previa…</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>"{file}" cannot be locked for editing: others keep changing its lock</source>
            <translation>«{file}» no se puede bloquear para editarlo: otros no dejan de cambiar su bloqueo</translation>
        </message>
        <message>
            <source>"{file}" cannot be locked for editing: the lock file disappeared</source>
            <translation>«{file}» no se puede bloquear para editarlo: el archivo de bloqueo desapareció</translation>
        </message>
        <message>
            <source>"{file}" cannot be locked for editing: {detail}</source>
            <translation>«{file}» no se puede bloquear para editarlo: {detail}</translation>
        </message>
        <message>
            <source>"{file}" cannot be opened ({detail})</source>
            <translation>«{file}» no se puede abrir ({detail})</translation>
        </message>
        <message>
            <source>"{file}" cannot be read: permission denied</source>
            <translation>«{file}» no se puede leer: permiso denegado</translation>
        </message>
        <message>
            <source>"{file}" cannot be read: {detail}</source>
            <translation>«{file}» no se puede leer: {detail}</translation>
        </message>
        <message>
            <source>"{file}" contains {detail}, which Agenda Editor files never have: it was crafted or changed by another program, and was not opened</source>
            <translation>«{file}» contiene {detail}, algo que los archivos de Agenda Editor nunca tienen: fue fabricado o modificado por otro programa y no se abrió</translation>
        </message>
        <message>
            <source>"{file}" could not be saved ({detail})</source>
            <translation>«{file}» no se pudo guardar ({detail})</translation>
        </message>
        <message>
            <source>"{file}" could not be saved: permission denied</source>
            <translation>«{file}» no se pudo guardar: permiso denegado</translation>
        </message>
        <message>
            <source>"{file}" could not be saved: {detail}</source>
            <translation>«{file}» no se pudo guardar: {detail}</translation>
        </message>
        <message>
            <source>"{file}" does not exist (it may have been moved or deleted)</source>
            <translation>«{file}» no existe (puede que se haya movido o eliminado)</translation>
        </message>
        <message>
            <source>"{file}" has an unknown file format ({version})</source>
            <translation>«{file}» tiene un formato de archivo desconocido ({version})</translation>
        </message>
        <message>
            <source>"{file}" has inconsistent content: {detail}</source>
            <translation>El contenido de «{file}» es incoherente: {detail}</translation>
        </message>
        <message>
            <source>"{file}" holds a value of more than {megabytes} MB, which no Agenda Editor file does: it is damaged or crafted; it was not opened</source>
            <translation>«{file}» contiene un valor de más de {megabytes} MB, algo que ningún archivo de Agenda Editor tiene: está dañado o fue fabricado; no se abrió</translation>
        </message>
        <message>
            <source>"{file}" is a database of another program, not an Agenda Editor session file</source>
            <translation>«{file}» es una base de datos de otro programa, no un archivo de sesión de Agenda Editor</translation>
        </message>
        <message>
            <source>"{file}" is a folder, not a session file</source>
            <translation>«{file}» es una carpeta, no un archivo de sesión</translation>
        </message>
        <message>
            <source>"{file}" is a folder; a session file cannot be saved there</source>
            <translation>«{file}» es una carpeta; no se puede guardar allí un archivo de sesión</translation>
        </message>
        <message>
            <source>"{file}" is already open in this window</source>
            <translation>«{file}» ya está abierto en esta ventana</translation>
        </message>
        <message>
            <source>"{file}" is damaged (SQLite reports: {detail})</source>
            <translation>«{file}» está dañado (SQLite informa: {detail})</translation>
        </message>
        <message>
            <source>"{file}" is damaged ({detail})</source>
            <translation>«{file}» está dañado ({detail})</translation>
        </message>
        <message>
            <source>"{file}" is empty: it is not an Agenda Editor session file</source>
            <translation>«{file}» está vacío: no es un archivo de sesión de Agenda Editor</translation>
        </message>
        <message>
            <source>"{file}" is incomplete (the file is truncated)</source>
            <translation>«{file}» está incompleto (el archivo está truncado)</translation>
        </message>
        <message>
            <source>"{file}" is not an Agenda Editor session file</source>
            <translation>«{file}» no es un archivo de sesión de Agenda Editor</translation>
        </message>
        <message>
            <source>"{file}" is opened by {owner}</source>
            <translation>«{file}» está abierto por {owner}</translation>
        </message>
        <message>
            <source>"{file}" kept changing while it was being read; try again later</source>
            <translation>«{file}» no dejó de cambiar mientras se leía; vuelva a intentarlo más tarde</translation>
        </message>
        <message>
            <source>"{file}" took more than {seconds} seconds to read, which no Agenda Editor file does: it is damaged or was crafted to make programs hang; it was not opened</source>
            <translation>La lectura de «{file}» tardó más de {seconds} segundos, algo que no ocurre con ningún archivo de Agenda Editor: está dañado o fue fabricado para bloquear los programas; no se abrió</translation>
        </message>
        <message>
            <source>"{file}" was changed by another program or person since it was opened; it was not overwritten</source>
            <translation>«{file}» fue modificado por otro programa u otra persona desde que se abrió; no se sobrescribió</translation>
        </message>
        <message>
            <source>"{file}" was moved or deleted since it was opened; it was not written again</source>
            <translation>«{file}» se movió o eliminó desde que se abrió; no se volvió a escribir</translation>
        </message>
        <message>
            <source>"{file}" was not opened: {journals} beside it holds changes that another program made to it and never finished. Agenda Editor neither applies nor deletes them; finish them with the program that made them, or move that file away to open the file without them</source>
            <translation>«{file}» no se abrió: {journals}, a su lado, contiene cambios que otro programa le hizo y nunca terminó. Agenda Editor ni los aplica ni los elimina; termínelos con el programa que los hizo, o mueva ese archivo a otro lugar para abrir el archivo sin ellos</translation>
        </message>
        <message>
            <source>"{file}" was not saved: {detail}</source>
            <translation>«{file}» no se guardó: {detail}</translation>
        </message>
        <message>
            <source>"{file}" was saved by a newer version of Agenda Editor (file format {version}; this version reads formats up to {latest}). Update Agenda Editor to open it.</source>
            <translation>«{file}» se guardó con una versión más reciente de Agenda Editor (formato de archivo {version}; esta versión lee formatos hasta el {latest}). Actualice Agenda Editor para abrirlo.</translation>
        </message>
        <message>
            <source>&lt;/{tag}&gt; comes before &lt;/{inner}&gt;: &lt;{inner}&gt; was opened inside &lt;{tag}&gt; and must be closed first (at character {at})</source>
            <translation>&lt;/{tag}&gt; aparece antes que &lt;/{inner}&gt;: &lt;{inner}&gt; se abrió dentro de &lt;{tag}&gt; y debe cerrarse primero (en el carácter {at})</translation>
        </message>
        <message>
            <source>&lt;/{tag}&gt; has no &lt;{tag}&gt; before it to close (at character {at})</source>
            <translation>&lt;/{tag}&gt; no tiene ninguna etiqueta &lt;{tag}&gt; antes que cerrar (en el carácter {at})</translation>
        </message>
        <message>
            <source>&lt;{tag}&gt; is never closed (opened at character {at})</source>
            <translation>&lt;{tag}&gt; nunca se cierra (abierta en el carácter {at})</translation>
        </message>
        <message>
            <source>&lt;{tag}&gt; is opened again inside &lt;{tag}&gt; (at character {at})</source>
            <translation>&lt;{tag}&gt; se abre de nuevo dentro de &lt;{tag}&gt; (en el carácter {at})</translation>
        </message>
        <message>
            <source>a body id</source>
            <translation>un identificador de órgano</translation>
        </message>
        <message>
            <source>a body's name</source>
            <translation>un nombre de órgano</translation>
        </message>
        <message>
            <source>a body's name belongs to a body that does not exist</source>
            <translation>el nombre de un órgano pertenece a un órgano que no existe</translation>
        </message>
        <message>
            <source>a day of the timetable</source>
            <translation>un día del calendario</translation>
        </message>
        <message>
            <source>a document symbol</source>
            <translation>una signatura de documento</translation>
        </message>
        <message>
            <source>a document title</source>
            <translation>un título de documento</translation>
        </message>
        <message>
            <source>a footnote cannot contain another footnote (at character {at})</source>
            <translation>una nota al pie no puede contener otra nota al pie (en el carácter {at})</translation>
        </message>
        <message>
            <source>a language</source>
            <translation>un idioma</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>a meeting of {date} belongs to the body {body}, which is not in the timetable</source>
            <translation>una sesión del {date} pertenece al órgano {body}, que no está en el calendario</translation>
        </message>
        <message>
            <source>a start time</source>
            <translation>una hora de inicio</translation>
        </message>
        <message>
            <source>a version needs a name</source>
            <translation>una versión necesita un nombre</translation>
        </message>
        <message>
            <source>an agenda item is a sub-item of an item that does not exist</source>
            <translation>un tema del programa es un subtema de un tema que no existe</translation>
        </message>
        <message>
            <source>an annotation paragraph</source>
            <translation>un párrafo de anotación</translation>
        </message>
        <message>
            <source>an end time</source>
            <translation>una hora de fin</translation>
        </message>
        <message>
            <source>an id cannot be empty</source>
            <translation>un identificador no puede estar vacío</translation>
        </message>
        <message>
            <source>an item id</source>
            <translation>un identificador de tema</translation>
        </message>
        <message>
            <source>an item title</source>
            <translation>un título de tema</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objeto</translation>
        </message>
        <message>
            <source>broken markup: {detail}</source>
            <translation>marcado incorrecto: {detail}</translation>
        </message>
        <message>
            <source>cannot be written as JSON: {detail}</source>
            <translation>no se puede escribir como JSON: {detail}</translation>
        </message>
        <message>
            <source>date of issue</source>
            <translation>la fecha de publicación</translation>
        </message>
        <message>
            <source>distribution</source>
            <translation>la distribución</translation>
        </message>
        <message>
            <source>expected "{expected}", got {value}</source>
            <translation>se esperaba «{expected}»; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected a JSON object at the top level, got {value}</source>
            <translation>se esperaba un objeto JSON en el nivel superior; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected a date as YYYY-MM-DD, got {value}</source>
            <translation>se esperaba una fecha en formato AAAA-MM-DD; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected a list of agenda item ids, got {value}</source>
            <translation>se esperaba una lista de identificadores de temas del programa; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected a list of agenda items, got {value}</source>
            <translation>se esperaba una lista de temas del programa; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected a list of bodies, got {value}</source>
            <translation>se esperaba una lista de órganos; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected a list of days, got {value}</source>
            <translation>se esperaba una lista de días; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected a list of documents, got {value}</source>
            <translation>se esperaba una lista de documentos; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected a list of language codes, got {value}</source>
            <translation>se esperaba una lista de códigos de idioma; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected a list of meetings, got {value}</source>
            <translation>se esperaba una lista de sesiones; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected a list of paragraphs, got {value}</source>
            <translation>se esperaba una lista de párrafos; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected a time as HH:MM (24-hour clock), got {value}</source>
            <translation>se esperaba una hora en formato HH:MM (reloj de 24 horas); se recibió: {value}</translation>
        </message>
        <message>
            <source>expected a whole number of 0 or more, got {value}</source>
            <translation>se esperaba un número entero igual o mayor que 0; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected a whole number of at most {limit}, got {value}</source>
            <translation>se esperaba un número entero de {limit} como máximo; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected a whole number, got {value}</source>
            <translation>se esperaba un número entero; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected an object, got {value}</source>
            <translation>se esperaba un objeto; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected at least one body</source>
            <translation>se esperaba al menos un órgano</translation>
        </message>
        <message>
            <source>expected at least one body (leave the field out for one plenary)</source>
            <translation>se esperaba al menos un órgano (omita el campo para un único pleno)</translation>
        </message>
        <message>
            <source>expected one of {choices}, got {value}</source>
            <translation>se esperaba uno de estos valores: {choices}; se recibió: {value}</translation>
        </message>
        <message>
            <source>expected paragraphs (or a map of language codes to paragraphs), got {value}</source>
            <translation>se esperaban párrafos (o una correspondencia de códigos de idioma con párrafos); se recibió: {value}</translation>
        </message>
        <message>
            <source>expected text (or a map of language codes to text), got {value}</source>
            <translation>se esperaba un texto (o una correspondencia de códigos de idioma con textos); se recibió: {value}</translation>
        </message>
        <message>
            <source>expected text, got {value}</source>
            <translation>se esperaba un texto; se recibió: {value}</translation>
        </message>
        <message>
            <source>first day</source>
            <translation>el primer día</translation>
        </message>
        <message>
            <source>invalid JSON at line {line}, column {column}: {detail}</source>
            <translation>JSON no válido en la línea {line}, columna {column}: {detail}</translation>
        </message>
        <message>
            <source>invalid JSON: a number of {characters} characters is too long</source>
            <translation>JSON no válido: un número de {characters} caracteres es demasiado largo</translation>
        </message>
        <message>
            <source>invalid JSON: a number of {digits} digits is too long</source>
            <translation>JSON no válido: un número de {digits} cifras es demasiado largo</translation>
        </message>
        <message>
            <source>invalid JSON: nested too deeply</source>
            <translation>JSON no válido: anidamiento demasiado profundo</translation>
        </message>
        <message>
            <source>invalid JSON: {name} is not a valid JSON value</source>
            <translation>JSON no válido: {name} no es un valor JSON válido</translation>
        </message>
        <message>
            <source>it cannot be read: {detail}</source>
            <translation>no se puede leer: {detail}</translation>
        </message>
        <message>
            <source>it contains {detail}, which Agenda Editor files never have: it was crafted or changed by another program, and was not opened</source>
            <translation>contiene {detail}, algo que los archivos de Agenda Editor nunca tienen: fue manipulada o modificada por otro programa y no se abrió</translation>
        </message>
        <message>
            <source>it has a meeting text of an unknown kind {kind}</source>
            <translation>contiene un texto de la reunión de un tipo desconocido, {kind}</translation>
        </message>
        <message>
            <source>it has an unknown format ({version})</source>
            <translation>tiene un formato desconocido ({version})</translation>
        </message>
        <message>
            <source>it has more than one {what} record</source>
            <translation>contiene más de un registro para {what}</translation>
        </message>
        <message>
            <source>it has no {what} record</source>
            <translation>no contiene ningún registro para {what}</translation>
        </message>
        <message>
            <source>it is damaged (SQLite reports: {detail})</source>
            <translation>está dañada (SQLite informa: {detail})</translation>
        </message>
        <message>
            <source>it is damaged (it cannot be uncompressed: {detail})</source>
            <translation>está dañada (no se puede descomprimir: {detail})</translation>
        </message>
        <message>
            <source>it is damaged (it does not hold a meeting)</source>
            <translation>está dañada (no contiene ninguna reunión)</translation>
        </message>
        <message>
            <source>it is damaged (it does not hold an Agenda Editor meeting)</source>
            <translation>está dañada (no contiene ninguna reunión de Agenda Editor)</translation>
        </message>
        <message>
            <source>it is damaged (it holds a value of more than {megabytes} MB)</source>
            <translation>está dañada (contiene un valor de más de {megabytes} MB)</translation>
        </message>
        <message>
            <source>it is damaged (it holds versions of its own)</source>
            <translation>está dañada (contiene versiones propias)</translation>
        </message>
        <message>
            <source>it is damaged (its compressed data is cut short or has extra bytes)</source>
            <translation>está dañada (sus datos comprimidos están incompletos o tienen bytes de más)</translation>
        </message>
        <message>
            <source>it is damaged ({detail})</source>
            <translation>está dañada ({detail})</translation>
        </message>
        <message>
            <source>it is larger than {limit} MB once uncompressed, which no meeting is: it is damaged or crafted</source>
            <translation>una vez descomprimida ocupa más de {limit} MB, lo que ninguna reunión ocupa: está dañada o manipulada</translation>
        </message>
        <message>
            <source>it is not an Agenda Editor session database</source>
            <translation>no es una base de datos de sesión de Agenda Editor</translation>
        </message>
        <message>
            <source>it keeps {count} versions, more than the {limit} any Agenda Editor file has</source>
            <translation>guarda {count} versiones, más que las {limit} que tiene cualquier archivo de Agenda Editor</translation>
        </message>
        <message>
            <source>it records more than one origin of the meeting</source>
            <translation>registra más de un origen de la reunión</translation>
        </message>
        <message>
            <source>it refers to {key} which it does not contain</source>
            <translation>hace referencia a {key}, que no contiene</translation>
        </message>
        <message>
            <source>it took too long to read: it is damaged or crafted</source>
            <translation>su lectura tardó demasiado: está dañada o manipulada</translation>
        </message>
        <message>
            <source>it was made by a newer version of Agenda Editor (format {version}; this version reads formats up to {latest})</source>
            <translation>se creó con una versión más reciente de Agenda Editor (formato {version}; esta versión lee formatos hasta el {latest})</translation>
        </message>
        <message>
            <source>its content is inconsistent: {detail}</source>
            <translation>su contenido es incoherente: {detail}</translation>
        </message>
        <message>
            <source>its schema version is {version}, not {latest}</source>
            <translation>la versión de su esquema es {version}, no {latest}</translation>
        </message>
        <message>
            <source>its timetable has no body</source>
            <translation>su calendario no tiene ningún órgano</translation>
        </message>
        <message>
            <source>its versions take {size} MB, more than the {limit} MB any Agenda Editor file has</source>
            <translation>sus versiones ocupan {size} MB, más que los {limit} MB que tiene cualquier archivo de Agenda Editor</translation>
        </message>
        <message>
            <source>last day</source>
            <translation>el último día</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>la reunión</translation>
        </message>
        <message>
            <source>meetings on a day</source>
            <translation>sesiones de un día</translation>
        </message>
        <message>
            <source>meetings per day</source>
            <translation>sesiones por día</translation>
        </message>
        <message>
            <source>missing; expected "{expected}"</source>
            <translation>falta; se esperaba «{expected}»</translation>
        </message>
        <message>
            <source>missing; this field is required</source>
            <translation>falta; este campo es obligatorio</translation>
        </message>
        <message>
            <source>no agenda item has the id {id}</source>
            <translation>ningún tema del programa tiene el identificador {id}</translation>
        </message>
        <message>
            <source>no body has the id {id}; the bodies are {bodies}</source>
            <translation>ningún órgano tiene el identificador {id}; los órganos son {bodies}</translation>
        </message>
        <message>
            <source>not UTF-8 text (invalid byte at offset {offset})</source>
            <translation>no es texto UTF-8 (byte no válido en la posición {offset})</translation>
        </message>
        <message>
            <source>not a PDF file</source>
            <translation>no es un archivo PDF</translation>
        </message>
        <message>
            <source>origin</source>
            <translation>el origen</translation>
        </message>
        <message>
            <source>page size</source>
            <translation>el tamaño de página</translation>
        </message>
        <message>
            <source>part of the meeting cannot be read ({detail})</source>
            <translation>una parte de la reunión no se puede leer ({detail})</translation>
        </message>
        <message>
            <source>schema version {version} is newer than this program knows ({latest})</source>
            <translation>la versión de esquema {version} es más reciente que las que conoce este programa ({latest})</translation>
        </message>
        <message>
            <source>schema version {version} is not a known version</source>
            <translation>la versión de esquema {version} no es una versión conocida</translation>
        </message>
        <message>
            <source>some agenda items are sub-items of themselves</source>
            <translation>algunos temas del programa son subtemas de sí mismos</translation>
        </message>
        <message>
            <source>the PDF cannot be read ({detail})</source>
            <translation>no se puede leer el PDF ({detail})</translation>
        </message>
        <message>
            <source>the date the meeting was made</source>
            <translation>la fecha de creación de la reunión</translation>
        </message>
        <message>
            <source>the document is empty</source>
            <translation>el documento está vacío</translation>
        </message>
        <message>
            <source>the document symbol</source>
            <translation>la signatura del documento</translation>
        </message>
        <message>
            <source>the field "{field}" is given more than once</source>
            <translation>el campo «{field}» aparece más de una vez</translation>
        </message>
        <message>
            <source>the file is a translation into {target}, not into {lang}</source>
            <translation>el archivo es una traducción a {target}, no a {lang}</translation>
        </message>
        <message>
            <source>the file is a translation of {theirs}, not of this meeting ({ours})</source>
            <translation>el archivo es una traducción de {theirs}, no de esta reunión ({ours})</translation>
        </message>
        <message>
            <source>the file the meeting came from</source>
            <translation>el archivo del que procede la reunión</translation>
        </message>
        <message>
            <source>the file translates from {source}, but the original of this meeting is {original}</source>
            <translation>el archivo traduce desde {source}, pero el original de esta reunión está en {original}</translation>
        </message>
        <message>
            <source>the file translates into {target}, the original language itself</source>
            <translation>el archivo traduce a {target}, el propio idioma original</translation>
        </message>
        <message>
            <source>the file translates into {target}, which is not one of the languages {languages}</source>
            <translation>el archivo traduce a {target}, que no es uno de los idiomas {languages}</translation>
        </message>
        <message>
            <source>the id {id} is already used by {owner}</source>
            <translation>el identificador {id} ya lo usa {owner}</translation>
        </message>
        <message>
            <source>the language "{lang}" is given more than once</source>
            <translation>el idioma «{lang}» aparece más de una vez</translation>
        </message>
        <message>
            <source>the meeting is too large to keep as a version ({size} MB compressed; at most {limit} MB)</source>
            <translation>la reunión es demasiado grande para guardarla como versión ({size} MB comprimidos; como máximo {limit} MB)</translation>
        </message>
        <message>
            <source>the name of a version has at most {limit} characters</source>
            <translation>el nombre de una versión tiene como máximo {limit} caracteres</translation>
        </message>
        <message>
            <source>the name of a version is one line without control characters</source>
            <translation>el nombre de una versión ocupa una sola línea, sin caracteres de control</translation>
        </message>
        <message>
            <source>the number of {what} is not a whole number ({value})</source>
            <translation>el número de {what} no es un número entero ({value})</translation>
        </message>
        <message>
            <source>the number {number}</source>
            <translation>el número {number}</translation>
        </message>
        <message>
            <source>the original language</source>
            <translation>el idioma original</translation>
        </message>
        <message>
            <source>the symbol the meeting came from</source>
            <translation>la signatura de la que procede la reunión</translation>
        </message>
        <message>
            <source>the table {table} refers to missing {parent} rows</source>
            <translation>la tabla {table} hace referencia a filas de {parent} que no existen</translation>
        </message>
        <message>
            <source>the text contains a character that cannot be stored (a lone surrogate, U+{code}, at character {position}); it comes from broken text, remove it</source>
            <translation>el texto contiene un carácter que no se puede guardar (un sustituto aislado, U+{code}, en el carácter {position}); procede de un texto dañado, elimínelo</translation>
        </message>
        <message>
            <source>the text is too long: {length} characters, at most {limit} are accepted</source>
            <translation>el texto es demasiado largo: {length} caracteres; se aceptan como máximo {limit}</translation>
        </message>
        <message>
            <source>the timetable has a meeting of a body that does not exist</source>
            <translation>el calendario tiene una sesión de un órgano que no existe</translation>
        </message>
        <message>
            <source>the timetable has a meeting on a day that does not exist</source>
            <translation>el calendario tiene una sesión en un día que no existe</translation>
        </message>
        <message>
            <source>the timetable has no body</source>
            <translation>el calendario no tiene ningún órgano</translation>
        </message>
        <message>
            <source>the timetable lists an item that is not in the agenda</source>
            <translation>el calendario incluye un tema que no está en el programa</translation>
        </message>
        <message>
            <source>the timetable lists items for a meeting that does not exist</source>
            <translation>el calendario incluye temas para una sesión que no existe</translation>
        </message>
        <message>
            <source>the timetable of {date} lists the item {id}, which is not in the agenda</source>
            <translation>el calendario del {date} incluye el tema {id}, que no está en el programa</translation>
        </message>
        <message>
            <source>the {what} {value} is not a known value</source>
            <translation>{what}: el valor {value} no es un valor conocido</translation>
        </message>
        <message>
            <source>this PDF was not made by Agenda Editor (it carries no meeting to open); open the .agenda or .json file it was made from instead</source>
            <translation>este PDF no lo creó Agenda Editor (no contiene ninguna reunión que abrir); abra en su lugar el archivo .agenda o .json a partir del cual se creó</translation>
        </message>
        <message>
            <source>timetable</source>
            <translation>el calendario</translation>
        </message>
        <message>
            <source>too deep: the agenda has at most {levels} levels of items</source>
            <translation>demasiado profundo: el programa tiene como máximo {levels} niveles de temas</translation>
        </message>
        <message>
            <source>two agenda items have the same id {id}</source>
            <translation>dos temas del programa tienen el mismo identificador {id}</translation>
        </message>
        <message>
            <source>two bodies have the same id {id}</source>
            <translation>dos órganos tienen el mismo identificador {id}</translation>
        </message>
        <message>
            <source>unknown field; did you mean "{field}"?</source>
            <translation>campo desconocido; ¿quería decir «{field}»?</translation>
        </message>
        <message>
            <source>unknown field; expected one of {fields}</source>
            <translation>campo desconocido; se esperaba uno de estos: {fields}</translation>
        </message>
        <message>
            <source>unknown language {lang}; expected one of {languages}</source>
            <translation>idioma desconocido {lang}; se esperaba uno de estos: {languages}</translation>
        </message>
        <message>
            <source>upgrading the schema from version {version} to {next} failed: {detail}</source>
            <translation>la actualización del esquema de la versión {version} a la {next} ha fallado: {detail}</translation>
        </message>
        <message>
            <source>version {n} ({name}) has no proper date</source>
            <translation>la versión {n} ({name}) no tiene una fecha correcta</translation>
        </message>
        <message>
            <source>version {n} ({name}) holds no meeting</source>
            <translation>la versión {n} ({name}) no contiene ninguna reunión</translation>
        </message>
        <message>
            <source>version {n} ({name}) is stored in an unknown way</source>
            <translation>la versión {n} ({name}) está guardada de una manera desconocida</translation>
        </message>
        <message>
            <source>version {n} has no proper name</source>
            <translation>la versión {n} no tiene un nombre correcto</translation>
        </message>
        <message>
            <source>{file}: XLIFF version {version}; only XLIFF 1.2 files can be merged</source>
            <translation>{file}: XLIFF versión {version}; solo se pueden combinar archivos XLIFF 1.2</translation>
        </message>
        <message>
            <source>{file}: cannot be read ({detail})</source>
            <translation>{file}: no se puede leer ({detail})</translation>
        </message>
        <message>
            <source>{file}: declares XML entities, which translation files do not need and which can expand without end (refused)</source>
            <translation>{file}: declara entidades XML, que los archivos de traducción no necesitan y que pueden expandirse sin fin (rechazado)</translation>
        </message>
        <message>
            <source>{file}: does not say which language it translates into</source>
            <translation>{file}: no indica a qué idioma traduce</translation>
        </message>
        <message>
            <source>{file}: holds characters that are not text</source>
            <translation>{file}: contiene caracteres que no son texto</translation>
        </message>
        <message>
            <source>{file}: holds {count} &lt;file&gt; elements; a translation of a meeting has one</source>
            <translation>{file}: contiene {count} elementos &lt;file&gt;; la traducción de una reunión tiene uno</translation>
        </message>
        <message>
            <source>{file}: is a folder, not a translation file</source>
            <translation>{file}: es una carpeta, no un archivo de traducción</translation>
        </message>
        <message>
            <source>{file}: no such file</source>
            <translation>{file}: el archivo no existe</translation>
        </message>
        <message>
            <source>{file}: not UTF-8 text (byte {offset}); save it as UTF-8 and import it again</source>
            <translation>{file}: no es texto UTF-8 (byte {offset}); guárdelo como UTF-8 e impórtelo de nuevo</translation>
        </message>
        <message>
            <source>{file}: not a Word document (no word/document.xml)</source>
            <translation>{file}: no es un documento de Word (no tiene word/document.xml)</translation>
        </message>
        <message>
            <source>{file}: not a Word document (not a .docx archive)</source>
            <translation>{file}: no es un documento de Word (no es un archivo .docx)</translation>
        </message>
        <message>
            <source>{file}: not an XLIFF file (its root element is &lt;{root}&gt;)</source>
            <translation>{file}: no es un archivo XLIFF (su elemento raíz es &lt;{root}&gt;)</translation>
        </message>
        <message>
            <source>{file}: not an agenda to import; expected a .docx or .txt file</source>
            <translation>{file}: no es un programa que se pueda importar; se esperaba un archivo .docx o .txt</translation>
        </message>
        <message>
            <source>{file}: not well-formed XML: {detail} at line {line}, column {column}</source>
            <translation>{file}: XML mal formado: {detail} en la línea {line}, columna {column}</translation>
        </message>
        <message>
            <source>{file}: refers to external files or addresses (refused)</source>
            <translation>{file}: hace referencia a archivos o direcciones externos (rechazado)</translation>
        </message>
        <message>
            <source>{file}: the Word document is damaged ({detail})</source>
            <translation>{file}: el documento de Word está dañado ({detail})</translation>
        </message>
        <message>
            <source>{file}: too large for an agenda</source>
            <translation>{file}: demasiado grande para un programa</translation>
        </message>
        <message>
            <source>{file}: too large for an agenda's text</source>
            <translation>{file}: demasiado grande para el texto de un programa</translation>
        </message>
        <message>
            <source>{file}: unpacks to more than an agenda can hold</source>
            <translation>{file}: al descomprimirse ocupa más de lo que puede contener un programa</translation>
        </message>
        <message>
            <source>{file}: {size} MB is far more than the translation of a meeting (at most {limit} MB are read)</source>
            <translation>{file}: {size} MB es mucho más que la traducción de una reunión (se leen como máximo {limit} MB)</translation>
        </message>
        <message>
            <source>{lang} is the original language of the meeting; choose another</source>
            <translation>{lang} es el idioma original de la reunión; elija otro</translation>
        </message>
        <message>
            <source>{user} on host {host} since {time}</source>
            <translation>{user} en el equipo {host} desde el {time}</translation>
        </message>
        <message>
            <source>{value} is not a UN language code; expected one of {languages}</source>
            <translation>{value} no es un código de idioma de las Naciones Unidas; se esperaba uno de estos: {languages}</translation>
        </message>
        <message>
            <source>{value} is not a date of the calendar</source>
            <translation>{value} no es una fecha del calendario</translation>
        </message>
        <message>
            <source>{value} is not a time of day</source>
            <translation>{value} no es una hora del día</translation>
        </message>
        <message>
            <source>{value} was made by a newer version of Agenda Editor; this version reads "{expected}"</source>
            <translation>{value} se creó con una versión más reciente de Agenda Editor; esta versión lee «{expected}»</translation>
        </message>
        <message>
            <source>{what} is not a valid date ({detail})</source>
            <translation>{what}: no es una fecha válida ({detail})</translation>
        </message>
        <message>
            <source>{what} is not a valid time ({value})</source>
            <translation>{what}: no es una hora válida ({value})</translation>
        </message>
        <message>
            <source>{what} is not text ({value})</source>
            <translation>{what}: no es texto ({value})</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>&amp;Discard All</source>
            <translation>&amp;Descartar todo</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>&amp;Recuperar</translation>
        </message>
        <message>
            <source>Agenda Editor was not closed normally. The work below was not saved; recover it now, or discard it.</source>
            <translation>Agenda Editor no se cerró correctamente. El trabajo siguiente no se guardó: recupérelo ahora o descártelo.</translation>
        </message>
        <message>
            <source>Decide &amp;Later</source>
            <translation>Decidir &amp;más tarde</translation>
        </message>
        <message>
            <source>Recover Unsaved Work</source>
            <translation>Recuperar trabajo no guardado</translation>
        </message>
        <message>
            <source>Untitled meeting</source>
            <translation>Reunión sin título</translation>
        </message>
        <message>
            <source>{0} — unsaved work of {1}</source>
            <translation>{0} — trabajo no guardado del {1}</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Día:</translation>
        </message>
        <message>
            <source>&amp;Items to take up:</source>
            <translation>&amp;Temas que se examinarán:</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Sesión:</translation>
        </message>
        <message>
            <source>Choose at least one item.</source>
            <translation>Elija al menos un tema.</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nueva reunión</translation>
        </message>
        <message>
            <source>New meeting of {0}</source>
            <translation>Nueva sesión: {0}</translation>
        </message>
        <message>
            <source>Schedule in</source>
            <translation>Programar en</translation>
        </message>
        <message>
            <source>The timetable has no days: set the meeting's dates.</source>
            <translation>El calendario no tiene días: indique las fechas de la reunión.</translation>
        </message>
        <message>
            <source>This day allows no meeting.</source>
            <translation>Este día no admite ninguna sesión.</translation>
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
            <translation>&amp;Termina a las:</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Empieza a las:</translation>
        </message>
        <message>
            <source>A meeting must end after it starts.</source>
            <translation>Una sesión debe terminar después de empezar.</translation>
        </message>
        <message>
            <source>Meeting times: {0}</source>
            <translation>Horario de la sesión: {0}</translation>
        </message>
    </context>
    <context>
        <name>Spelling</name>
        <message>
            <source>Add “{0}” to the Dictionary</source>
            <translation>Añadir «{0}» al diccionario</translation>
        </message>
        <message>
            <source>Check &amp;Spelling</source>
            <translation>Revisar la &amp;ortografía</translation>
        </message>
        <message>
            <source>No suggestions</source>
            <translation>No hay sugerencias</translation>
        </message>
        <message>
            <source>Spelling:</source>
            <translation>Ortografía:</translation>
        </message>
        <message>
            <source>Underline misspelt words in the title, annotation, footnotes and translation</source>
            <translation>Subrayar las palabras mal escritas en el título, las anotaciones, las notas y la traducción</translation>
        </message>
        <message>
            <source>{0}: Hunspell dictionary {1}</source>
            <translation>{0}: diccionario Hunspell {1}</translation>
        </message>
        <message>
            <source>{0}: no dictionary installed; words are not checked (install the Hunspell dictionary of this language, e.g. hunspell-{1})</source>
            <translation>{0}: no hay ningún diccionario instalado; no se revisan las palabras (instale el diccionario Hunspell de este idioma, por ejemplo hunspell-{1})</translation>
        </message>
        <message>
            <source>{0}: no spelling check</source>
            <translation>{0}: sin revisión ortográfica</translation>
        </message>
    </context>
    <context>
        <name>Timetable</name>
        <message numerus="yes">
            <source>%n day(s) no longer of the meeting take up agenda items: {0}. Remove them and put their items back among the unscheduled items, or keep them?</source>
            <translation>
                <numerusform>%n día que ya no es de la reunión tiene temas del programa: {0}. ¿Quitarlo y devolver sus temas a los temas sin programar, o conservarlo?</numerusform>
                <numerusform>%n días que ya no son de la reunión tienen temas del programa: {0}. ¿Quitarlos y devolver sus temas a los temas sin programar, o conservarlos?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days from {0} to {1}</source>
            <translation>
                <numerusform>%n día del {0} al {1}</numerusform>
                <numerusform>%n días del {0} al {1}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n placed item(s) went back to the unscheduled items.</source>
            <translation>
                <numerusform>%n tema asignado volvió a los temas sin programar.</numerusform>
                <numerusform>%n temas asignados volvieron a los temas sin programar.</numerusform>
            </translation>
        </message>
        <message>
            <source>(item no longer in the agenda)</source>
            <translation>(tema que ya no figura en el programa)</translation>
        </message>
        <message>
            <source>A limit cannot be negative.</source>
            <translation>Un límite no puede ser negativo.</translation>
        </message>
        <message>
            <source>A meeting must end after it starts.</source>
            <translation>Una sesión debe terminar después de empezar.</translation>
        </message>
        <message>
            <source>Add body {0}</source>
            <translation>Añadir el órgano {0}</translation>
        </message>
        <message>
            <source>Add meeting on {0}</source>
            <translation>Añadir sesión el {0}</translation>
        </message>
        <message>
            <source>Add meeting {0} of {1} first.</source>
            <translation>Añada primero la sesión {0} de {1}.</translation>
        </message>
        <message>
            <source>Added {0}.</source>
            <translation>Añadido: {0}.</translation>
        </message>
        <message>
            <source>Allow {0} meeting(s) on {1}</source>
            <translation>Permitir {0} sesión(es) el {1}</translation>
        </message>
        <message>
            <source>Allow {0} meeting(s) per day</source>
            <translation>Permitir {0} sesión(es) por día</translation>
        </message>
        <message>
            <source>Body {0}</source>
            <translation>Órgano {0}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Change meeting times on {0} to {1}</source>
            <translation>Cambiar el horario de la sesión del {0} a {1}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Continue {0} on {1}</source>
            <translation>Continuar {0} el {1}</translation>
        </message>
        <message>
            <source>Days outside the meeting</source>
            <translation>Días fuera de la reunión</translation>
        </message>
        <message>
            <source>Days to add: {0}.</source>
            <translation>Días que se añadirán: {0}.</translation>
        </message>
        <message>
            <source>Days to remove: {0}.</source>
            <translation>Días que se quitarán: {0}.</translation>
        </message>
        <message>
            <source>Drop agenda items here to add a meeting of {0} on {1}.</source>
            <translation>Suelte aquí temas del programa para añadir una sesión ({0}) el {1}.</translation>
        </message>
        <message>
            <source>Drop agenda items here to add a meeting on {0}.</source>
            <translation>Suelte aquí temas del programa para añadir una sesión el {0}.</translation>
        </message>
        <message>
            <source>Drop here to unschedule.</source>
            <translation>Suelte aquí para quitar del calendario.</translation>
        </message>
        <message>
            <source>Drop items here to add a meeting</source>
            <translation>Suelte aquí temas para añadir una sesión</translation>
        </message>
        <message>
            <source>Drop onto a meeting of a day.</source>
            <translation>Suelte sobre una sesión de un día.</translation>
        </message>
        <message>
            <source>Drop to continue the item(s) in this meeting.</source>
            <translation>Suelte para continuar el examen del tema o los temas en esta sesión.</translation>
        </message>
        <message>
            <source>Drop to take up the item(s) in this meeting.</source>
            <translation>Suelte para examinar el tema o los temas en esta sesión.</translation>
        </message>
        <message>
            <source>Give the timetable one day per date of the meeting, adding and removing days</source>
            <translation>Dar al calendario un día por cada fecha de la reunión, añadiendo y quitando días</translation>
        </message>
        <message>
            <source>Include Saturdays and Sund&amp;ays</source>
            <translation>Incluir sábados y dom&amp;ingos</translation>
        </message>
        <message>
            <source>Item {0} is already taken up in that meeting.</source>
            <translation>El tema {0} ya se examina en esa sesión.</translation>
        </message>
        <message>
            <source>Item {0} is taken up after item {1}, which comes after it on the agenda.</source>
            <translation>El tema {0} se examina después del tema {1}, que lo sigue en el programa.</translation>
        </message>
        <message>
            <source>Item {0} would be taken up twice in one meeting.</source>
            <translation>El tema {0} se examinaría dos veces en una misma sesión.</translation>
        </message>
        <message>
            <source>Items placed on {0} go back to the unscheduled items if the day is removed (you are asked first).</source>
            <translation>Los temas asignados al {0} vuelven a los temas sin programar si se quita el día (se le preguntará antes).</translation>
        </message>
        <message>
            <source>Keep the days</source>
            <translation>Conservar los días</translation>
        </message>
        <message numerus="yes">
            <source>Kept %n day(s) that take up items: {0}.</source>
            <translation>
                <numerusform>Se conservó %n día que tiene temas: {0}.</numerusform>
                <numerusform>Se conservaron %n días que tienen temas: {0}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Match Days to Meeting &amp;Dates</source>
            <translation>Ajustar los días a las &amp;fechas de la reunión</translation>
        </message>
        <message>
            <source>Match Days to Meeting Dates</source>
            <translation>Ajustar los días a las fechas de la reunión</translation>
        </message>
        <message>
            <source>Match the timetable's days to the meeting dates</source>
            <translation>Hacer coincidir los días del calendario con las fechas de la reunión</translation>
        </message>
        <message>
            <source>Meeting {0}</source>
            <translation>Sesión {0}</translation>
        </message>
        <message>
            <source>Meeting {0} of {1}</source>
            <translation>Sesión {0}: {1}</translation>
        </message>
        <message>
            <source>Move body {0}</source>
            <translation>Mover el órgano {0}</translation>
        </message>
        <message>
            <source>Move meeting of {0} to {1}</source>
            <translation>Pasar la sesión del {0} a {1}</translation>
        </message>
        <message>
            <source>Move {0} to {1}</source>
            <translation>Mover {0} a {1}</translation>
        </message>
        <message>
            <source>No interpretation</source>
            <translation>Sin interpretación</translation>
        </message>
        <message>
            <source>No meeting is planned here.</source>
            <translation>No hay ninguna sesión prevista aquí.</translation>
        </message>
        <message>
            <source>Not yet translated: shown in the original language.</source>
            <translation>Aún no traducido: se muestra en el idioma original.</translation>
        </message>
        <message>
            <source>Only agenda items can be dropped here.</source>
            <translation>Aquí solo se pueden soltar temas del programa.</translation>
        </message>
        <message>
            <source>Remove body {0}</source>
            <translation>Eliminar el órgano {0}</translation>
        </message>
        <message>
            <source>Remove meeting of {0}</source>
            <translation>Quitar la sesión del {0}</translation>
        </message>
        <message>
            <source>Remove the days</source>
            <translation>Quitar los días</translation>
        </message>
        <message>
            <source>Removed {0}.</source>
            <translation>Quitado: {0}.</translation>
        </message>
        <message>
            <source>Rename body {0}</source>
            <translation>Cambiar el nombre del órgano {0}</translation>
        </message>
        <message>
            <source>Saturdays and Sundays are days of the meeting.</source>
            <translation>Los sábados y domingos son días de la reunión.</translation>
        </message>
        <message>
            <source>Saturdays and Sundays are left out: {0}.</source>
            <translation>Se omiten los sábados y domingos: {0}.</translation>
        </message>
        <message>
            <source>Saturdays and Sundays left out.</source>
            <translation>Sábados y domingos omitidos.</translation>
        </message>
        <message>
            <source>Schedule {0} on {1}</source>
            <translation>Programar {0} el {1}</translation>
        </message>
        <message>
            <source>Set the meeting's start and end dates first.</source>
            <translation>Indique primero las fechas de inicio y fin de la reunión.</translation>
        </message>
        <message>
            <source>Set the meeting's start and end dates to plan its days here.</source>
            <translation>Indique las fechas de inicio y fin de la reunión para planificar aquí sus días.</translation>
        </message>
        <message>
            <source>That body already meets at {0} on {1}.</source>
            <translation>Ese órgano ya se reúne a las {0} el {1}.</translation>
        </message>
        <message>
            <source>That body is no longer in the timetable.</source>
            <translation>Ese órgano ya no figura en el calendario.</translation>
        </message>
        <message>
            <source>That item is no longer in the agenda.</source>
            <translation>Ese tema ya no figura en el programa.</translation>
        </message>
        <message>
            <source>That meeting or item is no longer in the timetable.</source>
            <translation>Esa sesión o ese tema ya no figura en el calendario.</translation>
        </message>
        <message>
            <source>The days of the timetable do not match the meeting's dates.</source>
            <translation>Los días del calendario no coinciden con las fechas de la reunión.</translation>
        </message>
        <message>
            <source>The meetings of {0} take up items; no meeting would be left for them.</source>
            <translation>Las sesiones del {0} incluyen temas; no les quedaría ninguna sesión.</translation>
        </message>
        <message>
            <source>The timetable needs at least one body.</source>
            <translation>El calendario necesita al menos un órgano.</translation>
        </message>
        <message>
            <source>There is no timetable.</source>
            <translation>No hay calendario.</translation>
        </message>
        <message>
            <source>There is nothing to move.</source>
            <translation>No hay nada que mover.</translation>
        </message>
        <message>
            <source>There is nothing to schedule.</source>
            <translation>No hay nada que programar.</translation>
        </message>
        <message>
            <source>This meeting belongs to no body of the timetable.</source>
            <translation>Esta sesión no pertenece a ningún órgano del calendario.</translation>
        </message>
        <message>
            <source>This meeting ends before it starts.</source>
            <translation>Esta sesión termina antes de empezar.</translation>
        </message>
        <message>
            <source>This meeting lists an item that is not in the agenda.</source>
            <translation>Esta sesión incluye un tema que no figura en el programa.</translation>
        </message>
        <message>
            <source>This meeting overlaps the meeting {0}.</source>
            <translation>Esta sesión se superpone con la sesión {0}.</translation>
        </message>
        <message>
            <source>Unschedule {0}</source>
            <translation>Quitar {0} del calendario</translation>
        </message>
        <message>
            <source>Use the default number of meetings on {0}</source>
            <translation>Usar el número predeterminado de sesiones el {0}</translation>
        </message>
        <message>
            <source>Whether the meeting sits on Saturdays and Sundays (days added and kept)</source>
            <translation>Si la reunión se celebra los sábados y domingos (días que se añaden y se conservan)</translation>
        </message>
        <message>
            <source>item {0}</source>
            <translation>tema {0}</translation>
        </message>
        <message>
            <source>items {0}</source>
            <translation>temas {0}</translation>
        </message>
        <message>
            <source>{0} allows at most {1} meeting(s), all bodies together: interpretation is not available.</source>
            <translation>El {0} admite como máximo {1} sesión(es), todos los órganos juntos: no hay interpretación.</translation>
        </message>
        <message>
            <source>{0} allows at most {1} meeting(s): interpretation is not available.</source>
            <translation>El {0} admite como máximo {1} sesión(es): no hay interpretación disponible.</translation>
        </message>
        <message>
            <source>{0} has {1} meetings, more than the new limit of {2}.</source>
            <translation>El {0} tiene {1} sesiones, más que el nuevo límite de {2}.</translation>
        </message>
        <message>
            <source>{0} has {1} meetings; the limit is {2}.</source>
            <translation>El {0} tiene {1} sesiones; el límite es {2}.</translation>
        </message>
        <message>
            <source>{0} is outside the meeting's dates.</source>
            <translation>El {0} está fuera de las fechas de la reunión.</translation>
        </message>
        <message>
            <source>{0} of {1} meetings (limit set for this day)</source>
            <translation>{0} de {1} sesiones (límite fijado para este día)</translation>
        </message>
        <message>
            <source>{0} of {1} meetings (the meeting's default)</source>
            <translation>{0} de {1} sesiones (valor predeterminado de la reunión)</translation>
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
                <numerusform>%n tema del programa sin programar</numerusform>
                <numerusform>%n temas del programa sin programar</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add Meeting to Day</source>
            <translation>&amp;Añadir sesión al día</translation>
        </message>
        <message>
            <source>&amp;Meetings per day (default):</source>
            <translation>&amp;Sesiones por día (predeterminado):</translation>
        </message>
        <message>
            <source>&amp;Move To...</source>
            <translation>&amp;Mover a...</translation>
        </message>
        <message>
            <source>&amp;Remove Meeting</source>
            <translation>&amp;Quitar sesión</translation>
        </message>
        <message>
            <source>&amp;Schedule Items Here...</source>
            <translation>&amp;Programar temas aquí...</translation>
        </message>
        <message>
            <source>&amp;Unschedule</source>
            <translation>&amp;Quitar del calendario</translation>
        </message>
        <message>
            <source>Add Meeting</source>
            <translation>Añadir sesión</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Day Limit...</source>
            <translation>Límite del día...</translation>
        </message>
        <message>
            <source>Edit Meeting &amp;Times...</source>
            <translation>Editar &amp;horario de la sesión...</translation>
        </message>
        <message>
            <source>Fewer meetings</source>
            <translation>Menos sesiones</translation>
        </message>
        <message>
            <source>Meetings &amp;Limit of Day...</source>
            <translation>&amp;Límite de sesiones del día...</translation>
        </message>
        <message>
            <source>Move the selected items to another meeting (Alt+Up/Down: within the meeting)</source>
            <translation>Mover los temas seleccionados a otra sesión (Alt+Arriba/Abajo: dentro de la sesión)</translation>
        </message>
        <message>
            <source>Remove and move items</source>
            <translation>Quitar y mover temas</translation>
        </message>
        <message>
            <source>Remove meeting</source>
            <translation>Quitar sesión</translation>
        </message>
        <message>
            <source>Schedule...</source>
            <translation>Programar...</translation>
        </message>
        <message>
            <source>Take the selected items out of the meeting (Delete)</source>
            <translation>Quitar de la sesión los temas seleccionados (Supr)</translation>
        </message>
        <message>
            <source>These days already have more meetings than the new limit of {1}: {0}. Remove the last meetings and move their items to the previous meeting?</source>
            <translation>Estos días ya tienen más sesiones que el nuevo límite de {1}: {0}. ¿Eliminar las últimas sesiones y pasar sus temas a la sesión anterior?</translation>
        </message>
        <message numerus="yes">
            <source>This meeting takes up %n item(s). Remove it and unschedule them there?</source>
            <translation>
                <numerusform>Esta sesión incluye %n tema. ¿Quitarla y retirar ese tema del calendario?</numerusform>
                <numerusform>Esta sesión incluye %n temas. ¿Quitarla y retirar esos temas del calendario?</numerusform>
            </translation>
        </message>
        <message>
            <source>Times...</source>
            <translation>Horario...</translation>
        </message>
        <message>
            <source>{0} already has more meetings than the new limit of {1}. Remove the last meetings and move their items to the previous meeting?</source>
            <translation>{0} ya tiene más sesiones que el nuevo límite de {1}. ¿Eliminar las últimas sesiones y pasar sus temas a la sesión anterior?</translation>
        </message>
        <message>
            <source>{0} already holds {1}, its limit of meetings; raise the day's limit (Meetings Limit of Day) to add one</source>
            <translation>{0} ya tiene {1} sesiones, su límite; aumente el límite del día (Límite de sesiones del día) para añadir otra</translation>
        </message>
    </context>
    <context>
        <name>TranslationExchange</name>
        <message numerus="yes">
            <source>%n text(s) changed in the original after the export: our text is kept and marked for review in the translation mode.</source>
            <translation>
                <numerusform>%n texto cambió en el original después de la exportación: se conserva nuestro texto y se marca para revisión en el modo de traducción.</numerusform>
                <numerusform>%n textos cambiaron en el original después de la exportación: se conserva nuestro texto y se marca para revisión en el modo de traducción.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) filled</source>
            <translation>
                <numerusform>%n texto importado</numerusform>
                <numerusform>%n textos importados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) of the file could not be placed and were left out.</source>
            <translation>
                <numerusform>%n unidad del archivo no se pudo colocar y se dejó de lado.</numerusform>
                <numerusform>%n unidades del archivo no se pudieron colocar y se dejaron de lado.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>Error de exportación</translation>
        </message>
        <message>
            <source>Export for Translation</source>
            <translation>Exportar para traducción</translation>
        </message>
        <message>
            <source>Import Translation</source>
            <translation>Importar traducción</translation>
        </message>
        <message>
            <source>No text of the meeting has this id.</source>
            <translation>Ningún texto de la reunión tiene este identificador.</translation>
        </message>
        <message>
            <source>Original in the file:</source>
            <translation>Original en el archivo:</translation>
        </message>
        <message>
            <source>Original now:</source>
            <translation>Original actual:</translation>
        </message>
        <message>
            <source>Texts for translation into {0} written to {1}</source>
            <translation>Textos para traducir al {0} escritos en {1}</translation>
        </message>
        <message>
            <source>The file has more than one unit with this id.</source>
            <translation>El archivo tiene más de una unidad con este identificador.</translation>
        </message>
        <message>
            <source>The file {0} could not be written.</source>
            <translation>No se pudo escribir el archivo {0}.</translation>
        </message>
        <message>
            <source>The original has changed since the file was made: our text is kept, and the text is marked for review.</source>
            <translation>El original ha cambiado desde que se creó el archivo: se conserva nuestro texto y se marca para revisión.</translation>
        </message>
        <message>
            <source>The paragraph of this footnote has no translation to put the footnote in: translate the paragraph too.</source>
            <translation>El párrafo de esta nota no tiene traducción en la que colocarla: traduzca también el párrafo.</translation>
        </message>
        <message>
            <source>The translation has formatting or footnotes this text cannot hold: {0}</source>
            <translation>La traducción tiene formato o notas que este texto no admite: {0}</translation>
        </message>
        <message>
            <source>The translation in {0} cannot be imported; the meeting is unchanged.</source>
            <translation>No se puede importar la traducción de {0}; la reunión no se ha modificado.</translation>
        </message>
        <message>
            <source>The unit holds markup our texts do not allow: {0}</source>
            <translation>La unidad contiene marcas que nuestros textos no admiten: {0}</translation>
        </message>
        <message>
            <source>Translation:</source>
            <translation>Traducción:</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>XLIFF files (*.xlf *.xliff)</source>
            <translation>Archivos XLIFF (*.xlf *.xliff)</translation>
        </message>
        <message>
            <source>{0} in {1}; {2} of {3} texts are translated.</source>
            <translation>{1}: {0}; {2} de {3} textos traducidos.</translation>
        </message>
    </context>
    <context>
        <name>TranslationPanel</name>
        <message>
            <source>&amp;Next Untranslated</source>
            <translation>&amp;Siguiente sin traducir</translation>
        </message>
        <message>
            <source>&amp;Only untranslated</source>
            <translation>S&amp;olo sin traducir</translation>
        </message>
        <message>
            <source>&amp;Translate into:</source>
            <translation>&amp;Traducir al:</translation>
        </message>
        <message>
            <source>A translation is kept when you leave the field.</source>
            <translation>La traducción se conserva al salir del campo.</translation>
        </message>
        <message>
            <source>Every text is translated into {0}.</source>
            <translation>Todos los textos están traducidos al {0}.</translation>
        </message>
        <message>
            <source>Go to the next text without a translation ({0})</source>
            <translation>Ir al siguiente texto sin traducción ({0})</translation>
        </message>
        <message>
            <source>Item {0}: paragraph {1}</source>
            <translation>Tema {0}: párrafo {1}</translation>
        </message>
        <message>
            <source>Item {0}: paragraph {1}, footnote {2}</source>
            <translation>Tema {0}: párrafo {1}, nota {2}</translation>
        </message>
        <message>
            <source>Item {0}: title</source>
            <translation>Tema {0}: título</translation>
        </message>
        <message>
            <source>Item {0}: title of {1}</source>
            <translation>Tema {0}: título de {1}</translation>
        </message>
        <message>
            <source>List only the texts that have no translation</source>
            <translation>Mostrar solo los textos que no tienen traducción</translation>
        </message>
        <message>
            <source>Meeting: body</source>
            <translation>Reunión: órgano</translation>
        </message>
        <message>
            <source>Meeting: document title</source>
            <translation>Reunión: título del documento</translation>
        </message>
        <message>
            <source>Meeting: reissue note</source>
            <translation>Reunión: nota de reedición</translation>
        </message>
        <message>
            <source>Meeting: session</source>
            <translation>Reunión: período de sesiones</translation>
        </message>
        <message>
            <source>Meeting: subsidiary body</source>
            <translation>Reunión: órgano subsidiario</translation>
        </message>
        <message>
            <source>Meeting: venue</source>
            <translation>Reunión: lugar</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>Original</translation>
        </message>
        <message>
            <source>Original ({0})</source>
            <translation>Original ({0})</translation>
        </message>
        <message>
            <source>Paragraphs are edited with their markup: &lt;i&gt;italic&lt;/i&gt;, &lt;b&gt;bold&lt;/b&gt;, &lt;footnote&gt;text of a footnote&lt;/footnote&gt;. The Item tab shows them formatted.</source>
            <translation>Los párrafos se editan con su marcado: &lt;i&gt;cursiva&lt;/i&gt;, &lt;b&gt;negrita&lt;/b&gt;, &lt;footnote&gt;texto de una nota&lt;/footnote&gt;. La pestaña Tema los muestra con formato.</translation>
        </message>
        <message>
            <source>Review: {0}</source>
            <translation>Revisar: {0}</translation>
        </message>
        <message>
            <source>T&amp;ranslation</source>
            <translation>T&amp;raducción</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>The original changed after this text was sent for translation. The translator's text, made for the earlier original:
{0}</source>
            <translation>El original cambió después de enviar este texto a traducción. Texto del traductor, hecho para el original anterior:
{0}</translation>
        </message>
        <message>
            <source>The original changed after this text was sent for translation; the translator's text, made for the earlier original: {0}</source>
            <translation>El original cambió después de enviar este texto a traducción; texto del traductor, hecho para el original anterior: {0}</translation>
        </message>
        <message>
            <source>This meeting has no other language version: add one in the Meeting page.</source>
            <translation>Esta reunión no tiene otra versión lingüística: añada una en la página Reunión.</translation>
        </message>
        <message>
            <source>This text has no translation yet</source>
            <translation>Este texto aún no tiene traducción</translation>
        </message>
        <message>
            <source>Timetable: name of body {0}</source>
            <translation>Calendario: nombre del órgano {0}</translation>
        </message>
        <message>
            <source>Translate the paragraph with its footnote first: the footnote's place in the sentence is set in the paragraph.</source>
            <translation>Traduzca primero el párrafo con su nota: el lugar de la nota en la oración se fija en el párrafo.</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Traducción</translation>
        </message>
        <message>
            <source>Untranslated</source>
            <translation>Sin traducir</translation>
        </message>
        <message>
            <source>{0}: {1} of {2} texts translated</source>
            <translation>{0}: {1} de {2} textos traducidos</translation>
        </message>
    </context>
    <context>
        <name>VersionNameDialog</name>
        <message>
            <source>&amp;Name of the version:</source>
            <translation>&amp;Nombre de la versión:</translation>
        </message>
        <message>
            <source>Save Version</source>
            <translation>Guardar versión</translation>
        </message>
        <message>
            <source>The meeting is saved with the version kept inside the file: choose where to save it next.</source>
            <translation>La reunión se guarda con la versión conservada dentro del archivo: elija a continuación dónde guardarla.</translation>
        </message>
        <message>
            <source>The meeting is saved, and kept as it is now under this name inside the file. File &gt; Versions... compares and restores it later.</source>
            <translation>La reunión se guarda y se conserva tal como está ahora con este nombre dentro del archivo. Archivo &gt; Versiones... permite después compararla y restaurarla.</translation>
        </message>
        <message>
            <source>for example: sent to the Bureau, Rev.1</source>
            <translation>por ejemplo: enviado a la Mesa, Rev.1</translation>
        </message>
    </context>
    <context>
        <name>Versions</name>
        <message>
            <source>(no title)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>(with its sub-items)</source>
            <translation>(con sus subtemas)</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>Anotación</translation>
        </message>
        <message>
            <source>Annotation (formatting only)</source>
            <translation>Anotación (solo el formato)</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Órgano</translation>
        </message>
        <message>
            <source>Body added: {0}</source>
            <translation>Órgano añadido: {0}</translation>
        </message>
        <message>
            <source>Body removed: {0}</source>
            <translation>Órgano suprimido: {0}</translation>
        </message>
        <message>
            <source>Cannot Save Version</source>
            <translation>No se puede guardar la versión</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>Fecha de publicación</translation>
        </message>
        <message>
            <source>Day added: {0}</source>
            <translation>Día añadido: {0}</translation>
        </message>
        <message>
            <source>Day removed: {0}</source>
            <translation>Día suprimido: {0}</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Distribución</translation>
        </message>
        <message>
            <source>Documents added: {0}</source>
            <translation>Documentos añadidos: {0}</translation>
        </message>
        <message>
            <source>Documents removed: {0}</source>
            <translation>Documentos suprimidos: {0}</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>Footnotes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Items added</source>
            <translation>Temas añadidos</translation>
        </message>
        <message>
            <source>Items moved</source>
            <translation>Temas desplazados</translation>
        </message>
        <message>
            <source>Items removed</source>
            <translation>Temas suprimidos</translation>
        </message>
        <message>
            <source>Items renumbered</source>
            <translation>Temas renumerados</translation>
        </message>
        <message>
            <source>Job number</source>
            <translation>Número de trabajo</translation>
        </message>
        <message>
            <source>Language versions</source>
            <translation>Versiones lingüísticas</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <source>List the versions kept in the file, compare them, restore one</source>
            <translation>Enumerar las versiones conservadas en el archivo, compararlas, restaurar una</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Name of a body that meets</source>
            <translation>Nombre de un órgano que se reúne</translation>
        </message>
        <message>
            <source>No differences: the two are the same.</source>
            <translation>Ninguna diferencia: ambas son iguales.</translation>
        </message>
        <message>
            <source>No text changed in {0}; texts changed in: {1}.</source>
            <translation>Ningún texto cambió en {0}; textos cambiados en: {1}.</translation>
        </message>
        <message>
            <source>Organization of work</source>
            <translation>Organización de los trabajos</translation>
        </message>
        <message>
            <source>Original language</source>
            <translation>Idioma original</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>Tamaño de página</translation>
        </message>
        <message>
            <source>Reissue note</source>
            <translation>Nota de reedición</translation>
        </message>
        <message>
            <source>Save &amp;Version...</source>
            <translation>Guardar &amp;versión...</translation>
        </message>
        <message>
            <source>Save the meeting and keep it as it is now under a name, inside the file</source>
            <translation>Guardar la reunión y conservarla tal como está ahora con un nombre, dentro del archivo</translation>
        </message>
        <message>
            <source>Saved the version “{0}”</source>
            <translation>Versión «{0}» guardada</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Período de sesiones</translation>
        </message>
        <message>
            <source>Subsidiary body</source>
            <translation>Órgano subsidiario</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Signatura</translation>
        </message>
        <message>
            <source>Texts changed</source>
            <translation>Textos cambiados</translation>
        </message>
        <message>
            <source>Texts changed in {0}</source>
            <translation>Textos cambiados – {0}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Title of document {0}</source>
            <translation>Título del documento {0}</translation>
        </message>
        <message>
            <source>Title of the document</source>
            <translation>Título del documento</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Versio&amp;ns...</source>
            <translation>Versio&amp;nes...</translation>
        </message>
        <message>
            <source>not scheduled</source>
            <translation>sin programar</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>&amp;Delete...</source>
            <translation>&amp;Eliminar...</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cannot Delete Version</source>
            <translation>No se puede eliminar la versión</translation>
        </message>
        <message>
            <source>Changes from “{0}” ({1}) to now</source>
            <translation>Cambios desde «{0}» ({1}) hasta ahora</translation>
        </message>
        <message>
            <source>Changes from “{0}” ({1}) to “{2}” ({3})</source>
            <translation>Cambios de «{0}» ({1}) a «{2}» ({3})</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete Version</source>
            <translation>Eliminar versión</translation>
        </message>
        <message>
            <source>Delete the version “{0}” (saved {1}) from the file?</source>
            <translation>¿Eliminar del archivo la versión «{0}» (guardada el {1})?</translation>
        </message>
        <message>
            <source>Deleted the version “{0}”</source>
            <translation>Versión «{0}» eliminada</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Put this version in place of the meeting as it is now (Undo takes it back)</source>
            <translation>Poner esta versión en lugar de la reunión tal como está ahora (Deshacer lo revierte)</translation>
        </message>
        <message>
            <source>Remove this version from the file</source>
            <translation>Eliminar esta versión del archivo</translation>
        </message>
        <message>
            <source>Restored the version “{0}”; Undo brings back the meeting as it was</source>
            <translation>Versión «{0}» restaurada; Deshacer devuelve la reunión tal como estaba</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardada</translation>
        </message>
        <message>
            <source>Select one version, or two to compare.</source>
            <translation>Seleccione una versión, o dos para compararlas.</translation>
        </message>
        <message>
            <source>This cannot be undone. The meeting in the file stays as it was saved; your unsaved changes stay unsaved.</source>
            <translation>Esta operación no se puede deshacer. La reunión del archivo queda como se guardó; sus cambios sin guardar siguen sin guardar.</translation>
        </message>
        <message>
            <source>This version cannot be read: {0}</source>
            <translation>No se puede leer esta versión: {0}</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <source>Versions kept in “{0}”. Select one to see what changed since, or two to compare them.</source>
            <translation>Versiones conservadas en «{0}». Seleccione una para ver qué cambió desde entonces, o dos para compararlas.</translation>
        </message>
        <message>
            <source>“{0}” keeps no versions yet. File &gt; Save Version... saves the meeting and keeps it as it is under a name, such as “sent to the Bureau” or “Rev.1”.</source>
            <translation>«{0}» aún no conserva ninguna versión. Archivo &gt; Guardar versión... guarda la reunión y la conserva tal como está con un nombre, como «enviado a la Mesa» o «Rev.1».</translation>
        </message>
    </context>
</TS>
