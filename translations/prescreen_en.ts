<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Disable or enable the selected account</source>
        <translation>Disable or enable the selected account</translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation>New PIN or password</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <source>Please select an account first.</source>
        <translation>Please select an account first.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>The PIN was reset.</source>
        <translation>The PIN was reset.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>The account was unlocked.</source>
        <translation>The account was unlocked.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Account %1 added as %2.</source>
        <translation>Account %1 added as %2.</translation>
    </message>
</context>
<context>
    <name>AnswerFormat</name>
    <message>
        <source>No flags</source>
        <translation>No flags</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Avoid (doctor may overrule)</source>
        <translation>Avoid (doctor may overrule)</translation>
    </message>
    <message>
        <source>Decline (clinic policy)</source>
        <translation>Decline (clinic policy)</translation>
    </message>
    <message>
        <source>Proceed to counselling</source>
        <translation>Proceed to counselling</translation>
    </message>
    <message>
        <source>Do not treat</source>
        <translation>Do not treat</translation>
    </message>
    <message>
        <source>Needs more information</source>
        <translation>Needs more information</translation>
    </message>
</context>
<context>
    <name>AnswerSheet</name>
    <message>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>● Changed since %1 (was: %2)</source>
        <translation>● Changed since %1 (was: %2)</translation>
    </message>
    <message>
        <source>In the patient&apos;s own words</source>
        <translation>In the patient&apos;s own words</translation>
    </message>
    <message>
        <source>Flagged answers</source>
        <translation>Flagged answers</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Article: %1</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>Other answers</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <source>Record for the chart (PDF)</source>
        <translation>Record for the chart (PDF)</translation>
    </message>
    <message>
        <source>Copy for the chart</source>
        <translation>Copy for the chart</translation>
    </message>
    <message>
        <source>Not done: the audit log cannot be written (%1).</source>
        <translation>Not done: the audit log cannot be written (%1).</translation>
    </message>
    <message>
        <source>The record could not be saved: %1</source>
        <translation>The record could not be saved: %1</translation>
    </message>
    <message>
        <source>Record saved: %1</source>
        <translation>Record saved: %1</translation>
    </message>
    <message>
        <source>Copied for the chart: paste it into the patient&apos;s note.</source>
        <translation>Copied for the chart: paste it into the patient&apos;s note.</translation>
    </message>
</context>
<context>
    <name>ChartRecord</name>
    <message>
        <source>Pre-treatment questionnaire (exosome therapy)</source>
        <translation>Pre-treatment questionnaire (exosome therapy)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Kana: %1</source>
        <translation>Kana: %1</translation>
    </message>
    <message>
        <source>Born: %1 (age %2)</source>
        <translation>Born: %1 (age %2)</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Answered: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Article: %1</translation>
    </message>
    <message>
        <source>Decision: not yet reviewed</source>
        <translation>Decision: not yet reviewed</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <source>Doctor: %1 (%2)</source>
        <translation>Doctor: %1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Printed %1 by %2 · rule set %3 %4 · PreScreen %5</source>
        <translation>Printed %1 by %2 · rule set %3 %4 · PreScreen %5</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Flagged answers</source>
        <translation>Flagged answers</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>Other answers</translation>
    </message>
    <message>
        <source>Doctor&apos;s decision</source>
        <translation>Doctor&apos;s decision</translation>
    </message>
    <message>
        <source>Doctor&apos;s signature or seal (印)</source>
        <translation>Doctor&apos;s signature or seal (印)</translation>
    </message>
    <message>
        <source>Made %1 · rule set %2 %3 · PreScreen %4</source>
        <translation>Made %1 · rule set %2 %3 · PreScreen %4</translation>
    </message>
</context>
<context>
    <name>ClosingScreen</name>
    <message numerus="yes">
        <source>This screen returns to the start in %n seconds.</source>
        <translation>
            <numerusform>This screen returns to the start in %n second.</numerusform>
            <numerusform>This screen returns to the start in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDeclinedScreen</name>
    <message>
        <source>Nothing has been kept</source>
        <translation>Nothing has been kept</translation>
    </message>
    <message>
        <source>You did not agree, so we have not kept anything you entered on this tablet.</source>
        <translation>You did not agree, so we have not kept anything you entered on this tablet.</translation>
    </message>
    <message>
        <source>Please see the reception staff. You can still talk to the doctor.</source>
        <translation>Please see the reception staff. You can still talk to the doctor.</translation>
    </message>
    <message>
        <source>Please return the tablet to reception.</source>
        <translation>Please return the tablet to reception.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>%1 (month)</source>
        <comment>a month in a date: 6月</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Touch to choose the date</source>
        <translation>Touch to choose the date</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>a decade: 1950年代</comment>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1 (year)</source>
        <comment>a Western year in a date: 1985年</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Which decade?</source>
        <translation>Which decade?</translation>
    </message>
    <message>
        <source>Which year?</source>
        <translation>Which year?</translation>
    </message>
    <message>
        <source>Which month?</source>
        <translation>Which month?</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>Which day?</translation>
    </message>
    <message>
        <source>%1 (day)</source>
        <comment>a day in a date: 12日</comment>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Note (proceeding overrules the advice: write why)</source>
        <translation>Note (proceeding overrules the advice: write why)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Save decision</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>What the clinic holds about you</source>
        <translation>What the clinic holds about you</translation>
    </message>
    <message>
        <source>Made %1. Everything kept about each screening follows: what you entered, the result and why, the doctor&apos;s reviews, and who handled it when.</source>
        <translation>Made %1. Everything kept about each screening follows: what you entered, the result and why, the doctor&apos;s reviews, and who handled it when.</translation>
    </message>
    <message>
        <source>Screening of %1</source>
        <translation>Screening of %1</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Who handled it</source>
        <translation>Who handled it</translation>
    </message>
