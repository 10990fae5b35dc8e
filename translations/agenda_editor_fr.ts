<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AgendaModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Ordre du jour</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabe</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinois</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>Item {0} cannot be moved into itself or one of its own sub-items.</source>
            <translation>Le point {0} ne peut pas être déplacé dans lui-même ni dans l'un de ses sous-points.</translation>
        </message>
        <message>
            <source>Item {0} cannot go there: the agenda allows at most {1} levels of items.</source>
            <translation>Le point {0} ne peut pas aller là : l'ordre du jour compte au plus {1} niveaux de points.</translation>
        </message>
        <message>
            <source>Item {0}: {1}</source>
            <translation>Point {0} : {1}</translation>
        </message>
        <message>
            <source>Move {0} items</source>
            <translation>Déplacer {0} points</translation>
        </message>
        <message>
            <source>No title in {0} yet; the {1} title is shown.</source>
            <translation>Pas encore de titre en {0} ; le titre en {1} est affiché.</translation>
        </message>
        <message>
            <source>Not in the organization of work.</source>
            <translation>Ne figure pas dans l'organisation des travaux.</translation>
        </message>
        <message>
            <source>Nothing to move: the drag carries no agenda item of this meeting.</source>
            <translation>Rien à déplacer : le glisser-déposer ne contient aucun point de l'ordre du jour de cette réunion.</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russe</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Espagnol</translation>
        </message>
        <message>
            <source>This item has no title yet.</source>
            <translation>Ce point n'a pas encore de titre.</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>&amp;Add Item</source>
            <translation>&amp;Ajouter un point</translation>
        </message>
        <message>
            <source>&amp;Delete Item</source>
            <translation>&amp;Supprimer le point</translation>
        </message>
        <message>
            <source>&amp;Indent (Make Sub-item)</source>
            <translation>&amp;Décaler à droite (en faire un sous-point)</translation>
        </message>
        <message>
            <source>&amp;Outdent</source>
            <translation>Décaler à &amp;gauche</translation>
        </message>
        <message>
            <source>&amp;Rename Item</source>
            <translation>&amp;Renommer le point</translation>
        </message>
        <message>
            <source>Add &amp;Sub-item</source>
            <translation>Ajouter un &amp;sous-point</translation>
        </message>
        <message>
            <source>Add a sub-item at the end of the current item</source>
            <translation>Ajouter un sous-point à la fin du point courant</translation>
        </message>
        <message>
            <source>Add an item after the current one</source>
            <translation>Ajouter un point après le point courant</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Ajouter un point</translation>
        </message>
        <message>
            <source>Add sub-item</source>
            <translation>Ajouter un sous-point</translation>
        </message>
        <message>
            <source>Added item {0}</source>
            <translation>Point {0} ajouté</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Ordre du jour</translation>
        </message>
        <message>
            <source>Delete the item with its sub-items</source>
            <translation>Supprimer le point et ses sous-points</translation>
        </message>
        <message>
            <source>Delete {0} items</source>
            <translation>Supprimer {0} points</translation>
        </message>
        <message>
            <source>Deleted item {0}</source>
            <translation>Point {0} supprimé</translation>
        </message>
        <message>
            <source>Deleted items {0}</source>
            <translation>Points {0} supprimés</translation>
        </message>
        <message>
            <source>Indent item</source>
            <translation>Décaler le point à droite</translation>
        </message>
        <message>
            <source>Item {0} cannot be indented.</source>
            <translation>Le point {0} ne peut pas être décalé à droite.</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <source>Move Do&amp;wn</source>
            <translation>Des&amp;cendre</translation>
        </message>
        <message>
            <source>Move item down</source>
            <translation>Descendre le point</translation>
        </message>
        <message>
            <source>Move item up</source>
            <translation>Monter le point</translation>
        </message>
        <message>
            <source>Moved item {0} to position {1}</source>
            <translation>Point {0} déplacé en position {1}</translation>
        </message>
        <message>
            <source>Outdent item</source>
            <translation>Décaler le point à gauche</translation>
        </message>
    </context>
    <context>
        <name>AnnotationEdit</name>
        <message>
            <source>&amp;Bold</source>
            <translation>&amp;Gras</translation>
        </message>
        <message>
            <source>&amp;Italic</source>
            <translation>&amp;Italique</translation>
        </message>
        <message>
            <source>&amp;Lettered Sub-paragraph</source>
            <translation>&amp;Alinéa avec lettre</translation>
        </message>
        <message>
            <source>Insert &amp;Footnote</source>
            <translation>Insérer une &amp;note de bas de page</translation>
        </message>
        <message>
            <source>Insert a footnote at the cursor</source>
            <translation>Insérer une note de bas de page au curseur</translation>
        </message>
        <message>
            <source>Mark the paragraph at the cursor as a lettered sub-paragraph, printed indented after its letter, or make it an ordinary paragraph again</source>
            <translation>Faire du paragraphe où se trouve le curseur un alinéa précédé d'une lettre, imprimé en retrait, ou en refaire un paragraphe ordinaire</translation>
        </message>
        <message>
            <source>Not pasted: the text holds a character that cannot be stored (a lone surrogate) or is too long. Copy it again from its source.</source>
            <translation>Non collé : le texte contient un caractère qui ne peut pas être enregistré (un demi-codet isolé) ou il est trop long. Copiez-le à nouveau depuis sa source.</translation>
        </message>
        <message>
            <source>Su&amp;bscript</source>
            <translation>In&amp;dice</translation>
        </message>
        <message>
            <source>Su&amp;perscript</source>
            <translation>E&amp;xposant</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Sample Meeting</source>
            <translation>Réunion exemple</translation>
        </message>
        <message>
            <source>This is the sample meeting: try anything, then File &gt; New starts your own</source>
            <translation>Ceci est la réunion exemple : essayez tout, puis Fichier &gt; Nouveau commence la vôtre</translation>
        </message>
        <message>
            <source>{0} could not start: {1}</source>
            <translation>{0} n'a pas pu démarrer : {1}</translation>
        </message>
    </context>
    <context>
        <name>BodyActions</name>
        <message>
            <source>Add &amp;Body...</source>
            <translation>Ajouter un &amp;organe...</translation>
        </message>
        <message>
            <source>Add Body...</source>
            <translation>Ajouter un organe...</translation>
        </message>
        <message>
            <source>Add a body meeting in parallel (Committee of the Whole, working group)</source>
            <translation>Ajouter un organe siégeant en parallèle (Commission plénière, groupe de travail)</translation>
        </message>
        <message>
            <source>Add body</source>
            <translation>Ajouter un organe</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Move Body &amp;Earlier</source>
            <translation>Placer l'organe &amp;avant</translation>
        </message>
        <message>
            <source>Move Body La&amp;ter</source>
            <translation>Placer l'organe a&amp;près</translation>
        </message>
        <message>
            <source>Move Meeting to Bod&amp;y</source>
            <translation>Déplacer la séance vers l'or&amp;gane</translation>
        </message>
        <message>
            <source>Re&amp;name Body...</source>
            <translation>Re&amp;nommer l'organe...</translation>
        </message>
        <message>
            <source>Remove Bod&amp;y</source>
            <translation>Supprimer l'or&amp;gane</translation>
        </message>
        <message>
            <source>Remove body</source>
            <translation>Supprimer l'organe</translation>
        </message>
        <message>
            <source>Rename body</source>
            <translation>Renommer l'organe</translation>
        </message>
        <message numerus="yes">
            <source>{0} has %n meeting(s). Remove the body and its meetings? The items they take up are unscheduled there.</source>
            <translation>
                <numerusform>{0} a %n séance. Supprimer l'organe et sa séance ? Les points qui y sont examinés en sont retirés.</numerusform>
                <numerusform>{0} a %n séances. Supprimer l'organe et ses séances ? Les points qui y sont examinés en sont retirés.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BodyNameDialog</name>
        <message>
            <source>&amp;Name ({0}):</source>
            <translation>&amp;Nom ({0}) :</translation>
        </message>
        <message>
            <source>Committee of the Whole</source>
            <translation>Commission plénière</translation>
        </message>
        <message>
            <source>Original:</source>
            <translation>Original :</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add item</source>
            <translation>Ajouter un point</translation>
        </message>
        <message>
            <source>Delete item</source>
            <translation>Supprimer le point</translation>
        </message>
        <message>
            <source>Edit annotation</source>
            <translation>Modifier l'annotation</translation>
        </message>
        <message>
            <source>Edit documents</source>
            <translation>Modifier la documentation</translation>
        </message>
        <message>
            <source>Edit meeting details</source>
            <translation>Modifier les renseignements sur la réunion</translation>
        </message>
        <message>
            <source>Import {0} translation</source>
            <translation>Importer la traduction ({0})</translation>
        </message>
        <message>
            <source>Make an ordinary paragraph</source>
            <translation>Refaire un paragraphe ordinaire</translation>
        </message>
        <message>
            <source>Mark as lettered sub-paragraph</source>
            <translation>Marquer comme alinéa avec lettre</translation>
        </message>
        <message>
            <source>Move item</source>
            <translation>Déplacer le point</translation>
        </message>
        <message>
            <source>Rename item</source>
            <translation>Renommer le point</translation>
        </message>
        <message>
            <source>Restore version “{0}”</source>
            <translation>Restaurer la version « {0} »</translation>
        </message>
    </context>
    <context>
        <name>DayLimitDialog</name>
        <message>
            <source>&amp;Meetings this day:</source>
            <translation>&amp;Séances ce jour :</translation>
        </message>
        <message>
            <source>Meetings on {0}</source>
            <translation>Séances du {0}</translation>
        </message>
        <message>
            <source>This day has {0} meetings: you will be asked whether to merge the last ones.</source>
            <translation>Ce jour compte {0} séances : il vous sera demandé s'il faut fusionner les dernières.</translation>
        </message>
        <message>
            <source>Use the meeting's default ({0} per day)</source>
            <translation>Valeur par défaut de la réunion ({0} par jour)</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTable</name>
        <message>
            <source>Add Document</source>
            <translation>Ajouter un document</translation>
        </message>
        <message>
            <source>Add document</source>
            <translation>Ajouter un document</translation>
        </message>
        <message>
            <source>Document symbol, e.g. A/RES/70/1</source>
            <translation>Cote du document, par exemple A/RES/70/1</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>Documentation</translation>
        </message>
        <message>
            <source>Edit document</source>
            <translation>Modifier le document</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move document</source>
            <translation>Déplacer le document</translation>
        </message>
        <message>
            <source>Not translated yet: the original title is shown.</source>
            <translation>Pas encore traduit : le titre original est affiché.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>Supprimer le document</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Cote</translation>
        </message>
        <message>
            <source>The symbol {0} is malformed: {1}.</source>
            <translation>La cote {0} est mal formée : {1}.</translation>
        </message>
        <message>
            <source>This symbol is malformed: {0}.</source>
            <translation>Cette cote est mal formée : {0}.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
    </context>
    <context>
        <name>ExportForTranslationDialog</name>
        <message>
            <source>&amp;Translate into:</source>
            <translation>&amp;Traduire en :</translation>
        </message>
        <message>
            <source>Export for Translation</source>
            <translation>Exporter pour la traduction</translation>
        </message>
        <message>
            <source>Give untranslated texts a copy of the original (for OmegaT)</source>
            <translation>Copier l'original dans les textes non traduits (pour OmegaT)</translation>
        </message>
        <message>
            <source>Some tools translate only the targets a file has. The copies are marked as needing translation and are not imported back as translations.</source>
            <translation>Certains outils ne traduisent que les cibles présentes dans le fichier. Les copies sont marquées comme à traduire et ne sont pas réimportées comme traductions.</translation>
        </message>
        <message>
            <source>Writes the texts of the original ({0}) as an XLIFF file that translation tools read. Translations the version has already go with them.</source>
            <translation>Écrit les textes de l'original ({0}) dans un fichier XLIFF que lisent les outils de traduction. Les traductions que la version a déjà les accompagnent.</translation>
        </message>
        <message>
            <source>{0} (no version yet)</source>
            <translation>{0} (pas encore de version)</translation>
        </message>
        <message>
            <source>{0} ({1} of {2} texts translated)</source>
            <translation>{0} ({1} textes traduits sur {2})</translation>
        </message>
    </context>
    <context>
        <name>ExportGate</name>
        <message>
            <source>&amp;Show Me</source>
            <translation>&amp;Me montrer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Errors in the Meeting</source>
            <translation>Erreurs dans la réunion</translation>
        </message>
        <message>
            <source>Export &amp;Anyway</source>
            <translation>&amp;Exporter quand même</translation>
        </message>
        <message numerus="yes">
            <source>The meeting has %n error(s); the document would print them as they are.</source>
            <translation>
                <numerusform>La réunion comporte %n erreur ; le document l'imprimerait telle quelle.</numerusform>
                <numerusform>La réunion comporte %n erreurs ; le document les imprimerait telles quelles.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>et %n autre</numerusform>
                <numerusform>et %n autres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportPdfDialog</name>
        <message>
            <source>&amp;Browse...</source>
            <translation>&amp;Parcourir...</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>&amp;Open the file when done</source>
            <translation>&amp;Ouvrir le fichier une fois terminé</translation>
        </message>
        <message>
            <source>&amp;Part:</source>
            <translation>&amp;Partie :</translation>
        </message>
        <message>
            <source>&amp;Set It</source>
            <translation>&amp;Définir</translation>
        </message>
        <message>
            <source>Agenda only</source>
            <translation>Ordre du jour seulement</translation>
        </message>
        <message>
            <source>Agenda, annotations and annex</source>
            <translation>Ordre du jour, annotations et annexe</translation>
        </message>
        <message>
            <source>Annex (organization of work) only</source>
            <translation>Annexe (organisation des travaux) seulement</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close this dialog and go to the field</source>
            <translation>Fermer cette boîte de dialogue et aller au champ</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>Échec de l'exportation</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Exporter en PDF</translation>
        </message>
        <message>
            <source>Export Word Document</source>
            <translation>Exporter en document Word</translation>
        </message>
        <message>
            <source>Export cancelled after {0}</source>
            <translation>Exportation annulée après {0}</translation>
        </message>
        <message>
            <source>Export cancelled: {0} was not written</source>
            <translation>Exportation annulée : {0} n’a pas été écrit</translation>
        </message>
        <message>
            <source>Export even if texts are not translated (marked in the original)</source>
            <translation>Exporter même si des textes ne sont pas traduits (signalés dans l'original)</translation>
        </message>
        <message>
            <source>Exported {0}</source>
            <translation>{0} exporté</translation>
        </message>
        <message>
            <source>Exporting the {0} version...</source>
            <translation>Exportation de la version {0}...</translation>
        </message>
        <message>
            <source>Exporting...</source>
            <translation>Exportation...</translation>
        </message>
        <message>
            <source>Language versions:</source>
            <translation>Versions linguistiques :</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The {0} version could not be exported to “{1}”: {2}</source>
            <translation>La version {0} n'a pas pu être exportée vers « {1} » : {2}</translation>
        </message>
        <message>
            <source>These versions are not fully translated:
{0}

Translate these texts, or tick “{1}” to print the original-language text, marked.</source>
            <translation>Ces versions ne sont pas entièrement traduites :
{0}

Traduisez ces textes, ou cochez « {1} » pour imprimer le texte de la langue originale, signalé.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documents Word (*.docx)</translation>
        </message>
        <message>
            <source>item {0}</source>
            <translation>point {0}</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0} : {1}</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Agenda Editor could not keep a copy of your unsaved work, which would bring it back after a crash:

