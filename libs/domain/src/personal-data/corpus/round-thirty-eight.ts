/**
 * Round thirty-eight: written blind, before the detector was run on it.
 *
 * Long running logs of a whole patrol evening, several conversations in a row with times (19:05 …, 19:42 …,
 * 20:10 …); the notes with identifiers scatter several identifiers of different kinds over different
 * conversations of the same evening, while the clean notes are just as long and full of games, stars, towns,
 * help lines, counts and outcome codes, but name no young person.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_THIRTY_EIGHT: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      `Joint evening patrol, Discord server "Nordic Builders" and Roblox, English as the shared language, two officers in uniform on camera. 19:05 opened the voice lounge, 14 users, age band 12–15, mostly from Bergen and Espoo. 19:12 a girl who said her name was Maisie asked whether the police can read deleted messages; explained what we can and cannot see and showed the report button. 19:30 quiet, two questions about why we patrol in uniform and whether the badge is real. 19:42 a boy told us an older player keeps gifting him items in Blox Fruits and now wants to move the chat to Snapchat; the older account is xX_GhostRider_09Xx. Advised him not to move, to block and report, and to tell a parent tonight. 20:10 the same boy came back and typed his mobile, 07700 914 362, asking us to text him later; told him we never contact young people by phone from the patrol and asked him to delete the message, which he did. 20:25 flagged the older account to the Roblox safety team. 20:40 closed the lounge, outcome code R2 (referral), no emergency.`,
      'Maisie',
      'xX_GhostRider_09Xx',
      '07700 914 362',
    ),
    clean(
      `Evening patrol on Roblox, Brookhaven and Adopt Me!, Politie Online and Politiet Nettpatrulje profiles together, English as the shared language. 18:55 spawned at the police station in Brookhaven, 40 players on the server. 19:05 a group of about six kids followed us around asking if the handcuffs work; explained that we are real officers from the Netherlands and Norway. 19:20 questions about what happens when you report someone, how long a ban lasts, and whether the police can see private servers. 19:40 a kid asked if it is illegal to trade pets for Robux; explained the rules and the risk of scams. 20:00 someone spammed "free admin" links, we reported the message through the in-game tool. 20:15 four players asked about jobs in the police and how old you need to be to apply. 20:35 quiet, only role-play. 20:50 left the server. Total: about 55 young people reached, age band 9–14, no concern, outcome code A0.`,
    ),
    withIds(
      `TikTok live and Fortnite Creative with the Belgian team, exchange officer from Cardiff on the English stream. 18:50 went live, 60–80 viewers, mostly 13–16. 19:03 question whether killing someone in a game can be a crime; explained the difference between a game and real threats. 19:20 a viewer wrote that her friend Chloe Whitaker is being bullied in a group chat where people share edited photos of her. Asked her to keep screenshots and talk to a trusted adult, gave 116 111 and the Childline chat. 19:35 she added that they are both in 9C at Millbrook Academy and that the form tutor knows nothing yet. 19:58 she wanted to send us the screenshots and offered her own address, maya dot k 2010 at outlook dot com; told her never to send evidence to a police profile in a chat and explained the proper reporting route through the school and the local police. 20:30 questions about Fortnite V-Buck generators, standard scam advice, nobody hurt. 20:45 end of live, outcome S1 (safeguarding concern passed to the UK liaison officer).`,
      'Chloe Whitaker',
      '9C at Millbrook Academy',
      'maya dot k 2010 at outlook dot com',
    ),
    clean(
      `Twitch and Discord watch party of the Norway–Belgium match with the youth channel, 19:00–21:00. 19:02 opened the stage channel, 120 listeners. 19:10 half the chat wanted to know if we support Erling Haaland or Kevin De Bruyne; we kept it neutral. 19:25 question about whether streaming a match illegally is a crime; explained copyright in simple words. 19:48 a listener asked what to do if a friend talks about hurting himself; gave 116 111, explained that in an emergency it is always 112, and offered to stay in the channel. The listener said the friend is already talking to the school nurse. 20:05 half-time quiz about blue lights, sirens and police dogs. 20:30 questions about Taylor Swift tickets being resold on Discord; explained the typical fake-ticket scam. 20:55 final whistle, channel closed. About 140 young people reached, age band 12–17, outcome H1 (help line given), no identifying data taken.`,
    ),
    withIds(
      `Minecraft community server run from Tampere, English lobby, Poliisi Nettipartio skin with the blue cap. 19:00 logged in, greeted the lobby, about 30 players online. 19:15 kids asked if we can ban people or give out ranks; explained we can't and we don't. 19:34 a boy everyone on the server calls Bungee said a player threatened to "come round to his house" and then actually posted his address, 27 Larkspur Road, in the public chat. Asked the moderators to delete the message straight away, told him to show his parents and explained that a threat like that can be reported to the local police where he lives. 19:50 one of the moderators pasted the Discord user ID of the threatening account into our DM so we could pass it on: 884120593317240832. 20:15 moderators confirmed the ban and the deletion. 20:30 general talk about summer holidays, parkour maps and the new mob. 20:55 session closed, outcome T1 (threat, passed on), follow-up by the duty officer tomorrow.`,
      'Bungee',
      '27 Larkspur Road',
      '884120593317240832',
    ),
    clean(
      `Minecraft Bedrock realm for a youth club in Reykjavík, English and Icelandic mixed, Lögreglan Netvakt skin. 19:00 joined, 11 players, age band 10–13. 19:08 everyone wanted to see if the police can fly in survival; we could not. 19:20 a kid asked if griefing someone's base is "against the law"; explained the difference between the server rules and the law. 19:35 short talk about passwords and why you never share them, not even with a best friend. 19:50 built a small police station next to Steve's default house near spawn, lots of laughs when a Creeper blew up the roof. 20:10 one player asked what to do if someone sends scary messages; explained blocking, screenshots and telling an adult, and mentioned 1717 (the Red Cross help line in Iceland) and 112. 20:30 talk about gaming hours and sleep. 20:45 left the realm. 11 young people reached, no concerns, outcome A0.`,
    ),
    withIds(
      `Twitch stream with the Finnish and Norwegian teams, English chat, 19:00–20:45. 19:05 stream start, peak 230 viewers. 19:18 lots of questions about how to become a police officer and whether we play ranked. 19:40 a viewer wrote that Liam's older cousin sells "cheap skins" and then steals the accounts; asked the chat not to name people and explained how the account-stealing trick works. 19:52 someone posted that the seller goes by @skinz.dealer.uk on TikTok and always asks for the six-digit login code. Explained that no real seller ever needs your code and how to turn on two-factor. 20:20 a younger viewer typed his NHS number, 612 039 4788, because he thought we needed it to "verify" him for a police badge giveaway that does not exist; removed the message with the mods and explained that we never ask for numbers like that. 20:30 recap of the fraud tips. 20:45 stream closed, outcome F2 (fraud advice), account reported to TikTok.`,
      'Liam',
      'skinz.dealer.uk',
      '612 039 4788',
    ),
    clean(
      `Fortnite and TikTok, evening shift of the Finnish team with an English-speaking guest officer from Europol EC3. 18:45 briefing: two accounts on the patrol, one in-game and one on TikTok live. 19:00 Fortnite squad matches with three random players, the usual "are you really police" questions, nice atmosphere. 19:25 TikTok live started, 310 viewers at peak. 19:40 14 questions about scams with V-Bucks and skins, 6 about bullying, 3 about sharing photos. 20:00 explained sextortion in plain words: never pay, stop the chat, keep the messages, tell an adult and report it, and 116 000 if a child goes missing. 20:20 question about whether the guest officer works with the FBI; explained Europol in two sentences. 20:40 summary: 3 reports passed to the platforms, 0 emergencies, 0 personal data recorded. 20:50 end of shift, outcome codes F2 ×3, H1 ×2.`,
    ),
    withIds(
      `Xbox party chat and a Discord "Homework & Games" server, evening with the Dutch team, English only. 19:00 joined, 22 members online, age band 11–14. 19:10 a girl pasted her e-mail, ellie.m.2011@gmail.com, in the open channel to claim "free Robux" from a bot; explained that the bot is a phishing trick, asked her to delete the post and change her password. 19:27 chat about Minecraft Legends and whether police play Rocket League. 19:45 a player with the gamertag FrostByte 2K11 said an adult in a party invited him to a private Telegram group; advised him to leave and report, and to tell his mum. 20:05 another boy wrote "+44 7723 418 905 text me if u want to squad up" in the channel; asked him to remove it and explained why numbers in open channels get abused. 20:22 a girl said her classmate Tamsin Okafor had her account hacked; gave the recovery steps and 116 111 for anything that feels too big. 20:40 session closed, outcome P1 (privacy advice), no referral.`,
      'ellie.m.2011@gmail.com',
      'FrostByte 2K11',
      '+44 7723 418 905',
      'Tamsin Okafor',
    ),
    clean(
      `Snapchat public story and the Discord server "Nintendo Corner", evening with the Icelandic and Belgian teams. 19:00 posted the patrol story from Reykjavík and Antwerp, 2,400 views in the first hour. 19:15 Discord voice: 17 kids, age band 10–13, arguing whether Luigi or Bowser is the best driver in Mario Kart. 19:30 a kid asked if it is true that the police can watch Snap Map; explained Ghost Mode and how to turn location sharing off. 19:45 question about a TikTok challenge with deodorant; explained why it is dangerous and that 112 is the number if someone collapses. 20:05 talk about Zelda: Tears of the Kingdom and how many hours is too many. 20:20 someone asked if Link is a boy or a girl, long funny discussion. 20:35 two questions about what to do when a stranger adds you on Snapchat: block, don't add back, tell an adult. 20:50 closed voice. 40 young people reached, outcome A0 ×1, P1 ×1.`,
    ),
  ],
  nb: [
    withIds(
      `Kveldsøkt på Discord og Roblox, Politiet Nettpatrulje i uniform, to betjenter fra Tromsø. 19:05 åpnet talekanalen, 18 brukere, aldersgruppe 12–15. 19:12 ei jente som sa hun heter Ingrid, spurte om politiet kan se slettede meldinger; forklarte hva vi ser og ikke ser, og viste hvordan man rapporterer. 19:30 rolig, to spørsmål om hvorfor vi har på uniform i spill. 19:42 en gutt fortalte at en eldre spiller stadig gir ham ting i Blox Fruits og vil flytte praten til Snapchat; den eldre kontoen heter sanderbeast2010 på Roblox. Rådet ham til å blokkere og rapportere og si fra til en voksen i kveld. 20:10 samme gutt kom tilbake og skrev mobilnummeret sitt, 412 55 873, og ba oss sende melding; forklarte at vi aldri kontakter unge på telefon fra patruljen, og ba ham slette meldingen. 20:25 meldte kontoen til Roblox. 20:40 stengte kanalen, utfallskode R2 (henvist), ingen akutt fare.`,
      'Ingrid',
      'sanderbeast2010',
      '412 55 873',
    ),
    clean(
      `Kveldspatrulje i Roblox, Brookhaven og Adopt Me!, Politiet Nettpatrulje sammen med Politie Online. 18:55 dukket opp på politistasjonen i Brookhaven, 40 spillere på serveren. 19:05 en gjeng på seks-sju unger fulgte etter oss og spurte om håndjernene virker; forklarte at vi er ekte politi fra Norge og Nederland. 19:20 spørsmål om hva som skjer når man rapporterer noen, hvor lenge en utestengelse varer, og om politiet ser private servere. 19:40 et barn lurte på om det er ulovlig å bytte kjæledyr mot Robux; forklarte reglene og svindelrisikoen. 20:00 noen spammet lenker om «gratis admin», vi rapporterte meldingen i spillet. 20:15 fire spillere spurte om politiyrket og hvor gammel man må være for å søke Politihøgskolen. 20:35 rolig, bare rollespill. 20:50 forlot serveren. Rundt 55 unge nådd, aldersgruppe 9–14, ingen bekymring, utfallskode A0.`,
    ),
    withIds(
      `TikTok live og Fortnite, onsdagskveld, Politiet Nettpatrulje sammen med det belgiske laget. 18:50 live, 70–90 seere, mest 13–16 år. 19:03 spørsmål om det er straffbart å «drepe» noen i et spill; forklarte forskjellen på spill og ekte trusler. 19:20 en seer skrev at venninna hennes, Emma Solberg, blir mobbet i en gruppechat der folk deler redigerte bilder av henne. Ba henne ta skjermbilder og snakke med en voksen hun stoler på, ga nummeret 116 111. 19:35 hun fortalte at de begge går i 8C på Lilleby skole og at kontaktlæreren ikke vet noe. 19:58 hun ville sende oss skjermbildene og skrev e-posten sin, nora punktum 2011 krøllalfa hotmail punktum com; forklarte at bevis ikke skal sendes til en politiprofil i chat, og hvordan man anmelder riktig. 20:30 spørsmål om V-Bucks-svindel, vanlige råd. 20:45 avsluttet live, utfallskode S1 (bekymring sendt videre til politiet i Trondheim).`,
      'Emma Solberg',
      '8C på Lilleby skole',
      'nora punktum 2011 krøllalfa hotmail punktum com',
    ),
    clean(
      `Discord-kanal og Twitch under landskampen Norge–Belgia, 19:00–21:00. 19:02 åpnet scenekanalen, 120 lyttere. 19:10 halve chatten ville vite om vi heier på Erling Haaland eller Martin Ødegaard; vi holdt oss nøytrale. 19:25 spørsmål om ulovlig strømming av kamper; forklarte opphavsrett enkelt. 19:48 en lytter spurte hva man gjør hvis en venn snakker om å skade seg selv; ga Kors på halsen og 116 111, forklarte at 113 er medisinsk nødtelefon og 112 politiet, og tilbød å bli i kanalen. Lytteren sa at vennen allerede snakker med helsesykepleier. 20:05 pausequiz om blålys, sirener og politihunder. 20:30 spørsmål om billetter til Sigrid og Alan Walker som selges videre på Discord; forklarte den vanlige billettsvindelen. 20:55 sluttsignal, kanalen stengt. Rundt 140 unge nådd, 12–17 år, utfallskode H1 (hjelpetelefon gitt), ingen personopplysninger lagret.`,
    ),
    withIds(
      `Minecraft-server for en ungdomsklubb i Bodø, Politiet Nettpatrulje-skinn med blå lue. 19:00 logget inn, hilste i lobbyen, rundt 25 spillere. 19:15 ungene lurte på om vi kan banne folk; forklarte at det kan vi ikke. 19:34 en gutt som alle på serveren kaller Kråka, sa at en spiller truet med å «komme hjem til ham» og faktisk la ut adressen hans, Tordenskiolds gate 14, i den åpne chatten. Ba moderatorene slette meldingen med en gang, sa at han måtte vise foreldrene sine, og forklarte at en slik trussel kan anmeldes. 19:50 en moderator limte inn Discord-ID-en til kontoen som truet: 1098234577102938112. 20:15 moderatorene bekreftet utestengelse og sletting. 20:30 prat om sommerferie, parkour-kart og nye mobber. 20:55 avsluttet, utfallskode T1 (trussel, sendt videre til vakthavende i Salten).`,
      'Kråka',
      'Tordenskiolds gate 14',
      '1098234577102938112',
    ),
    clean(
      `Minecraft Bedrock-realm for fritidsklubben på Stovner, Politiet Nettpatrulje-skinn. 19:00 logget inn, 12 spillere, 10–13 år. 19:08 alle ville se om politiet kan fly i overlevelsesmodus; det kunne vi ikke. 19:20 et barn spurte om det er «ulovlig» å ødelegge basen til noen; forklarte forskjellen på serverregler og loven. 19:35 kort prat om passord og hvorfor man aldri deler dem, heller ikke med bestevennen. 19:50 bygde en liten politistasjon ved siden av Steve-huset ved spawn, mye latter da en Creeper sprengte taket. 20:10 en spiller spurte hva man gjør hvis noen sender skumle meldinger; forklarte blokkering, skjermbilder og å si fra til en voksen, nevnte Alarmtelefonen for barn og unge 116 111. 20:30 prat om skjermtid og søvn. 20:45 forlot realmen. 12 unge nådd, ingen bekymring, utfallskode A0.`,
    ),
    withIds(
      `Twitch-strøm med det finske laget, norsk og engelsk chat, 19:00–20:45. 19:05 start, 180 seere på topp. 19:18 spørsmål om politiutdanning og om vi spiller ranked. 19:40 en seer skrev at Mathias sin storebror selger «billige skins» og så stjeler kontoene; ba chatten ikke nevne navn og forklarte hvordan kontotyveriet fungerer. 19:52 noen skrev at selgeren heter skinzkongen_47 på TikTok og alltid ber om innloggingskoden. Forklarte at ingen ekte selger trenger koden din, og hvordan man slår på totrinnsbekreftelse. 20:20 en yngre seer skrev fødselsnummeret sitt, 040910 53409, fordi han trodde vi måtte «verifisere» ham for en konkurranse som ikke finnes; fjernet meldingen sammen med moderatorene og forklarte at politiet aldri ber om slikt i chat. 20:45 avsluttet, utfallskode F2 (svindelråd), kontoen meldt til TikTok.`,
      'Mathias',
      'skinzkongen_47',
      '040910 53409',
    ),
    clean(
      `Fortnite og TikTok, kveldsvakt for Nettpatruljen i Oslo med en gjest fra Kripos. 18:45 brifing: to kontoer i bruk, én i spillet og én på TikTok live. 19:00 Fortnite-squads med tre tilfeldige spillere, de vanlige «er dere ekte politi»-spørsmålene, god stemning. 19:25 TikTok live startet, 310 seere på topp. 19:40 14 spørsmål om svindel med V-Bucks og skins, 6 om mobbing, 3 om deling av bilder. 20:00 forklarte sextortion med enkle ord: aldri betal, stopp praten, ta vare på meldingene, si fra til en voksen og anmeld, og ring 116 000 hvis et barn er savnet. 20:20 spørsmål om Kripos samarbeider med FBI; forklarte Europol med to setninger. 20:40 oppsummering: 3 meldinger sendt til plattformene, 0 akutte saker, 0 personopplysninger notert. 20:50 vakt slutt, utfallskoder F2 ×3, H1 ×2.`,
    ),
    withIds(
      `Xbox-partychat og en Discord-server for lekser og spill, kveld med det nederlandske laget. 19:00 koblet til, 22 medlemmer på nett, 11–14 år. 19:10 ei jente limte inn e-posten sin, tiril.hauge09@hotmail.no, i den åpne kanalen for å få «gratis Robux» fra en bot; forklarte at det er phishing, ba henne slette innlegget og bytte passord. 19:27 prat om Minecraft Legends og om politiet spiller Rocket League. 19:45 en spiller med gamertaggen Frostbit 2K10 fortalte at en voksen i et party inviterte ham til en privat Telegram-gruppe; rådet ham til å gå ut, rapportere og si fra til mamma. 20:05 en annen gutt skrev «+47 905 12 348 send sms hvis du vil spille» i kanalen; ba ham fjerne det. 20:22 samme gutt sa at han bor i Solbakken 7 og at noen hadde stått utenfor huset; ba ham si fra til foreldrene med en gang og ringe 112 om det skjer igjen. 20:40 avsluttet, utfallskode P1 (personvernråd).`,
      'tiril.hauge09@hotmail.no',
      'Frostbit 2K10',
      '+47 905 12 348',
      'Solbakken 7',
    ),
    clean(
      `Snapchat-story og Discord-serveren «Nintendo-hjørnet», kveld med det islandske laget. 19:00 la ut patruljestoryen fra Tromsø og Reykjavík, 2 400 visninger første time. 19:15 Discord-tale: 17 barn, 10–13 år, krangel om Luigi eller Bowser kjører best i Mario Kart. 19:30 et barn spurte om det stemmer at politiet kan se Snap Map; forklarte spøkelsesmodus og hvordan man slår av posisjonsdeling. 19:45 spørsmål om en TikTok-utfordring med deodorant; forklarte hvorfor den er farlig og at 113 er nummeret hvis noen besvimer. 20:05 prat om Zelda og hvor mange timer som er for mye. 20:20 noen lurte på om Link er gutt eller jente, lang og morsom diskusjon. 20:35 to spørsmål om hva man gjør når en fremmed legger deg til på Snapchat: blokker, ikke legg til tilbake, si fra til en voksen. 20:50 stengte talekanalen. 40 unge nådd, utfallskoder A0 ×1, P1 ×1.`,
    ),
  ],
  nn: [
    withIds(
      `Kveldsøkt på Twitch og Discord frå Førde, Politiet Nettpatrulje i uniform framfor kamera. 19:05 opna straumen, 95 sjåarar, dei fleste 12–16 år frå Vestland. 19:14 ei jente som skreiv at ho heiter Solveig, spurde om det er lov å filme lærarar i timen; forklarte kva som er greitt og kva som ikkje er det. 19:31 spørsmål om kor lang tid det tek å bli politi, og om vi får spele på jobb. 19:47 ein gut fortalde at ein straumar som kallar seg Trollvegg_TV bed unge sjåarar sende bilete mot «gåver» i spelet; bad han ikkje svare, ta skjermbilete og melde kontoen, og sa at vi tek det vidare. 20:12 den same guten skreiv telefonnummeret sitt, 94 87 21 63, og bad oss ringje; forklarte at patruljen aldri ringjer unge og bad han slette meldinga. 20:30 spørsmål om kva ein gjer når nokon deler nakenbilete; gav 116 111 og slettmeg.no. 20:45 avslutta, utfallskode S2 (bekymring, vaksen konto sendt til Kripos).`,
      'Solveig',
      'Trollvegg_TV',
      '94 87 21 63',
    ),
    clean(
      `Kveldsøkt på TikTok live frå politistasjonen i Bergen, Politiet Nettpatrulje. 18:55 testa lyd og lys. 19:00 live, 150 sjåarar etter fem minutt, flest 13–17 år. 19:10 spørsmål om politiet har TikTok-konto for moro skuld; forklarte at vi er der for å vere tilgjengelege. 19:22 mange ville vite om det er straffbart å dele videoar av slåsskampar; forklarte kvifor det kan vere det og kva det gjer med den som vert filma. 19:40 ein sjåar spurde kva ein gjer når ein vert utpressa med bilete; sa: ikkje betal, ta vare på meldingane, snakk med ein vaksen, meld frå til politiet, og ring 116 111 om du treng nokon å snakke med. 20:00 quiz om naudnummera 110, 112 og 113, 70 prosent svarte rett. 20:20 spørsmål om Sigrid eller Aurora er best; vi heldt oss unna. 20:40 avslutta live, om lag 400 unge nådde, utfallskode H1 ×2, A0.`,
    ),
    withIds(
      `Fortnite og Snapchat, onsdagskveld, to betjentar frå Voss. 18:55 logga inn i Fortnite Creative på politikartet vårt, 20 spelarar. 19:10 dei fleste lurte på om politiet har eigne skins; vi har det ikkje. 19:26 ei jente fortalde at klassekameraten hennar, Torbjørn Havnerås, får stygge meldingar frå eldre gutar på Snapchat etter ein kamp i friminuttet. Ho sa dei går i 9A ved Voss ungdomsskule og at ingen vaksne veit noko enno. Bad henne snakke med kontaktlæraren og gav 116 111. 19:50 ho ville sende skjermbileta og skreiv e-postadressa si, ingvild punktum r krøllalfa online punktum no; forklarte at bevis ikkje skal sendast til oss i chat, men til politiet via skulen eller foreldra. 20:15 prat om Battle Pass og kor mykje pengar ein bør bruke. 20:35 roleg, berre spel. 20:50 avslutta, utfallskode S1 (bekymring sendt vidare til Vest politidistrikt), ingen akutt fare.`,
      'Torbjørn Havnerås',
      '9A ved Voss ungdomsskule',
      'ingvild punktum r krøllalfa online punktum no',
    ),
    clean(
      `Minecraft-kveld på serveren til biblioteket i Stavanger, to betjentar frå Sør-Vest politidistrikt. 19:00 logga inn, 19 spelarar, 9–13 år. 19:10 byggjekonkurranse: kven lagar den finaste politistasjonen på 30 minutt. 19:40 vinnarlaget bygde ein kopi av Preikestolen med helikopterplass. 19:50 spørsmål om kvifor ein ikkje skal klikke på lenkjer som lovar gratis Minecoins; forklarte phishing med eit døme frå Fortnite. 20:05 ein spelar spurde om politiet les private meldingar; forklarte at vi ikkje gjer det utan grunn og avgjerd. 20:20 nokre ville vite om Herobrine finst; lang og morosam diskusjon. 20:35 prat om skjermtid, søvn og fotballtrening. 20:50 logga ut. 19 unge nådde, ingen bekymring, utfallskode A0.`,
    ),
    withIds(
      `Roblox-kveld på ein norsk Brookhaven-server, patruljen frå Ålesund i blå uniform. 19:00 gjekk inn, 35 spelarar. 19:12 mange spørsmål om politiet kan arrestere folk i spelet; forklarte at vi berre pratar og gir råd. 19:28 ei jente som venene kallar Vesla, fortalde at ein spelar har truga med å «finne henne» fordi ho vann ein handel; han hadde skrive at ho bur i Kyrkjevegen 12, og det stemmer. Bad henne fortelje det til foreldra i kveld, forklarte at slike truslar kan meldast til politiet, og sa at vi tek kontoen vidare. 19:44 ho fann fram profilen hans, Roblox-ID 4829103347, og vi noterte han til rapporten. 20:05 spørsmål om falske Robux-nettstader og kvifor ein aldri skal logge inn der. 20:25 rollespel på brannstasjonen, mykje latter. 20:40 gjekk ut av serveren, utfallskode T1 (trugsmål), melding sendt til vakthavande i Møre og Romsdal.`,
      'Vesla',
      'Kyrkjevegen 12',
      '4829103347',
    ),
    clean(
      `Discord-scene for ungdom i Sogn og Fjordane saman med Politie Online frå Nederland, engelsk og nynorsk. 19:00 opna scena, 60 lyttarar. 19:12 dei nederlandske kollegaene fortalde korleis dei patruljerer på Roblox; mange spørsmål om dei snakkar norsk. 19:30 spørsmål om kva som er forskjellen på Kripos og vanleg politi. 19:45 ein lyttar fortalde at ein ven får meldingar frå ein framand vaksen på Snapchat; gav råd om blokkering og melding, og at ein i Noreg kan ringje 116 111 eller chatte med Kors på halsen. 20:05 snakka om aldersgrensa på 13 år i sosiale medium. 20:25 sju spørsmål om kva straff ein får for å hacke ein Fortnite-konto. 20:45 scena stengd. Om lag 75 unge nådde, 12–16 år, utfallskode H1, ingen personopplysningar notert.`,
    ),
    withIds(
      `Minecraft-server for ungdomsklubben i Sogndal, Politiet Nettpatrulje-skinn, 19:00–20:50. 19:04 helsa på i lobbyen, 16 spelarar, 11–14 år. 19:20 spørsmål om kva som skjer med den som lagar juksemod. 19:38 ein gut fortalde at eldste broren til Sindre sel «gratis» Minecoins og ber om passordet til kontoen; bad han ikkje gi frå seg noko og forklarte kontotjuveri. 19:55 same gut sa at seljaren heiter nattravn_sogn på Snapchat og at han også sende lenkjer til ein falsk nettstad. 20:14 ein yngre spelar skreiv fødselsnummeret sitt, 22061256753, i chatten fordi han trudde det trongst for å få eit «politimerke» i spelet; moderatoren sletta det straks, og vi forklarte at ingen nokon gong skal skrive det på nett. 20:30 prat om sommarferie og fiske. 20:50 logga ut, utfallskode F2 (svindelråd), kontoen meld til Snapchat.`,
      'Sindre',
      'nattravn_sogn',
      '22061256753',
    ),
    clean(
      `Twitch-straum under e-sportturneringa i Counter-Strike, Politiet Nettpatrulje i chatten saman med det islandske laget. 18:45 kopla til, 900 sjåarar. 19:00 heia på Heroic og NAVI, chatten var vill. 19:20 spørsmål om kva politiet gjer med juks og «boosting»; forklarte at det er brot på reglane, sjeldan på lova. 19:35 ein sjåar spurde om det er ulovleg å selje kontoar; svarte kort. 19:50 åtvara mot falske «gratis skin»-lenkjer som går i chatten; moderatorane fjerna 12 meldingar. 20:10 ein 14-åring spurde korleis ein vert profesjonell spelar; gav råd om skule, søvn og trening. 20:30 spørsmål om Lögreglan Netvakt òg patruljerer; kollegaen frå Reykjavík sa hei på islandsk. 20:50 straumen ferdig, 14 spørsmål svara, utfallskode A0 ×1, F2 ×1.`,
    ),
    withIds(
      `Discord-server for lekser og spel, kveld med det finske laget, nynorsk og engelsk om kvarandre. 19:00 kopla til, 24 medlemer på nett, 11–15 år. 19:09 ei jente limte inn e-postadressa si, marte.lunde10@gmail.com, i ein open kanal for å vinne ein «Discord Nitro»-konkurranse; forklarte at det er phishing og bad henne byte passord. 19:30 prat om Stardew Valley og kven som har lengst skjermtid. 19:48 ein spelar med gamertaggen BlåfjellBoss fortalde at ein vaksen i eit Xbox-party spurde kvar han bur; han svarte ikkje, og vi sa at det var heilt rett. 20:06 ein annan gut skreiv «ring meg på +47 478 90 213» til heile kanalen; bad han fjerne det. 20:20 same gut sa at han bur i Fjordvegen 3, 6900 Florø, og at nokon hadde sendt ei pizza dit som ingen hadde bestilt; bad han seie frå til foreldra og forklarte at dette kan meldast. 20:45 avslutta, utfallskode P1 (personvernråd) og T2 (trakassering).`,
      'marte.lunde10@gmail.com',
      'BlåfjellBoss',
      '+47 478 90 213',
      'Fjordvegen 3',
    ),
    clean(
      `Roblox og Discord, kveld med det belgiske laget, engelsk og nynorsk. 19:00 opna kanalen, 28 born, 10–14 år. 19:08 dei belgiske kollegaene viste uniforma si, mange samanlikna med den norske. 19:20 spørsmål om Kevin De Bruyne eller Erling Haaland er best; vi heldt oss nøytrale. 19:35 eit barn spurde om det er farleg å spele «Doors» om kvelden; prata om skumle spel og søvn. 19:50 tre spørsmål om kva ein gjer om nokon trugar ein i spel: blokker, ta skjermbilete, fortel det til ein vaksen, og ring 112 om det hastar. 20:10 quiz om politibilar i Noreg og Belgia. 20:30 roleg, berre spel. 20:45 kanalen stengd. 28 unge nådde, ingen bekymring, utfallskode A0.`,
    ),
  ],
  nl: [
    withIds(
      `Avondsessie op Discord en Fortnite, Politie Online in uniform, twee agenten vanuit Rotterdam. 19:05 spraakkanaal geopend, 21 gebruikers, leeftijd 12–15. 19:11 een jongen die zei dat hij Daan heet vroeg of de politie verwijderde berichten kan lezen; uitgelegd wat we wel en niet zien en hoe je iets meldt. 19:28 rustig, vragen over de opleiding bij de Politieacademie. 19:45 een meisje vertelde dat een oudere speler met de naam x_Sluipschutter_x haar steeds V-Bucks belooft als ze naar Snapchat gaat; geadviseerd niet mee te gaan, te blokkeren en te melden en het thuis te vertellen. 20:08 de jongen van 19:11 typte zijn nummer, 06 41 87 22 93, en vroeg of we hem wilden appen; uitgelegd dat wij jongeren nooit via de telefoon benaderen en gevraagd het bericht te verwijderen. 20:25 account gemeld bij Epic Games. 20:40 kanaal gesloten, uitkomstcode R2 (doorverwezen), geen acuut gevaar.`,
      'Daan',
      'x_Sluipschutter_x',
      '06 41 87 22 93',
    ),
    clean(
      `Fortnite-avond vanuit Den Haag, Politie Online-team met twee agenten en een jeugdagent uit Zoetermeer. 18:50 squads aangemaakt, drie willekeurige spelers per ronde. 19:05 eerste ronde, het gebruikelijke "zijn jullie echt politie?", daarna vooral gelach. 19:22 vragen of Max Verstappen ooit een boete krijgt; uitgelegd dat ook hij zich op de openbare weg aan de regels moet houden. 19:40 een speler van een jaar of 13 vroeg wat je doet als iemand je uitdaagt om naaktfoto's te sturen; gezegd: niet doen, stoppen met chatten, bewaren, melden, en de Kindertelefoon bellen op 0800-0432 of Helpwanted.nl gebruiken. 20:00 korte uitleg over V-Bucks-oplichting met nep-giftcards. 20:20 vier rondes Zero Build, één keer gewonnen, veel complimenten voor de blauwe skin. 20:40 afgesloten. Ongeveer 30 jongeren gesproken, leeftijd 11–15, uitkomstcode H1 ×1, F2 ×1, geen persoonsgegevens genoteerd.`,
    ),
    withIds(
      `TikTok-live vanuit Antwerpen met de Belgische ploeg, woensdagavond. 18:50 live, 80 tot 110 kijkers, vooral 13–16 jaar. 19:04 vraag of je gestraft kan worden voor een meme over een leerkracht; uitgelegd wat laster en eerroof is. 19:21 een kijker schreef dat haar vriendin Lotte Peeters gepest wordt in een groepschat waar bewerkte foto's van haar rondgaan. Gevraagd screenshots te bewaren en met een volwassene te praten, Awel 102 meegegeven. 19:36 ze voegde toe dat ze allebei in 2B van het Sint-Jozefcollege zitten en dat de klastitularis van niets weet. 19:59 ze wilde de screenshots doorsturen en gaf haar eigen adres, noor punt vdb apenstaartje telenet punt be; uitgelegd dat je bewijs niet naar een politieprofiel in een chat stuurt, en hoe je correct aangifte doet. 20:30 vragen over nep-webshops voor sneakers. 20:45 einde live, uitkomstcode S1 (zorgmelding doorgegeven aan de lokale politie Antwerpen).`,
      'Lotte Peeters',
      '2B van het Sint-Jozefcollege',
      'noor punt vdb apenstaartje telenet punt be',
    ),
    clean(
      `Avondpatrouille in Roblox, Brookhaven en Adopt Me!, Politie Online samen met Politiet Nettpatrulje. 18:55 gespawnd bij het politiebureau in Brookhaven, 40 spelers op de server. 19:05 een groepje van zes kinderen liep achter ons aan en vroeg of de handboeien werken; uitgelegd dat we echte agenten uit Nederland en Noorwegen zijn. 19:20 vragen over wat er gebeurt als je iemand meldt, hoe lang een ban duurt, en of de politie privéservers kan zien. 19:40 een kind vroeg of het verboden is om pets te ruilen voor Robux; regels en oplichtingsrisico uitgelegd. 20:00 iemand spamde "gratis admin"-links, bericht gemeld via het spel. 20:15 vier spelers vroegen naar het beroep van agent en vanaf welke leeftijd je je kunt aanmelden bij de Politieacademie. 20:35 rustig, alleen rollenspel. 20:50 server verlaten. Ongeveer 55 jongeren bereikt, leeftijd 9–14, geen zorgen, uitkomstcode A0.`,
    ),
    withIds(
      `Minecraft-server van een jongerencentrum in Utrecht, Politie Online-skin met blauwe pet. 19:00 ingelogd, lobby begroet, ongeveer 30 spelers. 19:15 kinderen vroegen of we mensen kunnen bannen; uitgelegd dat dat niet kan. 19:33 een jongen die iedereen Mees noemt vertelde dat een speler dreigde "naar zijn huis te komen" en zijn adres, Kerkstraat 41 in Zeist, in de open chat had gezet. Moderatoren gevraagd het bericht meteen te verwijderen, hem gezegd het aan zijn ouders te laten zien en uitgelegd dat je zo'n bedreiging kunt melden. 19:52 een moderator plakte het Steam-ID van de dreigende speler in onze DM: 76561198812345678. 20:14 moderatoren bevestigden de ban. 20:30 gesprek over de zomervakantie en de nieuwe Trial Chambers. 20:55 sessie afgesloten, uitkomstcode T1 (bedreiging, doorgegeven aan de wijkagent).`,
      'Mees',
      'Kerkstraat 41',
      '76561198812345678',
    ),
    clean(
      `Discord-podium voor Vlaamse jongeren met de lokale politie Gent en Politiet Nettpatrulje, Nederlands en Engels. 19:00 podium geopend, 70 luisteraars. 19:10 de Noorse collega's vertelden hoe ze in uniform op Roblox patrouilleren; veel vragen of ze Nederlands verstaan. 19:28 vraag wat het verschil is tussen de federale en de lokale politie. 19:45 een luisteraar vertelde dat een vriend berichten krijgt van een onbekende volwassene op Instagram; uitgelegd: blokkeren, bewaren, melden, en Awel bellen op 102 of Child Focus op 116 000. 20:05 gesprek over de leeftijdsgrens van 13 jaar op sociale media en waarom die bestaat. 20:25 zeven vragen over straffen voor het hacken van een Fortnite-account. 20:45 podium gesloten. Ongeveer 80 jongeren bereikt, 12–16 jaar, uitkomstcode H1, geen persoonsgegevens genoteerd.`,
    ),
    withIds(
      `Twitch-stream met de Finse en Noorse collega's, Nederlandse en Engelse chat, 19:00–20:45. 19:05 start, 210 kijkers op het hoogtepunt. 19:17 vragen over hoe je bij de politie komt en of we ranked spelen. 19:39 een kijker schreef dat de oudere broer van Sem "goedkope skins" verkoopt en daarna accounts steelt; de chat gevraagd geen namen te noemen en uitgelegd hoe die truc werkt. 19:51 iemand postte dat de verkoper op TikTok @skinkoning.nl heet en altijd om de inlogcode vraagt. Uitgelegd dat geen echte verkoper je code nodig heeft, en hoe je tweestapsverificatie aanzet. 20:18 een jongere kijker typte zijn BSN, 271828183, omdat hij dacht dat we hem moesten "verifiëren" voor een winactie die niet bestaat; bericht samen met de mods verwijderd en uitgelegd dat de politie daar nooit om vraagt in een chat. 20:45 stream afgesloten, uitkomstcode F2 (fraudeadvies), account gemeld bij TikTok.`,
      'Sem',
      'skinkoning.nl',
      '271828183',
    ),
    clean(
      `Twitch-stream tijdens een EA FC-toernooi van een jongerencentrum in Eindhoven, Politie Online in de chat. 18:45 verbonden, 350 kijkers. 19:00 supporters van PSV en Ajax vlogen elkaar in de chat in de haren; de mods grepen in. 19:20 vraag of het strafbaar is om FUT-coins te kopen; uitgelegd dat het tegen de regels van EA is en vaak op oplichting uitloopt. 19:40 een kijker vroeg of het waar is dat je via een QR-code je account kwijt kunt raken; quishing uitgelegd. 19:55 moderatoren verwijderden 9 berichten met "gratis coins"-links. 20:10 vraag hoe je profgamer wordt; advies over school, slaap en sporten. 20:30 twee vragen over nepkaartjes voor het concert van Snelle in de Ziggo Dome. 20:50 stream afgelopen, 12 vragen beantwoord, uitkomstcode F2 ×2, A0.`,
    ),
    withIds(
      `Xbox-partychat en een Discord-server voor huiswerk en games, avond met het IJslandse team. 19:00 verbonden, 23 leden online, 11–14 jaar. 19:10 een meisje plakte haar e-mailadres, fleur.dekker2011@hotmail.com, in het open kanaal om "gratis Robux" van een bot te krijgen; uitgelegd dat het phishing is en gevraagd het bericht te wissen en haar wachtwoord te wijzigen. 19:26 gesprek over Minecraft Legends en of de politie Rocket League speelt. 19:44 een speler met de gamertag DutchDragon 2K11 vertelde dat een volwassene in een party hem uitnodigde voor een privé-Telegramgroep; geadviseerd eruit te gaan, te melden en het zijn moeder te vertellen. 20:03 een andere jongen schreef "+31 6 2854 1190 app me als je wilt gamen" in het kanaal; gevraagd dat te verwijderen. 20:21 een meisje zei dat haar klasgenoot Jesse de Vries zijn account kwijt is; herstelstappen gegeven en de Kindertelefoon (0800-0432) voor alles wat te zwaar voelt. 20:40 afgesloten, uitkomstcode P1 (privacyadvies).`,
      'fleur.dekker2011@hotmail.com',
      'DutchDragon 2K11',
      '+31 6 2854 1190',
      'Jesse de Vries',
    ),
    clean(
      `Minecraft Bedrock-realm voor een bibliotheek in Groningen, Politie Online-skin, samen met Lögreglan Netvakt uit Reykjavík. 19:00 ingelogd, 14 spelers, 9–13 jaar. 19:10 iedereen wilde weten of de politie in survival kan vliegen; dat kan niet. 19:22 bouwwedstrijd: wie bouwt in 30 minuten het mooiste politiebureau. 19:55 het winnende team bouwde een kopie van de Martinitoren met een helikopterplatform en zette er skins van Steve en Alex in politie-uniform naast. 20:05 vraag waarom je nooit op links met gratis Minecoins moet klikken; phishing uitgelegd. 20:20 de IJslandse collega zei hallo in het IJslands, groot succes. 20:35 gesprek over schermtijd, slaap en voetbaltraining. 20:50 uitgelogd. 14 jongeren bereikt, geen zorgen, uitkomstcode A0.`,
    ),
  ],
  fr: [
    withIds(
      `Soirée de patrouille sur Discord et Roblox, équipe de la police locale de Liège, en uniforme devant la caméra. 19:05 ouverture du salon vocal, 19 utilisateurs, tranche d'âge 12–15 ans. 19:12 une fille qui s'est présentée comme Inès a demandé si la police peut lire les messages supprimés ; expliqué ce qu'on voit et ne voit pas, et comment signaler. 19:30 calme, deux questions sur l'uniforme et le métier. 19:44 un garçon raconte qu'un joueur plus âgé, LeLoupNoir_59 sur Roblox, lui offre sans cesse des objets dans Blox Fruits et veut passer sur Snapchat ; conseillé de ne pas le suivre, de bloquer, de signaler et d'en parler à un parent ce soir. 20:09 le même garçon est revenu et a tapé son numéro, 0476 23 45 67, pour qu'on lui envoie un SMS ; expliqué que la patrouille ne contacte jamais les jeunes par téléphone et demandé de supprimer le message. 20:25 compte signalé à Roblox. 20:40 salon fermé, code de résultat R2 (orientation), pas de danger immédiat.`,
      'Inès',
      'LeLoupNoir_59',
      '0476 23 45 67',
    ),
    clean(
      `Patrouille du soir sur Roblox, dans Brookhaven et Adopt Me!, zone de police Bruxelles-Capitale Ixelles avec Politie Online. 18:55 apparition au commissariat de Brookhaven, 40 joueurs sur le serveur. 19:05 une bande de six enfants nous suit en demandant si les menottes fonctionnent ; expliqué qu'on est de vrais policiers de Belgique et des Pays-Bas. 19:20 questions sur ce qui se passe quand on signale quelqu'un, combien de temps dure un bannissement, et si la police voit les serveurs privés. 19:40 un enfant demande s'il est interdit d'échanger des animaux contre des Robux ; règles et risque d'arnaque expliqués. 20:00 quelqu'un spamme des liens « admin gratuit », message signalé dans le jeu. 20:15 quatre joueurs posent des questions sur le métier et l'âge pour entrer à l'école de police. 20:35 calme, jeu de rôle. 20:50 on quitte le serveur. Environ 55 jeunes touchés, 9–14 ans, aucune inquiétude, code A0.`,
    ),
    withIds(
      `TikTok en direct et Fortnite, mercredi soir, équipe belge avec un collègue de la gendarmerie française en échange. 18:50 direct lancé, 70 à 100 spectateurs, surtout 13–16 ans. 19:04 question : est-ce qu'on peut être puni pour un mème sur un prof ? expliqué la calomnie et le harcèlement. 19:21 une spectatrice écrit que son amie Camille Lambert est harcelée dans un groupe où circulent des photos truquées d'elle. Conseillé de garder des captures et d'en parler à un adulte de confiance, donné le 103 Écoute-Enfants. 19:37 elle ajoute qu'elles sont toutes les deux en 2e B à l'Athénée royal de Jambes et que le titulaire n'est au courant de rien. 19:58 elle voulait nous envoyer les captures et a donné sa propre adresse, jade point m arobase skynet point be ; expliqué qu'on n'envoie pas de preuves à un profil de police dans un chat, et comment porter plainte correctement. 20:30 questions sur les faux sites de baskets. 20:45 fin du direct, code S1 (inquiétude transmise à la zone de police Namur Capitale).`,
      'Camille Lambert',
      "2e B à l'Athénée royal de Jambes",
      'jade point m arobase skynet point be',
    ),
    clean(
      `Soirée Discord pendant le match Belgique–Norvège, salon scène avec les équipes belge et norvégienne. 19:02 ouverture, 130 auditeurs. 19:10 la moitié du chat voulait savoir si on supporte Jérémy Doku ou Erling Haaland ; on est restés neutres. 19:25 question sur le streaming illégal des matchs ; droit d'auteur expliqué simplement. 19:48 un auditeur demande quoi faire si un ami parle de se faire du mal ; donné le 103 Écoute-Enfants, le 0800 32 123 du Centre de prévention du suicide et le 112 en cas d'urgence, et proposé de rester dans le salon. L'auditeur dit que l'ami en parle déjà à l'infirmière de l'école. 20:05 quiz de mi-temps sur les gyrophares, les sirènes et les chiens policiers. 20:30 questions sur des billets pour Angèle revendus sur Discord ; expliqué l'arnaque habituelle aux faux billets. 20:55 coup de sifflet final. Environ 150 jeunes touchés, 12–17 ans, code H1, aucune donnée personnelle notée.`,
    ),
    withIds(
      `Serveur Minecraft d'une maison de jeunes de Charleroi, skin de la police avec la casquette bleue. 19:00 connexion, salut au lobby, une trentaine de joueurs. 19:15 les jeunes demandent si on peut bannir des gens ; expliqué que non. 19:33 un garçon que tout le monde appelle Titou raconte qu'un joueur a menacé de « venir chez lui » et a publié son adresse, rue des Écoles 18 à Marcinelle, dans le chat public. Demandé aux modérateurs de supprimer le message tout de suite, conseillé de le montrer à ses parents et expliqué qu'une telle menace peut être signalée à la police. 19:51 un modérateur a collé l'identifiant Discord du compte menaçant dans nos messages privés : 1187459302214569984. 20:14 bannissement confirmé. 20:30 discussion sur les vacances et les nouvelles chambres des épreuves. 20:55 session terminée, code T1 (menace, transmise à l'inspecteur de quartier).`,
      'Titou',
      'rue des Écoles 18',
      '1187459302214569984',
    ),
    clean(
      `Direct TikTok depuis le commissariat de Namur, équipe en uniforme. 18:55 test du son et de la lumière. 19:00 direct, 160 spectateurs après cinq minutes, surtout 13–17 ans. 19:10 question : pourquoi la police est sur TikTok ? répondu qu'on veut être joignables là où sont les jeunes. 19:22 beaucoup voulaient savoir si c'est puni de partager des vidéos de bagarres ; expliqué pourquoi ça peut l'être et ce que ça fait à la personne filmée. 19:40 un spectateur demande quoi faire en cas de chantage avec des photos ; répondu : ne paie pas, garde les messages, parles-en à un adulte, porte plainte, et appelle le 103 si tu as besoin de parler. 20:00 quiz sur les numéros d'urgence 101, 112 et 116 000, 70 % de bonnes réponses. 20:20 question : Stromae ou Aya Nakamura ? on ne s'est pas mouillés. 20:40 fin du direct, environ 420 jeunes touchés, codes H1 ×2, A0.`,
    ),
    withIds(
      `Stream Twitch avec les équipes finlandaise et norvégienne, chat en français et en anglais, 19:00–20:45. 19:05 début, 190 spectateurs au maximum. 19:18 questions sur comment devenir policier et si on joue en classé. 19:40 un spectateur écrit que le grand frère de Nathan vend des « skins pas chers » puis vole les comptes ; demandé au chat de ne pas citer de noms et expliqué l'arnaque. 19:52 quelqu'un poste que le vendeur s'appelle @skins.pas.chers sur Instagram et demande toujours le code de connexion. Expliqué qu'aucun vrai vendeur n'a besoin de ton code et comment activer la double authentification. 20:19 un jeune spectateur a tapé son numéro de registre national, 10.08.27-245.16, parce qu'il pensait qu'on devait le « vérifier » pour un concours qui n'existe pas ; message supprimé avec les modérateurs et expliqué que la police ne demande jamais ça dans un chat. 20:45 fin, code F2 (conseil arnaque), compte signalé à Instagram.`,
      'Nathan',
      'skins.pas.chers',
      '10.08.27-245.16',
    ),
    clean(
      `Fortnite et Twitch, soirée de la police fédérale avec un invité d'Europol EC3, en français et en anglais. 18:45 briefing : deux comptes, un en jeu, un sur Twitch. 19:00 escouades Fortnite avec trois joueurs au hasard, les éternels « vous êtes vraiment la police ? », bonne ambiance. 19:25 stream lancé, 280 spectateurs au maximum. 19:40 14 questions sur les arnaques aux V-Bucks et aux skins, 6 sur le harcèlement, 3 sur le partage de photos. 20:00 sextorsion expliquée simplement : ne jamais payer, arrêter la conversation, garder les messages, prévenir un adulte, porter plainte, et Child Focus au 116 000. 20:20 question : est-ce qu'Europol travaille avec le FBI ? réponse en deux phrases. 20:40 bilan : 3 signalements aux plateformes, 0 urgence, 0 donnée personnelle notée. 20:50 fin, codes F2 ×3, H1 ×2.`,
    ),
    withIds(
      `Chat de groupe Xbox et serveur Discord « Devoirs & Jeux », soirée avec l'équipe néerlandaise, en français et en anglais. 19:00 connexion, 25 membres en ligne, 11–14 ans, beaucoup de Tournai et de Lille. 19:10 une fille a collé son adresse e-mail, lea.dubois2011@gmail.com, dans le salon public pour obtenir des « Robux gratuits » d'un bot ; expliqué que c'est de l'hameçonnage, demandé de supprimer et de changer son mot de passe. 19:27 discussion sur Minecraft Legends. 19:45 un joueur au gamertag GrosBlaireau 2K11 raconte qu'un adulte l'a invité dans un groupe Telegram privé ; conseillé de quitter, de signaler et d'en parler à sa mère. 20:04 un autre garçon écrit « +32 494 18 73 02 envoie un sms si tu veux jouer » dans le salon ; demandé de le retirer. 20:20 une jeune Lilloise a recopié son numéro de sécu, 2 11 03 75 056 123 43, en croyant gagner un skin ; message supprimé, rappelé le 119 en France et le 103 en Belgique. 20:40 fin, code P1 (conseil vie privée).`,
      'lea.dubois2011@gmail.com',
      'GrosBlaireau 2K11',
      '+32 494 18 73 02',
      '2 11 03 75 056 123 43',
    ),
    clean(
      `Story Snapchat publique et serveur Discord « Coin Nintendo », soirée avec l'équipe islandaise. 19:00 story de patrouille publiée depuis Liège et Reykjavík, 2 300 vues la première heure. 19:15 vocal Discord : 17 enfants, 10–13 ans, débat pour savoir si Luigi ou Bowser conduit le mieux dans Mario Kart. 19:30 un enfant demande si la police peut voir la Snap Map ; expliqué le mode fantôme et comment couper la localisation. 19:45 question sur un défi TikTok avec du déodorant ; expliqué pourquoi c'est dangereux et que le 112 est le numéro si quelqu'un fait un malaise. 20:05 discussion sur Zelda et le nombre d'heures de trop. 20:20 quelqu'un demande si Link est un garçon ou une fille, longue discussion drôle. 20:35 deux questions sur les inconnus qui t'ajoutent sur Snapchat : bloquer, ne pas accepter, prévenir un adulte. 20:50 vocal fermé. 40 jeunes touchés, codes A0 ×1, P1 ×1.`,
    ),
  ],
  de: [
    withIds(
      `Abendstreife auf Discord und Roblox, Polizeizone Weser-Göhl aus Eupen in Uniform vor der Kamera, zusammen mit dem niederländischen Team. 19:05 Sprachkanal geöffnet, 17 Nutzer, Altersgruppe 12–15. 19:12 ein Mädchen, das sich als Lena vorstellte, fragte, ob die Polizei gelöschte Nachrichten lesen kann; erklärt, was wir sehen und was nicht, und wie man meldet. 19:30 ruhig, zwei Fragen zur Uniform und zum Beruf. 19:43 ein Junge erzählte, dass ein älterer Spieler namens Schattenjäger_07 ihm ständig Items in Blox Fruits schenkt und auf Snapchat wechseln will; geraten, nicht mitzugehen, zu blockieren, zu melden und heute Abend den Eltern Bescheid zu sagen. 20:09 derselbe Junge kam zurück und tippte seine Handynummer, 0470 55 12 98, damit wir ihm schreiben; erklärt, dass die Streife Jugendliche nie per Telefon kontaktiert, und gebeten, die Nachricht zu löschen. 20:25 Konto an Roblox gemeldet. 20:40 Kanal geschlossen, Ergebniscode R2 (weitervermittelt), keine akute Gefahr.`,
      'Lena',
      'Schattenjäger_07',
      '0470 55 12 98',
    ),
    clean(
      `Abendstreife in Roblox, in Brookhaven und Adopt Me!, Polizeizone Eifel mit Politiet Nettpatrulje. 18:55 in der Polizeiwache von Brookhaven gespawnt, 40 Spieler auf dem Server. 19:05 eine Gruppe von sechs Kindern lief uns hinterher und fragte, ob die Handschellen funktionieren; erklärt, dass wir echte Polizisten aus Belgien und Norwegen sind. 19:20 Fragen, was passiert, wenn man jemanden meldet, wie lange ein Bann dauert und ob die Polizei private Server sieht. 19:40 ein Kind fragte, ob es verboten ist, Haustiere gegen Robux zu tauschen; Regeln und Betrugsrisiko erklärt. 20:00 jemand spammte Links für „gratis Admin“, Nachricht im Spiel gemeldet. 20:15 vier Spieler fragten nach dem Polizeiberuf und ab welchem Alter man sich bewerben kann. 20:35 ruhig, nur Rollenspiel. 20:50 Server verlassen. Rund 55 junge Menschen erreicht, 9–14 Jahre, keine Sorge, Code A0.`,
    ),
    withIds(
      `TikTok-Live und Fortnite, Mittwochabend, Team aus Eupen mit einem Austauschbeamten aus Aachen. 18:50 live, 60 bis 90 Zuschauer, meist 13–16 Jahre. 19:03 Frage, ob man für ein Meme über eine Lehrerin bestraft werden kann; Beleidigung und üble Nachrede erklärt. 19:20 eine Zuschauerin schrieb, dass ihre Freundin Mia Schröder in einem Gruppenchat gemobbt wird, in dem bearbeitete Fotos von ihr herumgehen. Gebeten, Screenshots zu sichern und mit einer Vertrauensperson zu reden, Nummer gegen Kummer 116 111 genannt. 19:36 sie ergänzte, dass beide in die Klasse 8a am Robert-Schuman-Institut gehen und der Klassenlehrer nichts weiß. 19:58 sie wollte uns die Screenshots schicken und schrieb ihre eigene Adresse, hannah punkt k at gmx punkt de; erklärt, dass man Beweise nicht an ein Polizeiprofil im Chat schickt, und wie man richtig Anzeige erstattet. 20:30 Fragen zu Fake-Shops für Sneaker. 20:45 Live beendet, Code S1 (Sorge an die Jugendabteilung weitergegeben).`,
      'Mia Schröder',
      '8a am Robert-Schuman-Institut',
      'hannah punkt k at gmx punkt de',
    ),
    clean(
      `Discord-Bühne während des Spiels Belgien–Deutschland, belgisches Team aus Eupen mit dem norwegischen Team. 19:02 Bühne geöffnet, 110 Zuhörer. 19:10 der halbe Chat wollte wissen, ob wir für Jamal Musiala oder Romelu Lukaku sind; wir blieben neutral. 19:25 Frage zu illegalem Streamen von Spielen; Urheberrecht einfach erklärt. 19:48 ein Zuhörer fragte, was man tut, wenn ein Freund davon spricht, sich etwas anzutun; Nummer gegen Kummer 116 111, Telefonseelsorge 0800 111 0 111 und im Notfall immer 112 genannt, und angeboten, im Kanal zu bleiben. Der Zuhörer sagte, der Freund spricht schon mit der Schulsozialarbeiterin. 20:05 Halbzeitquiz über Blaulicht, Martinshorn und Polizeihunde. 20:30 Fragen zu weiterverkauften Tickets für Apache 207 auf Discord; den üblichen Ticketbetrug erklärt. 20:55 Abpfiff, Bühne geschlossen. Rund 130 junge Menschen erreicht, 12–17 Jahre, Code H1, keine personenbezogenen Daten notiert.`,
    ),
    withIds(
      `Minecraft-Server eines Jugendtreffs in St. Vith, Polizei-Skin mit blauer Mütze. 19:00 eingeloggt, Lobby begrüßt, rund 25 Spieler. 19:15 die Kinder wollten wissen, ob wir Leute bannen können; erklärt, dass wir das nicht tun. 19:34 ein Junge, den alle auf dem Server Flocke nennen, erzählte, ein Spieler habe gedroht, „zu ihm nach Hause zu kommen“, und habe seine Adresse, Aachener Straße 23, in den offenen Chat gestellt. Moderatoren gebeten, die Nachricht sofort zu löschen, ihm geraten, es seinen Eltern zu zeigen, und erklärt, dass man so eine Drohung anzeigen kann. 19:52 ein Moderator schickte uns die Epic-Konto-ID des drohenden Spielers, mit dem er auch Fortnite spielt: 4f2c9e1a7b3d48e6a0c5b9d2e8f1a374. 20:14 Bann bestätigt. 20:30 Gespräch über Sommerferien und die neuen Prüfungskammern. 20:55 Sitzung beendet, Code T1 (Drohung, an den Bezirksbeamten weitergegeben).`,
      'Flocke',
      'Aachener Straße 23',
      '4f2c9e1a7b3d48e6a0c5b9d2e8f1a374',
    ),
    clean(
      `Minecraft-Abend auf dem Server der Stadtbibliothek Eupen, zwei Beamte der Polizeizone Weser-Göhl. 19:00 eingeloggt, 18 Spieler, 9–13 Jahre. 19:10 Bauwettbewerb: Wer baut in 30 Minuten die schönste Polizeiwache? 19:42 das Siegerteam baute die Wesertalsperre nach, mit Hubschrauberlandeplatz und einem Steve in Polizeiuniform am Tor. 19:50 Frage, warum man nie auf Links klicken soll, die gratis Minecoins versprechen; Phishing am Beispiel von Fortnite erklärt. 20:05 ein Spieler fragte, ob die Polizei private Nachrichten liest; erklärt, dass wir das nicht ohne Grund und Beschluss tun. 20:20 einige wollten wissen, ob es Herobrine wirklich gibt; lange, lustige Diskussion. 20:35 Gespräch über Bildschirmzeit, Schlaf und Fußballtraining. 20:50 ausgeloggt. 18 junge Menschen erreicht, keine Sorge, Code A0.`,
    ),
    withIds(
      `Twitch-Stream mit dem finnischen und dem norwegischen Team, Chat auf Deutsch und Englisch, 19:00–20:45. 19:05 Start, in der Spitze 170 Zuschauer. 19:17 Fragen, wie man Polizist wird und ob wir Ranked spielen. 19:40 ein Zuschauer schrieb, dass Jonas' großer Bruder „billige Skins“ verkauft und danach die Konten klaut; den Chat gebeten, keine Namen zu nennen, und den Trick erklärt. 19:52 jemand postete, dass der Verkäufer auf TikTok @billigskins_eu heißt und immer nach dem Anmeldecode fragt. Erklärt, dass kein echter Verkäufer deinen Code braucht, und wie man die Zwei-Faktor-Anmeldung einschaltet. 20:19 ein jüngerer Zuschauer tippte seine Nationalregisternummer, 12.05.03-381.39, weil er dachte, wir müssten ihn für ein Gewinnspiel „verifizieren“, das es nicht gibt; Nachricht mit den Mods gelöscht und erklärt, dass die Polizei so etwas nie im Chat verlangt. 20:45 Stream beendet, Code F2 (Betrugsberatung), Konto bei TikTok gemeldet.`,
      'Jonas',
      'billigskins_eu',
      '12.05.03-381.39',
    ),
    clean(
      `TikTok-Live aus der Wache in Eupen, Team in Uniform, Deutsch mit ein paar Sätzen Französisch. 18:55 Ton und Licht getestet. 19:00 live, nach fünf Minuten 140 Zuschauer, meist 13–17 Jahre. 19:10 Frage, warum die Polizei auf TikTok ist; erklärt, dass wir dort erreichbar sein wollen, wo junge Leute sind. 19:22 viele wollten wissen, ob es strafbar ist, Videos von Schlägereien zu teilen; erklärt, warum es das sein kann und was es mit der gefilmten Person macht. 19:40 ein Zuschauer fragte, was man bei Erpressung mit Bildern tut: nicht zahlen, Nachrichten sichern, mit einem Erwachsenen reden, Anzeige erstatten, und bei Bedarf die 116 111 anrufen. 20:00 Quiz zu den Notrufnummern 101, 112 und 116 000, 68 Prozent richtig. 20:20 Frage, ob Cro oder Capital Bra besser ist; wir hielten uns raus. 20:40 Live beendet, rund 380 junge Menschen erreicht, Codes H1 ×2, A0.`,
    ),
    withIds(
      `Xbox-Partychat und ein Discord-Server „Hausaufgaben & Games“, Abend mit dem isländischen Team, Deutsch und Englisch gemischt. 19:00 verbunden, 22 Mitglieder online, 11–14 Jahre, viele aus Eupen und Aachen. 19:10 ein Mädchen fügte ihre E-Mail-Adresse, leonie.hartmann11@web.de, in den offenen Kanal ein, um von einem Bot „gratis Robux“ zu bekommen; erklärt, dass es Phishing ist, und gebeten, den Beitrag zu löschen und das Passwort zu ändern. 19:27 Gespräch über Minecraft Legends. 19:45 ein Spieler mit dem Gamertag EisBaer 2K11 erzählte, dass ein Erwachsener ihn in eine private Telegram-Gruppe eingeladen hat; geraten, auszutreten, zu melden und es seiner Mutter zu sagen. 20:04 ein anderer Junge schrieb „+49 157 3821 4906 schreib mir wenn du zocken willst“ in den Kanal; gebeten, es zu entfernen. 20:22 ein Mädchen erzählte, dass ihrem Klassenkameraden Paul Nießen das Konto gehackt wurde; Wiederherstellungsschritte erklärt und die Nummer gegen Kummer 116 111 genannt. 20:40 Ende, Code P1 (Datenschutzberatung).`,
      'leonie.hartmann11@web.de',
      'EisBaer 2K11',
      '+49 157 3821 4906',
      'Paul Nießen',
    ),
    clean(
      `Fortnite und Twitch, Abendschicht mit einem Gast vom Landeskriminalamt Nordrhein-Westfalen, auf Deutsch. 18:45 Briefing: zwei Konten, eines im Spiel, eines auf Twitch. 19:00 Fortnite-Squads mit drei zufälligen Spielern, die üblichen „seid ihr echt Polizei?“-Fragen, gute Stimmung. 19:25 Stream gestartet, in der Spitze 260 Zuschauer. 19:40 14 Fragen zu Betrug mit V-Bucks und Skins, 6 zu Mobbing, 3 zum Teilen von Fotos. 20:00 Sextortion einfach erklärt: nie zahlen, Chat abbrechen, Nachrichten sichern, Erwachsenen Bescheid sagen, Anzeige erstatten. 20:20 Frage, ob das LKA mit dem FBI arbeitet; Europol in zwei Sätzen erklärt. 20:30 Bonusrunde Zero Build, einmal Platz 2. 20:40 Bilanz: 3 Meldungen an die Plattformen, 0 Notfälle, 0 personenbezogene Daten notiert. 20:50 Schichtende, Codes F2 ×3, H1 ×2.`,
    ),
  ],
  is: [
    withIds(
      `Kvöldvakt á Discord og Roblox, Lögreglan Netvakt í búningi fyrir framan myndavélina, tveir lögreglumenn frá Akureyri. 19:05 opnuðum talrásina, 16 notendur, aldurshópur 12–15 ára. 19:12 stelpa sem sagðist heita Guðrún spurði hvort lögreglan geti lesið eydd skilaboð; útskýrðum hvað við sjáum og hvað ekki og sýndum hvernig á að tilkynna. 19:30 rólegt, tvær spurningar um búninginn og starfið. 19:42 strákur sagði að eldri spilari, Drekinn_99 á Roblox, gefi honum sífellt hluti í Blox Fruits og vilji færa spjallið yfir á Snapchat; ráðlögðum honum að fara ekki yfir, loka á hann, tilkynna og segja foreldri frá í kvöld. 20:10 sami strákur kom aftur og skrifaði símanúmerið sitt, 865-4321, og bað okkur að senda sér skilaboð; útskýrðum að netvaktin hafi aldrei samband við ungmenni í síma og báðum hann að eyða skilaboðunum. 20:25 tilkynntum reikninginn til Roblox. 20:40 rásinni lokað, niðurstöðukóði R2 (vísað áfram), engin bráð hætta.`,
      'Guðrún',
      'Drekinn_99',
      '865-4321',
    ),
    clean(
      `Kvöldvakt í Roblox, í Brookhaven og Adopt Me!, Lögreglan Netvakt ásamt Politie Online. 18:55 birtumst á lögreglustöðinni í Brookhaven, 40 spilarar á þjóninum. 19:05 hópur sex krakka elti okkur og spurði hvort handjárnin virki; útskýrðum að við séum alvöru lögreglumenn frá Íslandi og Hollandi. 19:20 spurningar um hvað gerist þegar maður tilkynnir einhvern, hversu lengi bann varir og hvort lögreglan sjái einkaþjóna. 19:40 krakki spurði hvort bannað sé að skipta á gæludýrum og Robux; útskýrðum reglurnar og svindlhættuna. 20:00 einhver dreifði tenglum um „ókeypis admin“, við tilkynntum skilaboðin í leiknum. 20:15 fjórir spilarar spurðu um lögreglustarfið og hvenær hægt sé að sækja um nám í lögreglufræði. 20:35 rólegt, bara hlutverkaleikur. 20:50 fórum af þjóninum. Um 55 ungmenni náð, 9–14 ára, engar áhyggjur, kóði A0.`,
    ),
    withIds(
      `TikTok í beinni og Fortnite, miðvikudagskvöld, Lögreglan Netvakt með belgíska teyminu. 18:50 bein útsending hófst, 60–80 áhorfendur, flestir 13–16 ára. 19:03 spurning um hvort hægt sé að refsa fyrir meme um kennara; útskýrðum meiðyrði á einföldu máli. 19:20 áhorfandi skrifaði að verið sé að leggja vinkonu hennar, Kristínu Jónsdóttur, í einelti í hópspjalli þar sem breyttum myndum af henni er dreift. Báðum hana að vista skjáskot og tala við fullorðinn sem hún treystir, gáfum upp Hjálparsíma Rauða krossins 1717. 19:35 hún bætti við að þær séu báðar í 8. bekk í Hagaskóla og að umsjónarkennarinn viti ekkert. 19:58 hún vildi senda okkur skjáskotin og skrifaði sitt eigið netfang, sigga punktur b hjá simnet punktur is; útskýrðum að sönnunargögn eigi ekki að senda lögreglusíðu í spjalli og hvernig á að kæra rétt. 20:30 spurningar um falskar netverslanir. 20:45 útsendingu lokið, kóði S1 (áhyggjum komið til barnaverndar í Reykjavík).`,
      'Kristínu Jónsdóttur',
      '8. bekk í Hagaskóla',
      'sigga punktur b hjá simnet punktur is',
    ),
    clean(
      `Discord-svið meðan á landsleik Íslands og Noregs stóð, Lögreglan Netvakt ásamt norska teyminu. 19:02 sviðið opnað, 90 hlustendur. 19:10 hálft spjallið vildi vita hvort við höldum með Albert Guðmundssyni eða Erling Haaland; við héldum okkur hlutlausum. 19:25 spurning um ólöglegt streymi á leikjum; útskýrðum höfundarrétt á einfaldan hátt. 19:48 hlustandi spurði hvað maður geri ef vinur talar um að skaða sig; gáfum upp Hjálparsíma Rauða krossins 1717, netspjallið 1717.is og 112 í neyð, og buðumst til að vera áfram í rásinni. Hlustandinn sagði að vinurinn tali nú þegar við skólahjúkrunarfræðinginn. 20:05 hálfleiksspurningakeppni um blá ljós, sírenur og lögregluhunda. 20:30 spurningar um miða á tónleika Laufeyjar sem eru endurseldir á Discord; útskýrðum venjulegt miðasvindl. 20:55 leik lokið, sviðinu lokað. Um 100 ungmenni náð, 12–17 ára, kóði H1, engar persónuupplýsingar skráðar.`,
    ),
    withIds(
      `Minecraft-þjónn félagsmiðstöðvar í Árbæ, lögregluskinn með bláa húfu. 19:00 skráðum okkur inn og heilsuðum í anddyrinu, um 25 spilarar. 19:15 krakkarnir spurðu hvort við getum bannað fólk; útskýrðum að við gerum það ekki. 19:34 strákur sem allir á þjóninum kalla Kidda sagði að spilari hefði hótað að „koma heim til hans“ og birt heimilisfangið hans, Hraunbæ 102, í opna spjallinu. Báðum stjórnendurna að eyða skilaboðunum strax, ráðlögðum honum að sýna foreldrum sínum þetta og útskýrðum að slíka hótun megi kæra til lögreglu. 19:51 stjórnandi sendi okkur Minecraft-UUID þess sem hótaði: 3f9a2c7e-1b4d-4e8a-9c2f-6d1e0b7a5c43. 20:14 bannið staðfest. 20:30 spjall um sumarfrí og nýju prófraunaklefana. 20:55 lotu lokið, kóði T1 (hótun, send til hverfislögreglunnar).`,
      'Kidda',
      'Hraunbæ 102',
      '3f9a2c7e-1b4d-4e8a-9c2f-6d1e0b7a5c43',
    ),
    clean(
      `Minecraft-kvöld á þjóni Borgarbókasafnsins, tveir lögreglumenn af höfuðborgarsvæðinu. 19:00 skráðum okkur inn, 15 spilarar, 9–13 ára. 19:10 byggingarkeppni: hver byggir flottustu lögreglustöðina á 30 mínútum. 19:42 sigurliðið byggði eftirlíkingu af Hallgrímskirkju með þyrlupalli og setti Steve í lögreglubúningi við dyrnar. 19:50 spurning um hvers vegna maður eigi aldrei að smella á tengla sem lofa ókeypis Minecoins; útskýrðum vefveiðar með dæmi úr Fortnite. 20:05 spilari spurði hvort lögreglan lesi einkaskilaboð; útskýrðum að við gerum það ekki án ástæðu og úrskurðar. 20:20 sumir vildu vita hvort Herobrine sé til; löng og skemmtileg umræða. 20:35 spjall um skjátíma, svefn og fótboltaæfingar. 20:50 skráðum okkur út. 15 ungmenni náð, engar áhyggjur, kóði A0.`,
    ),
    withIds(
      `Twitch-streymi með finnska og norska teyminu, spjall á íslensku og ensku, 19:00–20:45. 19:05 hófst, mest 150 áhorfendur. 19:18 spurningar um hvernig maður verður lögreglumaður og hvort við spilum ranked. 19:40 áhorfandi skrifaði að eldri strákur hefði selt Jóni „ódýr skinn“ og stolið svo reikningnum hans; báðum spjallið að nefna ekki nöfn og útskýrðum hvernig svindlið virkar. 19:52 einhver skrifaði að seljandinn heiti @odyr.skinn á TikTok og biðji alltaf um innskráningarkóðann. Útskýrðum að enginn alvöru seljandi þurfi kóðann þinn og hvernig á að kveikja á tveggja þrepa auðkenningu. 20:19 yngri áhorfandi skrifaði kennitöluna sína, 140311-2860, því hann hélt að við þyrftum að „staðfesta“ hann fyrir leik sem er ekki til; skilaboðunum eytt með stjórnendunum og útskýrt að lögreglan biðji aldrei um slíkt í spjalli. 20:45 streymi lokið, kóði F2 (ráð um svindl), reikningurinn tilkynntur til TikTok.`,
      'Jóni',
      'odyr.skinn',
      '140311-2860',
    ),
    clean(
      `TikTok í beinni frá lögreglustöðinni á Hverfisgötu, teymið í búningi. 18:55 hljóð og ljós prófuð. 19:00 bein útsending, 130 áhorfendur eftir fimm mínútur, flestir 13–17 ára. 19:10 spurning um af hverju lögreglan sé á TikTok; svöruðum að við viljum vera þar sem unga fólkið er. 19:22 margir vildu vita hvort refsivert sé að deila myndböndum af slagsmálum; útskýrðum af hverju það getur verið það og hvað það gerir þeim sem er tekinn upp. 19:40 áhorfandi spurði hvað maður geri ef einhver kúgar mann með myndum: ekki borga, geyma skilaboðin, tala við fullorðinn, kæra, og hringja í 1717 ef maður þarf að tala við einhvern. 20:00 spurningakeppni um neyðarnúmerið 112 og barnaverndina, 72 prósent svöruðu rétt. 20:20 spurning um hvort Herra Hnetusmjör eða Bríet sé betri; við héldum okkur utan við það. 20:40 útsendingu lokið, um 350 ungmenni náð, kóðar H1 ×2, A0.`,
    ),
    withIds(
      `Xbox-partýspjall og Discord-þjónn fyrir heimanám og leiki, kvöld með hollenska teyminu, íslenska og enska í bland. 19:00 tengdumst, 21 meðlimur á netinu, 11–14 ára. 19:10 stelpa límdi netfangið sitt, birta.sig11@gmail.com, í opnu rásina til að fá „ókeypis Robux“ frá botta; útskýrðum að þetta séu vefveiðar og báðum hana að eyða færslunni og skipta um lykilorð. 19:27 spjall um Minecraft Legends og hvort lögreglan spili Rocket League. 19:45 spilari með gamertaggið Ísbjörn 2K11 sagði að fullorðinn maður í partýi hefði boðið honum í lokaðan Telegram-hóp; ráðlögðum honum að fara út, tilkynna og segja mömmu sinni frá. 20:04 annar strákur skrifaði „+354 772 1845 sendu sms ef þú vilt spila“ í rásina; báðum hann að fjarlægja það. 20:22 stelpa sagði að reikningnum hjá bekkjarbróður hennar, Ara Magnússyni, hefði verið stolið; gáfum upp skrefin til að endurheimta hann og Hjálparsímann 1717. 20:40 lokið, kóði P1 (persónuverndarráð).`,
      'birta.sig11@gmail.com',
      'Ísbjörn 2K11',
      '+354 772 1845',
      'Ara Magnússyni',
    ),
    clean(
      `Fortnite og Twitch, kvöldvakt með gesti frá Europol EC3, íslenska og enska. 18:45 kynningarfundur: tveir reikningar, einn í leiknum og einn á Twitch. 19:00 Fortnite-sveitir með þremur handahófsspilurum, venjulegu spurningarnar „eruð þið alvöru lögga?“, góð stemning. 19:25 streymi hófst, mest 210 áhorfendur. 19:40 14 spurningar um svindl með V-Bucks og skinn, 6 um einelti, 3 um myndadeilingu. 20:00 útskýrðum kynlífskúgun á einföldu máli: aldrei borga, hætta spjallinu, geyma skilaboðin, láta fullorðinn vita og kæra, og 116 000 ef barns er saknað. 20:20 spurning um hvort Europol vinni með FBI; svarað í tveimur setningum. 20:40 samantekt: 3 tilkynningar til miðlanna, 0 neyðartilvik, 0 persónuupplýsingar skráðar. 20:50 vakt lokið, kóðar F2 ×3, H1 ×2.`,
    ),
  ],
  fi: [
    withIds(
      `Iltavuoro Discordissa ja Robloxissa, Poliisi Nettipartio univormussa kameran edessä, kaksi poliisia Oulusta. 19:05 avasimme puhekanavan, 18 käyttäjää, ikäryhmä 12–15. 19:12 tyttö, joka kertoi nimensä olevan Aada, kysyi, voiko poliisi lukea poistettuja viestejä; kerroimme, mitä näemme ja mitä emme, ja näytimme, miten ilmoitetaan. 19:30 rauhallista, kaksi kysymystä univormusta ja ammatista. 19:42 poika kertoi, että vanhempi pelaaja, Robloxissa Varjosusi_07, antaa hänelle jatkuvasti tavaroita Blox Fruitsissa ja haluaa siirtää keskustelun Snapchatiin; neuvoimme olemaan siirtymättä, estämään, ilmoittamaan ja kertomaan vanhemmalle vielä tänä iltana. 20:10 sama poika palasi ja kirjoitti puhelinnumeronsa, 045 789 2231, ja pyysi meitä laittamaan viestiä; kerroimme, ettei partio koskaan ota nuoriin yhteyttä puhelimella, ja pyysimme poistamaan viestin. 20:25 tili ilmoitettu Robloxille. 20:40 kanava suljettu, tulokoodi R2 (ohjattu eteenpäin), ei välitöntä vaaraa.`,
      'Aada',
      'Varjosusi_07',
      '045 789 2231',
    ),
    clean(
      `Iltapartio Robloxissa, Brookhavenissa ja Adopt Me!:ssä, Poliisi Nettipartio yhdessä Politiet Nettpatruljen kanssa. 18:55 ilmestyimme Brookhavenin poliisiasemalle, palvelimella 40 pelaajaa. 19:05 kuuden lapsen porukka seurasi meitä ja kysyi, toimivatko käsiraudat; kerroimme olevamme oikeita poliiseja Suomesta ja Norjasta. 19:20 kysymyksiä siitä, mitä tapahtuu, kun jostakusta ilmoittaa, kauanko porttikielto kestää ja näkeekö poliisi yksityispalvelimet. 19:40 lapsi kysyi, onko lemmikkien vaihtaminen Robuxeihin kiellettyä; kerroimme säännöistä ja huijausriskistä. 20:00 joku spämmäsi ”ilmainen admin” -linkkejä, ilmoitimme viestistä pelissä. 20:15 neljä pelaajaa kysyi poliisin työstä ja siitä, minkä ikäisenä Polamkiin voi hakea. 20:35 rauhallista, pelkkää roolipeliä. 20:50 poistuimme palvelimelta. Noin 55 nuorta tavoitettu, 9–14-vuotiaita, ei huolia, koodi A0.`,
    ),
    withIds(
      `TikTok-live ja Fortnite, keskiviikkoilta, Poliisi Nettipartio yhdessä belgialaisten kanssa. 18:50 live alkoi, 70–100 katsojaa, enimmäkseen 13–16-vuotiaita. 19:03 kysymys, voiko opettajasta tehdystä meemistä saada rangaistuksen; kerroimme kunnianloukkauksesta selkokielellä. 19:20 katsoja kirjoitti, että hänen kaveriaan Eetu Virtasta kiusataan ryhmächatissa, jossa jaetaan muokattuja kuvia hänestä. Pyysimme tallentamaan kuvakaappaukset ja puhumaan luotetun aikuisen kanssa, annoimme MLL:n Lasten ja nuorten puhelimen 116 111. 19:36 hän lisäsi, että he ovat molemmat Tammelan koulun 8C:llä ja ettei luokanvalvoja tiedä mitään. 19:58 hän halusi lähettää kuvakaappaukset meille ja kirjoitti oman osoitteensa, emilia piste k ät gmail piste com; kerroimme, ettei todisteita lähetetä poliisin profiiliin chatissa, ja miten rikosilmoitus tehdään oikein. 20:30 kysymyksiä feikkikaupoista. 20:45 live päättyi, koodi S1 (huoli välitetty Sisä-Suomen poliisin ennalta estävälle toiminnolle).`,
      'Eetu Virtasta',
      'Tammelan koulun 8C',
      'emilia piste k ät gmail piste com',
    ),
    clean(
      `Discord-lava Suomi–Ruotsi-jääkiekko-ottelun aikana, Poliisi Nettipartio ja Lögreglan Netvakt. 19:02 lava auki, 140 kuulijaa. 19:10 puolet chatista halusi tietää, kannatammeko Leijonia vai Tre Kronoria; pysyimme puolueettomina. 19:25 kysymys otteluiden laittomasta striimaamisesta; tekijänoikeus selitetty yksinkertaisesti. 19:48 kuulija kysyi, mitä tehdä, jos kaveri puhuu itsensä satuttamisesta; annoimme Sekasin-chatin, Lasten ja nuorten puhelimen 116 111 ja hätänumeron 112, ja tarjouduimme jäämään kanavalle. Kuulija sanoi, että kaveri puhuu jo kouluterveydenhoitajan kanssa. 20:05 erätauon visa sinivaloista, sireeneistä ja poliisikoirista. 20:30 kysymyksiä Käärijän keikkalippujen jälleenmyynnistä Discordissa; kerroimme tavallisesta lippuhuijauksesta. 20:55 loppusummeri, lava suljettu. Noin 150 nuorta tavoitettu, 12–17-vuotiaita, koodi H1, henkilötietoja ei kirjattu.`,
    ),
    withIds(
      `Minecraft-palvelin jyväskyläläiselle nuorisotalolle, poliisiskini sinisellä lippalakilla. 19:00 kirjauduimme ja tervehdimme aulassa, noin 25 pelaajaa. 19:15 lapset kysyivät, voimmeko bannata ihmisiä; kerroimme, ettemme tee sitä. 19:34 poika, jota kaikki palvelimella kutsuvat Ketuksi, kertoi, että eräs pelaaja uhkasi ”tulla hänen kotiinsa” ja julkaisi hänen osoitteensa, Kauppakatu 14 B 22, avoimessa chatissa. Pyysimme moderaattoreita poistamaan viestin heti, neuvoimme näyttämään sen vanhemmille ja kerroimme, että tällaisesta uhkauksesta voi tehdä rikosilmoituksen. 19:51 moderaattori lähetti meille uhkaajan Discord-käyttäjätunnuksen numeron: 902318845520133120. 20:14 porttikielto vahvistettu. 20:30 juttelua kesälomasta ja uusista koetuskammioista. 20:55 sessio päättyi, koodi T1 (uhkaus, välitetty lähipoliisille).`,
      'Ketuksi',
      'Kauppakatu 14 B 22',
      '902318845520133120',
    ),
    clean(
      `Minecraft-ilta Oodin kirjaston palvelimella Helsingissä, kaksi poliisia Helsingin poliisilaitokselta. 19:00 kirjauduttu, 16 pelaajaa, 9–13-vuotiaita. 19:10 rakennuskilpailu: kuka rakentaa hienoimman poliisiaseman 30 minuutissa. 19:42 voittajajoukkue rakensi kopion Tuomiokirkosta helikopterikentällä ja laittoi poliisiunivormuun puetun Steven oven eteen. 19:50 kysymys, miksi ei pidä klikata linkkejä, jotka lupaavat ilmaisia Minecoineja; tietojenkalastelu selitetty Fortnite-esimerkillä. 20:05 pelaaja kysyi, lukeeko poliisi yksityisviestejä; kerroimme, ettemme tee sitä ilman syytä ja päätöstä. 20:20 muutama halusi tietää, onko Herobrine olemassa; pitkä ja hauska keskustelu. 20:35 juttelua ruutuajasta, unesta ja jalkapallotreeneistä. 20:50 uloskirjautuminen. 16 nuorta tavoitettu, ei huolia, koodi A0.`,
    ),
    withIds(
      `Twitch-striimi norjalaisten ja hollantilaisten kanssa, chat suomeksi ja englanniksi, 19:00–20:45. 19:05 alku, huipussaan 240 katsojaa. 19:18 kysymyksiä poliisikoulusta ja siitä, pelaammeko rankedia. 19:40 katsoja kirjoitti, että Veetin isoveli myy ”halpoja skinejä” ja varastaa sitten tilit; pyysimme chattia olemaan mainitsematta nimiä ja selitimme huijauksen. 19:52 joku kertoi, että myyjä on TikTokissa @halvatskinit ja pyytää aina kirjautumiskoodia. Kerroimme, ettei kukaan oikea myyjä tarvitse koodiasi, ja miten kaksivaiheinen tunnistautuminen otetaan käyttöön. 20:19 nuorempi katsoja kirjoitti henkilötunnuksensa, 120311A234J, koska luuli, että meidän pitää ”varmentaa” hänet arvontaan, jota ei ole olemassa; viesti poistettiin modien kanssa ja kerroimme, ettei poliisi koskaan kysy sellaista chatissa. 20:45 striimi päättyi, koodi F2 (huijausneuvonta), tili ilmoitettu TikTokille.`,
      'Veetin',
      'halvatskinit',
      '120311A234J',
    ),
    clean(
      `TikTok-live Pasilan poliisitalolta, tiimi univormussa. 18:55 ääni ja valot testattu. 19:00 live, viiden minuutin päästä 170 katsojaa, enimmäkseen 13–17-vuotiaita. 19:10 kysymys, miksi poliisi on TikTokissa; vastasimme, että haluamme olla siellä, missä nuoret ovat. 19:22 moni halusi tietää, onko tappeluvideoiden jakaminen rangaistavaa; kerroimme, miksi se voi olla, ja mitä se tekee kuvatulle. 19:40 katsoja kysyi, mitä tehdä, jos joku kiristää kuvilla: älä maksa, tallenna viestit, puhu aikuiselle, tee rikosilmoitus ja soita 116 111, jos tarvitset juttuseuraa. 20:00 visa hätänumerosta 112 ja 116 000 -numerosta, 71 prosenttia vastasi oikein. 20:20 kysymys, kumpi on parempi, JVG vai Antti Tuisku; pysyimme erossa. 20:40 live päättyi, noin 420 nuorta tavoitettu, koodit H1 ×2, A0.`,
    ),
    withIds(
      `Xbox-partychat ja Discord-palvelin läksyille ja peleille, ilta islantilaisten kanssa, suomea ja englantia sekaisin. 19:00 yhdistimme, 24 jäsentä linjoilla, 11–14-vuotiaita. 19:10 poika liitti sähköpostiosoitteensa, onni.lehtonen11@gmail.com, avoimelle kanavalle saadakseen botilta ”ilmaisia Robuxeja”; kerroimme, että kyse on tietojenkalastelusta, ja pyysimme poistamaan viestin ja vaihtamaan salasanan. 19:27 juttelua Minecraft Legendsistä. 19:45 pelaaja, jonka pelinimi on Jääkarhu 2K11, kertoi, että aikuinen kutsui hänet partyssa yksityiseen Telegram-ryhmään; neuvoimme poistumaan, ilmoittamaan ja kertomaan äidille. 20:04 toinen poika kirjoitti kanavalle ”+358 44 218 7730 laita viestiä jos haluut pelaa”; pyysimme poistamaan sen. 20:22 tyttö kertoi, että luokkakaveri Siiri Mäkiseltä on viety tili; annoimme palautusohjeet ja Lasten ja nuorten puhelimen numeron 116 111. 20:40 lopetus, koodi P1 (yksityisyysneuvonta).`,
      'onni.lehtonen11@gmail.com',
      'Jääkarhu 2K11',
      '+358 44 218 7730',
      'Siiri Mäkiseltä',
    ),
    clean(
      `Fortnite ja Twitch, iltavuoro, vieraana keskusrikospoliisin kyberrikoskeskuksen tutkija. 18:45 briiffi: kaksi tiliä, toinen pelissä ja toinen Twitchissä. 19:00 Fortnite-squadit kolmen satunnaisen pelaajan kanssa, tutut ”ootteko oikeesti poliiseja” -kysymykset, hyvä tunnelma. 19:25 striimi alkoi, huipussaan 290 katsojaa. 19:40 14 kysymystä V-Bucks- ja skinihuijauksista, 6 kiusaamisesta, 3 kuvien jakamisesta. 20:00 seksuaalinen kiristys selitetty selkokielellä: älä koskaan maksa, lopeta keskustelu, tallenna viestit, kerro aikuiselle ja tee rikosilmoitus. 20:20 kysymys, tekeekö KRP yhteistyötä FBI:n kanssa; Europol selitetty kahdella lauseella. 20:40 yhteenveto: 3 ilmoitusta alustoille, 0 hätätilannetta, 0 henkilötietoa kirjattu. 20:50 vuoro päättyi, koodit F2 ×3, H1 ×2.`,
    ),
  ],
  sv: [
    withIds(
      `Kvällspass på Discord och Roblox, Polisens nätpatrull från Vasa i uniform framför kameran, på svenska. 19:05 öppnade röstkanalen, 15 användare, åldersgrupp 12–15. 19:12 en flicka som sa att hon heter Elsa frågade om polisen kan läsa raderade meddelanden; förklarade vad vi ser och inte ser och visade hur man anmäler. 19:30 lugnt, två frågor om uniformen och yrket. 19:43 en pojke berättade att en äldre spelare, Vargunge_88 på Roblox, hela tiden ger honom saker i Blox Fruits och vill flytta chatten till Snapchat; rådde honom att inte följa med, att blockera, anmäla och berätta för en förälder i kväll. 20:10 samma pojke kom tillbaka och skrev sitt nummer, 040 765 4321, och bad oss sms:a; förklarade att patrullen aldrig kontaktar unga per telefon och bad honom radera meddelandet. 20:25 kontot anmält till Roblox. 20:40 kanalen stängd, utfallskod R2 (hänvisad vidare), ingen akut fara.`,
      'Elsa',
      'Vargunge_88',
      '040 765 4321',
    ),
    clean(
      `Kvällspatrull i Roblox, i Brookhaven och Adopt Me!, Polisens nätpatrull tillsammans med Politie Online. 18:55 dök upp på polisstationen i Brookhaven, 40 spelare på servern. 19:05 ett gäng på sex barn följde efter oss och frågade om handbojorna fungerar; förklarade att vi är riktiga poliser från Finland och Nederländerna. 19:20 frågor om vad som händer när man anmäler någon, hur länge en avstängning varar och om polisen ser privata servrar. 19:40 ett barn frågade om det är förbjudet att byta husdjur mot Robux; förklarade reglerna och bedrägeririsken. 20:00 någon spammade länkar om ”gratis admin”, vi anmälde meddelandet i spelet. 20:15 fyra spelare frågade om polisyrket och hur gammal man måste vara för att söka till Polisyrkeshögskolan. 20:35 lugnt, bara rollspel. 20:50 lämnade servern. Cirka 55 unga nådda, 9–14 år, ingen oro, kod A0.`,
    ),
    withIds(
      `TikTok live och Fortnite, onsdagskväll, Polisens nätpatrull tillsammans med det belgiska teamet. 18:50 live, 60–90 tittare, mest 13–16 år. 19:03 fråga om man kan straffas för en meme om en lärare; förklarade ärekränkning på lätt svenska. 19:20 en tittare skrev att hennes kompis Wilma Nyman mobbas i en gruppchatt där redigerade bilder på henne sprids. Bad henne spara skärmdumpar och prata med en vuxen hon litar på, gav Barn- och ungdomstelefonen 116 111. 19:36 hon lade till att de båda går i 8B i Vasa övningsskola och att klassföreståndaren inte vet något. 19:58 hon ville skicka skärmdumparna till oss och skrev sin egen adress, ella punkt s snabel-a gmail punkt com; förklarade att man inte skickar bevis till en polisprofil i chatten, och hur man gör en brottsanmälan på rätt sätt. 20:30 frågor om falska webbutiker. 20:45 live avslutad, kod S1 (oro förmedlad till polisen i Österbotten).`,
      'Wilma Nyman',
      '8B i Vasa övningsskola',
      'ella punkt s snabel-a gmail punkt com',
    ),
    clean(
      `Discord-scen under hockeymatchen Finland–Sverige, Polisens nätpatrull och Politiet Nettpatrulje. 19:02 scenen öppnad, 120 lyssnare. 19:10 halva chatten ville veta om vi håller på Lejonen eller Tre Kronor; vi höll oss neutrala. 19:25 fråga om olaglig streaming av matcher; upphovsrätt förklarad enkelt. 19:48 en lyssnare frågade vad man gör om en kompis pratar om att skada sig själv; gav Barn- och ungdomstelefonen 116 111, Mielis kristelefon och 112 i nödfall, och erbjöd oss att stanna i kanalen. Lyssnaren sa att kompisen redan pratar med skolhälsovårdaren. 20:05 periodpaus med quiz om blåljus, sirener och polishundar. 20:30 frågor om biljetter till Loreen och Zara Larsson som säljs vidare på Discord; förklarade det vanliga biljettbedrägeriet. 20:55 slutsignal, scenen stängd. Cirka 140 unga nådda, 12–17 år, kod H1, inga personuppgifter antecknade.`,
    ),
    withIds(
      `Minecraft-server för en ungdomsgård i Mariehamn, polisskin med blå keps, på svenska. 19:00 loggade in och hälsade i lobbyn, ett tjugotal spelare. 19:15 barnen frågade om vi kan banna folk; förklarade att vi inte gör det. 19:34 en pojke som alla på servern kallar Kotten berättade att en spelare hotat att ”komma hem till honom” och lagt ut hans adress, Ålandsvägen 27, i den öppna chatten. Bad moderatorerna radera meddelandet direkt, rådde honom att visa sina föräldrar och förklarade att ett sådant hot kan polisanmälas. 19:51 en moderator skickade oss den hotande spelarens Roblox-ID, eftersom han också finns där: 3318470261. 20:14 avstängningen bekräftad. 20:30 prat om sommarlovet och de nya prövningskamrarna. 20:55 passet slut, kod T1 (hot, förmedlat till närpolisen på Åland).`,
      'Kotten',
      'Ålandsvägen 27',
      '3318470261',
    ),
    clean(
      `Minecraft-kväll på Jakobstads stadsbiblioteks server, två poliser från Österbottens polisinrättning. 19:00 inloggade, 14 spelare, 9–13 år. 19:10 byggtävling: vem bygger den finaste polisstationen på 30 minuter. 19:42 vinnarlaget byggde en kopia av Vasa rådhus med helikopterplatta och ställde en Alex i polisuniform vid dörren. 19:50 fråga om varför man aldrig ska klicka på länkar som lovar gratis Minecoins; nätfiske förklarat med ett exempel från Fortnite. 20:05 en spelare frågade om polisen läser privata meddelanden; förklarade att vi inte gör det utan skäl och beslut. 20:20 några ville veta om Herobrine finns; lång och rolig diskussion. 20:35 prat om skärmtid, sömn och fotbollsträning. 20:50 utloggade. 14 unga nådda, ingen oro, kod A0.`,
    ),
    withIds(
      `Twitch-stream med det norska och det nederländska teamet, chatt på svenska, finska och engelska, 19:00–20:45. 19:05 start, som mest 160 tittare. 19:18 frågor om polisutbildningen och om vi spelar ranked. 19:40 en tittare skrev att Hugos storebror säljer ”billiga skins” och sedan stjäl kontona; bad chatten att inte nämna namn och förklarade bluffen. 19:52 någon skrev att säljaren heter @billigaskins.fi på TikTok och alltid ber om inloggningskoden. Förklarade att ingen riktig säljare behöver din kod, och hur man slår på tvåstegsverifiering. 20:19 en yngre tittare skrev sin personbeteckning, 030910A452B, eftersom han trodde att vi måste ”verifiera” honom för en tävling som inte finns; meddelandet raderat tillsammans med moderatorerna och förklarat att polisen aldrig ber om sådant i chatten. 20:45 streamen slut, kod F2 (bedrägeriråd), kontot anmält till TikTok.`,
      'Hugo',
      'billigaskins.fi',
      '030910A452B',
    ),
    clean(
      `TikTok live från polisstationen i Vasa, teamet i uniform. 18:55 ljud och ljus testade. 19:00 live, 120 tittare efter fem minuter, mest 13–17 år. 19:10 fråga varför polisen finns på TikTok; svarade att vi vill finnas där de unga är. 19:22 många ville veta om det är straffbart att dela videor på slagsmål; förklarade varför det kan vara det och vad det gör med den som filmas. 19:40 en tittare frågade vad man gör om någon utpressar en med bilder: betala inte, spara meddelandena, prata med en vuxen, gör en brottsanmälan och ring 116 111 om du behöver prata. 20:00 quiz om nödnumret 112 och 116 000, 69 procent rätt. 20:20 fråga om Hov1 eller Miriam Bryant är bäst; vi höll oss utanför. 20:40 live slut, cirka 300 unga nådda, koder H1 ×2, A0.`,
    ),
    withIds(
      `Xbox-partychatt och en Discord-server för läxor och spel, kväll med det isländska teamet, svenska och engelska om vartannat. 19:00 anslöt, 23 medlemmar online, 11–14 år, många från Vasa, Jakobstad och Umeå. 19:10 en flicka klistrade in sin e-postadress, nora.holm11@gmail.com, i den öppna kanalen för att få ”gratis Robux” av en bot; förklarade att det är nätfiske och bad henne radera inlägget och byta lösenord. 19:27 prat om Minecraft Legends. 19:45 en spelare med gamertaggen Skärgårdsräven 2K11 berättade att en vuxen i ett party bjudit in honom till en privat Telegramgrupp; rådde honom att lämna, anmäla och berätta för sin mamma. 20:04 en pojke från Umeå skrev ”+46 70 312 48 95 sms:a om du vill lira” i kanalen; bad honom ta bort det. 20:20 samma pojke skrev sitt personnummer, 110402-2387, för att ”bevisa” att han är över 13; raderat direkt, förklarade att det aldrig ska skrivas i en chatt och gav BRIS 116 111. 20:40 slut, kod P1 (integritetsråd).`,
      'nora.holm11@gmail.com',
      'Skärgårdsräven 2K11',
      '+46 70 312 48 95',
      '110402-2387',
    ),
    clean(
      `Fortnite och Twitch, kvällspass med en gäst från Centralkriminalpolisens cyberbrottscentrum, på svenska och engelska. 18:45 genomgång: två konton, ett i spelet och ett på Twitch. 19:00 Fortnite-squads med tre slumpade spelare, de vanliga ”är ni riktiga poliser?”-frågorna, bra stämning. 19:25 streamen startade, som mest 190 tittare. 19:40 14 frågor om bedrägerier med V-Bucks och skins, 6 om mobbning, 3 om bilddelning. 20:00 sextortion förklarat på lätt svenska: betala aldrig, avsluta chatten, spara meddelandena, säg till en vuxen och gör en anmälan. 20:20 fråga om CKP samarbetar med FBI; Europol förklarat med två meningar. 20:30 Zero Build-runda, en andraplats. 20:40 summering: 3 anmälningar till plattformarna, 0 nödfall, 0 personuppgifter antecknade. 20:50 passet slut, koder F2 ×3, H1 ×2.`,
    ),
  ],
};
