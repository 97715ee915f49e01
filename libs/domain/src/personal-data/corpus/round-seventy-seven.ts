/**
 * Round seventy-seven: written blind, before the detector was run on it.
 * Everyday ways of writing identifiers (surname first, initials, particles, case endings, grouped and spelled numbers,
 * e-mails in words); the clean notes write help lines, case numbers, servers and famous names the same ways.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SEVENTY_SEVEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Boy, 13, on Roblox: a man who said he was a 'talent scout' phoned him from +47 912 34 567 and then texted from 0047 41 22 83 90 asking for pictures. Advised him to block both and tell his mum.",
      '+47 912 34 567',
      '0047 41 22 83 90',
    ),
    withIds(
      'Belgian team, chat held in English on Discord: the girl keeps naming peeters, lotte as the one who posted the edited photo of her, and says it has happened before. Bullying, no adults involved.',
      'peeters, lotte',
    ),
    withIds(
      "Kripos on Twitch: lad typed tobias.lie [at] hotmail (dot) com so we could 'send him a real police badge'. Explained we don't do that and deleted the message.",
      'tobias.lie [at] hotmail (dot) com',
    ),
    withIds(
      'She said the man from her Fortnite squad, Kevin Aasland Berg, keeps sending her Steam gift cards and knows she lives at Thereses gate, 22 in Oslo. Possible grooming, passed to the Kripos duty desk.',
      'Kevin Aasland Berg',
      'Thereses gate, 22',
    ),
    withIds(
      "Finnish team: boy pasted his henkilötunnus 150310A274H into a Twitch giveaway chat to 'prove his age', and his Xbox gamertag SnipaVaasa07 was shown next to it. Told him never to share either.",
      '150310A274H',
      'SnipaVaasa07',
    ),
    clean(
      'Chatted with three lads on Fortnite about whether Haaland or Mbappé is better; one asked if the police can read his Snapchat. Pointed him to 116 111 and politiet.no/tips. No personal data recorded.',
    ),
    clean(
      "Girl, 15, on TikTok hinted at self-harm. Gave her 116 123, spelled out one-one-six one-one-one as well, and stayed in the chat until she said she'd call. Case 24/1187-K.",
    ),
    clean(
      "Minecraft server play.hypixel.net: two boys from Bergen asked whether Technoblade was really gone and what 'swatting' means. Nothing identifying was shared.",
    ),
    clean(
      "Our blue profile 'Kripos Online Patrol' stood in the Habbo lobby from 19:05 to 20:30; 40+ avatars stopped by, mostly asking about VPNs, fines and whether to call 112 or 02800.",
    ),
    clean(
      "Kid on Xbox, age 12, said a stranger offered 5,000 V-Bucks for 'a quick call'. Told him to screenshot and block, and to ring Kors på halsen on +47 800 33 321. No names, numbers or tags noted.",
    ),
  ],
  nb: [
    withIds(
      'Jente (14) på Snapchat: en voksen mann hadde gitt henne nummeret sitt, +47 480.12.976, og bedt henne ringe etter skoletid. Ba henne blokkere ham og si fra til mamma.',
      '+47 480.12.976',
    ),
    withIds(
      'Gutten limte inn fødselsnummeret sitt, 140709 51267, i Roblox-chatten fordi noen lovet ham 10 000 Robux. Vi ba ham slette meldingen med en gang.',
      '140709 51267',
    ),
    withIds(
      'Hun sier det er Amina Yusufs storebror som deler bildene i Discord-serveren, og at han har holdt på siden jul. Deling av bilder, sak opprettes.',
      'Amina Yusuf',
    ),
    withIds(
      '13-åring fra Grünerløkka sier «kompisen» fra Fortnite vet at han bor i Thorvald Meyers gt. 47 og har truet med å dukke opp der. Rådet ham til å fortelle det til foreldrene.',
      'Thorvald Meyers gt. 47',
    ),
    withIds(
      'Sextortion: hun hadde sendt bilder til en «modellagent» og fikk trusler fra jonas.strand krøllalfa gmail prikk com. Selv heter hun snøhvit_tbg på TikTok.',
      'jonas.strand krøllalfa gmail prikk com',
      'snøhvit_tbg',
    ),
    clean(
      'Snakket med fire gutter på Minecraft-serveren mc.nordcraft.no om hvem som er best av Haaland og Ødegaard. En av dem bor i Bodø. Ingen personopplysninger lagret.',
    ),
    clean(
      'Jente på TikTok lurte på hva hun skal gjøre hvis noen truer med å dele bilder. Ga henne 116 111 (sa det som 1-1-6 1-1-1), Kors på halsen 800 33 321 og politiet.no/tips.',
    ),
    clean(
      'Gutt (12) fra Tromsø spurte om politiet spiller Fortnite selv. Vi svarte som «Politiet Nettpatrulje Kripos». Kl. 18.40–19.15, sak 23-184522.',
    ),
    clean(
      'En jente sa hun går på en skole i Drammen og blir mobbet i klassechatten. Anbefalte henne å snakke med helsesykepleier og ringe 116 123 om kvelden. Ingen navn nevnt.',
    ),
    clean(
      'Prat om Kygo, Sigrid og Astrid S i Habbo; 30 brukere innom, 2 spurte hvordan man anmelder svindel (02800, eller +47 02800 fra utlandet). 65 % var under 15.',
    ),
  ],
  nn: [
    withIds(
      'Jenta (15) fortel at K. Haugland, ein vaksen trenar i klubben, sender henne meldingar på Snapchat kvar kveld. Ho vil ikkje at nokon skal få vite at ho har sagt det.',
      'K. Haugland',
    ),
    withIds(
      'Guten gav oss nummeret til ein kar som sel Fortnite-kontoar: 4 9 3 5 og så 6 7 8 2. Han har betalt 600 kroner og ikkje fått noko.',
      '4 9 3 5 og så 6 7 8 2',
    ),
    withIds(
      'Eg snakka med ei jente frå Førde; mannen på Discord visste at ho bur i Hafstadv. 34, 6800 Førde, og det skremde henne. Mogleg grooming, meldt vidare.',
      'Hafstadv. 34, 6800 Førde',
    ),
    withIds(
      'Han heiter Eirik Mjelde, men alle kallar han «Mjeldemannen» på Discord, og det er han som truar dei yngste på serveren. Guten var redd for å bli oppdaga.',
      'Eirik Mjelde',
      'Mjeldemannen',
    ),
    withIds(
      'Ho skreiv fødselsnummeret sitt, 030211-48708, i ein TikTok-kommentar for å vinne ein iPhone. Ba henne slette kommentaren og forklarte kvifor.',
      '030211-48708',
    ),
    clean(
      'Snakka med tre gutar frå Voss om Minecraft og kva server dei brukar (play.cubecraft.net). Ingen personopplysningar vart lagra.',
    ),
    clean(
      'Ei jente spurde kva ho skulle gjere viss nokon pressar henne for bilete. Eg gav henne 116 111 og 116 123, og sa at ho kan tipse oss på politiet.no/tips.',
    ),
    clean(
      'Guten på Roblox ville ikkje seie kva han heiter, og det er heilt greitt. Han likar Martin Ødegaard og Alan Walker. Sak 24-09731.',
    ),
    clean(
      'Jenta sa at ein skule i Ørsta har problem med ein gruppechat, men ho nemnde ingen namn. Vi snakka i 25 minutt, kl. 20.10–20.35.',
    ),
    clean(
      'Spelarar i Twitch-straumen til «Nettpatruljen Vest» spurde om 112 eller 02800 er rett nummer ved svindel. 47 % av spørsmåla galdt kontotjuveri, resten handla om Fortnite.',
    ),
  ],
  nl: [
    withIds(
      "Meisje (13) op Roblox: Daan van der Linden stuurt al weken naaktfoto's van een klasgenote rond via Snapchat. Ze durft het niet aan haar mentor te zeggen.",
      'Daan van der Linden',
    ),
    withIds(
      "Jongen (12) vertelt dat de man die hem via Discord benaderde weet dat hij woont aan de Zwanenlaan 23 in Linschoten en hem 'op wil halen'. Ouders ingelicht.",
      'Zwanenlaan 23',
    ),
    withIds(
      "Vlaams meisje gaf het mailadres van haar 'vriend' van Instagram: sem punt bakker apenstaartje outlook punt be. Ze heeft hem al 200 euro aan Steam-kaarten gestuurd.",
      'sem punt bakker apenstaartje outlook punt be',
    ),
    withIds(
      'Een volwassene stuurde haar op TikTok zijn nummer 0477/28.91.63, later ook +31 (0)6-48 27 19 03, en vroeg om over te stappen naar WhatsApp. Doorgestuurd naar de FCCU.',
      '0477/28.91.63',
      '+31 (0)6-48 27 19 03',
    ),
    withIds(
      "Jongen zette zijn BSN 238.156.400 in de Fortnite-chat omdat iemand beloofde zijn account te 'verifiëren'. Volgens zijn vriend heet hij de Jong, Bram.",
      '238.156.400',
      'de Jong, Bram',
    ),
    clean(
      'Drie jongens uit Gent op Fortnite over Kevin De Bruyne en Lukaku; een vroeg of de politie zijn Snapchat kan lezen. Doorverwezen naar Awel (102) en 1712.',
    ),
    clean(
      "Meisje (14) uit Utrecht op Snapchat: iemand dreigt foto's te delen. Gaf haar de Kindertelefoon 0800-0432 en 113 (0800 0113). Geen persoonsgegevens opgeslagen.",
    ),
    clean(
      'Gesprek op Minecraft-server mc.hypixel.net (poort 25565) over griefers en hacks. Registratienummer 2024118374, 17:45–18:20.',
    ),
    clean(
      "Jongen vroeg of 'Wijkagent Online Roosendaal' (ons blauwe profiel) echt een agent is. Gaf hem 0900-8844 en Meld Misdaad Anoniem 0800-7000.",
    ),
    clean(
      "Vlaams meisje zei dat een school in Hasselt een 'roddelaccount' heeft, maar gaf geen namen. Doorverwezen naar Child Focus 116 000. Ze woont in Limburg en speelt graag Sims.",
    ),
  ],
  fr: [
    withIds(
      'Le garçon (11 ans) a collé son numéro de registre national 09.06.12-254.34 dans le chat Roblox pour « vérifier son âge ». On lui a expliqué de ne jamais le faire.',
      '09.06.12-254.34',
    ),
    withIds(
      "Elle a transmis l'adresse mail de l'homme qui lui demande des photos : m.elamrani arobase hotmail point be. Sextorsion probable, transmis au SPOC.",
      'm.elamrani arobase hotmail point be',
    ),
    withIds(
      "Un ado raconte que celui qui le harcèle sur Fortnite sait qu'il habite rue Saint-Gilles 58, 4000 Liège, et menace de venir. Conseillé d'en parler à ses parents.",
      'rue Saint-Gilles 58, 4000 Liège',
    ),
    withIds(
      "Un inconnu lui a écrit sur Snapchat depuis le 0032 (0)486 / 23 45 67 en se faisant passer pour un YouTubeur. Elle a 13 ans, elle l'a bloqué.",
      '0032 (0)486 / 23 45 67',
    ),
    withIds(
      'La jeune fille accuse MARCHAL Jean-Philippe, son entraîneur de foot, de lui écrire la nuit ; son compte Insta est jipe_coach4000. Signalé à la zone de police.',
      'MARCHAL Jean-Philippe',
      'jipe_coach4000',
    ),
    clean(
      'Discussion avec trois ados de Charleroi sur Fortnite à propos de Lukaku, Courtois et Angèle. Aucune donnée personnelle enregistrée.',
    ),
    clean(
      'Une fille de 15 ans sur TikTok évoque des idées noires ; je lui ai donné le 0800 32 123 (Centre de Prévention du Suicide), le 103 et le 116 000. PV n° LI.55.L1.012345/24.',
    ),
    clean(
      'Serveur Minecraft play.funcraft.net : un garçon de 12 ans qui habite près de Namur demande si la police lit ses DM. Réponse de « Police Patrouille Web ».',
    ),
    clean(
      'Questions sur le 112 et le 101 : quand appeler lequel ? 27 jeunes sont passés sur notre stand Habbo entre 19h00 et 20h30.',
    ),
    clean(
      "Un garçon raconte qu'une vidéo de bagarre tourne dans une école à Mons ; il n'a donné aucun nom. Conseillé de signaler via police-on-web.be et d'appeler Écoute-Enfants au 1-0-3.",
    ),
  ],
  de: [
    withIds(
      'Junge (13) aus Eupen nennt die Adresse des Mannes, der ihm Skins verspricht: j.heinen Klammeraffe gmx Punkt net. Verdacht auf Grooming, an die FCCU weitergegeben.',
      'j.heinen Klammeraffe gmx Punkt net',
    ),
    withIds(
      'Sie sagt, Leonie von Arnims Bruder habe das Video auf TikTok hochgeladen, alle in der Stufe hätten es gesehen. Mobbing, das Mädchen weint im Voice-Chat.',
      'Leonie von Arnim',
    ),
    withIds(
      'Der Fremde aus Roblox wusste, dass sie in der Aachener Str. 27, 4700 Eupen wohnt, und schickte ein Foto vom Haus. Eltern informiert.',
      'Aachener Str. 27, 4700 Eupen',
    ),
    withIds(
      'Laut dem Jungen hat gestern Emre Yıldız wieder im Discord gedroht und seine Nummer +49 (0)151-2345 6789 gepostet, damit alle ihn anrufen. Screenshots gesichert.',
      'Emre Yıldız',
      '+49 (0)151-2345 6789',
    ),
    withIds(
      'Steam-Betrug: Ein Junge aus Malmedy hat an steamcommunity.com/id/derFuchs_Malmedy Skins im Wert von 80 € verschenkt. Der Betrüger nennt sich Kowalski, Jan.',
      'steamcommunity.com/id/derFuchs_Malmedy',
      'Kowalski, Jan',
    ),
    clean(
      'Drei Jungs aus Köln auf Fortnite, Thema: Musiala gegen Wirtz und ob MontanaBlack noch streamt. Keine personenbezogenen Daten gespeichert.',
    ),
    clean(
      'Mädchen (14) auf Snapchat wird erpresst; Hinweis auf die Nummer gegen Kummer 116 111, die Telefonseelsorge 0800 111 0 111 und die Onlinewache. Vorgang 2024/0456-ST.',
    ),
    clean(
      'Frage im Twitch-Chat: „Ist das hier echt die Polizei?“ – unser Profil „Polizei Ostbelgien Online“ bestätigte. In Belgien gelten 112 und 101, für Kinder auch die 103.',
    ),
    clean(
      'Minecraft-Server mc.gommehd.net: Junge (11) aus Sankt Vith fragt, ob man für Griefing ins Gefängnis kommt. 20 Minuten, 17:30–17:50.',
    ),
    clean(
      'Ein Mädchen erzählt, an einer Schule in Aachen werde in der Klassengruppe gemobbt; sie nannte keine Namen. Wir empfahlen die Vertrauenslehrerin und 116 111.',
    ),
  ],
  is: [
    withIds(
      'Strákurinn setti kennitöluna sína, 120310-2750, í spjallið á Roblox af því að einhver lofaði honum Robux. Sögðum honum að eyða skilaboðunum strax.',
      '120310-2750',
    ),
    withIds(
      'Hún sagðist hafa fengið beiðnir um nektarmyndir frá Jóni Gunnarssyni, þjálfaranum sínum, á Snapchat. Málið sent áfram.',
      'Jóni Gunnarssyni',
    ),
    withIds(
      'Fullorðinn maður sendi henni símanúmerið +354 862-44-17 á TikTok og bað hana að hringja. Vinkona hennar, Zofia Kowalczyk, fékk sömu skilaboð.',
      '+354 862-44-17',
      'Zofia Kowalczyk',
    ),
    withIds(
      'Drengurinn gaf upp netfang svikarans: siggi99 hjá simnet punktur is. Hann hafði sent honum 15.000 krónur í gjafakortum.',
      'siggi99 hjá simnet punktur is',
    ),
    withIds(
      'Hún sagði að maðurinn á Discord vissi að hún býr á Laugavegi 54, 101 Reykjavík, og hefði sent mynd af húsinu. Hún er 14 ára, foreldrar látnir vita.',
      'Laugavegi 54, 101 Reykjavík',
    ),
    clean(
      'Spjallaði við þrjá stráka frá Akureyri á Fortnite um Gylfa Sigurðsson og Laufeyju. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Stelpa (14) á TikTok talaði um sjálfsskaða; benti henni á Hjálparsímann 1717 (einn-sjö-einn-sjö), 112 og netspjallið á 1717.is. Mál nr. 007-2024-18342.',
    ),
    clean(
      'Strákur á Minecraft-þjóninum play.hypixel.net spurði hvort lögreglan sjái skilaboðin hans. Svarað af „Lögreglan á netinu“, kl. 19:20–19:45.',
    ),
    clean(
      'Stelpa sagði að í skóla í Hafnarfirði sé hópspjall þar sem krakkar eru lagðir í einelti; hún nefndi engin nöfn. Hún er 12 ára.',
    ),
    clean(
      'Spjall um Björk og Herra Hnetusmjör á Discord; 35 krakkar komu við og 4 spurðu um svindl með Steam-gjafakort. Bentum á 112 og 444 1000.',
    ),
  ],
  fi: [
    withIds(
      'Poika liitti henkilötunnuksensa 020809A456S Roblox-chattiin, koska joku lupasi hänelle 800 Robuxia. Neuvottiin poistamaan viesti heti.',
      '020809A456S',
    ),
    withIds(
      'Tyttö kertoi, että J. Korhonen, joka valmentaa hänen salibandyjoukkuettaan, lähettää hänelle viestejä Snapchatissa öisin. Grooming-epäily, ilmoitus tehty.',
      'J. Korhonen',
    ),
    withIds(
      'Discordin tuntematon tiesi, että tyttö asuu Satakunnankatu 18 A 7, 33210 Tampere, ja lähetti kuvan talosta. Vanhemmille ilmoitettu.',
      'Satakunnankatu 18 A 7, 33210 Tampere',
    ),
    withIds(
      'Sextortion: kiristäjän sähköposti oli aino.makinen ät gmail piste com, ja poika oli jo maksanut 50 euroa. Kehotettiin lopettamaan maksaminen.',
      'aino.makinen ät gmail piste com',
    ),
    withIds(
      'Poika oli antanut Ahmed Abdille numeronsa +358 (0)40-718 2293 Fortnitessa, ja nyt häntä pommitetaan viesteillä. Kuulemma Mikko Lehtisen kaveri.',
      'Ahmed Abdille',
      '+358 (0)40-718 2293',
      'Mikko Lehtisen',
    ),
    clean(
      'Kolme poikaa Oulusta Fortnitessa, puhuttiin Teemu Pukista ja Käärijästä. Henkilötietoja ei tallennettu.',
    ),
    clean(
      'Tyttö (15) TikTokissa mainitsi itsetuhoisia ajatuksia. Annoin numerot 116 111, 09 2525 0111 (MIELI Kriisipuhelin) ja 112. Tehtävänumero 5500/R/12345/24.',
    ),
    clean(
      "Minecraft-palvelin mc.suomicraft.fi: poika kysyi, voiko poliisi lukea hänen viestejään. Vastasin sinisellä profiililla 'Nettipoliisi Tampere', klo 19.10–19.30.",
    ),
    clean(
      'Tyttö kertoi, että eräässä koulussa Espoossa kiusataan WhatsApp-ryhmässä; nimiä hän ei kertonut. Hän asuu Espoossa ja on 13-vuotias.',
    ),
    clean(
      'Habbo-hotellissa kävi 42 käyttäjää; kysyttiin poliisin vihjesivusta poliisi.fi/vihjeet ja Robloxin huijauksista. Henkilötietoja ei kirjattu.',
    ),
  ],
  sv: [
    withIds(
      "Killen skrev sitt personnummer 090514-2386 i Roblox-chatten för att 'verifiera' kontot. Vi bad honom radera meddelandet direkt.",
      '090514-2386',
    ),
    withIds(
      'Hon fick hotmejl från ellen punkt lindqvist snabel-a hotmail punkt se efter att hon skickat bilder. Sextortion, ärendet skickat vidare.',
      'ellen punkt lindqvist snabel-a hotmail punkt se',
    ),
    withIds(
      'Flickan säger att Axel af Ekenstams kompisar sprider en fejkvideo av henne på TikTok. Hon vågar inte gå till skolan i morgon.',
      'Axel af Ekenstam',
    ),
    withIds(
      'Mannen på Snapchat visste att hon bor på Strandv. 7 A, 65100 Vasa, och skrev att han skulle komma förbi. Föräldrarna kontaktade.',
      'Strandv. 7 A, 65100 Vasa',
    ),
    withIds(
      'En vuxen skickade sitt nummer 073–482 19 56 till pojken (12) på Discord och bad honom lägga till lilla_hedda_07 på Snap. Blockerat.',
      '073–482 19 56',
      'lilla_hedda_07',
    ),
    clean(
      'Tre killar från Jakobstad på Fortnite, pratade om Zlatan och Avicii. Inga personuppgifter sparade.',
    ),
    clean(
      'Tjej (14) på Snapchat utsätts för utpressning; gav henne BRIS 116 111, Självmordslinjen 90101 och 112. Ärende 5000-K123456-24.',
    ),
    clean(
      "Minecraft-servern play.mineville.org: pojke (12) undrade om polisen ser hans DM. Vår blåa profil 'Nettipoliisi Vasa' svarade på svenska, kl. 19.00–19.25.",
    ),
    clean(
      'En flicka säger att en skola i Borgå har en gruppchatt där folk hängs ut; inga namn nämndes. Tipsade om poliisi.fi/vihjeet och Barnens och ungas telefon 116 111.',
    ),
    clean(
      'Frågor om streamern xQc och om man kan bli polis utan gymnasium; 31 besökare på Habbo, 3 frågor om kontokapning. Polisens nummer i Sverige: 114 14.',
    ),
  ],
};
