<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/pages/backup.py" line="26" />
        <source>지금 백업(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/backup.py" line="29" />
        <source>보관 중인 백업 (최근 순)</source>
        <translation>Backups kept (newest first)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/backup.py" line="36" />
        <source>데이터 파일: {0}</source>
        <translation>Data file: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/backup.py" line="48" />
        <source>백업했습니다:
{0}</source>
        <translation>Backed up:
{0}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="23" />
        <source>시설</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="24" />
        <source>사용자</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="25" />
        <source>전송 대기</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="26" />
        <source>마지막 동기화</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="27" />
        <source>데이터 파일</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="40" />
        <source>{0}건</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="41" />
        <source>없음</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="159" />
        <source>사용자 선택</source>
        <translation>Who is working</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="168" />
        <source>사용자(&amp;U)</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="169" />
        <source>비밀번호(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="174" />
        <source>시작</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="175" />
        <source>종료</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../heemang_desktop/gui/main_window.py" line="26" />
        <source>데이터를 여는 중…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/main_window.py" line="87" />
        <source>중앙 서비스 주소가 설정되지 않았습니다. 이 PC에만 저장합니다.</source>
        <translation>No central service is set up. Everything is kept on this PC.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/main_window.py" line="135" />
        <source>알림</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/main_window.py" line="138" />
        <source>오류</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/main_window.py" line="139" />
        <source>예상하지 못한 오류가 났습니다. 저장된 자료는 안전합니다.
{0}</source>
        <translation>An unexpected error occurred. Saved data is safe.
{0}</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../heemang_desktop/gui/navigation.py" line="19" />
        <source>메뉴</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/pages/base.py" line="42" />
        <source>이 화면은 다음 업데이트에서 제공됩니다.
지금은 메뉴 구성만 미리 보여 줍니다.</source>
        <translation>This screen comes in a later update.
For now the menu shows where it will be.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="105" />
        <source>개인정보 암호화 복구 코드</source>
        <translation>Recovery code for encrypted personal data</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="108" />
        <source>주민등록번호와 계좌번호는 이 PC의 키링에 있는 열쇠로 암호화됩니다. 다른 PC에서 이 데이터를 열거나 키링을 잃으면 아래 복구 코드가 있어야 합니다. 인쇄해서 금고 등 안전한 곳에 보관하세요.</source>
        <translation>Resident registration and bank account numbers are encrypted with a key kept in this PC's keyring. To open this data on another PC, or after the keyring is lost, you need the recovery code below. Print it and keep it somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="121" />
        <source>복사(&amp;C)</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="123" />
        <source>인쇄(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="125" />
        <source>복구 코드를 안전한 곳에 보관했습니다</source>
        <translation>I have put the recovery code somewhere safe</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="130" />
        <source>확인</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="51" />
        <source>Heemang Desktop 처음 설정</source>
        <translation>Heemang Desktop first-time setup</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="53" />
        <source>이 PC에서 쓸 시설과 첫 사용자를 정합니다. 서버 없이도 바로 쓸 수 있고, 희망이음 계정이 생기면 나중에 동기화합니다.</source>
        <translation>Choose the facility and the first user of this PC. It works without a server; once the facility has a 희망이음 account it syncs.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="68" />
        <source>설정 완료</source>
        <translation>Finish setup</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="69" />
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="46" />
        <source>지금 동기화</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="49" />
        <source>동기화 설정</source>
        <translation>Sync settings</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="57" />
        <source>전송 대기 -</source>
        <translation>Queued -</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="58" />
        <source>마지막 동기화 -</source>
        <translation>Last sync -</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="62" />
        <source>온라인</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="63" />
        <source>중단 기간</source>
        <translation>Outage</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="64" />
        <source>오프라인</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="67" />
        <source> (~{0})</source>
        <translation> (until {0})</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="74" />
        <source>전송 대기 {0}건</source>
        <translation>{0} queued</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="75" />
        <source>마지막 동기화 {0}</source>
        <translation>Last sync {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="75" />
        <source>없음</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="80" />
        <source>충돌 {0}건</source>
        <translation>{0} conflicts</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="82" />
        <source>거부 {0}건</source>
        <translation>{0} rejected</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="84" />
        <source>[나의업무 &gt; 전송 대기 목록]에서 해결하세요.</source>
        <translation>Resolve them in [My work &gt; Queued changes].</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="197" />
        <source>복구 코드 입력</source>
        <translation>Enter recovery code</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="200" />
        <source>이 PC의 키링에 이 데이터의 암호화 열쇠가 없습니다 (다른 PC에서 가져온 파일이거나 키링을 잃었습니다). 처음 설정할 때 받은 복구 코드를 입력하세요. 입력하지 않으면 주민등록번호·계좌번호를 보거나 바꿀 수 없습니다.</source>
        <translation>This PC's keyring has no key for this data (the file came from another PC, or the keyring was lost). Enter the recovery code you were given at setup. Without it, resident and account numbers can't be read or changed.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="210" />
        <source>복구</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="211" />
        <source>나중에</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="41" />
        <source>올릴 엑셀 파일 (xlsx)</source>
        <translation>Excel file to upload (xlsx)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="42" />
        <source>찾아보기…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="47" />
        <source>파일을 고른 뒤 [검사]로 확인하고 [저장]하세요. 오류가 한 행이라도 있으면 아무것도 저장하지 않습니다.</source>
        <translation>Choose a file, [Check] it, then [Save]. If any row has an error, nothing is saved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="51" />
        <source>행</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="51" />
        <source>열</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="51" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="60" />
        <source>검사(&amp;C)</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="61" />
        <source>저장(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="62" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="72" />
        <source>엑셀 파일 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="78" />
        <source>올릴 파일을 고르세요.</source>
        <translation>Choose a file to upload.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="82" />
        <source>읽는 중…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="89" />
        <source>읽은 행 {0} · 새로 {1} · 바뀜 {2} · 그대로 {3}</source>
        <translation>Read {0} · new {1} · changed {2} · unchanged {3}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="92" />
        <source>오류 {0}건 — 아무것도 저장하지 않았습니다. 고친 뒤 다시 올리세요.</source>
        <translation>{0} errors — nothing was saved. Fix them and upload again.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="95" />
        <source>모두 저장했습니다.</source>
        <translation>All saved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="98" />
        <source>검사를 마쳤습니다. 오류가 없습니다: [저장]을 누르면 저장합니다.</source>
        <translation>Checked: no errors. Press [Save] to save.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="101" />
        <source>주의: {0}</source>
        <translation>Note: {0}</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="53" />
        <location filename="../../heemang_desktop/gui/pages/users.py" line="83" />
        <source>사용자 ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="53" />
        <location filename="../../heemang_desktop/gui/pages/users.py" line="84" />
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="53" />
        <location filename="../../heemang_desktop/gui/pages/users.py" line="64" />
        <location filename="../../heemang_desktop/gui/pages/users.py" line="85" />
        <source>역할</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="53" />
        <location filename="../../heemang_desktop/gui/pages/users.py" line="86" />
        <source>비밀번호</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="62" />
        <source>선택한 사용자 역할 변경</source>
        <translation>Change the selected user's role</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="70" />
        <source>사용자 추가</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="77" />
        <source>추가(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="102" />
        <source>설정됨</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="102" />
        <source>없음</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="116" />
        <source>사용자를 추가했습니다.</source>
        <translation>User added.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="125" />
        <source>역할을 바꿀 사용자를 표에서 고르세요.</source>
        <translation>Pick the user whose role to change in the table.</translation>
    </message>
</context>
<context><name>menu</name><message><source>나의업무</source><translation>My work</translation></message><message><source>회계</source><translation>Accounting</translation></message><message><source>인사/급여/세무/자산</source><translation>HR / payroll / tax / assets</translation></message><message><source>후원관리</source><translation>Donations</translation></message><message><source>대상자관리</source><translation>Subjects</translation></message><message><source>이력정보</source><translation>Histories</translation></message><message><source>이용료관리</source><translation>Fees</translation></message><message><source>직업재활</source><translation>Vocational rehabilitation</translation></message><message><source>시군구보고</source><translation>Municipal reports</translation></message><message><source>평가관리</source><translation>Evaluation</translation></message><message><source>질의하기</source><translation>Inquiries</translation></message><message><source>관리</source><translation>Administration</translation></message><message><source>업무 현황</source><translation>Overview</translation></message><message><source>전송 대기 목록</source><translation>Queued changes</translation></message><message><source>예산 편성</source><translation>Budget</translation></message><message><source>품의서</source><translation>Requisitions</translation></message><message><source>수입/지출 결의서</source><translation>Resolutions</translation></message><message><source>장부·보고서</source><translation>Books &amp; reports</translation></message><message><source>인사카드</source><translation>Personnel cards</translation></message><message><source>근태관리</source><translation>Attendance</translation></message><message><source>휴가·출장·교육</source><translation>Leave, trips, training</translation></message><message><source>급여대장</source><translation>Payroll register</translation></message><message><source>후원자·후원금</source><translation>Donors &amp; gifts</translation></message><message><source>CMS 출금</source><translation>CMS debits</translation></message><message><source>대상자 정보</source><translation>Subject cards</translation></message><message><source>입소·퇴소·이용종료</source><translation>Admissions &amp; discharges</translation></message><message><source>외출·외박</source><translation>Outings &amp; overnight stays</translation></message><message><source>프로그램·일지</source><translation>Programs &amp; logs</translation></message><message><source>이용료 수납</source><translation>Fee receipts</translation></message><message><source>출결·작업·급여</source><translation>Attendance, work &amp; wages</translation></message><message><source>보고 목록·기한</source><translation>Reports &amp; deadlines</translation></message><message><source>평가 이의신청</source><translation>Evaluation objections</translation></message><message><source>질의 목록</source><translation>Inquiry list</translation></message><message><source>사용자·권한</source><translation>Users &amp; roles</translation></message><message><source>백업·데이터</source><translation>Backup &amp; data</translation></message></context></TS>