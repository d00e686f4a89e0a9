; Inno Setup 6 script: a per-user installer for the PyInstaller bundle (no admin rights needed).
;
; Build on Windows after `pyinstaller --noconfirm build.spec`:
;   iscc /DAppVersion=0.1.0 packaging\windows\rejection-desktop.iss
; Output: dist\rejection-desktop-<version>-windows-x64-setup.exe
; It installs dist\rejection-desktop\ into %LOCALAPPDATA%\Programs\Rejection Desktop, adds a
; Start-menu entry (optionally a desktop icon) and an uninstaller listed under Apps & features.
; Silent install and removal (used by CI):
;   rejection-desktop-<version>-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   "%LOCALAPPDATA%\Programs\Rejection Desktop\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
; The journal (%APPDATA%\rejection-desktop) is the user's and is never removed by the uninstaller.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\rejection-desktop.iss
#endif
#define AppName "Rejection Desktop"
#define AppExeName "rejection-desktop.exe"
; Same as rejection_desktop.APP_ID: the Start-menu shortcut carries it as AppUserModelID, which
; Windows needs to attribute notifications to the app.
#define AppUserModelId "io.github.rejectiondesktop.RejectionDesktop"
#define Root "..\.."

[Setup]
AppId={#AppUserModelId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Rejection Desktop developers
AppPublisherURL=https://github.com/rejectiondesktop/rejection-desktop
VersionInfoVersion={#AppVersion}
; Per-user: {autopf} is %LOCALAPPDATA%\Programs, shortcuts go to the user's Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#Root}\resources\icons\rejection-desktop.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename=rejection-desktop-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy (Restart Manager) before files are replaced or removed.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\rejection-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole bundle: files an older version had must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; AppUserModelID: "{#AppUserModelId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Registry]
; The app's "Start at login" switch writes this value (rejection_desktop/autostart.py); the
; installer creates nothing here (ValueType: none) but the uninstaller removes it.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "{#AppName}"; Flags: uninsdeletevalue dontcreatekey

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
