"""Demo copy in Romanian, keyed by the English source string (see __init__).

Written for the demo; a qualified translator must review it before it is relied on.
"""

# ruff: noqa: E501  (one string a line: easier to review side by side)
# fmt: off
COPY = {
    "Home":
        "Pagina principală",
    "Information and help about child sexual exploitation in Cheshire East, Cheshire West and Chester, Halton and Warrington: for young people, families, communities, businesses and people who work with children.":
        "Informații și ajutor despre exploatarea sexuală a copiilor în Cheshire East, Cheshire West and Chester, Halton și Warrington: pentru tineri, familii, comunități, firme și persoanele care lucrează cu copii.",
    "Child sexual exploitation: know the signs, get help":
        "Exploatarea sexuală a copiilor: cunoaște semnele, cere ajutor",
    "In danger now?":
        "Ești în pericol acum?",
    "If you or a child is in danger right now, call 999.":
        "Dacă tu sau un copil sunteți în pericol chiar acum, sună la 999.",
    "Need to leave this site quickly? Use the <b>Exit this page</b> button. On a computer you can also press the Shift key three times.":
        "Trebuie să părăsești repede acest site? Folosește butonul <b>Ieși de pe această pagină</b>. Pe calculator poți apăsa și tasta Shift de trei ori.",
    "Who this site is for":
        "Pentru cine este acest site",
    "This site is for anyone who wants to keep children and young people safe from sexual exploitation: young people themselves, parents and carers, neighbours, people who run businesses, and everyone who works with children. Choose the section that fits you.":
        "Acest site este pentru oricine vrea să protejeze copiii și tinerii de exploatarea sexuală: tinerii înșiși, părinții și îngrijitorii, vecinii, cei care conduc afaceri și toți cei care lucrează cu copii. Alege secțiunea potrivită pentru tine.",
    "It is run by the safeguarding children partnerships of Cheshire East, Cheshire West and Chester, Halton and Warrington, working with Cheshire Police.":
        "Este administrat de parteneriatele pentru protecția copiilor din Cheshire East, Cheshire West and Chester, Halton și Warrington, împreună cu Poliția din Cheshire.",
    "Know and See":
        "Know and See (Știi și vezi)",
    "The more you know about child sexual exploitation, the more you see it. Abusers rely on nobody noticing. Once you know what to look for, a gift that seems too generous, a lift from someone nobody has met, or a child who suddenly goes quiet can start to make sense, and you can do something about it.":
        "Cu cât știi mai multe despre exploatarea sexuală a copiilor, cu atât o vezi mai ușor. Abuzatorii se bazează pe faptul că nimeni nu observă. Odată ce știi ce să urmărești, un cadou care pare prea generos, o cursă cu mașina de la cineva pe care nu l-a întâlnit nimeni sau un copil care devine brusc tăcut încep să aibă sens și poți face ceva.",
    "You do not need to be sure before you tell someone. What you have seen could be the piece that helps keep a child safe.":
        "Nu trebuie să fii sigur înainte să spui cuiva. Ce ai văzut ar putea fi piesa care ajută la protejarea unui copil.",
    "What is child sexual exploitation?":
        "Ce este exploatarea sexuală a copiilor?",
    "Read what it means, in young people's own words and in the law, and the signs to look out for.":
        "Citește ce înseamnă, în cuvintele tinerilor și în lege, și care sunt semnele la care să fii atent.",
    "Find out what it is":
        "Află ce este",
    "Who you can call":
        "Pe cine poți suna",
    "What child sexual exploitation means, in young people's words and in the law, the signs to look out for, and what to do if you are worried about a child.":
        "Ce înseamnă exploatarea sexuală a copiilor, în cuvintele tinerilor și în lege, semnele la care să fii atent și ce să faci dacă ești îngrijorat pentru un copil.",
    "Child sexual exploitation, often shortened to CSE, is a kind of child sexual abuse. Here are two ways of saying what it is. The first was written by young people in Cheshire, who felt the official words did not mean much to them. The second is the one professionals use.":
        "Exploatarea sexuală a copiilor, prescurtată adesea CSE, este o formă de abuz sexual asupra copiilor. Iată două moduri de a spune ce este. Primul a fost scris de tineri din Cheshire, pentru care cuvintele oficiale nu însemnau mare lucru. Al doilea este cel folosit de profesioniști.",
    "Child sexual exploitation: what young people say it is":
        "Exploatarea sexuală a copiilor: ce spun tinerii că este",
    "Someone taking advantage of you sexually, for their own benefit. Through threats, bribes, violence, humiliation, or by telling you that they love you, they will have the power to get you to do sexual things for their own, or other people’s benefit or enjoyment (including: touching or kissing private parts, sex, taking sexual photos). You find out, it isn’t OK and they were just pretending to care about you just so they could use you. And you’re just a kid and they are abusing you and they shouldn’t. It’s against the law, if you’re under 18. Giving you phone credit, or gifts or making you feel great, it isn’t enough, it’s just abuse and they are hurting you.":
        "Cineva profită de tine sexual, în folosul lui. Prin amenințări, mită, violență, umilire sau spunându-ți că te iubește, capătă puterea de a te face să faci lucruri sexuale în folosul sau pentru plăcerea lui ori a altor persoane (inclusiv: atingerea sau sărutarea părților intime, sex, fotografii cu conținut sexual). Afli că nu este în regulă și că doar se prefăcea că îi pasă de tine ca să te poată folosi. Iar tu ești doar un copil, el te abuzează și nu ar trebui. Este împotriva legii dacă ai sub 18 ani. Să-ți dea credit pe telefon, cadouri sau să te facă să te simți minunat nu este de ajuns, este doar abuz și te rănește.",
    "Written by young people in Cheshire":
        "Scris de tineri din Cheshire",
    "The definition in statutory guidance":
        "Definiția din ghidul oficial",
    "Child sexual exploitation is a form of child sexual abuse. It occurs where an individual or group takes advantage of an imbalance of power to coerce, manipulate or deceive a child or young person under the age of 18 into sexual activity<br/>(a) in exchange for something the victim needs or wants, and/or<br/>(b) for the financial advantage or increased status of the perpetrator or facilitator.<br/>The victim may have been sexually exploited even if the sexual activity appears consensual. Child sexual exploitation does not always involve physical contact; it can also occur through the use of technology.":
        "Exploatarea sexuală a copiilor este o formă de abuz sexual asupra copiilor. Apare atunci când o persoană sau un grup profită de un dezechilibru de putere pentru a constrânge, manipula sau înșela un copil sau un tânăr sub 18 ani să participe la activități sexuale<br/>(a) în schimbul a ceva de care victima are nevoie sau pe care și-l dorește și/sau<br/>(b) pentru avantajul financiar sau creșterea statutului făptuitorului sau al celui care facilitează.<br/>Victima poate fi exploatată sexual chiar dacă activitatea sexuală pare consimțită. Exploatarea sexuală a copiilor nu implică întotdeauna contact fizic; poate avea loc și prin intermediul tehnologiei.",
    "Department for Education (statutory guidance), February 2017":
        "Ministerul Educației (Department for Education, ghid oficial), februarie 2017",
    "What this means":
        "Ce înseamnă asta",
    "The person doing it has power over the child. They might be older, stronger, have money or drugs, or have something to hold over the child, such as a photo. They use that power to get the child to do sexual things.":
        "Persoana care face asta are putere asupra copilului. Poate fi mai în vârstă, mai puternică, poate avea bani sau droguri ori ceva cu care să-l țină pe copil în șah, de exemplu o fotografie. Folosește această putere ca să-l facă pe copil să facă lucruri sexuale.",
    "Often there is a swap. The child gets something they want or need: attention, affection, a place to stay, gifts, alcohol or a feeling of belonging. The abuser gets something too, for themselves or for other people.":
        "Adesea are loc un schimb. Copilul primește ceva ce vrea sau de care are nevoie: atenție, afecțiune, un loc unde să stea, cadouri, alcool sau sentimentul că aparține unui grup. Și abuzatorul primește ceva, pentru el sau pentru alții.",
    "It can happen online, face to face, or both.":
        "Se poate întâmpla online, față în față sau în ambele feluri.",
    "It happens to boys and to girls, of any background.":
        "Li se întâmplă și băieților, și fetelor, din orice mediu.",
    "The person doing it may be an adult, a group or a gang, or another young person.":
        "Persoana care face asta poate fi un adult, un grup sau o bandă ori un alt tânăr.",
    "It can start with someone being kind, so the child may not see it as abuse.":
        "Poate începe cu cineva care este amabil, așa că este posibil ca un copil să nu vadă asta ca abuz.",
    "It is never the child's fault":
        "Nu este niciodată vina copilului",
    "A child cannot agree to being exploited. Even if it looked as if they went along with it, even if they said yes, and even if they were given something in return, it is abuse, and the person exploiting them is responsible. Children who are exploited are victims and should be treated as victims.":
        "Un copil nu poate fi de acord să fie exploatat. Chiar dacă a părut că a acceptat, chiar dacă a spus da și chiar dacă a primit ceva în schimb, este abuz, iar responsabilă este persoana care îl exploatează. Copiii exploatați sunt victime și trebuie tratați ca victime.",
    "Signs to look out for":
        "Semne la care să fii atent",
    "Gifts, money and things they cannot explain":
        "Cadouri, bani și lucruri pe care nu le pot explica",
    "New clothes, a new phone, phone credit, money, alcohol, cigarettes or vapes, and no believable story about where they came from. Abusers often give first and ask for something back later.":
        "Haine noi, un telefon nou, credit pe telefon, bani, alcool, țigări sau țigări electronice și nicio explicație credibilă despre proveniența lor. Abuzatorii dau adesea mai întâi și cer ceva înapoi mai târziu.",
    "Older friends and new relationships":
        "Prieteni mai în vârstă și relații noi",
    "A new boyfriend or girlfriend who is much older, or a group of older friends the family has never met. Being picked up in cars by people nobody knows.":
        "Un iubit sau o iubită nouă mult mai în vârstă sau un grup de prieteni mai mari pe care familia nu i-a cunoscut niciodată. Este luat cu mașina de oameni pe care nu-i cunoaște nimeni.",
    "Going missing or coming home late":
        "Dispare sau vine târziu acasă",
    "Staying out late or overnight without saying where, going missing from home or care, or turning up in places far from where they live. Children who go missing can be at greater risk, and going missing can itself be a sign that someone is exploiting them.":
        "Stă afară până târziu sau peste noapte fără să spună unde, dispare de acasă sau din centrul de plasament ori apare în locuri departe de casă. Copiii care dispar pot fi mai expuși riscului, iar dispariția poate fi în sine un semn că cineva îi exploatează.",
    "Secrets on their phone or online":
        "Secrete pe telefon sau online",
    "Being very secretive about their phone, having more than one phone, getting calls or messages at all hours, or seeming scared when a message arrives.":
        "Este foarte secretos cu telefonul, are mai multe telefoane, primește apeluri sau mesaje la orice oră sau pare speriat când sosește un mesaj.",
    "Changes in mood and behaviour":
        "Schimbări de dispoziție și de comportament",
    "Becoming withdrawn, angry or anxious; missing school; dropping old friends; drinking or taking drugs; hurting themselves.":
        "Devine retras, furios sau anxios; lipsește de la școală; renunță la prietenii vechi; bea sau ia droguri; își face rău.",
    "Signs on their body and health":
        "Semne pe corp și în starea de sănătate",
    "Injuries they will not talk about, sexual health problems or pregnancy, or looking tired and unwell.":
        "Răni despre care nu vrea să vorbească, probleme de sănătate sexuală sau sarcină ori pare obosit și bolnav.",
    "One of these signs on its own may mean nothing: many are part of growing up. What matters is a change, or several signs together. If something feels wrong, trust that feeling and talk to someone.":
        "Unul dintre aceste semne, luat singur, poate să nu însemne nimic: multe fac parte din creștere. Ce contează este o schimbare sau mai multe semne împreună. Dacă simți că ceva nu este în regulă, ai încredere în acest sentiment și vorbește cu cineva.",
    "If you are worried about a child":
        "Dacă ești îngrijorat pentru un copil",
    "If a child is in danger now, call 999.":
        "Dacă un copil este în pericol acum, sună la 999.",
    "To tell the police about something that is not an emergency, call 101.":
        "Pentru a spune poliției despre ceva care nu este o urgență, sună la 101.",
    "To tell what you know without giving your name, call Crimestoppers on 0800 555 111.":
        "Pentru a spune ce știi fără să-ți dai numele, sună la Crimestoppers la 0800 555 111.",
    "Adults can talk it through with the NSPCC helpline on 0808 800 5000.":
        "Adulții pot vorbi despre asta cu linia de ajutor NSPCC la 0808 800 5000.",
    "Young people can talk to Childline on 0800 1111, any time.":
        "Tinerii pot vorbi cu Childline la 0800 1111, oricând.",
    "There is more help for <a id=\"a1\">young people</a>, <a id=\"a2\">parents and carers</a>, <a id=\"a3\">communities</a>, <a id=\"a4\">businesses</a> and <a id=\"a5\">professionals</a>.":
        "Există mai mult ajutor pentru <a id=\"a1\">tineri</a>, <a id=\"a2\">părinți și îngrijitori</a>, <a id=\"a3\">comunități</a>, <a id=\"a4\">firme</a> și <a id=\"a5\">profesioniști</a>.",
    "Young people":
        "Tineri",
    "Is someone giving you things and then wanting sexual things back? It is not your fault. Find out what is happening and who can help.":
        "Îți dă cineva lucruri și apoi vrea lucruri sexuale în schimb? Nu este vina ta. Află ce se întâmplă și cine te poate ajuta.",
    "What to do now":
        "Ce să faci acum",
    "In danger now? Call 999.":
        "Ești în pericol acum? Sună la 999.",
    "Talk to Childline on 0800 1111. It is free, and you can call any time.":
        "Vorbește cu Childline la 0800 1111. Este gratuit și poți suna oricând.",
    "Need to leave fast? Press <b>Exit this page</b>.":
        "Trebuie să pleci repede? Apasă <b>Ieși de pe această pagină</b>.",
    "It is never your fault":
        "Nu este niciodată vina ta",
    "If someone is doing this to you, you have done nothing wrong. The person doing it is to blame. Always.":
        "Dacă cineva îți face asta, nu ai greșit cu nimic. Vina este a persoanei care face asta. Întotdeauna.",
    "What it can look like":
        "Cum poate arăta",
    "It often starts with someone being nice. They might:":
        "Adesea începe cu cineva care este drăguț. Poate:",
    "give you presents, money, phone credit, vapes or alcohol":
        "să-ți dea cadouri, bani, credit pe telefon, țigări electronice sau alcool",
    "give you lifts, or take you to parties":
        "să te ducă cu mașina sau să te ia la petreceri",
    "say you are special, or that they love you":
        "să-ți spună că ești special sau că te iubește",
    "tell you to keep it secret":
        "să-ți spună să păstrezi secretul",
    "Then they want something back. They might want sexual things or photos. They might say you owe them. They might scare you or threaten you.":
        "Apoi vrea ceva înapoi. Poate vrea lucruri sexuale sau fotografii. Poate spune că îi datorezi. Poate să te sperie sau să te amenințe.",
    "It can happen online or in person. It happens to boys and girls. The person can be an adult, or someone your age.":
        "Se poate întâmpla online sau în persoană. Li se întâmplă băieților și fetelor. Persoana poate fi un adult sau cineva de vârsta ta.",
    "Tell a safe adult":
        "Spune unui adult de încredere",
    "A safe adult is someone you trust who will listen to you. It could be a parent or carer, a teacher, a school nurse, a youth worker, a sports coach or a friend's parent.":
        "Un adult de încredere este cineva în care ai încredere și care te ascultă. Poate fi un părinte sau un îngrijitor, un profesor, asistenta școlii, un lucrător de tineret, un antrenor sau părintele unui prieten.",
    "A safe adult:":
        "Un adult de încredere:",
    "listens to you and believes you":
        "te ascultă și te crede",
    "does not blame you":
        "nu te învinovățește",
    "helps you get help":
        "te ajută să primești ajutor",
    "You can start by telling them a little. If the first person does not help, tell someone else. Keep telling until someone helps.":
        "Poți începe spunându-i doar puțin. Dacă prima persoană nu te ajută, spune altcuiva. Continuă să spui până te ajută cineva.",
    "If you do not want to talk to someone you know, call Childline on <b>0800 1111</b>. You do not have to give your name.":
        "Dacă nu vrei să vorbești cu cineva cunoscut, sună la Childline la <b>0800 1111</b>. Nu trebuie să-ți spui numele.",
    "Questions you might have":
        "Întrebări pe care le-ai putea avea",
    "Will I get in trouble?":
        "Voi avea probleme?",
    "No. You are not the one doing wrong. The person hurting you is. Even if you broke a rule, like going somewhere you should not, or drinking, it is still not your fault.":
        "Nu. Nu tu faci ceva greșit. Persoana care te rănește face. Chiar dacă ai încălcat o regulă, de exemplu ai mers undeva unde nu aveai voie sau ai băut, tot nu este vina ta.",
    "They say they love me. Can it still be abuse?":
        "Spune că mă iubește. Poate fi totuși abuz?",
    "Yes. People who do this often say they love you or that you are special. Someone who really cares about you does not ask for sexual things in return, make you keep secrets or scare you.":
        "Da. Cei care fac asta spun adesea că te iubesc sau că ești special. Cineva căruia îi pasă cu adevărat de tine nu îți cere lucruri sexuale în schimb, nu te pune să păstrezi secrete și nu te sperie.",
    "I said yes at first. Is it my fault?":
        "La început am spus da. Este vina mea?",
    "No. They tricked you, pushed you or made you feel you owed them. That is how this kind of abuse works. It is still abuse.":
        "Nu. Te-a păcălit, te-a presat sau te-a făcut să simți că îi datorezi ceva. Așa funcționează acest fel de abuz. Este tot abuz.",
    "What if it is someone my own age?":
        "Ce se întâmplă dacă este cineva de vârsta mea?",
    "It can still be abuse. Young people can exploit other young people too, sometimes because someone older is making them do it.":
        "Poate fi tot abuz. Și tinerii pot exploata alți tineri, uneori pentru că cineva mai în vârstă îi obligă.",
    "What happens when I tell someone?":
        "Ce se întâmplă când spun cuiva?",
    "A safe adult will listen and help you stay safe. They might need to tell other people whose job is to protect you, like a social worker or the police. They should tell you what they are going to do, and why. You can ask them questions at any time.":
        "Un adult de încredere te va asculta și te va ajuta să fii în siguranță. Poate fi nevoie să le spună și altor persoane a căror meserie este să te protejeze, de exemplu unui asistent social sau poliției. Ar trebui să-ți spună ce va face și de ce. Poți să pui întrebări oricând.",
    "Worried someone checks your phone?":
        "Îți faci griji că cineva îți verifică telefonul?",
    "Find out how to hide that you visited this site.":
        "Află cum să ascunzi faptul că ai vizitat acest site.",
    "Cover your tracks":
        "Șterge-ți urmele",
    "Our campaign against child sexual exploitation. Learn the signs, share the posters and know what to do if you are worried about a child.":
        "Campania noastră împotriva exploatării sexuale a copiilor. Învață semnele, distribuie afișele și află ce să faci dacă ești îngrijorat pentru un copil.",
    "The more you know, the more you see":
        "Cu cât știi mai multe, cu atât vezi mai multe",
    "Child sexual exploitation often happens in plain sight. The people who do it rely on nobody noticing. Once you know the signs, you start to see them, and you can act.":
        "Exploatarea sexuală a copiilor se petrece adesea la vedere. Cei care o comit se bazează pe faptul că nimeni nu observă. Odată ce cunoști semnele, începi să le vezi și poți acționa.",
    "Know and See is run by the safeguarding children partnerships of Cheshire East, Cheshire West and Chester, Halton and Warrington, with Cheshire Police. It is for parents, neighbours, businesses, and everyone who works with children. There are pages for <a id=\"a1\">young people</a> too.":
        "Know and See este condusă de parteneriatele pentru protecția copiilor din Cheshire East, Cheshire West and Chester, Halton și Warrington, împreună cu Poliția din Cheshire. Este pentru părinți, vecini, firme și toți cei care lucrează cu copii. Există pagini și pentru <a id=\"a1\">tineri</a>.",
    "A child has gifts, money or a new phone that nobody can explain.":
        "Un copil are cadouri, bani sau un telefon nou pe care nimeni nu le poate explica.",
    "A child is seen with older people the family does not know.":
        "Un copil este văzut cu persoane mai în vârstă pe care familia nu le cunoaște.",
    "They may be picked up in cars, or talk about a new, much older boyfriend or girlfriend.":
        "Poate fi luat cu mașina sau vorbește despre un iubit sau o iubită nouă, mult mai în vârstă.",
    "A child goes missing, stays out late or comes home at odd hours.":
        "Un copil dispare, stă afară până târziu sau vine acasă la ore ciudate.",
    "Going missing can put a child at risk, and it can also be a sign that someone is already exploiting them.":
        "Dispariția poate pune un copil în pericol și poate fi, de asemenea, un semn că cineva îl exploatează deja.",
    "A child is secretive about their phone, or has a second phone.":
        "Un copil este secretos cu telefonul sau are un al doilea telefon.",
    "A child becomes withdrawn, angry or scared, or drops old friends.":
        "Un copil devine retras, furios sau speriat ori renunță la prietenii vechi.",
    "They may start missing school, drinking or taking drugs.":
        "Poate începe să lipsească de la școală, să bea sau să ia droguri.",
    "A child is in hotels, flats or parties with adults they hardly know.":
        "Un copil stă în hoteluri, apartamente sau la petreceri cu adulți pe care abia îi cunoaște.",
    "If you are worried about a child, <a id=\"a1\">report a concern</a>. If you know something about people, places or vehicles, you can <a id=\"a2\">share information with the police</a>. You can also call the police on 101, or Crimestoppers on 0800 555 111 without giving your name.":
        "Dacă ești îngrijorat pentru un copil, <a id=\"a1\">raportează o îngrijorare</a>. Dacă știi ceva despre persoane, locuri sau vehicule, poți <a id=\"a2\">transmite informații poliției</a>. Poți suna și la poliție la 101 sau la Crimestoppers la 0800 555 111 fără să-ți dai numele.",
    "Not sure? Call the NSPCC helpline on 0808 800 5000 to talk it through. You do not need to be sure to pass on what you saw.":
        "Nu ești sigur? Sună la linia de ajutor NSPCC la 0808 800 5000 ca să vorbești despre asta. Nu trebuie să fii sigur ca să transmiți ce ai văzut.",
    "National Child Exploitation Awareness Day":
        "Ziua Națională de Conștientizare a Exploatării Copiilor",
    "Schools, youth groups and businesses across Cheshire shared the Know and See signs and posters.":
        "Școli, grupuri de tineret și firme din tot Cheshire au distribuit semnele și afișele Know and See.",
    "A national day to talk about exploitation. Share the posters and the posts for social media, and talk to the young people you know about the signs.":
        "O zi națională în care se vorbește despre exploatare. Distribuie afișele și postările pentru rețelele sociale și vorbește cu tinerii pe care îi cunoști despre semne.",
    "Start of the school year":
        "Începutul anului școlar",
    "Schools share the pages for Years 5 and 6 and for parents in their first newsletter of the year.":
        "Școlile distribuie paginile pentru clasele a 5-a și a 6-a și pentru părinți în primul buletin informativ al anului.",
    "Know and See: text for newsletters":
        "Know and See: text pentru buletine informative",
    "Copy this text into a school, parish or community newsletter.":
        "Copiază acest text într-un buletin informativ al școlii, al parohiei sau al comunității.",
    "Know and See: posts for social media":
        "Know and See: postări pentru rețelele sociale",
    "Five short posts to share on your organisation's social media.":
        "Cinci postări scurte de distribuit pe rețelele sociale ale organizației tale.",
    "Poster for taxi and private hire":
        "Afiș pentru taxiuri și transport privat",
    "An A4 poster to print, with a QR code that opens the form to share information with the police.":
        "Un afiș A4 de tipărit, cu un cod QR care deschide formularul pentru transmiterea informațiilor către poliție.",
    "Poster for hotels and accommodation":
        "Afiș pentru hoteluri și cazare",
    "Poster for leisure: food outlets, gyms, shopping centres and venues":
        "Afiș pentru agrement: localuri cu mâncare, săli de sport, centre comerciale și locuri de evenimente",
    "Get help now":
        "Cere ajutor acum",
    "Report a concern about a child":
        "Raportează o îngrijorare legată de un copil",
    "Tell us if you are worried that a child or young person is being sexually exploited. You do not have to be sure, and you do not have to give your name.":
        "Spune-ne dacă ești îngrijorat că un copil sau un tânăr este exploatat sexual. Nu trebuie să fii sigur și nu trebuie să-ți dai numele.",
    "If a child is in danger right now, call 999. This form is not watched around the clock, so do not use it in an emergency.":
        "Dacă un copil este în pericol chiar acum, sună la 999. Acest formular nu este urmărit non-stop, așa că nu-l folosi în caz de urgență.",
    "Who can use this form":
        "Cine poate folosi acest formular",
    "Anyone who is worried about a child or young person. You might be a young person yourself, a parent or carer, a friend, a neighbour or someone who works with children. Tell us what you know, even if it is only a small thing.":
        "Oricine este îngrijorat pentru un copil sau un tânăr. Poți fi chiar tu un tânăr, un părinte sau un îngrijitor, un prieten, un vecin sau cineva care lucrează cu copii. Spune-ne ce știi, chiar dacă este doar un lucru mărunt.",
    "Who reads your report":
        "Cine citește raportul tău",
    "Your report goes to the children's services team at the council for the area where the child lives: Cheshire East, Cheshire West and Chester, Halton or Warrington. They decide what needs to happen to keep the child safe.":
        "Raportul tău ajunge la echipa de servicii pentru copii a consiliului din zona în care locuiește copilul: Cheshire East, Cheshire West and Chester, Halton sau Warrington. Ei decid ce trebuie făcut pentru ca acel copil să fie în siguranță.",
    "If you are not sure of the area, or it is outside Cheshire, your report goes to a Pan-Cheshire team who pass it to the right place.":
        "Dacă nu ești sigur de zonă sau este în afara comitatului Cheshire, raportul tău ajunge la o echipă Pan-Cheshire care îl transmite unde trebuie.",
    "What we do not collect":
        "Ce nu colectăm",
    "We do not record your IP address (the number that identifies your internet connection).":
        "Nu înregistrăm adresa ta IP (numărul care identifică conexiunea ta la internet).",
    "We do not record what phone, computer or browser you use.":
        "Nu înregistrăm ce telefon, calculator sau browser folosești.",
    "We do not use cookies, apart from one security cookie on the form pages. It stops other websites sending forms in your name, and holds nothing about you.":
        "Nu folosim cookie-uri, cu excepția unui cookie de securitate pe paginile formularului. Acesta împiedică alte site-uri să trimită formulare în numele tău și nu conține nimic despre tine.",
    "We do not ask for your name. You can give it, or a way to contact you, only if you choose to.":
        "Nu îți cerem numele. Îl poți da, sau un mod de a te contacta, doar dacă alegi tu.",
    "What you write is stored in code (encrypted). Only the people who handle reports can read it.":
        "Ce scrii este stocat criptat. Doar persoanele care se ocupă de rapoarte îl pot citi.",
    "After you send it":
        "După ce îl trimiți",
    "You will get a reference and a receipt code. With them you can come back later, without an account, to see what is happening with your report and to answer any question the team has for you. If it is not safe to keep the code, you do not have to.":
        "Vei primi o referință și un cod de confirmare. Cu ele poți reveni mai târziu, fără cont, ca să vezi ce se întâmplă cu raportul tău și să răspunzi la întrebările echipei. Dacă nu este sigur să păstrezi codul, nu trebuie să-l păstrezi.",
    "You can leave at any time with the <b>Exit this page</b> button. Nothing is sent until you press <b>Send report</b> at the end.":
        "Poți pleca oricând cu butonul <b>Ieși de pe această pagină</b>. Nu se trimite nimic până nu apeși <b>Trimite raportul</b> la final.",
    "Other ways to get help":
        "Alte moduri de a primi ajutor",
    "If you are a young person, you can talk to Childline about anything, free and in private, on 0800 1111. What is happening to you is never your fault.":
        "Dacă ești tânăr, poți vorbi cu Childline despre orice, gratuit și confidențial, la 0800 1111. Ce ți se întâmplă nu este niciodată vina ta.",
    "If you would rather tell someone by phone without giving your name, call Crimestoppers on 0800 555 111.":
        "Dacă preferi să spui cuiva la telefon fără să-ți dai numele, sună la Crimestoppers la 0800 555 111.",
    "Share information about people, places or vehicles":
        "Transmite informații despre persoane, locuri sau vehicule",
    "Tell the police about people, places or vehicles that could be linked to the sexual exploitation of children. For taxi drivers, hotel and venue staff, and anyone else who has seen something.":
        "Spune poliției despre persoane, locuri sau vehicule care ar putea avea legătură cu exploatarea sexuală a copiilor. Pentru șoferi de taxi, personalul hotelurilor și al localurilor și oricine a văzut ceva.",
    "Who this form is for":
        "Pentru cine este acest formular",
    "Anyone who has seen or heard something that worries them: taxi and private hire drivers, people who work in hotels, pubs, takeaways, shops and venues, and members of the public. Small details help, such as a vehicle registration, a room number, a name someone used or how something was paid for. You do not have to be sure.":
        "Pentru oricine a văzut sau a auzit ceva care îl îngrijorează: șoferi de taxi și de transport privat, persoane care lucrează în hoteluri, baruri, localuri cu mâncare la pachet, magazine și locuri de evenimente, precum și publicul larg. Detaliile mici ajută, de exemplu numărul de înmatriculare al unui vehicul, un număr de cameră, un nume folosit de cineva sau cum s-a plătit ceva. Nu trebuie să fii sigur.",
    "Who reads your information":
        "Cine citește informațiile tale",
    "It goes to Cheshire Police, who put it together with what they already know to stop people who harm children. We record the area so it can be shared with the right council.":
        "Ajung la Poliția din Cheshire, care le pune laolaltă cu ce știe deja, pentru a opri persoanele care fac rău copiilor. Înregistrăm zona ca să le putem transmite consiliului potrivit.",
    "If it is not clear that it is about somewhere in Cheshire, it goes to a Pan-Cheshire team who pass it to the right place.":
        "Dacă nu este clar că este vorba despre un loc din Cheshire, ajung la o echipă Pan-Cheshire care le transmite unde trebuie.",
    "Other ways to tell someone":
        "Alte moduri de a spune cuiva",
    "To stay anonymous by phone, call Crimestoppers on 0800 555 111. They will never ask your name.":
        "Pentru a rămâne anonim la telefon, sună la Crimestoppers la 0800 555 111. Nu te vor întreba niciodată cum te numești.",
    "If you are a young person, you can talk to Childline, free and in private, on 0800 1111.":
        "Dacă ești tânăr, poți vorbi cu Childline, gratuit și confidențial, la 0800 1111.",
    "Childline":
        "Childline",
    "Free, confidential help for anyone under 19, any time.":
        "Ajutor gratuit și confidențial pentru oricine are sub 19 ani, oricând.",
    "NSPCC helpline":
        "Linia de ajutor NSPCC",
    "For adults worried about a child.":
        "Pentru adulții îngrijorați pentru un copil.",
    "Crimestoppers":
        "Crimestoppers",
    "Tell them what you know without giving your name.":
        "Spune-le ce știi fără să-ți dai numele.",
    "Police (not an emergency)":
        "Poliția (nu în caz de urgență)",
    "Report something that has already happened.":
        "Raportează ceva ce s-a întâmplat deja.",
}
# fmt: on
