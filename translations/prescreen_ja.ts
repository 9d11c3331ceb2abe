<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>スタッフアカウント</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医師</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PINまたはパスワード</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>Disable or enable the selected account</source>
        <translation>選択したアカウントを無効化／有効化</translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation>新しいPINまたはパスワード</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>PINを再設定</translation>
    </message>
    <message>
        <source>Please select an account first.</source>
        <translation>先にアカウントを選択してください。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>ご自身のアカウントは無効にできません。</translation>
    </message>
    <message>
        <source>The PIN was reset.</source>
        <translation>PINを再設定しました。</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>The account was unlocked.</source>
        <translation>アカウントのロックを解除しました。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>Account %1 added as %2.</source>
        <translation>アカウント %1 を%2として追加しました。</translation>
    </message>
</context>
<context>
    <name>AnswerFormat</name>
    <message>
        <source>No flags</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Avoid (doctor may overrule)</source>
        <translation>施術回避を推奨（医師判断で変更可）</translation>
    </message>
    <message>
        <source>Decline (clinic policy)</source>
        <translation>施術不可（当院の方針）</translation>
    </message>
    <message>
        <source>Proceed to counselling</source>
        <translation>カウンセリングに進む</translation>
    </message>
    <message>
        <source>Do not treat</source>
        <translation>施術しない</translation>
    </message>
    <message>
        <source>Needs more information</source>
        <translation>追加の確認が必要</translation>
    </message>
</context>
<context>
    <name>AnswerSheet</name>
    <message>
        <source>not asked</source>
        <translation>質問なし</translation>
    </message>
    <message>
        <source>● Changed since %1 (was: %2)</source>
        <translation>● %1から変更（前回：%2）</translation>
    </message>
    <message>
        <source>In the patient&apos;s own words</source>
        <translation>患者さんの記入内容</translation>
    </message>
    <message>
        <source>Flagged answers</source>
        <translation>確認が必要な回答</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>記事：%1</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>その他の回答</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <source>Record for the chart (PDF)</source>
        <translation>カルテ用の記録（PDF）</translation>
    </message>
    <message>
        <source>Copy for the chart</source>
        <translation>カルテ用にコピー</translation>
    </message>
    <message>
        <source>Not done: the audit log cannot be written (%1).</source>
        <translation>監査ログに書き込めないため、実行しませんでした（%1）。</translation>
    </message>
    <message>
        <source>The record could not be saved: %1</source>
        <translation>記録を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Record saved: %1</source>
        <translation>記録を保存しました：%1</translation>
    </message>
    <message>
        <source>Copied for the chart: paste it into the patient&apos;s note.</source>
        <translation>カルテ用にコピーしました。患者さんのカルテに貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>ChartRecord</name>
    <message>
        <source>Pre-treatment questionnaire (exosome therapy)</source>
        <translation>問診票（エクソソーム治療）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>氏名：%1</translation>
    </message>
    <message>
        <source>Kana: %1</source>
        <translation>ふりがな：%1</translation>
    </message>
    <message>
        <source>Born: %1 (age %2)</source>
        <translation>生年月日：%1（%2歳）</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>回答日時：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>判定：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>記事：%1</translation>
    </message>
    <message>
        <source>Decision: not yet reviewed</source>
        <translation>医師の判断：未確認</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>医師の判断：%1</translation>
    </message>
    <message>
        <source>Doctor: %1 (%2)</source>
        <translation>医師：%1（%2）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>メモ：%1</translation>
    </message>
    <message>
        <source>Printed %1 by %2 · rule set %3 %4 · PreScreen %5</source>
        <translation>印刷 %1 %2 · ルールセット %3 %4 · PreScreen %5</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Flagged answers</source>
        <translation>確認が必要な回答</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>その他の回答</translation>
    </message>
    <message>
        <source>Doctor&apos;s decision</source>
        <translation>医師の判断</translation>
    </message>
    <message>
        <source>Doctor&apos;s signature or seal (印)</source>
        <translation>医師署名・印</translation>
    </message>
    <message>
        <source>Made %1 · rule set %2 %3 · PreScreen %4</source>
        <translation>作成 %1 · ルールセット %2 %3 · PreScreen %4</translation>
    </message>
</context>
<context>
    <name>ClosingScreen</name>
    <message numerus="yes">
        <source>This screen returns to the start in %n seconds.</source>
        <translation>
            <numerusform>この画面は%n秒後に最初の画面に戻ります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDeclinedScreen</name>
    <message>
        <source>Nothing has been kept</source>
        <translation>入力内容は保存していません</translation>
    </message>
    <message>
        <source>You did not agree, so we have not kept anything you entered on this tablet.</source>
        <translation>同意いただけなかったため、このタブレットに入力された内容は何も保存していません。</translation>
    </message>
    <message>
        <source>Please see the reception staff. You can still talk to the doctor.</source>
        <translation>受付のスタッフにお声がけください。医師へのご相談は引き続きできます。</translation>
    </message>
    <message>
        <source>Please return the tablet to reception.</source>
        <translation>タブレットを受付にお返しください。</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>最初の画面に戻る</translation>
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
        <translation>タッチして日付を選んでください</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Cancel</source>
        <translation>やめる</translation>
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
        <translation>何年代ですか？</translation>
    </message>
    <message>
        <source>Which year?</source>
        <translation>何年ですか？</translation>
    </message>
    <message>
        <source>Which month?</source>
        <translation>何月ですか？</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>何日ですか？</translation>
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
        <translation>メモ（カウンセリングへ進める場合は理由を記入）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>判断を保存</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>What the clinic holds about you</source>
        <translation>当院がお預かりしているあなたの情報</translation>
    </message>
    <message>
        <source>Made %1. Everything kept about each screening follows: what you entered, the result and why, the doctor&apos;s reviews, and who handled it when.</source>
        <translation>%1 作成。問診ごとにお預かりしている情報をすべて記載しています：ご入力の内容、判定とその理由、医師の確認、いつ誰が取り扱ったか。</translation>
    </message>
    <message>
        <source>Screening of %1</source>
        <translation>%1 の問診</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>医師の確認</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Who handled it</source>
        <translation>取り扱いの記録</translation>
    </message>
