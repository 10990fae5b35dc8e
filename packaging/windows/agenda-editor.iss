; Inno Setup 6 recipe for the Windows installer of Agenda Editor.
;
; Build the program folder first, then compile this script (packaging/build.py does both when
; Inno Setup's ISCC.exe is installed):
;   python packaging\build.py
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 ^
;       /DSourceDir=..\..\dist\agenda-editor /O..\..\dist packaging\windows\agenda-editor.iss
;
; The installer: installs per user without administrator rights (or for all users when run as
; administrator: it asks), adds a Start-menu entry, associates .agenda session files (icon,
; double-click opens them in Agenda Editor), registers an uninstaller, and never touches the
; user's documents on uninstall.

#define AppName "Agenda Editor"
#define AppIdentifier "org.agendaeditor.AgendaEditor"
#define ExeName "agenda-editor.exe"
#define CliName "agenda-editor-cli.exe"
#define ProgId "AgendaEditor.Session"
#define MimeType "application/x-agenda-editor-session"
#ifndef AppVersion
  ; packaging/build.py passes the version from agenda_editor/__init__.py
  #error Pass the version: ISCC /DAppVersion=X.Y.Z agenda-editor.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\agenda-editor"
#endif

[Setup]
; The uninstall registry key is named after AppId: keep it unchanged across versions.
AppId={#AppIdentifier}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Agenda Editor contributors
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile=agenda-editor.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
OutputBaseFilename=agenda-editor-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; The Inno Setup languages among the six UN languages (Arabic and Chinese are not shipped with
; Inno Setup 6; their users get the English wizard).
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: agenda-editor.exe (window), agenda-editor-cli.exe (console
; commands: export, check, --version) and _internal\ (Python, Qt, fonts, samples, translations).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "agenda-document.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"; AppUserModelID: "{#AppIdentifier}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; AppUserModelID: "{#AppIdentifier}"; Tasks: desktopicon

[Registry]
; .agenda -> AgendaEditor.Session, under HKCU (per-user install) or HKLM (all users): "HKA".
Root: HKA; Subkey: "Software\Classes\.agenda"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.agenda"; ValueType: string; ValueName: "Content Type"; ValueData: "{#MimeType}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.agenda\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Agenda Editor session"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\agenda-document.ico"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".agenda"; ValueData: ""
; "agenda-editor" in the Run dialog (Win+R).
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#ExeName}"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
