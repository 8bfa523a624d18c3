; Inno Setup 6 script: a per-user Windows installer from the PyInstaller folder (dist\heemang-desktop).
; Per-user (no admin rights) because facilities' office PCs are often locked down. Build the folder
; first (bash installer/build.sh), then compile this file. tests/installer checks it against the spec
; and the build: the folder, the executable's name, the data folder the uninstaller may remove.
#define AppVersion "0.1.0"
#define AppExe "heemang-desktop.exe"
; platformdirs' user data folder for APP_NAME "HeemangDesktop" (heemang_desktop/__init__.py)
#define DataDir "{localappdata}\HeemangDesktop"

[Setup]
AppId={{8B4C2F61-3E0A-4C1B-9F0D-6A1E5C2B7D90}
AppName=Heemang Desktop
AppVersion={#AppVersion}
AppPublisher=Heemang Desktop
DefaultDirName={localappdata}\Programs\HeemangDesktop
DefaultGroupName=Heemang Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputBaseFilename=HeemangDesktop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\heemang.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=Heemang Desktop
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=auto

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
korean.DesktopIcon=바탕 화면에 아이콘 만들기
english.DesktopIcon=Create a desktop shortcut
korean.LaunchApp=Heemang Desktop 실행
english.LaunchApp=Start Heemang Desktop
korean.RemoveData=프로그램을 지웠습니다.%n%n시설 자료(데이터베이스와 백업)는 아래 폴더에 그대로 남아 있습니다:%n%1%n%n이 자료도 지울까요? 지운 자료는 되살릴 수 없습니다.
english.RemoveData=The program has been removed.%n%nThe facility's data (database and backups) is still in:%n%1%n%nDelete this data too? It cannot be recovered.

[Files]
Source: "..\dist\heemang-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{userprograms}\Heemang Desktop"; Filename: "{app}\{#AppExe}"
Name: "{userdesktop}\Heemang Desktop"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[Code]
// The data folder belongs to the user, not to the install: uninstalling keeps it unless the user
// says otherwise here (never in a silent uninstall), and the default answer is No.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{#DataDir}');
    if DirExists(DataDir) and not UninstallSilent() then
      if MsgBox(FmtMessage(CustomMessage('RemoveData'), [DataDir]), mbConfirmation,
                MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