</context>
<context>
    <name>ExportDestinations</name>
    <message>
        <source>%1 is no longer there; put the medium back in or choose another place</source>
        <translation>%1 is no longer there; put the medium back in or choose another place</translation>
    </message>
    <message>
        <source>%1 is not a place exports go to</source>
        <translation>%1 is not a place exports go to</translation>
    </message>
    <message>
        <source>%1 already holds 999 exports of %2</source>
        <translation>%1 already holds 999 exports of %2</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Submitted at</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>Reading (kana)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Rules that fired</source>
        <translation>Rules that fired</translation>
    </message>
    <message>
        <source>Doctor&apos;s decision</source>
        <translation>Doctor&apos;s decision</translation>
    </message>
    <message>
        <source>Doctor&apos;s note</source>
        <translation>Doctor&apos;s note</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <source>Answers to earlier questions</source>
        <translation>Answers to earlier questions</translation>
    </message>
    <message>
        <source>Submission ID</source>
        <translation>Submission ID</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>Simplified Chinese</translation>
    </message>
    <message>
        <source>given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>No rule fired</source>
        <translation>No rule fired</translation>
    </message>
</context>
<context>
    <name>FhirQuestionnaire</name>
    <message>
        <source>The questions patients answer before counselling, as PreScreen asks them (rule set %1, version %2).</source>
        <translation>The questions patients answer before counselling, as PreScreen asks them (rule set %1, version %2).</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>FirstAdminPage</name>
    <message>
        <source>First start: create the administrator account</source>
        <translation>First start: create the administrator account</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>Back to patient screen</source>
        <translation>Back to patient screen</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>There is no staff account yet. The administrator adds the accounts of the doctors and of reception afterwards. The password needs at least %1 characters.</source>
        <translation>There is no staff account yet. The administrator adds the accounts of the doctors and of reception afterwards. The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The two passwords differ. Please enter them again.</source>
        <translation>The two passwords differ. Please enter them again.</translation>
    </message>
</context>
<context>
    <name>HandwritingPad</name>
    <message>
        <source>Write one character with your finger, then touch it below.</source>
        <translation>Write one character with your finger, then touch it below.</translation>
    </message>
    <message>
        <source>Write again</source>
        <translation>Write again</translation>
    </message>
    <message>
        <source>Handwriting is not available on this tablet. Please use the other keys or ask at reception.</source>
        <translation>Handwriting is not available on this tablet. Please use the other keys or ask at reception.</translation>
    </message>
</context>
<context>
    <name>HandwritingRecognizer</name>
    <message>
        <source>%1: no handwriting model for %2 (install %3)</source>
        <translation>%1: no handwriting model for %2 (install %3)</translation>
    </message>
</context>
<context>
    <name>JapaneseCalendar</name>
    <message>
        <source>Please choose an era and a year.</source>
        <translation>Please choose an era and a year.</translation>
    </message>
    <message>
        <source>This day does not exist. Please check the month and day.</source>
        <translation>This day does not exist. Please check the month and day.</translation>
    </message>
    <message>
        <source>This date is not in the era you chose. Please check the era and the year.</source>
        <translation>This date is not in the era you chose. Please check the era and the year.</translation>
    </message>
</context>
<context>
    <name>KanaKeyboard</name>
    <message>
        <source>small</source>
        <comment>the key that makes the last kana small: 小</comment>
        <translation>small</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Your answers could not be saved. Please tell the reception staff.</source>
        <translation>Your answers could not be saved. Please tell the reception staff.</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? For your privacy, this screen will be cleared in %n seconds. Touch the screen to continue.</source>
        <translation>
            <numerusform>Are you still there? For your privacy, this screen will be cleared in %n second. Touch the screen to continue.</numerusform>
            <numerusform>Are you still there? For your privacy, this screen will be cleared in %n seconds. Touch the screen to continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-treatment questionnaire</source>
        <translation>Pre-treatment questionnaire</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Send answers</source>
        <translation>Send answers</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Part 1 of 3: About you</source>
        <translation>Part 1 of 3: About you</translation>
    </message>
    <message>
        <source>Part 2 of 3: Your health</source>
        <translation>Part 2 of 3: Your health</translation>
    </message>
    <message>
        <source>Part 3 of 3: Check and send</source>
        <translation>Part 3 of 3: Check and send</translation>
    </message>
    <message numerus="yes">
        <source>You were born on %1, so you are %n years old. Is this right?</source>
        <translation>
            <numerusform>You were born on %1, so you are %n year old. Is this right?</numerusform>
            <numerusform>You were born on %1, so you are %n years old. Is this right?</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, that is right</source>
        <translation>Yes, that is right</translation>
    </message>
    <message>
        <source>No, change it</source>
        <translation>No, change it</translation>
    </message>
