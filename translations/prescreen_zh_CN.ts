<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DateInput</name>
    <message>
        <source>Western calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (month)</source>
        <comment>a month in a date: 3月</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (day)</source>
        <comment>a day in a date: 12日</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (year)</source>
        <comment>a Western year in a date: 1985年</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first year (%1)</source>
        <comment>元年 of a Japanese era; %1 is the Western year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 (%2)</source>
        <comment>a Japanese era year; %2 is the Western year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day does not exist. Please check the month and day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JapaneseCalendar</name>
    <message>
        <source>Please choose an era and a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day does not exist. Please check the month and day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is not in the era you chose. Please check the era and the year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Your answers could not be saved. Please tell the reception staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? For your privacy, this screen will be cleared in %n seconds. Touch the screen to continue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-treatment questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This tablet is not available at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please see the reception staff. We are sorry for the inconvenience.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientFlow</name>
    <message>
        <source>Please enter your date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the year of your date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is before your date of birth. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This text is too long. Please shorten it to %n characters or fewer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientScreen</name>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Yamada Hanako</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. やまだ はなこ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading of your name (kana, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>Your personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers include information about your health. Under Japan&apos;s Act on the Protection of Personal Information this is special-care-required personal information, and we collect it only with your explicit consent.

• What we collect: your name, its reading, your date of birth and your answers.
• Why: so that the doctor can prepare your counselling and check whether exosome therapy suits you. The answers are advice for the doctor, not a decision.
• Who sees them: only the doctors and staff of this clinic. We give them to no one else unless the law requires it.
• How long: for the period the clinic has set; then they are deleted.
• You may ask at reception to see, correct or delete them.

If you do not agree, you can still talk to the doctor: please ask at reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may leave this empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between answers in a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch &quot;Change&quot; to correct an answer. When everything is right, touch &quot;Send answers&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers have been sent. The doctor will go through them with you at your counselling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please return the tablet to reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This screen returns to the start in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before your counselling, please answer a few questions about your health. It takes about five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose your language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exosome-screening</name>
    <message>
        <source>Exosome therapy screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is your sex?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some questions apply only to women.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other / prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you pregnant, or is there a chance that you might be pregnant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are not sure, please choose &quot;Possibly&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I am pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly / I am not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you currently breastfeeding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you ever been diagnosed with cancer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include cancers that have been treated and are now in remission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I am under treatment or follow-up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, in the past (treatment has finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can, please tell us the type of cancer and the year of diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you ever had anaphylaxis or a severe allergic reaction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example difficulty breathing, fainting, or needing emergency treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have any allergies, or a tendency to allergic reactions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example to foods, medicines, pollen or metals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell us what you are allergic to and what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have an illness that is being treated or that continues over time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example diabetes, heart, kidney or liver disease, or an autoimmune disease.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell us the name of the illness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you currently taking any medicines or supplements?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell us the medicines or supplements you take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you had exosome treatment before?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was your most recent exosome treatment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approximate date is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you notice anything after a previous exosome treatment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redness or swelling where it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiredness or fatigue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rash, itching or hives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you planning to donate blood in the coming months?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there anything else you would like the doctor to know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient reports being pregnant. The clinic does not give exosome treatment during pregnancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>エクソソーム療法を避けたほうがよい人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>妊娠中または授乳中の人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient may be pregnant. The article advises treatment only when there is no chance of pregnancy; confirm before counselling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is breastfeeding. The clinic does not give exosome treatment while breastfeeding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient reports a cancer diagnosis, current or past. The clinic does not treat patients who have been diagnosed with cancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>がんの治療中または既往歴のある人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient reports anaphylaxis or a severe allergic reaction. The article advises against treatment for people with severe allergies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重度のアレルギー体質の人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient reports an allergy or allergic constitution. Discuss the risk of an allergic reaction at counselling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>エクソソームで考えられる危険性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>アレルギー反応の可能性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient had a rash, itching or hives after a previous exosome treatment, a possible allergic reaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient reports side effects after a previous exosome treatment. Ask what happened and how long it lasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>エクソソーム療法で気になるポイント</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>副作用が出た場合の対処法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last exosome treatment was less than 14 days ago. The usual interval is every two to three weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>施術の頻度はどのくらい?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has an illness under treatment or ongoing. Consider whether treatment could worsen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>そのほかの持病がある人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient takes medicines or supplements. Review them at counselling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>リスクを軽減して施術を受けるために</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>施術前の丁寧なカウンセリング</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient plans to donate blood. There is no published guidance on donating after exosome treatment; advise the patient to consult before donating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>施術後に献血はできる?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
