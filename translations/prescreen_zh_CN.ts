<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>员工账户</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN码或密码</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Disable or enable the selected account</source>
        <translation>停用或启用所选账户</translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation>新的PIN码或密码</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>重置PIN码</translation>
    </message>
    <message>
        <source>Please select an account first.</source>
        <translation>请先选择一个账户。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账户。</translation>
    </message>
    <message>
        <source>The PIN was reset.</source>
        <translation>PIN码已重置。</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>The account was unlocked.</source>
        <translation>已解除该账户的锁定。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Account %1 added as %2.</source>
        <translation>已添加账户 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>AnswerFormat</name>
    <message>
        <source>No flags</source>
        <translation>无标记</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>需确认</translation>
    </message>
    <message>
        <source>Avoid (doctor may overrule)</source>
        <translation>建议避免（医生可改判）</translation>
    </message>
    <message>
        <source>Decline (clinic policy)</source>
        <translation>不予治疗（本院方针）</translation>
    </message>
    <message>
        <source>Proceed to counselling</source>
        <translation>进入咨询</translation>
    </message>
    <message>
        <source>Do not treat</source>
        <translation>不予治疗</translation>
    </message>
    <message>
        <source>Needs more information</source>
        <translation>需要更多信息</translation>
    </message>
</context>
<context>
    <name>AnswerSheet</name>
    <message>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>● Changed since %1 (was: %2)</source>
        <translation>● 自%1起有变化（上次：%2）</translation>
    </message>
    <message>
        <source>In the patient&apos;s own words</source>
        <translation>患者自己填写的内容</translation>
    </message>
    <message>
        <source>Flagged answers</source>
        <translation>需要确认的回答</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>文章：%1</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>其他回答</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <source>Record for the chart (PDF)</source>
        <translation>病历用记录（PDF）</translation>
    </message>
    <message>
        <source>Copy for the chart</source>
        <translation>复制到病历</translation>
    </message>
    <message>
        <source>Not done: the audit log cannot be written (%1).</source>
        <translation>无法写入审计日志，未执行（%1）。</translation>
    </message>
    <message>
        <source>The record could not be saved: %1</source>
        <translation>无法保存记录：%1</translation>
    </message>
    <message>
        <source>Record saved: %1</source>
        <translation>记录已保存：%1</translation>
    </message>
    <message>
        <source>Copied for the chart: paste it into the patient&apos;s note.</source>
        <translation>已复制，请粘贴到患者的病历中。</translation>
    </message>
</context>
<context>
    <name>ChartRecord</name>
    <message>
        <source>Pre-treatment questionnaire (exosome therapy)</source>
        <translation>治疗前问诊表（外泌体治疗）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>Kana: %1</source>
        <translation>假名：%1</translation>
    </message>
    <message>
        <source>Born: %1 (age %2)</source>
        <translation>出生日期：%1（%2岁）</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>填写时间：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>文章：%1</translation>
    </message>
    <message>
        <source>Decision: not yet reviewed</source>
        <translation>医生判断：尚未审核</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>医生判断：%1</translation>
    </message>
    <message>
        <source>Doctor: %1 (%2)</source>
        <translation>医生：%1（%2）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Printed %1 by %2 · rule set %3 %4 · PreScreen %5</source>
        <translation>打印于 %1，打印人 %2 · 规则集 %3 %4 · PreScreen %5</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Flagged answers</source>
        <translation>需要确认的回答</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>其他回答</translation>
    </message>
    <message>
        <source>Doctor&apos;s decision</source>
        <translation>医生判断</translation>
    </message>
    <message>
        <source>Doctor&apos;s signature or seal (印)</source>
        <translation>医生签名或盖章（印）</translation>
    </message>
    <message>
        <source>Made %1 · rule set %2 %3 · PreScreen %4</source>
        <translation>制作于 %1 · 规则集 %2 %3 · PreScreen %4</translation>
    </message>
</context>
<context>
    <name>ClosingScreen</name>
    <message numerus="yes">
        <source>This screen returns to the start in %n seconds.</source>
        <translation>
            <numerusform>本画面将在 %n 秒后返回首页。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDeclinedScreen</name>
    <message>
        <source>Nothing has been kept</source>
        <translation>您输入的内容没有被保存</translation>
    </message>
    <message>
        <source>You did not agree, so we have not kept anything you entered on this tablet.</source>
        <translation>由于您未同意，您在本平板电脑上输入的任何内容都没有被保存。</translation>
    </message>
    <message>
        <source>Please see the reception staff. You can still talk to the doctor.</source>
        <translation>请到前台找工作人员。您仍然可以与医生面谈。</translation>
    </message>
    <message>
        <source>Please return the tablet to reception.</source>
        <translation>请将平板电脑交还前台。</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>%1 (month)</source>
        <comment>a month in a date: 6月</comment>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Touch to choose the date</source>
        <translation>点击选择日期</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>a decade: 1950年代</comment>
        <translation>%1年代</translation>
    </message>
    <message>
        <source>%1 (year)</source>
        <comment>a Western year in a date: 1985年</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Which decade?</source>
        <translation>哪个年代？</translation>
    </message>
    <message>
        <source>Which year?</source>
        <translation>哪一年？</translation>
    </message>
    <message>
        <source>Which month?</source>
        <translation>几月？</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>几号？</translation>
    </message>
    <message>
        <source>%1 (day)</source>
        <comment>a day in a date: 12日</comment>
        <translation>%1日</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Note (proceeding overrules the advice: write why)</source>
        <translation>备注（如继续进行咨询，请写明理由）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>保存判断</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>What the clinic holds about you</source>
        <translation>本诊所保存的您的信息</translation>
    </message>
    <message>
        <source>Made %1. Everything kept about each screening follows: what you entered, the result and why, the doctor&apos;s reviews, and who handled it when.</source>
        <translation>制作于 %1。以下是每次问诊所保存的全部信息：您填写的内容、结果及其原因、医生的审核，以及何人何时处理过。</translation>
    </message>
    <message>
        <source>Screening of %1</source>
        <translation>%1 的问诊</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>医生审核</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Who handled it</source>
        <translation>处理记录</translation>
    </message>