</context>
<context>
    <name>NameEntryPage</name>
    <message>
        <source>Hiragana</source>
        <translation>Hiragana</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>Katakana</translation>
    </message>
    <message>
        <source>Handwriting</source>
        <translation>Handwriting</translation>
    </message>
    <message>
        <source>A B C</source>
        <translation>A B C</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation>⌫ Delete</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>1 2 3</source>
        <translation>1 2 3</translation>
    </message>
    <message>
        <source>a b c</source>
        <translation>a b c</translation>
    </message>
    <message>
        <source># + =</source>
        <translation># + =</translation>
    </message>
</context>
<context>
    <name>NoAccountYetPage</name>
    <message>
        <source>No staff account yet</source>
        <translation>No staff account yet</translation>
    </message>
    <message>
        <source>Staff accounts are not set up on this kiosk. The administrator creates the first account on the reception PC, or with the command prescreen admin create.</source>
        <translation>Staff accounts are not set up on this kiosk. The administrator creates the first account on the reception PC, or with the command prescreen admin create.</translation>
    </message>
    <message>
        <source>Back to patient screen</source>
        <translation>Back to patient screen</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This tablet is not available at the moment.</source>
        <translation>This tablet is not available at the moment.</translation>
    </message>
    <message>
        <source>Please see the reception staff. We are sorry for the inconvenience.</source>
        <translation>Please see the reception staff. We are sorry for the inconvenience.</translation>
    </message>
</context>
<context>
    <name>PatientFlow</name>
    <message>
        <source>Please enter your date of birth.</source>
        <translation>Please enter your date of birth.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future. Please check it.</source>
        <translation>The date of birth cannot be in the future. Please check it.</translation>
    </message>
    <message>
        <source>Please check the year of your date of birth.</source>
        <translation>Please check the year of your date of birth.</translation>
    </message>
    <message>
        <source>Please enter a date.</source>
        <translation>Please enter a date.</translation>
    </message>
    <message>
        <source>This date is in the future. Please check it.</source>
        <translation>This date is in the future. Please check it.</translation>
    </message>
    <message>
        <source>This date is before your date of birth. Please check it.</source>
        <translation>This date is before your date of birth. Please check it.</translation>
    </message>
    <message>
        <source>Please choose an answer.</source>
        <translation>Please choose an answer.</translation>
    </message>
    <message numerus="yes">
        <source>This text is too long. Please shorten it to %n characters or fewer.</source>
        <translation>
            <numerusform>This text is too long. Please shorten it to %n character or fewer.</numerusform>
            <numerusform>This text is too long. Please shorten it to %n characters or fewer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Please enter your name.</translation>
    </message>
</context>
<context>
    <name>PatientRequestsPage</name>
    <message>
        <source>A patient asks to see or delete their data</source>
        <translation>A patient asks to see or delete their data</translation>
    </message>
    <message>
        <source>Type the name or the kana reading as the patient wrote it, and the date of birth.</source>
        <translation>Type the name or the kana reading as the patient wrote it, and the date of birth.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kana reading</source>
        <translation>Kana reading</translation>
    </message>
    <message>
        <source>Date of birth (1985-04-12)</source>
        <translation>Date of birth (1985-04-12)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>USB stick or card: %1</translation>
    </message>
    <message>
        <source>Exports folder (%1)</source>
        <translation>Exports folder (%1)</translation>
    </message>
    <message>
        <source>Give a copy of everything (PDF and JSON)</source>
        <translation>Give a copy of everything (PDF and JSON)</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <translation>Delete everything…</translation>
    </message>
    <message>
        <source>Give the name or the kana reading, and the date of birth.</source>
        <translation>Give the name or the kana reading, and the date of birth.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>Nothing is held under this name and date of birth.</source>
        <translation>Nothing is held under this name and date of birth.</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>The copy failed: %1</translation>
    </message>
    <message>
        <source>Everything held was written to %1</source>
        <translation>Everything held was written to %1</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Nothing was deleted: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) deleted at the patient&apos;s request.</source>
        <translation>
            <numerusform>%n submission deleted at the patient&apos;s request.</numerusform>
            <numerusform>%n submissions deleted at the patient&apos;s request.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientScreen</name>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>e.g. Yamada Hanako</source>
        <translation>e.g. Yamada Hanako</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>e.g. やまだ はなこ</source>
        <translation>e.g. やまだ はなこ</translation>
    </message>
    <message>
        <source>Reading of your name (kana, optional)</source>
        <translation>Reading of your name (kana, optional)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>Your date of birth</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Your full name</translation>
    </message>
    <message>
        <source>The reading of your name in kana</source>
        <translation>The reading of your name in kana</translation>
    </message>
    <message>
        <source>Write by touch</source>
        <translation>Write by touch</translation>
    </message>