</context>
<context>
    <name>ExportDestinations</name>
    <message>
        <source>%1 is no longer there; put the medium back in or choose another place</source>
        <translation>%1 が見つかりません。差し込み直すか、別の保存先を選んでください</translation>
    </message>
    <message>
        <source>%1 is not a place exports go to</source>
        <translation>%1 は出力先として使えません</translation>
    </message>
    <message>
        <source>%1 already holds 999 exports of %2</source>
        <translation>%1 には %2 の出力ファイルがすでに999個あります</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Submitted at</source>
        <translation>回答日時</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Rules that fired</source>
        <translation>該当したルール</translation>
    </message>
    <message>
        <source>Doctor&apos;s decision</source>
        <translation>医師の判断</translation>
    </message>
    <message>
        <source>Doctor&apos;s note</source>
        <translation>医師のメモ</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>判断した医師</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>ルールセット</translation>
    </message>
    <message>
        <source>Answers to earlier questions</source>
        <translation>以前の質問への回答</translation>
    </message>
    <message>
        <source>Submission ID</source>
        <translation>回答ID</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>中国語（簡体字）</translation>
    </message>
    <message>
        <source>given</source>
        <translation>同意あり</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>回答一覧</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>集計</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>No rule fired</source>
        <translation>該当したルールはありません</translation>
    </message>
</context>
<context>
    <name>FhirQuestionnaire</name>
    <message>
        <source>The questions patients answer before counselling, as PreScreen asks them (rule set %1, version %2).</source>
        <translation>カウンセリングの前に患者さまにお答えいただく、PreScreen の事前問診の質問です（ルールセット %1、バージョン %2）。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
</context>
<context>
    <name>FirstAdminPage</name>
    <message>
        <source>First start: create the administrator account</source>
        <translation>初回起動：管理者アカウントの作成</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <source>Back to patient screen</source>
        <translation>患者用画面に戻る</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>アカウントを作成</translation>
    </message>
    <message>
        <source>There is no staff account yet. The administrator adds the accounts of the doctors and of reception afterwards. The password needs at least %1 characters.</source>
        <translation>スタッフアカウントがまだありません。医師と受付のアカウントは、このあと管理者が追加します。パスワードは%1文字以上にしてください。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>The two passwords differ. Please enter them again.</source>
        <translation>2つのパスワードが一致しません。もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>HandwritingPad</name>
    <message>
        <source>Write one character with your finger, then touch it below.</source>
        <translation>指で1文字書いて、下の候補から選んでください。</translation>
    </message>
    <message>
        <source>Write again</source>
        <translation>書き直す</translation>
    </message>
    <message>
        <source>Handwriting is not available on this tablet. Please use the other keys or ask at reception.</source>
        <translation>このタブレットでは手書き入力が使えません。ほかのキーを使うか、受付にお声がけください。</translation>
    </message>
</context>
<context>
    <name>HandwritingRecognizer</name>
    <message>
        <source>%1: no handwriting model for %2 (install %3)</source>
        <translation>%1: %2 の手書きモデルがありません（%3 をインストールしてください）</translation>
    </message>
</context>
<context>
    <name>JapaneseCalendar</name>
    <message>
        <source>Please choose an era and a year.</source>
        <translation>元号と年を選んでください。</translation>
    </message>
    <message>
        <source>This day does not exist. Please check the month and day.</source>
        <translation>この日付は存在しません。月と日をご確認ください。</translation>
    </message>
    <message>
        <source>This date is not in the era you chose. Please check the era and the year.</source>
        <translation>選んだ元号にこの日付はありません。元号と年をご確認ください。</translation>
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
        <translation>回答を保存できませんでした。お手数ですが、受付のスタッフにお知らせください。</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? For your privacy, this screen will be cleared in %n seconds. Touch the screen to continue.</source>
        <translation>
            <numerusform>まだご回答中ですか？個人情報保護のため、あと%n秒で画面の内容を消去します。続ける場合は画面に触れてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-treatment questionnaire</source>
        <translation>施術前問診票</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Send answers</source>
        <translation>回答を送信する</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Part 1 of 3: About you</source>
        <translation>3つのうち1つ目：ご本人について</translation>
    </message>
    <message>
        <source>Part 2 of 3: Your health</source>
        <translation>3つのうち2つ目：健康について</translation>
    </message>
    <message>
        <source>Part 3 of 3: Check and send</source>
        <translation>3つのうち3つ目：確認と送信</translation>
    </message>
    <message numerus="yes">
        <source>You were born on %1, so you are %n years old. Is this right?</source>
        <translation>
            <numerusform>生年月日は%1、%n歳です。よろしいですか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, that is right</source>
        <translation>はい、合っています</translation>
    </message>
    <message>
        <source>No, change it</source>
        <translation>いいえ、直します</translation>
    </message>
