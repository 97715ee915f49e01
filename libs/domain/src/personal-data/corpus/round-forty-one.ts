/**
 * Round forty-one: written blind, before the detector was run on it.
 * Ten different officers per language, each with their own habits (careful, hurried, chatty, formal, bullet points,
 * typos, quoting the child), on many platforms and situations; clean notes are full of famous people, game characters,
 * help lines, codes, prices and the blue police profiles.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FORTY_ONE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      `- Platform: Roblox (Brookhaven)\n- Girl, says she is 12, plays as "lilmoonpie_09"\n- An adult-sounding player keeps asking her to add him on Snapchat, she pasted his name there: "jonas.k.2004"\n- Advised her not to add, showed how to block + report\n- Will tell her mum tonight (her words)`,
      'lilmoonpie_09',
      'jonas.k.2004',
    ),
    withIds(
      `talked w/ boy ~14 on discord voice, he got a msg from someone claiming to be "Discord Nitro support" asking for his login. then he gave us his own number so we could call him back?? 40 77 12 34 — told him we never call kids privately, pointed him to his parents. no money lost, acc still his.`,
      '40 77 12 34',
    ),
    withIds(
      `Long chat tonight with a lad from the Haugesund area. He'd been sent a nude by a "girl" on Instagram and then got the classic threat: pay 2,000 kr in gift cards or the video goes to all his followers. He was really shaken. He'd already written to the scammer from his school mail, which he spelled out for us as oliver dot haug at skole dot no before we could stop him. We told him not to pay, keep the screenshots, and talk to Kors på halsen or his parents. Passed to Kripos per the sextortion routine.`,
      'oliver dot haug at skole dot no',
    ),
    withIds(
      `Summary of interaction (Fortnite, Finnish team): a 13-year-old girl reported that a classmate is spreading edited pictures of her on a Discord server. She gave the classmate's user ID, 1093847561029384756, and said they are both in class 7C at Ressu comprehensive school in Helsinki. The officer explained how to report to Discord Trust & Safety and recommended involving the school social worker.`,
      '1093847561029384756',
      '7C at Ressu comprehensive school',
    ),
    withIds(
      `TikTok live, Icelandic team. Boy wrote in the comments: "my name is Sindri Már Jónsson and I live at Háaleitisbraut 58, come and arrest my brother lol". Clearly a joke, but the comment was public so we asked him to delete it, and he did. Short talk about what is safe to share on a live stream.`,
      'Sindri Már Jónsson',
      'Háaleitisbraut 58',
    ),
    clean(
      `Minecraft server, English-speaking session with the Dutch team. Three kids asked if police officers really play games at work. We explained the Action Week and the blue profile "Politie Online". They wanted to know who is better, Messi or Ronaldo, and we diplomatically said Haaland. Built a small police station next to their village and left at 19:40.`,
    ),
    clean(
      `Girl (approx. 15) on Discord mentioned she had been cutting again and that "nobody would notice if I disappeared". Officer stayed in the chat for about 35 min, gave her the Mental Helse help line 116 123 and the chat at sidetmedord.no, and she agreed to talk to the school nurse tomorrow. No identifying info asked for or given. Flagged to the shift leader at Kripos for follow-up through the platform's emergency route.`,
    ),
    clean(
      `Twitch chat during a Call of Duty stream: a group of accounts spammed "1488" and Atomwaffen memes. The streamer (adult, public channel) banned them. Afterwards we talked with two younger viewers about why those numbers are used and where to report it (Twitch report button, tips.politiet.no). Nothing for referral.`,
    ),
    clean(
      `Kid asked in a Fortnite lobby: "can u arrest someone for cheating in ranked?" Explained the difference between breaking game rules and breaking the law. He also asked how much a police officer earns in Finland and whether Poliisi Nettipartio is a real cop or a bot. Answered in general terms. Skin of the day: Peely.`,
    ),
    clean(
      `Scam warning given on Roblox: a fake "free Robux" site, robux-bonus.xyz, asks for the login and the 2FA code. One boy had almost typed his 6-digit code 482 913 into it. We showed him how to turn on the Roblox PIN and change his password. It would have cost him the whole account with ~4,500 Robux (about 550 NOK).`,
    ),
  ],
  nb: [
    withIds(
      `Samtale på Discord med jente (14). Hun fortalte at en ukjent person hadde fått henne til å sende bilde av bankkortet og fødselsnummeret sitt, 220709 53432, for å «vinne» et gavekort. Vi ba henne varsle foreldrene og banken straks. Veiledet om ID-tyveri. Saken er meldt videre til Kripos.`,
      '220709 53432',
    ),
    withIds(
      `fortnite squad, gutt ca 11 – Mathias – blir mobba av noen i klassen som sier stygge ting om vekta hans i voice. snakka om å si fra til lærer. tips om mute/blokk. han spilte som MathiasGoat2013, ok stemning til slutt`,
      'Mathias',
      'MathiasGoat2013',
    ),
    withIds(
      `Hyggelig prat i Minecraft med to brødre som hadde bygd en kopi av huset sitt. Den ene skrev stolt at det var «akkurat som hjemme i Solåsveien 7, 1390 Vollen». Vi forklarte vennlig hvorfor man ikke skriver adressen sin i åpen chat, og de byttet skiltet i spillet til «Politiets hytte» i stedet 😄`,
      'Solåsveien 7, 1390 Vollen',
    ),
    withIds(
      `• Snapchat (kontakt via TikTok)\n• Gutt 15, sier han blir presset til å selge snus for en eldre gutt\n• Oppgir at det skjer i friminuttene i 10B ved Hundsund ungdomsskole\n• Henvist til forebyggende i Øst politidistrikt\n• Han vil ikke at foreldrene skal vite om det (ennå)`,
      '10B ved Hundsund ungdomsskole',
    ),
    withIds(
      `Gutt (13) på Roblox: «hvis dere er ekte politi send meg mail på kul_kevin alfakrøll hotmail punktum com». Vi svarte at politiet aldri ber om e-post i chatten og at han ikke må legge den ut. Han sa at vennene kaller ham «Kevvo». Snakket om falske politiprofiler.`,
      'kul_kevin alfakrøll hotmail punktum com',
      'Kevvo',
    ),
    clean(
      `Politiet Nettpatrulje var på Twitch i kveld kl. 20–22. Mange spørsmål om hvordan man blir politi, om Politihøgskolen og om vi noen gang har sett Erling Haaland på jobb. Ingen bekymringsmeldinger.`,
    ),
    clean(
      `Jente (16) spurte på vegne av «en venninne» hva man gjør hvis noen truer med å dele nakenbilder. Råd: ikke betal, ikke slett samtalen, ta skjermbilder, kontakt slettmeg.no, og ring 02800 eller 112 hvis det haster. Hun takket og logget av.`,
    ),
    clean(
      `mc server «Nordlys SMP» – masse spm om vi kan se hva de skriver i DM. forklart at vi ikke kan det. en gutt ville vite om Steve eller Alex er sterkest lol. 45 min, alt ok`,
    ),
    clean(
      `Svindel på Discord: «gratis Nitro»-lenke fra en konto som utga seg for å være Discord Support. To gutter hadde trykket, den ene mistet kontoen. Anbefalt å bytte passord, skru på tofaktor og melde fra til Discord. Han hadde kjøpt et skin til 129 kr dagen før, det er borte.`,
    ),
    clean(
      `Ungdom i Fortnite-lobby skrev at h*n «ikke orket mer». Vi holdt samtalen i gang og ga nummeret til Kors på halsen (800 33 321) og Mental Helse (116 123). Personen sa h*n skulle snakke med helsesykepleier på mandag. Rapportert til vaktleder kl. 21.15, ingen identitet kjent.`,
    ),
  ],
  nn: [
    withIds(
      `Jenta (12) skreiv i Roblox-chatten at ein vaksen mann hadde bede om nummeret hennar. Ho hadde alt sendt det: 938 47 211. Vi rådde henne til å blokkere han og seie frå til foreldra. Meldt vidare til Kripos.`,
      '938 47 211',
    ),
    withIds(
      `Samtale med Ingrid Haugland (14) på Discord. Ho fortel at nokon i 9A på Sandane skule har laga ein hatkonto om henne på TikTok. Vi forklarte korleis ho kan melde kontoen, og oppmoda henne til å snakke med kontaktlæraren.`,
      'Ingrid Haugland',
      '9A på Sandane skule',
    ),
    withIds(
      `Gut (15) ville vite om det var farleg at han hadde skrive personnummeret sitt, 291110 577 19, i eit skjema for «gratis V-Bucks». Ja, sa vi. Tipsa om å snakke med foreldra og Skatteetaten. Tre andre i lobbyen hadde gjort det same.`,
      '291110 577 19',
    ),
    withIds(
      `TikTok: gut ca. 13 er utpressa etter å ha sendt bilete til ein profil som heiter @lena.snus_07. Han sende òg Roblox-ID-en sin, 3819204756, så vi kunne «sjekke han». Vi bad han ikkje betale. Skjermbilete sikra, sak oppretta hjå Kripos.`,
      '@lena.snus_07',
      '3819204756',
    ),
    withIds(
      `Praten gjekk mest om skateparken i Førde. Guten som kallar seg «Tøffe-Tobben» i klanen fortalde at dei møtest ved Hafstadvegen 22 kvar fredag etter skulen. Vi minte om at alle på serveren kan lese det, og han retta meldinga.`,
      'Tøffe-Tobben',
      'Hafstadvegen 22',
    ),
    clean(
      `Politiet Nettpatrulje var innom ein Minecraft-server med mange frå Sogn og Fjordane. Dei lurte på om vi kjende Kripos, og om politiet har sin eigen Discord. Svara så godt vi kunne. Koseleg kveld, ingen saker.`,
    ),
    clean(
      `Gruppe på fire jenter i Roblox (Adopt Me) klaga på at ein annan spelar stel kjæledyra deira og skriv stygge ting. Vi forklarte korleis ein blokkerer og melder. Ei av dei sa ho skulle fortelje det til læraren på måndag. Avslutta kl. 18.30.`,
    ),
    clean(
      `Under ein Fortnite-kamp høyrde vi nokon i voice spele av ein Hitler-tale og rope «Sieg Heil». Vi tok ein prat med dei andre i troppen (alle rundt 14) om kvifor det ikkje er morosamt. Melding sendt til Epic Games. Ingen namn.`,
    ),
    clean(
      `Kva tener ein politi? Kor lang er utdanninga? Har de hund? Slike spørsmål frå ein gjeng på Twitch-straumen til Nettpatruljen. Vi fortalde om Politihøgskulen i Stavern og Bodø og om Kripos.`,
    ),
    clean(
      `Snapchat-svindel: falsk melding om at kontoen «vert sletta innan 24 timar» om ein ikkje stadfestar med koden 771 204. Tre ungdomar fekk same melding i kveld. Åtvara om at Snapchat aldri spør etter koden. Logga av kl. 22.05.`,
    ),
  ],
  nl: [
    withIds(
      `Meisje (15) vertelde via Discord dat ze voor een 'bijbaantje' haar BSN 581903742 en een foto van haar ID-kaart had gestuurd naar een onbekende. Geadviseerd: direct ouders inlichten en melden bij het Centraal Meldpunt Identiteitsfraude. Doorgezet naar het team van Politie Online.`,
      '581903742',
    ),
    withIds(
      `Jonas (12, uit de buurt van Gent) zei in Fortnite dat een oudere speler hem wou 'sponsoren' als hij zijn gsm-nummer gaf. Hij had al 0478 63 19 02 gestuurd. Uitgelegd dat dit een bekende truc is; hij blokkeert de speler en vertelt het aan zijn ouders.`,
      'Jonas',
      '0478 63 19 02',
    ),
    withIds(
      `Chat op Roblox met jongen van ±13 die zei dat iemand van zijn 'clan' langs wilde komen. Hij had zijn adres al gedeeld: Kastanjelaan 41, 3581 GK Utrecht. We hebben hem gevraagd het bericht te verwijderen en het met zijn moeder te bespreken. Account van de 'clanleider' gemeld.`,
      'Kastanjelaan 41, 3581 GK Utrecht',
    ),
    withIds(
      `- TikTok, meisje 14\n- wordt gepest in de groepsapp van klas 2B van het Stedelijk Gymnasium Leiden\n- er gaat een nepaccount rond met haar foto\n- tips: melden bij TikTok, mentor inschakelen; 113 genoemd omdat ze zei 'ik wil er niet meer zijn'\n- wijkagent niet nodig volgens haar`,
      '2B van het Stedelijk Gymnasium Leiden',
    ),
    withIds(
      `Jongen (16) op Twitch vroeg of we hem wilden mailen 'op sem punt devries at outlook punt com' om te bewijzen dat we echte politie zijn. Uiteraard niet gedaan. Zijn Twitch-naam ModderMees_NL stond ook nog in zijn bio met zijn leeftijd erbij. Uitgelegd waarom dat geen goed idee is.`,
      'sem punt devries at outlook punt com',
      'ModderMees_NL',
    ),
    clean(
      `Politie Online was vanavond live op Twitch met een potje Among Us. Vragen over hoe je agent wordt, of we echt een wapen dragen en of we Snelle en Kris Kross Amsterdam kennen. Leuke sfeer, 19:00–21:30.`,
    ),
    clean(
      `Oplichting via Discord: valse 'Steam-gift' van 50 euro. Twee jongeren uit West-Vlaanderen hadden hun login al ingevuld. Uitgelegd: wachtwoord wijzigen, 2FA aanzetten, verdachte berichten doorsturen naar verdacht@safeonweb.be. Geen geld verloren.`,
    ),
    clean(
      `Een meisje schreef in de Minecraft-chat dat ze zich 'elke dag snijdt'. Rustig gebleven, gewezen op 113 Zelfmoordpreventie (0800-0113) en De Kindertelefoon (0800-0432). Ze zei dat ze het aan haar mentor zou vertellen. Overgedragen aan de dienstdoende collega om 20:12.`,
    ),
    clean(
      `fortnite, 3 jongens ~11jr. vroegen of wij iedereen kunnen bannen lol. nee. gevraagd wat ze doen als iemand om foto's vraagt → 'blokkeren en aan mama vertellen'. top. ze speelden als Peely, Jonesy en Fishstick`,
    ),
    clean(
      `Op een Roblox-server werd een 'Christchurch'-map gespeeld. Samen met de moderators laten verwijderen. Met twee jongens (13-14) gepraat over waarom zoiets niet grappig is. Gemeld bij Roblox en doorgestuurd naar de Landelijke Eenheid.`,
    ),
  ],
  fr: [
    withIds(
      `Une jeune fille (14 ans) de la région de Liège nous a dit sur Discord qu'un « recruteur de mannequins » lui avait demandé une photo de sa carte d'identité. Elle avait déjà envoyé son numéro national : 11.04.17-263.97. Conseils : prévenir ses parents et faire bloquer la carte via Doc Stop (00800 2123 2123).`,
      '11.04.17-263.97',
    ),
    withIds(
      `roblox, garçon ~10 ans, pseudo « LeoLeFou_2014 », s'appelle Léo d'après son pote. se fait insulter par un groupe dans Brookhaven. expliqué comment bloquer/signaler. ok pour lui`,
      'LeoLeFou_2014',
      'Léo',
    ),
    withIds(
      `Sur Fortnite, un ado (15 ans) a proposé à notre profil de « venir jouer chez lui » et a écrit son adresse en entier : rue des Alliés 112, 6000 Charleroi. Nous lui avons expliqué pourquoi il ne faut jamais faire ça, même avec la police. Il a supprimé le message.`,
      'rue des Alliés 112, 6000 Charleroi',
    ),
    withIds(
      `Sextorsion : un garçon de 16 ans a reçu des menaces après un échange de photos sur Instagram. Le maître chanteur demande 300 € en cartes Paysafe. Le jeune nous a donné son adresse mail « hugo point lambert arobase gmail point com » et son numéro 0471 58 93 20 pour qu'on le « recontacte ». Nous ne recontactons pas, mais le dossier a été transmis avec son accord à Child Focus (116 000).`,
      'hugo point lambert arobase gmail point com',
      '0471 58 93 20',
    ),
    withIds(
      `Résumé : élève de 13 ans, harcèlement sur Snapchat. Citation : « c'est toute la 2e B de l'Athénée Royal d'Uccle qui se moque de moi ». Nous l'avons orientée vers le centre PMS et vers le 103 (Écoute-Enfants).`,
      "2e B de l'Athénée Royal d'Uccle",
    ),
    clean(
      `Notre profil police était sur Twitch ce soir. Beaucoup de questions : est-ce qu'on peut lire les messages privés ? est-ce que Mbappé joue à Fortnite ? combien gagne un policier ? Ambiance sympa, fin à 21h45.`,
    ),
    clean(
      `Discord : un serveur partageait des mèmes antisémites et des extraits de la vidéo de Christchurch. Trois jeunes (14-15 ans) y étaient sans vraiment comprendre. Discussion calme sur la propagande. Serveur signalé à Discord et transmis à l'i2-IRU de la Police fédérale.`,
    ),
    clean(
      `Une joueuse de Minecraft a écrit « je veux plus vivre ». On est restés en ligne avec elle 40 minutes, on lui a donné le numéro du Centre de Prévention du Suicide (0800 32 123) et celui d'Écoute-Enfants (103). Elle a promis d'en parler à sa tante. Aucune info personnelle échangée.`,
    ),
    clean(
      `Arnaque classique sur Roblox : « 10 000 Robux gratuits » contre le mot de passe. Un garçon a perdu son compte et ses 1 200 Robux ; il avait même envoyé le code de vérification (318 552) à l'arnaqueur. On lui a expliqué comment récupérer l'accès via le support Roblox.`,
    ),
    clean(
      `Petite discussion avec des gamins sur Mario Kart en ligne. Ils voulaient savoir si Luigi est policier (non) et si la police de Bruxelles roule en Tesla. On a parlé de sécurité en ligne entre deux courses. Très drôles.`,
    ),
  ],
  de: [
    withIds(
      `Ein Mädchen (15) aus Eupen berichtete, dass sie für ein Gewinnspiel auf Instagram ihre Nationalregisternummer 09082214848 angegeben habe. Wir haben ihr geraten, sofort mit den Eltern zu sprechen und die Gemeinde zu informieren.`,
      '09082214848',
    ),
    withIds(
      `Discord voice, Junge ca. 12, nannte sich selbst "Lukas Kessler aus Kelmis". wurde in einem server wegen seinem akzent beleidigt. blockieren erklärt, lehrer einschalten empfohlen. dauer 20 min`,
      'Lukas Kessler',
    ),
    withIds(
      `Ein Junge (14) hatte einem angeblichen „Fortnite-Trainer" seine Handynummer +32 487 61 09 35 geschickt. Der „Trainer" schickte danach Nacktbilder und forderte welche zurück. Wir haben den Jungen beruhigt, Screenshots sichern lassen und den Fall an die Föderale Polizei weitergeleitet.`,
      '+32 487 61 09 35',
    ),
    withIds(
      `TikTok-Live: Zuschauerin @emma_eifelkind (nach eigenen Angaben 11) wird von einem Erwachsenen privat angeschrieben. Sie schickte uns dessen Discord-ID 845120397712345690. An Discord Trust & Safety gemeldet, Eltern sollen informiert werden.`,
      '@emma_eifelkind',
      '845120397712345690',
    ),
    withIds(
      `Zitat des Jungen (13): „Ich wohne Aachener Straße 17 in Eupen und geh in die 1C vom Robert-Schuman-Institut, kommt doch mal vorbei!" Wir haben erklärt, warum man so etwas nicht öffentlich schreibt. Er hat die Nachricht gelöscht.`,
      'Aachener Straße 17',
      '1C vom Robert-Schuman-Institut',
    ),
    clean(
      `Heute mit dem Polizeiprofil auf Twitch, Thema Cybergrooming. Viele Fragen: Darf die Polizei im Dienst Fortnite spielen? Kennt ihr MontanaBlack? Wie wird man Polizist in Belgien? Ende 21:30 Uhr, keine Meldungen.`,
    ),
    clean(
      `Eine Gruppe Jugendlicher fragte, was man tun soll, wenn jemand mit intimen Fotos erpresst. Erklärt: nicht zahlen, Beweise sichern, Eltern oder Child Focus (116 000) anrufen, Anzeige bei der Polizei. Niemand war selbst betroffen (sagen sie).`,
    ),
    clean(
      `- Minecraft-Server "BlockCity"\n- Fake-Shop verkauft Ränge für 4,99 €\n- 2 Kinder haben mit Papas Kreditkarte bezahlt\n- Hinweis: Eltern informieren, Card Stop anrufen (078 170 170)\n- Server-Admin informiert`,
    ),
    clean(
      `mädchen in roblox schrieb "ich ritz mich wieder". lange gechattet, Telefonhilfe 108 und Nummer gegen Kummer 116 111 genannt. sie will morgen mit der Vertrauenslehrerin reden. weitergegeben an Schichtleitung 22:10`,
    ),
    clean(
      `Im Fortnite-Voicechat hat ein Spieler „Ausländer raus" gerufen. Die anderen Kinder (ca. 12) wussten nicht, wie sie reagieren sollen. Kurzes Gespräch über Zivilcourage im Netz, Spieler bei Epic gemeldet. Danach noch zwei Runden mit dem Skin Master Chief.`,
    ),
  ],
  is: [
    withIds(
      `Stúlka (13) á Discord sagði að ókunnugur maður hefði beðið um kennitöluna hennar til að „senda gjöf“. Hún hafði skrifað 050311-4490 í spjallið. Við ráðlögðum henni að segja foreldrum sínum frá. Málið sent til Lögreglunnar á höfuðborgarsvæðinu.`,
      '050311-4490',
    ),
    withIds(
      `Spjall við Aron Frey Guðmundsson (14) á Fortnite. Hann segist fá hótanir frá eldri strákum í Hafnarfirði. Bentum honum á 112 og Hjálparsíma Rauða krossins 1717.`,
      'Aron Frey Guðmundsson',
    ),
    withIds(
      `Strákur á Roblox sendi símanúmerið sitt, 862 4417, og notandanúmerið 1562093847 til að „verða vinur lögreglunnar“. Við sögðum honum að eyða skilaboðunum. Rætt um að deila ekki upplýsingum á netinu.`,
      '862 4417',
      '1562093847',
    ),
    withIds(
      `Hún sagðist búa á Laugarnesvegi 74 og vera í 8. bekk B í Laugalækjarskóla. Við útskýrðum af hverju hún ætti ekki að skrifa það í opið spjall á TikTok. Hún eyddi færslunni.`,
      'Laugarnesvegi 74',
      '8. bekk B í Laugalækjarskóla',
    ),
    withIds(
      `Snapchat: strákur (15), notandanafn „siggi_saeti99“, lenti í fjárkúgun eftir myndsendingu. Hann gaf upp netfangið sigurdur punktur b hjá gmail punktur com. Ekki borga, vista sönnunargögn. Sent áfram.`,
      'siggi_saeti99',
      'sigurdur punktur b hjá gmail punktur com',
    ),
    clean(
      `Lögreglan Netvakt var á Twitch í kvöld frá kl. 20:00 til 22:00. Krakkarnir spurðu hvort við þekktum Gylfa Sigurðsson og Laufey, og hvort lögreglan spili Minecraft. Góð stemning, engin mál.`,
    ),
    clean(
      `Unglingur skrifaði í leikjaspjall að hann vildi deyja. Við héldum samtalinu gangandi og bentum á Hjálparsímann 1717, netspjallið á 1717.is og Píeta-samtökin (552 2218). Hann sagðist ætla að tala við námsráðgjafa.`,
    ),
    clean(
      `Svindl á Discord: „frítt Nitro“ hlekkur. Þrír drengir smelltu. Ráðlagt að skipta um lykilorð og kveikja á tveggja þrepa auðkenningu. Einn þeirra tapaði skinni sem kostaði 2.490 kr.`,
    ),
    clean(
      `- Roblox, Brookhaven\n- 4 stelpur, ca. 11 ára\n- ein kvartar yfir einelti í leiknum\n- farið yfir hvernig á að blokka og tilkynna\n- hvatti þær til að ræða við umsjónarkennara`,
    ),
    clean(
      `Spurningar frá krökkum á Fortnite: Má lögreglan vera með byssu? Hvað gerir sérsveitin? Einn spurði um hakakrossa sem hann sá á Discord-þjóni; við útskýrðum hvað þeir tákna og hvernig á að tilkynna þá.`,
    ),
  ],
  fi: [
    withIds(
      `Tyttö (13) kertoi Discordissa, että joku "mallitoimisto" pyysi häneltä henkilötunnuksen. Hän oli jo lähettänyt sen: 210310A374L. Neuvoimme kertomaan vanhemmille ja tekemään rikosilmoituksen. Tieto välitetty vuoroesimiehelle.`,
      '210310A374L',
    ),
    withIds(
      `Juttelimme Fortnitessa Eetu Korhosen kanssa (12 v). Häntä kiusataan luokan WhatsApp-ryhmässä. Neuvoimme puhumaan opettajalle ja soittamaan tarvittaessa Lasten ja nuorten puhelimeen 116 111.`,
      'Eetu Korhosen',
    ),
    withIds(
      `poika n. 14v, minecraft. oli antanut puhelinnumeronsa 040 718 2296 jollekin "youtuberille" joka lupasi ilmasia minecoineja. selitetty huijaus, kehotettu estämään. kertoo vanhemmille`,
      '040 718 2296',
    ),
    withIds(
      `TikTok-livessä tyttö kirjoitti: "mä oon Neppis ja käyn 8B:tä Kalevan koulussa Tampereella". Pyysimme poistamaan kommentin. Puhuttiin siitä, miksi koulua ja luokkaa ei kannata kertoa julkisesti.`,
      'Neppis',
      '8B:tä Kalevan koulussa',
    ),
    withIds(
      `Poika (15) sai Snapchatissa uhkauksen: "tiedän et asut Mannerheimintiellä 112". Hänen Snap-nimensä on jonnejoo_2009. Neuvottu tallentamaan viestit ja tekemään ilmoitus. Välitetty Nettipoliisille.`,
      'Mannerheimintiellä 112',
      'jonnejoo_2009',
    ),
    clean(
      `Poliisi Nettipartio oli illalla Twitchissä. Nuoret kysyivät, tunteeko poliisi Käärijän ja saako poliisi pelata töissä. Klo 19–21, ei ilmoituksia.`,
    ),
    clean(
      `Kolme poikaa Robloxissa kysyi, miten poliisiksi pääsee. Kerroimme Polamkista Tampereella. Onni suosi yhtä heistä: hän voitti turnauksesta 500 Robuxia. Muistutettiin samalla huijaussivuista.`,
    ),
    clean(
      `Nuori kirjoitti Discordissa viiltelevänsä. Pysyimme keskustelussa ja ohjasimme Sekasin-chattiin sekä MIELI ry:n kriisipuhelimeen 09 2525 0111. Hän lupasi kertoa kouluterveydenhoitajalle.`,
    ),
    clean(
      `- Discord-palvelin, jossa jaettiin äärioikeistolaisia meemejä\n- 2 poikaa (14–15 v)\n- keskusteltu propagandasta ja siitä, miksi "88" ei ole vitsi\n- palvelin ilmoitettu Discordille\n- ei jatkotoimia`,
    ),
    clean(
      `Huijaus: "ilmaiset V-Bucksit" -sivu pyysi Epic-tunnukset. Yksi tyttö menetti tilinsä, jossa oli skinejä n. 200 € arvosta. Ohjeet tilin palauttamiseen annettu. Kello oli 21.40 kun lopetimme.`,
    ),
  ],
  sv: [
    withIds(
      `Flicka (14) berättade på Discord att hon skickat sitt personnummer 091123-8459 och sitt Roblox-ID 2287104536 till någon som lovade gratis Robux. Vi rådde henne att prata med föräldrarna. Ärendet vidarebefordrat.`,
      '091123-8459',
      '2287104536',
    ),
    withIds(
      `Pojke (12) i Vasa, Elias Lindqvist, säger att han mobbas av några i 6B på Vikinga skola. Vi pratade om att berätta för läraren och hur man blockerar på Snapchat.`,
      'Elias Lindqvist',
      '6B på Vikinga skola',
    ),
    withIds(
      `tiktok, tjej ~15, hade lagt ut sitt nummer 0457 812 3904 i bion för "collabs". bad henne ta bort. ok`,
      '0457 812 3904',
    ),
    withIds(
      `Pojken (13) i Minecraft skrev: "maila mig på alex punkt holm snabel-a gmail punkt com om ni är riktiga poliser". Hans spelnamn är HolmAlex_FIN. Vi förklarade att polisen aldrig ber om sådant.`,
      'alex punkt holm snabel-a gmail punkt com',
      'HolmAlex_FIN',
    ),
    withIds(
      `Sextortion via Instagram: pojke (16) hotas av någon som vet att han bor på Storgatan 8, 65100 Vasa. Vi uppmanade honom att inte betala, spara skärmdumpar och göra en polisanmälan. Överlämnat till Nettipoliisi.`,
      'Storgatan 8, 65100 Vasa',
    ),
    clean(
      `Polisens profil "Poliisi Nettipartio" var live på Twitch ikväll. Barnen frågade om vi känner Zlatan och om poliser spelar CS2. Trevlig kväll, kl. 19–21.`,
    ),
    clean(
      `En ungdom skrev i Fortnite-chatten att hen skadar sig själv. Vi stannade kvar och tipsade om Barnens och ungas telefon 116 111 och Kriscentret. Hen sa att hen ska prata med skolkuratorn i morgon.`,
    ),
    clean(
      `- Discord: falsk "Steam-gåva" 50 €\n- 3 pojkar klickade\n- rådde dem byta lösenord + 2FA\n- ingen förlorade pengar`,
    ),
    clean(
      `Grupp av flickor i Roblox klagade på att någon kallar dem fula saker i Adopt Me. Vi förklarade blockering och rapportering. De ville också veta om Mario är en riktig rörmokare, haha.`,
    ),
    clean(
      `Frågor om polisyrket: hur lång är utbildningen, bär poliser vapen i Finland, får man ha tatueringar? En pojke nämnde en Telegram-kanal med nazistisk propaganda – han fick råd om hur man anmäler. Avslutat 20:45.`,
    ),
  ],
};