</context>
<context>
    <name>PdfSummary</name>
    <message>
        <source>PreScreen daily summary %1</source>
        <translation>PreScreen daily summary %1</translation>
    </message>
    <message>
        <source>PreScreen daily summary</source>
        <translation>PreScreen daily summary</translation>
    </message>
    <message>
        <source>Clinic day %1 (%2), rule set %3 %4</source>
        <translation>Clinic day %1 (%2), rule set %3 %4</translation>
    </message>
    <message>
        <source>%1 submissions, %2 flagged and not yet reviewed</source>
        <translation>%1 submissions, %2 flagged and not yet reviewed</translation>
    </message>
    <message>
        <source>By result</source>
        <translation>By result</translation>
    </message>
    <message>
        <source>By rule</source>
        <translation>By rule</translation>
    </message>
    <message>
        <source>No rule fired.</source>
        <translation>No rule fired.</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>No flags</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>avoid</source>
        <translation>Avoid (doctor may overrule)</translation>
    </message>
    <message>
        <source>decline</source>
        <translation>Decline (clinic policy)</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>not reviewed</translation>
    </message>
    <message>
        <source>proceed to counselling</source>
        <translation>proceed to counselling</translation>
    </message>
    <message>
        <source>do not treat</source>
        <translation>do not treat</translation>
    </message>
    <message>
        <source>needs more information</source>
        <translation>needs more information</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Audit log: %1 rows, last hash %2</source>
        <translation>Audit log: %1 rows, last hash %2</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Printed %1 by %2</translation>
    </message>
    <message>
        <source>Clinic days %1 (%2), rule set %3 %4</source>
        <translation>Clinic days %1 (%2), rule set %3 %4</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>Your personal information</source>
        <translation>Your personal information</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>I do not agree</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>• What we collect: your name, its reading in kana, your date of birth and your answers.</source>
        <translation>• What we collect: your name, its reading in kana, your date of birth and your answers.</translation>
    </message>
    <message>
        <source>• What we collect: your name, your date of birth and your answers.</source>
        <translation>• What we collect: your name, your date of birth and your answers.</translation>
    </message>
    <message>
        <source>Your answers include information about your health. Under Japan&apos;s Act on the Protection of Personal Information this is special-care-required personal information, and we collect it only with your explicit consent.</source>
        <translation>Your answers include information about your health. Under Japan&apos;s Act on the Protection of Personal Information this is special-care-required personal information, and we collect it only with your explicit consent.</translation>
    </message>
    <message>
        <source>If you do not agree, you can still talk to the doctor: please ask at reception.</source>
        <translation>If you do not agree, you can still talk to the doctor: please ask at reception.</translation>
    </message>
    <message>
        <source>• Why: so that the doctor can prepare your counselling and check whether exosome therapy suits you. The answers are advice for the doctor, not a decision.
• Who sees them: only the doctors and staff of this clinic. We give them to no one else unless the law requires it.
• How long: for the period the clinic has set; then they are deleted.
• To see, correct or delete what we hold about you, ask at reception with your name and date of birth: we give you a copy of everything (PDF and JSON), and a deletion is confirmed by a second member of staff.</source>
        <translation>• Why: so that the doctor can prepare your counselling and check whether exosome therapy suits you. The answers are advice for the doctor, not a decision.