</context>
<context>
    <name>NameEntryPage</name>
    <message>
        <source>Hiragana</source>
        <translation>ひらがな</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>カタカナ</translation>
    </message>
    <message>
        <source>Handwriting</source>
        <translation>手書き</translation>
    </message>
    <message>
        <source>A B C</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>やめる</translation>
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation>⌫ 1文字消す</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>決定</translation>
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
        <translation>スタッフアカウントがまだありません</translation>
    </message>
    <message>
        <source>Staff accounts are not set up on this kiosk. The administrator creates the first account on the reception PC, or with the command prescreen admin create.</source>
        <translation>この端末ではスタッフアカウントが設定されていません。最初のアカウントは、管理者が受付のパソコンで、またはコマンド prescreen admin create で作成します。</translation>
    </message>
    <message>
        <source>Back to patient screen</source>
        <translation>患者用画面に戻る</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This tablet is not available at the moment.</source>
        <translation>このタブレットは現在ご利用いただけません。</translation>
    </message>
    <message>
        <source>Please see the reception staff. We are sorry for the inconvenience.</source>
        <translation>恐れ入りますが、受付のスタッフにお声がけください。ご不便をおかけして申し訳ございません。</translation>
    </message>
</context>
<context>
    <name>PatientFlow</name>
    <message>
        <source>Please enter your date of birth.</source>
        <translation>生年月日を入力してください。</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future. Please check it.</source>
        <translation>生年月日が未来の日付になっています。ご確認ください。</translation>
    </message>
    <message>
        <source>Please check the year of your date of birth.</source>
        <translation>生年月日の年をご確認ください。</translation>
    </message>
    <message>
        <source>Please enter a date.</source>
        <translation>日付を入力してください。</translation>
    </message>
    <message>
        <source>This date is in the future. Please check it.</source>
        <translation>未来の日付になっています。ご確認ください。</translation>
    </message>
    <message>
        <source>This date is before your date of birth. Please check it.</source>
        <translation>生年月日より前の日付になっています。ご確認ください。</translation>
    </message>
    <message>
        <source>Please choose an answer.</source>
        <translation>回答を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>This text is too long. Please shorten it to %n characters or fewer.</source>
        <translation>
            <numerusform>文章が長すぎます。%n文字以内にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>お名前を入力してください。</translation>
    </message>
</context>
<context>
    <name>PatientRequestsPage</name>
    <message>
        <source>A patient asks to see or delete their data</source>
        <translation>患者さんから情報の開示・削除の依頼</translation>
    </message>
    <message>
        <source>Type the name or the kana reading as the patient wrote it, and the date of birth.</source>
        <translation>患者さんが記入したとおりのお名前またはふりがなと、生年月日を入力してください。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <source>Kana reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Date of birth (1985-04-12)</source>
        <translation>生年月日（1985-04-12）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>USBメモリ・カード：%1</translation>
    </message>
    <message>
        <source>Exports folder (%1)</source>
        <translation>書き出し用フォルダ（%1）</translation>
    </message>
    <message>
        <source>Give a copy of everything (PDF and JSON)</source>
        <translation>すべての情報の写しを作成（PDF・JSON）</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <translation>すべて削除…</translation>
    </message>
    <message>
        <source>Give the name or the kana reading, and the date of birth.</source>
        <translation>お名前またはふりがなと、生年月日を入力してください。</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>検索できませんでした：%1</translation>
    </message>
    <message>
        <source>Nothing is held under this name and date of birth.</source>
        <translation>このお名前と生年月日でお預かりしている情報はありません。</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>写しを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>Everything held was written to %1</source>
        <translation>お預かりしている情報をすべて書き出しました：%1</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>削除していません：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) deleted at the patient&apos;s request.</source>
        <translation>
            <numerusform>患者さんのご依頼により問診 %n件を削除しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientScreen</name>
    <message>
        <source>About you</source>
        <translation>お名前と生年月日</translation>
    </message>
    <message>
        <source>e.g. Yamada Hanako</source>
        <translation>例：山田 花子</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <source>e.g. やまだ はなこ</source>
        <translation>例：やまだ はなこ</translation>
    </message>
    <message>
        <source>Reading of your name (kana, optional)</source>
        <translation>ふりがな（任意）</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <source>The reading of your name in kana</source>
        <translation>お名前のふりがな</translation>
    </message>
    <message>
        <source>Write by touch</source>
        <translation>文字盤で入力</translation>
    </message>
