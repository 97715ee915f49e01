/**
 * Round ninety-one: written blind, before the detector was run on it.
 * Long notes of three to five sentences that tell a whole conversation; identifiers sit in the middle of the story.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_NINETY_ONE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Kripos patrol, Discord, Tuesday evening. A 14-year-old girl from the Bergen area joined our open voice channel and told us that an adult using the handle nightowl_kasper had been sending her gift cards and asking for photos in return. She said her classmate Ingrid Solheim had received the same offer last month and had stopped answering him. We explained that this is grooming, helped her take screenshots and block him, and she agreed to tell her mother tonight; the handle is passed on to the Kripos investigators.',
      'nightowl_kasper',
      'Ingrid Solheim',
    ),
    withIds(
      'Norwegian team, Roblox. A boy of about 11 was chatting with us in the lobby of a tycoon game and, before we could stop him, typed his mobile number +47 468 21 739 and his home address Kirkeveien 58B in Oslo to prove he was not a bot. We had the message removed by the game moderator, told him never to share those things with strangers, not even with police profiles, and explained why. He said he would ask his big sister to help him turn on the privacy settings.',
      '+47 468 21 739',
      'Kirkeveien 58B',
    ),
    withIds(
      'Dutch team, note in English for the joint report. A 15-year-old girl from Rotterdam on TikTok said that someone pretending to be a model scout asked her to write to him, and she had already posted her address leah.bakker at outlook dot com in a comment that was still public. We asked her to delete the comment and change her password, and we reported the fake scout account to TikTok. She promised to talk to her mentor at school and knows she can call the Kindertelefoon.',
      'leah.bakker at outlook dot com',
    ),
    withIds(
      'Kripos, Fortnite party chat. A 13-year-old boy told us he had been promised 10,000 free V-Bucks on a website and had filled in his national identity number 14030950756 and his Snapchat name tobbe.k09 there. We explained that this is a scam to steal accounts and identities, and advised him to tell his parents so they can contact the tax office and protect his number. The website address was forwarded to the investigation team.',
      '14030950756',
      'tobbe.k09',
    ),
    withIds(
      'Norwegian team, Snapchat. Two girls aged 13 contacted our profile because a boy in their year keeps posting mean edits of them; they named him as Ali Hassan from class 8B at Haugerud school. We listened, told them that bullying online is taken seriously and that the school has a duty to act, and encouraged them to show the posts to their contact teacher tomorrow. They said they felt better after talking and would also tell their parents.',
      'Ali Hassan',
      'class 8B at Haugerud school',
    ),
    clean(
      'Kripos, Fortnite, around 19:30. A 13-year-old from Tromsø asked whether we were real police and what Kripos actually does, and then we spent ten minutes talking about the new season and whether Erling Haaland is better than Kylian Mbappé. He mentioned that some older players in his squads swear a lot and sometimes ask for his age, and we went through how to report and mute players. He knows he can call 116 111 or talk to us again next week; no personal data was recorded.',
    ),
    clean(
      'Belgian team, Twitch chat during a speedrun stream. A 15-year-old from Antwerp asked if the police can read deleted messages and whether screenshots count as evidence, because a friend of his is being blackmailed on Instagram. We explained how to save evidence, that paying never helps and that Child Focus can be reached on 116 000, and we pointed him to our profile PolitieOnlinePatrouille for follow-up questions. The friend was not named and nothing identifying was shared.',
    ),
    clean(
      'Icelandic team, Minecraft server with about 40 players online. We chatted with three kids aged 10 to 12 from Reykjavík and Akureyri who were building a copy of Hallgrímskirkja and wanted to know if police officers play games at work. They asked what to do if someone says mean things in chat, and we showed them the report button and reminded them of 112 and the Red Cross line 1717. A nice conversation; we recorded no personal data.',
    ),
    clean(
      'Finnish team, TikTok live, 21:10 to 21:40. A 16-year-old girl from Oulu asked in general terms what happens if someone shares a nude picture of a friend, saying that it happened at her school last spring and that about 50% of her class had seen it. We explained that sharing is a crime even between young people, that the person in the picture can get help from the police and from the MLL line 116 111, and that nobody should forward it. She did not name anyone and we did not ask for names.',
    ),
    clean(
      'French-speaking Belgian team, Habbo Hotel. An 11-year-old girl from Namur wrote that other players in a room kept kicking her out and calling her names because of her avatar. We talked about what she could do, told her to tell her parents or her teacher and that the helpline 103 is free and anonymous, and checked that she knew how to ignore users. Case logged as 2024-OP-17 without any personal data.',
    ),
  ],
  nb: [
    withIds(
      'Snapchat, tirsdag kveld. Ei jente på 14 år fra Drammen skrev til profilen vår fordi en voksen mann med brukernavnet kul_onkel_77 har sendt henne penger på Vipps og bedt om bilder. Hun fortalte at venninna hennes, Sara Mohamed, har fått de samme meldingene siden jul. Vi forklarte at dette er grooming, ba henne ta skjermbilder og ikke slette noe, og hun lovte å snakke med moren sin i kveld. Brukernavnet er sendt videre til etterforskning.',
      'kul_onkel_77',
      'Sara Mohamed',
    ),
    withIds(
      'Discord, server for Minecraft-spillere. En gutt på 13 år fra Trondheim fortalte at han blir holdt utenfor og kalt stygge ting i en gruppe, og at det er Jonas Berg Eriksen i 8C på Charlottenlund ungdomsskole som starter det. Vi snakket lenge om hvordan han har det, og han sa at han ikke har fortalt det til noen voksne. Vi rådet ham til å gå til kontaktlæreren eller helsesykepleieren i morgen og minnet ham på Alarmtelefonen 116 111.',
      'Jonas Berg Eriksen',
      '8C på Charlottenlund ungdomsskole',
    ),
    withIds(
      'Fortnite, lobbychat. En gutt på 13 år fra Kristiansand sa stolt at han hadde fått gratis V-Bucks fra en generator på nettet, og at han bare måtte skrive inn fødselsnummeret sitt, 270811 50775, og passordet til Epic-kontoen. Vi forklarte at det er svindel, at kontoen må sikres med en gang og at foreldrene bør vite om det fordi fødselsnummeret kan misbrukes. Han logget av for å hente faren sin.',
      '270811 50775',
    ),
    withIds(
      'Roblox, i et rollespill om skole. Ei jente på 11 år fra Bodø ble spurt av en annen spiller hvor hun bor og svarte åpent i chatten: Tollbugata 14, 8006 Bodø, og ga også mobilnummeret 924 58 316. Vi tok kontakt med henne, forklarte hvorfor man aldri deler slikt med folk man ikke kjenner, og meldte spilleren til Roblox. Hun sa at hun skulle fortelle det til storebroren sin.',
      'Tollbugata 14, 8006 Bodø',
      '924 58 316',
    ),
    withIds(
      'TikTok, direktemeldinger. En gutt på 15 år fra Fredrikstad har fått trusler fra en konto som påstår å ha et nakenbilde av ham og krever 2000 kroner. Han har allerede svart fra e-posten emil.haugen krølla gmail punktum com, som utpresseren nå også truer med å spre bildet til. Vi sa tydelig at han ikke skal betale og ikke har gjort noe galt, og hjalp ham å sikre bevis; han skal anmelde saken sammen med moren på politistasjonen i morgen.',
      'emil.haugen krølla gmail punktum com',
    ),
    clean(
      'Fortnite, kveldsøkt. Tre gutter på 13 og 14 år fra Tromsø ville vite om vi virkelig er politi og om vi kan se hva de skriver i private meldinger. Vi forklarte hva Kripos gjør, at vi ikke leser private chatter, og pratet en stund om Erling Haaland og hvem som vinner Eliteserien i år. De sa at en eldre spiller på serveren ofte banner, og vi viste dem hvordan man rapporterer. Ingen personopplysninger ble registrert.',
    ),
    clean(
      'Snapchat, profilen Politiet Nettpatrulje. Ei jente på 16 år fra en videregående skole i Ålesund spurte om det er lov å dele en video der en elev slår en annen, fordi den går rundt på skolen. Vi sa at det kan være straffbart å dele, at de som er med i videoen bør få hjelp, og at hun kan ringe 116 111 eller snakke med politikontakten i kommunen. Hun nevnte ingen navn, og vi ba ikke om det.',
    ),
    clean(
      'Twitch, under en strøm av Minecraft. Chatten spurte oss hvor mange som jobber med nettpatruljering i Norge, og om vi har sett Ninja eller PewDiePie spille live. Ei jente på 12 år fra Hamar skrev at hun er redd fordi ukjente har lagt henne til på Discord, og vi gikk gjennom personverninnstillingene sammen med henne. Klokka 20:45 takket hun for hjelpen og logget av; saken er notert som 24/1187 uten personopplysninger.',
    ),
    clean(
      'Discord, en server for norske Roblox-spillere med rundt 300 medlemmer. En gutt på 14 år fra Stavanger fortalte at han har hatt det tungt, ikke sover og tenker at alt er meningsløst. Vi tok det på alvor, spurte om han har en voksen å snakke med, og ga ham nummeret til Mental Helse 116 123 og Alarmtelefonen 116 111; ved fare skal han ringe 113. Han sa at han skulle vekke moren sin, og vi ble i samtalen til han skrev at hun satt ved siden av ham.',
    ),
    clean(
      'Steam, gruppechat i Counter-Strike 2. To gutter på 15 år fra Lillehammer spurte om det er ulovlig å kjøpe skins fra nettsider og om kontoen kan bli stjålet. Vi snakket om svindelsider og tofaktorinnlogging, og anbefalte dem å slå på Steam Guard. De lurte også på om Martin Ødegaard spiller CS på fritiden; ingen personopplysninger registrert.',
    ),
  ],
  nn: [
    withIds(
      'Snapchat, onsdag. Jenta er 15 år og bur i Sunnfjord, og ho fortalde at ein vaksen mann som kallar seg fjellreven_88 har skrive til henne kvar kveld i tre veker og bede om å møtast. Ho har ikkje sagt kva ho heiter, men ho har sendt han bilete frå skulen. Vi forklarte at dette er grooming, bad henne lagre samtalen og ikkje møte han, og ho skal fortelje det til foreldra i kveld. Brukarnamnet er sendt vidare til etterforsking.',
      'fjellreven_88',
    ),
    withIds(
      'Discord, ein server for Fortnite. Ein gut på 13 år frå Voss sa at bestevenninna hans, som heiter Marte Tveit, har fått meldingar frå ein vaksen som vil at ho skal ringje han på 41 27 85 09. Han var uroleg for henne og visste ikkje kva han skulle gjere. Vi rådde han til å fortelje det til ein vaksen han stolar på og til å be venninna snakke med foreldra sine; nummeret er gitt vidare til etterforskarane.',
      'Marte Tveit',
      '41 27 85 09',
    ),
    withIds(
      'Roblox, i eit spel om hestar. Ein gut på 13 år frå Førde skreiv fødselsnummeret sitt, 03121050098, i chatten fordi ein annan spelar lova han Robux om han gjorde det. Vi forklarte at ingen ekte spel ber om fødselsnummer, at han må endre passordet sitt og fortelje det til foreldra, og vi melde spelaren til Roblox. Han sa at han ikkje visste at det var farleg.',
      '03121050098',
    ),
    withIds(
      'TikTok, direktemeldingar. Ei jente på 14 år frå Florø fortalde at ho vart kjend med ein gut på nettet som no veit kvar ho bur, fordi ho sende han adressa si, Skulegata 7, 6900 Florø. Han har byrja å skrive at han skal kome på besøk, og ho er redd. Vi bad henne fortelje det til mor si med ein gong, blokkere kontoen og ringje 112 om nokon dukkar opp; saka er meld til lokalt politi.',
      'Skulegata 7, 6900 Florø',
    ),
    withIds(
      'Discord, kveld. Ein gut på 14 år frå Sogndal vert plaga av ein klassekamerat, Ahmed Yusuf i 9A på Sogndal ungdomsskule, som har laga ein falsk konto med bileta hans. Guten har ikkje sagt det til nokon vaksne og seier han gruar seg til skulen. Vi rådde han til å snakke med kontaktlæraren eller helsesjukepleiaren i morgon, ta skjermbilete av kontoen og ringje 116 111 om han treng nokon å prate med.',
      'Ahmed Yusuf',
      '9A på Sogndal ungdomsskule',
    ),
    clean(
      'Fortnite, kveld. To gutar på 12 år frå Bergen spurde om politiet får spele på jobb, og vi prata om den nye sesongen og om Brann kjem til å vinne serien. Dei sa at nokon i lobbyen hadde kalla dei stygge ting, og vi viste dei korleis ein melder og blokkerer spelarar. Ingen personopplysningar vart registrerte.',
    ),
    clean(
      'Snapchat, profilen Politiet Nettpatrulje Vest. Ei jente på 15 år frå ein skule i Haugesund spurde kva ho skal gjere når nokon deler bilete av andre utan lov. Vi forklarte at det kan vere straffbart, at ho kan seie frå til ein lærar, og at Alarmtelefonen for barn og unge har nummeret 116 111. Ho nemnde ingen namn, og vi spurde ikkje etter det.',
    ),
    clean(
      'Minecraft, server med om lag 60 spelarar. Tre born mellom 10 og 12 år frå Odda og Stord bygde ein kopi av Bryggen og ville vite om vi kunne kome på besøk på skulen deira. Vi snakka om kva ein skal gjere om ein vaksen spør om bilete, og minte dei på at dei alltid kan seie det til ein vaksen dei stolar på. Samtalen varte frå 18:15 til 18:50.',
    ),
    clean(
      'TikTok live. Ein gut på 16 år frå Molde skreiv at han ikkje orkar meir og at han har tenkt på å skade seg. Vi tok det på alvor, spurde om han var trygg no, og gav han nummeret til Mental Helse 116 123 og 113 om det hastar. Han sa at storebroren var heime, og vi bad han gå til han med ein gong; han stadfesta ti minutt seinare at dei snakka saman.',
    ),
    clean(
      'Steam, gruppechat. Nokre gutar frå Sunndalsøra spurde om det er lov å selje kontoar og skins for pengar, og kva som skjer om ein vert lurt. Vi forklarte at det bryt vilkåra til Steam, at mange sider er svindel og at dei bør bruke Steam Guard. Dei nemnde Martin Ødegaard og Karsten Warholm som favorittane sine; saka er notert som 24/2231 utan personopplysningar.',
    ),
  ],
  nl: [
    withIds(
      "Snapchat, woensdagavond. Een meisje van 14 uit Zwolle vertelde dat een man die zich voordeed als jongen van 16 haar foto's had gevraagd en nu dreigt ze te verspreiden als ze niet betaalt. Hij had ook om haar BSN gevraagd, 273194562, om haar zogenaamd te 'verifiëren', en dat heeft ze gestuurd. We hebben uitgelegd dat ze niet moet betalen, samen bewijs veiliggesteld en haar aangeraden met haar ouders aangifte te doen; Helpwanted kan helpen om de foto's te laten verwijderen.",
      '273194562',
    ),
    withIds(
      'Twitch, tijdens een Fortnite-stream. Een jongen van 13 uit Eindhoven vertelde dat een volwassene met de naam sniperkoning2009 hem en zijn vriend Daan de Vries V-Bucks belooft als ze op Discord met hem gaan videobellen. Zijn vriend heeft dat al een keer gedaan en durft het niet aan zijn ouders te vertellen. We hebben uitgelegd dat dit niet normaal is, dat ze niets fout hebben gedaan en dat ze de Kindertelefoon kunnen bellen op 0800-0432; de gebruikersnaam gaat naar de recherche.',
      'sniperkoning2009',
      'Daan de Vries',
    ),
    withIds(
      "TikTok, directe berichten. Een meisje van 15 uit Almere schreef dat een nepaccount van een 'modellenbureau' haar vroeg om te mailen, en ze had haar adres lotte.jansen apenstaartje gmail punt com al in een openbare reactie gezet. Sindsdien krijgt ze vreemde mails van onbekenden. We hebben haar geholpen de reactie te verwijderen, haar wachtwoord te veranderen en het account te melden, en ze gaat het vanavond met haar moeder bespreken.",
      'lotte.jansen apenstaartje gmail punt com',
    ),
    withIds(
      'Roblox, Vlaams team. Een jongen van 14 uit Gent had in de chat zijn rijksregisternummer 09.09.17-148.11 en zijn adres Dampoortstraat 23, 9000 Gent gezet omdat een andere speler beweerde dat hij daarmee gratis Robux kon krijgen. We hebben de berichten laten verwijderen en uitgelegd dat dat oplichting is en dat hij die gegevens nooit online mag zetten. Hij belooft het aan zijn ouders te vertellen en weet dat hij Awel kan bellen op 102.',
      '09.09.17-148.11',
      'Dampoortstraat 23, 9000 Gent',
    ),
    withIds(
      "Discord, Vlaams team. Een meisje van 13 uit Aalst wordt al weken uitgescholden in een groepschat, en volgens haar begint het altijd bij Yassine El Amrani uit 2B van het Sint-Jozefscollege. Ze gaf ook het gsm-nummer van die jongen, 0472 38 19 56, omdat hij haar 's nachts belt. We hebben haar gezegd dat ze dit aan haar leerkracht of het CLB moet melden, hoe ze het nummer kan blokkeren, en dat ze altijd bij Awel terechtkan.",
      'Yassine El Amrani',
      '2B van het Sint-Jozefscollege',
      '0472 38 19 56',
    ),
    clean(
      'Fortnite, rond 20:00. Drie jongens van 12 en 13 uit Utrecht vroegen of we echte agenten waren en of de politie ook Fortnite speelt, en we praatten over de nieuwe map en over Virgil van Dijk en Frenkie de Jong. Eén van hen vertelde dat een oudere speler vaak vraagt hoe oud ze zijn, en we legden uit hoe je iemand rapporteert en blokkeert. Er zijn geen persoonsgegevens vastgelegd.',
    ),
    clean(
      "Snapchat, profiel Politie Online Patrouille NL. Een meisje van 16 van een school in Den Haag wilde weten of het strafbaar is om een naaktfoto van een klasgenoot door te sturen, omdat zo'n foto nu rondgaat. We legden uit dat doorsturen strafbaar is, dat het slachtoffer hulp kan krijgen via Helpwanted en dat ze 112 belt bij direct gevaar. Ze noemde geen namen en wij vroegen er ook niet naar.",
    ),
    clean(
      "Minecraft, server Hypixel, Vlaams team. Een groep kinderen van 10 tot 12 uit Brugge en Kortrijk bouwde het Belfort na en vroeg hoe je politie wordt. We hebben uitgelegd wat de politie online doet, en wat je doet als iemand je om foto's vraagt: niet reageren, een screenshot maken en het aan een volwassene vertellen. Ze kenden Child Focus al en het nummer 116 000.",
    ),
    clean(
      'TikTok live, 21:30 tot 22:00. Een jongen van 15 uit Groningen schreef dat hij zich al maanden alleen voelt en soms denkt dat niemand hem zou missen. We namen dat serieus, vroegen of hij nu veilig was en gaven het nummer van 113 Zelfmoordpreventie, 0800-0113, en van de Kindertelefoon. Hij zei dat zijn vader thuis was en dat hij met hem ging praten; we bleven in gesprek tot hij bevestigde dat dat gelukt was.',
    ),
    clean(
      'Steam, groepschat van Counter-Strike 2. Een paar jongens van 14 uit Rotterdam vroegen of ze gestraft worden als ze skins kopen op een site die oplichting blijkt te zijn. We legden uit dat zij dan slachtoffer zijn, dat ze aangifte kunnen doen via politie.nl en dat tweestapsverificatie helpt. Ze waren vooral benieuwd of Memphis Depay ook gamet; zaaknummer 2024-0318 zonder persoonsgegevens.',
    ),
  ],
  fr: [
    withIds(
      "Snapchat, mardi soir. Une fille de 13 ans de Charleroi nous a expliqué qu'un homme se faisant passer pour un ado lui a demandé des photos, puis son numéro de registre national, 11.03.02-075.49, pour « ouvrir un compte » à son nom. Elle le lui a envoyé sans savoir à quoi il sert. Nous lui avons expliqué qu'il s'agit d'une arnaque et de grooming, l'avons aidée à faire des captures d'écran et à bloquer le compte, et elle va en parler à sa maman ce soir ; Child Focus (116 000) peut l'aider pour les photos.",
      '11.03.02-075.49',
    ),
    withIds(
      "TikTok, messages privés. Une jeune de 15 ans de Mons raconte qu'un faux recruteur de mannequins lui a demandé de lui écrire, et elle a donné son adresse en commentaire public : clara.dubois arobase hotmail point be. Depuis, elle reçoit des messages bizarres d'inconnus. Nous l'avons aidée à supprimer le commentaire, changer son mot de passe et signaler le compte, et elle sait qu'elle peut appeler le 103 si elle a besoin de parler.",
      'clara.dubois arobase hotmail point be',
    ),
    withIds(
      "Discord, serveur Fortnite. Un garçon de 12 ans de Verviers nous a dit qu'un adulte avec le pseudo loupnoir_4000 propose des V-Bucks à lui et à son copain Nassim Benali s'ils allument la caméra. Son copain l'a déjà fait une fois et a honte. Nous avons expliqué que ce n'est jamais leur faute, qu'il faut en parler à un adulte de confiance, et nous avons transmis le pseudo aux enquêteurs.",
      'loupnoir_4000',
      'Nassim Benali',
    ),
    withIds(
      "Roblox, jeu de rôle. Une fille de 11 ans de Liège a écrit dans le chat son adresse, rue Saint-Gilles 36, 4000 Liège, et son numéro de GSM 0485 62 17 93, parce qu'une autre joueuse voulait lui envoyer un cadeau. Nous lui avons expliqué qu'on ne partage jamais ces informations avec des inconnus, même gentils, et avons signalé le compte à Roblox. Elle a promis d'en parler à son grand frère.",
      'rue Saint-Gilles 36, 4000 Liège',
      '0485 62 17 93',
    ),
    withIds(
      "Xbox, groupe de discussion. Un garçon de 13 ans de Namur se fait harceler depuis la rentrée, et il nous dit que c'est Emma Lambert, en 2e B à l'Athénée royal de Namur, qui a créé un faux profil à son nom. Il n'en a parlé à personne et ne dort plus bien. Nous lui avons conseillé d'en parler dès demain à son éducateur ou au centre PMS, ainsi qu'à ses parents, et lui avons rappelé le 103 Écoute-Enfants.",
      'Emma Lambert',
      "2e B à l'Athénée royal de Namur",
    ),
    clean(
      "Fortnite, vers 19h30. Trois garçons de 12 et 13 ans de Bruxelles voulaient savoir si nous étions de vrais policiers et si la police a le droit de jouer au travail ; on a parlé de la nouvelle saison, de Kevin De Bruyne et de Romelu Lukaku. Un des garçons a dit qu'un joueur plus âgé demande souvent leur âge, et on leur a montré comment signaler et bloquer. Aucune donnée personnelle n'a été enregistrée.",
    ),
    clean(
      "Snapchat, profil Police Patrouille en ligne. Une fille de 16 ans d'une école de Tournai demande si c'est grave de partager une vidéo où un élève se fait frapper, car elle circule dans tout l'établissement. Nous avons expliqué que partager peut être une infraction, que la victime a besoin d'aide et qu'elle peut en parler à un adulte de confiance ou au 103. Elle n'a cité aucun nom et nous n'en avons pas demandé.",
    ),
    clean(
      "Minecraft, serveur d'environ 50 joueurs. Des enfants de 10 à 12 ans de Wavre et d'Arlon construisaient l'Atomium et voulaient savoir comment on devient policier. Nous avons parlé de ce qu'il faut faire si quelqu'un demande des photos : ne pas répondre, faire une capture d'écran et prévenir un adulte, et leur avons donné le numéro de Child Focus, 116 000. Conversation de 18h10 à 18h40, sans données personnelles.",
    ),
    clean(
      "TikTok live. Un garçon de 15 ans de Mouscron écrit qu'il n'a plus envie de rien et qu'il a déjà pensé à se faire du mal. Nous l'avons pris au sérieux, lui avons demandé s'il était en sécurité et lui avons donné le numéro du Centre de Prévention du Suicide, 0800 32 123, ainsi que le 112 en cas d'urgence. Il a dit que sa mère était à la maison et qu'il allait lui parler ; il l'a confirmé un quart d'heure plus tard.",
    ),
    clean(
      "Steam, chat de groupe Counter-Strike 2. Deux ados de 14 ans d'Ottignies demandent s'ils risquent quelque chose après avoir acheté des skins sur un site qui s'est révélé être une arnaque. Nous avons expliqué qu'ils sont victimes, qu'ils peuvent porter plainte au commissariat ou via Police-on-web, et que la double authentification protège le compte. Ils voulaient aussi savoir si Squeezie joue encore à CS ; dossier noté 2024/PL-552 sans données personnelles.",
    ),
  ],
  de: [
    withIds(
      'Snapchat, Dienstagabend, Team Ostbelgien. Ein 14-jähriges Mädchen aus Eupen erzählte, dass ein Mann, der sich als 16-Jähriger ausgab, ihr Fotos abverlangt hat und jetzt droht, sie an ihre Freunde zu schicken. Er kennt ihre E-Mail-Adresse, die sie uns selbst so schrieb: lena.kessler Klammeraffe web punkt de. Wir haben erklärt, dass sie nicht zahlen soll und keine Schuld hat, Beweise gesichert und ihr geraten, mit ihrer Mutter Anzeige zu erstatten.',
      'lena.kessler Klammeraffe web punkt de',
    ),
    withIds(
      'Discord, Fortnite-Server. Ein Junge (12) aus Köln berichtete, dass ein Erwachsener mit dem Namen DerSchattenwolf07 ihm und seinem Kumpel Emre Yılmaz V-Bucks verspricht, wenn sie die Kamera anmachen. Sein Kumpel hat das schon einmal gemacht und schämt sich jetzt. Wir haben erklärt, dass das nicht normal ist, dass sie nichts falsch gemacht haben und dass sie die Nummer gegen Kummer 116 111 anrufen können; der Name geht an die Ermittler.',
      'DerSchattenwolf07',
      'Emre Yılmaz',
    ),
    withIds(
      'Roblox, Rollenspiel, Team Ostbelgien. Ein 11-jähriges Mädchen aus St. Vith schrieb einer Mitspielerin, die ihr ein Geschenk schicken wollte, ihre Adresse Hauptstraße 52, 4780 St. Vith und ihre Handynummer 0471 55 83 20 in den Chat. Wir haben ihr erklärt, warum man so etwas nie mit Fremden teilt, und den Account an Roblox gemeldet. Sie will es heute noch ihren Eltern erzählen.',
      'Hauptstraße 52, 4780 St. Vith',
      '0471 55 83 20',
    ),
    withIds(
      'Fortnite, Team Ostbelgien. Ein Junge (16) aus Kelmis hatte auf einer Seite für Gratis-V-Bucks seine Nationalregisternummer 08062318246 und sein Passwort eingegeben. Wir haben erklärt, dass das Betrug ist, dass er sofort sein Passwort ändern und die Zwei-Faktor-Anmeldung einschalten muss und dass seine Eltern Bescheid wissen sollten. Die Adresse der Seite wurde an die Kollegen weitergeleitet.',
      '08062318246',
    ),
    withIds(
      'TikTok, Direktnachrichten. Ein 13-jähriger Junge aus Duisburg wird seit Wochen in einem Gruppenchat beleidigt, und laut ihm fängt immer Jonas Schmitz aus der 7c der Gesamtschule Duisburg-Süd damit an. Er traut sich nicht, es seinen Lehrern zu sagen. Wir haben ihm geraten, mit seinen Eltern oder der Vertrauenslehrerin zu sprechen, Screenshots zu machen und die Nummer gegen Kummer anzurufen.',
      'Jonas Schmitz',
      '7c der Gesamtschule Duisburg-Süd',
    ),
    clean(
      'Fortnite, gegen 19:30 Uhr. Drei Jungs zwischen 12 und 13 aus Aachen wollten wissen, ob wir echte Polizisten sind und ob die Polizei während der Arbeit zocken darf; wir sprachen über die neue Season und über Jamal Musiala und Florian Wirtz. Einer erzählte, dass ein älterer Spieler oft nach ihrem Alter fragt, und wir zeigten ihnen, wie man meldet und blockiert. Es wurden keine personenbezogenen Daten erfasst.',
    ),
    clean(
      'Snapchat, Profil Polizei Online-Streife. Ein 16-jähriges Mädchen von einer Schule in Eupen fragte, ob es strafbar ist, ein Nacktbild einer Mitschülerin weiterzuleiten, weil so ein Bild gerade herumgeht. Wir erklärten, dass das Weiterleiten strafbar ist, dass die Betroffene Hilfe bekommen sollte und dass sie sich an Child Focus unter 116 000 wenden kann. Sie nannte keine Namen.',
    ),
    clean(
      'Minecraft, Server mit etwa 70 Spielern. Kinder zwischen 10 und 12 aus Bütgenbach und Raeren bauten den Kölner Dom nach und fragten, wie man Polizist wird. Wir erklärten, was man tut, wenn jemand nach Fotos fragt: nicht antworten, Screenshot machen und es einem Erwachsenen sagen. Gespräch von 17:45 bis 18:20 Uhr, keine Daten notiert.',
    ),
    clean(
      'TikTok-Live. Ein 15-jähriger Junge aus Leipzig schrieb, dass er sich seit Monaten leer fühlt und daran gedacht hat, sich etwas anzutun. Wir nahmen das ernst, fragten, ob er gerade sicher ist, und gaben ihm die Nummer gegen Kummer 116 111, die TelefonSeelsorge 0800 111 0 111 und für den Notfall die 112. Er sagte, seine Schwester sei zu Hause, und bestätigte eine Viertelstunde später, dass er mit ihr gesprochen hat.',
    ),
    clean(
      'Steam, Gruppenchat Counter-Strike 2. Zwei 14-Jährige aus Malmedy fragten, ob sie Ärger bekommen, weil sie Skins auf einer Betrugsseite gekauft haben. Wir erklärten, dass sie Opfer sind, dass sie Anzeige erstatten können und dass Steam Guard hilft. Sie wollten außerdem wissen, ob MontanaBlack oder Papaplatte besser spielt; Vorgang 2024-OST-091 ohne personenbezogene Daten.',
    ),
  ],
  is: [
    withIds(
      'Snapchat, þriðjudagskvöld. Stúlka, 14 ára, úr Hafnarfirði sagði okkur að fullorðinn maður sem kallar sig Hraunkarl69 hefði beðið hana um myndir og lofað henni peningum. Hún sagði að vinkona hennar, Guðrún Björk Sigurðardóttir, hefði fengið sömu skilaboð í síðasta mánuði. Við útskýrðum að þetta væri tæling, hjálpuðum henni að taka skjáskot og loka á hann, og hún ætlar að segja mömmu sinni frá í kvöld.',
      'Hraunkarl69',
      'Guðrún Björk Sigurðardóttir',
    ),
    withIds(
      'Fortnite, spjall í leik. Strákur, 14 ára, frá Akureyri hafði slegið inn kennitöluna sína, 120510-3390, á síðu sem lofaði ókeypis V-Bucks. Við útskýrðum að þetta væru svik, að hann þyrfti að breyta lykilorðinu strax og segja foreldrum sínum frá. Slóð síðunnar var send til rannsóknardeildar.',
      '120510-3390',
    ),
    withIds(
      'TikTok, bein skilaboð. Stúlka, 15 ára, úr Kópavogi fékk skilaboð frá fölskum umboðsmanni fyrirsæta sem bað hana að senda sér póst, og hún skrifaði netfangið sitt opinberlega: sigrun.jons hjá gmail punktur com. Síðan hefur hún fengið undarlega pósta frá ókunnugum. Við hjálpuðum henni að eyða athugasemdinni, skipta um lykilorð og tilkynna reikninginn, og hún veit að hún getur hringt í 1717.',
      'sigrun.jons hjá gmail punktur com',
    ),
    withIds(
      'Roblox, hlutverkaleikur. Stelpa, 11 ára, úr Reykjavík skrifaði heimilisfangið sitt, Hringbraut 47, 101 Reykjavík, og símanúmerið 867 4312 í spjallið því annar spilari sagðist ætla að senda henni gjöf. Við útskýrðum af hverju maður deilir aldrei slíku með ókunnugum og tilkynntum reikninginn. Hún lofaði að segja stóra bróður sínum frá.',
      'Hringbraut 47, 101 Reykjavík',
      '867 4312',
    ),
    withIds(
      'Discord, kvöld. Strákur, 13 ára, úr Reykjanesbæ sagði að hann væri lagður í einelti í hópspjalli og að Kacper Nowak í 8. bekk í Holtaskóla byrjaði alltaf á því. Hann hefur ekki sagt neinum fullorðnum frá. Við ráðlögðum honum að tala við umsjónarkennarann eða námsráðgjafann á morgun og minntum hann á 1717 og netspjall Rauða krossins.',
      'Kacper Nowak',
      '8. bekk í Holtaskóla',
    ),
    clean(
      'Fortnite, um klukkan 19:30. Þrír strákar, 12 og 13 ára, frá Selfossi spurðu hvort við værum alvöru lögreglumenn og hvort lögreglan mætti spila í vinnunni; við spjölluðum um nýja tímabilið og um Gylfa Sigurðsson. Einn sagði að eldri spilari spyrði oft um aldur þeirra, og við sýndum þeim hvernig á að tilkynna og loka á notendur. Engar persónuupplýsingar voru skráðar.',
    ),
    clean(
      'Snapchat, prófíllinn Lögreglan á netinu. Stúlka, 16 ára, úr framhaldsskóla á Ísafirði spurði hvort það væri ólöglegt að deila nektarmynd af skólasystur sem gengur nú á milli nemenda. Við útskýrðum að það væri refsivert, að sú sem er á myndinni þurfi stuðning og að hún geti hringt í 1717 eða 112 í neyð. Hún nefndi engin nöfn.',
    ),
    clean(
      'Minecraft, netþjónn með um 30 spilurum. Börn á aldrinum 10 til 12 ára frá Egilsstöðum og Húsavík voru að byggja Hallgrímskirkju og spurðu hvernig maður verður lögreglumaður. Við ræddum hvað á að gera ef einhver biður um myndir: svara ekki, taka skjáskot og segja fullorðnum frá. Samtalið stóð frá 18:00 til 18:35.',
    ),
    clean(
      'TikTok beint. Strákur, 15 ára, frá Borgarnesi skrifaði að honum liði illa og að hann hefði hugsað um að skaða sig. Við tókum það alvarlega, spurðum hvort hann væri öruggur og gáfum honum númerið 1717 og 112 ef hætta steðjar að. Hann sagði að pabbi hans væri heima og staðfesti korteri síðar að þeir hefðu talað saman.',
    ),
    clean(
      'Steam, hópspjall í Counter-Strike 2. Tveir 14 ára strákar úr Garðabæ spurðu hvort þeir gætu lent í vandræðum eftir að hafa keypt skins á svikasíðu. Við útskýrðum að þeir væru fórnarlömb, að þeir gætu tilkynnt málið til lögreglu og að tveggja þrepa auðkenning hjálpi. Þeir vildu líka vita hvort Laufey eða Björk spili tölvuleiki; mál skráð nr. 2024-118 án persónuupplýsinga.',
    ),
  ],
  fi: [
    withIds(
      'Snapchat, tiistai-ilta. 14-vuotias tyttö Lahdesta kertoi, että aikuinen mies, jonka käyttäjänimi on mikko_kaveri44, on pyytänyt häneltä kuvia ja luvannut rahaa. Tytön mukaan hänen ystävänsä Aino Virtanen on saanut samanlaisia viestejä jo kuukauden ajan. Kerroimme, että kyse on groomingista, autoimme ottamaan kuvakaappaukset ja estämään tilin, ja hän lupasi kertoa äidilleen tänä iltana.',
      'mikko_kaveri44',
      'Aino Virtanen',
    ),
    withIds(
      'Fortnite, pelin chat. 14-vuotias poika Jyväskylästä oli kirjoittanut henkilötunnuksensa 170410A238E sivustolle, joka lupasi ilmaisia V-Buckseja. Kerroimme, että kyse on huijauksesta, että salasana on vaihdettava heti ja että vanhempien pitää tietää asiasta. Sivuston osoite välitettiin tutkijoille.',
      '170410A238E',
    ),
    withIds(
      'TikTok, yksityisviestit. 15-vuotias poika Porista sai kiristysviestejä tililtä, joka väittää omistavansa hänestä alastonkuvan ja vaatii 200 euroa. Kiristäjä tietää jo hänen sähköpostinsa, jonka poika kirjoitti meille muodossa veeti.korhonen ät gmail piste com. Sanoimme selvästi, ettei pidä maksaa eikä hän ole tehnyt mitään väärää, ja autoimme tallentamaan todisteet; hän tekee rikosilmoituksen isänsä kanssa huomenna.',
      'veeti.korhonen ät gmail piste com',
    ),
    withIds(
      'Roblox, roolipeli. 11-vuotias tyttö Tampereelta kirjoitti chattiin osoitteensa Hämeenkatu 18 B 12, 33100 Tampere ja puhelinnumeronsa 040 718 2259, koska toinen pelaaja halusi lähettää hänelle lahjan. Selitimme, miksi tällaisia tietoja ei koskaan jaeta tuntemattomille, ja ilmoitimme tilin Robloxille. Hän lupasi kertoa asiasta isoveljelleen.',
      'Hämeenkatu 18 B 12, 33100 Tampere',
      '040 718 2259',
    ),
    withIds(
      'Discord, ilta. 13-vuotias poika Vantaalta kertoi, että häntä kiusataan ryhmächatissa ja että aloittaja on aina Hamza Abdi, joka on 8C-luokalla Tikkurilan koulussa. Hän ei ole kertonut asiasta kenellekään aikuiselle. Neuvoimme häntä puhumaan luokanvalvojan tai kuraattorin kanssa huomenna ja muistutimme MLL:n Lasten ja nuorten puhelimesta 116 111.',
      'Hamza Abdi',
      '8C-luokalla Tikkurilan koulussa',
    ),
    clean(
      'Fortnite, noin klo 19.30. Kolme 12–13-vuotiasta poikaa Espoosta kysyi, olemmeko oikeita poliiseja ja saako poliisi pelata työajalla; juttelimme uudesta kaudesta ja Teemu Pukista. Yksi kertoi, että vanhempi pelaaja kyselee usein heidän ikäänsä, ja näytimme, miten pelaajan voi ilmoittaa ja estää. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Snapchat, profiili Poliisi Nettipartio. 16-vuotias tyttö eräästä lukiosta Turussa kysyi, onko rangaistavaa jakaa luokkatoverin alastonkuvaa, joka nyt kiertää koulussa. Kerroimme, että jakaminen on rikos, että kuvassa oleva tarvitsee tukea ja että hän voi soittaa numeroon 116 111 tai hätätilanteessa 112. Hän ei maininnut nimiä.',
    ),
    clean(
      'Minecraft, palvelin, jossa noin 45 pelaajaa. 10–12-vuotiaat lapset Rovaniemeltä ja Kuopiosta rakensivat Turun tuomiokirkkoa ja kysyivät, miten poliisiksi pääsee. Kävimme läpi, mitä tehdä, jos joku pyytää kuvia: ei vastata, otetaan kuvakaappaus ja kerrotaan aikuiselle. Keskustelu kesti klo 18.00–18.40.',
    ),
    clean(
      'TikTok live. 15-vuotias poika Kotkasta kirjoitti, ettei jaksa enää ja on miettinyt itsensä satuttamista. Otimme sen vakavasti, kysyimme, onko hän nyt turvassa, ja kerroimme Sekasin-chatista, MLL:n numerosta 116 111 ja hätänumerosta 112. Hän kertoi äidin olevan kotona ja vahvisti vartin päästä, että he olivat puhuneet.',
    ),
    clean(
      'Steam, Counter-Strike 2 -ryhmächat. Kaksi 14-vuotiasta Seinäjoelta kysyi, joutuvatko he vaikeuksiin, koska ostivat skinejä huijaussivustolta. Kerroimme, että he ovat uhreja, että rikosilmoituksen voi tehdä verkossa ja että kaksivaiheinen tunnistautuminen auttaa. He halusivat myös tietää, pelaako Käärijä CS:ää; asia kirjattu numerolla 2024/5531 ilman henkilötietoja.',
    ),
  ],
  sv: [
    withIds(
      'Snapchat, tisdagskväll, finlandssvenskt team. En 14-årig flicka från Vasa berättade att en vuxen man som kallar sig farbror_anders har bett om bilder och lovat henne pengar. Hon sa att hennes kompis Wilma Nyström har fått samma meddelanden sedan jul. Vi förklarade att det är grooming, hjälpte henne att ta skärmdumpar och blockera kontot, och hon lovade att berätta för sin mamma i kväll.',
      'farbror_anders',
      'Wilma Nyström',
    ),
    withIds(
      'Fortnite, finlandssvenskt team. En pojke på 13 år från Jakobstad hade skrivit in sin personbeteckning 020911A4563 på en sida som lovade gratis V-Bucks. Vi förklarade att det är bedrägeri, att han genast måste byta lösenord och att föräldrarna ska få veta. Sidans adress skickades vidare till utredarna.',
      '020911A4563',
    ),
    withIds(
      'TikTok, direktmeddelanden, svenskt team. En 15-årig flicka från Örebro fick meddelanden från en falsk modellagent som bad henne mejla, och hon skrev sin adress öppet i en kommentar: elsa.lindberg snabel-a gmail punkt com. Sedan dess får hon konstiga mejl från okända. Vi hjälpte henne att ta bort kommentaren, byta lösenord och anmäla kontot, och hon vet att hon kan ringa Bris på 116 111.',
      'elsa.lindberg snabel-a gmail punkt com',
    ),
    withIds(
      'Roblox, svenskt team. En pojke på 14 år från Malmö hade skrivit sitt personnummer 100421-3847 och sin adress Amiralsgatan 31, 214 37 Malmö i chatten, eftersom en annan spelare lovade honom gratis Robux för det. Vi såg till att meddelandena togs bort, förklarade att det är bedrägeri och att sådana uppgifter aldrig ska delas på nätet. Han lovade att berätta för sina föräldrar och vet att han kan kontakta Bris.',
      '100421-3847',
      'Amiralsgatan 31, 214 37 Malmö',
    ),
    withIds(
      'Discord, finlandssvenskt team. En 13-årig pojke från Borgå blir mobbad i en gruppchatt, och enligt honom börjar det alltid med Linh Nguyen i 7B i Lyceiparkens skola, som också ringer honom från numret 050 366 1842 på nätterna. Han har inte vågat säga något till sina lärare. Vi rådde honom att prata med klassföreståndaren eller kuratorn i morgon, blockera numret och ringa 116 111 om han behöver någon att prata med.',
      'Linh Nguyen',
      '7B i Lyceiparkens skola',
      '050 366 1842',
    ),
    clean(
      'Fortnite, runt 19.30, svenskt team. Tre pojkar på 12 och 13 år från Göteborg undrade om vi var riktiga poliser och om polisen får spela på jobbet; vi pratade om nya säsongen och om Zlatan Ibrahimović och Alexander Isak. En av dem berättade att en äldre spelare ofta frågar hur gamla de är, och vi visade hur man anmäler och blockerar. Inga personuppgifter registrerades.',
    ),
    clean(
      'Snapchat, profilen Polisen Nätpatrull. En 16-årig flicka från en gymnasieskola i Helsingfors frågade om det är olagligt att dela en nakenbild av en klasskamrat som nu sprids i skolan. Vi förklarade att delning är brottsligt, att den som är på bilden behöver stöd och att hon kan ringa 116 111 eller 112 i nödläge. Hon nämnde inga namn.',
    ),
    clean(
      'Minecraft, server med ett fyrtiotal spelare, finlandssvenskt team. Barn mellan 10 och 12 år från Närpes och Ekenäs byggde Åbo slott och frågade hur man blir polis. Vi gick igenom vad man gör om någon ber om bilder: inte svara, ta en skärmdump och berätta för en vuxen. Samtalet pågick 18.05–18.40.',
    ),
    clean(
      'TikTok live, svenskt team. En pojke på 15 år från Sundsvall skrev att han inte orkar längre och har funderat på att skada sig. Vi tog det på allvar, frågade om han var i säkerhet och gav honom Bris 116 111, Självmordslinjen 90101 och 112 vid akut fara. Han sa att hans pappa var hemma och bekräftade en kvart senare att de hade pratat.',
    ),
    clean(
      'Steam, gruppchatt i Counter-Strike 2, svenskt team. Två 14-åringar från Uppsala frågade om de kan få problem för att de köpt skins på en bluffsida. Vi förklarade att de är brottsoffer, att de kan polisanmäla via 114 14 eller polisen.se och att tvåstegsverifiering hjälper. De undrade också om PewDiePie fortfarande spelar; ärendet noterat som 2024-5120 utan personuppgifter.',
    ),
  ],
};