• Who sees them: only the doctors and staff of this clinic. We give them to no one else unless the law requires it.
• How long: for the period the clinic has set; then they are deleted.
• To see, correct or delete what we hold about you, ask at reception with your name and date of birth: we give you a copy of everything (PDF and JSON), and a deletion is confirmed by a second member of staff.</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>You may leave this empty.</source>
        <translation>You may leave this empty.</translation>
    </message>
    <message>
        <source>Write by touch</source>
        <translation>Write by touch</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Today&apos;s submissions</source>
        <translation>Today&apos;s submissions</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) today, %1 flagged and not yet reviewed.</source>
        <translation>
            <numerusform>%n submission today, %1 flagged and not yet reviewed.</numerusform>
            <numerusform>%n submissions today, %1 flagged and not yet reviewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>The database cannot be reached: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) on this tablet are waiting for the server.</source>
        <translation>
            <numerusform>%n submission on this tablet is waiting for the server.</numerusform>
            <numerusform>%n submissions on this tablet are waiting for the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Previous day</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Next day ▶</translation>
    </message>
    <message>
        <source>Search all days: name, kana or birth date (1985-04-12)</source>
        <translation>Search all days: name, kana or birth date (1985-04-12)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n submission(s) that match; type more of the name, or the birth date, to narrow it.</source>
        <translation>
            <numerusform>The latest %n submission that match; type more of the name, or the birth date, to narrow it.</numerusform>
            <numerusform>The latest %n submissions that match; type more of the name, or the birth date, to narrow it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) match, newest first within each group.</source>
        <translation>
            <numerusform>%n submission match, newest first within each group.</numerusform>
            <numerusform>%n submissions match, newest first within each group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) on this day, %1 flagged and not yet reviewed.</source>
        <translation>
            <numerusform>%n submission on this day, %1 flagged and not yet reviewed.</numerusform>
            <numerusform>%n submissions on this day, %1 flagged and not yet reviewed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>The last 30 days</translation>
    </message>
    <message>
        <source>Export a day</source>
        <translation>Export a day</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV for Excel</translation>
    </message>
    <message>
        <source>PDF for the paper file</source>
        <translation>PDF for the paper file</translation>
    </message>
    <message>
        <source>FHIR JSON for the EHR</source>
        <translation>FHIR JSON for the EHR</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message numerus="yes">
        <source>Delete submissions older than %n days</source>
        <translation>
            <numerusform>Delete submissions older than %n day</numerusform>
            <numerusform>Delete submissions older than %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews pending: %1</source>
        <translation>Reviews pending: %1</translation>
    </message>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>The database cannot be reached: %1</translation>
    </message>
    <message>
        <source>The rule set did not load; see the log.</source>
        <translation>The rule set did not load; see the log.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) of %1 written to %2</source>
        <translation>
            <numerusform>%n submission of %1 written to %2</numerusform>
            <numerusform>%n submissions of %1 written to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes submissions older than %n days for good. Press again to confirm.</source>
        <translation>
            <numerusform>This deletes submissions older than %n day for good. Press again to confirm.</numerusform>
            <numerusform>This deletes submissions older than %n days for good. Press again to confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) deleted.</source>
        <translation>
            <numerusform>%n submission deleted.</numerusform>
            <numerusform>%n submissions deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The purge failed: %1</source>
        <translation>The purge failed: %1</translation>
    </message>
    <message>
        <source>The last backup cannot be read: %1</source>
        <translation>The last backup cannot be read: %1</translation>
    </message>
    <message>
        <source>No backup has been made yet. Turn on the daily backup (prescreen-backup.timer) or run prescreen backup.</source>
        <translation>No backup has been made yet. Turn on the daily backup (prescreen-backup.timer) or run prescreen backup.</translation>
    </message>
    <message>
        <source>The last backup failed (%1): %2</source>
        <translation>The last backup failed (%1): %2</translation>
    </message>
    <message>
        <source>The last backup is from %1, more than two days ago. Check the USB stick or the backup folder.</source>
        <translation>The last backup is from %1, more than two days ago. Check the USB stick or the backup folder.</translation>
    </message>
    <message>
        <source>Last backup: %1, checked.</source>
        <translation>Last backup: %1, checked.</translation>
    </message>
    <message>
        <source>Look for USB sticks</source>
        <translation>Look for USB sticks</translation>
    </message>
    <message>
        <source>USB stick or card: %1</source>
        <translation>USB stick or card: %1</translation>
    </message>
    <message>
        <source>Exports folder (%1)</source>
        <translation>Exports folder (%1)</translation>
    </message>
    <message>
        <source>Choose where the export goes.</source>
        <translation>Choose where the export goes.</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>A patient&apos;s request</source>
        <translation>A patient&apos;s request</translation>
    </message>
    <message>
        <source>A patient asks to see or delete their data</source>
        <translation>A patient asks to see or delete their data</translation>
    </message>
    <message>
        <source>The next export goes to %1</source>
        <translation>The next export goes to %1</translation>
    </message>
    <message>
        <source>the USB stick or disk is full, or was taken out. Nothing was written.</source>
        <translation>the USB stick or disk is full, or was taken out. Nothing was written.</translation>
    </message>
    <message>
        <source>the database could not be read. Nothing was written.</source>
        <translation>the database could not be read. Nothing was written.</translation>
    </message>
    <message>
        <source>the file could not be written. Nothing was written.</source>
        <translation>the file could not be written. Nothing was written.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>(no answer)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between answers in a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>Please check your answers</translation>
    </message>
    <message>
        <source>Touch &quot;Change&quot; to correct an answer. When everything is right, touch &quot;Send answers&quot;.</source>
        <translation>Touch &quot;Change&quot; to correct an answer. When everything is right, touch &quot;Send answers&quot;.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Name and date of birth</source>
        <translation>Name and date of birth</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a date as QLocale formats it: yyyy年M月d日</comment>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>RuleSetText</name>
    <message>
        <source>, </source>
        <comment>between the titles of fired rules in a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Rule sets</source>
        <translation>Rule sets</translation>
    </message>
    <message>
        <source>The kiosk uses the active version from its next patient on. Without one it uses the built-in rule set.</source>
        <translation>The kiosk uses the active version from its next patient on. Without one it uses the built-in rule set.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Loaded</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Approve the selected version</source>
        <translation>Approve the selected version</translation>
    </message>
    <message>
        <source>Make the selected version active</source>
        <translation>Make the selected version active</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Roll back</translation>
    </message>
    <message>
        <source>The draft rule set file</source>
        <translation>The draft rule set file</translation>
    </message>
    <message>
        <source>Load the draft</source>
        <translation>Load the draft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Waiting for a doctor&apos;s approval</source>
        <translation>Waiting for a doctor&apos;s approval</translation>
    </message>
    <message>
        <source>Approved, not active</source>
        <translation>Approved, not active</translation>
    </message>
    <message>
        <source>Built-in rule set</source>
        <translation>Built-in rule set</translation>
    </message>
    <message>
        <source>Please select a version first.</source>
        <translation>Please select a version first.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The draft was not kept. Please correct it and load it again:</source>
        <translation>The draft was not kept. Please correct it and load it again:</translation>
    </message>
    <message>
        <source>Version #%1 (%2) is kept. A doctor other than you must approve it before the kiosk uses it.</source>
        <translation>Version #%1 (%2) is kept. A doctor other than you must approve it before the kiosk uses it.</translation>
    </message>
    <message>
        <source>In the last %1 days, %2 submissions: %3 would get another result, %4 cannot be judged.</source>
        <translation>In the last %1 days, %2 submissions: %3 would get another result, %4 cannot be judged.</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Rule %1 fires %2 times instead of %3.</source>
        <translation>Rule %1 fires %2 times instead of %3.</translation>
    </message>
    <message>
        <source>Never asked &quot;%1&quot;: %2 submissions, not judged.</source>
        <translation>Never asked &quot;%1&quot;: %2 submissions, not judged.</translation>
    </message>
    <message>
        <source>The built-in rule set needs no approval.</source>
        <translation>The built-in rule set needs no approval.</translation>
    </message>
    <message>
        <source>Version #%1 is approved and active; each kiosk changes at its next patient.</source>
        <translation>Version #%1 is approved and active; each kiosk changes at its next patient.</translation>
    </message>
    <message>
        <source>The selected version is active; each kiosk changes at its next patient.</source>
        <translation>The selected version is active; each kiosk changes at its next patient.</translation>
    </message>
    <message>
        <source>Rolled back to the version active before; each kiosk changes at its next patient.</source>
        <translation>Rolled back to the version active before; each kiosk changes at its next patient.</translation>
    </message>
    <message>
        <source>Rule sets in the exports folder and on USB sticks…</source>
        <translation>Rule sets in the exports folder and on USB sticks…</translation>
    </message>
    <message>
        <source>%1 is not a rule set file: its name must end in .rules</source>
        <translation>%1 is not a rule set file: its name must end in .rules</translation>
    </message>
    <message>
        <source>Approve version #%1? Each kiosk uses it from its next patient. Press the button again to approve it.</source>
        <translation>Approve version #%1? Each kiosk uses it from its next patient. Press the button again to approve it.</translation>
    </message>
    <message>
        <source>%1 is the database itself under another name, not a rule set; it was not opened</source>
        <translation>%1 is the database itself under another name, not a rule set; it was not opened</translation>
    </message>