</context>
<context>
    <name>PdfSummary</name>
    <message>
        <source>PreScreen daily summary %1</source>
        <translation>PreScreen 日次サマリー %1</translation>
    </message>
    <message>
        <source>PreScreen daily summary</source>
        <translation>PreScreen 日次サマリー</translation>
    </message>
    <message>
        <source>Clinic day %1 (%2), rule set %3 %4</source>
        <translation>診療日 %1（%2）・ルールセット %3 %4</translation>
    </message>
    <message>
        <source>%1 submissions, %2 flagged and not yet reviewed</source>
        <translation>問診 %1件、うち要確認で未対応 %2件</translation>
    </message>
    <message>
        <source>By result</source>
        <translation>判定別</translation>
    </message>
    <message>
        <source>By rule</source>
        <translation>ルール別</translation>
    </message>
    <message>
        <source>No rule fired.</source>
        <translation>該当したルールはありません。</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>問診一覧</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>該当ルール</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>医師の判断</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>avoid</source>
        <translation>施術回避を推奨</translation>
    </message>
    <message>
        <source>decline</source>
        <translation>施術不可</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>proceed to counselling</source>
        <translation>カウンセリングに進む</translation>
    </message>
    <message>
        <source>do not treat</source>
        <translation>施術しない</translation>
    </message>
    <message>
        <source>needs more information</source>
        <translation>追加の確認が必要</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Audit log: %1 rows, last hash %2</source>
        <translation>監査ログ：%1 行、最終ハッシュ %2</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>印刷 %1（%2）</translation>
    </message>
    <message>
        <source>Clinic days %1 (%2), rule set %3 %4</source>
        <translation>診療日 %1（%2）・ルールセット %3 %4</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>Your personal information</source>
        <translation>個人情報の取り扱いについて</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>同意しない</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>同意する</translation>
    </message>
    <message>
        <source>• What we collect: your name, its reading in kana, your date of birth and your answers.</source>
        <translation>• お預かりする情報：お名前、ふりがな、生年月日、ご回答の内容</translation>
    </message>
    <message>
        <source>• What we collect: your name, your date of birth and your answers.</source>
        <translation>• お預かりする情報：お名前、生年月日、ご回答の内容</translation>
    </message>
    <message>
        <source>Your answers include information about your health. Under Japan&apos;s Act on the Protection of Personal Information this is special-care-required personal information, and we collect it only with your explicit consent.</source>
        <translation>ご回答には、健康に関する情報が含まれます。これは個人情報保護法上の「要配慮個人情報」にあたるため、ご本人の明確な同意をいただいた場合に限りお預かりします。</translation>
    </message>
    <message>
        <source>If you do not agree, you can still talk to the doctor: please ask at reception.</source>
        <translation>同意いただけない場合でも、医師にご相談いただけます。受付にお声がけください。</translation>
    </message>
    <message>
        <source>• Why: so that the doctor can prepare your counselling and check whether exosome therapy suits you. The answers are advice for the doctor, not a decision.
• Who sees them: only the doctors and staff of this clinic. We give them to no one else unless the law requires it.
• How long: for the period the clinic has set; then they are deleted.
• To see, correct or delete what we hold about you, ask at reception with your name and date of birth: we give you a copy of everything (PDF and JSON), and a deletion is confirmed by a second member of staff.</source>
        <translation>• 利用目的：医師がカウンセリングの準備をし、エクソソーム療法があなたに適しているかを確認するためです。ご回答は医師の参考資料であり、施術の可否を決めるものではありません。