</context>
<context>
    <name>ExportDestinations</name>
    <message>
        <source>%1 is no longer there; put the medium back in or choose another place</source>
        <translation>找不到 %1；请重新插入，或选择其他保存位置</translation>
    </message>
    <message>
        <source>%1 is not a place exports go to</source>
        <translation>%1 不是可用的导出位置</translation>
    </message>
    <message>
        <source>%1 already holds 999 exports of %2</source>
        <translation>%1 中已有 %2 的999个导出文件</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>假名读音</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Rules that fired</source>
        <translation>触发的规则</translation>
    </message>
    <message>
        <source>Doctor&apos;s decision</source>
        <translation>医生的决定</translation>
    </message>
    <message>
        <source>Doctor&apos;s note</source>
        <translation>医生备注</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>作出决定的医生</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <source>Answers to earlier questions</source>
        <translation>对旧版问题的回答</translation>
    </message>
    <message>
        <source>Submission ID</source>
        <translation>提交编号</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>given</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>提交记录</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>No rule fired</source>
        <translation>没有触发任何规则</translation>
    </message>
</context>
<context>
    <name>FhirQuestionnaire</name>
    <message>
        <source>The questions patients answer before counselling, as PreScreen asks them (rule set %1, version %2).</source>
        <translation>患者在咨询前回答的问题，与 PreScreen 中的提问相同（规则集 %1，版本 %2）。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>FirstAdminPage</name>
    <message>
        <source>First start: create the administrator account</source>
        <translation>首次启动：创建管理员账户</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>Back to patient screen</source>
        <translation>返回患者画面</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>There is no staff account yet. The administrator adds the accounts of the doctors and of reception afterwards. The password needs at least %1 characters.</source>
        <translation>尚无工作人员账户。医生和前台的账户由管理员随后添加。密码至少需要%1个字符。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The two passwords differ. Please enter them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>HandwritingPad</name>
    <message>
        <source>Write one character with your finger, then touch it below.</source>
        <translation>请用手指写一个字，然后在下方点选。</translation>
    </message>
    <message>
        <source>Write again</source>
        <translation>重写</translation>
    </message>
    <message>
        <source>Handwriting is not available on this tablet. Please use the other keys or ask at reception.</source>
        <translation>本平板电脑无法使用手写输入。请使用其他按键，或向前台咨询。</translation>
    </message>
</context>
<context>
    <name>HandwritingRecognizer</name>
    <message>
        <source>%1: no handwriting model for %2 (install %3)</source>
        <translation>%1：没有 %2 的手写模型（请安装 %3）</translation>
    </message>
</context>
<context>
    <name>JapaneseCalendar</name>
    <message>
        <source>Please choose an era and a year.</source>
        <translation>请选择年号和年份。</translation>
    </message>
    <message>
        <source>This day does not exist. Please check the month and day.</source>
        <translation>该日期不存在，请检查月份和日期。</translation>
    </message>
    <message>
        <source>This date is not in the era you chose. Please check the era and the year.</source>
        <translation>该日期不在所选年号的范围内，请检查年号和年份。</translation>
    </message>
</context>
<context>
    <name>KanaKeyboard</name>
    <message>
        <source>small</source>
        <comment>the key that makes the last kana small: 小</comment>
        <translation>小</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Your answers could not be saved. Please tell the reception staff.</source>
        <translation>无法保存您的回答，请告知前台工作人员。</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? For your privacy, this screen will be cleared in %n seconds. Touch the screen to continue.</source>
        <translation>
            <numerusform>您还在吗？为保护您的隐私，屏幕内容将在 %n 秒后清除。如需继续，请触摸屏幕。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-treatment questionnaire</source>
        <translation>治疗前问诊表</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Send answers</source>
        <translation>提交回答</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Part 1 of 3: About you</source>
        <translation>共3部分，第1部分：您的基本信息</translation>
    </message>
    <message>
        <source>Part 2 of 3: Your health</source>
        <translation>共3部分，第2部分：您的健康状况</translation>
    </message>
    <message>
        <source>Part 3 of 3: Check and send</source>
        <translation>共3部分，第3部分：确认并发送</translation>
    </message>
    <message numerus="yes">
        <source>You were born on %1, so you are %n years old. Is this right?</source>
        <translation>
            <numerusform>您的出生日期是%1，即%n岁。是否正确？</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, that is right</source>
        <translation>是的，正确</translation>
    </message>
    <message>
        <source>No, change it</source>
        <translation>不对，修改</translation>
    </message>
