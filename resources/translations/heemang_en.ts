<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>SettlementPage</name>
    <message>
        <source>회계연도</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>조회</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>엑셀 저장 (보고서별 시트)</source>
        <translation>Save Excel (a sheet per report)</translation>
    </message>
    <message>
        <source>PDF 저장</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>연도 마감</source>
        <translation>Close year</translation>
    </message>
    <message>
        <source>마감 해제…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>{0}년 {1} · 세입 결산 {2}원 · 세출 결산 {3}원 · 이월금 {4}원</source>
        <translation>{0}: {1} · income {2} won · expenditure {3} won · carry-over {4} won</translation>
    </message>
    <message>
        <source> · 마감하지 않은 달: {0}</source>
        <translation> · months not closed: {0}</translation>
    </message>
    <message>
        <source> · 마감 해제 사유: {0}</source>
        <translation> · reopened because: {0}</translation>
    </message>
    <message>
        <source>마감하는 중…</source>
        <translation>Closing…</translation>
    </message>
    <message>
        <source>{0}년을 마감했습니다. 이월금 {1}원을 {2}년 예산에 적었습니다.</source>
        <translation>{0} is closed. The carry-over of {1} won is entered in the {2} budget.</translation>
    </message>
    <message>
        <source>{0}년 마감을 풀었습니다.</source>
        <translation>{0} is reopened.</translation>
    </message>
    <message>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>저장하는 중…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>저장했습니다: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>마감 해제 사유</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>마감을 푸는 사유를 적으세요. 기록에 남습니다.</source>
        <translation>Write why the year is reopened. The reason is kept on record.</translation>
    </message>
    <message>
        <source>{0}년을 마감하면 그 해의 결의서·예산·전용·월 마감을 고칠 수 없고, 이월금이 다음 해 예산에 적힙니다. 마감할까요?</source>
        <translation>Once {0} is closed, its resolutions, budget, transfers and month closes can no longer change, and its carry-over is entered in the next year's budget. Close it?</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../heemang_desktop/gui/hr/attendance.py" line="36" />
        <source>이름·사번 찾기 (Ctrl+F)</source>
        <translation>Find name or employee no. (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/attendance.py" line="41" />
        <source>빈 양식 저장…</source>
        <translation>Save blank template…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/attendance.py" line="43" />
        <source>이 달 내보내기…</source>
        <translation>Export this month…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/attendance.py" line="45" />
        <source>휴일 관리…</source>
        <translation>Holidays…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/attendance.py" line="47" />
        <source>월</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/attendance.py" line="39" />
        <source>일일근태 업로드…</source>
        <translation>Upload daily attendance…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/attendance.py" line="63" />
        <source>칸을 고르고 0900-1800 처럼 치고 Enter (근태구분·비고는 뒤에: 0930-1800 지각 병원, 결근, 휴가 가족여행) · Delete: 그날 기록 지우기 · ○ 정상 · 지 지각 · 조 조퇴 · 결 결근 · 휴 휴가 · 반 반차 · 출 출장 · 교 교육 · 휴근 휴일근무 (분홍: 휴일, 파랑: 휴무일)</source>
        <translation>Pick a cell, type e.g. 0900-1800, Enter (kind and note after: 0930-1800 지각 병원, 결근, 휴가 가족여행) · Delete: clear the day · ○ present · 지 late · 조 left early · 결 absent · 휴 leave · 반 half day · 출 trip · 교 training · 휴근 holiday work (pink: holiday, blue: day off)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/attendance.py" line="103" />
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/attendance.py" line="117" />
        <source>{0}일의 근태를 지웠습니다.</source>
        <translation>Attendance for day {0} cleared.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/attendance.py" line="121" />
        <source>일일근태 업로드 (엑셀·CSV)</source>
        <translation>Upload daily attendance (Excel or CSV)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/attendance.py" line="134" />
        <source>빈 양식 저장</source>
        <translation>Save blank template</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/attendance.py" line="137" />
        <source>빈 양식을 저장했습니다: {0}</source>
        <translation>Blank template saved: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/attendance.py" line="141" />
        <source>근태 내보내기</source>
        <translation>Export attendance</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/attendance.py" line="144" />
        <source>내보내는 중…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/attendance.py" line="145" />
        <source>{0}건을 저장했습니다: {1}</source>
        <translation>Saved {0} rows: {1}</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/pages/backup.py" line="39" />
        <source>지금 백업(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/backup.py" line="42" />
        <source>지원 자료 저장(&amp;S)…</source>
        <translation>&amp;Save support bundle…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/backup.py" line="43" />
        <source>문제가 생겼을 때 지원 담당자에게 보낼 zip 파일을 만듭니다.</source>
        <translation>Makes a zip file to send to support when something goes wrong.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/backup.py" line="49" />
        <source>지원 자료에는 기록(로그), 프로그램·데이터베이스 버전, 전송 대기·충돌 건수, 파일 점검 결과가 들어 있고, 주민등록번호·계좌번호·이름 같은 개인정보와 비밀번호는 들어 있지 않습니다.</source>
        <translation>The support bundle holds the logs, program and database versions, queued and conflict counts and file check results. It holds no personal data (resident registration numbers, account numbers, names) and no passwords.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/backup.py" line="56" />
        <source>보관 중인 백업 (최근 순)</source>
        <translation>Backups kept (newest first)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/backup.py" line="66" />
        <source>데이터 파일: {0}
기록(로그) 폴더: {1}</source>
        <translation>Data file: {0}
Log folder: {1}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/backup.py" line="92" />
        <source>지원 자료 저장</source>
        <translation>Save support bundle</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/backup.py" line="92" />
        <source>zip 파일 (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/backup.py" line="98" />
        <source>지원 자료를 만드는 중…</source>
        <translation>Making the support bundle…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/backup.py" line="100" />
        <source>지원 자료를 저장했습니다: {0}
이 파일을 지원 담당자에게 보내 주세요.</source>
        <translation>Support bundle saved: {0}
Please send this file to support.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/backup.py" line="78" />
        <source>백업했습니다:
{0}</source>
        <translation>Backed up:
{0}</translation>
    </message>
</context>
<context>
    <name>BooksPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/books.py" line="31" />
        <source>시작일 (비우면 1월 1일)</source>
        <translation>From (blank: 1 January)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/books.py" line="32" />
        <source>종료일 (비우면 12월 31일)</source>
        <translation>To (blank: 31 December)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/books.py" line="35" />
        <source>조회</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/books.py" line="36" />
        <source>엑셀 저장</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/books.py" line="37" />
        <source>PDF 저장</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/books.py" line="38" />
        <source>인쇄</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/books.py" line="39" />
        <source>보고서</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/books.py" line="39" />
        <source>연도</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/books.py" line="78" />
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/books.py" line="83" />
        <source>저장하는 중…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/books.py" line="84" />
        <source>저장했습니다: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/budget.py" line="34" />
        <source>회계연도</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/budget.py" line="44" />
        <source>과목코드 (목/세목)</source>
        <translation>Account code (목/세목)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/budget.py" line="47" />
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/budget.py" line="48" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/budget.py" line="52" />
        <source>예산 엑셀 업로드</source>
        <translation>Upload budget (Excel)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/budget.py" line="62" />
        <source>예산 편성</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/budget.py" line="63" />
        <source>예산 전용</source>
        <translation>Budget transfers (전용)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/budget.py" line="65" />
        <source>세목·월 마감</source>
        <translation>Sub-accounts, month closing</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/budget.py" line="67" />
        <source>과목표</source>
        <translation>Chart of accounts</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/budget.py" line="89" />
        <source> (새로)</source>
        <translation> (new)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/budget.py" line="103" />
        <source>저장했습니다.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/files.py" />
        <source>엑셀 올리기…</source>
        <translation>Upload…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/files.py" />
        <source>빈 양식 저장…</source>
        <translation>Blank template…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/files.py" />
        <source>빈 양식 저장</source>
        <translation>Save blank template</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/files.py" />
        <source>빈 양식을 저장했습니다: {0}</source>
        <translation>Blank template saved: {0}</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="176" />
        <source>인사카드</source>
        <translation>Personnel card</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="182" />
        <source>직종을 고르거나 입력</source>
        <translation>Pick or type a job type</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="210" />
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="256" />
        <source>사진 없음</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="214" />
        <source>사진…</source>
        <translation>Photo…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="215" />
        <source>PNG 또는 JPEG, 5MB 이하. 카드를 저장한 뒤 넣을 수 있습니다.</source>
        <translation>PNG or JPEG, up to 5 MB. Can be added after the card is saved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="219" />
        <source>사진</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>국민연금</source>
        <translation>Pension</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>건강보험</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>고용보험</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>산재보험</source>
        <translation>Accident</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>사번</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>직종</source>
        <translation>Job type</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>직위</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>고용형태</source>
        <translation>Employment type</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>입사일</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>주민등록번호</source>
        <translation>Resident registration no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>연락처</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>이메일</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>은행</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>계좌번호</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>기본급(월)</source>
        <translation>Base pay (monthly)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>일급(일용직)</source>
        <translation>Daily wage (day workers)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>부양가족수</source>
        <translation>Dependants</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>20세 이하 자녀</source>
        <translation>Children aged 20 or under</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>4대보험</source>
        <translation>Social insurance</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>사번</source>
        <translation>Emp. no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>직종</source>
        <translation>Job type</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>직위</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>고용형태</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>입사일</source>
        <translation>Hired</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>퇴사일</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>주민등록번호</source>
        <translation>Resident reg. no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>기본급/일급</source>
        <translation>Base pay / daily wage</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" />
        <source>전송</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/chart_panel.py" line="55" />
        <source>과목을 골라 별표대로 이름을 고치고 '확인함'으로 표시하면 이 시설의 과목표에만 적용되고 다른 PC에도 동기화됩니다. 근거 자료: 이 줄에 마우스를 올리세요.</source>
        <translation>Fix a name as in the annex (별표) and tick 'Checked against annex': this facility's chart only, synced to its other PCs. Sources: hover here.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/chart_panel.py" line="61" />
        <source>확인 필요만</source>
        <translation>Unchecked (확인 필요) only</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/chart_panel.py" line="62" />
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/chart_panel.py" line="71" />
        <location filename="../../heemang_desktop/gui/accounting/chart_panel.py" line="136" />
        <source>과목을 고르세요</source>
        <translation>Pick an account</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/chart_panel.py" line="73" />
        <source>별표에 적힌 과목 이름</source>
        <translation>Account name as written in the annex (별표)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/chart_panel.py" line="74" />
        <source>별표와 대조해 확인함</source>
        <translation>Checked against annex</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/chart_panel.py" line="76" />
        <source>확인한 곳 (별표, 지침 쪽수)</source>
        <translation>Checked where (annex, guideline page)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/chart_panel.py" line="77" />
        <source>과목 수정 저장</source>
        <translation>Save account</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/chart_panel.py" line="105" />
        <source>적용 과목표: {0} — {1} · 별표와 대조하지 않은 과목 {2}개 ('확인 필요')</source>
        <translation>Chart in use: {0} — {1} · {2} accounts not checked against the annex (marked '확인 필요')</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/chart_panel.py" line="153" />
        <source>저장했습니다: {0} {1}</source>
        <translation>Saved: {0} {1}</translation>
    </message>
</context>
<context>
    <name>DayDelegate</name>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" line="137" />
        <source>0900-1800</source>
        <translation>0900-1800</translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="284" />
        <source>이름·사번·직종 찾기 (Ctrl+F)</source>
        <translation>Find name, employee no. or job type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="287" />
        <source>퇴사자 포함</source>
        <translation>Include former staff</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="289" />
        <source>새 카드(&amp;N)</source>
        <translation>&amp;New card</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="291" />
        <source>인사카드 업로드…</source>
        <translation>Upload personnel cards…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="293" />
        <source>빈 양식 저장…</source>
        <translation>Save blank template…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="295" />
        <source>내보내기…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="297" />
        <source>목록을 인사카드 양식 그대로 엑셀로 저장합니다 (주민등록번호·계좌번호는 빼고).</source>
        <translation>Saves the list to Excel in the personnel card layout (without resident registration and account numbers).</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="322" />
        <source>저장(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="325" />
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="419" />
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="422" />
        <source>퇴사 처리</source>
        <translation>Record departure</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="327" />
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="435" />
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="331" />
        <source>퇴사일</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="389" />
        <source>사진 고르기</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="389" />
        <source>사진 (*.png *.jpg *.jpeg)</source>
        <translation>Photos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="399" />
        <source>사진을 넣었습니다.</source>
        <translation>Photo added.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="411" />
        <source>저장했습니다.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="420" />
        <source>{0} 님을 {1}자로 퇴사 처리합니다.
인사카드는 퇴사자로 남습니다 ('퇴사자 포함'을 켜면 보입니다).</source>
        <translation>{0} will be recorded as leaving on {1}.
The personnel card is kept as former staff (shown with 'Include former staff').</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="426" />
        <source>퇴사 처리했습니다.</source>
        <translation>Departure recorded.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="432" />
        <source>인사카드 삭제</source>
        <translation>Delete personnel card</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="433" />
        <source>{0} 님의 인사카드를 삭제합니다. 되돌릴 수 없습니다.
근무한 적이 있는 직원이면 삭제 대신 퇴사 처리하세요.</source>
        <translation>{0}'s personnel card will be deleted. This cannot be undone.
If this person has ever worked here, record a departure instead.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="441" />
        <source>삭제했습니다.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="448" />
        <source>인사카드 엑셀 업로드</source>
        <translation>Upload personnel cards (Excel)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="454" />
        <source>빈 양식 저장</source>
        <translation>Save blank template</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="457" />
        <source>빈 양식을 저장했습니다: {0}</source>
        <translation>Blank template saved: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="460" />
        <source>인사카드 내보내기</source>
        <translation>Export personnel cards</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="464" />
        <source>내보내는 중…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/employees.py" line="465" />
        <source>{0}명을 저장했습니다: {1}</source>
        <translation>Saved {0} staff: {1}</translation>
    </message>
</context>
<context>
    <name>EmployerSettingsDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/employer_settings.py" line="18" />
        <source>사업주 부담 설정</source>
        <translation>Employer contributions</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/employer_settings.py" line="24" />
        <source>예: 0.66</source>
        <translation>e.g. 0.66</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/employer_settings.py" line="25" />
        <source>사업장 규모 (고용안정·직업능력개발)</source>
        <translation>Workplace size (stability/skills levy)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/employer_settings.py" line="26" />
        <source>산재보험료율 (%)</source>
        <translation>Accident insurance rate (%)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/employer_settings.py" line="27" />
        <source>상시 5명 미만 사업장 (가산 없음)</source>
        <translation>Under 5 regular staff (no premium)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/employer_settings.py" line="28" />
        <source>근로기준법 시행령 별표 1: 연장·야간·휴일 가산수당 없이 일한 시간만 지급</source>
        <translation>Labor Standards Act Enforcement Decree, Annex 1: only the hours worked are paid, with no overtime, night or holiday premium</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/employer_settings.py" line="29" />
        <source>토요일(휴무일) 근무는 모두 시간외</source>
        <translation>Saturday (day off) work is all overtime</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/employer_settings.py" line="31" />
        <source>취업규칙이 그렇게 정한 경우만. 끄면 하루 8시간·주 40시간을 넘는 시간만 시간외</source>
        <translation>Only if the work rules say so. When off, only hours beyond 8 a day or 40 a week are overtime</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/employer_settings.py" line="32" />
        <source>가산수당</source>
        <translation>Premium pay</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/employer_settings.py" line="34" />
        <source>산재보험료율은 근로복지공단이 알려 준 사업장 요율을 적습니다.
저장하면 작성 중인 급여대장을 다시 계산합니다.</source>
        <translation>Enter the accident insurance rate COMWEL (근로복지공단) set for this workplace.
Saving recalculates payroll registers still in draft.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/employer_settings.py" line="39" />
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/employer_settings.py" line="40" />
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EpisodesPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="44" />
        <source>기준일</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="48" />
        <source>명단 엑셀로 저장…</source>
        <translation>Save roster as Excel…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="54" />
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="55" />
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="56" />
        <source>주민등록번호</source>
        <translation>Resident registration no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="57" />
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="77" />
        <source>서비스</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="58" />
        <source>입소(이용 시작)일</source>
        <translation>Admission (service start) date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="59" />
        <source>무연고</source>
        <translation>No next of kin</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="65" />
        <source>입소 / 이용 시작</source>
        <translation>Admission / service start</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="73" />
        <source>입소 처리(&amp;A)</source>
        <translation>Record &amp;admission</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="76" />
        <source>대상자</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="78" />
        <source>시작일</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="79" />
        <source>비고</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="83" />
        <source>퇴소 / 이용 종료 (표에서 선택)</source>
        <translation>Discharge / service end (pick in the table)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="87" />
        <source>(사유를 고르세요)</source>
        <translation>(pick a reason)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="90" />
        <source>퇴소 처리(&amp;D)</source>
        <translation>Record &amp;discharge</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="92" />
        <source>종료일</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="93" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="115" />
        <source>재원 {0}명</source>
        <translation>{0} in residence</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="119" />
        <source>대상자를 목록에서 고르세요.</source>
        <translation>Pick a client from the list.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="124" />
        <source>{0} 님 {1} 처리했습니다 ({2}). 입퇴소보고 초안을 만들었습니다.</source>
        <translation>{0}: {1} recorded ({2}). An admission/discharge report draft was made.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="135" />
        <source>퇴소할 대상자를 표에서 고르세요.</source>
        <translation>Pick the client to discharge in the table.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="139" />
        <source>퇴소 사유를 고르세요.</source>
        <translation>Pick a discharge reason.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="142" />
        <source>{0} 님({1})을 {2}자로 {3} 처리합니다. 사유: {4}
재원 명단에서 빠지고 입퇴소보고 초안이 만들어집니다.</source>
        <translation>{0} ({1}): {3} on {2}. Reason: {4}
The client leaves the residence list and an admission/discharge report draft is made.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="146" />
        <source>
무연고자이므로 경찰 신고 기록이 열립니다.</source>
        <translation>
The client has no next of kin, so the police report record opens.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="147" />
        <source>{0} 처리</source>
        <translation>Record {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="151" />
        <source>{0} 님 {1} 처리했습니다. 입퇴소보고 초안을 만들었습니다.</source>
        <translation>{0}: {1} recorded. An admission/discharge report draft was made.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="163" />
        <source>재원자 명단 저장</source>
        <translation>Save resident roster</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="163" />
        <source>재원자명단_{0}.xlsx</source>
        <translation>resident_roster_{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/episodes.py" line="170" />
        <source>재원자 명단 {1}명을 저장했습니다: {0}</source>
        <translation>Saved the resident roster, {1} people: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/page.py" />
        <source>파일을 저장하는 중…</source>
        <translation>Saving the file…</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" line="33" />
        <source>휴일 관리</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" line="41" />
        <source>연도</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" line="58" />
        <source>이름 (예: 국회의원선거일)</source>
        <translation>Name (e.g. National Assembly election day)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" line="59" />
        <source>근거 (예: 공직선거법 §34)</source>
        <translation>Legal basis (e.g. Public Official Election Act §34)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" line="60" />
        <source>휴일 추가</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" line="62" />
        <source>선택한 날 빼기</source>
        <translation>Remove selected day</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" line="69" />
        <source>공휴일은 자료(resources/hr/holidays.json)에 근거와 함께 있습니다. 선거일·임시공휴일처럼 빠진 날은 관리자가 추가하며, 그날 근태는 휴일근무로 다시 계산됩니다.</source>
        <translation>Public holidays come from the data (resources/hr/holidays.json) with their legal basis. Days not listed there, such as election days or temporary holidays, are added by an administrator; attendance on that day is recalculated as holiday work.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" line="85" />
        <source>시설 추가</source>
        <translation>Added by facility</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" line="85" />
        <source>공표</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" line="107" />
        <source>{0}을(를) 휴일로 추가했습니다.</source>
        <translation>{0} added as a holiday.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" line="112" />
        <source>시설에서 추가한 날을 고르세요 (공휴일은 뺄 수 없습니다).</source>
        <translation>Pick a day the facility added (public holidays cannot be removed).</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" line="117" />
        <source>{0}을(를) 휴일에서 뺐습니다.</source>
        <translation>{0} removed from the holidays.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" />
        <source>날짜</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" />
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" />
        <source>근거</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/holidays_dialog.py" />
        <source>구분</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="26" />
        <source>시설</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="27" />
        <source>사용자</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="28" />
        <source>전송 대기</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="29" />
        <source>마지막 동기화</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="30" />
        <source>데이터 파일</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="58" />
        <source>{0}건</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="59" />
        <source>없음</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="58" />
        <source>할 일을 불러오는 중…</source>
        <translation>Loading the to-do list…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="62" />
        <source>할 일</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="67" />
        <source>구분</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="67" />
        <source>기한</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="67" />
        <source>근거</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="77" />
        <source>두 번 누르거나 Enter를 누르면 처리할 화면이 열립니다.</source>
        <translation>Double-click or press Enter to open the screen that resolves it.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="113" />
        <source>할 일 {0}건 ({1} 기준, 급한 것부터)</source>
        <translation>{0} to do (as of {1}, most urgent first)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="114" />
        <source>지금 할 일이 없습니다 ({0} 기준).</source>
        <translation>Nothing to do now (as of {0}).</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="38" />
        <source>즉시</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="38" />
        <source>긴급</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="38" />
        <source>예정</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/home.py" line="38" />
        <source>알림</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>LeavePage</name>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="67" />
        <source>직원</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="72" />
        <source>휴가 신청</source>
        <translation>Leave request</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="78" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="80" />
        <source>신청</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="88" />
        <source>승인</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="88" />
        <source>반려</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="91" />
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="198" />
        <source>신청 취소</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="99" />
        <source>출장·교육 등록</source>
        <translation>Record a business trip or training</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="105" />
        <source>장소</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="106" />
        <source>목적·과정명</source>
        <translation>Purpose / course</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="109" />
        <source>시간</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="110" />
        <source>등록</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="118" />
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="210" />
        <source>출장·교육 삭제</source>
        <translation>Delete trip/training</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="149" />
        <source>연차 {0:g}일 중 사용 {1:g}일 · 남음 {2:g}일 · 승인 대기 {3:g}일  ({4} ~ {5})</source>
        <translation>Annual leave {0:g} days: used {1:g} · left {2:g} · awaiting approval {3:g}  ({4} ~ {5})</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="177" />
        <source>휴가를 신청했습니다.</source>
        <translation>Leave requested.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="182" />
        <source>표에서 휴가 신청을 고르세요.</source>
        <translation>Pick a leave request in the table.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="187" />
        <source>승인했습니다.</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="187" />
        <source>반려했습니다.</source>
        <translation>Rejected.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="192" />
        <source>표에서 취소할 휴가 신청을 고르세요.</source>
        <translation>Pick the leave request to cancel in the table.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="195" />
        <source>휴가 신청 취소</source>
        <translation>Cancel leave request</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="196" />
        <source>{0} 님의 {1} ({2} ~ {3}, {4}) 신청을 취소합니다. 되돌릴 수 없습니다.</source>
        <translation>Cancel {0}'s {1} request ({2} – {3}, {4})? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="202" />
        <source>신청을 취소했습니다.</source>
        <translation>Request cancelled.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="207" />
        <source>표에서 삭제할 출장·교육을 고르세요.</source>
        <translation>Pick the trip or training to delete in the table.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="211" />
        <source>{0} 님의 {1} ({2} ~ {3}, {4})을(를) 삭제합니다. 근태 표에서도 빠집니다.</source>
        <translation>Delete {0}'s {1} ({2} – {3}, {4})? It also leaves the attendance sheet.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="213" />
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="217" />
        <source>삭제했습니다.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" line="223" />
        <source>등록했습니다.</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" />
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" />
        <source>시작일</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" />
        <source>종료일</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" />
        <source>일수</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" />
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" />
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/leave.py" />
        <source>목적</source>
        <translation>Purpose</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/widgets.py" line="52" />
        <source>예산과목 코드</source>
        <translation>Budget account code</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/widgets.py" line="52" />
        <source>과목명</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/widgets.py" line="52" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/widgets.py" line="52" />
        <source>비고</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/widgets.py" line="56" />
        <source>줄 추가(&amp;L)</source>
        <translation>Add &amp;line</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="189" />
        <source>사용자 선택</source>
        <translation>Who is working</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="198" />
        <source>사용자(&amp;U)</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="199" />
        <source>비밀번호(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="204" />
        <source>시작</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="205" />
        <source>종료</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MailRun</name>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_run.py" line="44" />
        <source>급여명세서 만드는 중…</source>
        <translation>Making payslips…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_run.py" line="44" />
        <source>명</source>
        <translation> staff</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_settings.py" line="20" />
        <source>급여명세서 메일 설정</source>
        <translation>Payslip mail settings</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_settings.py" line="31" />
        <source>바꿀 때만 입력 (키링에 저장)</source>
        <translation>Enter only to change it (kept in the keyring)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_settings.py" line="34" />
        <source>SMTP 서버</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_settings.py" line="34" />
        <source>포트</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_settings.py" line="35" />
        <source>보안 연결</source>
        <translation>Secure connection</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_settings.py" line="35" />
        <source>사용자 이름</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_settings.py" line="36" />
        <source>비밀번호</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_settings.py" line="36" />
        <source>보내는 주소</source>
        <translation>From address</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_settings.py" line="37" />
        <source>보내는 이름</source>
        <translation>From name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_settings.py" line="40" />
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_settings.py" line="41" />
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_settings.py" />
        <source>STARTTLS (포트 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_settings.py" />
        <source>SSL/TLS (포트 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/mail_settings.py" />
        <source>암호화 안 함 (이 PC의 서버만)</source>
        <translation>No encryption (only for a server on this PC)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../heemang_desktop/gui/main_window.py" line="27" />
        <source>데이터를 여는 중…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/main_window.py" line="93" />
        <source>중앙 서비스 주소가 설정되지 않았습니다. 이 PC에만 저장합니다.</source>
        <translation>No central service is set up. Everything is kept on this PC.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/main_window.py" line="145" />
        <source>알림</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/main_window.py" line="153" />
        <source>오류</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/main_window.py" line="152" />
        <source>예상하지 못한 오류가 났습니다. 저장된 자료는 안전합니다.
{0}</source>
        <translation>An unexpected error occurred. Saved data is safe.
{0}</translation>
    </message>
</context>
<context>
    <name>MonthGridModel</name>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>근무일</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>정규(시간)</source>
        <translation>Regular (h)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>연장</source>
        <translation>Overtime</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>야간</source>
        <translation>Night</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>휴일</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>결근</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>휴가</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>출장</source>
        <translation>Trip</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>교육</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>사번</source>
        <translation>Emp. no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>월</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>화</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>수</source>
        <translation>We</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>목</source>
        <translation>Th</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>금</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>토</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/hr/month_grid.py" />
        <source>일</source>
        <translation>Su</translation>
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
    <name>ObjectionsPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="60" />
        <source>예: 2022년 시설평가 (비우면 현장평가 연도로)</source>
        <translation>e.g. 2022 facility evaluation (blank: the visit's year)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="67" />
        <source>이의신청할 지표와 사유, 한 줄에 하나 (공문에 그대로 들어갑니다)</source>
        <translation>Indicators objected to and why, one per line (copied into the letter)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="69" />
        <source>평가 회차</source>
        <translation>Evaluation round</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="70" />
        <source>현장평가일</source>
        <translation>On-site visit</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="71" />
        <source>이의신청 항목</source>
        <translation>Items objected to</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="74" />
        <source>새로 기록</source>
        <translation>Record new</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="76" />
        <source>고친 내용 저장</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="78" />
        <source>기록 삭제</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="87" />
        <source>이의신청 기한</source>
        <translation>Objection deadline</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="88" />
        <source>방법</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="102" />
        <source>현장평가를 기록하거나 목록에서 고르면 이의신청 기한과 방법이 나옵니다.</source>
        <translation>Record an on-site visit or pick one from the list to see the objection deadline and route.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="107" />
        <source>이의신청 공문 초안 (고쳐 쓸 수 있습니다)</source>
        <translation>Objection letter draft (editable)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="112" />
        <source>초안 다시 만들기</source>
        <translation>Redraft</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="114" />
        <source>PDF로 저장…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="141" />
        <source>공문</source>
        <translation>Official letter</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="141" />
        <source>시스템(온라인)</source>
        <translation>System (online)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="173" />
        <source>{0}까지 공문으로 이의신청하세요.</source>
        <translation>Object by official letter by {0}.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="176" />
        <source>{0}까지 시스템으로 이의신청하세요.</source>
        <translation>Object in the system by {0}.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="207" />
        <source>저장했습니다. 이의신청 기한 {0}, {1}</source>
        <translation>Saved. Objection deadline {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="208" />
        <source>시스템</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="215" />
        <source>기록을 삭제했습니다.</source>
        <translation>Record deleted.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="229" />
        <source>공문 PDF 저장</source>
        <translation>Save letter PDF</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="230" />
        <source>PDF 파일 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="238" />
        <source>공문 PDF를 저장했습니다: {0}</source>
        <translation>Letter PDF saved: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="113" />
        <source>인쇄…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/evaluation/objections.py" line="248" />
        <source>공문 내용이 비어 있습니다.</source>
        <translation>The letter is empty.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../heemang_desktop/gui/operation.py" line="85" />
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/operation.py" line="104" />
        <source>취소하는 중… 아무것도 저장하지 않습니다.</source>
        <translation>Cancelling… nothing will be saved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/operation.py" />
        <source>행</source>
        <translation> rows</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/widgets.py" line="231" />
        <source>비워 두려면 Delete 키를 누르세요</source>
        <translation>Press Delete to leave it blank</translation>
    </message>
</context>
<context>
    <name>OutingsPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="36" />
        <source>복귀 전인 외출·외박만</source>
        <translation>Only outings not yet returned</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="41" />
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="42" />
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="67" />
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="43" />
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="68" />
        <source>나간 시각</source>
        <translation>Left at</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="44" />
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="69" />
        <source>복귀 예정</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="45" />
        <source>복귀</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="45" />
        <source>복귀 전</source>
        <translation>Not back yet</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="46" />
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="70" />
        <source>동행인</source>
        <translation>Accompanied by</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="47" />
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="71" />
        <source>행선지</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="53" />
        <source>외출·외박 기록</source>
        <translation>Record an outing or overnight stay</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="62" />
        <source>나감 기록(&amp;O)</source>
        <translation>Record going &amp;out</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="66" />
        <source>대상자</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="74" />
        <source>복귀 (표에서 선택)</source>
        <translation>Return (pick in the table)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="77" />
        <source>복귀 기록(&amp;R)</source>
        <translation>Record &amp;return</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="79" />
        <source>복귀 시각</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="99" />
        <source>대상자를 목록에서 고르세요.</source>
        <translation>Pick a client from the list.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="104" />
        <source>{0} 님 {1}을(를) 기록했습니다.</source>
        <translation>{0}: {1} recorded.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="116" />
        <source>복귀한 외출을 표에서 고르세요.</source>
        <translation>Pick the returned outing in the table.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/outings.py" line="120" />
        <source>{0} 님 복귀를 기록했습니다.</source>
        <translation>{0}'s return recorded.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/page.py" />
        <source>파일을 저장하는 중…</source>
        <translation>Saving the file…</translation>
    </message>
</context>
<context>
    <name>PaySettingsDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="42" />
        <source>급여 설정 — {0} {1}</source>
        <translation>Pay settings — {0} {1}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="49" />
        <source>식사를 현물로 제공 (식대 과세)</source>
        <translation>Meals provided in kind (meal allowance taxed)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="54" />
        <source>기본 (정규 209시간, 단시간은 근태)</source>
        <translation>Default (209 h full-time; part-time from attendance)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="55" />
        <source>소득세 원천징수 비율</source>
        <translation>Income tax withholding rate</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="57" />
        <source>6세 이하 자녀 (보육수당 비과세)</source>
        <translation>Children aged 6 or under (childcare allowance tax-free)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="58" />
        <source>월 소정근로시간</source>
        <translation>Contractual hours per month</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="65" />
        <source> 시간</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="66" />
        <source>기본 ({0}시간)</source>
        <translation>Default ({0} h)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="67" />
        <source>단시간: 하루·주 소정근로시간</source>
        <translation>Part-time: contractual hours per day / week</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="70" />
        <source>매월 정액 항목</source>
        <translation>Fixed monthly items</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="70" />
        <source>금액 (원)</source>
        <translation>Amount (won)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="76" />
        <source>코드 (예: night_care)</source>
        <translation>Code (e.g. night_care)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="77" />
        <source>항목 이름 (예: 야간근무수당)</source>
        <translation>Item name (e.g. night duty allowance)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="79" />
        <source>지급</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="80" />
        <source>공제</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="81" />
        <source>시설 항목 추가</source>
        <translation>Add facility item</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="87" />
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="88" />
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="109" />
        <source> (공제)</source>
        <translation> (deduction)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/pay_settings.py" line="120" />
        <source>{0} 금액은 숫자만 입력하세요.</source>
        <translation>Enter digits only for the {0} amount.</translation>
    </message>
</context>
<context>
    <name>PayrollPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="140" />
        <source>급여 계산(&amp;R)</source>
        <translation>&amp;Run payroll</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="142" />
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="361" />
        <source>마감</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="144" />
        <source>사업주 부담 설정…</source>
        <translation>Employer contributions…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="146" />
        <source>지급연월</source>
        <translation>Pay month</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="202" />
        <source>노란 행: 확인 필요(최저임금 미달, 신고 금액 차이 등) · ✎ 파란 칸: 수기로 고친 금액 · 칸에 마우스를 올리면 산출 근거가 보입니다</source>
        <translation>Yellow row: needs checking (minimum wage shortfall (최저임금 미달), reported amount differs…) · ✎ blue cell: changed by hand · hover a cell to see how it was worked out</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="216" />
        <source>항목</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="216" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="216" />
        <source>산출 근거</source>
        <translation>How it was worked out</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="225" />
        <source>고칠 금액 (숫자만, Enter로 저장)</source>
        <translation>New amount (digits only, Enter saves)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="227" />
        <source>수기 금액 저장</source>
        <translation>Save manual amount</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="229" />
        <source>계산값으로 되돌리기</source>
        <translation>Use calculated amount</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="231" />
        <source>선택한 항목</source>
        <translation>Selected item</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="288" />
        <source>가산수당: 5인 미만 사업장 — 연장·야간·휴일 가산 없이 일한 시간만 지급 (근로기준법 시행령 별표 1)</source>
        <translation>Premium pay: fewer than 5 employees — only hours worked are paid, no overtime, night or holiday premium (Labor Standards Act Enforcement Decree, Annex 1)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="290" />
        <source>가산수당: 연장 1.5배 · 야간 +0.5배 · 휴일 8시간까지 1.5배, 넘으면 2배</source>
        <translation>Premium pay: overtime ×1.5 · night +0.5 · holiday ×1.5 up to 8 h, ×2 beyond</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="292" />
        <source> · 토요일 근무는 모두 시간외</source>
        <translation> · all Saturday work is overtime</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="294" />
        <source> (이 달 계산 당시)</source>
        <translation> (as when this month was calculated)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="259" />
        <source>급여대장 없음</source>
        <translation>No payroll register</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="158" />
        <source>명세서</source>
        <translation>Payslips</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="161" />
        <source>엑셀 저장</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="164" />
        <source>장기요양 급여대장</source>
        <translation>LTC register</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="259" />
        <source>마감됨 (읽기 전용)</source>
        <translation>Closed (read-only)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="260" />
        <source>작성 중</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="262" />
        <source> · 결의서 {0}</source>
        <translation> · resolution {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="275" />
        <source>{0}명 · 지급총액 {1}원 · 공제총액 {2}원 · 실지급액 {3}원{4}</source>
        <translation>{0} staff · gross {1} won · deductions {2} won · net pay {3} won{4}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="277" />
        <source> · 확인 필요 {0}명</source>
        <translation> · {0} need checking</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="303" />
        <source>사업주 부담 합계 {0}원 (급여와 별도, 인건비 결의서의 사회보험부담비용): {1}</source>
        <translation>Employer contributions {0} won (besides pay; social insurance costs on the payroll resolution): {1}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="307" />
        <source>⚠ {0}: 사업주 부담 설정이 없어 계산하지 못했습니다. '사업주 부담 설정…'에서 입력하면 다시 계산합니다.</source>
        <translation>⚠ {0}: not calculated because employer contributions are not set up. Enter them in 'Employer contributions…' and it is recalculated.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="319" />
        <source>{0} {1} — 실지급액 {2}원</source>
        <translation>{0} {1} — net pay {2} won</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="355" />
        <source>급여 계산 중…</source>
        <translation>Calculating payroll…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="361" />
        <source>급여대장 마감</source>
        <translation>Close payroll register</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="368" />
        <source>{0} 급여대장을 마감합니다. 마감하면 고칠 수 없고, 인건비 결의서를 만들 수 있습니다.</source>
        <translation>The {0} payroll register will be closed. After closing it cannot be changed, and the payroll resolution can be made.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="374" />
        <source> 외 {0}명</source>
        <translation> and {0} more</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="375" />
        <source>

최저임금 미달 {0}명: {1}
마감하기 전에 시급과 근로시간을 확인하세요.</source>
        <translation>

Minimum wage shortfall (최저임금 미달), {0} staff: {1}
Check hourly rates and hours before closing.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="379" />
        <source>
확인이 필요한 행(노란 행)이 {0}명 더 있습니다.</source>
        <translation>
{0} more rows (yellow) need checking.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="388" />
        <source>금액은 숫자만 입력하세요.</source>
        <translation>Enter digits only for the amount.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="394" />
        <source>급여명세서를 저장할 폴더</source>
        <translation>Folder for the payslips</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="399" />
        <source>급여명세서 만드는 중…</source>
        <translation>Making payslips…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="399" />
        <source>명</source>
        <translation> staff</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="401" />
        <source>급여명세서 {0}개를 저장했습니다: {1}</source>
        <translation>Saved {0} payslips: {1}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="409" />
        <source>명세서 메일 발송</source>
        <translation>Mail payslips</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="410" />
        <source>{0} 급여명세서를 메일로 보냅니다: 대장의 {1}명 중 메일 주소가 있고 아직 받지 않은 사람에게.
보낸 메일은 되돌릴 수 없습니다.</source>
        <translation>The {0} payslips will be mailed to those of the {1} staff on the register who have a mail address and have not had theirs yet.
Mail sent cannot be taken back.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="411" />
        <source>보내기</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="421" />
        <source>전송 여부 불명</source>
        <translation>Delivery unknown</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="422" />
        <source>지난 발송이 중간에 멈춰 {0}명은 명세서를 받았는지 알 수 없습니다: {1}

이 사람들에게도 다시 보낼까요? 이미 받았다면 같은 명세서를 두 번 받게 됩니다.
(그대로 두기: 이번에는 건너뛰고 '확인 필요'로 남겨 둡니다)</source>
        <translation>The last mailing stopped part-way, so it is unknown whether {0} staff got their payslips: {1}

Send to them again too? Anyone who already got one will get the same payslip twice.
(Leave as is: skip them this time and keep them as '확인 필요' (needs checking).)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="425" />
        <source>다시 보내기</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="427" />
        <source>메일 준비 중…</source>
        <translation>Preparing mail…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="435" />
        <source>메일 보내는 중 {0}/{1}</source>
        <translation>Sending mail {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="450" />
        <source>보냄 {0} · 실패 {1} · 건너뜀 {2}</source>
        <translation>Sent {0} · failed {1} · skipped {2}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="453" />
        <source> · 확인 필요 {0}</source>
        <translation> · needs checking {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="472" />
        <source>장기요양 급여대장 저장</source>
        <translation>Save long-term care payroll register</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="476" />
        <source>{0}행을 저장했습니다: {1}</source>
        <translation>Saved {0} rows: {1}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="481" />
        <source>장기요양 급여대장 올리기</source>
        <translation>Upload long-term care payroll register</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="486" />
        <source>빈 양식 저장</source>
        <translation>Save blank template</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="490" />
        <source>빈 양식을 저장했습니다: {0}</source>
        <translation>Blank template saved: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="494" />
        <source>급여대장 저장</source>
        <translation>Save payroll register</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="498" />
        <source>{0}명의 급여대장을 저장했습니다: {1}</source>
        <translation>Saved the payroll register for {0} staff: {1}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="502" />
        <source>이체 목록 저장</source>
        <translation>Save bank transfer list</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="506" />
        <source>{0}명 {1}원을 저장했습니다: {2}</source>
        <translation>Saved {0} staff, {1} won: {2}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" line="513" />
        <source>급여대장에서 직원을 먼저 고르세요.</source>
        <translation>First pick an employee in the payroll register.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>인건비 결의서 만들기</source>
        <translation>Payroll resolution</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>직원 급여 설정…</source>
        <translation>Pay settings…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>PDF 저장…</source>
        <translation>Save PDFs…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>메일 발송</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>실패만 다시 보내기</source>
        <translation>Resend failed</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>메일 설정…</source>
        <translation>Mail settings…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>급여대장…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>이체 목록…</source>
        <translation>Transfer list…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>올리기…</source>
        <translation>Upload…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>빈 양식 저장…</source>
        <translation>Save blank template…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>내보내기…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>보냄</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>실패</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>건너뜀</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>확인 필요 (전송 여부 불명)</source>
        <translation>Needs checking (delivery unknown)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/pages/base.py" line="73" />
        <source>이 화면은 다음 업데이트에서 제공됩니다.
지금은 메뉴 구성만 미리 보여 줍니다.</source>
        <translation>This screen comes in a later update.
For now the menu shows where it will be.</translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>간호일지는 가려서 보여 줍니다. 두 번 누르면 열어 봅니다 (개인정보 접속기록에 남음).</source>
        <translation>Nursing logs are masked. Double-click one to open it (kept in the access records).</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="51" />
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="69" />
        <source>일자</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="52" />
        <source>프로그램</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="53" />
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="70" />
        <source>진행자</source>
        <translation>Led by</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="54" />
        <source>참석</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="57" />
        <source>프로그램 진행 기록</source>
        <translation>Record a program session</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="66" />
        <source>프로그램 저장(&amp;P)</source>
        <translation>Save &amp;program</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="68" />
        <source>프로그램명</source>
        <translation>Program name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="71" />
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="86" />
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="99" />
        <source>내용</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="72" />
        <source>평가</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="73" />
        <source>참석(체크)</source>
        <translation>Attended (tick)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="83" />
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="98" />
        <source>일시</source>
        <translation>Date/time</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="84" />
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="97" />
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="85" />
        <source>작성자</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="89" />
        <source>일지 쓰기</source>
        <translation>Write a log entry</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="95" />
        <source>일지 저장(&amp;L)</source>
        <translation>Save &amp;log entry</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="141" />
        <source>{0} ({1}) 참석 {2}명을 저장했습니다.</source>
        <translation>{0} ({1}) saved with {2} attending.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="151" />
        <source>대상자를 고르세요.</source>
        <translation>Pick a client.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/programs.py" line="156" />
        <source>일지를 저장했습니다.</source>
        <translation>Log entry saved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/page.py" />
        <source>파일을 저장하는 중…</source>
        <translation>Saving the file…</translation>
    </message>
    <message>
        <source>일지 내용</source>
        <translation>the log</translation>
    </message>
    <message>
        <source>프로그램 내용·평가</source>
        <translation>the session's content and evaluation</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="47" />
        <source>미납자만</source>
        <translation>Unpaid only</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="49" />
        <source>이용료 대장 엑셀로 저장…</source>
        <translation>Save fee register as Excel…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="56" />
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="70" />
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="57" />
        <source>부과액</source>
        <translation>Charged</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="58" />
        <source>수납액</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="59" />
        <source>미납액</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="66" />
        <source>수납 내역</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="68" />
        <source>영수번호</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="69" />
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="99" />
        <source>수납일</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="71" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="72" />
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="101" />
        <source>방법</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="73" />
        <source>선납</source>
        <translation>Prepaid</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="77" />
        <source>선택한 영수증 PDF 저장(&amp;P)</source>
        <translation>Save selected receipt as &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="84" />
        <source>수납 기록</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="92" />
        <source>선납 (미납액보다 많이 미리 받음)</source>
        <translation>Prepayment (more than the unpaid amount received in advance)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="93" />
        <source>수납 저장(&amp;S)</source>
        <translation>&amp;Save payment</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="98" />
        <source>대상자</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="100" />
        <source>금액(원)</source>
        <translation>Amount (won)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="102" />
        <source>납부자</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="106" />
        <source>월 이용료 부과 (위 대상자)</source>
        <translation>Charge monthly fee (client above)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="112" />
        <source>부과(&amp;C)</source>
        <translation>&amp;Charge</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="114" />
        <source>연월</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="115" />
        <source>기준</source>
        <translation>Fee basis</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="143" />
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="160" />
        <source>대상자를 목록에서 고르세요.</source>
        <translation>Pick a client from the list.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="148" />
        <source>남은 미납액 {0:,}원</source>
        <translation>Still unpaid: {0:,} won</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="149" />
        <source>{0} 님 {1:,}원 수납 (영수번호 {2}). {3}</source>
        <translation>{0}: {1:,} won received (receipt no. {2}). {3}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="165" />
        <source>{0} 님 {1} 이용료 {2:,}원을 부과했습니다.</source>
        <translation>{0}: {1} fee of {2:,} won charged.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="174" />
        <source>영수증을 만들 수납 기록을 고르세요.</source>
        <translation>Pick the payment to make a receipt for.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="176" />
        <source>영수증 PDF 저장</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="181" />
        <source>이용료 영수증</source>
        <translation>Fee receipt</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="182" />
        <source>영수증을 저장했습니다: {0}</source>
        <translation>Receipt saved: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="185" />
        <source>이용료 대장 저장</source>
        <translation>Save fee register</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="185" />
        <source>이용료대장.xlsx</source>
        <translation>fee_register.xlsx</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/receipts.py" line="191" />
        <source>이용료 대장 {1}명을 저장했습니다: {0}</source>
        <translation>Saved the fee register, {1} people: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/page.py" />
        <source>파일을 저장하는 중…</source>
        <translation>Saving the file…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="129" />
        <source>개인정보 암호화 복구 코드</source>
        <translation>Recovery code for encrypted personal data</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="132" />
        <source>주민등록번호와 계좌번호는 이 PC의 키링에 있는 열쇠로 암호화됩니다. 다른 PC에서 이 데이터를 열거나 키링을 잃으면 아래 복구 코드가 있어야 합니다. 인쇄해서 금고 등 안전한 곳에 보관하세요.</source>
        <translation>Resident registration and bank account numbers are encrypted with a key kept in this PC's keyring. To open this data on another PC, or after the keyring is lost, you need the recovery code below. Print it and keep it somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="150" />
        <source>복사(&amp;C)</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="152" />
        <source>인쇄(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="154" />
        <source>복구 코드를 안전한 곳에 보관했습니다</source>
        <translation>I have put the recovery code somewhere safe</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="159" />
        <source>확인</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>사번</source>
        <translation>Emp. no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>고용형태</source>
        <translation>Employment type</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>지급총액</source>
        <translation>Gross pay</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>비과세</source>
        <translation>Tax-free</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>국민연금</source>
        <translation>Pension</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>건강보험</source>
        <translation>Health ins.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>장기요양</source>
        <translation>LTC ins.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>고용보험</source>
        <translation>Employment ins.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>소득세</source>
        <translation>Income tax</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>지방소득세</source>
        <translation>Local income tax</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>공제총액</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>실지급액</source>
        <translation>Net pay</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>사업주부담</source>
        <translation>Employer share</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>메일</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>확인</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>보냄</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>실패</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>건너뜀</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/payroll/register_page.py" />
        <source>확인 필요 (전송 여부 불명)</source>
        <translation>Needs checking (delivery unknown)</translation>
    </message>
</context>
<context>
    <name>RememberedMappingsDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/remembered_mappings.py" line="28" />
        <source>{0} — 기억한 값 맞춤</source>
        <translation>{0} — remembered matches</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/remembered_mappings.py" line="31" />
        <source>이 시설에서 기억한 값 맞춤입니다. 잊으면 다음 파일에서 그 값을 다시 고릅니다.</source>
        <translation>Value matches remembered for this facility. Forget one and you pick that value again in the next file.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/remembered_mappings.py" line="35" />
        <source>열</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/remembered_mappings.py" line="35" />
        <source>적힌 값</source>
        <translation>Value in file</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/remembered_mappings.py" line="35" />
        <source>→ 바꿀 값</source>
        <translation>→ Change to</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/remembered_mappings.py" line="44" />
        <source>선택한 맞춤 잊기(&amp;F)</source>
        <translation>&amp;Forget selected</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/remembered_mappings.py" line="46" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/remembered_mappings.py" line="62" />
        <source>(빈 칸)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/remembered_mappings.py" line="68" />
        <source>잊을 맞춤을 고르세요.</source>
        <translation>Pick the matches to forget.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/remembered_mappings.py" line="75" />
        <source>{0}개를 잊었습니다. 다음 파일에서 그 값을 다시 고릅니다.</source>
        <translation>Forgot {0}. You pick those values again in the next file.</translation>
    </message>
</context>
<context>
    <name>RequisitionsPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" line="44" />
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" line="98" />
        <source>(새 품의서)</source>
        <translation>(new requisition)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" line="48" />
        <source>품의번호</source>
        <translation>Requisition no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" line="49" />
        <source>품의일자</source>
        <translation>Requisition date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" line="50" />
        <source>사업명</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" line="51" />
        <source>목적·내용</source>
        <translation>Purpose / details</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" line="120" />
        <source>저장했습니다: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" />
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" />
        <source>목적</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" />
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" />
        <source>새 품의서</source>
        <translation>New requisition</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" />
        <source>승인</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" />
        <source>반려</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" />
        <source>결의서 만들기</source>
        <translation>Make resolution</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" />
        <source>인쇄</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/requisitions.py" />
        <source>저장(Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
</context>
<context>
    <name>ResolutionListModel</name>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/list_model.py" />
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/list_model.py" />
        <source>결의일자</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/list_model.py" />
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/list_model.py" />
        <source>사업명</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/list_model.py" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/list_model.py" />
        <source>적요</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/list_model.py" />
        <source>거래처</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/list_model.py" />
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/list_model.py" />
        <source>전송</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>ResolutionsPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="85" />
        <source>사업명 (포함)</source>
        <translation>Project (contains)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="86" />
        <source>적요 (포함)</source>
        <translation>Description (contains)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="87" />
        <source>거래처 (포함)</source>
        <translation>Contains</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="89" />
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="114" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="90" />
        <source>최소</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="91" />
        <source>최대</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="95" />
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="256" />
        <source>시작일</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="96" />
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="256" />
        <source>종료일</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="98" />
        <source>과목코드</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="101" />
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="103" />
        <source>전체</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="101" />
        <source>수입</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="101" />
        <source>지출</source>
        <translation>Expenditure</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="103" />
        <source>정상</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="103" />
        <source>취소</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="105" />
        <source>검색</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="109" />
        <source>결의서 엑셀 업로드</source>
        <translation>Upload resolutions (Excel)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="111" />
        <source>목록 엑셀 저장…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="114" />
        <source>연도</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="114" />
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="191" />
        <source>사업명</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="115" />
        <source>범위</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="115" />
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="192" />
        <source>적요</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="116" />
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="116" />
        <source>예산과목</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="117" />
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="195" />
        <source>거래처</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="117" />
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="188" />
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="117" />
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="141" />
        <source>목록 엑셀 저장</source>
        <translation>Save list as Excel</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="146" />
        <source>결의서 목록을 저장하는 중…</source>
        <translation>Saving the resolution list…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="149" />
        <source>{0}건을 저장했습니다: {1}</source>
        <translation>Saved {0} rows: {1}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="153" />
        <source>결의서</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="157" />
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="302" />
        <source>(저장하면 번호가 매겨집니다)</source>
        <translation>(numbered when saved)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="166" />
        <source>비우면 결의일자</source>
        <translation>Blank: resolution date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="175" />
        <source>선택</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="177" />
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="306" />
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="388" />
        <source>선택 (암호화 저장)</source>
        <translation>Optional (stored encrypted)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="180" />
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="404" />
        <source>없음</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="182" />
        <source>파일 첨부…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="187" />
        <source>결의번호</source>
        <translation>Resolution no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="189" />
        <source>결의일자</source>
        <translation>Resolution date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="190" />
        <source>출납일자</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="193" />
        <source>재원</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="194" />
        <source>결제방법</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="196" />
        <source>거래처계좌</source>
        <translation>Counterparty account</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="197" />
        <source>첨부</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="209" />
        <source>저장(Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="211" />
        <source>새 결의서(Ctrl+N)</source>
        <translation>New resolution (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="213" />
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="413" />
        <source>결의 취소</source>
        <translation>Cancel resolution</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="215" />
        <source>인쇄</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="217" />
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="435" />
        <source>PDF 저장</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="286" />
        <source>합계 {0}원</source>
        <translation>Total {0} won</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="355" />
        <source>저장했습니다: {0} (합계 {1}원)</source>
        <translation>Saved: {0} (total {1} won)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="370" />
        <source>품의서에서 가져왔습니다. 재원과 결제방법을 고른 뒤 저장하세요.</source>
        <translation>Filled in from the requisition. Pick the funding source and payment method, then save.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="395" />
        <source>증빙 파일 첨부</source>
        <translation>Attach supporting document</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="402" />
        <source>{0} (저장 시 첨부)</source>
        <translation>{0} (attached on saving)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="410" />
        <source>결의서 {0}({1}, {2}, 합계 {3}원)을 취소합니다.
취소는 되돌릴 수 없고, 번호는 취소된 결의서로 남습니다.</source>
        <translation>Resolution {0} ({1}, {2}, total {3} won) will be cancelled.
This cannot be undone; the number stays as a cancelled resolution.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="419" />
        <source>취소했습니다: {0}</source>
        <translation>Cancelled: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/resolutions.py" line="439" />
        <source>PDF를 저장했습니다.</source>
        <translation>PDF saved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/files.py" />
        <source>엑셀 올리기…</source>
        <translation>Upload…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/files.py" />
        <source>빈 양식 저장…</source>
        <translation>Blank template…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/files.py" />
        <source>빈 양식 저장</source>
        <translation>Save blank template</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/files.py" />
        <source>빈 양식을 저장했습니다: {0}</source>
        <translation>Blank template saved: {0}</translation>
    </message>
    <message>
        <source>적요·비고</source>
        <translation>summary and notes</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="68" />
        <source>Heemang Desktop 처음 설정</source>
        <translation>Heemang Desktop first-time setup</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="70" />
        <source>이 PC에서 쓸 시설과 첫 사용자를 정합니다. 서버 없이도 바로 쓸 수 있고, 희망이음 계정이 생기면 나중에 동기화합니다.</source>
        <translation>Choose the facility and the first user of this PC. It works without a server; once the facility has a 희망이음 account it syncs.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="79" />
        <source>(시설 유형을 고르세요)</source>
        <translation>(pick a facility type)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="89" />
        <source>설정 완료</source>
        <translation>Finish setup</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="90" />
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="113" />
        <source>시설 유형을 고르세요.</source>
        <translation>Pick a facility type.</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="8" />
        <source>시설코드(&amp;C)</source>
        <translation>Facility &amp;code</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="14" />
        <source>K0161</source>
        <translation>K0161</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="20" />
        <source>시설명(&amp;N)</source>
        <translation>Facility &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="29" />
        <source>시설 유형(&amp;T)</source>
        <translation>Facility &amp;type</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="38" />
        <source>사용자 ID(&amp;I)</source>
        <translation>User &amp;ID</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="49" />
        <source>사용자 이름(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="58" />
        <source>역할(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="67" />
        <source>비밀번호(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="74" />
        <source>혼자 쓰는 PC면 비워 두어도 됩니다</source>
        <translation>May stay empty on a PC only you use</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/setup_panel.py" line="32" />
        <source>세목 추가 (목 아래)</source>
        <translation>Add a sub-account (세목, under a 목)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/setup_panel.py" line="38" />
        <source>목 코드</source>
        <translation>목 code</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/setup_panel.py" line="40" />
        <source>세목 이름</source>
        <translation>Sub-account (세목) name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/setup_panel.py" line="41" />
        <source>세목 추가</source>
        <translation>Add sub-account</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/setup_panel.py" line="50" />
        <source>월 마감 (마감한 달의 결의서는 쓰거나 고칠 수 없습니다)</source>
        <translation>Month closing (resolutions of a closed month cannot be written or changed)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/setup_panel.py" line="56" />
        <source>선택한 달 마감</source>
        <translation>Close selected month</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/setup_panel.py" line="57" />
        <location filename="../../heemang_desktop/gui/accounting/setup_panel.py" line="108" />
        <source>마감 해제</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/setup_panel.py" line="96" />
        <source>추가했습니다: {0}</source>
        <translation>Added: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/setup_panel.py" line="103" />
        <source>달을 목록에서 고르세요.</source>
        <translation>Pick a month from the list.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/setup_panel.py" line="106" />
        <source>{0}년 {1}월을 마감할까요? 그 달의 결의서는 더 이상 쓰거나 고칠 수 없습니다.</source>
        <translation>Close month {1} of {0}? Resolutions of that month can then no longer be written or changed.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/setup_panel.py" line="107" />
        <source>{0}년 {1}월의 마감을 해제할까요?</source>
        <translation>Reopen month {1} of {0}?</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/setup_panel.py" line="108" />
        <source>월 마감</source>
        <translation>Month closing</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/setup_panel.py" line="108" />
        <source>마감</source>
        <translation>Close month</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/setup_panel.py" line="115" />
        <source>저장했습니다.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../heemang_desktop/gui/launch.py" />
        <source>다른 프로그램이 이 데이터 폴더를 쓰고 있습니다. 끝나면 바로 엽니다…</source>
        <translation>Another program is using this data folder. It opens as soon as it is done…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/launch.py" />
        <source>명령줄 작업이 이 데이터 폴더를 쓰고 있습니다. 작업이 끝나면 바로 엽니다…</source>
        <translation>A command-line task is using this data folder. It opens as soon as the task ends…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/launch.py" />
        <source>이 데이터 폴더는 다른 창에서 열려 있습니다. 그 창이 닫히면 바로 엽니다…</source>
        <translation>This data folder is open in another window. It opens as soon as that window closes…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/launch.py" />
        <source>이 데이터 폴더는 다른 PC({0})의 창에서 열려 있습니다. 그 창이 닫히면 바로 엽니다…</source>
        <translation>This data folder is open in a window on another PC ({0}). It opens as soon as that window closes…</translation>
    </message>
</context>
<context>
    <name>SubjectCardsPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="56" />
        <source>성명·대상자번호, 또는 주민등록번호 13자리 (Ctrl+F)</source>
        <translation>Name, client no., or 13-digit resident registration no. (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="60" />
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="61" />
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="157" />
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="62" />
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="170" />
        <source>주민등록번호</source>
        <translation>Resident registration no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="63" />
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="174" />
        <source>보장구분</source>
        <translation>Benefit status</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="64" />
        <source>무연고</source>
        <translation>No next of kin</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="75" />
        <source>새 대상자(&amp;N)</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="77" />
        <source>엑셀 올리기…</source>
        <translation>Upload Excel…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="78" />
        <source>대상자 엑셀(빈 양식에 적은 것)을 검사한 뒤 한꺼번에 저장합니다.</source>
        <translation>Checks a subjects workbook (filled-in blank template), then saves it all at once.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="80" />
        <source>빈 양식 저장…</source>
        <translation>Save blank template…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="100" />
        <source>일시</source>
        <translation>Date/time</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="102" />
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="103" />
        <source>내용</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="104" />
        <source>상세</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="106" />
        <source>이력 (입퇴소·외출·프로그램·일지·수납)</source>
        <translation>History (admissions, outings, programs, logs, payments)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="132" />
        <source>(없음)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="136" />
        <source>대상자 카드</source>
        <translation>Client card</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="140" />
        <source>900101-1234567 (저장하면 가려서 보여 줍니다)</source>
        <translation>900101-1234567 (shown masked once saved)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="158" />
        <source>연락처</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="159" />
        <source>무연고자</source>
        <translation>No next of kin</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="162" />
        <source>건강 특이사항</source>
        <translation>Health notes</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="165" />
        <source>저장(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="169" />
        <source>성명*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="172" />
        <source>생년월일·성별</source>
        <translation>Date of birth / sex</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="173" />
        <source>대상자번호</source>
        <translation>Client no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="175" />
        <source>장기요양등급</source>
        <translation>Long-term care grade</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="176" />
        <source>등급 유효기간</source>
        <translation>Grade valid until</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="177" />
        <source>장애정도</source>
        <translation>Disability severity</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="178" />
        <source>보호자</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="180" />
        <source>비고</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="189" />
        <source>경찰 신고 기록</source>
        <translation>Police report record</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="193" />
        <source>경찰서</source>
        <translation>Police station</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="195" />
        <source>담당자</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="196" />
        <source>신고 기록</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="308" />
        <source>저장했습니다.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="334" />
        <source>경찰 신고 기록을 저장했습니다.</source>
        <translation>Police report record saved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="343" />
        <source>대상자 엑셀 업로드</source>
        <translation>Upload subjects (Excel)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="348" />
        <source>빈 양식 저장</source>
        <translation>Save blank template</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="348" />
        <source>대상자_양식.xlsx</source>
        <translation>subjects_template.xlsx</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/cards.py" line="354" />
        <source>빈 양식을 저장했습니다: {0}</source>
        <translation>Blank template saved: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/page.py" />
        <source>파일을 저장하는 중…</source>
        <translation>Saving the file…</translation>
    </message>
</context>
<context>
    <name>SubjectPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/page.py" line="58" />
        <source>파일을 저장하는 중…</source>
        <translation>Saving the file…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../heemang_desktop/gui/sync/controller.py" line="195" />
        <source>중앙 서비스 주소가 설정되지 않았습니다. 이 PC에만 저장합니다.</source>
        <translation>No central service is set up. Everything is kept on this PC.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/controller.py" line="197" />
        <source>중앙 서비스에 다시 로그인해야 합니다. [동기화 설정]을 누르세요.</source>
        <translation>Log in to the central service again: press [Sync settings].</translation>
    </message>
</context>
<context>
    <name>SyncLoginDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/sync/login_dialog.py" line="11" />
        <source>중앙 서비스 로그인</source>
        <translation>Central service login</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/login_dialog.py" line="13" />
        <source>희망이음(중앙 서비스)과 동기화할 계정입니다. 비밀번호는 이 PC의 운영체제 암호 저장소에만 저장됩니다.</source>
        <translation>The account to sync with Heemang-eum (the central service). The password is kept only in this PC's operating-system password store.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/login_dialog.py" line="25" />
        <source>비밀번호 저장 (키링)</source>
        <translation>Remember password (keyring)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/login_dialog.py" line="27" />
        <source>서버 주소(&amp;S)</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/login_dialog.py" line="28" />
        <source>시설코드</source>
        <translation>Facility code</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/login_dialog.py" line="29" />
        <source>사용자 ID(&amp;U)</source>
        <translation>&amp;User ID</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/login_dialog.py" line="30" />
        <source>비밀번호(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/login_dialog.py" line="38" />
        <source>로그인</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/login_dialog.py" line="39" />
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/login_dialog.py" line="46" />
        <source>확인하는 중…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="69" />
        <source>구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="69" />
        <source>기록 종류</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="69" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="69" />
        <location filename="../../heemang_desktop/gui/sync/page.py" line="102" />
        <source>기록</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="70" />
        <source>대기 변경</source>
        <translation>Queued change</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="82" />
        <source>항목</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="82" />
        <source>이 PC</source>
        <translation>This PC</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="82" />
        <source>서버</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="82" />
        <source>서버 것으로</source>
        <translation>Use server's</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="87" />
        <source>내 것 유지</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="88" />
        <source>서버 것 받기</source>
        <translation>Take the server's copy</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="89" />
        <source>선택한 항목만 서버 것으로</source>
        <translation>Take the server's for selected fields only</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="90" />
        <source>고친 내용 다시 보내기</source>
        <translation>Send the corrected change again</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="91" />
        <source>이 PC에서 지우기</source>
        <translation>Delete on this PC</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="100" />
        <source>해결할 기록</source>
        <translation>Records to resolve</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="102" />
        <source>순번</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="102" />
        <source>작업</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="102" />
        <source>입력자</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="103" />
        <source>입력 시각</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="103" />
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="104" />
        <source>전송 대기</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="123" />
        <source>해결할 기록 ({0})</source>
        <translation>Records to resolve ({0})</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="141" />
        <source>중앙 서비스로 보낼 변경 {0}건</source>
        <translation>{0} changes to send to the central service</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="142" />
        <source>전송 대기 ({0})</source>
        <translation>Queued ({0})</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="164" />
        <source>해결할 기록이 없습니다.</source>
        <translation>Nothing to resolve.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="191" />
        <source>{0} {1}: 중앙 서비스에서 받은 변경이 올바르지 않아 이 PC에 적용하지 않고 격리했습니다.
사유: {2}
다른 PC나 중앙 서비스에서 기록을 고치면 다음 동기화 때 적용되고 이 목록에서 사라집니다.</source>
        <translation>{0} {1}: a change received from the central service was invalid, so it was quarantined (격리) instead of applied on this PC.
Reason: {2}
Once the record is corrected on another PC or the central service, it is applied at the next sync and leaves this list.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="223" />
        <source>{0}: 이 PC에서 고친 내용을 버리고 서버의 기록으로 바꿉니다. 버린 내용은 되돌릴 수 없습니다.</source>
        <translation>{0}: the changes made on this PC are discarded and replaced by the server's record. Discarded changes cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="226" />
        <source>{0}: 다른 PC(서버)에서 고친 내용을 이 PC의 기록으로 덮어씁니다.</source>
        <translation>{0}: the changes made on another PC (the server) are overwritten with this PC's record.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" line="228" />
        <source>{0}: 이 PC에만 있는 이 기록을 지웁니다. 서버로 보내지 않으며 되돌릴 수 없습니다.</source>
        <translation>{0}: this record, which exists only on this PC, is deleted. It is not sent to the server and cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" />
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" />
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" />
        <source>대기</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" />
        <source>거부됨</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" />
        <source>충돌</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" />
        <source>전송됨</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" />
        <source>거부</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/sync/page.py" />
        <source>격리</source>
        <translation>Quarantined</translation>
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
        <translation>Conflicts: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="82" />
        <source>거부 {0}건</source>
        <translation>{0} rejected</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="84" />
        <source>격리 {0}건</source>
        <translation>{0} quarantined</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/status_bar.py" line="86" />
        <source>[나의업무 &gt; 전송 대기 목록]에서 해결하세요.</source>
        <translation>Resolve them in [My work &gt; Queued changes].</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../../heemang_desktop/gui/sync/controller.py" line="86" />
        <source>동기화 중 예상하지 못한 오류가 났습니다 ({0}). 잠시 뒤 다시 시도합니다.</source>
        <translation>An unexpected error occurred while syncing ({0}). Retrying shortly.</translation>
    </message>
</context>
<context>
    <name>TransfersPanel</name>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="51" />
        <source>감액 과목코드</source>
        <translation>Account code to decrease</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="52" />
        <source>증액 과목코드</source>
        <translation>Account code to increase</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="56" />
        <source>(같은 항 안: 근거 없음)</source>
        <translation>(within the same 항: no basis needed)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="60" />
        <source>전용 사유</source>
        <translation>Reason for the transfer</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="61" />
        <source>전용 저장(Enter)</source>
        <translation>Save transfer (Enter)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="62" />
        <source>전용일자</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="62" />
        <source>감액 과목</source>
        <translation>Decreased account</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="63" />
        <source>증액 과목</source>
        <translation>Increased account</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="63" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="64" />
        <source>근거</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="69" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="76" />
        <source>선택한 전용 취소</source>
        <translation>Cancel selected transfer</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="78" />
        <source>과목전용조서는 장부·보고서에서 엑셀·PDF로 저장합니다.</source>
        <translation>The budget transfer statement (과목전용조서) is saved as Excel or PDF on the Books and reports page.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="121" />
        <source>저장했습니다: {0} ({1}원)</source>
        <translation>Saved: {0} ({1} won)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="130" />
        <source>취소할 전용을 목록에서 고르세요.</source>
        <translation>Pick the transfer to cancel from the list.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="133" />
        <source>{0} ({1} → {2}, {3}원)을 취소합니다. 번호는 취소된 전용으로 남습니다.</source>
        <translation>Cancel {0} ({1} → {2}, {3} won)? Its number stays, as a cancelled transfer.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="135" />
        <source>전용 취소</source>
        <translation>Cancel transfer</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/accounting/transfers.py" line="139" />
        <source>취소했습니다: {0}</source>
        <translation>Cancelled: {0}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="227" />
        <source>복구 코드 입력</source>
        <translation>Enter recovery code</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="230" />
        <source>이 PC의 키링에 이 데이터의 암호화 열쇠가 없습니다 (다른 PC에서 가져온 파일이거나 키링을 잃었습니다). 처음 설정할 때 받은 복구 코드를 입력하세요. 입력하지 않으면 주민등록번호·계좌번호를 보거나 바꿀 수 없습니다.</source>
        <translation>This PC's keyring has no key for this data (the file came from another PC, or the keyring was lost). Enter the recovery code you were given at setup. Without it, resident and account numbers can't be read or changed.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="241" />
        <source>복구</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="242" />
        <source>나중에</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="59" />
        <source>찾아보기…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="95" />
        <source>행</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="81" />
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="95" />
        <source>열</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="95" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="61" />
        <source>검사(&amp;C)</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="58" />
        <source>올릴 파일: [찾아보기…]로 고르면 바로 검사합니다</source>
        <translation>File to upload: pick it with [Browse…] and it is checked at once</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="69" />
        <source>파일을 고르면 먼저 검사만 합니다(저장하지 않음). 오류가 한 행이라도 있으면 아무것도 저장하지 않습니다.</source>
        <translation>A chosen file is only checked first (nothing saved). If any row has an error, nothing is saved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="74" />
        <source>값 맞추기 — 목록에 없는 값</source>
        <translation>Match values — values not in the list</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="76" />
        <source>바꿀 값을 고르면 그 값이 적힌 모든 행에 적용됩니다. 고른 뒤 [검사]로 다시 확인하거나 [저장]하세요.</source>
        <translation>A value you pick applies to every row with that value. Then [Check] again or [Save].</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="81" />
        <source>적힌 값 (행 수)</source>
        <translation>Value in file (rows)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="81" />
        <source>→ 바꿀 값</source>
        <translation>→ Change to</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="88" />
        <source>이 시설에서 기억하기 (저장하면 다음 파일부터 저절로 맞춥니다)</source>
        <translation>Remember for this facility (after saving, later files are matched automatically)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="105" />
        <source>빈 양식 저장…</source>
        <translation>Save blank template…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="109" />
        <source>기억한 값 맞춤…</source>
        <translation>Remembered matches…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="112" />
        <source>저장(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="114" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="154" />
        <source>검사하는 중…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="154" />
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="157" />
        <source>저장하는 중…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="157" />
        <source>파일을 검사하는 중…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="175" />
        <source>오류 {0}건({1}행) — 아무것도 저장하지 않았습니다. 고친 뒤 다시 올리세요.</source>
        <translation>{0} errors ({1} rows) — nothing was saved. Fix them and upload again.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="178" />
        <source>아래에는 처음 {0}건만 보입니다.</source>
        <translation>Only the first {0} are shown below.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="216" />
        <source>{0} ({1}행)</source>
        <translation>{0} ({1} rows)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="227" />
        <source>(고르세요)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="51" />
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="124" />
        <source>엑셀 파일 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="123" />
        <source>빈 양식 저장</source>
        <translation>Save blank template</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="131" />
        <source>빈 양식을 저장했습니다: {0}</source>
        <translation>Blank template saved: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="150" />
        <source>올릴 파일을 고르세요.</source>
        <translation>Choose a file to upload.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="171" />
        <source>읽은 행 {0} · 새로 {1} · 바뀜 {2} · 그대로 {3}</source>
        <translation>Read {0} · new {1} · changed {2} · unchanged {3}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="181" />
        <source>모두 저장했습니다.</source>
        <translation>All saved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="185" />
        <source>검사를 마쳤습니다. 오류가 없습니다: [저장]을 누르면 저장합니다.</source>
        <translation>Checked: no errors. Press [Save] to save.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/upload_dialog.py" line="188" />
        <source>주의: {0}</source>
        <translation>Note: {0}</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="30" />
        <source>(역할을 고르세요)</source>
        <translation>(pick a role)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="41" />
        <location filename="../../heemang_desktop/gui/pages/users.py" line="69" />
        <source>사용자 ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="41" />
        <location filename="../../heemang_desktop/gui/pages/users.py" line="70" />
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="41" />
        <location filename="../../heemang_desktop/gui/pages/users.py" line="52" />
        <location filename="../../heemang_desktop/gui/pages/users.py" line="71" />
        <source>역할</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="41" />
        <location filename="../../heemang_desktop/gui/pages/users.py" line="72" />
        <source>비밀번호</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="50" />
        <source>선택한 사용자 역할 변경</source>
        <translation>Change the selected user's role</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="58" />
        <source>사용자 추가</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="65" />
        <source>추가(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="90" />
        <source>설정됨</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="90" />
        <source>없음</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="103" />
        <source>사용자를 추가했습니다.</source>
        <translation>User added.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="106" />
        <source>새 사용자의 역할을 고르세요.</source>
        <translation>Pick the new user's role.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="119" />
        <source>역할을 바꿀 사용자를 표에서 고르세요.</source>
        <translation>Pick the user whose role to change in the table.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="125" />
        <source>바꿀 역할을 고르세요.</source>
        <translation>Pick the role to change to.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/pages/users.py" line="134" />
        <source>역할을 바꿨습니다.</source>
        <translation>Role changed.</translation>
    </message>
</context>
<context>
    <name>VocationalPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="37" />
        <source>급여 계산(&amp;W)</source>
        <translation>Calculate &amp;wages</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="40" />
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="135" />
        <source>지급 처리</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="42" />
        <source>급여명세서 PDF</source>
        <translation>Payslip PDF</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="44" />
        <source>지급 목록 엑셀로 저장…</source>
        <translation>Save payment list as Excel…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="51" />
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="52" />
        <source>작업시간</source>
        <translation>Work hours</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="53" />
        <source>시간급</source>
        <translation>Hourly pay</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="54" />
        <source>작업량급</source>
        <translation>Piece-rate pay</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="55" />
        <source>지급액</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="56" />
        <source>지급일</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="61" />
        <source>훈련생 출결·작업 기록</source>
        <translation>Trainee attendance and work</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="70" />
        <source> 분</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="76" />
        <source>저장(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="78" />
        <source>훈련생</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="79" />
        <source>일자</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="80" />
        <source>출결</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="81" />
        <source>작업 시간</source>
        <translation>Work time</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="82" />
        <source>작업</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="83" />
        <source>수량</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="104" />
        <source>훈련생을 고르세요.</source>
        <translation>Pick a trainee.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="109" />
        <source>출결과 작업을 저장했습니다.</source>
        <translation>Attendance and work saved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="119" />
        <source>{0}명의 급여를 계산했습니다. 합계 {1:,}원</source>
        <translation>Wages calculated for {0} trainees. Total {1:,} won</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="129" />
        <source>{0}명, 합계 {1}원</source>
        <translation>{0} trainees, total {1} won</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="131" />
        <source>아직 지급하지 않은 것 모두</source>
        <translation>Everything not yet paid</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="132" />
        <source>{0} 훈련생 급여({1})를 {2}자로 지급 처리합니다.
지급일이 급여명세서에 찍히며, 이 화면에서 되돌릴 수 없습니다.</source>
        <translation>The {0} trainee wages ({1}) will be recorded as paid on {2}.
The payment date is printed on the payslips, and this cannot be undone on this screen.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="139" />
        <source>{0}명 지급 처리했습니다.</source>
        <translation>Payment recorded for {0} trainees.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="148" />
        <source>명세서를 만들 훈련생을 표에서 고르세요.</source>
        <translation>Pick the trainee for the payslip in the table.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="150" />
        <source>급여명세서 저장</source>
        <translation>Save payslip</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="156" />
        <source>훈련생 급여명세서</source>
        <translation>Trainee payslip</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="157" />
        <source>급여명세서를 저장했습니다: {0}</source>
        <translation>Payslip saved: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="160" />
        <source>훈련생 급여 지급 목록 저장</source>
        <translation>Save trainee wage payment list</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/vocational.py" line="167" />
        <source>훈련생 급여 {1}명을 저장했습니다: {0}</source>
        <translation>Saved trainee wages, {1} people: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/page.py" />
        <source>파일을 저장하는 중…</source>
        <translation>Saving the file…</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <location filename="../../heemang_desktop/gui/dialogs.py" line="48" />
        <source>그대로 두기</source>
        <translation>Leave as is</translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <source>나의업무</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>업무 현황</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>전송 대기 목록</source>
        <translation>Queued changes</translation>
    </message>
    <message>
        <source>회계</source>
        <translation>Accounting</translation>
    </message>
    <message>
        <source>예산 편성</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>품의서</source>
        <translation>Requisitions</translation>
    </message>
    <message>
        <source>수입/지출 결의서</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <source>장부·보고서</source>
        <translation>Books &amp; reports</translation>
    </message>
    <message>
        <source>결산</source>
        <translation>Year-end settlement</translation>
    </message>
    <message>
        <source>인사/급여/세무/자산</source>
        <translation>HR / payroll / tax / assets</translation>
    </message>
    <message>
        <source>인사카드</source>
        <translation>Personnel cards</translation>
    </message>
    <message>
        <source>근태관리</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>휴가·출장·교육</source>
        <translation>Leave, trips, training</translation>
    </message>
    <message>
        <source>급여대장</source>
        <translation>Payroll register</translation>
    </message>
    <message>
        <source>재산·비품</source>
        <translation>Property &amp; equipment</translation>
    </message>
    <message>
        <source>후원관리</source>
        <translation>Donations</translation>
    </message>
    <message>
        <source>후원자·후원금</source>
        <translation>Donors &amp; gifts</translation>
    </message>
    <message>
        <source>CMS 출금</source>
        <translation>CMS debits</translation>
    </message>
    <message>
        <source>기부금영수증</source>
        <translation>Donation receipts</translation>
    </message>
    <message>
        <source>대상자관리</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>대상자 정보</source>
        <translation>Subject cards</translation>
    </message>
    <message>
        <source>입소·퇴소·이용종료</source>
        <translation>Admissions &amp; discharges</translation>
    </message>
    <message>
        <source>이력정보</source>
        <translation>Histories</translation>
    </message>
    <message>
        <source>외출·외박</source>
        <translation>Outings &amp; overnight stays</translation>
    </message>
    <message>
        <source>프로그램·일지</source>
        <translation>Programs &amp; logs</translation>
    </message>
    <message>
        <source>이용료관리</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>이용료 수납</source>
        <translation>Fee receipts</translation>
    </message>
    <message>
        <source>직업재활</source>
        <translation>Vocational rehabilitation</translation>
    </message>
    <message>
        <source>출결·작업·급여</source>
        <translation>Attendance, work &amp; wages</translation>
    </message>
    <message>
        <source>시군구보고</source>
        <translation>Municipal reports</translation>
    </message>
    <message>
        <source>보고 목록·기한</source>
        <translation>Reports &amp; deadlines</translation>
    </message>
    <message>
        <source>평가관리</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>평가 이의신청</source>
        <translation>Evaluation objections</translation>
    </message>
    <message>
        <source>질의하기</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <source>질의 목록</source>
        <translation>Inquiry list</translation>
    </message>
    <message>
        <source>관리</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>사용자·권한</source>
        <translation>Users &amp; roles</translation>
    </message>
    <message>
        <source>백업·데이터</source>
        <translation>Backup &amp; data</translation>
    </message>
    <message>
        <source>개인정보 접속기록</source>
        <translation>Personal data access log</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../heemang_desktop/gui/subjects/widgets.py" line="55" />
        <source>전송</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>CmsPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="54" />
        <source>출금 중단 기간에 걸린 출금일을 옮길 방향</source>
        <translation>Where a debit date inside a CMS blackout moves</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="56" />
        <source>EB21 출금파일 쓰기…</source>
        <translation>Write EB21 debits…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="58" />
        <source>EB13 등록·해지파일 쓰기…</source>
        <translation>Write EB13 registrations…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="60" />
        <source>결과 파일 읽기(EB14·EB22)…</source>
        <translation>Read result (EB14/EB22)…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="62" />
        <source>출금월</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="64" />
        <source>중단일 옮기기</source>
        <translation>Blocked dates</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="78" />
        <source>출금 목록</source>
        <translation>Debits</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="79" />
        <source>출금 중단·안내 명단</source>
        <translation>Blackout and notice list</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="80" />
        <source>결과 (불능 사유)</source>
        <translation>Results (reasons)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="81" />
        <source>CMS 기관 설정</source>
        <translation>CMS institution</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="92" />
        <source>출금일</source>
        <translation>Debit date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="93" />
        <source>약정일</source>
        <translation>Pledged day</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="94" />
        <source>후원자번호</source>
        <translation>Donor no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="94" />
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="95" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="96" />
        <source>미납 포함</source>
        <translation>Incl. arrears</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="97" />
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="98" />
        <source>불능 사유</source>
        <translation>Reject reason</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="113" />
        <source>휴대전화</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="114" />
        <source>기존 출금일</source>
        <translation>Old date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="114" />
        <source>변경 출금일</source>
        <translation>New date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="115" />
        <source>중단 기간</source>
        <translation>Blackout</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="118" />
        <source>문자 문구 ({이름} {기존출금일} {변경출금일} {중단기간} {기관}을 채웁니다)</source>
        <translation>Message text (fills {이름} {기존출금일} {변경출금일} {중단기간} {기관})</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="124" />
        <source>안내 명단 저장(엑셀·CSV)…</source>
        <translation>Save notice list (Excel/CSV)…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="133" />
        <source>은행에서 받은 EB14(등록 결과) 또는 EB22(출금 결과) 파일을 읽으면 불능 건이 사유와 함께 여기에 나옵니다.</source>
        <translation>Read an EB14 (registration result) or EB22 (debit result) file from the bank: its failures appear here with their reasons.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="139" />
        <source>요청</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="140" />
        <source>결과</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="141" />
        <source>불능코드</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="141" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="149" />
        <source>금융결제원 CMS 이용기관</source>
        <translation>KFTC CMS institution</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="158" />
        <source>후원자 통장에 찍힐 글자 (예: 희망요양원)</source>
        <translation>Text on donors' passbooks (e.g. 희망요양원)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="159" />
        <source>기관코드(10자리)</source>
        <translation>Institution code (10)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="160" />
        <source>수납 은행코드</source>
        <translation>Collection bank code</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="161" />
        <source>수납 계좌번호</source>
        <translation>Collection account</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="162" />
        <source>통장 표시 내용</source>
        <translation>Passbook text</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="163" />
        <source>설정 저장</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="185" />
        <source>CMS 기관코드가 아직 없습니다. 'CMS 기관 설정' 탭에서 먼저 저장하세요.</source>
        <translation>No CMS institution code yet. Save it first under the 'CMS institution' tab.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="214" />
        <source>파일 작성됨</source>
        <translation>file written</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="214" />
        <source>파일 작성 전</source>
        <translation>not written yet</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="215" />
        <source>{0} CMS 출금 {1}건, 합계 {2}원 ({3})</source>
        <translation>{0} CMS debits: {1}, total {2} won ({3})</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="217" />
        <source>제외: {0} {1} — {2}</source>
        <translation>Left out: {0} {1} — {2}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="221" />
        <source>출금 중단 기간 {0}에 걸린 약정 {1}건: 출금일을 옮겨 파일을 씁니다 (중단 기간의 날짜로는 은행에 보내지 않습니다). 후원자에게 알리려면 '출금 중단·안내 명단'에서 명단을 저장하세요.</source>
        <translation>{1} pledge(s) fall in the CMS blackout {0}: their dates are moved before the file is written (nothing goes to the bank for a blocked date). To tell the donors, save the list under 'Blackout and notice list'.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="236" />
        <source>EB21 출금파일 저장</source>
        <translation>Save EB21 debit file</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="236" />
        <source>CMS 파일 (*.txt *.dat)</source>
        <translation>CMS files (*.txt *.dat)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="245" />
        <source> 이미 만든 파일을 다시 썼습니다 (새로 저장한 것 없음).</source>
        <translation> The files already made were written again (nothing new stored).</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="246" />
        <source> 제외 {0}건은 출금 목록 아래에 있습니다.</source>
        <translation> {0} left out: see below the debit list.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="248" />
        <source>EB21을 저장했습니다: {0}.</source>
        <translation>EB21 saved: {0}.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="252" />
        <source>EB21 파일을 쓰는 중…</source>
        <translation>Writing EB21…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="255" />
        <source>EB13 등록파일 저장</source>
        <translation>Save EB13 registration file</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="271" />
        <source>EB13을 저장했습니다: {0} ({1}건).</source>
        <translation>EB13 saved: {0} ({1} lines).</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="278" />
        <source>안내 명단 저장</source>
        <translation>Save notice list</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="294" />
        <source>안내 명단 {0}명을 저장했습니다: {1}</source>
        <translation>Notice list of {0} saved: {1}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="298" />
        <source>CMS 결과 파일 열기</source>
        <translation>Open CMS result file</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="298" />
        <source>CMS 파일 (*)</source>
        <translation>CMS files (*)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="306" />
        <source>{0} {1}: 이미 반영한 파일입니다. 바뀐 것은 없습니다.</source>
        <translation>{0} {1}: this file was applied before. Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="310" />
        <source>{0} {1}: 정상 {2}건, 불능 {3}건을 반영했습니다.</source>
        <translation>{0} {1}: {2} succeeded, {3} failed, applied.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/cms_page.py" line="321" />
        <source>CMS 기관코드 {0}을(를) 저장했습니다.</source>
        <translation>CMS institution code {0} saved.</translation>
    </message>
    <message>
        <source>다음 영업일로</source>
        <translation>To the next business day</translation>
    </message>
    <message>
        <source>앞 영업일로</source>
        <translation>To the previous business day</translation>
    </message>
</context>
<context>
    <name>DonorsPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="75" />
        <source>성명·후원자번호 (Ctrl+F)</source>
        <translation>Name or donor no. (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="78" />
        <source>전화 끝 4자리</source>
        <translation>Phone last 4</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="86" />
        <source>약정 상태 전체</source>
        <translation>Any pledge state</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="89" />
        <source>납부방법 전체</source>
        <translation>Any method</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="95" />
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="95" />
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="96" />
        <source>구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="96" />
        <source>휴대전화</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="106" />
        <source>새 후원자(&amp;N)</source>
        <translation>&amp;New donor</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="108" />
        <source>엑셀 올리기…</source>
        <translation>Upload Excel…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="109" />
        <source>후원자 엑셀(빈 양식에 적은 것, 약정 한 줄씩)을 검사한 뒤 한꺼번에 저장합니다.</source>
        <translation>Checks a donors workbook (the blank template filled in, one pledge per row), then saves it all at once.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="112" />
        <source>빈 양식 저장…</source>
        <translation>Save blank template…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="128" />
        <source>기존 후원자 열기</source>
        <translation>Open that donor</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="130" />
        <source>다른 사람이므로 새로 저장</source>
        <translation>Another person: save as new</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="142" />
        <source>약정</source>
        <translation>Pledges</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="143" />
        <source>후원금</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="152" />
        <source>후원자 카드</source>
        <translation>Donor card</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="156" />
        <source>비우면 자동 (D-00001)</source>
        <translation>Blank: automatic (D-00001)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="160" />
        <source>저장하면 가려서 보여 줍니다</source>
        <translation>Shown masked once saved</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="163" />
        <source>단체: 10자리</source>
        <translation>Organisation: 10 digits</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="167" />
        <source>영수증 발급 동의</source>
        <translation>Wants receipts</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="169" />
        <source>(받지 않음)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="181" />
        <source>후원자번호</source>
        <translation>Donor no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="182" />
        <source>성명*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="183" />
        <source>주민등록번호</source>
        <translation>Resident no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="183" />
        <source>생년월일</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="184" />
        <source>사업자번호</source>
        <translation>Business no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="184" />
        <source>이메일</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="185" />
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="186" />
        <source>영수증</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="186" />
        <source>개인정보 동의일</source>
        <translation>Privacy consent</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="187" />
        <source>소식 받는 방법</source>
        <translation>News by</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="187" />
        <source>비고</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="202" />
        <source>출금동의서 첨부…</source>
        <translation>Attach consent…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="204" />
        <source>동의서 열기</source>
        <translation>Open consent</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="206" />
        <source>저장(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="209" />
        <source>중복 후원자 병합…</source>
        <translation>Merge duplicate…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="216" />
        <source>CMS 출금동의서</source>
        <translation>CMS consent</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="264" />
        <source>없음</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="320" />
        <source>{0}건, 합계 {1:,}원</source>
        <translation>{0} gifts, total {1:,} won</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="323" />
        <source>없음 (CMS 등록 전에 받아 두세요)</source>
        <translation>None (get one before CMS registration)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="326" />
        <source> — 이 PC에 파일 없음</source>
        <translation> — file not on this PC</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="350" />
        <source>저장했습니다.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="380" />
        <source>이미 등록된 후원자와 같아 보입니다: {0}</source>
        <translation>Looks like a donor already registered: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="389" />
        <source>출금동의서 첨부</source>
        <translation>Attach consent form</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="399" />
        <source>출금동의서를 첨부했습니다.</source>
        <translation>Consent form attached.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="415" />
        <source>{0}을(를) 병합했습니다: 약정 {1}건, 후원금 {2}건, CMS 내역 {3}건을 옮김.</source>
        <translation>{0} merged: {1} pledges, {2} gifts and {3} CMS lines moved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="428" />
        <source>후원자 엑셀 업로드</source>
        <translation>Donors Excel upload</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="433" />
        <source>빈 양식 저장</source>
        <translation>Save blank template</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="433" />
        <source>후원자_양식.xlsx</source>
        <translation>donors_template.xlsx</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donors_page.py" line="440" />
        <source>빈 양식을 저장했습니다: {0}</source>
        <translation>Blank template saved: {0}</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="149" />
        <source>후원금 기록</source>
        <translation>Record gift</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="156" />
        <source>(약정 없음)</source>
        <translation>(no pledge)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="159" />
        <source>(약정대로, 없으면 비지정)</source>
        <translation>(the pledge's, else undesignated)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="166" />
        <source>(기본 후원금 계좌)</source>
        <translation>(default donation account)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="168" />
        <source>후원일</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="168" />
        <source>납부방법</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="169" />
        <source>금액(원)</source>
        <translation>Amount (won)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="169" />
        <source>입금 계좌</source>
        <translation>Deposit account</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="170" />
        <source>약정</source>
        <translation>Pledges</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="171" />
        <source>지정구분</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="171" />
        <source>지정목적</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="172" />
        <source>현물 품목</source>
        <translation>Item (in kind)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="172" />
        <source>수량</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="173" />
        <source>단가(원)</source>
        <translation>Unit value (won)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="173" />
        <source>비고</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/donations/merge_dialog.py" line="22" />
        <source>후원자 병합</source>
        <translation>Merge donors</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/merge_dialog.py" line="24" />
        <source>{0} ({1}) 님과 같은 사람으로 입력된 후원자를 고르세요. 그 후원자의 약정·후원금·CMS 내역이 이 카드로 옮겨지고, 그 카드는 '병합됨'으로 남습니다 (지우지 않음).</source>
        <translation>Choose the donor entered for the same person as {0} ({1}). Their pledges, gifts and CMS history move to this card; that card stays, marked merged (not deleted).</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/merge_dialog.py" line="30" />
        <source>성명·후원자번호</source>
        <translation>Name or donor no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/merge_dialog.py" line="33" />
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/merge_dialog.py" line="33" />
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/merge_dialog.py" line="34" />
        <source>휴대전화</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/merge_dialog.py" line="34" />
        <source>생년월일</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/merge_dialog.py" line="42" />
        <source>이 카드로 병합</source>
        <translation>Merge into this card</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/merge_dialog.py" line="43" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/merge_dialog.py" line="64" />
        <source>병합할 후원자를 고르세요.</source>
        <translation>Choose the donor to merge.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/merge_dialog.py" line="66" />
        <source>{0} ({1})의 약정·후원금·CMS 내역을 {2} ({3}) 카드로 옮기고 {1}을(를) 병합됨으로 표시합니다. 되돌릴 수 없습니다.</source>
        <translation>Moves the pledges, gifts and CMS history of {0} ({1}) to the card of {2} ({3}) and marks {1} merged. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/merge_dialog.py" line="68" />
        <source>병합</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="89" />
        <source>없음</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="90" />
        <source>일</source>
        <translation> day</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="93" />
        <source>지정후원의 목적 (예: 어르신 생신잔치)</source>
        <translation>Purpose of a designated gift (e.g. birthday party)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="100" />
        <source>국민은행</source>
        <translation>KB Kookmin Bank</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="102" />
        <source>숫자만 또는 하이픈 포함</source>
        <translation>Digits, hyphens allowed</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="105" />
        <source>다른 프로그램에서 이미 CMS 등록된 약정이면 등록일을 적으세요 (EB13 없이 출금).</source>
        <translation>If another program already registered this pledge for CMS, enter that date (debited without a new EB13).</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="108" />
        <source>약정구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="108" />
        <source>약정금액(원)</source>
        <translation>Amount (won)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="109" />
        <source>납부방법</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="109" />
        <source>출금일(매월)</source>
        <translation>Debit day (monthly)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="110" />
        <source>지정구분</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="110" />
        <source>지정목적</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="111" />
        <source>약정기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="111" />
        <source>은행</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="112" />
        <source>계좌번호</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="112" />
        <source>예금주</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="113" />
        <source>CMS등록일</source>
        <translation>CMS registered on</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="113" />
        <source>비고</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="59" />
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/pledge_dialog.py" line="60" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>새 질의</source>
        <translation>New inquiry</translation>
    </message>
    <message>
        <source>무엇이 안 되는지 한 줄로 (개인정보 없이)</source>
        <translation>What does not work, in one line (no personal data)</translation>
    </message>
    <message>
        <source>(업무분류 없음)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>어느 화면에서 무엇을 했을 때 어떻게 되었는지 적어 주세요. 이 내용은 상담원 외 다른 사람도 볼 수 있습니다.</source>
        <translation>Which screen, what you did and what happened. People other than the help desk may read this.</translation>
    </message>
    <message>
        <source>대상자·직원 이름, 주민등록번호, 연락처 등은 여기에만 적으세요 (암호화해 보관하고 상담원만 봅니다).</source>
        <translation>Names of subjects or staff, resident numbers, phone numbers go here only (encrypted; the help desk alone reads it).</translation>
    </message>
    <message>
        <source>파일 첨부…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>이 창 화면 첨부</source>
        <translation>Attach this window</translation>
    </message>
    <message>
        <source>첨부 빼기</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>표시된 개인정보를 비공개 칸으로 옮기기</source>
        <translation>Move marked personal data to the private field</translation>
    </message>
    <message>
        <source>보내기(&amp;S)</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>화면 그림 속 글자는 검사하지 못합니다. 이름·번호가 보이지 않는지 확인하세요.</source>
        <translation>Text inside a screenshot is not checked. Make sure no name or number shows.</translation>
    </message>
    <message>
        <source>제목</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>종류·업무분류</source>
        <translation>Kind · category</translation>
    </message>
    <message>
        <source>내용</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>대상자 정보
(비공개)</source>
        <translation>Subject info
(private)</translation>
    </message>
    <message>
        <source>첨부</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>개인정보로 보이는 부분이 있어 보낼 수 없습니다 ({0}). 표시된 부분을 지우거나 비공개 칸으로 옮기세요.</source>
        <translation>Cannot send: parts look like personal data ({0}). Delete them or move them to the private field.</translation>
    </message>
    <message>
        <source>첨부할 파일</source>
        <translation>Files to attach</translation>
    </message>
    <message>
        <source>문서·그림 (*.pdf *.png *.jpg *.jpeg *.bmp *.hwp *.hwpx *.xls *.xlsx *.doc *.docx)</source>
        <translation>Documents and images (*.pdf *.png *.jpg *.jpeg *.bmp *.hwp *.hwpx *.xls *.xlsx *.doc *.docx)</translation>
    </message>
</context>
<context>
    <name>InquiriesPage</name>
    <message>
        <source>새 질의(&amp;N)</source>
        <translation>&amp;New inquiry</translation>
    </message>
    <message>
        <source>작성일시</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>업무분류</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>제목</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>답변</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>{0}건</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>질의를 보낼 목록에 넣었습니다. 중앙 서비스가 열려 있으면 다음 동기화 때 보냅니다.</source>
        <translation>Inquiry queued. It is sent at the next sync while the central service is open.</translation>
    </message>
    <message>
        <source>업무분류 없음</source>
        <translation>no category</translation>
    </message>
    <message>
        <source>대상자 정보(비공개): 암호화해 보관, 상담원만 봄</source>
        <translation>Subject info (private): encrypted, read by the help desk only</translation>
    </message>
    <message>
        <source>첨부</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>아직 답변이 없습니다.</source>
        <translation>No reply yet.</translation>
    </message>
</context>
<context>
    <name>PledgesAndGifts</name>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="25" />
        <source>버전</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="26" />
        <source>구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="26" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="27" />
        <source>출금일</source>
        <translation>Debit date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="28" />
        <source>방법</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="29" />
        <source>지정</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="30" />
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="32" />
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="32" />
        <source>CMS</source>
        <translation>CMS</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="35" />
        <source>이전 버전도 보기</source>
        <translation>Show earlier versions</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="40" />
        <source>새 약정…</source>
        <translation>New pledge…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="42" />
        <source>약정 변경…</source>
        <translation>Change pledge…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="44" />
        <source>일시정지/재개</source>
        <translation>Pause/resume</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="46" />
        <source>해지</source>
        <translation>Cancel pledge</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="48" />
        <source>CMS 재신청</source>
        <translation>Register again</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="49" />
        <source>CMS 등록이 불능으로 돌아온 약정을, 원인을 해결한 뒤 다음 EB13에 다시 넣습니다.</source>
        <translation>Puts a pledge whose CMS registration was refused into the next EB13 again, once the cause is settled.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="63" />
        <source>후원일</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="66" />
        <source>현물</source>
        <translation>In kind</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="67" />
        <source>입금 계좌</source>
        <translation>Deposit account</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="68" />
        <source>수입결의</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="73" />
        <source>후원금 기록…</source>
        <translation>Record gift…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="86" />
        <source>약정을 고르세요.</source>
        <translation>Choose a pledge.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="89" />
        <source>이전 버전의 약정입니다. 현재 약정을 고르세요.</source>
        <translation>That is an earlier version. Choose the current pledge.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="104" />
        <source>새 약정</source>
        <translation>New pledge</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="105" />
        <source>약정을 저장했습니다.</source>
        <translation>Pledge saved.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="113" />
        <source>약정 변경 (새 버전으로 저장, 이전 내용은 이력에 남음)</source>
        <translation>Change pledge (saved as a new version; the old one stays in the history)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="115" />
        <source>약정을 새 버전으로 바꿨습니다.</source>
        <translation>Pledge changed as a new version.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="123" />
        <source>약정을 일시정지했습니다.</source>
        <translation>Pledge paused.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="123" />
        <source>약정을 다시 시작했습니다.</source>
        <translation>Pledge resumed.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="131" />
        <source>{0} {1}원 약정을 {2}자로 해지합니다. CMS 등록된 약정은 다음 EB13에 해지로 들어갑니다.</source>
        <translation>Cancels the {0} pledge of {1} won as of {2}. A pledge registered for CMS goes into the next EB13 as a cancellation.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="133" />
        <source>약정 해지</source>
        <translation>Cancel pledge</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="136" />
        <source>약정을 해지했습니다.</source>
        <translation>Pledge cancelled.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="142" />
        <source>다음 EB13에 CMS 등록을 다시 신청합니다.</source>
        <translation>The next EB13 asks for the CMS registration again.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/donor_history.py" line="149" />
        <source>후원금 {0:,}원을 기록했습니다.</source>
        <translation>Gift of {0:,} won recorded.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="117" />
        <source>초안 만들기·다시 작성(&amp;D)</source>
        <translation>Draft / rebuild(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="119" />
        <source>보고 종류</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="121" />
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="144" />
        <source>작성 중으로</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="144" />
        <source>검토 완료</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="145" />
        <source>제출함</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="145" />
        <source>수리됨</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="146" />
        <source>반려됨…</source>
        <translation>Returned…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="152" />
        <source>엑셀 서식으로 저장…</source>
        <translation>Save Excel form…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="154" />
        <source>PDF로 저장…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="187" />
        <source>초안 없음</source>
        <translation>No draft</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="193" />
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="193" />
        <source>제출 기한</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="194" />
        <source>행</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="194" />
        <source>고칠 곳</source>
        <translation>To fix</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="194" />
        <source>비고 (기한 근거·당긴 까닭)</source>
        <translation>Note (what set the due day, why it moved)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="219" />
        <source>보고가 없습니다. 종류와 기간을 골라 초안을 만드세요.</source>
        <translation>No reports yet. Choose a report and a month, then draft it.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="223" />
        <source>{0} {1}: 아직 초안이 없습니다. [초안 만들기]를 누르면 원부에서 만듭니다. 기한 {2}</source>
        <translation>{0} {1}: no draft yet. Press [Draft] to build it from the registers. Due {2}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="233" />
        <source>합계: </source>
        <translation>Totals: </translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="235" />
        <source>기한을 앞당김: </source>
        <translation>Due day moved: </translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="237" />
        <source>반려 사유: </source>
        <translation>Returned because: </translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="239" />
        <source>고칠 곳: </source>
        <translation>To fix: </translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="256" />
        <source>{0} {1} 초안을 원부에서 만들었습니다: {2}행</source>
        <translation>{0} {1} drafted from the registers: {2} rows</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="260" />
        <source>원부에서 초안을 만드는 중…</source>
        <translation>Drafting from the registers…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="266" />
        <source>반려</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="266" />
        <source>시군구가 알려 준 반려 사유:</source>
        <translation>Reason the municipality gave:</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="277" />
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="287" />
        <source>보고 저장</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="296" />
        <source>저장했습니다: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/municipal/reports_page.py" line="307" />
        <source>파일을 저장하는 중…</source>
        <translation>Saving the file…</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>전체 사용자</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>전체 종류</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>조회(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>엑셀로 저장(&amp;E)…</source>
        <translation>Save to &amp;Excel…</translation>
    </message>
    <message>
        <source>사용자</source>
        <translation>User</translation>
    </message>
    <message>
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>일시</source>
        <translation>When</translation>
    </message>
    <message>
        <source>대상</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>대상 ID</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>내용</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>월간 점검 (개인정보의 안전성 확보조치 기준: 접속기록 월 1회 이상 점검)</source>
        <translation>Monthly review (access records reviewed at least once a month)</translation>
    </message>
    <message>
        <source>점검 의견 (예: 이상 없음)</source>
        <translation>Review note (e.g. nothing unusual)</translation>
    </message>
    <message>
        <source>점검 완료 표시(&amp;R)</source>
        <translation>Mark &amp;reviewed</translation>
    </message>
    <message>
        <source>점검한 달</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>아직 점검하지 않았습니다</source>
        <translation>Not reviewed yet</translation>
    </message>
    <message>
        <source>점검 완료: {0}, {1:%Y-%m-%d %H:%M} ({2}건)</source>
        <translation>Reviewed: {0}, {1:%Y-%m-%d %H:%M} ({2} records)</translation>
    </message>
    <message>
        <source>{0} 접속기록 점검을 기록했습니다.</source>
        <translation>Review of {0} recorded.</translation>
    </message>
    <message>
        <source>접속기록 저장</source>
        <translation>Save access records</translation>
    </message>
    <message>
        <source>저장하는 중…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>{0}건을 저장했습니다: {1}</source>
        <translation>Saved {0} records: {1}</translation>
    </message>
    <message>
        <source>주민등록번호 조회</source>
        <translation>Resident number revealed</translation>
    </message>
    <message>
        <source>계좌번호 조회</source>
        <translation>Account number revealed</translation>
    </message>
    <message>
        <source>건강기록 열람</source>
        <translation>Health record opened</translation>
    </message>
    <message>
        <source>파일 내보내기</source>
        <translation>File exported</translation>
    </message>
    <message>
        <source>인쇄</source>
        <translation>Printed</translation>
    </message>
</context>
<context>
    <name>reveal</name>
    <message>
        <source>조회 사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>전체 번호를 보는 사유를 적으세요. 개인정보 접속기록에 남습니다.</source>
        <translation>Why do you need the full number? The reason is kept in the access records.</translation>
    </message>
    <message>
        <source>보기…</source>
        <translation>Show…</translation>
    </message>
    <message>
        <source>전체 번호 보기 (사유를 묻고 접속기록에 남깁니다)</source>
        <translation>Show the full number (asks a reason and records it)</translation>
    </message>
</context>
<context>
    <name>DonationReceiptsPage</name>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="52" />
        <source>연간 일괄 발급…</source>
        <translation>Issue the year's receipts…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="53" />
        <source>발급할 수 있는 후원자마다 한 장씩 발급하고 PDF를 폴더에 저장합니다. 취소해도 발급한 것은 남고, 다시 누르면 남은 후원자만 발급합니다.</source>
        <translation>Issues one receipt per donor who can get one and saves the PDFs in a folder. A cancel keeps what was issued; pressing again issues only the donors left.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="56" />
        <source>발급대장 저장…</source>
        <translation>Save the receipts book…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="58" />
        <source>발급명세 저장…</source>
        <translation>Save the statement…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="60" />
        <source>후원 연도</source>
        <translation>Gift year</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="70" />
        <source>발급 대상</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="71" />
        <source>발급한 영수증</source>
        <translation>Issued receipts</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="72" />
        <source>기부금 단체 정보</source>
        <translation>Issuer details</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="83" />
        <source>후원자번호</source>
        <translation>Donor no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="83" />
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="84" />
        <source>후원 건수</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="85" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="86" />
        <source>발급할 수 없는 사유</source>
        <translation>Why no receipt can be issued</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="92" />
        <source>선택한 후원자만 발급…</source>
        <translation>Issue for the selected donor…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="93" />
        <source>고른 후원자의 그해 후원금으로 영수증 한 장을 발급하고 PDF로 저장합니다.</source>
        <translation>Issues one receipt for the selected donor's gifts of the year and saves it as PDF.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="107" />
        <source>일련번호</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="107" />
        <source>발급일</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="108" />
        <source>구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="109" />
        <source>기부자</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="110" />
        <source>주민등록번호</source>
        <translation>Resident no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="111" />
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="112" />
        <source>취소 사유</source>
        <translation>Void reason</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="113" />
        <source>재발급</source>
        <translation>Re-issue</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="120" />
        <source>PDF 저장…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="122" />
        <source>취소…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="124" />
        <source>재발급…</source>
        <translation>Re-issue…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="134" />
        <source>영수증에 적는 기부금 단체</source>
        <translation>The organisation printed on receipts</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="140" />
        <source>기부금공제대상 기부금단체 근거법령</source>
        <translation>Law that makes the organisation eligible</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="144" />
        <source>사업자등록번호(고유번호)</source>
        <translation>Business (unique) no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="145" />
        <source>소재지</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="146" />
        <source>근거법령</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="147" />
        <source>기부금 코드</source>
        <translation>Donation code</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="148" />
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="163" />
        <source>영수증에 적을 기부금 단체 정보를 먼저 저장하세요.</source>
        <translation>Save the issuer details for the receipts first.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="183" />
        <source>{0}년: 발급 {1}장 {2}원, 취소 {3}장 · 아직 발급하지 않은 후원자 {4}명 (그중 발급할 수 없는 {5}명)</source>
        <translation>{0}: {1} issued, {2} won, {3} voided · {4} donors still without a receipt ({5} of them cannot get one)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="186" />
        <source>동의나 주민등록번호·사업자번호가 없는 후원자는 발급하지 않습니다. 후원자 카드에서 채운 뒤 다시 발급하세요.</source>
        <translation>Donors without consent or a resident/business number get no receipt. Fill them in on the donor card, then issue again.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="195" />
        <source>영수증 PDF를 저장할 폴더</source>
        <translation>Folder for the receipt PDFs</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="201" />
        <source>{0}년 기부금영수증을 발급하는 중…</source>
        <translation>Issuing the {0} donation receipts…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="206" />
        <source>{0}년 기부금영수증 {1}장을 발급하고 PDF {2}개를 저장했습니다: {3}</source>
        <translation>Issued {1} donation receipts for {0} and saved {2} PDFs: {3}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="209" />
        <source> (이미 발급한 {0}장은 다시 발급하지 않았습니다)</source>
        <translation> ({0} issued earlier were not issued again)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="211" />
        <source> · 발급할 수 없는 후원자 {0}명은 &apos;발급 대상&apos;에 사유와 함께 있습니다.</source>
        <translation> · {0} donors who cannot get a receipt are listed under 'Due' with the reason.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="222" />
        <source>목록에서 후원자를 고르세요.</source>
        <translation>Select a donor in the list.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="224" />
        <source>영수증 PDF</source>
        <translation>Receipt PDF</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="239" />
        <source>{0} {1}원을 발급하고 PDF를 저장했습니다: {2}</source>
        <translation>Issued {0} for {1} won and saved the PDF: {2}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="246" />
        <source>발급명세</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="246" />
        <source>발급대장</source>
        <translation>Receipts book</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="256" />
        <source>{0}행을 저장했습니다: {1}</source>
        <translation>Saved {0} rows: {1}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="261" />
        <source>목록에서 영수증을 고르세요.</source>
        <translation>Select a receipt in the list.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="270" />
        <source>PDF를 저장했습니다: {0}</source>
        <translation>Saved the PDF: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="273" />
        <source>{0}을(를) 취소하는 사유 (번호와 함께 대장에 남습니다)</source>
        <translation>Why {0} is voided (kept in the book with its number)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="274" />
        <source>영수증 취소</source>
        <translation>Void receipt</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="288" />
        <source>{0}을(를) 취소했습니다 (사유: {1}). 후원금은 다시 발급할 수 있습니다.</source>
        <translation>Voided {0} (reason: {1}). Its gifts can be receipted again.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="313" />
        <source>{0}을(를) {1}(으)로 다시 발급했습니다: {2}원</source>
        <translation>Re-issued {0} as {1}: {2} won</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/donations/receipts_page.py" line="322" />
        <source>기부금 단체 정보를 저장했습니다: {0}</source>
        <translation>Saved the issuer details: {0}</translation>
    </message>
    <message>
        <source>40 일반기부금 (종교단체 외)</source>
        <translation>40 General donation (non-religious)</translation>
    </message>
    <message>
        <source>10 특례기부금</source>
        <translation>10 Special donation</translation>
    </message>
    <message>
        <source>41 일반기부금 (종교단체)</source>
        <translation>41 General donation (religious)</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="19"/>
        <source>결의서에서 취득</source>
        <translation>Acquire from a resolution</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="20"/>
        <source>기존 자산 등록</source>
        <translation>Register an older asset</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="40"/>
        <source>상각 안 함</source>
        <translation>Not depreciated</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="41"/>
        <source>년</source>
        <translation> yr</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="43"/>
        <source>지출결의 줄</source>
        <translation>Expense line</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="44"/>
        <source>비우면 남은 금액 </source>
        <translation>Blank: what is left </translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="45"/>
        <source>분류</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="46"/>
        <source>품목</source>
        <translation>Item type</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="47"/>
        <source>품명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="48"/>
        <source>규격</source>
        <translation>Spec</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="49"/>
        <source>취득금액</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="51"/>
        <source>취득일자</source>
        <translation>Acquired on</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="52"/>
        <source>재원</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="53"/>
        <source>위치</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="54"/>
        <source>관리자</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="55"/>
        <source>내용연수</source>
        <translation>Useful life</translation>
    </message>
</context>
<context>
    <name>AssetsPage</name>
    <message>
        <source>고치기…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>장부가액</source>
        <translation>Book value</translation>
    </message>
    <message>
        <source>장부가액과 대장은 이 해 말 기준입니다.</source>
        <translation>Book values and the registers are as at the end of this year.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="43"/>
        <source>대장</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="45"/>
        <source>재물조사</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="62"/>
        <source>분류 전체</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="66"/>
        <source>사용 중</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="66"/>
        <source>불용</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="67"/>
        <source>상태 전체</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="70"/>
        <source>자산번호·품명·관리자 (Ctrl+F)</source>
        <translation>Asset no., name or custodian (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="80"/>
        <source>자산번호</source>
        <translation>Asset no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="80"/>
        <source>품명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="81"/>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="108"/>
        <source>위치</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="81"/>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="110"/>
        <source>관리자</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="82"/>
        <source>취득일자</source>
        <translation>Acquired on</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="82"/>
        <source>취득금액</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="83"/>
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="101"/>
        <source>자산을 고르면 카드와 이력이 여기에 나옵니다.</source>
        <translation>Choose an asset to see its card and history here.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="105"/>
        <source>이력</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="107"/>
        <source>일자</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="107"/>
        <source>구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="115"/>
        <source>이동·관리자 변경…</source>
        <translation>Move / custodian…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="117"/>
        <source>불용 처리…</source>
        <translation>Dispose…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="127"/>
        <source>결의서에서 취득…</source>
        <translation>Acquire from a resolution…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="128"/>
        <source>시설비·자산취득비 지출결의서의 줄에서 자산을 등록합니다.</source>
        <translation>Register an asset from a line of a facility or asset expense resolution.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="130"/>
        <source>기존 자산 등록…</source>
        <translation>Register an older asset…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="135"/>
        <source>년</source>
        <translation> yr</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="136"/>
        <source>대장 저장…</source>
        <translation>Save register…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="137"/>
        <source>고른 분류(전체면 비품)의 대장을 엑셀 또는 PDF로 저장합니다.</source>
        <translation>Save the register of the chosen category (equipment when all) as Excel or PDF.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="139"/>
        <source>라벨 저장…</source>
        <translation>Save labels…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="140"/>
        <source>목록에 보이는 자산의 라벨(자산번호+QR)을 A4 라벨지 PDF로 저장합니다.</source>
        <translation>Save labels (asset number + QR) of the listed assets as an A4 label-sheet PDF.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="152"/>
        <source>재산·비품 엑셀 올리기…</source>
        <translation>Upload assets Excel…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="153"/>
        <source>앱을 쓰기 전에 산 재산·비품을 빈 양식에 적어 한꺼번에 올립니다.</source>
        <translation>Upload assets bought before the app, written in the blank template.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="155"/>
        <source>재산·비품 빈 양식 저장…</source>
        <translation>Save blank assets template…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="156"/>
        <source>재산비품_양식.xlsx</source>
        <translation>assets_template.xlsx</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="157"/>
        <source>재물조사표 올리기…</source>
        <translation>Upload count sheet…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="159"/>
        <source>[재물조사] 탭의 조사표에 결과를 적어 올리면 진행 중인 조사에 들어갑니다.</source>
        <translation>Fill in the count sheet from the [Stock count] tab and upload it: the results go into the open count.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="161"/>
        <source>재물조사표 빈 양식 저장…</source>
        <translation>Save blank count sheet…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="163"/>
        <source>재물조사_양식.xlsx</source>
        <translation>stock_count_template.xlsx</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="186"/>
        <source>{0}건 · {1}원</source>
        <translation>{0} items · {1} won</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="202"/>
        <source>{0}년, {1}년 말 장부가액 {2}원</source>
        <translation>{0} years; book value at the end of {1}: {2} won</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="204"/>
        <source>상각 안 함</source>
        <translation>Not depreciated</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="205"/>
        <source>{0} · {1} · 수량 {2}</source>
        <translation>{0} · {1} · qty {2}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="207"/>
        <source>취득 {0} · {1}원 · 재원 {2}{3}</source>
        <translation>Acquired {0} · {1} won · funding {2}{3}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="209"/>
        <source> (보조금: 불용 시 승인 필요)</source>
        <translation> (subsidy: disposal needs approval)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="210"/>
        <source>내용연수: {0}</source>
        <translation>Useful life: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="210"/>
        <source>위치 {0} · 관리자 {1}</source>
        <translation>Location {0} · custodian {1}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="212"/>
        <source>취득 결의: {0} {1}번째 줄</source>
        <translation>Acquired by: {0} line {1}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="214"/>
        <source>불용 {0} ({1}) · 승인 {2} · 매각대금 {3}원</source>
        <translation>Disposed {0} ({1}) · approval {2} · proceeds {3} won</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="229"/>
        <source>저장했습니다: {0} {1}</source>
        <translation>Saved: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="239"/>
        <source>{0}년에 자산으로 등록할 시설비·자산취득비 지출 줄이 없습니다.</source>
        <translation>No facility or asset expense lines left to register in {0}.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="256"/>
        <source>재산·비품 엑셀 업로드</source>
        <translation>Assets Excel upload</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="256"/>
        <source>재물조사표 업로드</source>
        <translation>Count sheet upload</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="262"/>
        <source>빈 양식 저장</source>
        <translation>Save blank template</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="271"/>
        <source>빈 양식을 저장했습니다: {0}</source>
        <translation>Blank template saved: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="275"/>
        <source>대장 저장</source>
        <translation>Save register</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="283"/>
        <source>저장했습니다: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="286"/>
        <source>라벨 저장</source>
        <translation>Save labels</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="286"/>
        <source>재산비품_라벨.pdf</source>
        <translation>asset_labels.pdf</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/assets_page.py" line="292"/>
        <source>라벨 {0}장을 저장했습니다: {1}</source>
        <translation>Saved {0} labels: {1}</translation>
    </message>
</context>
<context>
    <name>CountTab</name>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="40"/>
        <source>재물조사 시작</source>
        <translation>Start count</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="42"/>
        <source>재물조사 마침</source>
        <translation>Finish count</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="45"/>
        <source>조사일</source>
        <translation>Count date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="52"/>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="64"/>
        <source>자산번호</source>
        <translation>Asset no.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="52"/>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="65"/>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="151"/>
        <source>품명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="53"/>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="65"/>
        <source>있어야 할 곳</source>
        <translation>Should be at</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="54"/>
        <source>관리자</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="54"/>
        <source>확인</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="55"/>
        <source>실제 위치</source>
        <translation>Found at</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="62"/>
        <source>차이</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="64"/>
        <source>구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="66"/>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="146"/>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="154"/>
        <source>찾은 곳</source>
        <translation>Found at</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="73"/>
        <source>있음</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="75"/>
        <source>다른 곳에 있음…</source>
        <translation>Found elsewhere…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="77"/>
        <source>없음</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="79"/>
        <source>대장에 없는 물품…</source>
        <translation>Item not on the register…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="81"/>
        <source>조사표 저장…</source>
        <translation>Save count sheet…</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="82"/>
        <source>있어야 할 곳을 적은 조사표를 엑셀로 저장합니다. 결과를 적어 올리세요.</source>
        <translation>Save the count sheet listing where each asset should be; fill in the results and upload it.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="107"/>
        <source>진행 중인 재물조사가 없습니다.</source>
        <translation>No stock count in progress.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="111"/>
        <source>{0}년 재물조사 ({1}) · 확인 {2}/{3}건 · 차이 {4}건</source>
        <translation>{0} stock count ({1}) · checked {2}/{3} · differences {4}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="138"/>
        <source>표에서 자산을 고르세요.</source>
        <translation>Choose assets in the table.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="146"/>
        <source>다른 곳에 있음</source>
        <translation>Found elsewhere</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="151"/>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="154"/>
        <source>대장에 없는 물품</source>
        <translation>Item not on the register</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="167"/>
        <source>조사표 저장</source>
        <translation>Save count sheet</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="167"/>
        <source>재물조사표.xlsx</source>
        <translation>stock_count_sheet.xlsx</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/count_tab.py" line="174"/>
        <source>조사표 {0}건을 저장했습니다: {1}</source>
        <translation>Saved a count sheet of {0} assets: {1}</translation>
    </message>
</context>
<context>
    <name>DisposeDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="101"/>
        <source>불용 처리: {0} {1}</source>
        <translation>Dispose: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="109"/>
        <source>승인한 곳·문서번호 (보조금 자산은 꼭 적습니다)</source>
        <translation>Approved by, document no. (required for subsidy assets)</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="112"/>
        <source>매각대금은 잡수입(불용품매각대) 수입결의서로 함께 저장됩니다.</source>
        <translation>Proceeds are saved with an income resolution (miscellaneous income: sale of disused goods).</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="113"/>
        <source>불용일</source>
        <translation>Disposal date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="114"/>
        <source>처리 방법</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="115"/>
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="116"/>
        <source>승인</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="117"/>
        <source>승인일</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="118"/>
        <source>매각대금</source>
        <translation>Sale proceeds</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="84"/>
        <source>이동·관리자 변경: {0}</source>
        <translation>Move or change custodian: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="89"/>
        <source>일자</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="90"/>
        <source>새 위치</source>
        <translation>New location</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="91"/>
        <source>새 관리자</source>
        <translation>New custodian</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="92"/>
        <source>비고</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="130"/>
        <source>고치기: {0}</source>
        <translation>Correct: {0}</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="150"/>
        <source>지출결의서 줄에서 취득한 자산은 그 줄의 금액·일자·재원을 따릅니다.</source>
        <translation>An asset bought by an expense resolution line keeps that line's amount, date and funding.</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="153"/>
        <source>상각 안 함</source>
        <translation>Not depreciated</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="154"/>
        <source>년</source>
        <translation> yr</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="156"/>
        <source>품목</source>
        <translation>Item type</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="156"/>
        <source>품명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="156"/>
        <source>규격</source>
        <translation>Spec</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="157"/>
        <source>수량</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="157"/>
        <source>취득일자</source>
        <translation>Acquired on</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="158"/>
        <source>취득금액</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="158"/>
        <source>재원</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="159"/>
        <source>내용연수</source>
        <translation>Useful life</translation>
    </message>
    <message>
        <location filename="../../heemang_desktop/gui/assets/dialogs.py" line="159"/>
        <source>비고</source>
        <translation>Note</translation>
    </message>
</context>
</TS>