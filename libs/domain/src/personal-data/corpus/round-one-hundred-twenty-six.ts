/**
 * Round one hundred and twenty-six: written blind, before the detector was run on it.
 * Decoys everywhere: clean notes full of codes, invalid ids, help-lines, clan tags and names of stars, and notes
 * where a single real identifier hides among such decoys.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_TWENTY_SIX: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    clean(
      'Spoke with a 14-year-old lad from Cork on Discord about the Fortnite v31.10 update and a ‘free V-Bucks’ code, VBX-7731-QQ42-9081, that was doing the rounds on TikTok. Explained it is a phishing scam and that Childline is on 1800 66 66 66. Garda ref. 2025/118734.',
    ),
    withIds(
      "Boy (12) on Roblox, playing Blox Fruits; we went through Dough, Leopard, the Kitsune fruit and the Sea Beast raid at 19:30. He told me his own username, xX_Shadowfang_09Xx, and asked me to add him; I didn't, and explained why strangers shouldn't get it either.",
      'xX_Shadowfang_09Xx',
    ),
    clean(
      "On Twitch under our profile Politiet_Nettpatrulje, chatted with a 15-year-old girl who had watched a Kai Cenat clip and asked whether the #TenkFørDuDeler campaign was real. She's in 10th grade, spent 800 Robux last month and thinks Tilted Towers is the best map ever. Gave her the Alarmtelefonen number 116 111.",
    ),
    withIds(
      'Snapchat, 16-year-old from Leeds worried about a group chat that swaps Minecraft seeds like -4172144997902289642 and order numbers for cheap skins. Before I could stop him he typed his own mobile, 07700 900412, and asked me to text him. Told him not to post his number anywhere and mentioned Childline on 0800 1111.',
      '07700 900412',
    ),
    clean(
      "Steam chat with a 13-year-old in Galway who plays CS2 in a team with the clan tag [GLW]. He'd paid for a skin with order no. 4471-9920-3318-0057 and never got it; I told him to go through Steam Support, not the ‘Valve Support’ account on Discord. Ref. PULSE 24/0457731, follow-up Friday 15:00.",
    ),
    clean(
      'Minecraft Bedrock 1.21.50 on a realm with the invite code 7Hq2Xk9PzL. Girl, 11, was proud of her Hogwarts and Eiffel Tower builds and annoyed at griefers on the map ‘Creeper Cove’. Talked about trusted members and backups; reminded her that the Samaritans are on 116 123 and the Gardaí on 112.',
    ),
    withIds(
      'A 14-year-old asked on Discord for help getting his Fortnite account back and wrote out his e-mail as liam.byrne2010 at outlook dot com before I could say anything. We went through two-factor authentication, the V-Bucks gift card scam and why nobody from Epic Games will ever DM him.',
      'liam.byrne2010 at outlook dot com',
    ),
    withIds(
      'In Brookhaven on Roblox a 13-year-old boy from Dublin told me his name is Cian Doherty and that he plays Pet Simulator 99 with his friends from football. Chatted about Shamrock Rovers, Huge Cats and trading scams; advised him not to give his full name to strangers.',
      'Cian Doherty',
    ),
    clean(
      'Talked on Twitch with two boys of 12 who play EA FC 25 Ultimate Team and support Manchester City and Liverpool. They argued about Erling Haaland, Cole Palmer and a TOTY pack worth 250,000 coins. They know our profile Politi_Nettpatrulje_Vest and the police number 02800 for things that are not urgent.',
    ),
    withIds(
      'TikTok live with a 15-year-old girl who was advertising the after-party of a Fortnite tournament (code EU-FNCS-0412) on her story. She gave the address as 27 Ashgrove Road, past the Spar. Explained that anyone can watch a live and asked her to take it down.',
      '27 Ashgrove Road',
    ),
  ],
  nb: [
    clean(
      'Snakket med en gutt på 13 år på Discord om Fortnite-skins og en «gratis V-bucks»-lenke med koden VB-2025-XK91-7730. Lenken var svindel, og han fikk råd om ikke å logge inn via fremmede sider. Saksnummer 25-187432-1. Minnet ham på Alarmtelefonen 116 111 og 112 ved fare.',
    ),
    withIds(
      'Jente på 13 på Snapchat hadde lagt ut fødselsnummeret sitt, 230911 54730, i en gruppechat for å være med i en iPhone 16-konkurranse (kode GIVEAWAY-7781). Konkurransen var falsk. Ba henne slette meldingen og snakke med foreldrene.',
      '230911 54730',
    ),
    clean(
      'En gutt på 12 i Roblox viste meg et «fødselsnummer» fra en generator-side, 14031249866, som han trodde ga gratis Robux. Kontrollsifrene stemmer ikke, så tallet er oppdiktet, men vi snakket om hvorfor man aldri skal skrive inn slike opplysninger. Han har 1 200 Robux og spiller Blox Fruits.',
    ),
    clean(
      'Prat på Twitch med to jenter på 14 fra Tromsø som heier på TIL og Bodø/Glimt og ser på Kygo-konserter. De spiller i klanen [NORD] på kartet «Tilted Towers» og hadde sett kampanjen #StoppNettmobbing. Ingen bekymringer, men de fikk profilen vår Politiet Nettpatrulje Nord som kontakt.',
    ),
    withIds(
      'På Minecraft-serveren «Nordlys SMP» (versjon 1.20.4) skrev en gutt på 15 mobilnummeret sitt, 948 12 375, i chatten fordi han ville ha hjelp med en hacket konto. Forklarte at alle på serveren kan se chatten, og at han heller bør ta kontakt med Mojang sin kundeservice.',
      '948 12 375',
    ),
    withIds(
      'Gutt på 11 på Roblox fortalte at han heter Sander og at han har byttet bort en Frost Dragon mot en Shadow Dragon i Adopt Me. Han var blitt lurt av en som lovet «mega neon». Snakket om trygg trading og om å si fra til en voksen.',
      'Sander',
    ),
    clean(
      'Ordrenummer 7004 5521 8890 på et Steam-gavekort var det eneste gutten (14) hadde igjen etter at «kjøperen» forsvant. Kjøpet skjedde 12.03.2025 kl. 21.47. Han fikk råd om å kontakte Steam Support og om å anmelde på politiet.no; saken har referanse 25-041187-2.',
    ),
    withIds(
      'Ei jente på 14 på TikTok spurte hvordan hun får tilbake Snapchat-kontoen, og skrev e-posten sin som emma.bakken11 at hotmail dot com i kommentarfeltet. Ba henne slette kommentaren med en gang og bytte passord. Vi snakket også om tofaktorautentisering.',
      'emma.bakken11 at hotmail dot com',
    ),
    clean(
      'Gutt på 16 på Discord lurte på om det var greit å ringe politiet om en trussel i et Fortnite-lag. Fikk nummeret 02800 til politiet, 112 ved akutt fare og 116 111 til Alarmtelefonen. Han fortalte om turneringen FNCS Major 2 og laget sitt, «Viking Esports», som har 4 200 poeng.',
    ),
    withIds(
      'På Steam la en gutt på 13 oss til som venn og fortalte at brukernavnet hans i CS2 er frostbyte_kid2012, og at han får meldinger fra en ukjent voksen. Han spiller Mirage og Dust II med klanen [OSL]. Råd: blokker, rapporter og fortell det til foreldrene.',
      'frostbyte_kid2012',
    ),
  ],
  nn: [
    withIds(
      'Snakka med ei jente på 12 år på Roblox som hadde skrive fødselsnummeret sitt, 28021358144, inn i eit «gratis Robux»-skjema på ei nettside. Ho fekk råd om å seie frå til foreldra, og vi gav henne nummeret til Alarmtelefonen, 116 111.',
      '28021358144',
    ),
    clean(
      'Gut på 14 frå Førde spelar Fortnite med klanen [FJD] på kartet «Reckless Railways». Han lurte på om kampanjen #TenkFørDuDeler var ekte, og det er han. Saksnummer 25-004418-3; han fekk vite at politiet svarar på 02800.',
    ),
    withIds(
      'Ei jente på 13 på TikTok fortalde at ein ukjend vaksen sender meldingar til venninna hennar, som har brukarnamnet @solveig.dansar2012. Vi rådde henne til å be venninna blokkere og rapportere kontoen, og til å snakke med ein vaksen ho stolar på.',
      '@solveig.dansar2012',
    ),
    clean(
      'Gut på 15 på Discord viste fram eit skjermbilete med talet 28021358147, som han trudde var fødselsnummeret til ein kompis. Kontrollsifra stemmer ikkje, så talet er oppdikta. Vi snakka om deling av skjermbilete og kva som er lov.',
    ),
    clean(
      'Prata med to gutar på 12 på Twitch som såg på ei Fortnite-turnering 14.03.2025 frå kl. 18.30 til 21.00. Dei sparar til Battle Pass til 950 V-bucks og heiar på Molde og Brann. Tok opp kjøp i spel og kor lett det er å bruke for mykje pengar.',
    ),
    withIds(
      'Gut på 16 på Snapchat skreiv mobilnummeret sitt, +47 412 93 006, i ein open gruppechat om Minecraft-serveren «Fjordheim» (versjon 1.21.1). Forklarte at alle i gruppa kan sjå og dele nummeret, og bad han fjerne det.',
      '+47 412 93 006',
    ),
    withIds(
      'Gut på 15 på Discord skreiv at festen etter LAN-et «Vinterlan 2025» er i Kyrkjevegen 14, og inviterte alle i kanalen. Vi forklarte at kanalen har over 3 000 medlemer, og at han berre bør sende adressa til folk han kjenner.',
      'Kyrkjevegen 14',
    ),
    clean(
      'Ei jente på 14 på TikTok snakka om Astrid S, Sigrid og Aurora og om ein trend med emneknaggen #Sommar2025. Ho spelar Stardew Valley og Animal Crossing og har 2 400 følgjarar. Vi gjekk gjennom personverninnstillingane og kvifor det er lurt med privat konto.',
    ),
    withIds(
      'På Minecraft fortalde ei jente på 13 at ho heiter Ingrid Solheim, og at ho byggjer ein kopi av Bryggen i Bergen saman med klassen. Vi rådde henne til ikkje å bruke fullt namn i chatten på opne serverar.',
      'Ingrid Solheim',
    ),
    clean(
      'Gut på 13 på Steam fekk ei melding om at kontoen var låst, med ein «kode» 8841-2290-5573 og eit telefonnummer til «Valve». Det var svindel; Steam ringjer ikkje. Han fekk nummeret 116 111, og vi noterte saka under referanse 25-019944-8.',
    ),
  ],
  nl: [
    clean(
      'Gesprek via Discord met een jongen van 14 uit Zwolle over een nepactie voor gratis V-Bucks (code FN-8823-KQ71-0049). Uitgelegd dat het phishing is en dat hij bij vragen De Kindertelefoon kan bellen op 0800-0432. Registratienummer 2025-0143387.',
    ),
    withIds(
      'Meisje van 13 op TikTok had haar BSN, 617243852, in een reactie gezet omdat een account beloofde dat ze zo een PS5 kon winnen. Samen gekeken hoe ze de reactie verwijdert en afgesproken dat ze het haar ouders vertelt.',
      '617243852',
    ),
    clean(
      'Op Roblox met een meisje van 12 uit Gent gepraat over Adopt Me en een ‘mega neon’ Shadow Dragon. Ze wist niet dat ze Awel kan bellen op 102 en dat de politie op 101 bereikbaar is. Ze supportert voor AA Gent en is fan van Lotte Kopecky.',
    ),
    withIds(
      'Jongen van 15 op Snapchat deelde zijn nummer, 06-41278395, in een groep van de Minecraft-server ‘BlokCraft’ (versie 1.20.6) om spullen te ruilen. Uitgelegd dat iedereen in de groep het kan doorsturen en gevraagd het te verwijderen.',
      '06-41278395',
    ),
    clean(
      'Een jongen van 13 uit Antwerpen liet een screenshot zien met 11.08.23-165.44, volgens hem het rijksregisternummer van een klasgenoot. Het controlegetal klopt niet, dus het is verzonnen. We hadden het over screenshots doorsturen en over pesten; hij weet dat hij Awel op 102 kan bellen.',
    ),
    withIds(
      'Meisje van 14 uit Leuven vroeg op Discord hoe ze haar Fortnite-account terugkrijgt en typte haar e-mailadres als lotte.peeters2011 at gmail dot com. Meteen gevraagd het bericht te verwijderen en uitleg gegeven over tweestapsverificatie.',
      'lotte.peeters2011 at gmail dot com',
    ),
    clean(
      'Op Twitch met twee jongens van 12 over EA FC 25: ze supporteren Ajax en Feyenoord en sparen voor een pakket van 2.800 FC Points. Daarna speelden ze CS2 op de map ‘Dust II’. Gewezen op ons politieprofiel @PolitieGaming en het nummer 0900-8844.',
    ),
    withIds(
      "Jongen van 11 op Roblox vertelde dat hij Daan Bakker heet en dat hij in Brookhaven een huis heeft gebouwd met zijn neef. Gewaarschuwd voor mensen die om foto's vragen en hem verteld dat hij altijd een volwassene mag inlichten.",
      'Daan Bakker',
    ),
    clean(
      'Gesprek met een meisje van 15 op Steam over een mail van ‘Steam Support’ met bestelnummer 3390-1174-8825-6601 en een link. Het bleek phishing. Melding opgenomen onder nummer 2025-0187263; bij nood 112, anders 0900-8844.',
    ),
    withIds(
      'Jongen van 16 nodigde in een TikTok-live iedereen uit voor een LAN-party in de Kerkstraat 12 na de ‘Fortnite Cash Cup’ van zaterdag 20:00. Uitgelegd dat kijkers van een live onbekenden kunnen zijn en gevraagd het adres niet meer te delen.',
      'Kerkstraat 12',
    ),
  ],
  fr: [
    withIds(
      "Un garçon de 13 ans sur Discord a recopié son numéro de sécurité sociale, 1 11 08 75 120 043 79, dans un formulaire « V-Bucks gratuits ». On lui a expliqué que c'était une arnaque et qu'il devait en parler à ses parents ; le 3018 peut aussi l'aider.",
      '1 11 08 75 120 043 79',
    ),
    clean(
      'Discussion sur Roblox avec une fille de 11 ans de Lille qui joue à Adopt Me et à Brookhaven. Elle voulait savoir si le hashtag #NonAuHarcèlement était une vraie campagne : oui. Rappel du 119 et du 3018, et du profil officiel de la Police nationale sur Discord.',
    ),
    withIds(
      'Ado de 15 ans sur Snapchat : il a envoyé son numéro, 06 47 28 19 53, dans un groupe de trading Fortnite où se trouvent des inconnus. Conseil : retirer le numéro, passer le compte en privé et signaler les adultes qui insistent.',
      '06 47 28 19 53',
    ),
    clean(
      "Un collégien de 14 ans m'a montré une capture avec le numéro 2 12 03 69 123 017 12, présenté comme le numéro de sécu d'une camarade. La clé ne correspond pas, c'est un faux. On a parlé de harcèlement et du 3018.",
    ),
    clean(
      "Sur Twitch, deux garçons de 12 ans de Charleroi parlaient du Standard, d'Anderlecht et de Romelu Lukaku. Ils jouent à Minecraft en version 1.21.4 sur la carte « SkyWars » avec le tag de clan [BXL]. Je leur ai rappelé le 103 (Écoute-Enfants), le 101 et le 112.",
    ),
    withIds(
      "Une fille de 14 ans sur TikTok a écrit son adresse en toutes lettres, ines.moreau2011 arobase gmail point com, pour qu'un « recruteur » de Karmine Corp la contacte. Ce n'était pas Karmine Corp. On lui a conseillé de supprimer le commentaire et de bloquer le compte.",
      'ines.moreau2011 arobase gmail point com',
    ),
    withIds(
      "Sur Fortnite, un garçon de 12 ans de Namur m'a dit qu'il s'appelle Noah et qu'il joue avec des « amis » rencontrés sur Discord qui lui demandent des photos. Conseil : ne rien envoyer, bloquer, et en parler à un adulte ; numéro utile : 103.",
      'Noah',
    ),
    clean(
      'Commande n° 5582-0391-7746 sur un site de skins CS2 jamais livrée pour un jeune de 16 ans de Lyon ; paiement le 03/02/2025 à 22h14. Orientation vers le support Steam et vers PHAROS pour un signalement. Main courante n° 2025/004127.',
    ),
    withIds(
      "Une fille de 15 ans sur Snapchat a publié l'adresse de sa soirée d'anniversaire, rue des Alliés 27, dans une story publique qui affichait aussi le score de son équipe sur Rocket League. Conseil : stories réservées aux amis proches et jamais d'adresse en ligne.",
      'rue des Alliés 27',
    ),
    clean(
      "Un garçon de 13 ans sur Steam avait reçu un « code d'échange » AX7K-92LM-QP31 et un lien vers un faux site Valve. Rien de saisi, heureusement. Il connaît maintenant le 3018, le 17 et notre profil « Police nationale – Cyber ». Note enregistrée à 18h40.",
    ),
  ],
  de: [
    clean(
      'Gespräch auf Discord mit einem 13-Jährigen aus Köln über einen angeblichen Gratis-V-Bucks-Code (FNX-4482-LM90-1173). Das ist Phishing; er hat nichts eingegeben. Hingewiesen auf die Nummer gegen Kummer 116 111 und den Notruf 110. Vorgangsnummer 2025-0048812.',
    ),
    withIds(
      'Ein 15-Jähriger hat auf Snapchat seine Handynummer, 0176 4829 3317, in eine offene Gruppe zum Minecraft-Server „Blockheim“ (Version 1.20.6) gepostet. Erklärt, dass jeder in der Gruppe sie weitergeben kann, und gebeten, sie zu löschen.',
      '0176 4829 3317',
    ),
    clean(
      'Auf Twitch mit zwei Mädchen (14) aus Leipzig gesprochen, die RB Leipzig und den FC Bayern verfolgen und Streams von Papaplatte und Gronkh schauen. Sie kannten die Kampagne #NichtMitUns und unser Profil Polizei_Streife_Online. Keine Auffälligkeiten.',
    ),
    withIds(
      'Ein 11-Jähriger auf Roblox sagte, er heißt Jonas, und erzählte, dass er in Adopt Me seinen Frost Dragon gegen ein angebliches Mega Neon Unicorn getauscht hat. Er wurde betrogen. Über sicheres Traden gesprochen und geraten, den Eltern Bescheid zu sagen.',
      'Jonas',
    ),
    clean(
      'Bestellnummer 302-4471829-5520931 für eine Steam-Guthabenkarte war alles, was ein 16-Jähriger aus Graz noch hatte, nachdem der „Käufer“ verschwunden war. Kauf am 14.02.2025 um 21:37 Uhr. Empfohlen: Anzeige erstatten und bei Rat auf Draht unter 147 anrufen.',
    ),
    clean(
      'Ein 12-Jähriger spielt Fortnite im Clan [GER] auf der Map „Tilted Towers“ und sammelt Skins wie Peely und Fishstick. Er wollte wissen, ob die 0800 111 0 333 wirklich kostenlos ist – ja. Außerdem 110 und 112 erklärt.',
    ),
    withIds(
      'Eine 14-Jährige auf TikTok fragte, wie sie ihren gehackten Account zurückbekommt, und schrieb ihre Mail-Adresse als lena.schmidt2011 at web dot de in die Kommentare. Sofort löschen lassen; danach über Zwei-Faktor-Authentifizierung gesprochen.',
      'lena.schmidt2011 at web dot de',
    ),
    withIds(
      'Auf Steam hat uns ein 13-Jähriger als Freund hinzugefügt; er spielt unter dem Namen DerNiklas_2012 und bekommt seit Tagen Nachrichten von einem Erwachsenen, der CS2-Skins verschenken will. Geraten: blockieren, melden, Eltern informieren.',
      'DerNiklas_2012',
    ),
    clean(
      'Über Minecraft mit einem 15-Jährigen aus Zürich gesprochen, der auf dem Server „Hypixel“ BedWars spielt und Version 1.8.9 nutzt. Er fragte nach der Nummer der Polizei – in der Schweiz die 117 – und nach der 147 von Pro Juventute. Gespräch um 19:10 Uhr beendet.',
    ),
    withIds(
      'Eine 15-Jährige hat in einer öffentlichen Snapchat-Story die Adresse ihrer Geburtstagsparty gepostet, Lindenstraße 8, zusammen mit ihrem Rang in Rocket League (Champion II). Besprochen, Storys nur für enge Freunde freizugeben.',
      'Lindenstraße 8',
    ),
  ],
  is: [
    withIds(
      'Stelpa, 14 ára, á Roblox hafði skrifað kennitöluna sína, 120411-2330, inn á síðu sem lofaði ókeypis Robux. Við ræddum um svindl og hún lofaði að segja foreldrum sínum frá. Hún veit af Hjálparsíma Rauða krossins, 1717.',
      '120411-2330',
    ),
    clean(
      'Spjallaði á Discord við 14 ára strák frá Akureyri um Fortnite og falskan V-Bucks kóða, VB-7742-QX19-0031. Hann sló ekkert inn. Minnti hann á 112 og 1717. Málsnúmer 007-2025-004418.',
    ),
    withIds(
      'Strákur, 15 ára, setti símanúmerið sitt, 867 4521, í opinn hóp á Snapchat um Minecraft-þjóninn „Norðurljós“ (útgáfa 1.21.1). Útskýrði að allir í hópnum geti séð það og deilt því og bað hann að eyða því.',
      '867 4521',
    ),
    clean(
      'Strákur á 13. ári sýndi skjáskot með tölunni 120411-2350 sem hann sagði vera kennitölu bekkjarfélaga. Vartalan passar ekki, svo þetta er tilbúningur. Við ræddum um að senda ekki skjáskot af öðrum og um einelti.',
    ),
    clean(
      'Tveir strákar, 12 ára, á Twitch ræddu um Víking, KR og Arsenal og um leikmenn eins og Martin Ødegaard og Bukayo Saka. Þeir spila EA FC 25 og eru að safna fyrir pakka á 2.800 FC Points. Þeir þekkja síðuna okkar, Lögreglan – Netlögga.',
    ),
    withIds(
      'Á TikTok sagði 14 ára stelpa mér að hún héti Katrín Sigurðardóttir og að hún streymdi Minecraft á hverju kvöldi klukkan 20:00. Ráðlagði henni að nota ekki fullt nafn í streyminu og að hafa reikninginn lokaðan.',
      'Katrín Sigurðardóttir',
    ),
    clean(
      'Pöntunarnúmer 4471-9920-3318 á Steam-gjafakorti var það eina sem 16 ára strákur átti eftir þegar „kaupandinn“ hvarf. Keypt 12.03.2025 kl. 21:47. Honum var bent á að hafa samband við Steam Support og að tilkynna málið til lögreglu.',
    ),
    withIds(
      'Stelpa á 15. ári á Discord bað um aðstoð við að endurheimta Fortnite-aðganginn sinn og skrifaði netfangið sitt sem anna.jons2010 at gmail dot com. Bað hana að eyða skilaboðunum og við ræddum tveggja þrepa auðkenningu.',
      'anna.jons2010 at gmail dot com',
    ),
    withIds(
      'Stelpa, 15 ára, bauð öllum í TikTok-streymi í afmælið sitt á Laugavegi 42 eftir Fortnite-mót á laugardaginn. Útskýrði að ókunnugir geti horft á streymi og bað hana að deila ekki heimilisfanginu.',
      'Laugavegi 42',
    ),
    clean(
      'Strákur, 13 ára, spilar Roblox með hópnum [REK] í „Brookhaven“ og fylgist með herferðinni #EkkiDeila. Hann spurði hvort lögreglan væri með síma fyrir börn; nefndi 112 og 1717. Samtalinu lauk kl. 19:30.',
    ),
  ],
  fi: [
    clean(
      'Juttelin Discordissa 14-vuotiaan tamperelaispojan kanssa. Hän oli saanut TikTokissa ”ilmaisten V-Bucksien” koodin FNX-2291-KL73-0048, joka on huijaus. Kerroin Lasten ja nuorten puhelimesta 116 111 ja hätänumerosta 112. Ilmoitusnumero 5500/2025/4417.',
    ),
    withIds(
      'Tyttö (13) oli kirjoittanut Robloxissa henkilötunnuksensa 180711A2461 lomakkeeseen, joka lupasi ilmaisia Robuxeja. Kävimme läpi, miten huijaukset toimivat, ja hän lupasi kertoa asiasta vanhemmilleen.',
      '180711A2461',
    ),
    clean(
      'Poika (12) näytti kuvakaappausta, jossa oli merkkijono 030512A317K ja jonka hän sanoi olevan luokkakaverin henkilötunnus. Tarkistusmerkki ei täsmää, joten se on keksitty. Puhuimme kuvakaappausten jakamisesta ja kiusaamisesta.',
    ),
    withIds(
      'Snapchatissa 15-vuotias poika laittoi puhelinnumeronsa 040 718 2234 avoimeen ryhmään, jossa vaihdetaan Minecraft-tavaroita (versio 1.20.4). Kerroin, että kuka tahansa ryhmässä voi jakaa numeron eteenpäin, ja pyysin poistamaan viestin.',
      '040 718 2234',
    ),
    clean(
      'Twitchissä juttelin kahden 12-vuotiaan pojan kanssa, jotka kannattavat HIFK:ta ja Kärppiä ja fanittavat Käärijää. He pelaavat Fortnitea klaanissa [SUOMI] kartalla ”Tilted Towers” ja tunsivat kampanjan #ÄläJaa. Profiilimme Poliisi – Nettipoliisi oli heille tuttu.',
    ),
    withIds(
      'TikTokissa 14-vuotias tyttö kysyi, miten saa kaapatun tilinsä takaisin, ja kirjoitti sähköpostinsa muodossa aino.virtanen11 at gmail dot com kommentteihin. Pyysin poistamaan kommentin heti, ja puhuimme kaksivaiheisesta tunnistautumisesta.',
      'aino.virtanen11 at gmail dot com',
    ),
    clean(
      'Tilausnumero 7004-5521-8890-3317 Steam-lahjakortista oli ainoa, mitä 16-vuotiaalle jäi, kun ”ostaja” katosi. Kauppa tehtiin 12.3.2025 klo 21.47. Neuvoin tekemään rikosilmoituksen ja kerroin, että poliisin vaihde on 0295 419 800.',
    ),
    withIds(
      'Minecraftissa 13-vuotias tyttö kertoi, että hänen nimensä on Ella Korhonen ja että hän rakentaa Suomenlinnaa kavereidensa kanssa. Neuvoin olemaan käyttämättä koko nimeä julkisilla palvelimilla.',
      'Ella Korhonen',
    ),
    clean(
      'Poika (13) oli saanut Steamissa viestin ”Valve Supportilta” ja koodin AX7K-92LM-QP31. Hän ei syöttänyt mitään. Kävimme läpi numerot 112 ja 116 111, ja keskustelu päättyi klo 19.15.',
    ),
    withIds(
      '15-vuotias tyttö kutsui TikTok-livessä kaikki synttäreilleen osoitteeseen Koulukatu 7 lauantain Fortnite-turnauksen jälkeen. Kerroin, että liveä voivat katsoa myös tuntemattomat aikuiset, ja pyysin olemaan jakamatta osoitetta.',
      'Koulukatu 7',
    ),
  ],
  sv: [
    withIds(
      'En tjej på 13 på Roblox hade skrivit in sitt personnummer, 110524-3180, på en sida som lovade gratis Robux. Vi pratade om bedrägerier och hon lovade att berätta för sina föräldrar. Hon vet att hon kan ringa BRIS på 116 111.',
      '110524-3180',
    ),
    clean(
      'Pratade på Discord med en kille på 14 från Umeå om en falsk V-Bucks-kod, FNX-9912-PL40-7731, som spreds på TikTok. Han hade inte skrivit in något. Tipsade om BRIS 116 111 och polisens nummer 114 14. Ärendenummer 5000-K123456-25.',
    ),
    clean(
      'En kille på 12 visade en skärmdump med 100313-2767 som han sa var en klasskompis personnummer. Kontrollsiffran stämmer inte, så det är påhittat. Vi pratade om att inte sprida skärmdumpar och om mobbning.',
    ),
    withIds(
      'Kille på 15 på Snapchat lade ut sitt mobilnummer, 070-482 19 36, i en öppen grupp för Minecraft-servern ”Vintergatan” (version 1.21.1). Förklarade att alla i gruppen kan sprida numret och bad honom ta bort det.',
      '070-482 19 36',
    ),
    withIds(
      'På Twitch berättade en tjej på 14 att hon streamar Fortnite under namnet ellu_gamer2011 och att en vuxen man skickar privata meddelanden till henne. Råd: blockera, anmäl och berätta för en vuxen hon litar på.',
      'ellu_gamer2011',
    ),
    clean(
      'Två killar på 12 på Twitch pratade om AIK, Djurgården och Zlatan, och om Minecraft-kartan ”SkyBlock”. De spelar i klanen [STHLM] och kände till kampanjen #TänkEfter. Vår profil Polisen Gaming var bekant för dem.',
    ),
    withIds(
      'En tjej på 15 på TikTok frågade hur hon får tillbaka sitt kapade konto och skrev sin mejl som elsa.lindqvist10 at hotmail dot com i kommentarerna. Bad henne ta bort kommentaren direkt, och vi pratade om tvåstegsverifiering.',
      'elsa.lindqvist10 at hotmail dot com',
    ),
    clean(
      'Ordernummer 3390-1174-8825 för ett Steam-presentkort var allt en kille på 16 hade kvar när ”köparen” försvann. Köpet gjordes 2025-03-12 kl. 21.47. Råd: kontakta Steam Support och gör en polisanmälan via polisen.se eller 114 14.',
    ),
    withIds(
      'En tjej på 15 bjöd in alla i sin TikTok-live till sitt kalas på Storgatan 14 efter lördagens Fortnite-turnering. Förklarade att okända vuxna kan titta på liven och bad henne att inte dela adressen.',
      'Storgatan 14',
    ),
    clean(
      'En kille på 13 på Steam hade fått ett meddelande från ”Valve Support” med koden AX7K-92LM-QP31 och en länk. Han klickade inte. Vi gick igenom 112, 114 14 och 1177, och samtalet avslutades kl. 19.15.',
    ),
  ],
};