</context>
<context>
    <name>NameEntryPage</name>
    <message>
        <source>Hiragana</source>
        <translation>平假名</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>片假名</translation>
    </message>
    <message>
        <source>Handwriting</source>
        <translation>手写</translation>
    </message>
    <message>
        <source>A B C</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation>⌫ 删除</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>1 2 3</source>
        <translation>123</translation>
    </message>
    <message>
        <source>a b c</source>
        <translation>abc</translation>
    </message>
    <message>
        <source># + =</source>
        <translation>#+=</translation>
    </message>
</context>
<context>
    <name>NoAccountYetPage</name>
    <message>
        <source>No staff account yet</source>
        <translation>尚无工作人员账户</translation>
    </message>
    <message>
        <source>Staff accounts are not set up on this kiosk. The administrator creates the first account on the reception PC, or with the command prescreen admin create.</source>
        <translation>此终端尚未设置工作人员账户。第一个账户由管理员在前台电脑上创建，或使用命令 prescreen admin create 创建。</translation>
    </message>
    <message>
        <source>Back to patient screen</source>
        <translation>返回患者画面</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This tablet is not available at the moment.</source>
        <translation>本平板电脑目前暂停使用。</translation>
    </message>
    <message>
        <source>Please see the reception staff. We are sorry for the inconvenience.</source>
        <translation>请联系前台工作人员。给您带来不便，敬请谅解。</translation>
    </message>
</context>
<context>
    <name>PatientFlow</name>
    <message>
        <source>Please enter your date of birth.</source>
        <translation>请输入您的出生日期。</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future. Please check it.</source>
        <translation>出生日期不能晚于今天，请检查。</translation>
    </message>
    <message>
        <source>Please check the year of your date of birth.</source>
        <translation>请检查出生日期的年份。</translation>
    </message>
    <message>
        <source>Please enter a date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>This date is in the future. Please check it.</source>
        <translation>该日期晚于今天，请检查。</translation>
    </message>
    <message>
        <source>This date is before your date of birth. Please check it.</source>
        <translation>该日期早于您的出生日期，请检查。</translation>
    </message>
    <message>
        <source>Please choose an answer.</source>
        <translation>请选择一个回答。</translation>
    </message>
    <message numerus="yes">
        <source>This text is too long. Please shorten it to %n characters or fewer.</source>
        <translation>
            <numerusform>文字过长，请缩短至 %n 个字以内。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
</context>
<context>
    <name>PatientRequestsPage</name>
    <message>
        <source>A patient asks to see or delete their data</source>
        <translation>患者要求查看或删除其信息</translation>
    </message>
    <message>
        <source>Type the name or the kana reading as the patient wrote it, and the date of birth.</source>
        <translation>请输入患者填写的姓名或假名读音，以及出生日期。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kana reading</source>
        <translation>假名读音</translation>
    </message>
    <message>
        <source>Date of birth (1985-04-12)</source>
        <translation>出生日期（1985-04-12）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>U盘或存储卡：%1</translation>
    </message>
    <message>
        <source>Exports folder (%1)</source>
        <translation>导出文件夹（%1）</translation>
    </message>
    <message>
        <source>Give a copy of everything (PDF and JSON)</source>
        <translation>生成全部信息的副本（PDF和JSON）</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <translation>全部删除…</translation>
    </message>
    <message>
        <source>Give the name or the kana reading, and the date of birth.</source>
        <translation>请输入姓名或假名读音，以及出生日期。</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>查找失败：%1</translation>
    </message>
    <message>
        <source>Nothing is held under this name and date of birth.</source>
        <translation>没有以此姓名和出生日期保存的信息。</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>生成副本失败：%1</translation>
    </message>
    <message>
        <source>Everything held was written to %1</source>
        <translation>已将保存的全部信息写入：%1</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>未删除任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) deleted at the patient&apos;s request.</source>
        <translation>
            <numerusform>已应患者要求删除 %n 份问诊。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientScreen</name>
    <message>
        <source>About you</source>
        <translation>您的基本信息</translation>
    </message>
    <message>
        <source>e.g. Yamada Hanako</source>
        <translation>例：王芳</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>e.g. やまだ はなこ</source>
        <translation>例：やまだ はなこ</translation>
    </message>
    <message>
        <source>Reading of your name (kana, optional)</source>
        <translation>姓名读音（日文假名，选填）</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>The reading of your name in kana</source>
        <translation>姓名的假名读音</translation>
    </message>
    <message>
        <source>Write by touch</source>
        <translation>触屏输入</translation>
    </message>