• 閲覧する者：当院の医師とスタッフのみです。法令に基づく場合を除き、第三者に提供することはありません。
• 保管期間：当院が定める期間保管したのち、削除します。
• ご自身の情報の開示・訂正・削除をご希望の場合は、お名前と生年月日をお伝えのうえ受付までお申し出ください。お預かりしているすべての情報の写し（PDFとJSON）をお渡しします。削除は別のスタッフ1名が確認したうえで行います。</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>You may leave this empty.</source>
        <translation>空欄のままでもかまいません。</translation>
    </message>
    <message>
        <source>Write by touch</source>
        <translation>文字盤で入力</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Not reviewed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>該当項目</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>医師の判断</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Today&apos;s submissions</source>
        <translation>本日の問診</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未確認</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) today, %1 flagged and not yet reviewed.</source>
        <translation>
            <numerusform>本日の問診 %n件、うち要確認で未対応 %1件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>データベースに接続できません：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) on this tablet are waiting for the server.</source>
        <translation>
            <numerusform>この端末の問診 %n件がサーバーへの送信待ちです。</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ 前日</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>翌日 ▶</translation>
    </message>
    <message>
        <source>Search all days: name, kana or birth date (1985-04-12)</source>
        <translation>全日検索：氏名・ふりがな・生年月日（1985-04-12）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>検索：%1</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n submission(s) that match; type more of the name, or the birth date, to narrow it.</source>
        <translation>
            <numerusform>該当する最新の%n件です。氏名をさらに入力するか、生年月日で絞り込んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) match, newest first within each group.</source>
        <translation>
            <numerusform>該当%n件（未確認・確認済みそれぞれ新しい順）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) on this day, %1 flagged and not yet reviewed.</source>
        <translation>
            <numerusform>この日の回答%n件、うち要確認で未確認%1件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>過去30日間</translation>
    </message>
    <message>
        <source>Export a day</source>
        <translation>1日分を書き出す</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV（Excel用）</translation>
    </message>
    <message>
        <source>PDF for the paper file</source>
        <translation>PDF（紙の保管用）</translation>
    </message>
    <message>
        <source>FHIR JSON for the EHR</source>
        <translation>FHIR JSON（電子カルテ用）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期間</translation>
    </message>
    <message numerus="yes">
        <source>Delete submissions older than %n days</source>
        <translation>
            <numerusform>%n日より前の問診を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews pending: %1</source>
        <translation>医師の確認待ち：%1件</translation>
    </message>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>データベースに接続できません：%1</translation>
    </message>
    <message>
        <source>The rule set did not load; see the log.</source>
        <translation>ルールセットを読み込めませんでした。ログをご確認ください。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>書き出しに失敗しました：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) of %1 written to %2</source>
        <translation>
            <numerusform>%1 の問診 %n件を %2 に書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes submissions older than %n days for good. Press again to confirm.</source>
        <translation>
            <numerusform>%n日より前の問診を完全に削除します。よろしければもう一度押してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) deleted.</source>
        <translation>
            <numerusform>問診 %n件を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The purge failed: %1</source>
        <translation>削除に失敗しました：%1</translation>
    </message>
    <message>
        <source>The last backup cannot be read: %1</source>
        <translation>前回のバックアップの記録を読めません：%1</translation>
    </message>
    <message>
        <source>No backup has been made yet. Turn on the daily backup (prescreen-backup.timer) or run prescreen backup.</source>
        <translation>まだバックアップがありません。毎日のバックアップ（prescreen-backup.timer）を有効にするか、prescreen backup を実行してください。</translation>
    </message>
    <message>
        <source>The last backup failed (%1): %2</source>
        <translation>前回のバックアップは失敗しました（%1）：%2</translation>
    </message>
    <message>
        <source>The last backup is from %1, more than two days ago. Check the USB stick or the backup folder.</source>
        <translation>前回のバックアップは %1 で、2日以上前です。USBメモリまたはバックアップ先のフォルダを確認してください。</translation>
    </message>
    <message>
        <source>Last backup: %1, checked.</source>
        <translation>前回のバックアップ：%1（確認済み）</translation>
    </message>
    <message>
        <source>Look for USB sticks</source>
        <translation>USBメモリを探す</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>USBメモリ・カード：%1</translation>
    </message>
    <message>
        <source>Exports folder (%1)</source>
        <translation>書き出し用フォルダ（%1）</translation>
    </message>
    <message>
        <source>Choose where the export goes.</source>
        <translation>書き出し先を選んでください。</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel ブック</translation>
    </message>
    <message>
        <source>A patient&apos;s request</source>
        <translation>患者さんからの依頼</translation>
    </message>
    <message>
        <source>A patient asks to see or delete their data</source>
        <translation>患者さんから情報の開示・削除の依頼</translation>
    </message>
    <message>
        <source>The next export goes to %1</source>
        <translation>次の書き出し先：%1</translation>
    </message>
    <message>
        <source>the USB stick or disk is full, or was taken out. Nothing was written.</source>
        <translation>USBメモリまたはディスクがいっぱいか、抜かれました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>the database could not be read. Nothing was written.</source>
        <translation>データベースを読み取れませんでした。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>the file could not be written. Nothing was written.</source>
        <translation>ファイルを書き込めませんでした。何も書き込まれていません。</translation>
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
        <translation>回答内容のご確認</translation>
    </message>
    <message>
        <source>Touch &quot;Change&quot; to correct an answer. When everything is right, touch &quot;Send answers&quot;.</source>
        <translation>修正する場合は「変更」を押してください。内容に間違いがなければ「回答を送信する」を押してください。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Name and date of birth</source>
        <translation>お名前・生年月日</translation>
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
        <translation>ルールセット</translation>
    </message>
    <message>
        <source>The kiosk uses the active version from its next patient on. Without one it uses the built-in rule set.</source>
        <translation>問診タブレットは、次の患者さんから有効なバージョンを使います。有効なバージョンがないときは、組み込みのルールセットを使います。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Approve the selected version</source>
        <translation>選択したバージョンを承認</translation>
    </message>
    <message>
        <source>Make the selected version active</source>
        <translation>選択したバージョンを有効にする</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>The draft rule set file</source>
        <translation>下書きのルールセットファイル</translation>
    </message>
    <message>
        <source>Load the draft</source>
        <translation>下書きを読み込む</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Waiting for a doctor&apos;s approval</source>
        <translation>医師の承認待ち</translation>
    </message>
    <message>
        <source>Approved, not active</source>
        <translation>承認済み・未使用</translation>
    </message>
    <message>
        <source>Built-in rule set</source>
        <translation>組み込みのルールセット</translation>
    </message>
    <message>
        <source>Please select a version first.</source>
        <translation>先にバージョンを選んでください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The draft was not kept. Please correct it and load it again:</source>
        <translation>下書きは保存されていません。修正してから、もう一度読み込んでください:</translation>
    </message>
    <message>
        <source>Version #%1 (%2) is kept. A doctor other than you must approve it before the kiosk uses it.</source>
        <translation>バージョン #%1 (%2) を保存しました。問診タブレットで使う前に、あなた以外の医師の承認が必要です。</translation>
    </message>
    <message>
        <source>In the last %1 days, %2 submissions: %3 would get another result, %4 cannot be judged.</source>
        <translation>過去 %1 日間の回答 %2 件のうち、%3 件は結果が変わり、%4 件は判定できません。</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3 件</translation>
    </message>
    <message>
        <source>Rule %1 fires %2 times instead of %3.</source>
        <translation>ルール %1 の該当は %3 件から %2 件になります。</translation>
    </message>
    <message>
        <source>Never asked &quot;%1&quot;: %2 submissions, not judged.</source>
        <translation>「%1」を聞かれていない回答 %2 件は判定していません。</translation>
    </message>
    <message>
        <source>The built-in rule set needs no approval.</source>
        <translation>組み込みのルールセットに承認は不要です。</translation>
    </message>
    <message>
        <source>Version #%1 is approved and active; each kiosk changes at its next patient.</source>
        <translation>バージョン #%1 を承認し、有効にしました。各問診タブレットは次の患者さんから切り替わります。</translation>
    </message>
    <message>
        <source>The selected version is active; each kiosk changes at its next patient.</source>
        <translation>選択したバージョンを有効にしました。各問診タブレットは次の患者さんから切り替わります。</translation>
    </message>
    <message>
        <source>Rolled back to the version active before; each kiosk changes at its next patient.</source>
        <translation>前に有効だったバージョンに戻しました。各問診タブレットは次の患者さんから切り替わります。</translation>
    </message>
    <message>
        <source>Rule sets in the exports folder and on USB sticks…</source>
        <translation>出力フォルダとUSBメモリ内のルールセット…</translation>
    </message>
    <message>
        <source>%1 is not a rule set file: its name must end in .rules</source>
        <translation>%1 はルールセットのファイルではありません（ファイル名は .rules で終わる必要があります）</translation>
    </message>
    <message>
        <source>Approve version #%1? Each kiosk uses it from its next patient. Press the button again to approve it.</source>
        <translation>バージョン #%1 を承認しますか？各問診タブレットは次の患者さんからこのバージョンを使います。承認するには、もう一度ボタンを押してください。</translation>
    </message>
    <message>
        <source>%1 is the database itself under another name, not a rule set; it was not opened</source>
        <translation>%1 はデータベースそのもの（別名）で、ルールセットではありません。開いていません</translation>
    </message>
