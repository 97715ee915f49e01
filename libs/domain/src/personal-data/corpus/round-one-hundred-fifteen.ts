/**
 * Round one hundred and fifteen: written blind, before the detector was run on it.
 * Identifiers typed to slip past a chat filter (numbers in words, letters for digits, split or spaced, "at"/"dot" in
 * words), next to clean notes full of game codes, server names, scores, versions, case numbers and help-lines.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_FIFTEEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Lad of 13 on Discord wanted to keep talking after the stream and typed his mobile as oh seven eight nine four 5 six 1 two 3 4 so the filter would not block it. We asked him to delete it and explained why a number in a public server can reach anyone.',
      'oh seven eight nine four 5 six 1 two 3 4',
    ),
    clean(
      'Fortnite squad of three girls, 12 to 14, sharing the island code 4826-1937-5510 for a deathrun map they like. Told them island codes are fine to pass around, personal details are not. Ref. 24/118734.',
    ),
    withIds(
      'A 15-year-old on Roblox asked if he could message us outside the game and wrote his e-mail as jamie dot r dot 2009 (at) outlook dot com. Deleted the message with him and talked about who reads public chats.',
      'jamie dot r dot 2009 (at) outlook dot com',
    ),
    clean(
      'Spoke with four boys aged 11 to 13 on the public Minecraft server mc.hypixel.net about free-rank scams. Reminded them staff never ask for passwords and that Childline is there on oh eight hundred, eleven eleven.',
    ),
    withIds(
      'Girl, 14, in a TikTok live chat wrote her Snapchat backwards, ten_yllom, so the bot would not catch it. We asked her to remove the comment and went through her privacy settings together.',
      'ten_yllom',
    ),
    clean(
      'Twitch chat, about ten viewers aged 13 to 16. Questions about the 2-1 Rocket League result and whether patch 2.45 fixed the trading bug. No concerns; showed them the report button for trade scams.',
    ),
    withIds(
      'Boy, 12, on Steam tried to give his mobile as O87 l23 4567, with an O and an l instead of the zero and the one. Explained that adults he does not know could use it and that he should keep it for people he knows offline.',
      'O87 l23 4567',
    ),
    clean(
      "Three 15-year-olds in a Fortnite party asked whether using a streamer's Support-a-Creator code costs extra V-Bucks. It does not, and the 1,000 V-Bucks offers in DMs are scams. Chat ran from 19:30 to 20:05.",
    ),
    withIds(
      'Two lads, both 14, in a Fortnite lobby. One sent half of his number, 07700, and the rest, 900 461, in a second message to get round the filter. Had a word with both about sharing numbers in open lobbies.',
      '07700',
      '900 461',
    ),
    clean(
      'Roblox, girl aged 11, asked if the private server link her cousin shared was safe. Fine with people she knows, but never click short links promising free Robux. Nothing further to follow up.',
    ),
  ],
  nb: [
    withIds(
      'Snakket med ei jente på 13 på Snapchat som ga oss nummeret sitt som ni to null, fire fem, seks sju åtte for at filteret ikke skulle ta det. Vi ba henne slette meldingen og forklarte hvorfor hun ikke bør dele nummeret med ukjente.',
      'ni to null, fire fem, seks sju åtte',
    ),
    clean(
      'Tre gutter på 11–12 år i Minecraft på den åpne serveren mc.hypixel.net, der noen solgte «gratis» ranker. Minnet dem på at de kan ringe Alarmtelefonen for barn og unge på 116 111, eller skrive til oss her.',
    ),
    withIds(
      'Gutt på 15 på Discord skrev e-posten sin som sondre.h08 krøllalfa hotmail punkt no for å slippe forbi modereringen. Vi forklarte at adressen kan brukes til å finne ham på andre plattformer, og han slettet den.',
      'sondre.h08 krøllalfa hotmail punkt no',
    ),
    clean(
      'Fortnite: fire jenter på 14 spilte på kartkoden 3917-2284-6015 og lurte på om det var trygt å dele den. Det er det, koden er offentlig. Saksnummer 24-118902.',
    ),
    withIds(
      'En gutt på 12 på Roblox skrev fødselsnummeret sitt med stjerner, 140811*512*38, fordi en «admin» hadde lovet ham 10 000 Robux for det. Forklarte at dette er svindel og at han aldri skal gi det fra seg.',
      '140811*512*38',
    ),
    clean(
      'Twitch-chat med rundt 15 seere, de fleste 13–16 år. Spørsmål om hvorfor politiet er på Twitch og hva som skjer når man anmelder noe. Ingen bekymringer, praten varte fra 18.40 til 19.10.',
    ),
    withIds(
      'Jente på 14 på TikTok la nummeret sitt i en kommentar som 4O l2 35 67, med O for null og l for én. Vi ba henne fjerne kommentaren og snakket om hvem som kan se den.',
      '4O l2 35 67',
    ),
    clean(
      'Steam: to brødre på 13 og 15 lurte på om en venneforespørsel fra «Steam Support» var ekte. Den var falsk. Viste dem hvordan de rapporterer profilen; ekte kundestøtte skriver aldri i vennelista.',
    ),
    withIds(
      'En gutt på 13 på Discord stavet brukernavnet sitt bokstav for bokstav i chatten, m-a-g-n-u-s-x-1-1, så ingen bot skulle plukke det opp. Vi tok en prat om hvorfor det er lurt å holde det for seg selv.',
      'm-a-g-n-u-s-x-1-1',
    ),
    clean(
      'Ei jente på 11 i Roblox hadde tastet inn koden 7731 fra en YouTube-video for «gratis Robux», men ikke gitt fra seg passordet. Rådet henne til å snakke med en voksen, og nevnte Kirkens SOS på 116 123.',
    ),
  ],
  nn: [
    withIds(
      'Ein gut på 14 i Fortnite sende nummeret sitt i to bitar for å lure filteret: først 9123 og så 4567 i neste melding. Vi bad han slette begge og snakka om kvifor ein ikkje deler slikt med folk ein ikkje kjenner.',
      '9123',
      '4567',
    ),
    clean(
      'Prata med tre jenter på 12 år i Minecraft om den opne serveren play.cubecraft.net. Dei spurde om det var trygt å spele der; vi rådde dei til å halde seg til opne kanalar og melde frå om nokon ber om bilete.',
    ),
    withIds(
      'Ei jente på 13 på Snapchat skreiv e-postadressa si som ingrid.s2010 krøllalfa gmail punktum com. Vi forklarte at adressa kan brukast til å finne henne andre stader, og bad henne ta ho bort.',
      'ingrid.s2010 krøllalfa gmail punktum com',
    ),
    clean(
      'Roblox: to gutar på 10 og 11 spurde om promokoden SPRING2024 var ekte. Koden ligg ute på den offisielle sida, så det var i orden. Samtalen varte frå 17.15 til 17.35, saksnummer 24-77310.',
    ),
    withIds(
      'Ein gut på 12 hadde lagt ut fødselsnummeret sitt på Discord med punktum mellom kvart siffer, 2.3.0.9.1.0.5.1.2.4.9, fordi nokon lova han Nitro gratis. Vi forklarte at det er svindel og fekk han til å slette det.',
      '2.3.0.9.1.0.5.1.2.4.9',
    ),
    clean(
      'Twitch-straum med om lag 20 sjåarar, dei fleste 14–16 år, som lurte på kva politiet gjer på nett. Vi nemnde at dei kan ringje eitt-eitt-seks eitt-eitt-eitt om dei treng nokon å snakke med.',
    ),
    withIds(
      'Gut på 13 på Steam skreiv brukarnamnet sitt med mellomrom, s k o g s t r o l l 7, så moderatorane ikkje skulle sjå det. Vi sa at han ikkje treng å gje det til nokon han berre har møtt i spelet.',
      's k o g s t r o l l 7',
    ),
    clean(
      'Fortnite-lag på fire, alle 15, snakka om turneringa laurdag kl. 20.00 og kartkoden 6204-9917-3358. Ingen personopplysningar vart delte.',
    ),
    withIds(
      'Ei jente på 14 på TikTok gav nummeret sitt som 4l O2 9O 33, med l for 1 og O for 0. Vi bad henne fjerne det og gjekk gjennom kven som kan sende henne meldingar.',
      '4l O2 9O 33',
    ),
    clean(
      'Ein gut på 11 i Roblox hadde kjøpt 400 Robux for 59 kroner og var redd han var lurt. Det var eit vanleg kjøp i appen. Vi viste han korleis foreldrekontrollen blir slått på.',
    ),
  ],
  nl: [
    withIds(
      'Jongen van 13 op Discord typte zijn nummer als nul zes 1 2 drie 4 vijf 6 7 8 om het filter te omzeilen. Uitgelegd waarom je dat niet met onbekenden deelt en gevraagd het bericht te verwijderen.',
      'nul zes 1 2 drie 4 vijf 6 7 8',
    ),
    clean(
      'Gesprek met drie meiden van 12 in Fortnite over de mapcode 2219-4470-8163 van een parkour-map. Mapcodes delen mag, adres of school niet. Verwezen naar de Kindertelefoon, 0800-0432.',
    ),
    withIds(
      'Een meisje van 14 op TikTok gaf haar mailadres als lotte.v2010 (at) gmail punt com zodat de moderatie het niet zou oppikken. Samen het bericht verwijderd en haar account op privé gezet.',
      'lotte.v2010 (at) gmail punt com',
    ),
    clean(
      "Roblox, jongen van 11 uit de buurt van Gent. Hij had 800 Robux gekocht voor € 9,99 en vroeg of een 'gratis Robux'-site te vertrouwen was. Niet dus; uitgelegd hoe hij die kan melden. Dossiernummer 2024/118.",
    ),
    withIds(
      'Jongen van 15 op Steam had zijn BSN in de chat gezet met sterretjes ertussen, 231*456*785, omdat iemand hem een gratis skin had beloofd. Uitgelegd dat dit oplichting is en dat hij het nooit moet delen.',
      '231*456*785',
    ),
    clean(
      'Twitch-chat met een stuk of tien kijkers tussen 13 en 16. Vragen over de uitslag van gisteren (3-2) en of patch 14.6 de bug in ranked had opgelost. Geen zorgen.',
    ),
    withIds(
      'Meisje van 13 op Snapchat, uit Antwerpen, stuurde haar rijksregisternummer naar een zogenaamde modellenscout, geschreven als 11 03 15 / 127 92. Samen het gesprek gemeld en haar ouders laten inlichten.',
      '11 03 15 / 127 92',
    ),
    clean(
      'Minecraft-server play.hypixel.net, vier jongens van 12 en 13. Ze vroegen wat te doen bij pesten in een Bedwars-potje. Uitgelegd hoe /report werkt. Gesprek van 16.00 tot 16.20 uur.',
    ),
    withIds(
      'Een Vlaamse jongen van 14 op Fortnite zette zijn gsm-nummer in de chat als O47l 23 45 67, met een O en een l in plaats van cijfers. Hem gezegd dat hij dat beter alleen geeft aan vrienden die hij echt kent.',
      'O47l 23 45 67',
    ),
    clean(
      'Discord-server van een esportsteam, spelers van 15 en 16. Ze deelden de toernooicode EU-4471-KQ en vroegen of dat veilig was. Ja, die code is openbaar en staat op de website van het toernooi.',
    ),
  ],
  fr: [
    withIds(
      "Un garçon de 13 ans sur Fortnite a écrit son numéro en mélangeant chiffres et lettres : zéro six 12 trente-quatre 56 soixante-dix-huit. On lui a expliqué pourquoi il ne faut pas le donner à des inconnus et il l'a supprimé.",
      'zéro six 12 trente-quatre 56 soixante-dix-huit',
    ),
    clean(
      "Trois filles de 12 ans sur Minecraft, sur le serveur public play.hypixel.net, nous ont parlé d'un joueur qui insultait tout le monde. Expliqué comment utiliser /report et rappelé le 3018, le numéro contre le cyberharcèlement.",
    ),
    withIds(
      "Une fille de 14 ans sur TikTok a donné son adresse mail sous la forme lea.martin2010 arobase gmail point com pour échapper à la modération. On lui a conseillé de l'effacer et de passer son compte en privé.",
      'lea.martin2010 arobase gmail point com',
    ),
    clean(
      'Sur Roblox, un garçon de 10 ans de la région de Liège voulait savoir si le code promo SPRINGEGG24 était vrai. Le code venait du site officiel. Échange de 14 h 10 à 14 h 25, dossier n° 2024/0417.',
    ),
    withIds(
      "Un ado de 15 ans sur Discord a posté son numéro de sécu avec des points partout, 1.11.04.75.056.123.12, parce qu'un « recruteur » lui promettait un poste de modérateur. Arnaque classique, expliquée avec lui.",
      '1.11.04.75.056.123.12',
    ),
    clean(
      'Live Twitch, une quinzaine de spectateurs de 13 à 16 ans. Questions sur le score du match (4-1) et sur la mise à jour 2.3.1. Rien de particulier à signaler.',
    ),
    withIds(
      'Une Bruxelloise de 13 ans sur Snapchat a écrit son numéro avec des étoiles, 0*4*7*5*1*2*3*4*5*6, pour tromper le filtre. Nous avons parlé des personnes qui récoltent des numéros sur les réseaux.',
      '0*4*7*5*1*2*3*4*5*6',
    ),
    clean(
      "Sur Steam, deux frères de 12 et 14 ans ont reçu un message d'un faux « support Valve ». Ils n'ont rien donné. Montré comment signaler le profil et rappelé le 103, Écoute-Enfants.",
    ),
    withIds(
      "Un garçon de 12 ans sur Roblox a épelé son pseudo lettre par lettre pour passer le filtre : T-O-M-Y-G-A-M-E-R-9-9. Conseil donné de ne l'échanger qu'avec des copains qu'il connaît en vrai.",
      'T-O-M-Y-G-A-M-E-R-9-9',
    ),
    clean(
      "Partie de Fortnite avec quatre garçons de 15 ans qui partageaient le code d'île 7302-1148-9965. Parlé des arnaques aux V-Bucks gratuits et de la manière de bloquer un joueur.",
    ),
  ],
  de: [
    withIds(
      'Ein 13-jähriger Junge auf Discord schrieb seine Handynummer halb in Worten, null eins fünf sieben 12 34 56 78, damit der Filter sie nicht erkennt. Wir haben ihm erklärt, warum er sie nicht an Fremde weitergeben sollte.',
      'null eins fünf sieben 12 34 56 78',
    ),
    clean(
      'Gespräch mit drei Mädchen (12) in Minecraft auf dem öffentlichen Server gommehd.net. Eine wurde von einem Spieler beleidigt. Erklärt, wie man meldet, und auf die Nummer gegen Kummer, 116 111, hingewiesen.',
    ),
    withIds(
      'Ein Mädchen, 14, auf TikTok gab ihre Mailadresse als mia.k2010 ät web punkt de an, damit die Moderation nicht anspringt. Gemeinsam gelöscht und über private Konten gesprochen.',
      'mia.k2010 ät web punkt de',
    ),
    clean(
      'Fortnite, vier Jungs zwischen 13 und 15. Sie teilten den Inselcode 5581-3306-7724 für ein Turnier am Samstag um 18:00 Uhr. Kein Problem, der Code ist öffentlich. Vorgangsnummer 24/0331-7.',
    ),
    withIds(
      'Ein Junge, 12, auf Roblox schrieb seine Nummer als Ol7l 234 5678, also mit O und l statt Ziffern. Ihm gesagt, dass er sie nur Leuten gibt, die er auch außerhalb des Spiels kennt.',
      'Ol7l 234 5678',
    ),
    clean(
      'Twitch-Chat mit etwa zwölf Zuschauern zwischen 13 und 16. Fragen zum Spielstand 2:1 und ob Patch 7.40 den Matchmaking-Fehler behoben hat. Keine Auffälligkeiten.',
    ),
    withIds(
      'Ein 14-Jähriger auf Steam schrieb seinen Nutzernamen mit Leerzeichen, d a r k w o l f 2 0 1 0, und bat uns, ihn zu adden. Haben freundlich abgelehnt und erklärt, warum.',
      'd a r k w o l f 2 0 1 0',
    ),
    clean(
      'Roblox, Mädchen (11). Sie hatte 400 Robux für 4,99 € gekauft und fragte, ob ein Link zu „Gratis-Robux“ echt sei. Nein – den Link haben wir zusammen gemeldet.',
    ),
    withIds(
      'Eine 15-Jährige auf Snapchat schrieb ihren Instagram-Namen rückwärts, sutol.anel, weil der Filter Namen anderer Apps blockiert. Wir haben über Fake-Profile gesprochen, die gezielt Mädchen anschreiben.',
      'sutol.anel',
    ),
    clean(
      'Steam: zwei Brüder (12 und 14) fragten nach dem Code für das Community-Event, FRIEND-2024-GG, und ob sie ihn weitergeben dürfen. Ja. Gespräch von 19:05 bis 19:20 Uhr.',
    ),
  ],
  is: [
    withIds(
      'Strákur, 13 ára, á Discord skrifaði símanúmerið sitt sem átta sex 1 tveir 3 fjórir 5 til að komast fram hjá síunni. Við útskýrðum af hverju hann ætti ekki að deila því með ókunnugum og báðum hann að eyða skilaboðunum.',
      'átta sex 1 tveir 3 fjórir 5',
    ),
    clean(
      'Spjall við þrjár stelpur, 12 ára, í Minecraft á opna þjóninum mc.hypixel.net. Þær spurðu hvað ætti að gera ef einhver væri dónalegur. Bentum á Hjálparsíma Rauða krossins, 1717.',
    ),
    withIds(
      'Stelpa, 14 ára, á Snapchat sendi kennitöluna sína með punktum, 12.05.10.207.0, af því að einhver lofaði henni gjafakorti. Við útskýrðum að þetta væru svik og hún lokaði á viðkomandi.',
      '12.05.10.207.0',
    ),
    clean(
      'Fortnite: fjórir strákar, 14–15 ára, voru að spila kortakóðann 8830-2174-6651 og spurðu hvort það væri í lagi að deila honum. Já, hann er opinber. Málsnúmer 007-2024-11843.',
    ),
    withIds(
      'Stelpa, 15 ára, á TikTok gaf upp netfangið sitt sem birta.jons2010 (at) gmail punktur com svo að sían næði því ekki. Ræddum hverjir geta séð athugasemdir og hún eyddi þessu.',
      'birta.jons2010 (at) gmail punktur com',
    ),
    clean(
      'Twitch-spjall með um tíu áhorfendum á aldrinum 13–16 ára. Spurt um stöðuna í leiknum (3–1) og uppfærslu 1.21. Engar áhyggjur.',
    ),
    withIds(
      'Strákur, 12 ára, á Roblox gaf upp númerið sitt sem 69l O4O2, með l fyrir 1 og O fyrir 0. Við sögðum honum að gefa það bara fólki sem hann þekkir utan leiksins.',
      '69l O4O2',
    ),
    clean(
      'Roblox: stelpa, 11 ára, keypti 800 Robux fyrir 1.490 krónur og hélt að hún hefði verið svikin. Svo var ekki. Sýndum henni hvernig foreldrastillingar virka. Samtalið stóð frá kl. 16.30 til 16.50.',
    ),
    withIds(
      'Strákur, 13 ára, á TikTok stafaði notendanafnið sitt staf fyrir staf, g-u-n-n-i-x-9-9, til að sían tæki ekki eftir því. Ræddum um að halda slíku fyrir sig í opnum spjöllum.',
      'g-u-n-n-i-x-9-9',
    ),
    clean(
      'Steam: tveir bræður, 12 og 14 ára, fengu skilaboð frá fölskum „Steam Support“. Þeir gáfu ekkert upp. Bentum á 112 ef eitthvað alvarlegt gerist.',
    ),
  ],
  fi: [
    withIds(
      '13-vuotias poika Discordissa kirjoitti numeronsa sekaisin sanoin ja numeroin, nolla neljä 0 1 kaksi 3 4 viisi 6 7, jotta suodatin ei huomaisi sitä. Kerrottiin, miksi numeroa ei kannata antaa tuntemattomille.',
      'nolla neljä 0 1 kaksi 3 4 viisi 6 7',
    ),
    clean(
      'Minecraftissa juteltiin kolmen 12-vuotiaan tytön kanssa julkisella palvelimella mc.hypixel.net. Puhuttiin kiusaamisesta ja pelaajan ilmiantamisesta. Muistutettiin MLL:n Lasten ja nuorten puhelimesta, 116 111.',
    ),
    withIds(
      '14-vuotias tyttö Snapchatissa lähetti henkilötunnuksensa välilyönneillä pilkottuna, 15 06 11 A 284 H, koska joku lupasi hänelle lahjakortin. Kyse on huijauksesta; tyttö esti lähettäjän.',
      '15 06 11 A 284 H',
    ),
    clean(
      'Fortnite: neljä 15-vuotiasta poikaa pelasi saarikoodilla 4417-9902-3368 ja kysyi, saako koodin jakaa. Saa, se on julkinen. Asianumero 5500/R/12345/24.',
    ),
    withIds(
      '15-vuotias tyttö TikTokissa kirjoitti sähköpostinsa muodossa aino.k2009 ät gmail piste com, ettei moderointi huomaisi. Poistettiin kommentti yhdessä ja käytiin läpi tilin yksityisyysasetukset.',
      'aino.k2009 ät gmail piste com',
    ),
    clean(
      'Twitch-chatissa noin 15 katsojaa, enimmäkseen 13–16-vuotiaita. Kysyttiin ottelun tilanteesta (2–2) ja päivityksestä 3.0.4. Ei huolia.',
    ),
    withIds(
      '12-vuotias poika Robloxissa antoi numeronsa muodossa O5O l23 4567, O-kirjaimet nollina ja l ykkösenä. Neuvottiin antamaan numero vain kavereille, jotka hän tuntee oikeasti.',
      'O5O l23 4567',
    ),
    clean(
      'Robloxissa 11-vuotias tyttö oli ostanut 400 Robuxia 4,99 eurolla ja epäili huijausta. Kyse oli tavallisesta ostosta. Näytettiin, miten lapsilukko laitetaan päälle. Keskustelu klo 17.10–17.30.',
    ),
    withIds(
      '13-vuotias poika Steamissa kirjoitti käyttäjänimensä takaperin, 70_okkuimul, ja pyysi lisäämään hänet kaveriksi. Kieltäydyttiin ystävällisesti ja kerrottiin syy.',
      '70_okkuimul',
    ),
    clean(
      'Steamissa kaksi veljestä, 12 ja 14, oli saanut viestin väärennetyltä ”Steam Supportilta”. He eivät antaneet mitään tietoja. Kerrottiin, että hätätilanteessa soitetaan 112.',
    ),
  ],
  sv: [
    withIds(
      'En pojke på 13 på Discord skrev sitt nummer blandat med ord, noll sju tre 1 två 3 fyra 5 6 7, för att filtret inte skulle reagera. Vi förklarade varför man inte delar nummer med okända och han tog bort det.',
      'noll sju tre 1 två 3 fyra 5 6 7',
    ),
    clean(
      'Pratade med tre tjejer, 12 år, på Minecraft-servern play.hypixel.net om en spelare som trakasserade dem. Visade hur man rapporterar och tipsade om BRIS på ett ett sex ett ett ett.',
    ),
    withIds(
      'En tjej på 14 på TikTok skrev sin mejl som elsa.b2010 snabel-a hotmail punkt se för att slippa förbi modereringen. Vi tog bort kommentaren tillsammans och pratade om vem som ser den.',
      'elsa.b2010 snabel-a hotmail punkt se',
    ),
    clean(
      'Fortnite: fyra killar, 14–15 år, delade ökoden 6072-3319-8845 inför en turnering på lördag kl. 19.00. Koden är offentlig. Diarienummer K123456-24.',
    ),
    withIds(
      'En kille på 14 på Snapchat skickade sitt personnummer uppdelat som 10 04 17 – 2381 eftersom någon lovade honom ett presentkort. Vi förklarade att det är bedrägeri och han blockerade kontot.',
      '10 04 17 – 2381',
    ),
    clean(
      'Twitch-chatten hade runt tjugo tittare, mest 13–16 år. Frågor om ställningen (3–0) och om version 2.8 hade fixat buggen. Inga orosmoment.',
    ),
    withIds(
      'En tjej på 13 på Roblox delade upp sitt nummer i två meddelanden för att slippa filtret, först 0701 och sedan 23 45 67. Vi bad henne radera båda och prata med en vuxen om någon ber om numret.',
      '0701',
      '23 45 67',
    ),
    clean(
      'Roblox: en flicka på 11 hade köpt 800 Robux för 99 kronor och trodde att hon blivit lurad. Det var ett vanligt köp. Vi visade föräldrakontrollen. Samtalet pågick 16.00–16.15.',
    ),
    withIds(
      'En pojke på 12 på Steam skrev sitt användarnamn med mellanslag, v i k i n g b o y 1 1, och bad oss lägga till honom. Vi tackade nej och förklarade varför.',
      'v i k i n g b o y 1 1',
    ),
    clean(
      'Steam: två bröder, 12 och 14, hade fått ett meddelande från en falsk ”Steam Support”. De hade inte lämnat ut något. Påminde om att ringa 112 vid fara.',
    ),
  ],
};