</context>
<context>
    <name>PdfSummary</name>
    <message>
        <source>PreScreen daily summary %1</source>
        <translation>PreScreen 每日汇总 %1</translation>
    </message>
    <message>
        <source>PreScreen daily summary</source>
        <translation>PreScreen 每日汇总</translation>
    </message>
    <message>
        <source>Clinic day %1 (%2), rule set %3 %4</source>
        <translation>诊疗日 %1（%2），规则集 %3 %4</translation>
    </message>
    <message>
        <source>%1 submissions, %2 flagged and not yet reviewed</source>
        <translation>问诊 %1 份，其中有标记且尚未确认的 %2 份</translation>
    </message>
    <message>
        <source>By result</source>
        <translation>按结果</translation>
    </message>
    <message>
        <source>By rule</source>
        <translation>按规则</translation>
    </message>
    <message>
        <source>No rule fired.</source>
        <translation>没有触发任何规则。</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>问诊列表</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>医生的判断</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>无标记</translation>
    </message>
    <message>
        <source>review</source>
        <translation>需确认</translation>
    </message>
    <message>
        <source>avoid</source>
        <translation>建议避免</translation>
    </message>
    <message>
        <source>decline</source>
        <translation>不予治疗</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>proceed to counselling</source>
        <translation>进入咨询</translation>
    </message>
    <message>
        <source>do not treat</source>
        <translation>不予治疗</translation>
    </message>
    <message>
        <source>needs more information</source>
        <translation>需要更多信息</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Audit log: %1 rows, last hash %2</source>
        <translation>审计日志：%1 行，最后哈希 %2</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>打印于 %1，打印人 %2</translation>
    </message>
    <message>
        <source>Clinic days %1 (%2), rule set %3 %4</source>
        <translation>诊疗日 %1（%2），规则集 %3 %4</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>Your personal information</source>
        <translation>关于个人信息的处理</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>• What we collect: your name, its reading in kana, your date of birth and your answers.</source>
        <translation>• 收集的信息：您的姓名、姓名的假名读音、出生日期和回答内容。</translation>
    </message>
    <message>
        <source>• What we collect: your name, your date of birth and your answers.</source>
        <translation>• 收集的信息：您的姓名、出生日期和回答内容。</translation>
    </message>
    <message>
        <source>Your answers include information about your health. Under Japan&apos;s Act on the Protection of Personal Information this is special-care-required personal information, and we collect it only with your explicit consent.</source>
        <translation>您的回答包含与健康有关的信息。根据日本《个人信息保护法》，此类信息属于“需特别注意的个人信息”，我们仅在获得您的明确同意后才会收集。</translation>
    </message>
    <message>
        <source>If you do not agree, you can still talk to the doctor: please ask at reception.</source>
        <translation>即使您不同意，也可以与医生面谈，请向前台咨询。</translation>
    </message>
    <message>
        <source>• Why: so that the doctor can prepare your counselling and check whether exosome therapy suits you. The answers are advice for the doctor, not a decision.
• Who sees them: only the doctors and staff of this clinic. We give them to no one else unless the law requires it.
• How long: for the period the clinic has set; then they are deleted.
• To see, correct or delete what we hold about you, ask at reception with your name and date of birth: we give you a copy of everything (PDF and JSON), and a deletion is confirmed by a second member of staff.</source>
        <translation>• 使用目的：供医生准备咨询，并确认外泌体疗法是否适合您。您的回答仅供医生参考，并不决定能否接受治疗。