</context>
<context>
    <name>SecondPersonDialog</name>
    <message>
        <source>A second staff member confirms</source>
        <translation>別のスタッフによる確認</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) of this patient will be deleted for good. A second staff member confirms with their own login and PIN.</source>
        <translation>
            <numerusform>この患者さんの問診 %n件を完全に削除します。別のスタッフが自分のログイン名とPINで確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PINまたはパスワード</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除する</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Staff sign-in</source>
        <translation>スタッフ サインイン</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログインID</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PINまたはパスワード</translation>
    </message>
    <message>
        <source>Back to patient screen</source>
        <translation>患者用画面に戻る</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>The login or the PIN is not right. Please try again.</source>
        <translation>ログインIDまたはPINが正しくありません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>This account is disabled. Please ask an administrator.</source>
        <translation>このアカウントは無効です。管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>データベースに接続できません：%1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts on this device. Please wait %n seconds before trying again.</source>
        <translation>
            <numerusform>この端末での誤りが続いたため、%n秒お待ちのうえ再度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong attempts. An administrator can unlock it under Accounts; otherwise try again in %n minutes.</source>
        <translation>
            <numerusform>誤りが続いたため、このアカウントはロックされています。管理者が「アカウント」画面で解除できます。解除しない場合は%n分後に再度お試しください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffLabels</name>
    <message>
        <source>An administrator&apos;s password needs at least %1 characters: it opens every record and every account.</source>
        <translation>管理者のパスワードは%1文字以上が必要です。すべての記録とアカウントを開けるためです。</translation>
    </message>
    <message>
        <source>A PIN needs at least %1 digits: a shorter one can be guessed in minutes from a copy of the database.</source>
        <translation>PINは%1桁以上が必要です。短いPINは、データベースの複製から数分で推測されてしまいます。</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>Today&apos;s list</source>
        <translation>本日の一覧</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>サインイン中：%1</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Administrator account created. Sign in with it.</source>
        <translation>管理者アカウントを作成しました。このアカウントでサインインしてください。</translation>
    </message>
    <message>
        <source>Decision saved for %1.</source>
        <translation>%1さんの判断を保存しました。</translation>
    </message>
    <message>
        <source>Rule sets</source>
        <translation>ルールセット</translation>
    </message>
</context>
<context>
    <name>SubmissionPage</name>
    <message>
        <source>Born %1, age %2 · answered %3 in %4 · rule set %5 %6</source>
        <translation>生年月日 %1（%2歳）・回答 %3（%4）・ルールセット %5 %6</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>判定：%1</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>医師の判断の記録</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>まだ確認されていません。</translation>
    </message>
    <message>
        <source>(superseded)</source>
        <translation>（更新済み）</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>一覧に戻る</translation>
    </message>
    <message>
        <source>Please choose a decision.</source>
        <translation>判断を選んでください。</translation>
    </message>
    <message>
        <source>Proceeding despite this result needs a note that says why.</source>
        <translation>この判定で進める場合は、理由をメモに記入する必要があります。</translation>
    </message>
    <message>
        <source>No answer changed since the last screening.</source>
        <translation>前回の問診から変わった回答はありません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>未確認</translation>
    </message>
    <message numerus="yes">
        <source>Returning patient: %n earlier screening(s). The last, %1: %2; decision: %3. Answers that changed since are marked ●.</source>
        <translation>
            <numerusform>再来の患者さん：過去の問診%n件。前回 %1：%2、医師の判断：%3。前回から変わった回答に●を付けています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier screenings</source>
        <translation>過去の問診</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Thank you</source>
        <translation>ありがとうございました</translation>
    </message>
    <message>
        <source>Your answers have been sent. The doctor will go through them with you at your counselling.</source>
        <translation>回答を送信しました。カウンセリングの際に、医師がご回答の内容を一緒に確認いたします。</translation>
    </message>
    <message>
        <source>Please return the tablet to reception.</source>
        <translation>タブレットを受付にお返しください。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了する</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome. Before your counselling, please answer a few questions about your health. It takes about five minutes.</source>
        <translation>ようこそ。カウンセリングの前に、健康状態についていくつかの質問にお答えください。所要時間は5分ほどです。</translation>
    </message>
    <message>
        <source>Start in English</source>
        <translation>日本語ではじめる</translation>
    </message>