{0}

Save your work to keep it safe.</source>
            <translation>Agenda Editor n'a pas pu conserver une copie de votre travail non enregistré, qui permettrait de le retrouver après un incident :

{0}

Enregistrez votre travail pour le mettre en sécurité.</translation>
        </message>
        <message>
            <source>Agenda Editor files (*.agenda *.json *.pdf)</source>
            <translation>Fichiers Agenda Editor (*.agenda *.json *.pdf)</translation>
        </message>
        <message>
            <source>Agenda Editor sessions (*.agenda)</source>
            <translation>Fichiers de session Agenda Editor (*.agenda)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cannot Open File</source>
            <translation>Impossible d'ouvrir le fichier</translation>
        </message>
        <message>
            <source>Cannot Recover</source>
            <translation>Impossible de récupérer</translation>
        </message>
        <message>
            <source>Cannot Revert</source>
            <translation>Impossible de revenir en arrière</translation>
        </message>
        <message>
            <source>Cannot Save</source>
            <translation>Impossible d'enregistrer</translation>
        </message>
        <message>
            <source>Crash Recovery Not Working</source>
            <translation>La récupération après incident ne fonctionne pas</translation>
        </message>
        <message>
            <source>Drop the unsaved changes and go back to the saved “{0}”?</source>
            <translation>Abandonner les modifications non enregistrées et revenir à « {0} » tel qu'enregistré ?</translation>
        </message>
        <message>
            <source>File Changed on Disk</source>
            <translation>Fichier modifié sur le disque</translation>
        </message>
        <message>
            <source>File In Use</source>
            <translation>Fichier en cours d'utilisation</translation>
        </message>
        <message>
            <source>Imported {0}; Save asks where to keep it as a session file</source>
            <translation>{0} importé ; Enregistrer demandera où le conserver comme fichier de session</translation>
        </message>
        <message>
            <source>JSON meetings (*.json)</source>
            <translation>Réunions JSON (*.json)</translation>
        </message>
        <message>
            <source>New Meeting From Existing</source>
            <translation>Nouvelle réunion à partir d'une existante</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nouvelle réunion</translation>
        </message>
        <message>
            <source>New meeting based on {0}</source>
            <translation>Nouvelle réunion fondée sur {0}</translation>
        </message>
        <message>
            <source>New session made from {0}; not saved yet</source>
            <translation>Nouvelle session créée à partir de {0}, pas encore enregistrée</translation>
        </message>
        <message>
            <source>Open Anyway</source>
            <translation>Ouvrir quand même</translation>
        </message>
        <message>
            <source>Open Meeting</source>
            <translation>Ouvrir une réunion</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Ouvrir en lecture seule</translation>
        </message>
        <message>
            <source>Opened {0}</source>
            <translation>{0} ouvert</translation>
        </message>
        <message>
            <source>Opened {0} read-only: Save asks for another name</source>
            <translation>{0} ouvert en lecture seule : Enregistrer demandera un autre nom</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Écraser</translation>
        </message>
        <message>
            <source>Overwrite replaces the other changes with yours. Save As keeps both: yours go to a new file.</source>
            <translation>Écraser remplace les autres modifications par les vôtres. Enregistrer sous conserve les deux : les vôtres vont dans un nouveau fichier.</translation>
        </message>
        <message>
            <source>PDFs made by Agenda Editor (*.pdf)</source>
            <translation>PDF créés par Agenda Editor (*.pdf)</translation>
        </message>
        <message>
            <source>Read-only: you can read and copy it, and save your changes under another name. Open it anyway only if you know it is no longer being edited.</source>
            <translation>Lecture seule : vous pouvez le lire et le copier, et enregistrer vos modifications sous un autre nom. Ne l'ouvrez quand même que si vous savez qu'il n'est plus en cours de modification.</translation>
        </message>
        <message>
            <source>Recovered the unsaved work of {0}</source>
            <translation>Travail non enregistré de {0} récupéré</translation>
        </message>
        <message>
            <source>Replace Anyway</source>
            <translation>Remplacer quand même</translation>
        </message>
        <message>
            <source>Replacing it would overwrite the work of whoever has it open.</source>
            <translation>Le remplacer écraserait le travail de la personne qui l'a ouvert.</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revenir</translation>
        </message>
        <message>
            <source>Reverted to the saved {0}</source>
            <translation>Retour à la version enregistrée de {0}</translation>
        </message>
        <message>
            <source>Save As...</source>
            <translation>Enregistrer sous...</translation>
        </message>
        <message>
            <source>Save Meeting As</source>
            <translation>Enregistrer la réunion sous</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>{0} enregistré</translation>
        </message>
        <message>
            <source>The meeting “{0}” has changes that are not saved. Save them?</source>
            <translation>La réunion « {0} » comporte des modifications non enregistrées. Les enregistrer ?</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Unsaved work could not be kept for crash recovery: {0}</source>
            <translation>Le travail non enregistré n'a pas pu être conservé pour la récupération après incident : {0}</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>next session</source>
            <translation>session suivante</translation>
        </message>
        <message>
            <source>{0} is already open</source>
            <translation>{0} est déjà ouvert</translation>
        </message>
        <message>
            <source>“{0}” cannot be read: {1}</source>
            <translation>« {0} » ne peut pas être lu : {1}</translation>
        </message>
        <message>
            <source>“{0}” is already open: it was opened by {1}.</source>
            <translation>« {0} » est déjà ouvert : il a été ouvert par {1}.</translation>
        </message>
        <message>
            <source>“{0}” is open elsewhere: it was opened by {1}.</source>
            <translation>« {0} » est ouvert ailleurs : il a été ouvert par {1}.</translation>
        </message>
        <message>
            <source>“{0}” was not made by Agenda Editor: it carries no meeting to open. Open the .agenda or .json file it was made from instead.</source>
            <translation>« {0} » n'a pas été créé par Agenda Editor : il ne contient aucune réunion à ouvrir. Ouvrez plutôt le fichier .agenda ou .json à partir duquel il a été créé.</translation>
        </message>
        <message>
            <source>“{0}” was not saved: {1}</source>
            <translation>« {0} » n'a pas été enregistré : {1}</translation>
        </message>
    </context>
    <context>
        <name>FindReplace</name>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n occurrence</numerusform>
                <numerusform>%n occurrences</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Find...</source>
            <translation>&amp;Rechercher...</translation>
        </message>
        <message>
            <source>Find text and replace it</source>
            <translation>Rechercher un texte et le remplacer</translation>
        </message>
        <message>
            <source>Find text in the titles, annotations, footnotes and document titles</source>
            <translation>Rechercher un texte dans les intitulés, les annotations, les notes et les titres des documents</translation>
        </message>
        <message>
            <source>R&amp;eplace...</source>
            <translation>R&amp;emplacer...</translation>
        </message>
        <message numerus="yes">
            <source>Replace %n match(es)</source>
            <translation>
                <numerusform>Remplacer %n occurrence</numerusform>
                <numerusform>Remplacer %n occurrences</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Replaced %n match(es).</source>
            <translation>
                <numerusform>%n occurrence remplacée.</numerusform>
                <numerusform>%n occurrences remplacées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>&amp;In:</source>
            <translation>&amp;Dans :</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Remplacer</translation>
        </message>
        <message>
            <source>All language versions</source>
            <translation>Toutes les versions linguistiques</translation>
        </message>
        <message>
            <source>Annotation, paragraph {0}</source>
            <translation>Annotation, paragraphe {0}</translation>
        </message>
        <message>
            <source>Document {0}</source>
            <translation>Document {0}</translation>
        </message>
        <message>
            <source>Find and Replace</source>
            <translation>Rechercher et remplacer</translation>
        </message>
        <message>
            <source>Footnote {0} of paragraph {1}</source>
            <translation>Note {0} du paragraphe {1}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Point</translation>
        </message>
        <message>
            <source>Match &amp;case</source>
            <translation>Respecter la &amp;casse</translation>
        </message>
        <message>
            <source>No matches.</source>
            <translation>Aucune occurrence.</translation>
        </message>
        <message>
            <source>Replace &amp;All</source>
            <translation>Remplacer &amp;tout</translation>
        </message>
        <message>
            <source>Replace &amp;with:</source>
            <translation>Remplacer &amp;par :</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>The language version shown</source>
            <translation>La version linguistique affichée</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Titles, annotations, footnotes and document titles</source>
            <translation>Intitulés, annotations, notes et titres des documents</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Whole &amp;words</source>
            <translation>&amp;Mots entiers</translation>
        </message>
    </context>
    <context>
        <name>FindingTexts</name>
        <message>
            <source>Body {number} has no name; the annex heads a column with it.</source>
            <translation>L'organe {number} n'a pas de nom ; l'annexe en fait le titre d'une colonne.</translation>
        </message>
        <message>
            <source>Item {item} has an annotation in {langs} but none in the original language ({lang}).</source>
            <translation>Le point {item} a une annotation en {langs}, mais aucune dans la langue originale ({lang}).</translation>
        </message>
        <message>
            <source>Item {item} has no title.</source>
            <translation>Le point {item} n'a pas de titre.</translation>
        </message>
        <message>
            <source>Item {item} is not fully translated into {lang} (missing: {missing}).</source>
            <translation>Le point {item} n'est pas entièrement traduit en {lang} (manque : {missing}).</translation>
        </message>
        <message>
            <source>Item {item} is not in the organization of work.</source>
            <translation>Le point {item} ne figure pas dans l'organisation des travaux.</translation>
        </message>
        <message>
            <source>Item {item} is taken up after item {other}, which comes after it on the agenda.</source>
            <translation>Le point {item} est examiné après le point {other}, qui le suit dans l'ordre du jour.</translation>
        </message>
        <message>
            <source>Item {item} lists a document with a malformed symbol {symbol}: {problem}.</source>
            <translation>Le point {item} cite un document dont la cote est mal formée, {symbol} : {problem}.</translation>
        </message>
        <message>
            <source>Item {item} lists a document without a symbol.</source>
            <translation>Le point {item} cite un document sans cote.</translation>
        </message>
        <message>
            <source>Item {item} lists {symbol} twice.</source>
            <translation>Le point {item} cite {symbol} deux fois.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: a footnote marker stands after "{mark}"; in this language it goes before the punctuation.</source>
            <translation>Point {item}, annotation en {lang}, paragraphe {paragraph} : un appel de note est placé après « {mark} » ; dans cette langue, il se place avant la ponctuation.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: a footnote marker stands before "{mark}"; in this language it goes after the punctuation.</source>
            <translation>Point {item}, annotation en {lang}, paragraphe {paragraph} : un appel de note est placé avant « {mark} » ; dans cette langue, il se place après la ponctuation.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: broken markup ({problem}).</source>
            <translation>Point {item}, annotation en {lang}, paragraphe {paragraph} : balisage incorrect ({problem}).</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: empty footnote.</source>
            <translation>Point {item}, annotation en {lang}, paragraphe {paragraph} : note de bas de page vide.</translation>
        </message>
        <message>
            <source>Item {item}, {lang} annotation, paragraph {paragraph}: lettered as a sub-paragraph differently from the original ({original}).</source>
            <translation>Point {item}, annotation en {lang}, paragraphe {paragraph} : ne suit pas l'original ({original}) quant à l'alinéa avec lettre.</translation>
        </message>
        <message>
            <source>Meeting details, {field}: not translated into {lang}.</source>
            <translation>Renseignements sur la réunion, {field} : pas traduit en {lang}.</translation>
        </message>
        <message>
            <source>On {date}, the meeting at {span} is listed after the one at {other}.</source>
            <translation>Le {date}, la séance de {span} figure après celle de {other}.</translation>
        </message>
        <message>
            <source>On {date}, the meetings {span} and {other} overlap.</source>
            <translation>Le {date}, les séances {span} et {other} se chevauchent.</translation>
        </message>
        <message>
            <source>The agenda has no items.</source>
            <translation>L'ordre du jour ne comporte aucun point.</translation>
        </message>
        <message>
            <source>The document has a reissue note, but its symbol has no asterisk pointing to it.</source>
            <translation>Le document a une note de nouveau tirage, mais sa cote n'a pas d'astérisque qui y renvoie.</translation>
        </message>
        <message>
            <source>The document has no date of issue: its masthead will show no date.</source>
            <translation>Le document n'a pas de date de publication : son en-tête n'indiquera aucune date.</translation>
        </message>
        <message>
            <source>The document has no symbol yet.</source>
            <translation>Le document n'a pas encore de cote.</translation>
        </message>
        <message>
            <source>The document is dated {date}, after the meeting starts ({start}).</source>
            <translation>Le document est daté du {date}, après l'ouverture de la réunion ({start}).</translation>
        </message>
        <message>
            <source>The document symbol {symbol} is malformed: {problem}.</source>
            <translation>La cote du document {symbol} est mal formée : {problem}.</translation>
        </message>
        <message>
            <source>The meeting ends ({end}) before it starts ({start}).</source>
            <translation>La réunion se termine ({end}) avant de commencer ({start}).</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} belongs to no body of the timetable.</source>
            <translation>La séance du {date} à {span} n'appartient à aucun organe du calendrier.</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} ends before it starts.</source>
            <translation>La séance du {date} à {span} se termine avant de commencer.</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} ends when it starts.</source>
            <translation>La séance du {date} à {span} se termine au moment où elle commence.</translation>
        </message>
        <message>
            <source>The meeting of {date} at {span} lists an item that is not in the agenda.</source>
            <translation>La séance du {date} à {span} comprend un point qui ne figure pas dans l'ordre du jour.</translation>
        </message>
        <message>
            <source>The name of the body {body} is not translated into {lang}.</source>
            <translation>Le nom de l'organe {body} n'est pas traduit en {lang}.</translation>
        </message>
        <message>
            <source>The original language {lang} is not a UN language.</source>
            <translation>La langue originale {lang} n'est pas une langue de l'ONU.</translation>
        </message>
        <message>
            <source>The symbol {symbol} marks a reissue with its asterisk, but the document has no reissue note for the foot of page 1.</source>
            <translation>La cote {symbol} signale un nouveau tirage par son astérisque, mais le document n'a pas de note de nouveau tirage pour le bas de la page 1.</translation>
        </message>
        <message>
            <source>The versions {langs} have the same job number {number}; each version has its own.</source>
            <translation>Les versions {langs} ont le même numéro de tirage {number} ; chaque version a le sien.</translation>
        </message>
        <message>
            <source>The {lang} title of item {item} ends with "{mark}"; the agenda adds its own punctuation.</source>
            <translation>Le titre en {lang} du point {item} se termine par « {mark} » ; l'ordre du jour ajoute sa propre ponctuation.</translation>
        </message>
        <message>
            <source>Two bodies of the timetable have the same id {body}.</source>
            <translation>Deux organes du calendrier ont le même identifiant {body}.</translation>
        </message>
        <message>
            <source>a dash joining two symbols has nothing on one side</source>
            <translation>un tiret reliant deux cotes n'a rien d'un côté</translation>
        </message>
        <message>
            <source>annotation</source>
            <translation>annotation</translation>
        </message>
        <message>
            <source>body</source>
            <translation>organe</translation>
        </message>
        <message>
            <source>document titles</source>
            <translation>titres des documents</translation>
        </message>
        <message>
            <source>it contains characters that symbols do not use: {chars}</source>
            <translation>elle contient des caractères que les cotes n'utilisent pas : {chars}</translation>
        </message>
        <message>
            <source>it contains spaces</source>
            <translation>elle contient des espaces</translation>
        </message>
        <message>
            <source>it has an empty part between slashes</source>
            <translation>elle comporte une partie vide entre deux barres obliques</translation>
        </message>
        <message>
            <source>it has no slash-separated parts</source>
            <translation>elle n'a pas de parties séparées par des barres obliques</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>elle est vide</translation>
        </message>
        <message>
            <source>it is not written as a document symbol</source>
            <translation>elle n'est pas écrite comme une cote de document</translation>
        </message>
        <message>
            <source>names of the bodies</source>
            <translation>noms des organes</translation>
        </message>
        <message>
            <source>reissue note</source>
            <translation>note de nouveau tirage</translation>
        </message>
        <message>
            <source>session</source>
            <translation>session</translation>
        </message>
        <message>
            <source>subsidiary body</source>
            <translation>organe subsidiaire</translation>
        </message>
        <message>
            <source>the part {part} has an empty part between slashes</source>
            <translation>la partie {part} comporte une partie vide entre deux barres obliques</translation>
        </message>
        <message>
            <source>the part {part} has no slash-separated parts</source>
            <translation>la partie {part} n'a pas de parties séparées par des barres obliques</translation>
        </message>
        <message>
            <source>title</source>
            <translation>titre</translation>
        </message>
        <message>
            <source>venue</source>
            <translation>lieu</translation>
        </message>
        <message>
            <source>{date} appears twice in the organization of work.</source>
            <translation>Le {date} figure deux fois dans l'organisation des travaux.</translation>
        </message>
        <message>
            <source>{date} is listed after {other}.</source>
            <translation>Le {date} figure après le {other}.</translation>
        </message>
        <message>
            <source>{date} is outside the dates of the meeting.</source>
            <translation>Le {date} est en dehors des dates de la réunion.</translation>
        </message>
        <message>
            <source>{date}: {count} meetings, more than the limit of {limit}.</source>
            <translation>{date} : {count} séances, plus que la limite de {limit}.</translation>
        </message>
        <message>
            <source>{symbol} has a different title under item {item} than under item {other}.</source>
            <translation>{symbol} porte un titre différent sous le point {item} et sous le point {other}.</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>No problems found</source>
            <translation>Aucun problème détecté</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>Finding</source>
            <translation>Constat</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>Aucun problème détecté.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
    </context>
    <context>
        <name>FootnotesPanel</name>
        <message>
            <source>(empty: type its text below)</source>
            <translation>(vide : saisissez son texte ci-dessous)</translation>
        </message>
        <message>
            <source>Footnote text</source>
            <translation>Texte de la note</translation>
        </message>
        <message>
            <source>Footnotes</source>
            <translation>Notes de bas de page</translation>
        </message>
        <message>
            <source>Footnotes (Ctrl+Alt+F inserts one at the cursor)</source>
            <translation>Notes de bas de page (Ctrl+Alt+F en insère une au curseur)</translation>
        </message>
        <message>
            <source>Remove Footnote</source>
            <translation>Supprimer la note</translation>
        </message>
        <message>
            <source>Select a footnote to edit its text.</source>
            <translation>Sélectionnez une note pour en modifier le texte.</translation>
        </message>
        <message>
            <source>Text of footnote {0}:</source>
            <translation>Texte de la note {0} :</translation>
        </message>
        <message>
            <source>Text of the footnote</source>
            <translation>Texte de la note de bas de page</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>User Guide</source>
            <translation>Guide de l'utilisateur</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;Guide de l'utilisateur</translation>
        </message>
        <message>
            <source>A short guide to drafting with {0}</source>
            <translation>Un court guide de la rédaction avec {0}</translation>
        </message>
        <message>
            <source>Recovery data:</source>
            <translation>Données de récupération :</translation>
        </message>
        <message>
            <source>Settings:</source>
            <translation>Paramètres :</translation>
        </message>
        <message>
            <source>This meeting:</source>
            <translation>Cette réunion :</translation>
        </message>
        <message>
            <source>User guide:</source>
            <translation>Guide de l'utilisateur :</translation>
        </message>
        <message>
            <source>Window layout:</source>
            <translation>Disposition de la fenêtre :</translation>
        </message>
        <message>
            <source>Words added to the dictionaries:</source>
            <translation>Mots ajoutés aux dictionnaires :</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>pas encore enregistrée</translation>
        </message>
    </context>
    <context>
        <name>ImportAgenda</name>
        <message numerus="yes">
            <source>%n line(s) of {0} found no place in the meeting:</source>
            <translation>
                <numerusform>%n ligne de {0} n'a trouvé aucune place dans la réunion :</numerusform>
                <numerusform>%n lignes de {0} n'ont trouvé aucune place dans la réunion :</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the agenda on the clipboard, with its annotations, as new items</source>
            <translation>Ajouter l'ordre du jour du presse-papiers, avec ses annotations, comme nouveaux points</translation>
        </message>
        <message>
            <source>Cannot Import Agenda</source>
            <translation>Impossible d'importer l'ordre du jour</translation>
        </message>
        <message>
            <source>Import &amp;Agenda...</source>
            <translation>Importer un &amp;ordre du jour...</translation>
        </message>
        <message>
            <source>Import Agenda</source>
            <translation>Importer un ordre du jour</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n item(s) from {0}; Save asks where to keep the meeting</source>
            <translation>
                <numerusform>%n point importé de {0} ; Enregistrer demande où conserver la réunion</numerusform>
                <numerusform>%n points importés de {0} ; Enregistrer demande où conserver la réunion</numerusform>
            </translation>
        </message>
        <message>
            <source>Line {0}: {1}</source>
            <translation>Ligne {0} : {1}</translation>
        </message>
        <message>
            <source>Lines Not Imported</source>
            <translation>Lignes non importées</translation>
        </message>
        <message>
            <source>Open an agenda written in Word or saved as text as a new meeting</source>
            <translation>Ouvrir comme nouvelle réunion un ordre du jour rédigé dans Word ou enregistré en texte</translation>
        </message>
        <message>
            <source>Paste A&amp;genda as Items</source>
            <translation>Coller l'ordre du jour comme &amp;points</translation>
        </message>
        <message numerus="yes">
            <source>Paste agenda (%n item(s))</source>
            <translation>
                <numerusform>Coller l'ordre du jour (%n point)</numerusform>
                <numerusform>Coller l'ordre du jour (%n points)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n agenda item(s).</source>
            <translation>
                <numerusform>%n point de l'ordre du jour collé.</numerusform>
                <numerusform>%n points de l'ordre du jour collés.</numerusform>
            </translation>
        </message>
        <message>
            <source>The clipboard holds no numbered agenda to paste.</source>
            <translation>Le presse-papiers ne contient aucun ordre du jour numéroté à coller.</translation>
        </message>
        <message>
            <source>Word documents and text (*.docx *.txt);;All files (*)</source>
            <translation>Documents Word et texte (*.docx *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>the clipboard</source>
            <translation>le presse-papiers</translation>
        </message>
    </context>
    <context>
        <name>ItemClipboard</name>
        <message>
            <source>&amp;Copy Items</source>
            <translation>&amp;Copier les points</translation>
        </message>
        <message>
            <source>&amp;Paste Items</source>
            <translation>Co&amp;ller les points</translation>
        </message>
        <message>
            <source>Add a copy of the selected items after them</source>
            <translation>Ajouter une copie des points sélectionnés à leur suite</translation>
        </message>
        <message>
            <source>Add the items on the clipboard (or one item per line of text) after the current item</source>
            <translation>Ajouter après le point courant les points du presse-papiers (ou un point par ligne de texte)</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n item(s).</source>
            <translation>
                <numerusform>%n point copié.</numerusform>
                <numerusform>%n points copiés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy the selected items with their sub-items, texts and documents</source>
            <translation>Copier les points sélectionnés avec leurs sous-points, leurs textes et leurs documents</translation>
        </message>
        <message>
            <source>Cu&amp;t Items</source>
            <translation>Co&amp;uper les points</translation>
        </message>
        <message numerus="yes">
            <source>Cut %n item(s)</source>
            <translation>
                <numerusform>Couper %n point</numerusform>
                <numerusform>Couper %n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n item(s).</source>
            <translation>
                <numerusform>%n point coupé.</numerusform>
                <numerusform>%n points coupés.</numerusform>
            </translation>
        </message>
        <message>
            <source>D&amp;uplicate Items</source>
            <translation>D&amp;upliquer les points</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n item(s)</source>
            <translation>
                <numerusform>Dupliquer %n point</numerusform>
                <numerusform>Dupliquer %n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Duplicated %n item(s).</source>
            <translation>
                <numerusform>%n point dupliqué.</numerusform>
                <numerusform>%n points dupliqués.</numerusform>
            </translation>
        </message>
        <message>
            <source>Move the selected items to the clipboard</source>
            <translation>Déplacer les points sélectionnés dans le presse-papiers</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n item(s)</source>
            <translation>
                <numerusform>Coller %n point</numerusform>
                <numerusform>Coller %n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n item(s).</source>
            <translation>
                <numerusform>%n point collé.</numerusform>
                <numerusform>%n points collés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the agenda items to copy first.</source>
            <translation>Sélectionnez d'abord les points de l'ordre du jour à copier.</translation>
        </message>
        <message>
            <source>Select the agenda items to duplicate first.</source>
            <translation>Sélectionnez d'abord les points de l'ordre du jour à dupliquer.</translation>
        </message>
        <message>
            <source>The clipboard holds no agenda items and no text to paste.</source>
            <translation>Le presse-papiers ne contient ni point de l'ordre du jour ni texte à coller.</translation>
        </message>
        <message>
            <source>The items cannot go here: the agenda allows at most {0} levels of items.</source>
            <translation>Les points ne peuvent pas être placés ici : l'ordre du jour admet au plus {0} niveaux de points.</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>&amp;Annotation</source>
            <translation>&amp;Annotation</translation>
        </message>
        <message>
            <source>&amp;Documentation</source>
            <translation>&amp;Documentation</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>Annotation</translation>
        </message>
        <message>
            <source>Annotation of the item (optional)</source>
            <translation>Annotation du point (facultative)</translation>
        </message>
        <message>
            <source>Item title</source>
            <translation>Titre du point</translation>
        </message>
        <message>
            <source>Not translated yet. The original reads:
{0}</source>
            <translation>Pas encore traduit. L'original se lit ainsi :
{0}</translation>
        </message>
        <message>
            <source>Not translated: {0}</source>
            <translation>Non traduit : {0}</translation>
        </message>
        <message>
            <source>Select an item of the agenda</source>
            <translation>Sélectionnez un point de l'ordre du jour</translation>
        </message>
        <message>
            <source>Title of the item</source>
            <translation>Titre du point</translation>
        </message>
    </context>
    <context>
        <name>LanguageSelector</name>
        <message>
            <source>The language version being edited</source>
            <translation>La version linguistique en cours de modification</translation>
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
            <translation>Arabe</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinois</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russe</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Espagnol</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&lt;opened&gt;</source>
            <translation>&lt;ouvert&gt;</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Point</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Timetable</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Traduction</translation>
        </message>
        <message>
            <source>Undo History</source>
            <translation>Historique des annulations</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>{0} (read-only)[*] — {1}</source>
            <translation>{0} (lecture seule)[*] — {1}</translation>
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
            <translation>&amp;Organe :</translation>
        </message>
        <message>
            <source>&amp;Distribution:</source>
            <translation>&amp;Distribution :</translation>
        </message>
        <message>
            <source>&amp;Job number:</source>
            <translation>&amp;Numéro de tirage :</translation>
        </message>
        <message>
            <source>&amp;Meetings per day:</source>
            <translation>&amp;Séances par jour :</translation>
        </message>
        <message>
            <source>&amp;Page size:</source>
            <translation>&amp;Format de page :</translation>
        </message>
        <message>
            <source>&amp;Symbol:</source>
            <translation>&amp;Cote :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>Change the original language</source>
            <translation>Changer la langue originale</translation>
        </message>
        <message>
            <source>Date of &amp;issue:</source>
            <translation>Date de &amp;publication :</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Editing version:</source>
            <translation>Version modifiée :</translation>
        </message>
        <message>
            <source>Fi&amp;rst day:</source>
            <translation>P&amp;remier jour :</translation>
        </message>
        <message>
            <source>For a reissued document, whose symbol ends with an asterisk: the note printed after an asterisk at the foot of page 1, e.g. “Reissued for technical reasons on 3 May 2026.”</source>
            <translation>Pour un document publié à nouveau, dont la cote se termine par un astérisque : la note imprimée après un astérisque au bas de la page 1, par exemple « Nouveau tirage pour raisons techniques (3 mai 2026). »</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Générale</translation>
        </message>
        <message>
            <source>How many meetings a day may hold unless the day sets its own limit</source>
            <translation>Nombre de séances qu'une journée peut compter, sauf si elle fixe sa propre limite</translation>
        </message>
        <message>
            <source>L&amp;ast day:</source>
            <translation>Derni&amp;er jour :</translation>
        </message>
        <message>
            <source>Language versions:</source>
            <translation>Versions linguistiques :</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Limited</source>
            <translation>Limitée</translation>
        </message>
        <message>
            <source>Made from:</source>
            <translation>Créée à partir de :</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Not a valid symbol: {0}.</source>
            <translation>Cote non valide : {0}.</translation>
        </message>
        <message>
            <source>Not translated: {0}</source>
            <translation>Non traduit : {0}</translation>
        </message>
        <message>
            <source>Ori&amp;ginal language:</source>
            <translation>Lan&amp;gue originale :</translation>
        </message>
        <message>
            <source>Reissue note:</source>
            <translation>Note de nouveau tirage :</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>Restreinte</translation>
        </message>
        <message>
            <source>Sessio&amp;n:</source>
            <translation>Sessio&amp;n :</translation>
        </message>
        <message>
            <source>Set this date</source>
            <translation>Fixer cette date</translation>
        </message>
        <message>
            <source>Subsidiar&amp;y body:</source>
            <translation>Organe subsidiair&amp;e :</translation>
        </message>
        <message>
            <source>The document symbol, for example ABC/WG.1/2026/1</source>
            <translation>La cote du document, par exemple ABC/WG.1/2026/1</translation>
        </message>
        <message>
            <source>The original language is now {0}.</source>
            <translation>La langue originale est désormais : {0}.</translation>
        </message>
        <message>
            <source>Ven&amp;ue:</source>
            <translation>Li&amp;eu :</translation>
        </message>
        <message>
            <source>{0} (original)</source>
            <translation>{0} (original)</translation>
        </message>
        <message>
            <source>{0} ({1}/{2} items translated)</source>
            <translation>{0} ({1}/{2} points traduits)</translation>
        </message>
        <message>
            <source>{0} of {1} agenda items are fully translated into {2}.</source>
            <translation>{0} points de l'ordre du jour sur {1} sont entièrement traduits en {2}.</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;About {0}</source>
            <translation>À &amp;propos de {0}</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;Export PDF...</source>
            <translation>&amp;Exporter en PDF...</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>&amp;Constats</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Import Translation...</source>
            <translation>&amp;Importer une traduction...</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nouveau</translation>
        </message>
        <message>
            <source>&amp;Open...</source>
            <translation>&amp;Ouvrir...</translation>
        </message>
        <message>
            <source>&amp;Preferences...</source>
            <translation>&amp;Préférences...</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Schedule In...</source>
            <translation>&amp;Inscrire au calendrier...</translation>
        </message>
        <message>
            <source>&amp;Toolbar</source>
            <translation>&amp;Barre d'outils</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Drafts provisional agendas and annotations of intergovernmental meetings in the six official languages of the United Nations.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Rédige les ordres du jour provisoires et annotations des réunions intergouvernementales dans les six langues officielles de l'Organisation des Nations Unies.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <source>About {0}</source>
            <translation>À propos de {0}</translation>
        </message>
        <message>
            <source>Choose the day and meeting in which the selected items are taken up</source>
            <translation>Choisir le jour et la séance où les points sélectionnés sont examinés</translation>
        </message>
        <message>
            <source>Close the meeting</source>
            <translation>Fermer la réunion</translation>
        </message>
        <message>
            <source>Export &amp;Word Document...</source>
            <translation>Exporter en document &amp;Word...</translation>
        </message>
        <message>
            <source>Export for &amp;Translation...</source>
            <translation>Exporter pour la &amp;traduction...</translation>
        </message>
        <message>
            <source>Export the document as PDF</source>
            <translation>Exporter le document en PDF</translation>
        </message>
        <message>
            <source>Export the document as a Word file, the manuscript for Documents Management</source>
            <translation>Exporter le document en fichier Word, le manuscrit destiné à la gestion des documents</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>F&amp;ormat</translation>
        </message>
        <message>
            <source>Fill a language version from a translated XLIFF file</source>
            <translation>Remplir une version linguistique à partir d'un fichier XLIFF traduit</translation>
        </message>
        <message>
            <source>Go back to the saved file</source>
            <translation>Revenir au fichier enregistré</translation>
        </message>
        <message>
            <source>Go to &amp;Item</source>
            <translation>Aller au &amp;point</translation>
        </message>
        <message>
            <source>Go to &amp;Meeting</source>
            <translation>Aller à la &amp;réunion</translation>
        </message>
        <message>
            <source>Go to &amp;Timetable</source>
            <translation>Aller au &amp;calendrier</translation>
        </message>
        <message>
            <source>Go to T&amp;ranslation</source>
            <translation>Aller à la t&amp;raduction</translation>
        </message>
        <message>
            <source>Interface language and defaults for new meetings</source>
            <translation>Langue de l'interface et valeurs par défaut des nouvelles réunions</translation>
        </message>
        <message>
            <source>New Session From &amp;This One...</source>
            <translation>Nouvelle session à partir de &amp;celle-ci...</translation>
        </message>
        <message>
            <source>New from &amp;Existing...</source>
            <translation>Nouvelle à partir d'une &amp;existante...</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Aucun fichier récent</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Fichiers &amp;récents</translation>
        </message>
        <message>
            <source>Open a meeting file</source>
            <translation>Ouvrir un fichier de réunion</translation>
        </message>
        <message>
            <source>Quit {0}</source>
            <translation>Quitter {0}</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Re&amp;venir à la version enregistrée</translation>
        </message>
        <message>
            <source>Redone: {0}</source>
            <translation>Rétabli : {0}</translation>
        </message>
        <message>
            <source>Save &amp;As...</source>
            <translation>Enregistrer &amp;sous...</translation>
        </message>
        <message>
            <source>Save the meeting</source>
            <translation>Enregistrer la réunion</translation>
        </message>
        <message>
            <source>Save under another name</source>
            <translation>Enregistrer sous un autre nom</translation>
        </message>
        <message>
            <source>Select the agenda items to schedule first.</source>
            <translation>Sélectionnez d'abord les points de l'ordre du jour à inscrire au calendrier.</translation>
        </message>
        <message>
            <source>Show the item editor</source>
            <translation>Afficher l'éditeur de point</translation>
        </message>
        <message>
            <source>Show the meeting details</source>
            <translation>Afficher les renseignements sur la réunion</translation>
        </message>
        <message>
            <source>Show the organization of work</source>
            <translation>Afficher l'organisation des travaux</translation>
        </message>
        <message>
            <source>Show the texts side by side with a language version</source>
            <translation>Afficher les textes côte à côte avec une version linguistique</translation>
        </message>
        <message>
            <source>Start a new meeting</source>
            <translation>Commencer une nouvelle réunion</translation>
        </message>
        <message>
            <source>Start a new meeting with the agenda of an existing one</source>
            <translation>Commencer une nouvelle réunion avec l'ordre du jour d'une réunion existante</translation>
        </message>
        <message>
            <source>Start the next session's meeting from this one, which stays as it is</source>
            <translation>Commencer la réunion de la session suivante à partir de celle-ci, qui reste inchangée</translation>
        </message>
        <message>
            <source>Timetab&amp;le</source>
            <translation>Ca&amp;lendrier</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barre d'outils</translation>
        </message>
        <message>
            <source>Undo &amp;History</source>
            <translation>&amp;Historique des annulations</translation>
        </message>
        <message>
            <source>Undone: {0}</source>
            <translation>Annulé : {0}</translation>
        </message>
        <message>
            <source>Write a language version as an XLIFF file for translation tools</source>
            <translation>Écrire une version linguistique dans un fichier XLIFF pour les outils de traduction</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>&amp;Keep them where they are too (continued)</source>
            <translation>&amp;Les garder aussi où ils sont (suite)</translation>
        </message>
        <message>
            <source>Items to move: {0}</source>
            <translation>Points à déplacer : {0}</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Déplacer vers</translation>
        </message>
        <message>
            <source>This day allows no meeting.</source>
            <translation>Ce jour ne permet aucune séance.</translation>
        </message>
    </context>
    <context>
        <name>NextSessionDialog</name>
        <message>
            <source>A new, unsaved meeting is made from this one, which is not changed. Untick a symbol to keep it as it is, or type the new one.</source>
            <translation>Une nouvelle réunion, non enregistrée, est créée à partir de celle-ci, qui n'est pas modifiée. Décochez une cote pour la conserver telle quelle, ou saisissez la nouvelle.</translation>
        </message>
        <message>
            <source>Annotations to clear (the standard items keep theirs):</source>
            <translation>Annotations à effacer (les points habituels conservent les leurs) :</translation>
        </message>
        <message>
            <source>Clear the dates and the days of the organization of work</source>
            <translation>Effacer les dates et les journées de l'organisation des travaux</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>Item {0}, annotation ({1}, paragraph {2})</source>
            <translation>Point {0}, annotation ({1}, paragraphe {2})</translation>
        </message>
        <message>
            <source>Item {0}, documentation</source>
            <translation>Point {0}, documentation</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>New Session From This One</source>
            <translation>Nouvelle session à partir de celle-ci</translation>
        </message>
        <message>
            <source>New symbol</source>
            <translation>Nouvelle cote</translation>
        </message>
        <message>
            <source>Symbol now</source>
            <translation>Cote actuelle</translation>
        </message>
        <message>
            <source>The symbol has no year or number to roll.</source>
            <translation>La cote ne contient ni année ni numéro à faire avancer.</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Emplacement</translation>
        </message>
    </context>
    <context>
        <name>Origin</name>
        <message>
            <source>Imported from the Word document {0}</source>
            <translation>Importée du document Word {0}</translation>
        </message>
        <message>
            <source>Imported from the text file {0}</source>
            <translation>Importée du fichier texte {0}</translation>
        </message>
        <message>
            <source>New meeting from the agenda of {0}</source>
            <translation>Nouvelle réunion d'après l'ordre du jour de {0}</translation>
        </message>
        <message>
            <source>Next session from {0}</source>
            <translation>Session suivante de {0}</translation>
        </message>
        <message>
            <source>Not recorded (not made from another document)</source>
            <translation>Non indiqué (pas créée à partir d'un autre document)</translation>
        </message>
        <message>
            <source>Opened from the PDF {0}</source>
            <translation>Ouverte depuis le PDF {0}</translation>
        </message>
        <message>
            <source>an unsaved meeting</source>
            <translation>une réunion non enregistrée</translation>
        </message>
        <message>
            <source>{0}, on {1}</source>
            <translation>{0}, le {1}</translation>
        </message>
        <message>
            <source>“{0}”</source>
            <translation>« {0} »</translation>
        </message>
        <message>
            <source>“{0}” ({1})</source>
            <translation>« {0} » ({1})</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>&amp;Page size of new meetings:</source>
            <translation>&amp;Format de page des nouvelles réunions :</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Langue de l'interface :</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>The language of menus, buttons and messages</source>
            <translation>La langue des menus, des boutons et des messages</translation>
        </message>
        <message>
            <source>The language of the documents is chosen for each meeting, in the Meeting page.</source>
            <translation>La langue des documents se choisit pour chaque réunion, dans la page Réunion.</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Lettre US</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message numerus="yes">
            <source>%n page(s) in {0}, as they will print</source>
            <translation>
                <numerusform>%n page en {0}, telle qu'elle sera imprimée</numerusform>
                <numerusform>%n pages en {0}, telles qu'elles seront imprimées</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;Imprimer...</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Impression</translation>
        </message>
        <message>
            <source>Print Pre&amp;view</source>
            <translation>&amp;Aperçu avant impression</translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>Aperçu avant impression</translation>
        </message>
        <message>
            <source>Print the document in the language version shown</source>
            <translation>Imprimer le document dans la version linguistique affichée</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>%n page envoyée à l'imprimante.</numerusform>
                <numerusform>%n pages envoyées à l'imprimante.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show the pages as they will print, in the language version shown</source>
            <translation>Afficher les pages telles qu'elles seront imprimées, dans la version linguistique affichée</translation>
        </message>
        <message>
            <source>The document cannot be printed: {0}</source>
            <translation>Le document ne peut pas être imprimé : {0}</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>L'imprimante n'a pas pu être lancée.</translation>
        </message>
    </context>
    <context>
        <name>PreviewWidget</name>
        <message>
            <source>Page {0}</source>
            <translation>Page {0}</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Page {0} sur {1}</translation>
        </message>
        <message>
            <source>The preview could not be made: {0}</source>
            <translation>L'aperçu n'a pas pu être établi : {0}</translation>
        </message>
        <message>
            <source>Updating the preview…</source>
            <translation>Mise à jour de l'aperçu…</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>"{file}" cannot be locked for editing: others keep changing its lock</source>
            <translation>« {file} » ne peut pas être verrouillé pour modification : d'autres ne cessent de modifier son verrou</translation>
        </message>
        <message>
            <source>"{file}" cannot be locked for editing: the lock file disappeared</source>
            <translation>« {file} » ne peut pas être verrouillé pour modification : le fichier de verrou a disparu</translation>
        </message>
        <message>
            <source>"{file}" cannot be locked for editing: {detail}</source>
            <translation>« {file} » ne peut pas être verrouillé pour modification : {detail}</translation>
        </message>
        <message>
            <source>"{file}" cannot be opened ({detail})</source>
            <translation>« {file} » ne peut pas être ouvert ({detail})</translation>
        </message>
        <message>
            <source>"{file}" cannot be read: permission denied</source>
            <translation>« {file} » ne peut pas être lu : autorisation refusée</translation>
        </message>
        <message>
            <source>"{file}" cannot be read: {detail}</source>
            <translation>« {file} » ne peut pas être lu : {detail}</translation>
        </message>
        <message>
            <source>"{file}" contains {detail}, which Agenda Editor files never have: it was crafted or changed by another program, and was not opened</source>
            <translation>« {file} » contient {detail}, ce qu'un fichier Agenda Editor ne contient jamais : il a été fabriqué ou modifié par un autre programme et n'a pas été ouvert</translation>
        </message>
        <message>
            <source>"{file}" could not be saved ({detail})</source>
            <translation>« {file} » n'a pas pu être enregistré ({detail})</translation>
        </message>
        <message>
            <source>"{file}" could not be saved: permission denied</source>
            <translation>« {file} » n'a pas pu être enregistré : autorisation refusée</translation>
        </message>
        <message>
            <source>"{file}" could not be saved: {detail}</source>
            <translation>« {file} » n'a pas pu être enregistré : {detail}</translation>
        </message>
        <message>
            <source>"{file}" does not exist (it may have been moved or deleted)</source>
            <translation>« {file} » n'existe pas (il a peut-être été déplacé ou supprimé)</translation>
        </message>
        <message>
            <source>"{file}" has an unknown file format ({version})</source>
            <translation>« {file} » a un format de fichier inconnu ({version})</translation>
        </message>
        <message>
            <source>"{file}" has inconsistent content: {detail}</source>
            <translation>Le contenu de « {file} » est incohérent : {detail}</translation>
        </message>
        <message>
            <source>"{file}" holds a value of more than {megabytes} MB, which no Agenda Editor file does: it is damaged or crafted; it was not opened</source>
            <translation>« {file} » contient une valeur de plus de {megabytes} Mo, ce qu'aucun fichier Agenda Editor ne contient : il est endommagé ou fabriqué ; il n'a pas été ouvert</translation>
        </message>
        <message>
            <source>"{file}" is a database of another program, not an Agenda Editor session file</source>
            <translation>« {file} » est une base de données d'un autre programme, pas un fichier de session Agenda Editor</translation>
        </message>
        <message>
            <source>"{file}" is a folder, not a session file</source>
            <translation>« {file} » est un dossier, pas un fichier de session</translation>
        </message>
        <message>
            <source>"{file}" is a folder; a session file cannot be saved there</source>
            <translation>« {file} » est un dossier ; un fichier de session ne peut pas y être enregistré</translation>
        </message>
        <message>
            <source>"{file}" is already open in this window</source>
            <translation>« {file} » est déjà ouvert dans cette fenêtre</translation>
        </message>
        <message>
            <source>"{file}" is damaged (SQLite reports: {detail})</source>
            <translation>« {file} » est endommagé (SQLite signale : {detail})</translation>
        </message>
        <message>
            <source>"{file}" is damaged ({detail})</source>
            <translation>« {file} » est endommagé ({detail})</translation>
        </message>
        <message>
            <source>"{file}" is empty: it is not an Agenda Editor session file</source>
            <translation>« {file} » est vide : ce n'est pas un fichier de session Agenda Editor</translation>
        </message>
        <message>
            <source>"{file}" is incomplete (the file is truncated)</source>
            <translation>« {file} » est incomplet (le fichier est tronqué)</translation>
        </message>
        <message>
            <source>"{file}" is not an Agenda Editor session file</source>
            <translation>« {file} » n'est pas un fichier de session Agenda Editor</translation>
        </message>
        <message>
            <source>"{file}" is opened by {owner}</source>
            <translation>« {file} » est ouvert par {owner}</translation>
        </message>
        <message>
            <source>"{file}" kept changing while it was being read; try again later</source>
            <translation>« {file} » n'a cessé de changer pendant sa lecture ; réessayez plus tard</translation>
        </message>
        <message>
            <source>"{file}" took more than {seconds} seconds to read, which no Agenda Editor file does: it is damaged or was crafted to make programs hang; it was not opened</source>
            <translation>La lecture de « {file} » a pris plus de {seconds} secondes, ce qui n'arrive avec aucun fichier Agenda Editor : il est endommagé ou a été fabriqué pour bloquer les programmes ; il n'a pas été ouvert</translation>
        </message>
        <message>
            <source>"{file}" was changed by another program or person since it was opened; it was not overwritten</source>
            <translation>« {file} » a été modifié par un autre programme ou une autre personne depuis son ouverture ; il n'a pas été écrasé</translation>
        </message>
        <message>
            <source>"{file}" was moved or deleted since it was opened; it was not written again</source>
            <translation>« {file} » a été déplacé ou supprimé depuis son ouverture ; il n'a pas été réécrit</translation>
        </message>
        <message>
            <source>"{file}" was not opened: {journals} beside it holds changes that another program made to it and never finished. Agenda Editor neither applies nor deletes them; finish them with the program that made them, or move that file away to open the file without them</source>
            <translation>« {file} » n'a pas été ouvert : {journals}, à côté de lui, contient des modifications qu'un autre programme y a apportées sans jamais les terminer. Agenda Editor ne les applique ni ne les supprime ; terminez-les avec le programme qui les a faites, ou déplacez ce fichier ailleurs pour ouvrir le fichier sans elles</translation>
        </message>
        <message>
            <source>"{file}" was not saved: {detail}</source>
            <translation>« {file} » n'a pas été enregistré : {detail}</translation>
        </message>
        <message>
            <source>"{file}" was saved by a newer version of Agenda Editor (file format {version}; this version reads formats up to {latest}). Update Agenda Editor to open it.</source>
            <translation>« {file} » a été enregistré par une version plus récente d'Agenda Editor (format de fichier {version} ; cette version lit les formats jusqu'à {latest}). Mettez Agenda Editor à jour pour l'ouvrir.</translation>
        </message>
        <message>
            <source>&lt;/{tag}&gt; comes before &lt;/{inner}&gt;: &lt;{inner}&gt; was opened inside &lt;{tag}&gt; and must be closed first (at character {at})</source>
            <translation>&lt;/{tag}&gt; vient avant &lt;/{inner}&gt; : &lt;{inner}&gt; a été ouverte à l'intérieur de &lt;{tag}&gt; et doit être fermée d'abord (au caractère {at})</translation>
        </message>
        <message>
            <source>&lt;/{tag}&gt; has no &lt;{tag}&gt; before it to close (at character {at})</source>
            <translation>&lt;/{tag}&gt; n'a aucune balise &lt;{tag}&gt; avant elle à fermer (au caractère {at})</translation>
        </message>
        <message>
            <source>&lt;{tag}&gt; is never closed (opened at character {at})</source>
            <translation>&lt;{tag}&gt; n'est jamais fermée (ouverte au caractère {at})</translation>
        </message>
        <message>
            <source>&lt;{tag}&gt; is opened again inside &lt;{tag}&gt; (at character {at})</source>
            <translation>&lt;{tag}&gt; est ouverte à nouveau à l'intérieur de &lt;{tag}&gt; (au caractère {at})</translation>
        </message>
        <message>
            <source>a body id</source>
            <translation>un identifiant d'organe</translation>
        </message>
        <message>
            <source>a body's name</source>
            <translation>un nom d'organe</translation>
        </message>
        <message>
            <source>a body's name belongs to a body that does not exist</source>
            <translation>le nom d'un organe appartient à un organe qui n'existe pas</translation>
        </message>
        <message>
            <source>a day of the timetable</source>
            <translation>un jour du calendrier</translation>
        </message>
        <message>
            <source>a document symbol</source>
            <translation>une cote de document</translation>
        </message>
        <message>
            <source>a document title</source>
            <translation>un titre de document</translation>
        </message>
        <message>
            <source>a footnote cannot contain another footnote (at character {at})</source>
            <translation>une note de bas de page ne peut pas contenir une autre note (au caractère {at})</translation>
        </message>
        <message>
            <source>a language</source>
            <translation>une langue</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>une liste</translation>
        </message>
        <message>
            <source>a meeting of {date} belongs to the body {body}, which is not in the timetable</source>
            <translation>une séance du {date} appartient à l'organe {body}, qui n'est pas dans le calendrier</translation>
        </message>
        <message>
            <source>a start time</source>
            <translation>une heure de début</translation>
        </message>
        <message>
            <source>a version needs a name</source>
            <translation>une version doit avoir un nom</translation>
        </message>
        <message>
            <source>an agenda item is a sub-item of an item that does not exist</source>
            <translation>un point de l'ordre du jour est un sous-point d'un point qui n'existe pas</translation>
        </message>
        <message>
            <source>an annotation paragraph</source>
            <translation>un paragraphe d'annotation</translation>
        </message>
        <message>
            <source>an end time</source>
            <translation>une heure de fin</translation>
        </message>
        <message>
            <source>an id cannot be empty</source>
            <translation>un identifiant ne peut pas être vide</translation>
        </message>
        <message>
            <source>an item id</source>
            <translation>un identifiant de point</translation>
        </message>
        <message>
            <source>an item title</source>
            <translation>un titre de point</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objet</translation>
        </message>
        <message>
            <source>broken markup: {detail}</source>
            <translation>balisage incorrect : {detail}</translation>
        </message>
        <message>
            <source>cannot be written as JSON: {detail}</source>
            <translation>ne peut pas être écrit en JSON : {detail}</translation>
        </message>
        <message>
            <source>date of issue</source>
            <translation>la date de publication</translation>
        </message>
        <message>
            <source>distribution</source>
            <translation>la diffusion</translation>
        </message>
        <message>
            <source>expected "{expected}", got {value}</source>
            <translation>« {expected} » attendu ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected a JSON object at the top level, got {value}</source>
            <translation>un objet JSON est attendu au premier niveau ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected a date as YYYY-MM-DD, got {value}</source>
            <translation>une date au format AAAA-MM-JJ est attendue ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected a list of agenda item ids, got {value}</source>
            <translation>une liste d'identifiants de points de l'ordre du jour est attendue ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected a list of agenda items, got {value}</source>
            <translation>une liste de points de l'ordre du jour est attendue ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected a list of bodies, got {value}</source>
            <translation>une liste d'organes est attendue ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected a list of days, got {value}</source>
            <translation>une liste de jours est attendue ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected a list of documents, got {value}</source>
            <translation>une liste de documents est attendue ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected a list of language codes, got {value}</source>
            <translation>une liste de codes de langue est attendue ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected a list of meetings, got {value}</source>
            <translation>une liste de séances est attendue ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected a list of paragraphs, got {value}</source>
            <translation>une liste de paragraphes est attendue ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected a time as HH:MM (24-hour clock), got {value}</source>
            <translation>une heure au format HH:MM (sur 24 heures) est attendue ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected a whole number of 0 or more, got {value}</source>
            <translation>un nombre entier supérieur ou égal à 0 est attendu ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected a whole number of at most {limit}, got {value}</source>
            <translation>un nombre entier d'au plus {limit} est attendu ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected a whole number, got {value}</source>
            <translation>un nombre entier est attendu ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected an object, got {value}</source>
            <translation>un objet est attendu ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected at least one body</source>
            <translation>au moins un organe est attendu</translation>
        </message>
        <message>
            <source>expected at least one body (leave the field out for one plenary)</source>
            <translation>au moins un organe est attendu (omettez le champ pour une seule plénière)</translation>
        </message>
        <message>
            <source>expected one of {choices}, got {value}</source>
            <translation>l'une des valeurs {choices} est attendue ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected paragraphs (or a map of language codes to paragraphs), got {value}</source>
            <translation>des paragraphes sont attendus (ou une table associant des codes de langue à des paragraphes) ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected text (or a map of language codes to text), got {value}</source>
            <translation>un texte est attendu (ou une table associant des codes de langue à des textes) ; reçu : {value}</translation>
        </message>
        <message>
            <source>expected text, got {value}</source>
            <translation>un texte est attendu ; reçu : {value}</translation>
        </message>
        <message>
            <source>first day</source>
            <translation>le premier jour</translation>
        </message>
        <message>
            <source>invalid JSON at line {line}, column {column}: {detail}</source>
            <translation>JSON non valide à la ligne {line}, colonne {column} : {detail}</translation>
        </message>
        <message>
            <source>invalid JSON: a number of {characters} characters is too long</source>
            <translation>JSON non valide : un nombre de {characters} caractères est trop long</translation>
        </message>
        <message>
            <source>invalid JSON: a number of {digits} digits is too long</source>
            <translation>JSON non valide : un nombre de {digits} chiffres est trop long</translation>
        </message>
        <message>
            <source>invalid JSON: nested too deeply</source>
            <translation>JSON non valide : imbrication trop profonde</translation>
        </message>
        <message>
            <source>invalid JSON: {name} is not a valid JSON value</source>
            <translation>JSON non valide : {name} n'est pas une valeur JSON valide</translation>
        </message>
        <message>
            <source>it cannot be read: {detail}</source>
            <translation>elle ne peut pas être lue : {detail}</translation>
        </message>
        <message>
            <source>it contains {detail}, which Agenda Editor files never have: it was crafted or changed by another program, and was not opened</source>
            <translation>elle contient {detail}, ce que les fichiers Agenda Editor n'ont jamais : elle a été fabriquée ou modifiée par un autre programme, et n'a pas été ouverte</translation>
        </message>
        <message>
            <source>it has a meeting text of an unknown kind {kind}</source>
            <translation>il contient un texte de la réunion d'un type inconnu, {kind}</translation>
        </message>
        <message>
            <source>it has an unknown format ({version})</source>
            <translation>elle a un format inconnu ({version})</translation>
        </message>
        <message>
            <source>it has more than one {what} record</source>
            <translation>il contient plus d'un enregistrement pour {what}</translation>
        </message>
        <message>
            <source>it has no {what} record</source>
            <translation>il ne contient aucun enregistrement pour {what}</translation>
        </message>
        <message>
            <source>it is damaged (SQLite reports: {detail})</source>
            <translation>elle est endommagée (SQLite signale : {detail})</translation>
        </message>
        <message>
            <source>it is damaged (it cannot be uncompressed: {detail})</source>
            <translation>elle est endommagée (elle ne peut pas être décompressée : {detail})</translation>
        </message>
        <message>
            <source>it is damaged (it does not hold a meeting)</source>
            <translation>elle est endommagée (elle ne contient pas de réunion)</translation>
        </message>
        <message>
            <source>it is damaged (it does not hold an Agenda Editor meeting)</source>
            <translation>elle est endommagée (elle ne contient pas de réunion Agenda Editor)</translation>
        </message>
        <message>
            <source>it is damaged (it holds a value of more than {megabytes} MB)</source>
            <translation>elle est endommagée (elle contient une valeur de plus de {megabytes} Mo)</translation>
        </message>
        <message>
            <source>it is damaged (it holds versions of its own)</source>
            <translation>elle est endommagée (elle contient elle-même des versions)</translation>
        </message>
        <message>
            <source>it is damaged (its compressed data is cut short or has extra bytes)</source>
            <translation>elle est endommagée (ses données compressées sont tronquées ou ont des octets en trop)</translation>
        </message>
        <message>
            <source>it is damaged ({detail})</source>
            <translation>elle est endommagée ({detail})</translation>
        </message>
        <message>
            <source>it is larger than {limit} MB once uncompressed, which no meeting is: it is damaged or crafted</source>
            <translation>une fois décompressée, elle dépasse {limit} Mo, ce qu'aucune réunion n'atteint : elle est endommagée ou fabriquée</translation>
        </message>
        <message>
            <source>it is not an Agenda Editor session database</source>
            <translation>ce n'est pas une base de données de session Agenda Editor</translation>
        </message>
        <message>
            <source>it keeps {count} versions, more than the {limit} any Agenda Editor file has</source>
            <translation>il garde {count} versions, plus que les {limit} d'un fichier Agenda Editor, quel qu'il soit</translation>
        </message>
        <message>
            <source>it records more than one origin of the meeting</source>
            <translation>il indique plus d'une origine de la réunion</translation>
        </message>
        <message>
            <source>it refers to {key} which it does not contain</source>
            <translation>il fait référence à {key}, qu'il ne contient pas</translation>
        </message>
        <message>
            <source>it took too long to read: it is damaged or crafted</source>
            <translation>sa lecture a pris trop de temps : elle est endommagée ou fabriquée</translation>
        </message>
        <message>
            <source>it was made by a newer version of Agenda Editor (format {version}; this version reads formats up to {latest})</source>
            <translation>elle a été créée par une version plus récente d'Agenda Editor (format {version} ; cette version lit les formats jusqu'à {latest})</translation>
        </message>
        <message>
            <source>its content is inconsistent: {detail}</source>
            <translation>son contenu est incohérent : {detail}</translation>
        </message>
        <message>
            <source>its schema version is {version}, not {latest}</source>
            <translation>la version de son schéma est {version}, et non {latest}</translation>
        </message>
        <message>
            <source>its timetable has no body</source>
            <translation>son calendrier n'a aucun organe</translation>
        </message>
        <message>
            <source>its versions take {size} MB, more than the {limit} MB any Agenda Editor file has</source>
            <translation>ses versions occupent {size} Mo, plus que les {limit} Mo d'un fichier Agenda Editor, quel qu'il soit</translation>
        </message>
        <message>
            <source>last day</source>
            <translation>le dernier jour</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>la réunion</translation>
        </message>
        <message>
            <source>meetings on a day</source>
            <translation>séances d'une journée</translation>
        </message>
        <message>
            <source>meetings per day</source>
            <translation>séances par jour</translation>
        </message>
        <message>
            <source>missing; expected "{expected}"</source>
            <translation>absent ; « {expected} » attendu</translation>
        </message>
        <message>
            <source>missing; this field is required</source>
            <translation>absent ; ce champ est obligatoire</translation>
        </message>
        <message>
            <source>no agenda item has the id {id}</source>
            <translation>aucun point de l'ordre du jour n'a l'identifiant {id}</translation>
        </message>
        <message>
            <source>no body has the id {id}; the bodies are {bodies}</source>
            <translation>aucun organe n'a l'identifiant {id} ; les organes sont {bodies}</translation>
        </message>
        <message>
            <source>not UTF-8 text (invalid byte at offset {offset})</source>
            <translation>ce n'est pas du texte UTF-8 (octet non valide à la position {offset})</translation>
        </message>
        <message>
            <source>not a PDF file</source>
            <translation>ce n'est pas un fichier PDF</translation>
        </message>
        <message>
            <source>origin</source>
            <translation>l'origine</translation>
        </message>
        <message>
            <source>page size</source>
            <translation>le format de page</translation>
        </message>
        <message>
            <source>part of the meeting cannot be read ({detail})</source>
            <translation>une partie de la réunion ne peut pas être lue ({detail})</translation>
        </message>
        <message>
            <source>schema version {version} is newer than this program knows ({latest})</source>
            <translation>la version de schéma {version} est plus récente que celles que ce programme connaît ({latest})</translation>
        </message>
        <message>
            <source>schema version {version} is not a known version</source>
            <translation>la version de schéma {version} n'est pas une version connue</translation>
        </message>
        <message>
            <source>some agenda items are sub-items of themselves</source>
            <translation>certains points de l'ordre du jour sont des sous-points d'eux-mêmes</translation>
        </message>
        <message>
            <source>the PDF cannot be read ({detail})</source>
            <translation>le PDF ne peut pas être lu ({detail})</translation>
        </message>
        <message>
            <source>the date the meeting was made</source>
            <translation>la date de création de la réunion</translation>
        </message>
        <message>
            <source>the document is empty</source>
            <translation>le document est vide</translation>
        </message>
        <message>
            <source>the document symbol</source>
            <translation>la cote du document</translation>
        </message>
        <message>
            <source>the field "{field}" is given more than once</source>
            <translation>le champ « {field} » figure plus d'une fois</translation>
        </message>
        <message>
            <source>the file is a translation into {target}, not into {lang}</source>
            <translation>le fichier est une traduction vers {target}, pas vers {lang}</translation>
        </message>
        <message>
            <source>the file is a translation of {theirs}, not of this meeting ({ours})</source>
            <translation>le fichier est une traduction de {theirs}, pas de cette réunion ({ours})</translation>
        </message>
        <message>
            <source>the file the meeting came from</source>
            <translation>le fichier dont vient la réunion</translation>
        </message>
        <message>
            <source>the file translates from {source}, but the original of this meeting is {original}</source>
            <translation>le fichier traduit depuis {source}, mais l'original de cette réunion est en {original}</translation>
        </message>
        <message>
            <source>the file translates into {target}, the original language itself</source>
            <translation>le fichier traduit vers {target}, la langue originale elle-même</translation>
        </message>
        <message>
            <source>the file translates into {target}, which is not one of the languages {languages}</source>
            <translation>le fichier traduit vers {target}, qui n'est pas l'une des langues {languages}</translation>
        </message>
        <message>
            <source>the id {id} is already used by {owner}</source>
            <translation>l'identifiant {id} est déjà utilisé par {owner}</translation>
        </message>
        <message>
            <source>the language "{lang}" is given more than once</source>
            <translation>la langue « {lang} » figure plus d'une fois</translation>
        </message>
        <message>
            <source>the meeting is too large to keep as a version ({size} MB compressed; at most {limit} MB)</source>
            <translation>la réunion est trop volumineuse pour être gardée comme version ({size} Mo compressés ; au plus {limit} Mo)</translation>
        </message>
        <message>
            <source>the name of a version has at most {limit} characters</source>
            <translation>le nom d'une version compte au plus {limit} caractères</translation>
        </message>
        <message>
            <source>the name of a version is one line without control characters</source>
            <translation>le nom d'une version tient sur une ligne, sans caractères de contrôle</translation>
        </message>
        <message>
            <source>the number of {what} is not a whole number ({value})</source>
            <translation>le nombre de {what} n'est pas un nombre entier ({value})</translation>
        </message>
        <message>
            <source>the number {number}</source>
            <translation>le nombre {number}</translation>
        </message>
        <message>
            <source>the original language</source>
            <translation>la langue originale</translation>
        </message>
        <message>
            <source>the symbol the meeting came from</source>
            <translation>la cote dont vient la réunion</translation>
        </message>
        <message>
            <source>the table {table} refers to missing {parent} rows</source>
            <translation>la table {table} fait référence à des lignes {parent} absentes</translation>
        </message>
        <message>
            <source>the text contains a character that cannot be stored (a lone surrogate, U+{code}, at character {position}); it comes from broken text, remove it</source>
            <translation>le texte contient un caractère qui ne peut pas être enregistré (un demi-codet isolé, U+{code}, au caractère {position}) ; il provient d'un texte abîmé, supprimez-le</translation>
        </message>
        <message>
            <source>the text is too long: {length} characters, at most {limit} are accepted</source>
            <translation>le texte est trop long : {length} caractères, {limit} au plus sont acceptés</translation>
        </message>
        <message>
            <source>the timetable has a meeting of a body that does not exist</source>
            <translation>le calendrier a une séance d'un organe qui n'existe pas</translation>
        </message>
        <message>
            <source>the timetable has a meeting on a day that does not exist</source>
            <translation>le calendrier a une séance un jour qui n'existe pas</translation>
        </message>
        <message>
            <source>the timetable has no body</source>
            <translation>le calendrier n'a aucun organe</translation>
        </message>
        <message>
            <source>the timetable lists an item that is not in the agenda</source>
            <translation>le calendrier mentionne un point qui n'est pas dans l'ordre du jour</translation>
        </message>
        <message>
            <source>the timetable lists items for a meeting that does not exist</source>
            <translation>le calendrier mentionne des points pour une séance qui n'existe pas</translation>
        </message>
        <message>
            <source>the timetable of {date} lists the item {id}, which is not in the agenda</source>
            <translation>le calendrier du {date} mentionne le point {id}, qui n'est pas dans l'ordre du jour</translation>
        </message>
        <message>
            <source>the {what} {value} is not a known value</source>
            <translation>{what} : la valeur {value} n'est pas une valeur connue</translation>
        </message>
        <message>
            <source>this PDF was not made by Agenda Editor (it carries no meeting to open); open the .agenda or .json file it was made from instead</source>
            <translation>ce PDF n'a pas été créé par Agenda Editor (il ne contient aucune réunion à ouvrir) ; ouvrez plutôt le fichier .agenda ou .json à partir duquel il a été créé</translation>
        </message>
        <message>
            <source>timetable</source>
            <translation>le calendrier</translation>
        </message>
        <message>
            <source>too deep: the agenda has at most {levels} levels of items</source>
            <translation>trop profond : l'ordre du jour a au plus {levels} niveaux de points</translation>
        </message>
        <message>
            <source>two agenda items have the same id {id}</source>
            <translation>deux points de l'ordre du jour ont le même identifiant {id}</translation>
        </message>
        <message>
            <source>two bodies have the same id {id}</source>
            <translation>deux organes ont le même identifiant {id}</translation>
        </message>
        <message>
            <source>unknown field; did you mean "{field}"?</source>
            <translation>champ inconnu ; vouliez-vous dire « {field} » ?</translation>
        </message>
        <message>
            <source>unknown field; expected one of {fields}</source>
            <translation>champ inconnu ; l'un des champs suivants est attendu : {fields}</translation>
        </message>
        <message>
            <source>unknown language {lang}; expected one of {languages}</source>
            <translation>langue inconnue {lang} ; l'une des langues suivantes est attendue : {languages}</translation>
        </message>
        <message>
            <source>upgrading the schema from version {version} to {next} failed: {detail}</source>
            <translation>la mise à niveau du schéma de la version {version} à la version {next} a échoué : {detail}</translation>
        </message>
        <message>
            <source>version {n} ({name}) has no proper date</source>
            <translation>la version {n} ({name}) n'a pas de date correcte</translation>
        </message>
        <message>
            <source>version {n} ({name}) holds no meeting</source>
            <translation>la version {n} ({name}) ne contient aucune réunion</translation>
        </message>
        <message>
            <source>version {n} ({name}) is stored in an unknown way</source>
            <translation>la version {n} ({name}) est enregistrée d'une manière inconnue</translation>
        </message>
        <message>
            <source>version {n} has no proper name</source>
            <translation>la version {n} n'a pas de nom correct</translation>
        </message>
        <message>
            <source>{file}: XLIFF version {version}; only XLIFF 1.2 files can be merged</source>
            <translation>{file} : XLIFF version {version} ; seuls les fichiers XLIFF 1.2 peuvent être fusionnés</translation>
        </message>
        <message>
            <source>{file}: cannot be read ({detail})</source>
            <translation>{file} : ne peut pas être lu ({detail})</translation>
        </message>
        <message>
            <source>{file}: declares XML entities, which translation files do not need and which can expand without end (refused)</source>
            <translation>{file} : déclare des entités XML, dont les fichiers de traduction n'ont pas besoin et qui peuvent s'étendre sans fin (refusé)</translation>
        </message>
        <message>
            <source>{file}: does not say which language it translates into</source>
            <translation>{file} : n'indique pas vers quelle langue il traduit</translation>
        </message>
        <message>
            <source>{file}: holds characters that are not text</source>
            <translation>{file} : contient des caractères qui ne sont pas du texte</translation>
        </message>
        <message>
            <source>{file}: holds {count} &lt;file&gt; elements; a translation of a meeting has one</source>
            <translation>{file} : contient {count} éléments &lt;file&gt; ; la traduction d'une réunion en a un</translation>
        </message>
        <message>
            <source>{file}: is a folder, not a translation file</source>
            <translation>{file} : est un dossier, pas un fichier de traduction</translation>
        </message>
        <message>
            <source>{file}: no such file</source>
            <translation>{file} : ce fichier n'existe pas</translation>
        </message>
        <message>
            <source>{file}: not UTF-8 text (byte {offset}); save it as UTF-8 and import it again</source>
            <translation>{file} : ce n'est pas du texte UTF-8 (octet {offset}) ; enregistrez-le en UTF-8 et importez-le de nouveau</translation>
        </message>
        <message>
            <source>{file}: not a Word document (no word/document.xml)</source>
            <translation>{file} : ce n'est pas un document Word (pas de word/document.xml)</translation>
        </message>
        <message>
            <source>{file}: not a Word document (not a .docx archive)</source>
            <translation>{file} : ce n'est pas un document Word (pas une archive .docx)</translation>
        </message>
        <message>
            <source>{file}: not an XLIFF file (its root element is &lt;{root}&gt;)</source>
            <translation>{file} : ce n'est pas un fichier XLIFF (son élément racine est &lt;{root}&gt;)</translation>
        </message>
        <message>
            <source>{file}: not an agenda to import; expected a .docx or .txt file</source>
            <translation>{file} : ce n'est pas un ordre du jour à importer ; un fichier .docx ou .txt est attendu</translation>
        </message>
        <message>
            <source>{file}: not well-formed XML: {detail} at line {line}, column {column}</source>
            <translation>{file} : XML mal formé : {detail} à la ligne {line}, colonne {column}</translation>
        </message>
        <message>
            <source>{file}: refers to external files or addresses (refused)</source>
            <translation>{file} : fait référence à des fichiers ou adresses externes (refusé)</translation>
        </message>
        <message>
            <source>{file}: the Word document is damaged ({detail})</source>
            <translation>{file} : le document Word est endommagé ({detail})</translation>
        </message>
        <message>
            <source>{file}: too large for an agenda</source>
            <translation>{file} : trop volumineux pour un ordre du jour</translation>
        </message>
        <message>
            <source>{file}: too large for an agenda's text</source>
            <translation>{file} : trop volumineux pour le texte d'un ordre du jour</translation>
        </message>
        <message>
            <source>{file}: unpacks to more than an agenda can hold</source>
            <translation>{file} : une fois décompressé, dépasse ce qu'un ordre du jour peut contenir</translation>
        </message>
        <message>
            <source>{file}: {size} MB is far more than the translation of a meeting (at most {limit} MB are read)</source>
            <translation>{file} : {size} Mo, c'est bien plus que la traduction d'une réunion (au plus {limit} Mo sont lus)</translation>
        </message>
        <message>
            <source>{lang} is the original language of the meeting; choose another</source>
            <translation>{lang} est la langue originale de la réunion ; choisissez-en une autre</translation>
        </message>
        <message>
            <source>{user} on host {host} since {time}</source>
            <translation>{user} sur l'ordinateur {host} depuis le {time}</translation>
        </message>
        <message>
            <source>{value} is not a UN language code; expected one of {languages}</source>
            <translation>{value} n'est pas un code de langue de l'ONU ; l'un des codes suivants est attendu : {languages}</translation>
        </message>
        <message>
            <source>{value} is not a date of the calendar</source>
            <translation>{value} n'est pas une date du calendrier</translation>
        </message>
        <message>
            <source>{value} is not a time of day</source>
            <translation>{value} n'est pas une heure de la journée</translation>
        </message>
        <message>
            <source>{value} was made by a newer version of Agenda Editor; this version reads "{expected}"</source>
            <translation>{value} a été créé par une version plus récente d'Agenda Editor ; cette version lit « {expected} »</translation>
        </message>
        <message>
            <source>{what} is not a valid date ({detail})</source>
            <translation>{what} : ce n'est pas une date valide ({detail})</translation>
        </message>
        <message>
            <source>{what} is not a valid time ({value})</source>
            <translation>{what} : ce n'est pas une heure valide ({value})</translation>
        </message>
        <message>
            <source>{what} is not text ({value})</source>
            <translation>{what} : ce n'est pas du texte ({value})</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>&amp;Discard All</source>
            <translation>&amp;Tout abandonner</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>&amp;Récupérer</translation>
        </message>
        <message>
            <source>Agenda Editor was not closed normally. The work below was not saved; recover it now, or discard it.</source>
            <translation>Agenda Editor n'a pas été fermé normalement. Le travail ci-dessous n'a pas été enregistré : récupérez-le maintenant ou abandonnez-le.</translation>
        </message>
        <message>
            <source>Decide &amp;Later</source>
            <translation>Décider &amp;plus tard</translation>
        </message>
        <message>
            <source>Recover Unsaved Work</source>
            <translation>Récupérer le travail non enregistré</translation>
        </message>
        <message>
            <source>Untitled meeting</source>
            <translation>Réunion sans titre</translation>
        </message>
        <message>
            <source>{0} — unsaved work of {1}</source>
            <translation>{0} — travail non enregistré du {1}</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;Items to take up:</source>
            <translation>&amp;Points à examiner :</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Séance :</translation>
        </message>
        <message>
            <source>Choose at least one item.</source>
            <translation>Choisissez au moins un point.</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nouvelle réunion</translation>
        </message>
        <message>
            <source>New meeting of {0}</source>
            <translation>Nouvelle séance : {0}</translation>
        </message>
        <message>
            <source>Schedule in</source>
            <translation>Inscrire au calendrier</translation>
        </message>
        <message>
            <source>The timetable has no days: set the meeting's dates.</source>
            <translation>Le calendrier ne comporte aucun jour : indiquez les dates de la réunion.</translation>
        </message>
        <message>
            <source>This day allows no meeting.</source>
            <translation>Ce jour ne permet aucune séance.</translation>
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
            <translation>&amp;Fin à :</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Début à :</translation>
        </message>
        <message>
            <source>A meeting must end after it starts.</source>
            <translation>Une séance doit se terminer après son début.</translation>
        </message>
        <message>
            <source>Meeting times: {0}</source>
            <translation>Horaires de la séance : {0}</translation>
        </message>
    </context>
    <context>
        <name>Spelling</name>
        <message>
            <source>Add “{0}” to the Dictionary</source>
            <translation>Ajouter « {0} » au dictionnaire</translation>
        </message>
        <message>
            <source>Check &amp;Spelling</source>
            <translation>Vérifier l'&amp;orthographe</translation>
        </message>
        <message>
            <source>No suggestions</source>
            <translation>Aucune suggestion</translation>
        </message>
        <message>
            <source>Spelling:</source>
            <translation>Orthographe :</translation>
        </message>
        <message>
            <source>Underline misspelt words in the title, annotation, footnotes and translation</source>
            <translation>Souligner les fautes d'orthographe dans le titre, les annotations, les notes de bas de page et la traduction</translation>
        </message>
        <message>
            <source>{0}: Hunspell dictionary {1}</source>
            <translation>{0} : dictionnaire Hunspell {1}</translation>
        </message>
        <message>
            <source>{0}: no dictionary installed; words are not checked (install the Hunspell dictionary of this language, e.g. hunspell-{1})</source>
            <translation>{0} : aucun dictionnaire installé ; les mots ne sont pas vérifiés (installez le dictionnaire Hunspell de cette langue, par exemple hunspell-{1})</translation>
        </message>
        <message>
            <source>{0}: no spelling check</source>
            <translation>{0} : pas de vérification orthographique</translation>
        </message>
    </context>
    <context>
        <name>Timetable</name>
        <message numerus="yes">
            <source>%n day(s) no longer of the meeting take up agenda items: {0}. Remove them and put their items back among the unscheduled items, or keep them?</source>
            <translation>
                <numerusform>%n jour qui ne fait plus partie de la réunion comporte des points de l'ordre du jour : {0}. Le supprimer et remettre ses points parmi les points non programmés, ou le conserver ?</numerusform>
                <numerusform>%n jours qui ne font plus partie de la réunion comportent des points de l'ordre du jour : {0}. Les supprimer et remettre leurs points parmi les points non programmés, ou les conserver ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days from {0} to {1}</source>
            <translation>
                <numerusform>%n jour du {0} au {1}</numerusform>
                <numerusform>%n jours du {0} au {1}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n placed item(s) went back to the unscheduled items.</source>
            <translation>
                <numerusform>%n point placé est revenu parmi les points non programmés.</numerusform>
                <numerusform>%n points placés sont revenus parmi les points non programmés.</numerusform>
            </translation>
        </message>
        <message>
            <source>(item no longer in the agenda)</source>
            <translation>(point ne figurant plus dans l'ordre du jour)</translation>
        </message>
        <message>
            <source>A limit cannot be negative.</source>
            <translation>Une limite ne peut pas être négative.</translation>
        </message>
        <message>
            <source>A meeting must end after it starts.</source>
            <translation>Une séance doit se terminer après son début.</translation>
        </message>
        <message>
            <source>Add body {0}</source>
            <translation>Ajouter l'organe {0}</translation>
        </message>
        <message>
            <source>Add meeting on {0}</source>
            <translation>Ajouter une séance le {0}</translation>
        </message>
        <message>
            <source>Add meeting {0} of {1} first.</source>
            <translation>Ajoutez d'abord la séance {0} du {1}.</translation>
        </message>
        <message>
            <source>Added {0}.</source>
            <translation>Ajouté : {0}.</translation>
        </message>
        <message>
            <source>Allow {0} meeting(s) on {1}</source>
            <translation>Autoriser {0} séance(s) le {1}</translation>
        </message>
        <message>
            <source>Allow {0} meeting(s) per day</source>
            <translation>Autoriser {0} séance(s) par jour</translation>
        </message>
        <message>
            <source>Body {0}</source>
            <translation>Organe {0}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Change meeting times on {0} to {1}</source>
            <translation>Modifier les horaires de la séance du {0} : {1}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Continue {0} on {1}</source>
            <translation>Poursuivre {0} le {1}</translation>
        </message>
        <message>
            <source>Days outside the meeting</source>
            <translation>Jours en dehors de la réunion</translation>
        </message>
        <message>
            <source>Days to add: {0}.</source>
            <translation>Jours à ajouter : {0}.</translation>
        </message>
        <message>
            <source>Days to remove: {0}.</source>
            <translation>Jours à supprimer : {0}.</translation>
        </message>
        <message>
            <source>Drop agenda items here to add a meeting of {0} on {1}.</source>
            <translation>Déposez des points de l'ordre du jour ici pour ajouter une séance ({0}) le {1}.</translation>
        </message>
        <message>
            <source>Drop agenda items here to add a meeting on {0}.</source>
            <translation>Déposez des points de l'ordre du jour ici pour ajouter une séance le {0}.</translation>
        </message>
        <message>
            <source>Drop here to unschedule.</source>
            <translation>Déposez ici pour retirer du calendrier.</translation>
        </message>
        <message>
            <source>Drop items here to add a meeting</source>
            <translation>Déposez des points ici pour ajouter une séance</translation>
        </message>
        <message>
            <source>Drop onto a meeting of a day.</source>
            <translation>Déposez sur une séance d'une journée.</translation>
        </message>
        <message>
            <source>Drop to continue the item(s) in this meeting.</source>
            <translation>Déposez pour poursuivre l'examen du ou des points à cette séance.</translation>
        </message>
        <message>
            <source>Drop to take up the item(s) in this meeting.</source>
            <translation>Déposez pour examiner le ou les points à cette séance.</translation>
        </message>
        <message>
            <source>Give the timetable one day per date of the meeting, adding and removing days</source>
            <translation>Donner au calendrier un jour par date de la réunion, en ajoutant et en supprimant des jours</translation>
        </message>
        <message>
            <source>Include Saturdays and Sund&amp;ays</source>
            <translation>Inclure les samedis et dim&amp;anches</translation>
        </message>
        <message>
            <source>Item {0} is already taken up in that meeting.</source>
            <translation>Le point {0} est déjà examiné à cette séance.</translation>
        </message>
        <message>
            <source>Item {0} is taken up after item {1}, which comes after it on the agenda.</source>
            <translation>Le point {0} est examiné après le point {1}, qui le suit dans l'ordre du jour.</translation>
        </message>
        <message>
            <source>Item {0} would be taken up twice in one meeting.</source>
            <translation>Le point {0} serait examiné deux fois à la même séance.</translation>
        </message>
        <message>
            <source>Items placed on {0} go back to the unscheduled items if the day is removed (you are asked first).</source>
            <translation>Les points placés le {0} reviennent parmi les points non programmés si le jour est supprimé (la question vous est posée d'abord).</translation>
        </message>
        <message>
            <source>Keep the days</source>
            <translation>Conserver les jours</translation>
        </message>
        <message numerus="yes">
            <source>Kept %n day(s) that take up items: {0}.</source>
            <translation>
                <numerusform>%n jour qui comporte des points a été conservé : {0}.</numerusform>
                <numerusform>%n jours qui comportent des points ont été conservés : {0}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Match Days to Meeting &amp;Dates</source>
            <translation>Faire correspondre les jours aux &amp;dates de la réunion</translation>
        </message>
        <message>
            <source>Match Days to Meeting Dates</source>
            <translation>Faire correspondre les jours aux dates de la réunion</translation>
        </message>
        <message>
            <source>Match the timetable's days to the meeting dates</source>
            <translation>Faire correspondre les jours du calendrier aux dates de la réunion</translation>
        </message>
        <message>
            <source>Meeting {0}</source>
            <translation>Séance {0}</translation>
        </message>
        <message>
            <source>Meeting {0} of {1}</source>
            <translation>Séance {0} : {1}</translation>
        </message>
        <message>
            <source>Move body {0}</source>
            <translation>Déplacer l'organe {0}</translation>
        </message>
        <message>
            <source>Move meeting of {0} to {1}</source>
            <translation>Déplacer la séance du {0} vers {1}</translation>
        </message>
        <message>
            <source>Move {0} to {1}</source>
            <translation>Déplacer {0} vers {1}</translation>
        </message>
        <message>
            <source>No interpretation</source>
            <translation>Pas d'interprétation</translation>
        </message>
        <message>
            <source>No meeting is planned here.</source>
            <translation>Aucune séance n'est prévue ici.</translation>
        </message>
        <message>
            <source>Not yet translated: shown in the original language.</source>
            <translation>Pas encore traduit : affiché dans la langue originale.</translation>
        </message>
        <message>
            <source>Only agenda items can be dropped here.</source>
            <translation>Seuls des points de l'ordre du jour peuvent être déposés ici.</translation>
        </message>
        <message>
            <source>Remove body {0}</source>
            <translation>Supprimer l'organe {0}</translation>
        </message>
        <message>
            <source>Remove meeting of {0}</source>
            <translation>Supprimer la séance du {0}</translation>
        </message>
        <message>
            <source>Remove the days</source>
            <translation>Supprimer les jours</translation>
        </message>
        <message>
            <source>Removed {0}.</source>
            <translation>Supprimé : {0}.</translation>
        </message>
        <message>
            <source>Rename body {0}</source>
            <translation>Renommer l'organe {0}</translation>
        </message>
        <message>
            <source>Saturdays and Sundays are days of the meeting.</source>
            <translation>Les samedis et dimanches sont des jours de la réunion.</translation>
        </message>
        <message>
            <source>Saturdays and Sundays are left out: {0}.</source>
            <translation>Les samedis et dimanches sont laissés de côté : {0}.</translation>
        </message>
        <message>
            <source>Saturdays and Sundays left out.</source>
            <translation>Samedis et dimanches laissés de côté.</translation>
        </message>
        <message>
            <source>Schedule {0} on {1}</source>
            <translation>Inscrire {0} le {1}</translation>
        </message>
        <message>
            <source>Set the meeting's start and end dates first.</source>
            <translation>Indiquez d'abord les dates de début et de fin de la réunion.</translation>
        </message>
        <message>
            <source>Set the meeting's start and end dates to plan its days here.</source>
            <translation>Indiquez les dates de début et de fin de la réunion pour en planifier les jours ici.</translation>
        </message>
        <message>
            <source>That body already meets at {0} on {1}.</source>
            <translation>Cet organe siège déjà à {0} le {1}.</translation>
        </message>
        <message>
            <source>That body is no longer in the timetable.</source>
            <translation>Cet organe ne figure plus dans le calendrier.</translation>
        </message>
        <message>
            <source>That item is no longer in the agenda.</source>
            <translation>Ce point ne figure plus dans l'ordre du jour.</translation>
        </message>
        <message>
            <source>That meeting or item is no longer in the timetable.</source>
            <translation>Cette séance ou ce point ne figure plus dans le calendrier.</translation>
        </message>
        <message>
            <source>The days of the timetable do not match the meeting's dates.</source>
            <translation>Les jours du calendrier ne correspondent pas aux dates de la réunion.</translation>
        </message>
        <message>
            <source>The meetings of {0} take up items; no meeting would be left for them.</source>
            <translation>Les séances du {0} comprennent des points ; il ne resterait aucune séance pour eux.</translation>
        </message>
        <message>
            <source>The timetable needs at least one body.</source>
            <translation>Le calendrier doit comporter au moins un organe.</translation>
        </message>
        <message>
            <source>There is no timetable.</source>
            <translation>Il n'y a pas de calendrier.</translation>
        </message>
        <message>
            <source>There is nothing to move.</source>
            <translation>Il n'y a rien à déplacer.</translation>
        </message>
        <message>
            <source>There is nothing to schedule.</source>
            <translation>Il n'y a rien à inscrire au calendrier.</translation>
        </message>
        <message>
            <source>This meeting belongs to no body of the timetable.</source>
            <translation>Cette séance n'appartient à aucun organe du calendrier.</translation>
        </message>
        <message>
            <source>This meeting ends before it starts.</source>
            <translation>Cette séance se termine avant de commencer.</translation>
        </message>
        <message>
            <source>This meeting lists an item that is not in the agenda.</source>
            <translation>Cette séance comprend un point qui ne figure pas dans l'ordre du jour.</translation>
        </message>
        <message>
            <source>This meeting overlaps the meeting {0}.</source>
            <translation>Cette séance chevauche la séance {0}.</translation>
        </message>
        <message>
            <source>Unschedule {0}</source>
            <translation>Retirer {0} du calendrier</translation>
        </message>
        <message>
            <source>Use the default number of meetings on {0}</source>
            <translation>Nombre de séances par défaut le {0}</translation>
        </message>
        <message>
            <source>Whether the meeting sits on Saturdays and Sundays (days added and kept)</source>
            <translation>Si la réunion siège le samedi et le dimanche (jours ajoutés et conservés)</translation>
        </message>
        <message>
            <source>item {0}</source>
            <translation>point {0}</translation>
        </message>
        <message>
            <source>items {0}</source>
            <translation>points {0}</translation>
        </message>
        <message>
            <source>{0} allows at most {1} meeting(s), all bodies together: interpretation is not available.</source>
            <translation>Le {0} permet au plus {1} séance(s), tous organes confondus : l'interprétation n'est pas disponible.</translation>
        </message>
        <message>
            <source>{0} allows at most {1} meeting(s): interpretation is not available.</source>
            <translation>Le {0} permet au plus {1} séance(s) : l'interprétation n'est pas disponible.</translation>
        </message>
        <message>
            <source>{0} has {1} meetings, more than the new limit of {2}.</source>
            <translation>Le {0} compte {1} séances, plus que la nouvelle limite de {2}.</translation>
        </message>
        <message>
            <source>{0} has {1} meetings; the limit is {2}.</source>
            <translation>Le {0} compte {1} séances ; la limite est de {2}.</translation>
        </message>
        <message>
            <source>{0} is outside the meeting's dates.</source>
            <translation>Le {0} est en dehors des dates de la réunion.</translation>
        </message>
        <message>
            <source>{0} of {1} meetings (limit set for this day)</source>
            <translation>{0} séances sur {1} (limite fixée pour ce jour)</translation>
        </message>
        <message>
            <source>{0} of {1} meetings (the meeting's default)</source>
            <translation>{0} séances sur {1} (valeur par défaut de la réunion)</translation>
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
                <numerusform>%n point de l'ordre du jour non inscrit au calendrier</numerusform>
                <numerusform>%n points de l'ordre du jour non inscrits au calendrier</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add Meeting to Day</source>
            <translation>&amp;Ajouter une séance au jour</translation>
        </message>
        <message>
            <source>&amp;Meetings per day (default):</source>
            <translation>&amp;Séances par jour (par défaut) :</translation>
        </message>
        <message>
            <source>&amp;Move To...</source>
            <translation>&amp;Déplacer vers...</translation>
        </message>
        <message>
            <source>&amp;Remove Meeting</source>
            <translation>&amp;Supprimer la séance</translation>
        </message>
        <message>
            <source>&amp;Schedule Items Here...</source>
            <translation>&amp;Inscrire des points ici...</translation>
        </message>
        <message>
            <source>&amp;Unschedule</source>
            <translation>&amp;Retirer du calendrier</translation>
        </message>
        <message>
            <source>Add Meeting</source>
            <translation>Ajouter une séance</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Day Limit...</source>
            <translation>Limite du jour...</translation>
        </message>
        <message>
            <source>Edit Meeting &amp;Times...</source>
            <translation>Modifier les &amp;horaires de la séance...</translation>
        </message>
        <message>
            <source>Fewer meetings</source>
            <translation>Moins de séances</translation>
        </message>
        <message>
            <source>Meetings &amp;Limit of Day...</source>
            <translation>&amp;Limite de séances du jour...</translation>
        </message>
        <message>
            <source>Move the selected items to another meeting (Alt+Up/Down: within the meeting)</source>
            <translation>Déplacer les points sélectionnés vers une autre séance (Alt+Haut/Bas : dans la séance)</translation>
        </message>
        <message>
            <source>Remove and move items</source>
            <translation>Supprimer et déplacer les points</translation>
        </message>
        <message>
            <source>Remove meeting</source>
            <translation>Supprimer la séance</translation>
        </message>
        <message>
            <source>Schedule...</source>
            <translation>Inscrire...</translation>
        </message>
        <message>
            <source>Take the selected items out of the meeting (Delete)</source>
            <translation>Retirer les points sélectionnés de la séance (Suppr)</translation>
        </message>
        <message>
            <source>These days already have more meetings than the new limit of {1}: {0}. Remove the last meetings and move their items to the previous meeting?</source>
            <translation>Ces jours comptent déjà plus de séances que la nouvelle limite de {1} : {0}. Supprimer les dernières séances et reporter leurs points sur la séance précédente ?</translation>
        </message>
        <message numerus="yes">
            <source>This meeting takes up %n item(s). Remove it and unschedule them there?</source>
            <translation>
                <numerusform>Cette séance comprend %n point. La supprimer et retirer ce point du calendrier ?</numerusform>
                <numerusform>Cette séance comprend %n points. La supprimer et retirer ces points du calendrier ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Times...</source>
            <translation>Horaires...</translation>
        </message>
        <message>
            <source>{0} already has more meetings than the new limit of {1}. Remove the last meetings and move their items to the previous meeting?</source>
            <translation>{0} compte déjà plus de séances que la nouvelle limite de {1}. Supprimer les dernières séances et reporter leurs points sur la séance précédente ?</translation>
        </message>
        <message>
            <source>{0} already holds {1}, its limit of meetings; raise the day's limit (Meetings Limit of Day) to add one</source>
            <translation>{0} compte déjà {1} séances, sa limite ; relevez la limite du jour (Limite de séances du jour) pour en ajouter une</translation>
        </message>
    </context>
    <context>
        <name>TranslationExchange</name>
        <message numerus="yes">
            <source>%n text(s) changed in the original after the export: our text is kept and marked for review in the translation mode.</source>
            <translation>
                <numerusform>%n texte a changé dans l'original après l'exportation : notre texte est conservé et marqué à revoir dans le mode traduction.</numerusform>
                <numerusform>%n textes ont changé dans l'original après l'exportation : notre texte est conservé et marqué à revoir dans le mode traduction.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) filled</source>
            <translation>
                <numerusform>%n texte importé</numerusform>
                <numerusform>%n textes importés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) of the file could not be placed and were left out.</source>
            <translation>
                <numerusform>%n unité du fichier n'a pas pu être placée et a été laissée de côté.</numerusform>
                <numerusform>%n unités du fichier n'ont pas pu être placées et ont été laissées de côté.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export Failed</source>
            <translation>Échec de l'exportation</translation>
        </message>
        <message>
            <source>Export for Translation</source>
            <translation>Exporter pour la traduction</translation>
        </message>
        <message>
            <source>Import Translation</source>
            <translation>Importer une traduction</translation>
        </message>
        <message>
            <source>No text of the meeting has this id.</source>
            <translation>Aucun texte de la réunion n'a cet identifiant.</translation>
        </message>
        <message>
            <source>Original in the file:</source>
            <translation>Original dans le fichier :</translation>
        </message>
        <message>
            <source>Original now:</source>
            <translation>Original actuel :</translation>
        </message>
        <message>
            <source>Texts for translation into {0} written to {1}</source>
            <translation>Textes à traduire en {0} écrits dans {1}</translation>
        </message>
        <message>
            <source>The file has more than one unit with this id.</source>
            <translation>Le fichier contient plusieurs unités ayant cet identifiant.</translation>
        </message>
        <message>
            <source>The file {0} could not be written.</source>
            <translation>Le fichier {0} n'a pas pu être écrit.</translation>
        </message>
        <message>
            <source>The original has changed since the file was made: our text is kept, and the text is marked for review.</source>
            <translation>L'original a changé depuis la création du fichier : notre texte est conservé et le texte est marqué à revoir.</translation>
        </message>
        <message>
            <source>The paragraph of this footnote has no translation to put the footnote in: translate the paragraph too.</source>
            <translation>Le paragraphe de cette note n'a pas de traduction où placer la note : traduisez aussi le paragraphe.</translation>
        </message>
        <message>
            <source>The translation has formatting or footnotes this text cannot hold: {0}</source>
            <translation>La traduction contient une mise en forme ou des notes que ce texte ne peut pas contenir : {0}</translation>
        </message>
        <message>
            <source>The translation in {0} cannot be imported; the meeting is unchanged.</source>
            <translation>La traduction contenue dans {0} ne peut pas être importée ; la réunion n'est pas modifiée.</translation>
        </message>
        <message>
            <source>The unit holds markup our texts do not allow: {0}</source>
            <translation>L'unité contient un balisage que nos textes n'admettent pas : {0}</translation>
        </message>
        <message>
            <source>Translation:</source>
            <translation>Traduction :</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>XLIFF files (*.xlf *.xliff)</source>
            <translation>Fichiers XLIFF (*.xlf *.xliff)</translation>
        </message>
        <message>
            <source>{0} in {1}; {2} of {3} texts are translated.</source>
            <translation>{1} : {0} ; {2} textes traduits sur {3}.</translation>
        </message>
    </context>
    <context>
        <name>TranslationPanel</name>
        <message>
            <source>&amp;Next Untranslated</source>
            <translation>&amp;Point non traduit suivant</translation>
        </message>
        <message>
            <source>&amp;Only untranslated</source>
            <translation>&amp;Non traduits seulement</translation>
        </message>
        <message>
            <source>&amp;Translate into:</source>
            <translation>&amp;Traduire en :</translation>
        </message>
        <message>
            <source>A translation is kept when you leave the field.</source>
            <translation>Une traduction est conservée lorsque vous quittez le champ.</translation>
        </message>
        <message>
            <source>Every text is translated into {0}.</source>
            <translation>Tous les textes sont traduits en {0}.</translation>
        </message>
        <message>
            <source>Go to the next text without a translation ({0})</source>
            <translation>Aller au prochain texte sans traduction ({0})</translation>
        </message>
        <message>
            <source>Item {0}: paragraph {1}</source>
            <translation>Point {0} : paragraphe {1}</translation>
        </message>
        <message>
            <source>Item {0}: paragraph {1}, footnote {2}</source>
            <translation>Point {0} : paragraphe {1}, note {2}</translation>
        </message>
        <message>
            <source>Item {0}: title</source>
            <translation>Point {0} : titre</translation>
        </message>
        <message>
            <source>Item {0}: title of {1}</source>
            <translation>Point {0} : titre de {1}</translation>
        </message>
        <message>
            <source>List only the texts that have no translation</source>
            <translation>N’afficher que les textes sans traduction</translation>
        </message>
        <message>
            <source>Meeting: body</source>
            <translation>Réunion : organe</translation>
        </message>
        <message>
            <source>Meeting: document title</source>
            <translation>Réunion : titre du document</translation>
        </message>
        <message>
            <source>Meeting: reissue note</source>
            <translation>Réunion : note de nouveau tirage</translation>
        </message>
        <message>
            <source>Meeting: session</source>
            <translation>Réunion : session</translation>
        </message>
        <message>
            <source>Meeting: subsidiary body</source>
            <translation>Réunion : organe subsidiaire</translation>
        </message>
        <message>
            <source>Meeting: venue</source>
            <translation>Réunion : lieu</translation>
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
            <translation>Les paragraphes se modifient avec leur balisage : &lt;i&gt;italique&lt;/i&gt;, &lt;b&gt;gras&lt;/b&gt;, &lt;footnote&gt;texte d'une note&lt;/footnote&gt;. L'onglet Point les affiche mis en forme.</translation>
        </message>
        <message>
            <source>Review: {0}</source>
            <translation>À revoir : {0}</translation>
        </message>
        <message>
            <source>T&amp;ranslation</source>
            <translation>T&amp;raduction</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>The original changed after this text was sent for translation. The translator's text, made for the earlier original:
{0}</source>
            <translation>L'original a changé après l'envoi de ce texte en traduction. Texte du traducteur, établi pour l'original précédent :
{0}</translation>
        </message>
        <message>
            <source>The original changed after this text was sent for translation; the translator's text, made for the earlier original: {0}</source>
            <translation>L'original a changé après l'envoi de ce texte en traduction ; texte du traducteur, établi pour l'original précédent : {0}</translation>
        </message>
        <message>
            <source>This meeting has no other language version: add one in the Meeting page.</source>
            <translation>Cette réunion n'a pas d'autre version linguistique : ajoutez-en une dans la page Réunion.</translation>
        </message>
        <message>
            <source>This text has no translation yet</source>
            <translation>Ce texte n'a pas encore de traduction</translation>
        </message>
        <message>
            <source>Timetable: name of body {0}</source>
            <translation>Calendrier : nom de l'organe {0}</translation>
        </message>
        <message>
            <source>Translate the paragraph with its footnote first: the footnote's place in the sentence is set in the paragraph.</source>
            <translation>Traduisez d'abord le paragraphe avec sa note : la place de la note dans la phrase se fixe dans le paragraphe.</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Traduction</translation>
        </message>
        <message>
            <source>Untranslated</source>
            <translation>Non traduit</translation>
        </message>
        <message>
            <source>{0}: {1} of {2} texts translated</source>
            <translation>{0} : {1} textes traduits sur {2}</translation>
        </message>
    </context>
    <context>
        <name>VersionNameDialog</name>
        <message>
            <source>&amp;Name of the version:</source>
            <translation>&amp;Nom de la version :</translation>
        </message>
        <message>
            <source>Save Version</source>
            <translation>Enregistrer une version</translation>
        </message>
        <message>
            <source>The meeting is saved with the version kept inside the file: choose where to save it next.</source>
            <translation>La réunion est enregistrée avec la version conservée dans le fichier : choisissez ensuite où l'enregistrer.</translation>
        </message>
        <message>
            <source>The meeting is saved, and kept as it is now under this name inside the file. File &gt; Versions... compares and restores it later.</source>
            <translation>La réunion est enregistrée et conservée telle qu'elle est maintenant sous ce nom dans le fichier. Fichier &gt; Versions... permet ensuite de la comparer et de la restaurer.</translation>
        </message>
        <message>
            <source>for example: sent to the Bureau, Rev.1</source>
            <translation>par exemple : envoyé au Bureau, Rev.1</translation>
        </message>
    </context>
    <context>
        <name>Versions</name>
        <message>
            <source>(no title)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>(with its sub-items)</source>
            <translation>(avec ses sous-points)</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>Annotation</translation>
        </message>
        <message>
            <source>Annotation (formatting only)</source>
            <translation>Annotation (mise en forme seulement)</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Organe</translation>
        </message>
        <message>
            <source>Body added: {0}</source>
            <translation>Organe ajouté : {0}</translation>
        </message>
        <message>
            <source>Body removed: {0}</source>
            <translation>Organe supprimé : {0}</translation>
        </message>
        <message>
            <source>Cannot Save Version</source>
            <translation>Impossible d'enregistrer la version</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>Date de publication</translation>
        </message>
        <message>
            <source>Day added: {0}</source>
            <translation>Jour ajouté : {0}</translation>
        </message>
        <message>
            <source>Day removed: {0}</source>
            <translation>Jour supprimé : {0}</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <source>Documents added: {0}</source>
            <translation>Documents ajoutés : {0}</translation>
        </message>
        <message>
            <source>Documents removed: {0}</source>
            <translation>Documents supprimés : {0}</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Footnotes</source>
            <translation>Notes de bas de page</translation>
        </message>
        <message>
            <source>Items added</source>
            <translation>Points ajoutés</translation>
        </message>
        <message>
            <source>Items moved</source>
            <translation>Points déplacés</translation>
        </message>
        <message>
            <source>Items removed</source>
            <translation>Points supprimés</translation>
        </message>
        <message>
            <source>Items renumbered</source>
            <translation>Points renumérotés</translation>
        </message>
        <message>
            <source>Job number</source>
            <translation>Numéro de job</translation>
        </message>
        <message>
            <source>Language versions</source>
            <translation>Versions linguistiques</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>List the versions kept in the file, compare them, restore one</source>
            <translation>Lister les versions conservées dans le fichier, les comparer, en restaurer une</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Name of a body that meets</source>
            <translation>Nom d'un organe qui se réunit</translation>
        </message>
        <message>
            <source>No differences: the two are the same.</source>
            <translation>Aucune différence : les deux sont identiques.</translation>
        </message>
        <message>
            <source>No text changed in {0}; texts changed in: {1}.</source>
            <translation>Aucun texte modifié en {0} ; textes modifiés en : {1}.</translation>
        </message>
        <message>
            <source>Organization of work</source>
            <translation>Organisation des travaux</translation>
        </message>
        <message>
            <source>Original language</source>
            <translation>Langue originale</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>Format de page</translation>
        </message>
        <message>
            <source>Reissue note</source>
            <translation>Note de nouveau tirage</translation>
        </message>
        <message>
            <source>Save &amp;Version...</source>
            <translation>Enregistrer une &amp;version...</translation>
        </message>
        <message>
            <source>Save the meeting and keep it as it is now under a name, inside the file</source>
            <translation>Enregistrer la réunion et la conserver telle qu'elle est maintenant sous un nom, dans le fichier</translation>
        </message>
        <message>
            <source>Saved the version “{0}”</source>
            <translation>Version « {0} » enregistrée</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Subsidiary body</source>
            <translation>Organe subsidiaire</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Cote</translation>
        </message>
        <message>
            <source>Texts changed</source>
            <translation>Textes modifiés</translation>
        </message>
        <message>
            <source>Texts changed in {0}</source>
            <translation>Textes modifiés – {0}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Title of document {0}</source>
            <translation>Titre du document {0}</translation>
        </message>
        <message>
            <source>Title of the document</source>
            <translation>Titre du document</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Versio&amp;ns...</source>
            <translation>Versio&amp;ns...</translation>
        </message>
        <message>
            <source>not scheduled</source>
            <translation>non inscrit</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>&amp;Delete...</source>
            <translation>&amp;Supprimer...</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cannot Delete Version</source>
            <translation>Impossible de supprimer la version</translation>
        </message>
        <message>
            <source>Changes from “{0}” ({1}) to now</source>
            <translation>Modifications depuis « {0} » ({1}) jusqu'à maintenant</translation>
        </message>
        <message>
            <source>Changes from “{0}” ({1}) to “{2}” ({3})</source>
            <translation>Modifications de « {0} » ({1}) à « {2} » ({3})</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete Version</source>
            <translation>Supprimer la version</translation>
        </message>
        <message>
            <source>Delete the version “{0}” (saved {1}) from the file?</source>
            <translation>Supprimer du fichier la version « {0} » (enregistrée le {1}) ?</translation>
        </message>
        <message>
            <source>Deleted the version “{0}”</source>
            <translation>Version « {0} » supprimée</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Put this version in place of the meeting as it is now (Undo takes it back)</source>
            <translation>Remplacer la réunion actuelle par cette version (Annuler revient en arrière)</translation>
        </message>
        <message>
            <source>Remove this version from the file</source>
            <translation>Supprimer cette version du fichier</translation>
        </message>
        <message>
            <source>Restored the version “{0}”; Undo brings back the meeting as it was</source>
            <translation>Version « {0} » restaurée ; Annuler rétablit la réunion telle qu'elle était</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistrée</translation>
        </message>
        <message>
            <source>Select one version, or two to compare.</source>
            <translation>Sélectionnez une version, ou deux pour les comparer.</translation>
        </message>
        <message>
            <source>This cannot be undone. The meeting in the file stays as it was saved; your unsaved changes stay unsaved.</source>
            <translation>Cette opération est irréversible. La réunion enregistrée dans le fichier reste inchangée ; vos modifications non enregistrées le restent.</translation>
        </message>
        <message>
            <source>This version cannot be read: {0}</source>
            <translation>Cette version est illisible : {0}</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Versions kept in “{0}”. Select one to see what changed since, or two to compare them.</source>
            <translation>Versions conservées dans « {0} ». Sélectionnez-en une pour voir ce qui a changé depuis, ou deux pour les comparer.</translation>
        </message>
        <message>
            <source>“{0}” keeps no versions yet. File &gt; Save Version... saves the meeting and keeps it as it is under a name, such as “sent to the Bureau” or “Rev.1”.</source>
            <translation>« {0} » ne conserve encore aucune version. Fichier &gt; Enregistrer une version... enregistre la réunion et la conserve telle qu'elle est sous un nom, par exemple « envoyé au Bureau » ou « Rev.1 ».</translation>
        </message>
    </context>
</TS>