• 查看人员：仅限本诊所的医生和工作人员。除法律规定的情况外，不会向任何第三方提供。
• 保存期限：按本诊所规定的期限保存，期满后删除。
• 如需查看、更正或删除我们保存的您的信息，请向前台提出，并告知您的姓名和出生日期。我们会向您提供全部信息的副本（PDF和JSON）；删除须经另一名工作人员确认。</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>You may leave this empty.</source>
        <translation>此项可以不填。</translation>
    </message>
    <message>
        <source>Write by touch</source>
        <translation>触屏输入</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Not reviewed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>标记项目</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>医生判断</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Today&apos;s submissions</source>
        <translation>今日的问诊</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未确认</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) today, %1 flagged and not yet reviewed.</source>
        <translation>
            <numerusform>今日问诊 %n 份，其中有标记且尚未确认的 %1 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>无法连接数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) on this tablet are waiting for the server.</source>
        <translation>
            <numerusform>本平板上有 %n 份问诊正在等待发送到服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ 前一天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>后一天 ▶</translation>
    </message>
    <message>
        <source>Search all days: name, kana or birth date (1985-04-12)</source>
        <translation>搜索所有日期：姓名、假名或出生日期（1985-04-12）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n submission(s) that match; type more of the name, or the birth date, to narrow it.</source>
        <translation>
            <numerusform>符合条件的最新%n份。请输入更多姓名或出生日期以缩小范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) match, newest first within each group.</source>
        <translation>
            <numerusform>符合%n份（未审核与已审核各按最新排列）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) on this day, %1 flagged and not yet reviewed.</source>
        <translation>
            <numerusform>当天共%n份，其中%1份被标记且尚未审核。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <source>Export a day</source>
        <translation>导出一天的数据</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV（用于Excel）</translation>
    </message>
    <message>
        <source>PDF for the paper file</source>
        <translation>PDF（用于纸质存档）</translation>
    </message>
    <message>
        <source>FHIR JSON for the EHR</source>
        <translation>FHIR JSON（用于电子病历）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message numerus="yes">
        <source>Delete submissions older than %n days</source>
        <translation>
            <numerusform>删除 %n 天前的问诊</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews pending: %1</source>
        <translation>等待医生确认：%1 份</translation>
    </message>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>无法连接数据库：%1</translation>
    </message>
    <message>
        <source>The rule set did not load; see the log.</source>
        <translation>规则集未能加载，请查看日志。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) of %1 written to %2</source>
        <translation>
            <numerusform>已将 %1 的 %n 份问诊写入 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes submissions older than %n days for good. Press again to confirm.</source>
        <translation>
            <numerusform>这将永久删除 %n 天前的问诊。确认请再按一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 份问诊。</numerusform>
        </translation>
    </message>
    <message>
        <source>The purge failed: %1</source>
        <translation>删除失败：%1</translation>
    </message>
    <message>
        <source>The last backup cannot be read: %1</source>
        <translation>无法读取上次备份的记录：%1</translation>
    </message>
    <message>
        <source>No backup has been made yet. Turn on the daily backup (prescreen-backup.timer) or run prescreen backup.</source>
        <translation>尚未进行任何备份。请启用每日备份（prescreen-backup.timer）或运行 prescreen backup。</translation>
    </message>
    <message>
        <source>The last backup failed (%1): %2</source>
        <translation>上次备份失败（%1）：%2</translation>
    </message>
    <message>
        <source>The last backup is from %1, more than two days ago. Check the USB stick or the backup folder.</source>
        <translation>上次备份是在 %1，已超过两天。请检查U盘或备份文件夹。</translation>
    </message>
    <message>
        <source>Last backup: %1, checked.</source>
        <translation>上次备份：%1（已校验）</translation>
    </message>
    <message>
        <source>Look for USB sticks</source>
        <translation>查找U盘</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>U盘或存储卡：%1</translation>
    </message>
    <message>
        <source>Exports folder (%1)</source>
        <translation>导出文件夹（%1）</translation>
    </message>
    <message>
        <source>Choose where the export goes.</source>
        <translation>请选择导出位置。</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>A patient&apos;s request</source>
        <translation>患者的请求</translation>
    </message>
    <message>
        <source>A patient asks to see or delete their data</source>
        <translation>患者要求查看或删除其信息</translation>
    </message>
    <message>
        <source>The next export goes to %1</source>
        <translation>下次导出到：%1</translation>
    </message>
    <message>
        <source>the USB stick or disk is full, or was taken out. Nothing was written.</source>
        <translation>U盘或磁盘已满，或已被拔出。未写入任何内容。</translation>
    </message>
    <message>
        <source>the database could not be read. Nothing was written.</source>
        <translation>无法读取数据库。未写入任何内容。</translation>
    </message>
    <message>
        <source>the file could not be written. Nothing was written.</source>
        <translation>无法写入文件。未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>(no answer)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between answers in a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>请确认您的回答</translation>
    </message>
    <message>
        <source>Touch &quot;Change&quot; to correct an answer. When everything is right, touch &quot;Send answers&quot;.</source>
        <translation>如需修改，请点击“修改”。确认无误后，请点击“提交回答”。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Name and date of birth</source>
        <translation>姓名和出生日期</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a date as QLocale formats it: yyyy年M月d日</comment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>RuleSetText</name>
    <message>
        <source>, </source>
        <comment>between the titles of fired rules in a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Rule sets</source>
        <translation>规则集</translation>
    </message>
    <message>
        <source>The kiosk uses the active version from its next patient on. Without one it uses the built-in rule set.</source>
        <translation>问诊平板从下一位患者开始使用生效的版本。没有生效版本时，使用内置规则集。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>载入</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Approve the selected version</source>
        <translation>批准所选版本</translation>
    </message>
    <message>
        <source>Make the selected version active</source>
        <translation>启用所选版本</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回退</translation>
    </message>
    <message>
        <source>The draft rule set file</source>
        <translation>草案规则集文件</translation>
    </message>
    <message>
        <source>Load the draft</source>
        <translation>载入草案</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Waiting for a doctor&apos;s approval</source>
        <translation>等待医生批准</translation>
    </message>
    <message>
        <source>Approved, not active</source>
        <translation>已批准，未生效</translation>
    </message>
    <message>
        <source>Built-in rule set</source>
        <translation>内置规则集</translation>
    </message>
    <message>
        <source>Please select a version first.</source>
        <translation>请先选择一个版本。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The draft was not kept. Please correct it and load it again:</source>
        <translation>草案未保存。请修改后重新载入：</translation>
    </message>
    <message>
        <source>Version #%1 (%2) is kept. A doctor other than you must approve it before the kiosk uses it.</source>
        <translation>已保存版本 #%1（%2）。在问诊平板使用之前，必须由您以外的医生批准。</translation>
    </message>
    <message>
        <source>In the last %1 days, %2 submissions: %3 would get another result, %4 cannot be judged.</source>
        <translation>过去 %1 天共 %2 份问卷：%3 份结果会改变，%4 份无法判定。</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3 份</translation>
    </message>
    <message>
        <source>Rule %1 fires %2 times instead of %3.</source>
        <translation>规则 %1 的触发次数由 %3 次变为 %2 次。</translation>
    </message>
    <message>
        <source>Never asked &quot;%1&quot;: %2 submissions, not judged.</source>
        <translation>未被询问“%1”的问卷 %2 份，未判定。</translation>
    </message>
    <message>
        <source>The built-in rule set needs no approval.</source>
        <translation>内置规则集无需批准。</translation>
    </message>
    <message>
        <source>Version #%1 is approved and active; each kiosk changes at its next patient.</source>
        <translation>版本 #%1 已批准并生效；各问诊平板从下一位患者开始切换。</translation>
    </message>
    <message>
        <source>The selected version is active; each kiosk changes at its next patient.</source>
        <translation>所选版本已生效；各问诊平板从下一位患者开始切换。</translation>
    </message>
    <message>
        <source>Rolled back to the version active before; each kiosk changes at its next patient.</source>
        <translation>已回退到之前生效的版本；各问诊平板从下一位患者开始切换。</translation>
    </message>
    <message>
        <source>Rule sets in the exports folder and on USB sticks…</source>
        <translation>导出文件夹和U盘中的规则集…</translation>
    </message>
    <message>
        <source>%1 is not a rule set file: its name must end in .rules</source>
        <translation>%1 不是规则集文件：文件名必须以 .rules 结尾</translation>
    </message>
    <message>
        <source>Approve version #%1? Each kiosk uses it from its next patient. Press the button again to approve it.</source>
        <translation>批准版本 #%1 吗？各问诊平板将从下一位患者开始使用该版本。如要批准，请再按一次按钮。</translation>
    </message>
    <message>
        <source>%1 is the database itself under another name, not a rule set; it was not opened</source>
        <translation>%1 是换了名字的数据库本身，不是规则集；未打开</translation>
    </message>