</context>
<context>
    <name>SecondPersonDialog</name>
    <message>
        <source>A second staff member confirms</source>
        <translation>A second staff member confirms</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) of this patient will be deleted for good. A second staff member confirms with their own login and PIN.</source>
        <translation>
            <numerusform>%n submission of this patient will be deleted for good. A second staff member confirms with their own login and PIN.</numerusform>
            <numerusform>%n submissions of this patient will be deleted for good. A second staff member confirms with their own login and PIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <source>Back to patient screen</source>
        <translation>Back to patient screen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>The login or the PIN is not right. Please try again.</source>
        <translation>The login or the PIN is not right. Please try again.</translation>
    </message>
    <message>
        <source>This account is disabled. Please ask an administrator.</source>
        <translation>This account is disabled. Please ask an administrator.</translation>
    </message>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>The database cannot be reached: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts on this device. Please wait %n seconds before trying again.</source>
        <translation>
            <numerusform>Too many wrong attempts on this device. Please wait %n second before trying again.</numerusform>
            <numerusform>Too many wrong attempts on this device. Please wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong attempts. An administrator can unlock it under Accounts; otherwise try again in %n minutes.</source>
        <translation>
            <numerusform>This account is locked after too many wrong attempts. An administrator can unlock it under Accounts; otherwise try again in %n minute.</numerusform>
            <numerusform>This account is locked after too many wrong attempts. An administrator can unlock it under Accounts; otherwise try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffLabels</name>
    <message>
        <source>An administrator&apos;s password needs at least %1 characters: it opens every record and every account.</source>
        <translation>An administrator&apos;s password needs at least %1 characters: it opens every record and every account.</translation>
    </message>
    <message>
        <source>A PIN needs at least %1 digits: a shorter one can be guessed in minutes from a copy of the database.</source>
        <translation>A PIN needs at least %1 digits: a shorter one can be guessed in minutes from a copy of the database.</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>Today&apos;s list</source>
        <translation>Today&apos;s list</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Administrator account created. Sign in with it.</source>
        <translation>Administrator account created. Sign in with it.</translation>
    </message>
    <message>
        <source>Decision saved for %1.</source>
        <translation>Decision saved for %1.</translation>
    </message>
    <message>
        <source>Rule sets</source>
        <translation>Rule sets</translation>
    </message>
</context>
<context>
    <name>SubmissionPage</name>
    <message>
        <source>Born %1, age %2 · answered %3 in %4 · rule set %5 %6</source>
        <translation>Born %1, age %2 · answered %3 in %4 · rule set %5 %6</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Not reviewed yet.</translation>
    </message>
    <message>
        <source>(superseded)</source>
        <translation>(superseded)</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Please choose a decision.</source>
        <translation>Please choose a decision.</translation>
    </message>
    <message>
        <source>Proceeding despite this result needs a note that says why.</source>
        <translation>Proceeding despite this result needs a note that says why.</translation>
    </message>
    <message>
        <source>No answer changed since the last screening.</source>
        <translation>No answer changed since the last screening.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>not reviewed</translation>
    </message>
    <message numerus="yes">
        <source>Returning patient: %n earlier screening(s). The last, %1: %2; decision: %3. Answers that changed since are marked ●.</source>
        <translation>
            <numerusform>Returning patient: %n earlier screening. The last, %1: %2; decision: %3. Answers that changed since are marked ●.</numerusform>
            <numerusform>Returning patient: %n earlier screenings. The last, %1: %2; decision: %3. Answers that changed since are marked ●.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier screenings</source>
        <translation>Earlier screenings</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>Your answers have been sent. The doctor will go through them with you at your counselling.</source>
        <translation>Your answers have been sent. The doctor will go through them with you at your counselling.</translation>
    </message>
    <message>
        <source>Please return the tablet to reception.</source>
        <translation>Please return the tablet to reception.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome. Before your counselling, please answer a few questions about your health. It takes about five minutes.</source>
        <translation>Welcome. Before your counselling, please answer a few questions about your health. It takes about five minutes.</translation>
    </message>
    <message>
        <source>Start in English</source>
        <translation>Start in English</translation>
    </message>
