"""Demo copy in Polish, keyed by the English source string (see __init__).

Written for the demo; a qualified translator must review it before it is relied on.
"""

# ruff: noqa: E501  (one string a line: easier to review side by side)
# fmt: off
COPY = {
    "Home":
        "Strona główna",
    "Information and help about child sexual exploitation in Cheshire East, Cheshire West and Chester, Halton and Warrington: for young people, families, communities, businesses and people who work with children.":
        "Informacje i pomoc dotyczące wykorzystywania seksualnego dzieci w Cheshire East, Cheshire West and Chester, Halton i Warrington: dla młodych ludzi, rodzin, społeczności, firm i osób pracujących z dziećmi.",
    "Child sexual exploitation: know the signs, get help":
        "Wykorzystywanie seksualne dzieci: poznaj sygnały, uzyskaj pomoc",
    "In danger now?":
        "Grozi ci niebezpieczeństwo?",
    "If you or a child is in danger right now, call 999.":
        "Jeśli tobie lub dziecku grozi teraz niebezpieczeństwo, zadzwoń pod 999.",
    "Need to leave this site quickly? Use the <b>Exit this page</b> button. On a computer you can also press the Shift key three times.":
        "Musisz szybko opuścić tę stronę? Użyj przycisku <b>Opuść tę stronę</b>. Na komputerze możesz też trzy razy nacisnąć klawisz Shift.",
    "Who this site is for":
        "Dla kogo jest ta strona",
    "This site is for anyone who wants to keep children and young people safe from sexual exploitation: young people themselves, parents and carers, neighbours, people who run businesses, and everyone who works with children. Choose the section that fits you.":
        "Ta strona jest dla każdego, kto chce chronić dzieci i młodzież przed wykorzystywaniem seksualnym: dla samych młodych ludzi, rodziców i opiekunów, sąsiadów, właścicieli firm i wszystkich, którzy pracują z dziećmi. Wybierz część, która do ciebie pasuje.",
    "It is run by the safeguarding children partnerships of Cheshire East, Cheshire West and Chester, Halton and Warrington, working with Cheshire Police.":
        "Prowadzą ją partnerstwa na rzecz ochrony dzieci z Cheshire East, Cheshire West and Chester, Halton i Warrington we współpracy z policją hrabstwa Cheshire.",
    "Know and See":
        "Know and See (Wiedz i zauważaj)",
    "The more you know about child sexual exploitation, the more you see it. Abusers rely on nobody noticing. Once you know what to look for, a gift that seems too generous, a lift from someone nobody has met, or a child who suddenly goes quiet can start to make sense, and you can do something about it.":
        "Im więcej wiesz o wykorzystywaniu seksualnym dzieci, tym więcej dostrzegasz. Sprawcy liczą na to, że nikt niczego nie zauważy. Gdy wiesz, na co zwracać uwagę, zbyt hojny prezent, podwózka od kogoś, kogo nikt nie zna, albo dziecko, które nagle milknie, zaczynają nabierać sensu i możesz coś z tym zrobić.",
    "You do not need to be sure before you tell someone. What you have seen could be the piece that helps keep a child safe.":
        "Nie musisz mieć pewności, zanim komuś powiesz. To, co widzisz, może być brakującym elementem, który pomoże chronić dziecko.",
    "What is child sexual exploitation?":
        "Czym jest wykorzystywanie seksualne dzieci?",
    "Read what it means, in young people's own words and in the law, and the signs to look out for.":
        "Przeczytaj, co to oznacza, słowami samych młodych ludzi i w przepisach prawa, oraz jakie są sygnały ostrzegawcze.",
    "Find out what it is":
        "Dowiedz się, czym ono jest",
    "Who you can call":
        "Do kogo możesz zadzwonić",
    "What child sexual exploitation means, in young people's words and in the law, the signs to look out for, and what to do if you are worried about a child.":
        "Co oznacza wykorzystywanie seksualne dzieci, słowami młodych ludzi i w przepisach prawa, na jakie sygnały zwracać uwagę i co zrobić, jeśli martwisz się o dziecko.",
    "Child sexual exploitation, often shortened to CSE, is a kind of child sexual abuse. Here are two ways of saying what it is. The first was written by young people in Cheshire, who felt the official words did not mean much to them. The second is the one professionals use.":
        "Wykorzystywanie seksualne dzieci (w skrócie CSE) to rodzaj wykorzystywania seksualnego dziecka. Oto dwa sposoby opisania, czym ono jest. Pierwszy napisali młodzi ludzie z Cheshire, dla których oficjalne słowa niewiele znaczyły. Drugiego używają specjaliści.",
    "Child sexual exploitation: what young people say it is":
        "Wykorzystywanie seksualne dzieci: co mówią o nim młodzi ludzie",
    "Someone taking advantage of you sexually, for their own benefit. Through threats, bribes, violence, humiliation, or by telling you that they love you, they will have the power to get you to do sexual things for their own, or other people’s benefit or enjoyment (including: touching or kissing private parts, sex, taking sexual photos). You find out, it isn’t OK and they were just pretending to care about you just so they could use you. And you’re just a kid and they are abusing you and they shouldn’t. It’s against the law, if you’re under 18. Giving you phone credit, or gifts or making you feel great, it isn’t enough, it’s just abuse and they are hurting you.":
        "Ktoś wykorzystuje cię seksualnie dla własnej korzyści. Groźbami, przekupstwem, przemocą, upokarzaniem albo mówiąc, że cię kocha, zdobywa władzę, by zmusić cię do robienia rzeczy seksualnych dla własnej korzyści lub przyjemności albo dla korzyści lub przyjemności innych osób (w tym: dotykanie lub całowanie intymnych części ciała, seks, robienie zdjęć o charakterze seksualnym). Dowiadujesz się, że to nie jest w porządku i że ta osoba tylko udawała, że jej na tobie zależy, żeby móc cię wykorzystać. A ty jesteś jeszcze dzieckiem, a ta osoba cię krzywdzi i nie powinna tego robić. Jeśli masz mniej niż 18 lat, jest to niezgodne z prawem. Doładowanie telefonu, prezenty czy sprawianie, że czujesz się wspaniale, to za mało, to po prostu krzywdzenie i ta osoba robi ci krzywdę.",
    "Written by young people in Cheshire":
        "Napisane przez młodych ludzi z Cheshire",
    "The definition in statutory guidance":
        "Definicja w wytycznych ustawowych",
    "Child sexual exploitation is a form of child sexual abuse. It occurs where an individual or group takes advantage of an imbalance of power to coerce, manipulate or deceive a child or young person under the age of 18 into sexual activity<br/>(a) in exchange for something the victim needs or wants, and/or<br/>(b) for the financial advantage or increased status of the perpetrator or facilitator.<br/>The victim may have been sexually exploited even if the sexual activity appears consensual. Child sexual exploitation does not always involve physical contact; it can also occur through the use of technology.":
        "Wykorzystywanie seksualne dzieci jest formą wykorzystywania seksualnego dziecka. Ma miejsce, gdy osoba lub grupa wykorzystuje przewagę sił, aby zmusić, zmanipulować lub oszukać dziecko lub młodą osobę poniżej 18. roku życia w celu nakłonienia do aktywności seksualnej<br/>(a) w zamian za coś, czego ofiara potrzebuje lub chce, i/lub<br/>(b) dla korzyści finansowej lub podniesienia statusu sprawcy lub osoby ułatwiającej.<br/>Ofiara może być wykorzystywana seksualnie, nawet jeśli aktywność seksualna wydaje się dobrowolna. Wykorzystywanie seksualne dzieci nie zawsze wiąże się z kontaktem fizycznym; może też odbywać się z użyciem technologii.",
    "Department for Education (statutory guidance), February 2017":
        "Ministerstwo Edukacji (Department for Education, wytyczne ustawowe), luty 2017",
    "What this means":
        "Co to oznacza",
    "The person doing it has power over the child. They might be older, stronger, have money or drugs, or have something to hold over the child, such as a photo. They use that power to get the child to do sexual things.":
        "Osoba, która to robi, ma władzę nad dzieckiem. Może być starsza, silniejsza, mieć pieniądze lub narkotyki albo mieć coś, czym może dziecku grozić, na przykład zdjęcie. Wykorzystuje tę władzę, żeby dziecko robiło rzeczy seksualne.",
    "Often there is a swap. The child gets something they want or need: attention, affection, a place to stay, gifts, alcohol or a feeling of belonging. The abuser gets something too, for themselves or for other people.":
        "Często dochodzi do wymiany. Dziecko dostaje coś, czego chce lub potrzebuje: uwagę, czułość, miejsce do spania, prezenty, alkohol albo poczucie przynależności. Sprawca też coś dostaje, dla siebie lub dla innych osób.",
    "It can happen online, face to face, or both.":
        "Może się to dziać w internecie, twarzą w twarz albo na oba sposoby.",
    "It happens to boys and to girls, of any background.":
        "Dotyka chłopców i dziewczynki z każdego środowiska.",
    "The person doing it may be an adult, a group or a gang, or another young person.":
        "Sprawcą może być dorosły, grupa lub gang albo inna młoda osoba.",
    "It can start with someone being kind, so the child may not see it as abuse.":
        "Może się zacząć od tego, że ktoś jest miły, więc dziecko może nie uważać tego za krzywdzenie.",
    "It is never the child's fault":
        "To nigdy nie jest wina dziecka",
    "A child cannot agree to being exploited. Even if it looked as if they went along with it, even if they said yes, and even if they were given something in return, it is abuse, and the person exploiting them is responsible. Children who are exploited are victims and should be treated as victims.":
        "Dziecko nie może zgodzić się na wykorzystywanie. Nawet jeśli wyglądało na to, że się zgadzało, nawet jeśli powiedziało „tak” i nawet jeśli coś w zamian dostało, jest to krzywdzenie, a odpowiedzialność ponosi osoba, która je wykorzystuje. Dzieci wykorzystywane są ofiarami i należy je traktować jak ofiary.",
    "Signs to look out for":
        "Sygnały, na które warto zwracać uwagę",
    "Gifts, money and things they cannot explain":
        "Prezenty, pieniądze i rzeczy, których nie potrafią wyjaśnić",
    "New clothes, a new phone, phone credit, money, alcohol, cigarettes or vapes, and no believable story about where they came from. Abusers often give first and ask for something back later.":
        "Nowe ubrania, nowy telefon, doładowania, pieniądze, alkohol, papierosy lub e-papierosy i brak wiarygodnego wyjaśnienia, skąd się wzięły. Sprawcy często najpierw dają, a dopiero później żądają czegoś w zamian.",
    "Older friends and new relationships":
        "Starsi znajomi i nowe związki",
    "A new boyfriend or girlfriend who is much older, or a group of older friends the family has never met. Being picked up in cars by people nobody knows.":
        "Nowy chłopak lub nowa dziewczyna, znacznie starsi, albo grupa starszych znajomych, których rodzina nigdy nie poznała. Odbieranie samochodem przez osoby, których nikt nie zna.",
    "Going missing or coming home late":
        "Znikanie lub późne powroty do domu",
    "Staying out late or overnight without saying where, going missing from home or care, or turning up in places far from where they live. Children who go missing can be at greater risk, and going missing can itself be a sign that someone is exploiting them.":
        "Przebywanie poza domem do późna lub przez całą noc bez mówienia gdzie, znikanie z domu lub placówki opiekuńczej albo pojawianie się w miejscach daleko od miejsca zamieszkania. Dzieci, które znikają, mogą być bardziej zagrożone, a samo znikanie może być sygnałem, że ktoś je wykorzystuje.",
    "Secrets on their phone or online":
        "Tajemnice w telefonie lub w internecie",
    "Being very secretive about their phone, having more than one phone, getting calls or messages at all hours, or seeming scared when a message arrives.":
        "Duża skrytość w sprawie telefonu, posiadanie więcej niż jednego telefonu, połączenia lub wiadomości o każdej porze albo strach, gdy przychodzi wiadomość.",
    "Changes in mood and behaviour":
        "Zmiany nastroju i zachowania",
    "Becoming withdrawn, angry or anxious; missing school; dropping old friends; drinking or taking drugs; hurting themselves.":
        "Wycofanie, złość lub niepokój; opuszczanie lekcji; porzucanie dawnych przyjaciół; picie alkoholu lub branie narkotyków; samookaleczanie.",
    "Signs on their body and health":
        "Sygnały dotyczące ciała i zdrowia",
    "Injuries they will not talk about, sexual health problems or pregnancy, or looking tired and unwell.":
        "Obrażenia, o których nie chcą mówić, problemy ze zdrowiem seksualnym lub ciąża albo zmęczenie i zły wygląd.",
    "One of these signs on its own may mean nothing: many are part of growing up. What matters is a change, or several signs together. If something feels wrong, trust that feeling and talk to someone.":
        "Jeden z tych sygnałów sam w sobie może nic nie znaczyć: wiele z nich to część dorastania. Liczy się zmiana albo kilka sygnałów naraz. Jeśli coś wydaje się nie tak, zaufaj temu uczuciu i porozmawiaj z kimś.",
    "If you are worried about a child":
        "Jeśli martwisz się o dziecko",
    "If a child is in danger now, call 999.":
        "Jeśli dziecku grozi teraz niebezpieczeństwo, zadzwoń pod 999.",
    "To tell the police about something that is not an emergency, call 101.":
        "Aby powiadomić policję o czymś, co nie jest nagłym wypadkiem, zadzwoń pod 101.",
    "To tell what you know without giving your name, call Crimestoppers on 0800 555 111.":
        "Aby przekazać to, co wiesz, bez podawania nazwiska, zadzwoń do Crimestoppers pod numer 0800 555 111.",
    "Adults can talk it through with the NSPCC helpline on 0808 800 5000.":
        "Dorośli mogą porozmawiać o tym z infolinią NSPCC pod numerem 0808 800 5000.",
    "Young people can talk to Childline on 0800 1111, any time.":
        "Młodzi ludzie mogą porozmawiać z Childline pod numerem 0800 1111 o każdej porze.",
    "There is more help for <a id=\"a1\">young people</a>, <a id=\"a2\">parents and carers</a>, <a id=\"a3\">communities</a>, <a id=\"a4\">businesses</a> and <a id=\"a5\">professionals</a>.":
        "Więcej pomocy znajdziesz dla <a id=\"a1\">młodych ludzi</a>, <a id=\"a2\">rodziców i opiekunów</a>, <a id=\"a3\">społeczności</a>, <a id=\"a4\">firm</a> i <a id=\"a5\">specjalistów</a>.",
    "Young people":
        "Młodzi ludzie",
    "Is someone giving you things and then wanting sexual things back? It is not your fault. Find out what is happening and who can help.":
        "Czy ktoś daje ci różne rzeczy, a potem chce w zamian czegoś seksualnego? To nie twoja wina. Dowiedz się, co się dzieje i kto może pomóc.",
    "What to do now":
        "Co zrobić teraz",
    "In danger now? Call 999.":
        "Grozi ci niebezpieczeństwo? Zadzwoń pod 999.",
    "Talk to Childline on 0800 1111. It is free, and you can call any time.":
        "Porozmawiaj z Childline pod numerem 0800 1111. To nic nie kosztuje i możesz dzwonić o każdej porze.",
    "Need to leave fast? Press <b>Exit this page</b>.":
        "Musisz szybko wyjść? Naciśnij <b>Opuść tę stronę</b>.",
    "It is never your fault":
        "To nigdy nie jest twoja wina",
    "If someone is doing this to you, you have done nothing wrong. The person doing it is to blame. Always.":
        "Jeśli ktoś ci to robi, nie zrobiłeś ani nie zrobiłaś nic złego. Winna jest osoba, która to robi. Zawsze.",
    "What it can look like":
        "Jak to może wyglądać",
    "It often starts with someone being nice. They might:":
        "Często zaczyna się od tego, że ktoś jest miły. Może:",
    "give you presents, money, phone credit, vapes or alcohol":
        "dawać ci prezenty, pieniądze, doładowania, e-papierosy lub alkohol",
    "give you lifts, or take you to parties":
        "podwozić cię albo zabierać na imprezy",
    "say you are special, or that they love you":
        "mówić, że jesteś wyjątkowy lub wyjątkowa albo że cię kocha",
    "tell you to keep it secret":
        "kazać ci zachować to w tajemnicy",
    "Then they want something back. They might want sexual things or photos. They might say you owe them. They might scare you or threaten you.":
        "Potem chce czegoś w zamian. Może chcieć rzeczy seksualnych albo zdjęć. Może mówić, że jesteś mu coś winien. Może cię straszyć albo ci grozić.",
    "It can happen online or in person. It happens to boys and girls. The person can be an adult, or someone your age.":
        "Może się to dziać w internecie albo osobiście. Dotyka chłopców i dziewczynki. Sprawcą może być dorosły albo ktoś w twoim wieku.",
    "Tell a safe adult":
        "Powiedz bezpiecznemu dorosłemu",
    "A safe adult is someone you trust who will listen to you. It could be a parent or carer, a teacher, a school nurse, a youth worker, a sports coach or a friend's parent.":
        "Bezpieczny dorosły to ktoś, komu ufasz i kto cię wysłucha. Może to być rodzic lub opiekun, nauczyciel, pielęgniarka szkolna, pracownik młodzieżowy, trener albo rodzic przyjaciela.",
    "A safe adult:":
        "Bezpieczny dorosły:",
    "listens to you and believes you":
        "słucha cię i ci wierzy",
    "does not blame you":
        "nie obwinia cię",
    "helps you get help":
        "pomaga ci uzyskać pomoc",
    "You can start by telling them a little. If the first person does not help, tell someone else. Keep telling until someone helps.":
        "Możesz zacząć od powiedzenia niewiele. Jeśli pierwsza osoba nie pomoże, powiedz komuś innemu. Mów dalej, aż ktoś pomoże.",
    "If you do not want to talk to someone you know, call Childline on <b>0800 1111</b>. You do not have to give your name.":
        "Jeśli nie chcesz rozmawiać z kimś, kogo znasz, zadzwoń do Childline pod numer <b>0800 1111</b>. Nie musisz podawać swojego imienia.",
    "Questions you might have":
        "Pytania, które możesz mieć",
    "Will I get in trouble?":
        "Czy będę mieć kłopoty?",
    "No. You are not the one doing wrong. The person hurting you is. Even if you broke a rule, like going somewhere you should not, or drinking, it is still not your fault.":
        "Nie. To nie ty robisz coś złego. Robi to osoba, która cię krzywdzi. Nawet jeśli złamałeś lub złamałaś jakąś zasadę, na przykład poszedłeś lub poszłaś tam, gdzie nie wolno, albo piłeś lub piłaś alkohol, to nadal nie twoja wina.",
    "They say they love me. Can it still be abuse?":
        "Mówi, że mnie kocha. Czy to nadal może być krzywdzenie?",
    "Yes. People who do this often say they love you or that you are special. Someone who really cares about you does not ask for sexual things in return, make you keep secrets or scare you.":
        "Tak. Osoby, które to robią, często mówią, że cię kochają albo że jesteś wyjątkowy lub wyjątkowa. Ktoś, komu naprawdę na tobie zależy, nie prosi w zamian o rzeczy seksualne, nie każe ci trzymać tajemnic i cię nie straszy.",
    "I said yes at first. Is it my fault?":
        "Na początku się zgodziłem lub zgodziłam. Czy to moja wina?",
    "No. They tricked you, pushed you or made you feel you owed them. That is how this kind of abuse works. It is still abuse.":
        "Nie. Ta osoba cię oszukała, naciskała albo sprawiła, że czułeś lub czułaś się jej coś winien. Tak działa ten rodzaj krzywdzenia. To nadal jest krzywdzenie.",
    "What if it is someone my own age?":
        "A jeśli to ktoś w moim wieku?",
    "It can still be abuse. Young people can exploit other young people too, sometimes because someone older is making them do it.":
        "To nadal może być krzywdzenie. Młodzi ludzie też mogą wykorzystywać innych młodych ludzi, czasem dlatego, że ktoś starszy ich do tego zmusza.",
    "What happens when I tell someone?":
        "Co się stanie, gdy komuś powiem?",
    "A safe adult will listen and help you stay safe. They might need to tell other people whose job is to protect you, like a social worker or the police. They should tell you what they are going to do, and why. You can ask them questions at any time.":
        "Bezpieczny dorosły wysłucha cię i pomoże ci być bezpiecznym. Może potrzebować powiedzieć innym osobom, których zadaniem jest cię chronić, na przykład pracownikowi socjalnemu albo policji. Powinien powiedzieć ci, co zamierza zrobić i dlaczego. W każdej chwili możesz zadawać pytania.",
    "Worried someone checks your phone?":
        "Martwisz się, że ktoś sprawdza twój telefon?",
    "Find out how to hide that you visited this site.":
        "Dowiedz się, jak ukryć, że odwiedzasz tę stronę.",
    "Cover your tracks":
        "Zatrzyj ślady",
    "Our campaign against child sexual exploitation. Learn the signs, share the posters and know what to do if you are worried about a child.":
        "Nasza kampania przeciwko wykorzystywaniu seksualnemu dzieci. Poznaj sygnały, udostępniaj plakaty i wiedz, co zrobić, jeśli martwisz się o dziecko.",
    "The more you know, the more you see":
        "Im więcej wiesz, tym więcej widzisz",
    "Child sexual exploitation often happens in plain sight. The people who do it rely on nobody noticing. Once you know the signs, you start to see them, and you can act.":
        "Wykorzystywanie seksualne dzieci często dzieje się na oczach wszystkich. Sprawcy liczą na to, że nikt niczego nie zauważy. Gdy znasz sygnały, zaczynasz je dostrzegać i możesz działać.",
    "Know and See is run by the safeguarding children partnerships of Cheshire East, Cheshire West and Chester, Halton and Warrington, with Cheshire Police. It is for parents, neighbours, businesses, and everyone who works with children. There are pages for <a id=\"a1\">young people</a> too.":
        "Kampanię Know and See prowadzą partnerstwa na rzecz ochrony dzieci z Cheshire East, Cheshire West and Chester, Halton i Warrington wraz z policją hrabstwa Cheshire. Jest dla rodziców, sąsiadów, firm i wszystkich, którzy pracują z dziećmi. Są też strony dla <a id=\"a1\">młodych ludzi</a>.",
    "A child has gifts, money or a new phone that nobody can explain.":
        "Dziecko ma prezenty, pieniądze albo nowy telefon, których nikt nie potrafi wyjaśnić.",
    "A child is seen with older people the family does not know.":
        "Dziecko widuje się ze starszymi osobami, których rodzina nie zna.",
    "They may be picked up in cars, or talk about a new, much older boyfriend or girlfriend.":
        "Może być odbierane samochodem albo mówić o nowym, dużo starszym chłopaku lub dziewczynie.",
    "A child goes missing, stays out late or comes home at odd hours.":
        "Dziecko znika, zostaje poza domem do późna albo wraca o dziwnych porach.",
    "Going missing can put a child at risk, and it can also be a sign that someone is already exploiting them.":
        "Znikanie może narażać dziecko na niebezpieczeństwo i może też być sygnałem, że ktoś już je wykorzystuje.",
    "A child is secretive about their phone, or has a second phone.":
        "Dziecko ukrywa, co robi w telefonie, albo ma drugi telefon.",
    "A child becomes withdrawn, angry or scared, or drops old friends.":
        "Dziecko staje się wycofane, złe lub przestraszone albo porzuca dawnych przyjaciół.",
    "They may start missing school, drinking or taking drugs.":
        "Może zacząć opuszczać lekcje, pić alkohol lub brać narkotyki.",
    "A child is in hotels, flats or parties with adults they hardly know.":
        "Dziecko bywa w hotelach, mieszkaniach lub na imprezach z dorosłymi, których prawie nie zna.",
    "If you are worried about a child, <a id=\"a1\">report a concern</a>. If you know something about people, places or vehicles, you can <a id=\"a2\">share information with the police</a>. You can also call the police on 101, or Crimestoppers on 0800 555 111 without giving your name.":
        "Jeśli martwisz się o dziecko, <a id=\"a1\">zgłoś swoje obawy</a>. Jeśli wiesz coś o ludziach, miejscach lub pojazdach, możesz <a id=\"a2\">przekazać informacje policji</a>. Możesz też zadzwonić na policję pod numer 101 albo do Crimestoppers pod numer 0800 555 111 bez podawania nazwiska.",
    "Not sure? Call the NSPCC helpline on 0808 800 5000 to talk it through. You do not need to be sure to pass on what you saw.":
        "Nie masz pewności? Zadzwoń na infolinię NSPCC pod numer 0808 800 5000, aby o tym porozmawiać. Nie musisz mieć pewności, żeby przekazać, co widziałeś lub widziałaś.",
    "National Child Exploitation Awareness Day":
        "Narodowy Dzień Świadomości o Wykorzystywaniu Dzieci",
    "Schools, youth groups and businesses across Cheshire shared the Know and See signs and posters.":
        "Szkoły, grupy młodzieżowe i firmy w całym Cheshire udostępniały sygnały i plakaty Know and See.",
    "A national day to talk about exploitation. Share the posters and the posts for social media, and talk to the young people you know about the signs.":
        "Ogólnokrajowy dzień rozmów o wykorzystywaniu. Udostępniaj plakaty i posty w mediach społecznościowych i rozmawiaj ze znanymi ci młodymi ludźmi o sygnałach.",
    "Start of the school year":
        "Początek roku szkolnego",
    "Schools share the pages for Years 5 and 6 and for parents in their first newsletter of the year.":
        "Szkoły udostępniają strony dla klas 5 i 6 oraz dla rodziców w pierwszym biuletynie roku.",
    "Know and See: text for newsletters":
        "Know and See: tekst do biuletynów",
    "Copy this text into a school, parish or community newsletter.":
        "Skopiuj ten tekst do biuletynu szkolnego, parafialnego lub lokalnego.",
    "Know and See: posts for social media":
        "Know and See: posty do mediów społecznościowych",
    "Five short posts to share on your organisation's social media.":
        "Pięć krótkich postów do udostępnienia w mediach społecznościowych twojej organizacji.",
    "Poster for taxi and private hire":
        "Plakat dla taksówek i przewozów na zamówienie",
    "An A4 poster to print, with a QR code that opens the form to share information with the police.":
        "Plakat A4 do wydrukowania, z kodem QR, który otwiera formularz przekazywania informacji policji.",
    "Poster for hotels and accommodation":
        "Plakat dla hoteli i miejsc noclegowych",
    "Poster for leisure: food outlets, gyms, shopping centres and venues":
        "Plakat dla branży rekreacyjnej: lokale gastronomiczne, siłownie, centra handlowe i obiekty",
    "Get help now":
        "Uzyskaj pomoc teraz",
    "Report a concern about a child":
        "Zgłoś obawy dotyczące dziecka",
    "Tell us if you are worried that a child or young person is being sexually exploited. You do not have to be sure, and you do not have to give your name.":
        "Powiedz nam, jeśli obawiasz się, że dziecko lub młoda osoba jest wykorzystywana seksualnie. Nie musisz mieć pewności i nie musisz podawać swojego nazwiska.",
    "If a child is in danger right now, call 999. This form is not watched around the clock, so do not use it in an emergency.":
        "Jeśli dziecku grozi teraz niebezpieczeństwo, zadzwoń pod 999. Ten formularz nie jest sprawdzany przez całą dobę, więc nie używaj go w nagłych wypadkach.",
    "Who can use this form":
        "Kto może skorzystać z tego formularza",
    "Anyone who is worried about a child or young person. You might be a young person yourself, a parent or carer, a friend, a neighbour or someone who works with children. Tell us what you know, even if it is only a small thing.":
        "Każdy, kto martwi się o dziecko lub młodą osobę. Możesz być młodą osobą, rodzicem lub opiekunem, przyjacielem, sąsiadem albo kimś, kto pracuje z dziećmi. Powiedz nam, co wiesz, nawet jeśli to drobiazg.",
    "Who reads your report":
        "Kto czyta twoje zgłoszenie",
    "Your report goes to the children's services team at the council for the area where the child lives: Cheshire East, Cheshire West and Chester, Halton or Warrington. They decide what needs to happen to keep the child safe.":
        "Twoje zgłoszenie trafia do zespołu usług dla dzieci w radzie hrabstwa obszaru, w którym mieszka dziecko: Cheshire East, Cheshire West and Chester, Halton lub Warrington. To oni decydują, co trzeba zrobić, aby dziecko było bezpieczne.",
    "If you are not sure of the area, or it is outside Cheshire, your report goes to a Pan-Cheshire team who pass it to the right place.":
        "Jeśli nie znasz obszaru albo jest on poza Cheshire, twoje zgłoszenie trafia do zespołu Pan-Cheshire, który przekaże je we właściwe miejsce.",
    "What we do not collect":
        "Czego nie zbieramy",
    "We do not record your IP address (the number that identifies your internet connection).":
        "Nie zapisujemy twojego adresu IP (numeru, który identyfikuje twoje połączenie internetowe).",
    "We do not record what phone, computer or browser you use.":
        "Nie zapisujemy, jakiego telefonu, komputera ani przeglądarki używasz.",
    "We do not use cookies, apart from one security cookie on the form pages. It stops other websites sending forms in your name, and holds nothing about you.":
        "Nie używamy plików cookie, poza jednym plikiem bezpieczeństwa na stronach formularza. Uniemożliwia on innym stronom wysyłanie formularzy w twoim imieniu i nie zawiera żadnych informacji o tobie.",
    "We do not ask for your name. You can give it, or a way to contact you, only if you choose to.":
        "Nie pytamy o twoje nazwisko. Możesz je podać albo podać sposób kontaktu tylko wtedy, jeśli chcesz.",
    "What you write is stored in code (encrypted). Only the people who handle reports can read it.":
        "To, co piszesz, jest przechowywane w postaci zaszyfrowanej. Mogą to przeczytać tylko osoby, które zajmują się zgłoszeniami.",
    "After you send it":
        "Po wysłaniu",
    "You will get a reference and a receipt code. With them you can come back later, without an account, to see what is happening with your report and to answer any question the team has for you. If it is not safe to keep the code, you do not have to.":
        "Otrzymasz numer referencyjny i kod potwierdzenia. Dzięki nim możesz później wrócić, bez zakładania konta, aby sprawdzić, co dzieje się z twoim zgłoszeniem, i odpowiedzieć na pytania zespołu. Jeśli przechowywanie kodu nie jest bezpieczne, nie musisz go zachowywać.",
    "You can leave at any time with the <b>Exit this page</b> button. Nothing is sent until you press <b>Send report</b> at the end.":
        "W każdej chwili możesz wyjść, używając przycisku <b>Opuść tę stronę</b>. Nic nie zostanie wysłane, dopóki na końcu nie naciśniesz <b>Wyślij zgłoszenie</b>.",
    "Other ways to get help":
        "Inne sposoby uzyskania pomocy",
    "If you are a young person, you can talk to Childline about anything, free and in private, on 0800 1111. What is happening to you is never your fault.":
        "Jeśli jesteś młodą osobą, możesz porozmawiać z Childline o wszystkim, bezpłatnie i poufnie, pod numerem 0800 1111. To, co ci się przydarza, nigdy nie jest twoją winą.",
    "If you would rather tell someone by phone without giving your name, call Crimestoppers on 0800 555 111.":
        "Jeśli wolisz powiedzieć komuś przez telefon bez podawania nazwiska, zadzwoń do Crimestoppers pod numer 0800 555 111.",
    "Share information about people, places or vehicles":
        "Przekaż informacje o ludziach, miejscach lub pojazdach",
    "Tell the police about people, places or vehicles that could be linked to the sexual exploitation of children. For taxi drivers, hotel and venue staff, and anyone else who has seen something.":
        "Przekaż policji informacje o ludziach, miejscach lub pojazdach, które mogą mieć związek z wykorzystywaniem seksualnym dzieci. Dla taksówkarzy, pracowników hoteli i lokali oraz każdego, kto coś zauważył.",
    "Who this form is for":
        "Dla kogo jest ten formularz",
    "Anyone who has seen or heard something that worries them: taxi and private hire drivers, people who work in hotels, pubs, takeaways, shops and venues, and members of the public. Small details help, such as a vehicle registration, a room number, a name someone used or how something was paid for. You do not have to be sure.":
        "Dla każdego, kto widział lub słyszał coś niepokojącego: kierowców taksówek i przewozów na zamówienie, pracowników hoteli, pubów, barów z jedzeniem na wynos, sklepów i lokali oraz osób prywatnych. Pomagają drobne szczegóły, takie jak numer rejestracyjny pojazdu, numer pokoju, imię, którego ktoś używał, albo sposób zapłaty. Nie musisz mieć pewności.",
    "Who reads your information":
        "Kto czyta twoje informacje",
    "It goes to Cheshire Police, who put it together with what they already know to stop people who harm children. We record the area so it can be shared with the right council.":
        "Trafiają one do policji hrabstwa Cheshire, która łączy je z tym, co już wie, aby powstrzymać osoby krzywdzące dzieci. Zapisujemy obszar, aby można było przekazać je właściwej radzie.",
    "If it is not clear that it is about somewhere in Cheshire, it goes to a Pan-Cheshire team who pass it to the right place.":
        "Jeśli nie jest jasne, że chodzi o miejsce w Cheshire, informacje trafiają do zespołu Pan-Cheshire, który przekaże je we właściwe miejsce.",
    "Other ways to tell someone":
        "Inne sposoby, by komuś powiedzieć",
    "To stay anonymous by phone, call Crimestoppers on 0800 555 111. They will never ask your name.":
        "Aby pozostać anonimowym przez telefon, zadzwoń do Crimestoppers pod numer 0800 555 111. Nigdy nie zapytają o twoje nazwisko.",
    "If you are a young person, you can talk to Childline, free and in private, on 0800 1111.":
        "Jeśli jesteś młodą osobą, możesz porozmawiać z Childline, bezpłatnie i poufnie, pod numerem 0800 1111.",
    "Childline":
        "Childline",
    "Free, confidential help for anyone under 19, any time.":
        "Bezpłatna, poufna pomoc dla wszystkich poniżej 19. roku życia, o każdej porze.",
    "NSPCC helpline":
        "Infolinia NSPCC",
    "For adults worried about a child.":
        "Dla dorosłych, którzy martwią się o dziecko.",
    "Crimestoppers":
        "Crimestoppers",
    "Tell them what you know without giving your name.":
        "Przekaż, co wiesz, bez podawania nazwiska.",
    "Police (not an emergency)":
        "Policja (nie w nagłych wypadkach)",
    "Report something that has already happened.":
        "Zgłoś coś, co już się wydarzyło.",
}
# fmt: on