</context>
<context>
    <name>SecondPersonDialog</name>
    <message>
        <source>A second staff member confirms</source>
        <translation>由另一名工作人员确认</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) of this patient will be deleted for good. A second staff member confirms with their own login and PIN.</source>
        <translation>
            <numerusform>将永久删除该患者的 %n 份问诊。请另一名工作人员用自己的登录名和PIN码确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN码或密码</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Staff sign-in</source>
        <translation>员工登录</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN码或密码</translation>
    </message>
    <message>
        <source>Back to patient screen</source>
        <translation>返回患者画面</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The login or the PIN is not right. Please try again.</source>
        <translation>登录名或PIN码不正确，请重试。</translation>
    </message>
    <message>
        <source>This account is disabled. Please ask an administrator.</source>
        <translation>此账户已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>无法连接数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts on this device. Please wait %n seconds before trying again.</source>
        <translation>
            <numerusform>此设备上错误次数过多。请等待%n秒后再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong attempts. An administrator can unlock it under Accounts; otherwise try again in %n minutes.</source>
        <translation>
            <numerusform>由于错误次数过多，此账户已被锁定。管理员可在“账户”中解除锁定；否则请在%n分钟后再试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffLabels</name>
    <message>
        <source>An administrator&apos;s password needs at least %1 characters: it opens every record and every account.</source>
        <translation>管理员密码至少需要%1个字符：它可以打开所有记录和所有账户。</translation>
    </message>
    <message>
        <source>A PIN needs at least %1 digits: a shorter one can be guessed in minutes from a copy of the database.</source>
        <translation>PIN至少需要%1位数字：更短的PIN可从数据库副本中在几分钟内被猜出。</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>Today&apos;s list</source>
        <translation>今日列表</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Administrator account created. Sign in with it.</source>
        <translation>管理员账户已创建，请用它登录。</translation>
    </message>
    <message>
        <source>Decision saved for %1.</source>
        <translation>已保存%1的判断。</translation>
    </message>
    <message>
        <source>Rule sets</source>
        <translation>规则集</translation>
    </message>
</context>
<context>
    <name>SubmissionPage</name>
    <message>
        <source>Born %1, age %2 · answered %3 in %4 · rule set %5 %6</source>
        <translation>出生日期 %1（%2岁）· 回答于 %3（%4）· 规则集 %5 %6</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>医生的判断记录</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>尚未确认。</translation>
    </message>
    <message>
        <source>(superseded)</source>
        <translation>（已被更新）</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Please choose a decision.</source>
        <translation>请选择一个判断。</translation>
    </message>
    <message>
        <source>Proceeding despite this result needs a note that says why.</source>
        <translation>在此结果下继续进行，需要在备注中写明理由。</translation>
    </message>
    <message>
        <source>No answer changed since the last screening.</source>
        <translation>自上次问诊以来没有变化的回答。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>未确认</translation>
    </message>
    <message numerus="yes">
        <source>Returning patient: %n earlier screening(s). The last, %1: %2; decision: %3. Answers that changed since are marked ●.</source>
        <translation>
            <numerusform>复诊患者：以往问诊%n次。上次 %1：%2；医生判断：%3。自上次以来有变化的回答标有●。</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier screenings</source>
        <translation>以往问诊</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Thank you</source>
        <translation>谢谢您</translation>
    </message>
    <message>
        <source>Your answers have been sent. The doctor will go through them with you at your counselling.</source>
        <translation>您的回答已提交。咨询时，医生会与您一起确认回答内容。</translation>
    </message>
    <message>
        <source>Please return the tablet to reception.</source>
        <translation>请将平板电脑交还前台。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome. Before your counselling, please answer a few questions about your health. It takes about five minutes.</source>
        <translation>您好。咨询前，请回答几个关于您健康状况的问题，大约需要五分钟。</translation>
    </message>
    <message>
        <source>Start in English</source>
        <translation>使用简体中文开始</translation>
    </message>