</context>
<context>
    <name>exosome-screening</name>
    <message>
        <source>Exosome therapy screening</source>
        <translation>Exosome therapy screening</translation>
    </message>
    <message>
        <source>What is your sex?</source>
        <translation>What is your sex?</translation>
    </message>
    <message>
        <source>Some questions apply only to women.</source>
        <translation>Some questions apply only to women.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other / prefer not to say</source>
        <translation>Other / prefer not to say</translation>
    </message>
    <message>
        <source>Are you pregnant, or is there a chance that you might be pregnant?</source>
        <translation>Are you pregnant, or is there a chance that you might be pregnant?</translation>
    </message>
    <message>
        <source>If you are not sure, please choose &quot;Possibly&quot;.</source>
        <translation>If you are not sure, please choose &quot;Possibly&quot;.</translation>
    </message>
    <message>
        <source>Yes, I am pregnant</source>
        <translation>Yes, I am pregnant</translation>
    </message>
    <message>
        <source>Possibly / I am not sure</source>
        <translation>Possibly / I am not sure</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Are you currently breastfeeding?</source>
        <translation>Are you currently breastfeeding?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Have you ever been diagnosed with cancer?</source>
        <translation>Have you ever been diagnosed with cancer?</translation>
    </message>
    <message>
        <source>Include cancers that have been treated and are now in remission.</source>
        <translation>Include cancers that have been treated and are now in remission.</translation>
    </message>
    <message>
        <source>No, never</source>
        <translation>No, never</translation>
    </message>
    <message>
        <source>Yes, I am under treatment or follow-up now</source>
        <translation>Yes, I am under treatment or follow-up now</translation>
    </message>
    <message>
        <source>Yes, in the past (treatment has finished)</source>
        <translation>Yes, in the past (treatment has finished)</translation>
    </message>
    <message>
        <source>If you can, please tell us the type of cancer and the year of diagnosis.</source>
        <translation>If you can, please tell us the type of cancer and the year of diagnosis.</translation>
    </message>
    <message>
        <source>Have you ever had anaphylaxis or a severe allergic reaction?</source>
        <translation>Have you ever had anaphylaxis or a severe allergic reaction?</translation>
    </message>
    <message>
        <source>For example difficulty breathing, fainting, or needing emergency treatment.</source>
        <translation>For example difficulty breathing, fainting, or needing emergency treatment.</translation>
    </message>
    <message>
        <source>Do you have any allergies, or a tendency to allergic reactions?</source>
        <translation>Do you have any allergies, or a tendency to allergic reactions?</translation>
    </message>
    <message>
        <source>For example to foods, medicines, pollen or metals.</source>
        <translation>For example to foods, medicines, pollen or metals.</translation>
    </message>
    <message>
        <source>Please tell us what you are allergic to and what happened.</source>
        <translation>Please tell us what you are allergic to and what happened.</translation>
    </message>
    <message>
        <source>Do you have an illness that is being treated or that continues over time?</source>
        <translation>Do you have an illness that is being treated or that continues over time?</translation>
    </message>
    <message>
        <source>For example diabetes, heart, kidney or liver disease, or an autoimmune disease.</source>
        <translation>For example diabetes, heart, kidney or liver disease, or an autoimmune disease.</translation>
    </message>
    <message>
        <source>Please tell us the name of the illness.</source>
        <translation>Please tell us the name of the illness.</translation>
    </message>
    <message>
        <source>Are you currently taking any medicines or supplements?</source>
        <translation>Are you currently taking any medicines or supplements?</translation>
    </message>
    <message>
        <source>Please tell us the medicines or supplements you take.</source>
        <translation>Please tell us the medicines or supplements you take.</translation>
    </message>
    <message>
        <source>Have you had exosome treatment before?</source>
        <translation>Have you had exosome treatment before?</translation>
    </message>
    <message>
        <source>When was your most recent exosome treatment?</source>
        <translation>When was your most recent exosome treatment?</translation>
    </message>
    <message>
        <source>Did you notice anything after a previous exosome treatment?</source>
        <translation>Did you notice anything after a previous exosome treatment?</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>Choose all that apply.</translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation>Nothing in particular</translation>
    </message>
    <message>
        <source>Redness or swelling where it was given</source>
        <translation>Redness or swelling where it was given</translation>
    </message>
    <message>
        <source>Tiredness or fatigue</source>
        <translation>Tiredness or fatigue</translation>
    </message>
    <message>
        <source>Rash, itching or hives</source>
        <translation>Rash, itching or hives</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Are you planning to donate blood in the coming months?</source>
        <translation>Are you planning to donate blood in the coming months?</translation>
    </message>
    <message>
        <source>Is there anything else you would like the doctor to know?</source>
        <translation>Is there anything else you would like the doctor to know?</translation>
    </message>
    <message>
        <source>The patient reports being pregnant. The clinic does not give exosome treatment during pregnancy.</source>
        <translation>The patient reports being pregnant. The clinic does not give exosome treatment during pregnancy.</translation>
    </message>
    <message>
        <source>エクソソーム療法を避けたほうがよい人</source>
        <translation>People who should avoid exosome therapy</translation>
    </message>
    <message>
        <source>妊娠中または授乳中の人</source>
        <translation>People who are pregnant or breastfeeding</translation>
    </message>
    <message>
        <source>The patient may be pregnant. The article advises treatment only when there is no chance of pregnancy; confirm before counselling.</source>
        <translation>The patient may be pregnant. The article advises treatment only when there is no chance of pregnancy; confirm before counselling.</translation>
    </message>
    <message>
        <source>The patient is breastfeeding. The clinic does not give exosome treatment while breastfeeding.</source>
        <translation>The patient is breastfeeding. The clinic does not give exosome treatment while breastfeeding.</translation>
    </message>
    <message>
        <source>The patient reports a cancer diagnosis, current or past. The clinic does not treat patients who have been diagnosed with cancer.</source>
        <translation>The patient reports a cancer diagnosis, current or past. The clinic does not treat patients who have been diagnosed with cancer.</translation>
    </message>
    <message>
        <source>がんの治療中または既往歴のある人</source>
        <translation>People under treatment for cancer or with a history of cancer</translation>
    </message>
    <message>
        <source>The patient reports anaphylaxis or a severe allergic reaction. The article advises against treatment for people with severe allergies.</source>
        <translation>The patient reports anaphylaxis or a severe allergic reaction. The article advises against treatment for people with severe allergies.</translation>
    </message>
    <message>
        <source>重度のアレルギー体質の人</source>
        <translation>People with severe allergies</translation>
    </message>
    <message>
        <source>The patient reports an allergy or allergic constitution. Discuss the risk of an allergic reaction at counselling.</source>
        <translation>The patient reports an allergy or allergic constitution. Discuss the risk of an allergic reaction at counselling.</translation>
    </message>
    <message>
        <source>エクソソームで考えられる危険性</source>
        <translation>Possible risks of exosomes</translation>
    </message>
    <message>
        <source>アレルギー反応の可能性</source>
        <translation>Possibility of allergic reactions</translation>
    </message>
    <message>
        <source>The patient had a rash, itching or hives after a previous exosome treatment, a possible allergic reaction.</source>
        <translation>The patient had a rash, itching or hives after a previous exosome treatment, a possible allergic reaction.</translation>
    </message>
    <message>
        <source>The patient reports side effects after a previous exosome treatment. Ask what happened and how long it lasted.</source>
        <translation>The patient reports side effects after a previous exosome treatment. Ask what happened and how long it lasted.</translation>
    </message>
    <message>
        <source>エクソソーム療法で気になるポイント</source>
        <translation>Common questions about exosome therapy</translation>
    </message>
    <message>
        <source>副作用が出た場合の対処法</source>
        <translation>What to do if side effects appear</translation>
    </message>
    <message>
        <source>The last exosome treatment was less than 14 days ago. The usual interval is every two to three weeks.</source>
        <translation>The last exosome treatment was less than 14 days ago. The usual interval is every two to three weeks.</translation>
    </message>
    <message>
        <source>施術の頻度はどのくらい?</source>
        <translation>How often is treatment given?</translation>
    </message>
    <message>
        <source>The patient has an illness under treatment or ongoing. Consider whether treatment could worsen it.</source>
        <translation>The patient has an illness under treatment or ongoing. Consider whether treatment could worsen it.</translation>
    </message>
    <message>
        <source>そのほかの持病がある人</source>
        <translation>People with other chronic illnesses</translation>
    </message>
    <message>
        <source>The patient takes medicines or supplements. Review them at counselling.</source>
        <translation>The patient takes medicines or supplements. Review them at counselling.</translation>
    </message>
    <message>
        <source>リスクを軽減して施術を受けるために</source>
        <translation>Reducing the risks of treatment</translation>
    </message>
    <message>
        <source>施術前の丁寧なカウンセリング</source>
        <translation>Careful counselling before treatment</translation>
    </message>
    <message>
        <source>The patient plans to donate blood. There is no published guidance on donating after exosome treatment; advise the patient to consult before donating.</source>
        <translation>The patient plans to donate blood. There is no published guidance on donating after exosome treatment; advise the patient to consult before donating.</translation>
    </message>
    <message>
        <source>施術後に献血はできる?</source>
        <translation>Can I donate blood after treatment?</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>Possibly pregnant</source>
        <translation>Possibly pregnant</translation>
    </message>
    <message>
        <source>Breastfeeding</source>
        <translation>Breastfeeding</translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation>Cancer diagnosis</translation>
    </message>
    <message>
        <source>Anaphylaxis or severe allergy</source>
        <translation>Anaphylaxis or severe allergy</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <source>Rash or itching after exosome treatment</source>
        <translation>Rash or itching after exosome treatment</translation>
    </message>
    <message>
        <source>Side effects after exosome treatment</source>
        <translation>Side effects after exosome treatment</translation>
    </message>
    <message>
        <source>Less than 14 days since the last treatment</source>
        <translation>Less than 14 days since the last treatment</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>Chronic illness</translation>
    </message>
    <message>
        <source>Medicines or supplements</source>
        <translation>Medicines or supplements</translation>
    </message>
    <message>
        <source>Plans to donate blood</source>
        <translation>Plans to donate blood</translation>
    </message>
    <message>
        <source>Please choose the exact day. You can find it on your receipt or appointment card.</source>
        <translation>Please choose the exact day. You can find it on your receipt or appointment card.</translation>
    </message>
</context>
</TS>
