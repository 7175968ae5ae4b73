; SPDX-License-Identifier: GPL-3.0-or-later
; Inno Setup 6 script: a per-user installer (no administrator rights) around the PyInstaller
; folder. On Windows, from the checkout root, after the PyInstaller build:
;   .venv\Scripts\pyinstaller --noconfirm installers\pyinstaller\meetingdesk.spec
;   iscc /DAppVersion=0.1.0 installers\windows\meetingdesk.iss
; Result: dist\MeetingDesk-<version>-setup.exe
; Installs to %LOCALAPPDATA%\Programs\MeetingDesk (all users' Program Files when an
; administrator chooses so), with a Start menu entry, a command-line prompt entry for
; meetingdesk-cli.exe, the .mdpkg association and an uninstaller. The user's databases and
; settings (%LOCALAPPDATA%\MeetingDesk, the registry under Software\MeetingDesk) are never
; touched by installing over an older version or by uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "MeetingDesk"
#define AppExe "MeetingDesk.exe"
#define CliExe "meetingdesk-cli.exe"
#define ProgId "MeetingDesk.Package"
#define Root "..\.."

[Setup]
; The AppId identifies the program across versions: never change it.
AppId={{F471FBE8-6110-4BC1-8531-100C35B23434}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The MeetingDesk authors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\app\meetingdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"

[CustomMessages]
en.PackageType=MeetingDesk package
ja.PackageType=MeetingDesk パッケージ
en.CommandLine=MeetingDesk command line
ja.CommandLine=MeetingDesk コマンドライン

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A new version replaces the whole bundle: no library of the old one lingers beside it.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\MeetingDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k {#CliExe} --help"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER for a per-user install, HKEY_LOCAL_MACHINE for all users.
Root: HKA; Subkey: "Software\Classes\.mdpkg"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mdpkg\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".mdpkg"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
