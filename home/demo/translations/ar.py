"""Demo copy in Arabic, keyed by the English source string (see __init__).

Written for the demo; a qualified translator must review it before it is relied on.
"""

# ruff: noqa: E501  (one string a line: easier to review side by side)
# fmt: off
COPY = {
    "Home":
        "الصفحة الرئيسية",
    "Information and help about child sexual exploitation in Cheshire East, Cheshire West and Chester, Halton and Warrington: for young people, families, communities, businesses and people who work with children.":
        "معلومات ومساعدة بشأن الاستغلال الجنسي للأطفال في تشيشاير إيست وتشيشاير ويست وتشستر وهالتون ووارينغتون: للشباب والعائلات والمجتمعات والشركات والعاملين مع الأطفال.",
    "Child sexual exploitation: know the signs, get help":
        "الاستغلال الجنسي للأطفال: اعرف العلامات واحصل على المساعدة",
    "In danger now?":
        "هل أنت في خطر الآن؟",
    "If you or a child is in danger right now, call 999.":
        "إذا كنت أنت أو طفل في خطر الآن، اتصل بالرقم 999.",
    "Need to leave this site quickly? Use the <b>Exit this page</b> button. On a computer you can also press the Shift key three times.":
        "هل تحتاج إلى مغادرة هذا الموقع بسرعة؟ استخدم زر <b>اخرج من هذه الصفحة</b>. على الكمبيوتر يمكنك أيضًا الضغط على مفتاح Shift ثلاث مرات.",
    "Who this site is for":
        "لمن هذا الموقع",
    "This site is for anyone who wants to keep children and young people safe from sexual exploitation: young people themselves, parents and carers, neighbours, people who run businesses, and everyone who works with children. Choose the section that fits you.":
        "هذا الموقع لكل من يريد حماية الأطفال والشباب من الاستغلال الجنسي: الشباب أنفسهم، والآباء ومقدمو الرعاية، والجيران، وأصحاب الأعمال، وكل من يعمل مع الأطفال. اختر القسم الذي يناسبك.",
    "It is run by the safeguarding children partnerships of Cheshire East, Cheshire West and Chester, Halton and Warrington, working with Cheshire Police.":
        "تديره شراكات حماية الأطفال في تشيشاير إيست وتشيشاير ويست وتشستر وهالتون ووارينغتون، بالتعاون مع شرطة تشيشاير.",
    "Know and See":
        "Know and See (اعرف وانتبه)",
    "The more you know about child sexual exploitation, the more you see it. Abusers rely on nobody noticing. Once you know what to look for, a gift that seems too generous, a lift from someone nobody has met, or a child who suddenly goes quiet can start to make sense, and you can do something about it.":
        "كلما عرفت أكثر عن الاستغلال الجنسي للأطفال، رأيته أكثر. يعتمد المعتدون على ألا يلاحظ أحد. عندما تعرف ما الذي تبحث عنه، تبدأ أشياء مثل هدية تبدو سخية أكثر من اللازم، أو توصيلة من شخص لم يقابله أحد، أو طفل يصمت فجأة، في أن تصبح مفهومة، ويمكنك أن تفعل شيئًا حيالها.",
    "You do not need to be sure before you tell someone. What you have seen could be the piece that helps keep a child safe.":
        "لا تحتاج إلى أن تكون متأكدًا قبل أن تخبر أحدًا. ما رأيته قد يكون القطعة التي تساعد على حماية طفل.",
    "What is child sexual exploitation?":
        "ما هو الاستغلال الجنسي للأطفال؟",
    "Read what it means, in young people's own words and in the law, and the signs to look out for.":
        "اقرأ ما يعنيه، بكلمات الشباب أنفسهم وفي القانون، والعلامات التي يجب الانتباه إليها.",
    "Find out what it is":
        "اعرف ما هو",
    "Who you can call":
        "بمن يمكنك الاتصال",
    "What child sexual exploitation means, in young people's words and in the law, the signs to look out for, and what to do if you are worried about a child.":
        "ما يعنيه الاستغلال الجنسي للأطفال، بكلمات الشباب وفي القانون، والعلامات التي يجب الانتباه إليها، وما يجب فعله إذا كنت قلقًا على طفل.",
    "Child sexual exploitation, often shortened to CSE, is a kind of child sexual abuse. Here are two ways of saying what it is. The first was written by young people in Cheshire, who felt the official words did not mean much to them. The second is the one professionals use.":
        "الاستغلال الجنسي للأطفال، ويُختصر غالبًا إلى CSE، هو نوع من الاعتداء الجنسي على الأطفال. إليك طريقتين لوصفه. الأولى كتبها شباب في تشيشاير شعروا أن الكلمات الرسمية لا تعني لهم الكثير. والثانية هي التي يستخدمها المختصون.",
    "Child sexual exploitation: what young people say it is":
        "الاستغلال الجنسي للأطفال: كيف يصفه الشباب",
    "Someone taking advantage of you sexually, for their own benefit. Through threats, bribes, violence, humiliation, or by telling you that they love you, they will have the power to get you to do sexual things for their own, or other people’s benefit or enjoyment (including: touching or kissing private parts, sex, taking sexual photos). You find out, it isn’t OK and they were just pretending to care about you just so they could use you. And you’re just a kid and they are abusing you and they shouldn’t. It’s against the law, if you’re under 18. Giving you phone credit, or gifts or making you feel great, it isn’t enough, it’s just abuse and they are hurting you.":
        "شخص يستغلك جنسيًا لمصلحته الخاصة. من خلال التهديد أو الرشوة أو العنف أو الإذلال، أو بقوله إنه يحبك، تصبح لديه القدرة على جعلك تفعل أشياء جنسية لمصلحته أو متعته أو لمصلحة أو متعة أشخاص آخرين (بما في ذلك: لمس الأعضاء الخاصة أو تقبيلها، أو الجنس، أو التقاط صور جنسية). ثم تكتشف أن هذا ليس مقبولًا وأنه كان يتظاهر فقط بالاهتمام بك لكي يستغلك. وأنت مجرد طفل، وهو يسيء إليك ولا يجب أن يفعل ذلك. هذا مخالف للقانون إذا كان عمرك أقل من 18 عامًا. إعطاؤك رصيدًا للهاتف أو هدايا أو جعلك تشعر بأنك رائع لا يكفي، إنه مجرد إساءة وهو يؤذيك.",
    "Written by young people in Cheshire":
        "كتبه شباب في تشيشاير",
    "The definition in statutory guidance":
        "التعريف الوارد في الإرشادات القانونية",
    "Child sexual exploitation is a form of child sexual abuse. It occurs where an individual or group takes advantage of an imbalance of power to coerce, manipulate or deceive a child or young person under the age of 18 into sexual activity<br/>(a) in exchange for something the victim needs or wants, and/or<br/>(b) for the financial advantage or increased status of the perpetrator or facilitator.<br/>The victim may have been sexually exploited even if the sexual activity appears consensual. Child sexual exploitation does not always involve physical contact; it can also occur through the use of technology.":
        "الاستغلال الجنسي للأطفال شكل من أشكال الاعتداء الجنسي على الأطفال. ويحدث عندما يستغل فرد أو مجموعة اختلالًا في ميزان القوة لإكراه طفل أو شاب دون سن 18 عامًا أو التلاعب به أو خداعه لممارسة نشاط جنسي<br/>(أ) مقابل شيء تحتاجه الضحية أو تريده، و/أو<br/>(ب) لتحقيق منفعة مالية أو مكانة أعلى للجاني أو الميسّر.<br/>قد تكون الضحية قد تعرضت للاستغلال الجنسي حتى لو بدا النشاط الجنسي بالتراضي. ولا ينطوي الاستغلال الجنسي للأطفال دائمًا على اتصال جسدي، بل يمكن أن يحدث أيضًا باستخدام التكنولوجيا.",
    "Department for Education (statutory guidance), February 2017":
        "وزارة التعليم (Department for Education، إرشادات قانونية)، فبراير 2017",
    "What this means":
        "ماذا يعني هذا",
    "The person doing it has power over the child. They might be older, stronger, have money or drugs, or have something to hold over the child, such as a photo. They use that power to get the child to do sexual things.":
        "الشخص الذي يفعل ذلك لديه سلطة على الطفل. قد يكون أكبر سنًا أو أقوى، أو لديه مال أو مخدرات، أو لديه شيء يهدد به الطفل، مثل صورة. يستخدم هذه السلطة ليجعل الطفل يفعل أشياء جنسية.",
    "Often there is a swap. The child gets something they want or need: attention, affection, a place to stay, gifts, alcohol or a feeling of belonging. The abuser gets something too, for themselves or for other people.":
        "غالبًا ما تكون هناك مقايضة. يحصل الطفل على شيء يريده أو يحتاجه: الاهتمام، أو المودة، أو مكان للإقامة، أو هدايا، أو كحول، أو شعور بالانتماء. ويحصل المعتدي أيضًا على شيء، لنفسه أو لأشخاص آخرين.",
    "It can happen online, face to face, or both.":
        "يمكن أن يحدث عبر الإنترنت، أو وجهًا لوجه، أو كليهما.",
    "It happens to boys and to girls, of any background.":
        "يحدث للأولاد والبنات من أي خلفية.",
    "The person doing it may be an adult, a group or a gang, or another young person.":
        "قد يكون الشخص الذي يفعل ذلك بالغًا، أو مجموعة أو عصابة، أو شابًا آخر.",
    "It can start with someone being kind, so the child may not see it as abuse.":
        "قد يبدأ الأمر بشخص لطيف، لذلك قد لا يرى الطفل أنه إساءة.",
    "It is never the child's fault":
        "ليس ذنب الطفل أبدًا",
    "A child cannot agree to being exploited. Even if it looked as if they went along with it, even if they said yes, and even if they were given something in return, it is abuse, and the person exploiting them is responsible. Children who are exploited are victims and should be treated as victims.":
        "لا يستطيع الطفل أن يوافق على استغلاله. حتى لو بدا أنه وافق، وحتى لو قال نعم، وحتى لو حصل على شيء في المقابل، فهذه إساءة، والشخص الذي يستغله هو المسؤول. الأطفال الذين يتعرضون للاستغلال ضحايا ويجب معاملتهم كضحايا.",
    "Signs to look out for":
        "علامات يجب الانتباه إليها",
    "Gifts, money and things they cannot explain":
        "هدايا ومال وأشياء لا يستطيعون تفسيرها",
    "New clothes, a new phone, phone credit, money, alcohol, cigarettes or vapes, and no believable story about where they came from. Abusers often give first and ask for something back later.":
        "ملابس جديدة، أو هاتف جديد، أو رصيد للهاتف، أو مال، أو كحول، أو سجائر أو سجائر إلكترونية، دون قصة مقنعة عن مصدرها. غالبًا ما يعطي المعتدون أولًا ثم يطلبون شيئًا في المقابل لاحقًا.",
    "Older friends and new relationships":
        "أصدقاء أكبر سنًا وعلاقات جديدة",
    "A new boyfriend or girlfriend who is much older, or a group of older friends the family has never met. Being picked up in cars by people nobody knows.":
        "صديق أو صديقة جديدة أكبر سنًا بكثير، أو مجموعة من الأصدقاء الأكبر سنًا لم تقابلهم العائلة قط. أن يُقلّ بالسيارة من قبل أشخاص لا يعرفهم أحد.",
    "Going missing or coming home late":
        "الاختفاء أو العودة إلى المنزل متأخرًا",
    "Staying out late or overnight without saying where, going missing from home or care, or turning up in places far from where they live. Children who go missing can be at greater risk, and going missing can itself be a sign that someone is exploiting them.":
        "البقاء خارج المنزل حتى وقت متأخر أو طوال الليل دون قول أين، أو الاختفاء من المنزل أو من دار الرعاية، أو الظهور في أماكن بعيدة عن مكان سكنه. الأطفال الذين يختفون قد يكونون أكثر عرضة للخطر، وقد يكون الاختفاء بحد ذاته علامة على أن أحدًا يستغلهم.",
    "Secrets on their phone or online":
        "أسرار على الهاتف أو على الإنترنت",
    "Being very secretive about their phone, having more than one phone, getting calls or messages at all hours, or seeming scared when a message arrives.":
        "التكتم الشديد بشأن الهاتف، أو امتلاك أكثر من هاتف، أو تلقي مكالمات أو رسائل في كل الأوقات، أو الظهور بمظهر الخائف عند وصول رسالة.",
    "Changes in mood and behaviour":
        "تغيرات في المزاج والسلوك",
    "Becoming withdrawn, angry or anxious; missing school; dropping old friends; drinking or taking drugs; hurting themselves.":
        "الانطواء أو الغضب أو القلق؛ التغيب عن المدرسة؛ ترك الأصدقاء القدامى؛ شرب الكحول أو تعاطي المخدرات؛ إيذاء النفس.",
    "Signs on their body and health":
        "علامات على الجسد والصحة",
    "Injuries they will not talk about, sexual health problems or pregnancy, or looking tired and unwell.":
        "إصابات لا يريدون الحديث عنها، أو مشكلات في الصحة الجنسية أو حمل، أو الظهور بمظهر المتعب والمريض.",
    "One of these signs on its own may mean nothing: many are part of growing up. What matters is a change, or several signs together. If something feels wrong, trust that feeling and talk to someone.":
        "قد لا تعني علامة واحدة من هذه العلامات شيئًا بمفردها: فكثير منها جزء من النمو. المهم هو التغيير، أو وجود عدة علامات معًا. إذا شعرت أن هناك خطأ ما، فثق بهذا الشعور وتحدث إلى أحد.",
    "If you are worried about a child":
        "إذا كنت قلقًا على طفل",
    "If a child is in danger now, call 999.":
        "إذا كان طفل في خطر الآن، اتصل بالرقم 999.",
    "To tell the police about something that is not an emergency, call 101.":
        "لإبلاغ الشرطة بشيء ليس حالة طارئة، اتصل بالرقم 101.",
    "To tell what you know without giving your name, call Crimestoppers on 0800 555 111.":
        "لتقول ما تعرفه دون ذكر اسمك، اتصل بـ Crimestoppers على الرقم \u20660800 555 111\u2069.",
    "Adults can talk it through with the NSPCC helpline on 0808 800 5000.":
        "يمكن للبالغين التحدث عن الأمر مع خط مساعدة NSPCC على الرقم \u20660808 800 5000\u2069.",
    "Young people can talk to Childline on 0800 1111, any time.":
        "يمكن للشباب التحدث إلى Childline على الرقم \u20660800 1111\u2069 في أي وقت.",
    "There is more help for <a id=\"a1\">young people</a>, <a id=\"a2\">parents and carers</a>, <a id=\"a3\">communities</a>, <a id=\"a4\">businesses</a> and <a id=\"a5\">professionals</a>.":
        "هناك مزيد من المساعدة لـ<a id=\"a1\">الشباب</a> و<a id=\"a2\">الآباء ومقدمي الرعاية</a> و<a id=\"a3\">المجتمعات</a> و<a id=\"a4\">الشركات</a> و<a id=\"a5\">المختصين</a>.",
    "Young people":
        "الشباب",
    "Is someone giving you things and then wanting sexual things back? It is not your fault. Find out what is happening and who can help.":
        "هل يعطيك أحد أشياء ثم يريد أشياء جنسية في المقابل؟ ليس هذا ذنبك. اعرف ما يحدث ومن يمكنه المساعدة.",
    "What to do now":
        "ماذا تفعل الآن",
    "In danger now? Call 999.":
        "هل أنت في خطر الآن؟ اتصل بالرقم 999.",
    "Talk to Childline on 0800 1111. It is free, and you can call any time.":
        "تحدث إلى Childline على الرقم \u20660800 1111\u2069. الاتصال مجاني، ويمكنك الاتصال في أي وقت.",
    "Need to leave fast? Press <b>Exit this page</b>.":
        "هل تحتاج إلى المغادرة بسرعة؟ اضغط <b>اخرج من هذه الصفحة</b>.",
    "It is never your fault":
        "ليس ذنبك أبدًا",
    "If someone is doing this to you, you have done nothing wrong. The person doing it is to blame. Always.":
        "إذا كان أحد يفعل هذا بك، فأنت لم ترتكب أي خطأ. الشخص الذي يفعل ذلك هو الملوم. دائمًا.",
    "What it can look like":
        "كيف يمكن أن يبدو الأمر",
    "It often starts with someone being nice. They might:":
        "غالبًا ما يبدأ بشخص لطيف. قد:",
    "give you presents, money, phone credit, vapes or alcohol":
        "يعطيك هدايا أو مالًا أو رصيدًا للهاتف أو سجائر إلكترونية أو كحولًا",
    "give you lifts, or take you to parties":
        "يوصلك بالسيارة أو يأخذك إلى حفلات",
    "say you are special, or that they love you":
        "يقول إنك مميز أو إنه يحبك",
    "tell you to keep it secret":
        "يطلب منك أن تبقي الأمر سرًا",
    "Then they want something back. They might want sexual things or photos. They might say you owe them. They might scare you or threaten you.":
        "ثم يريد شيئًا في المقابل. قد يريد أشياء جنسية أو صورًا. قد يقول إنك مدين له. قد يخيفك أو يهددك.",
    "It can happen online or in person. It happens to boys and girls. The person can be an adult, or someone your age.":
        "يمكن أن يحدث عبر الإنترنت أو وجهًا لوجه. يحدث للأولاد والبنات. قد يكون الشخص بالغًا أو شخصًا في مثل عمرك.",
    "Tell a safe adult":
        "أخبر شخصًا بالغًا آمنًا",
    "A safe adult is someone you trust who will listen to you. It could be a parent or carer, a teacher, a school nurse, a youth worker, a sports coach or a friend's parent.":
        "الشخص البالغ الآمن هو شخص تثق به وسيستمع إليك. قد يكون أحد الوالدين أو مقدم رعاية، أو معلمًا، أو ممرضة المدرسة، أو عامل شباب، أو مدربًا رياضيًا، أو والد صديق.",
    "A safe adult:":
        "الشخص البالغ الآمن:",
    "listens to you and believes you":
        "يستمع إليك ويصدقك",
    "does not blame you":
        "لا يلومك",
    "helps you get help":
        "يساعدك في الحصول على المساعدة",
    "You can start by telling them a little. If the first person does not help, tell someone else. Keep telling until someone helps.":
        "يمكنك أن تبدأ بإخباره بالقليل. إذا لم يساعدك الشخص الأول، فأخبر شخصًا آخر. استمر في الإخبار حتى يساعدك أحد.",
    "If you do not want to talk to someone you know, call Childline on <b>0800 1111</b>. You do not have to give your name.":
        "إذا كنت لا تريد التحدث إلى شخص تعرفه، اتصل بـ Childline على الرقم <b>\u20660800 1111\u2069</b>. لا تحتاج إلى ذكر اسمك.",
    "Questions you might have":
        "أسئلة قد تخطر ببالك",
    "Will I get in trouble?":
        "هل سأقع في مشكلة؟",
    "No. You are not the one doing wrong. The person hurting you is. Even if you broke a rule, like going somewhere you should not, or drinking, it is still not your fault.":
        "لا. لست أنت من يرتكب الخطأ، بل الشخص الذي يؤذيك. حتى لو خالفت قاعدة، مثل الذهاب إلى مكان لا يجب أن تذهب إليه أو الشرب، فهذا ليس ذنبك.",
    "They say they love me. Can it still be abuse?":
        "يقول إنه يحبني. هل يمكن أن يكون هذا إساءة رغم ذلك؟",
    "Yes. People who do this often say they love you or that you are special. Someone who really cares about you does not ask for sexual things in return, make you keep secrets or scare you.":
        "نعم. من يفعلون هذا غالبًا ما يقولون إنهم يحبونك أو إنك مميز. الشخص الذي يهتم بك حقًا لا يطلب أشياء جنسية في المقابل، ولا يجعلك تحتفظ بالأسرار، ولا يخيفك.",
    "I said yes at first. Is it my fault?":
        "قلت نعم في البداية. هل هذا ذنبي؟",
    "No. They tricked you, pushed you or made you feel you owed them. That is how this kind of abuse works. It is still abuse.":
        "لا. لقد خدعك أو ضغط عليك أو جعلك تشعر أنك مدين له. هكذا يعمل هذا النوع من الإساءة. ويبقى إساءة.",
    "What if it is someone my own age?":
        "ماذا لو كان شخصًا في مثل عمري؟",
    "It can still be abuse. Young people can exploit other young people too, sometimes because someone older is making them do it.":
        "يمكن أن يكون إساءة أيضًا. يمكن للشباب أن يستغلوا شبابًا آخرين، أحيانًا لأن شخصًا أكبر سنًا يجبرهم على ذلك.",
    "What happens when I tell someone?":
        "ماذا يحدث عندما أخبر أحدًا؟",
    "A safe adult will listen and help you stay safe. They might need to tell other people whose job is to protect you, like a social worker or the police. They should tell you what they are going to do, and why. You can ask them questions at any time.":
        "سيستمع إليك الشخص البالغ الآمن ويساعدك على البقاء بأمان. قد يحتاج إلى إخبار أشخاص آخرين مهمتهم حمايتك، مثل أخصائي اجتماعي أو الشرطة. يجب أن يخبرك بما سيفعله ولماذا. يمكنك طرح الأسئلة في أي وقت.",
    "Worried someone checks your phone?":
        "هل تقلق من أن أحدًا يتفقد هاتفك؟",
    "Find out how to hide that you visited this site.":
        "اعرف كيف تخفي أنك زرت هذا الموقع.",
    "Cover your tracks":
        "أخفِ آثارك",
    "Our campaign against child sexual exploitation. Learn the signs, share the posters and know what to do if you are worried about a child.":
        "حملتنا ضد الاستغلال الجنسي للأطفال. تعلّم العلامات، وشارك الملصقات، واعرف ما يجب فعله إذا كنت قلقًا على طفل.",
    "The more you know, the more you see":
        "كلما عرفت أكثر، رأيت أكثر",
    "Child sexual exploitation often happens in plain sight. The people who do it rely on nobody noticing. Once you know the signs, you start to see them, and you can act.":
        "غالبًا ما يحدث الاستغلال الجنسي للأطفال أمام أعين الجميع. يعتمد من يرتكبونه على ألا يلاحظ أحد. عندما تعرف العلامات، تبدأ في رؤيتها، ويمكنك التصرف.",
    "Know and See is run by the safeguarding children partnerships of Cheshire East, Cheshire West and Chester, Halton and Warrington, with Cheshire Police. It is for parents, neighbours, businesses, and everyone who works with children. There are pages for <a id=\"a1\">young people</a> too.":
        "تدير حملة Know and See شراكات حماية الأطفال في تشيشاير إيست وتشيشاير ويست وتشستر وهالتون ووارينغتون، مع شرطة تشيشاير. وهي للآباء والجيران والشركات وكل من يعمل مع الأطفال. وهناك صفحات لـ<a id=\"a1\">الشباب</a> أيضًا.",
    "A child has gifts, money or a new phone that nobody can explain.":
        "لدى طفل هدايا أو مال أو هاتف جديد لا يستطيع أحد تفسيره.",
    "A child is seen with older people the family does not know.":
        "يُرى طفل مع أشخاص أكبر سنًا لا تعرفهم العائلة.",
    "They may be picked up in cars, or talk about a new, much older boyfriend or girlfriend.":
        "قد يُقلّ بالسيارات، أو يتحدث عن صديق أو صديقة جديدة أكبر سنًا بكثير.",
    "A child goes missing, stays out late or comes home at odd hours.":
        "يختفي طفل، أو يبقى خارج المنزل حتى وقت متأخر، أو يعود إلى المنزل في أوقات غريبة.",
    "Going missing can put a child at risk, and it can also be a sign that someone is already exploiting them.":
        "قد يعرّض الاختفاء الطفل للخطر، وقد يكون أيضًا علامة على أن أحدًا يستغله بالفعل.",
    "A child is secretive about their phone, or has a second phone.":
        "يتكتم طفل بشأن هاتفه، أو لديه هاتف ثانٍ.",
    "A child becomes withdrawn, angry or scared, or drops old friends.":
        "يصبح طفل منطويًا أو غاضبًا أو خائفًا، أو يترك أصدقاءه القدامى.",
    "They may start missing school, drinking or taking drugs.":
        "قد يبدأ بالتغيب عن المدرسة أو شرب الكحول أو تعاطي المخدرات.",
    "A child is in hotels, flats or parties with adults they hardly know.":
        "يوجد طفل في فنادق أو شقق أو حفلات مع بالغين بالكاد يعرفهم.",
    "If you are worried about a child, <a id=\"a1\">report a concern</a>. If you know something about people, places or vehicles, you can <a id=\"a2\">share information with the police</a>. You can also call the police on 101, or Crimestoppers on 0800 555 111 without giving your name.":
        "إذا كنت قلقًا على طفل، <a id=\"a1\">أبلغ عن مخاوفك</a>. إذا كنت تعرف شيئًا عن أشخاص أو أماكن أو مركبات، يمكنك <a id=\"a2\">مشاركة المعلومات مع الشرطة</a>. يمكنك أيضًا الاتصال بالشرطة على الرقم 101، أو بـ Crimestoppers على الرقم \u20660800 555 111\u2069 دون ذكر اسمك.",
    "Not sure? Call the NSPCC helpline on 0808 800 5000 to talk it through. You do not need to be sure to pass on what you saw.":
        "لست متأكدًا؟ اتصل بخط مساعدة NSPCC على الرقم \u20660808 800 5000\u2069 للتحدث عن الأمر. لا تحتاج إلى أن تكون متأكدًا لتنقل ما رأيته.",
    "National Child Exploitation Awareness Day":
        "اليوم الوطني للتوعية باستغلال الأطفال",
    "Schools, youth groups and businesses across Cheshire shared the Know and See signs and posters.":
        "شاركت المدارس ومجموعات الشباب والشركات في أنحاء تشيشاير علامات وملصقات Know and See.",
    "A national day to talk about exploitation. Share the posters and the posts for social media, and talk to the young people you know about the signs.":
        "يوم وطني للحديث عن الاستغلال. شارك الملصقات والمنشورات على وسائل التواصل الاجتماعي، وتحدث مع الشباب الذين تعرفهم عن العلامات.",
    "Start of the school year":
        "بداية العام الدراسي",
    "Schools share the pages for Years 5 and 6 and for parents in their first newsletter of the year.":
        "تشارك المدارس صفحات الصفين الخامس والسادس وصفحات الآباء في أول نشرة لها في العام.",
    "Know and See: text for newsletters":
        "Know and See: نص للنشرات",
    "Copy this text into a school, parish or community newsletter.":
        "انسخ هذا النص إلى نشرة مدرسة أو أبرشية أو مجتمع.",
    "Know and See: posts for social media":
        "Know and See: منشورات لوسائل التواصل الاجتماعي",
    "Five short posts to share on your organisation's social media.":
        "خمسة منشورات قصيرة لمشاركتها على وسائل التواصل الاجتماعي الخاصة بمؤسستك.",
    "Poster for taxi and private hire":
        "ملصق لسيارات الأجرة والنقل الخاص",
    "An A4 poster to print, with a QR code that opens the form to share information with the police.":
        "ملصق بحجم A4 للطباعة، عليه رمز QR يفتح نموذج مشاركة المعلومات مع الشرطة.",
    "Poster for hotels and accommodation":
        "ملصق للفنادق وأماكن الإقامة",
    "Poster for leisure: food outlets, gyms, shopping centres and venues":
        "ملصق لقطاع الترفيه: محلات الطعام والصالات الرياضية ومراكز التسوق وأماكن الفعاليات",
    "Get help now":
        "احصل على المساعدة الآن",
    "Report a concern about a child":
        "أبلغ عن قلق بشأن طفل",
    "Tell us if you are worried that a child or young person is being sexually exploited. You do not have to be sure, and you do not have to give your name.":
        "أخبرنا إذا كنت قلقًا من أن طفلًا أو شابًا يتعرض للاستغلال الجنسي. لا تحتاج إلى أن تكون متأكدًا، ولا تحتاج إلى ذكر اسمك.",
    "If a child is in danger right now, call 999. This form is not watched around the clock, so do not use it in an emergency.":
        "إذا كان طفل في خطر الآن، اتصل بالرقم 999. لا تتم مراقبة هذا النموذج على مدار الساعة، فلا تستخدمه في حالات الطوارئ.",
    "Who can use this form":
        "من يمكنه استخدام هذا النموذج",
    "Anyone who is worried about a child or young person. You might be a young person yourself, a parent or carer, a friend, a neighbour or someone who works with children. Tell us what you know, even if it is only a small thing.":
        "أي شخص قلق على طفل أو شاب. قد تكون أنت نفسك شابًا، أو أحد الوالدين أو مقدم رعاية، أو صديقًا، أو جارًا، أو شخصًا يعمل مع الأطفال. أخبرنا بما تعرفه، حتى لو كان شيئًا صغيرًا.",
    "Who reads your report":
        "من يقرأ بلاغك",
    "Your report goes to the children's services team at the council for the area where the child lives: Cheshire East, Cheshire West and Chester, Halton or Warrington. They decide what needs to happen to keep the child safe.":
        "يصل بلاغك إلى فريق خدمات الأطفال في المجلس المحلي للمنطقة التي يعيش فيها الطفل: تشيشاير إيست أو تشيشاير ويست وتشستر أو هالتون أو وارينغتون. وهم يقررون ما يجب فعله للحفاظ على سلامة الطفل.",
    "If you are not sure of the area, or it is outside Cheshire, your report goes to a Pan-Cheshire team who pass it to the right place.":
        "إذا لم تكن متأكدًا من المنطقة، أو كانت خارج تشيشاير، يصل بلاغك إلى فريق Pan-Cheshire الذي يحيله إلى الجهة الصحيحة.",
    "What we do not collect":
        "ما لا نجمعه",
    "We do not record your IP address (the number that identifies your internet connection).":
        "لا نسجل عنوان IP الخاص بك (الرقم الذي يحدد اتصالك بالإنترنت).",
    "We do not record what phone, computer or browser you use.":
        "لا نسجل نوع الهاتف أو الكمبيوتر أو المتصفح الذي تستخدمه.",
    "We do not use cookies, apart from one security cookie on the form pages. It stops other websites sending forms in your name, and holds nothing about you.":
        "لا نستخدم ملفات تعريف الارتباط، باستثناء ملف أمان واحد في صفحات النموذج. يمنع هذا الملف المواقع الأخرى من إرسال نماذج باسمك، ولا يحتوي على أي شيء عنك.",
    "We do not ask for your name. You can give it, or a way to contact you, only if you choose to.":
        "لا نطلب اسمك. يمكنك ذكره، أو ذكر طريقة للتواصل معك، فقط إذا اخترت ذلك.",
    "What you write is stored in code (encrypted). Only the people who handle reports can read it.":
        "ما تكتبه يُخزَّن مشفرًا. لا يستطيع قراءته إلا الأشخاص الذين يتعاملون مع البلاغات.",
    "After you send it":
        "بعد أن ترسله",
    "You will get a reference and a receipt code. With them you can come back later, without an account, to see what is happening with your report and to answer any question the team has for you. If it is not safe to keep the code, you do not have to.":
        "ستحصل على رقم مرجعي ورمز إيصال. يمكنك بهما العودة لاحقًا، دون حساب، لترى ما يحدث مع بلاغك وللإجابة عن أي سؤال لدى الفريق. إذا لم يكن الاحتفاظ بالرمز آمنًا، فلا داعي للاحتفاظ به.",
    "You can leave at any time with the <b>Exit this page</b> button. Nothing is sent until you press <b>Send report</b> at the end.":
        "يمكنك المغادرة في أي وقت باستخدام زر <b>اخرج من هذه الصفحة</b>. لا يُرسل أي شيء حتى تضغط على <b>أرسل البلاغ</b> في النهاية.",
    "Other ways to get help":
        "طرق أخرى للحصول على المساعدة",
    "If you are a young person, you can talk to Childline about anything, free and in private, on 0800 1111. What is happening to you is never your fault.":
        "إذا كنت شابًا، يمكنك التحدث إلى Childline عن أي شيء، مجانًا وبسرية، على الرقم \u20660800 1111\u2069. ما يحدث لك ليس ذنبك أبدًا.",
    "If you would rather tell someone by phone without giving your name, call Crimestoppers on 0800 555 111.":
        "إذا كنت تفضل إخبار أحد عبر الهاتف دون ذكر اسمك، اتصل بـ Crimestoppers على الرقم \u20660800 555 111\u2069.",
    "Share information about people, places or vehicles":
        "شارك معلومات عن أشخاص أو أماكن أو مركبات",
    "Tell the police about people, places or vehicles that could be linked to the sexual exploitation of children. For taxi drivers, hotel and venue staff, and anyone else who has seen something.":
        "أخبر الشرطة عن أشخاص أو أماكن أو مركبات قد تكون مرتبطة بالاستغلال الجنسي للأطفال. لسائقي سيارات الأجرة والعاملين في الفنادق وأماكن الفعاليات وكل من رأى شيئًا.",
    "Who this form is for":
        "لمن هذا النموذج",
    "Anyone who has seen or heard something that worries them: taxi and private hire drivers, people who work in hotels, pubs, takeaways, shops and venues, and members of the public. Small details help, such as a vehicle registration, a room number, a name someone used or how something was paid for. You do not have to be sure.":
        "لكل من رأى أو سمع شيئًا يقلقه: سائقو سيارات الأجرة والنقل الخاص، والعاملون في الفنادق والحانات ومطاعم الوجبات السريعة والمتاجر وأماكن الفعاليات، وأفراد الجمهور. التفاصيل الصغيرة تساعد، مثل رقم لوحة مركبة، أو رقم غرفة، أو اسم استخدمه شخص ما، أو طريقة دفع ثمن شيء ما. لا تحتاج إلى أن تكون متأكدًا.",
    "Who reads your information":
        "من يقرأ معلوماتك",
    "It goes to Cheshire Police, who put it together with what they already know to stop people who harm children. We record the area so it can be shared with the right council.":
        "تصل إلى شرطة تشيشاير، التي تضمها إلى ما تعرفه بالفعل لإيقاف من يؤذون الأطفال. نسجل المنطقة حتى يمكن مشاركتها مع المجلس المحلي المناسب.",
    "If it is not clear that it is about somewhere in Cheshire, it goes to a Pan-Cheshire team who pass it to the right place.":
        "إذا لم يكن واضحًا أنها تتعلق بمكان في تشيشاير، فإنها تصل إلى فريق Pan-Cheshire الذي يحيلها إلى الجهة الصحيحة.",
    "Other ways to tell someone":
        "طرق أخرى لإخبار أحد",
    "To stay anonymous by phone, call Crimestoppers on 0800 555 111. They will never ask your name.":
        "لتبقى مجهول الهوية عبر الهاتف، اتصل بـ Crimestoppers على الرقم \u20660800 555 111\u2069. لن يسألوك عن اسمك أبدًا.",
    "If you are a young person, you can talk to Childline, free and in private, on 0800 1111.":
        "إذا كنت شابًا، يمكنك التحدث إلى Childline، مجانًا وبسرية، على الرقم \u20660800 1111\u2069.",
    "Childline":
        "Childline",
    "Free, confidential help for anyone under 19, any time.":
        "مساعدة مجانية وسرية لأي شخص دون 19 عامًا، في أي وقت.",
    "NSPCC helpline":
        "خط مساعدة NSPCC",
    "For adults worried about a child.":
        "للبالغين القلقين على طفل.",
    "Crimestoppers":
        "Crimestoppers",
    "Tell them what you know without giving your name.":
        "أخبرهم بما تعرفه دون ذكر اسمك.",
    "Police (not an emergency)":
        "الشرطة (لغير الحالات الطارئة)",
    "Report something that has already happened.":
        "أبلغ عن شيء حدث بالفعل.",
}
# fmt: on