</context>
<context>
    <name>exosome-screening</name>
    <message>
        <source>Exosome therapy screening</source>
        <translation>エクソソーム療法 事前問診</translation>
    </message>
    <message>
        <source>What is your sex?</source>
        <translation>性別を教えてください。</translation>
    </message>
    <message>
        <source>Some questions apply only to women.</source>
        <translation>一部の質問は女性の方のみが対象です。</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Other / prefer not to say</source>
        <translation>その他・回答しない</translation>
    </message>
    <message>
        <source>Are you pregnant, or is there a chance that you might be pregnant?</source>
        <translation>現在妊娠していますか。または、妊娠している可能性はありますか。</translation>
    </message>
    <message>
        <source>If you are not sure, please choose &quot;Possibly&quot;.</source>
        <translation>わからない場合は「可能性がある・わからない」を選んでください。</translation>
    </message>
    <message>
        <source>Yes, I am pregnant</source>
        <translation>はい、妊娠しています</translation>
    </message>
    <message>
        <source>Possibly / I am not sure</source>
        <translation>可能性がある・わからない</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Are you currently breastfeeding?</source>
        <translation>現在授乳中ですか。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Have you ever been diagnosed with cancer?</source>
        <translation>これまでに、がんと診断されたことはありますか。</translation>
    </message>
    <message>
        <source>Include cancers that have been treated and are now in remission.</source>
        <translation>治療が終わり、現在は落ち着いているがんも含めてお答えください。</translation>
    </message>
    <message>
        <source>No, never</source>
        <translation>いいえ、一度もありません</translation>
    </message>
    <message>
        <source>Yes, I am under treatment or follow-up now</source>
        <translation>はい、現在治療中または経過観察中です</translation>
    </message>
    <message>
        <source>Yes, in the past (treatment has finished)</source>
        <translation>はい、過去にあります（治療は終了しています）</translation>
    </message>
    <message>
        <source>If you can, please tell us the type of cancer and the year of diagnosis.</source>
        <translation>差し支えなければ、がんの種類と診断された年を教えてください。</translation>
    </message>
    <message>
        <source>Have you ever had anaphylaxis or a severe allergic reaction?</source>
        <translation>これまでに、アナフィラキシーや重いアレルギー反応を起こしたことはありますか。</translation>
    </message>
    <message>
        <source>For example difficulty breathing, fainting, or needing emergency treatment.</source>
        <translation>例：息苦しくなった、意識が遠のいた、救急で治療を受けた、など。</translation>
    </message>
    <message>
        <source>Do you have any allergies, or a tendency to allergic reactions?</source>
        <translation>アレルギーやアレルギー体質はありますか。</translation>
    </message>
    <message>
        <source>For example to foods, medicines, pollen or metals.</source>
        <translation>例：食べ物、薬、花粉、金属など。</translation>
    </message>
    <message>
        <source>Please tell us what you are allergic to and what happened.</source>
        <translation>何に対するアレルギーか、どのような症状が出たかを教えてください。</translation>
    </message>
    <message>
        <source>Do you have an illness that is being treated or that continues over time?</source>
        <translation>現在治療中の病気や、持病はありますか。</translation>
    </message>
    <message>
        <source>For example diabetes, heart, kidney or liver disease, or an autoimmune disease.</source>
        <translation>例：糖尿病、心臓・腎臓・肝臓の病気、自己免疫疾患など。</translation>
    </message>
    <message>
        <source>Please tell us the name of the illness.</source>
        <translation>病名を教えてください。</translation>
    </message>
    <message>
        <source>Are you currently taking any medicines or supplements?</source>
        <translation>現在、服用している薬やサプリメントはありますか。</translation>
    </message>
    <message>
        <source>Please tell us the medicines or supplements you take.</source>
        <translation>服用している薬やサプリメントの名前を教えてください。</translation>
    </message>
    <message>
        <source>Have you had exosome treatment before?</source>
        <translation>これまでにエクソソームの施術を受けたことはありますか。</translation>
    </message>
    <message>
        <source>When was your most recent exosome treatment?</source>
        <translation>最後にエクソソームの施術を受けたのはいつですか。</translation>
    </message>
    <message>
        <source>Did you notice anything after a previous exosome treatment?</source>
        <translation>以前エクソソームの施術を受けたあと、気になる症状はありましたか。</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>あてはまるものをすべて選んでください。</translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation>特になし</translation>
    </message>
    <message>
        <source>Redness or swelling where it was given</source>
        <translation>施術した部位の赤み・腫れ</translation>
    </message>
    <message>
        <source>Tiredness or fatigue</source>
        <translation>だるさ・倦怠感</translation>
    </message>
    <message>
        <source>Rash, itching or hives</source>
        <translation>発疹・かゆみ・じんましん</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Are you planning to donate blood in the coming months?</source>
        <translation>今後数か月のうちに献血をする予定はありますか。</translation>
    </message>
    <message>
        <source>Is there anything else you would like the doctor to know?</source>
        <translation>そのほか、医師に伝えておきたいことがあればご記入ください。</translation>
    </message>
    <message>
        <source>The patient reports being pregnant. The clinic does not give exosome treatment during pregnancy.</source>
        <translation>妊娠中との回答です。当院では妊娠中の方へのエクソソーム療法は行っていません。</translation>
    </message>
    <message>
        <source>エクソソーム療法を避けたほうがよい人</source>
        <translation>エクソソーム療法を避けたほうがよい人</translation>
    </message>
    <message>
        <source>妊娠中または授乳中の人</source>
        <translation>妊娠中または授乳中の人</translation>
    </message>
    <message>
        <source>The patient may be pregnant. The article advises treatment only when there is no chance of pregnancy; confirm before counselling.</source>
        <translation>妊娠の可能性があるとの回答です。記事では妊娠の可能性がない時期の施術を勧めています。カウンセリング前にご確認ください。</translation>
    </message>
    <message>
        <source>The patient is breastfeeding. The clinic does not give exosome treatment while breastfeeding.</source>
        <translation>授乳中との回答です。当院では授乳中の方へのエクソソーム療法は行っていません。</translation>
    </message>
    <message>
        <source>The patient reports a cancer diagnosis, current or past. The clinic does not treat patients who have been diagnosed with cancer.</source>
        <translation>がんの診断歴（現在または過去）があるとの回答です。当院では、がんと診断されたことのある方（治療中・治療後を問いません）へのエクソソーム療法は行っていません。</translation>
    </message>
    <message>
        <source>がんの治療中または既往歴のある人</source>
        <translation>がんの治療中または既往歴のある人</translation>
    </message>
    <message>
        <source>The patient reports anaphylaxis or a severe allergic reaction. The article advises against treatment for people with severe allergies.</source>
        <translation>アナフィラキシーまたは重いアレルギー反応の既往があるとの回答です。記事では重度のアレルギー体質の方は施術を避けるよう勧めています。</translation>
    </message>
    <message>
        <source>重度のアレルギー体質の人</source>
        <translation>重度のアレルギー体質の人</translation>
    </message>
    <message>
        <source>The patient reports an allergy or allergic constitution. Discuss the risk of an allergic reaction at counselling.</source>
        <translation>アレルギーまたはアレルギー体質があるとの回答です。カウンセリングでアレルギー反応のリスクについてご相談ください。</translation>
    </message>
    <message>
        <source>エクソソームで考えられる危険性</source>
        <translation>エクソソームで考えられる危険性</translation>
    </message>
    <message>
        <source>アレルギー反応の可能性</source>
        <translation>アレルギー反応の可能性</translation>
    </message>
    <message>
        <source>The patient had a rash, itching or hives after a previous exosome treatment, a possible allergic reaction.</source>
        <translation>以前のエクソソーム施術後に発疹・かゆみ・じんましんが出ています。アレルギー反応の可能性があります。</translation>
    </message>
    <message>
        <source>The patient reports side effects after a previous exosome treatment. Ask what happened and how long it lasted.</source>
        <translation>以前のエクソソーム施術後に副作用があったとの回答です。症状と続いた期間をご確認ください。</translation>
    </message>
    <message>
        <source>エクソソーム療法で気になるポイント</source>
        <translation>エクソソーム療法で気になるポイント</translation>
    </message>
    <message>
        <source>副作用が出た場合の対処法</source>
        <translation>副作用が出た場合の対処法</translation>
    </message>
    <message>
        <source>The last exosome treatment was less than 14 days ago. The usual interval is every two to three weeks.</source>
        <translation>前回のエクソソーム施術から14日未満です。通常の施術間隔は2〜3週間に1回程度です。</translation>
    </message>
    <message>
        <source>施術の頻度はどのくらい?</source>
        <translation>施術の頻度はどのくらい?</translation>
    </message>
    <message>
        <source>The patient has an illness under treatment or ongoing. Consider whether treatment could worsen it.</source>
        <translation>治療中の病気または持病があるとの回答です。施術により悪化するおそれがないかご検討ください。</translation>
    </message>
    <message>
        <source>そのほかの持病がある人</source>
        <translation>そのほかの持病がある人</translation>
    </message>
    <message>
        <source>The patient takes medicines or supplements. Review them at counselling.</source>
        <translation>服用中の薬またはサプリメントがあるとの回答です。カウンセリングで内容をご確認ください。</translation>
    </message>
    <message>
        <source>リスクを軽減して施術を受けるために</source>
        <translation>リスクを軽減して施術を受けるために</translation>
    </message>
    <message>
        <source>施術前の丁寧なカウンセリング</source>
        <translation>施術前の丁寧なカウンセリング</translation>
    </message>
    <message>
        <source>The patient plans to donate blood. There is no published guidance on donating after exosome treatment; advise the patient to consult before donating.</source>
        <translation>献血の予定があるとの回答です。施術後の献血について公表された基準はありません。献血の前に医師や献血機関へ相談するようご案内ください。</translation>
    </message>
    <message>
        <source>施術後に献血はできる?</source>
        <translation>施術後に献血はできる?</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>妊娠中</translation>
    </message>
    <message>
        <source>Possibly pregnant</source>
        <translation>妊娠の可能性</translation>
    </message>
    <message>
        <source>Breastfeeding</source>
        <translation>授乳中</translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation>がんの診断歴（治療中・既往）</translation>
    </message>
    <message>
        <source>Anaphylaxis or severe allergy</source>
        <translation>アナフィラキシー・重度のアレルギー</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <source>Rash or itching after exosome treatment</source>
        <translation>前回施術後の発疹・かゆみ</translation>
    </message>
    <message>
        <source>Side effects after exosome treatment</source>
        <translation>前回施術後の副作用</translation>
    </message>
    <message>
        <source>Less than 14 days since the last treatment</source>
        <translation>前回施術から14日未満</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>持病（治療中・継続中の病気）</translation>
    </message>
    <message>
        <source>Medicines or supplements</source>
        <translation>服用中の薬・サプリメント</translation>
    </message>
    <message>
        <source>Plans to donate blood</source>
        <translation>献血の予定</translation>
    </message>
    <message>
        <source>Please choose the exact day. You can find it on your receipt or appointment card.</source>
        <translation>施術を受けた日をお選びください。領収書や診察券に記載があります。</translation>
    </message>
</context>
</TS>
