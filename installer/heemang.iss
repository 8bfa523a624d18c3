; Inno Setup script: a per-user Windows installer from the PyInstaller folder (dist\heemang-desktop).
; Per-user (no admin rights) because facilities' office PCs are often locked down.
#define AppVersion "0.1.0"

[Setup]
AppId={{8B4C2F61-3E0A-4C1B-9F0D-6A1E5C2B7D90}
AppName=Heemang Desktop
AppVersion={#AppVersion}
AppPublisher=Heemang Desktop
DefaultDirName={localappdata}\Programs\HeemangDesktop
DefaultGroupName=Heemang Desktop
PrivilegesRequired=lowest
OutputBaseFilename=HeemangDesktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
; The data folder (%LOCALAPPDATA%\HeemangDesktop) is never touched by install or uninstall.

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"

[Files]
Source: "..\dist\heemang-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Heemang Desktop"; Filename: "{app}\heemang-desktop.exe"
Name: "{userdesktop}\Heemang Desktop"; Filename: "{app}\heemang-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "바탕 화면에 아이콘 만들기"

[Run]
Filename: "{app}\heemang-desktop.exe"; Description: "Heemang Desktop 실행"; Flags: nowait postinstall skipifsilent