</context>
<context>
    <name>exosome-screening</name>
    <message>
        <source>Exosome therapy screening</source>
        <translation>外泌体疗法 治疗前问诊</translation>
    </message>
    <message>
        <source>What is your sex?</source>
        <translation>请问您的性别是？</translation>
    </message>
    <message>
        <source>Some questions apply only to women.</source>
        <translation>部分问题仅适用于女性。</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other / prefer not to say</source>
        <translation>其他/不愿回答</translation>
    </message>
    <message>
        <source>Are you pregnant, or is there a chance that you might be pregnant?</source>
        <translation>您目前是否怀孕，或者有怀孕的可能吗？</translation>
    </message>
    <message>
        <source>If you are not sure, please choose &quot;Possibly&quot;.</source>
        <translation>如果不确定，请选择“有可能/不确定”。</translation>
    </message>
    <message>
        <source>Yes, I am pregnant</source>
        <translation>是，正在怀孕</translation>
    </message>
    <message>
        <source>Possibly / I am not sure</source>
        <translation>有可能/不确定</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Are you currently breastfeeding?</source>
        <translation>您目前是否在哺乳期？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Have you ever been diagnosed with cancer?</source>
        <translation>您是否曾被诊断患有癌症？</translation>
    </message>
    <message>
        <source>Include cancers that have been treated and are now in remission.</source>
        <translation>包括已经治疗且目前处于缓解期的癌症。</translation>
    </message>
    <message>
        <source>No, never</source>
        <translation>否，从未</translation>
    </message>
    <message>
        <source>Yes, I am under treatment or follow-up now</source>
        <translation>是，目前正在治疗或随访中</translation>
    </message>
    <message>
        <source>Yes, in the past (treatment has finished)</source>
        <translation>是，以前患过（治疗已结束）</translation>
    </message>
    <message>
        <source>If you can, please tell us the type of cancer and the year of diagnosis.</source>
        <translation>如方便，请告诉我们癌症的类型和确诊年份。</translation>
    </message>
    <message>
        <source>Have you ever had anaphylaxis or a severe allergic reaction?</source>
        <translation>您是否曾发生过过敏性休克或严重的过敏反应？</translation>
    </message>
    <message>
        <source>For example difficulty breathing, fainting, or needing emergency treatment.</source>
        <translation>例如呼吸困难、昏厥或需要急诊治疗。</translation>
    </message>
    <message>
        <source>Do you have any allergies, or a tendency to allergic reactions?</source>
        <translation>您是否有过敏或过敏体质？</translation>
    </message>
    <message>
        <source>For example to foods, medicines, pollen or metals.</source>
        <translation>例如对食物、药物、花粉或金属过敏。</translation>
    </message>
    <message>
        <source>Please tell us what you are allergic to and what happened.</source>
        <translation>请告诉我们您对什么过敏，以及出现过什么症状。</translation>
    </message>
    <message>
        <source>Do you have an illness that is being treated or that continues over time?</source>
        <translation>您是否患有正在治疗中的疾病或慢性病？</translation>
    </message>
    <message>
        <source>For example diabetes, heart, kidney or liver disease, or an autoimmune disease.</source>
        <translation>例如糖尿病、心脏病、肾病、肝病或自身免疫性疾病。</translation>
    </message>
    <message>
        <source>Please tell us the name of the illness.</source>
        <translation>请告诉我们疾病的名称。</translation>
    </message>
    <message>
        <source>Are you currently taking any medicines or supplements?</source>
        <translation>您目前是否在服用药物或保健品？</translation>
    </message>
    <message>
        <source>Please tell us the medicines or supplements you take.</source>
        <translation>请告诉我们您正在服用的药物或保健品。</translation>
    </message>
    <message>
        <source>Have you had exosome treatment before?</source>
        <translation>您以前接受过外泌体治疗吗？</translation>
    </message>
    <message>
        <source>When was your most recent exosome treatment?</source>
        <translation>您最近一次接受外泌体治疗是什么时候？</translation>
    </message>
    <message>
        <source>Did you notice anything after a previous exosome treatment?</source>
        <translation>以前接受外泌体治疗后，您是否出现过什么症状？</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>请选择所有符合的选项。</translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation>没有特别的症状</translation>
    </message>
    <message>
        <source>Redness or swelling where it was given</source>
        <translation>注射部位发红或肿胀</translation>
    </message>
    <message>
        <source>Tiredness or fatigue</source>
        <translation>疲劳、乏力</translation>
    </message>
    <message>
        <source>Rash, itching or hives</source>
        <translation>皮疹、瘙痒或荨麻疹</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Are you planning to donate blood in the coming months?</source>
        <translation>您是否计划在未来几个月内献血？</translation>
    </message>
    <message>
        <source>Is there anything else you would like the doctor to know?</source>
        <translation>还有其他想告诉医生的事情吗？</translation>
    </message>
    <message>
        <source>The patient reports being pregnant. The clinic does not give exosome treatment during pregnancy.</source>
        <translation>患者表示正在怀孕。本诊所不为孕期患者进行外泌体治疗。</translation>
    </message>
    <message>
        <source>エクソソーム療法を避けたほうがよい人</source>
        <translation>不宜接受外泌体疗法的人</translation>
    </message>
    <message>
        <source>妊娠中または授乳中の人</source>
        <translation>孕期或哺乳期的人</translation>
    </message>
    <message>
        <source>The patient may be pregnant. The article advises treatment only when there is no chance of pregnancy; confirm before counselling.</source>
        <translation>患者可能怀孕。文章建议仅在没有怀孕可能时进行治疗；请在咨询前确认。</translation>
    </message>
    <message>
        <source>The patient is breastfeeding. The clinic does not give exosome treatment while breastfeeding.</source>
        <translation>患者正在哺乳。本诊所不为哺乳期患者进行外泌体治疗。</translation>
    </message>
    <message>
        <source>The patient reports a cancer diagnosis, current or past. The clinic does not treat patients who have been diagnosed with cancer.</source>
        <translation>患者表示有癌症诊断史（目前或既往）。本诊所不为曾被诊断患有癌症的患者进行治疗。</translation>
    </message>
    <message>
        <source>がんの治療中または既往歴のある人</source>
        <translation>正在治疗癌症或有癌症病史的人</translation>
    </message>
    <message>
        <source>The patient reports anaphylaxis or a severe allergic reaction. The article advises against treatment for people with severe allergies.</source>
        <translation>患者表示曾发生过敏性休克或严重过敏反应。文章建议重度过敏体质者避免治疗。</translation>
    </message>
    <message>
        <source>重度のアレルギー体質の人</source>
        <translation>重度过敏体质的人</translation>
    </message>
    <message>
        <source>The patient reports an allergy or allergic constitution. Discuss the risk of an allergic reaction at counselling.</source>
        <translation>患者表示有过敏或过敏体质。请在咨询时讨论过敏反应的风险。</translation>
    </message>
    <message>
        <source>エクソソームで考えられる危険性</source>
        <translation>外泌体可能存在的风险</translation>
    </message>
    <message>
        <source>アレルギー反応の可能性</source>
        <translation>过敏反应的可能性</translation>
    </message>
    <message>
        <source>The patient had a rash, itching or hives after a previous exosome treatment, a possible allergic reaction.</source>
        <translation>患者在以前的外泌体治疗后出现过皮疹、瘙痒或荨麻疹，可能为过敏反应。</translation>
    </message>
    <message>
        <source>The patient reports side effects after a previous exosome treatment. Ask what happened and how long it lasted.</source>
        <translation>患者表示以前的外泌体治疗后出现过副作用。请询问具体症状及持续时间。</translation>
    </message>
    <message>
        <source>エクソソーム療法で気になるポイント</source>
        <translation>外泌体疗法的常见疑问</translation>
    </message>
    <message>
        <source>副作用が出た場合の対処法</source>
        <translation>出现副作用时的处理方法</translation>
    </message>
    <message>
        <source>The last exosome treatment was less than 14 days ago. The usual interval is every two to three weeks.</source>
        <translation>距上次外泌体治疗不足14天。通常的治疗间隔为每两到三周一次。</translation>
    </message>
    <message>
        <source>施術の頻度はどのくらい?</source>
        <translation>治疗频率是多少？</translation>
    </message>
    <message>
        <source>The patient has an illness under treatment or ongoing. Consider whether treatment could worsen it.</source>
        <translation>患者患有正在治疗中的疾病或慢性病。请考虑治疗是否可能使病情加重。</translation>
    </message>
    <message>
        <source>そのほかの持病がある人</source>
        <translation>患有其他慢性病的人</translation>
    </message>
    <message>
        <source>The patient takes medicines or supplements. Review them at counselling.</source>
        <translation>患者正在服用药物或保健品。请在咨询时确认具体内容。</translation>
    </message>
    <message>
        <source>リスクを軽減して施術を受けるために</source>
        <translation>为降低风险接受治疗</translation>
    </message>
    <message>
        <source>施術前の丁寧なカウンセリング</source>
        <translation>治疗前细致的咨询</translation>
    </message>
    <message>
        <source>The patient plans to donate blood. There is no published guidance on donating after exosome treatment; advise the patient to consult before donating.</source>
        <translation>患者计划献血。关于外泌体治疗后献血，目前尚无公开的标准；请建议患者在献血前先咨询。</translation>
    </message>
    <message>
        <source>施術後に献血はできる?</source>
        <translation>治疗后可以献血吗？</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>怀孕</translation>
    </message>
    <message>
        <source>Possibly pregnant</source>
        <translation>可能怀孕</translation>
    </message>
    <message>
        <source>Breastfeeding</source>
        <translation>哺乳期</translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation>癌症诊断（现患或既往）</translation>
    </message>
    <message>
        <source>Anaphylaxis or severe allergy</source>
        <translation>过敏性休克或严重过敏</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>Rash or itching after exosome treatment</source>
        <translation>既往外泌体治疗后出现皮疹或瘙痒</translation>
    </message>
    <message>
        <source>Side effects after exosome treatment</source>
        <translation>既往外泌体治疗后的副作用</translation>
    </message>
    <message>
        <source>Less than 14 days since the last treatment</source>
        <translation>距上次治疗不足14天</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>慢性病或正在治疗的疾病</translation>
    </message>
    <message>
        <source>Medicines or supplements</source>
        <translation>正在服用药物或保健品</translation>
    </message>
    <message>
        <source>Plans to donate blood</source>
        <translation>计划献血</translation>
    </message>
    <message>
        <source>Please choose the exact day. You can find it on your receipt or appointment card.</source>
        <translation>请选择具体的治疗日期，可参考收据或预约卡。</translation>
    </message>
</context>
</TS>
