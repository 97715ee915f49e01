/**
 * Round thirty-four: written blind, before the detector was run on it.
 * Young people disguise identifiers to slip past chat filters (full-width, bold, Arabic-Indic or keycap digits, O and l
 * for 0 and 1, number words, spaced or dotted letters, leetspeak, reversed handles, "(at)"/"[.]" e-mails and URLs), and
 * the officer records them as typed; the clean notes play the same games with scores, prices, codes and help lines.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_THIRTY_FOUR: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Fortnite, squad lobby. Boy (12) wanted to prove he was real and typed his mobile in wide characters so the chat filter would not catch it: ０７９１１ ４８２ ６３０. Told him never to post his number in open chat; we did not call it.',
      '０７９１１ ４８２ ６３０',
    ),
    withIds(
      'Discord server for Minecraft builders. Girl (13) asked us to add her; her handle is l1ly_w4tts_x, leetspeak “so creeps can’t search it”. Explained that leetspeak hides nothing from someone who wants to find her.',
      'l1ly_w4tts_x',
    ),
    withIds(
      'Roblox chat after a bullying report. He sent his e-mail as oliver.brookes2011 (at) gmail [.] com so the filter would not block it, and asked us to mail him screenshots. Told him we do not contact anyone by private e-mail and showed him the report button.',
      'oliver.brookes2011 (at) gmail [.] com',
    ),
    withIds(
      'Twitch chat. Viewer (14) said his Roblox name is written backwards in his bio “for the lore”: 2102nedyrB_YT. Read the right way round it is his first name and birth year. Advised him to change it.',
      '2102nedyrB_YT',
    ),
    withIds(
      'Norwegian exchange pupil on the English Discord. To test us she posted her fødselsnummer split up as 22 08 10 (577) 57 and asked if the police can now see who she is. Asked the moderators to delete it and explained why an ID number must never be shared.',
      '22 08 10 (577) 57',
    ),
    clean(
      'Rocket League stream, 30 min. Final score ３－１, overtime goal at ４:５９. Chat spammed “gg ez” and “n00b cops” 😂. Friendly talk about losing gracefully, no concerns raised.',
    ),
    clean(
      'Fortnite creative map with the kids: island code 4826-1937-5504, we came 3rd out of 16 teams. One boy asked if cops are “l33t” at games — we said not really 🎮. Shared Childline 0800 1111 and 116 111 for anyone who needs to talk.',
    ),
    clean(
      'TikTok live Q&A from the Politiet Nettpatrulje profile. Questions about scams: a “free 1O,OOO Robux” link (O instead of 0, classic). Told them real offers never ask for a password; tips via politiet[.]no.',
    ),
    clean(
      'Minecraft Hypixel, Bed Wars. Kids (11–13) asked how old we are 👮‍♀️ 4️⃣2️⃣ and 3️⃣5️⃣ — they guessed “like 100”. Talked about taking a break after 2 h of gaming. Nothing to follow up.',
    ),
    clean(
      'Snapchat Q&A around 21:15. One girl asked what to do if someone threatens to share pictures: save evidence, block, call 112 if she is in danger, 116 000 if a friend has gone missing. Links shared: politiet[.]no/nettpatrulje and police[.]uk.',
    ),
  ],
  nb: [
    withIds(
      'Snapchat-samtale med gutt (13). Han skrev nummeret sitt med emojier mellom sifrene for å lure filteret: 47🔥11🔥28🔥39. Vi sa at vi ikke ringer opp folk, og at han ikke skal legge ut nummeret.',
      '47🔥11🔥28🔥39',
    ),
    withIds(
      'Roblox. Jente (12) ville bli venn med patruljen og skrev navnet sitt med mellomrom mellom hver bokstav: S i g r i d  B e r g. Forklarte at det fortsatt er lett å lese.',
      'S i g r i d  B e r g',
    ),
    withIds(
      'Discord. Gutt (14) lurte på om politiet kan se hvem han er, og la ut fødselsnummeret sitt med bokstaver mellom gruppene: 03 09 10 A 634 B 32. Ba moderator slette meldingen med en gang.',
      '03 09 10 A 634 B 32',
    ),
    withIds(
      'TikTok-live. Jente (13) la ut lenke til en snap i chatten, skrevet som snapchat[.]com/add/mathias_h2011 — det var brorens konto. Rådet henne til ikke å dele slike lenker åpent.',
      'snapchat[.]com/add/mathias_h2011',
    ),
    withIds(
      'Fortnite-lobby. Gutt (15) ville ha svar på e-post og skrev adressen som nora.lien11 krøllalfa hotmail punktum com (søsterens). Vi svarer ikke på private e-poster; viste til tips på politiet[.]no.',
      'nora.lien11 krøllalfa hotmail punktum com',
    ),
    clean(
      'Twitch-strøm fra Politiet Nettpatrulje, ca. ４５ min. Chatten skrev «gg ez» og «n00b» da vi tapte ３－７ i Fall Guys 😅. God stemning, ingen bekymringer.',
    ),
    clean(
      'Roblox. Flere barn spurte om gratis Robux: «1 OOO Robux for 5O kr!!» – klassisk svindel med O i stedet for null. Forklarte at ekte tilbud aldri ber om passord. Tips: politiet[.]no.',
    ),
    clean(
      'Minecraft-server, kl. 2O:3O–21:15. Vi bygde politistasjon med ungdommene, 64×64 blokker 🧱. De ga oss 1O/1O for designet. Ingen saker.',
    ),
    clean(
      'Snapchat-spørsmål om mobbing. Ga nummeret til Alarmtelefonen for barn og unge, 116 111, og minnet om 112 ved fare og 113 ved akutt sykdom. Mer info på politiet[.]no/nettpatrulje.',
    ),
    clean(
      'Fortnite Creative, øykode 7391-0482-6615. Vi kom på ４. plass av ２０ lag 🏆. En gutt skrev «cops r l33t» – hyggelig prat om spilletid og pauser. Ingen oppfølging.',
    ),
  ],
  nn: [
    withIds(
      'Discord-samtale med gut (13). Han skreiv mobilnummeret med bokstavar for å lure botten: 4l5 O7 2l9 (l for 1 og O for 0). Rådde han til å slette meldinga.',
      '4l5 O7 2l9',
    ),
    withIds(
      'Roblox. Jenta (12) sa at brukarnamnet hennar er h.e.d.d.a.s.o.l.b.e.r.g, med punktum mellom kvar bokstav så ingen skal finne det. Forklarte at det er like lett å søkje opp.',
      'h.e.d.d.a.s.o.l.b.e.r.g',
    ),
    withIds(
      'Snapchat. Gut (14) ville vise at han var «ekte» og sende fødselsnummeret i breie teikn: １１０６１２ ８２３９６. Vi bad han slette det og forklarte kvifor.',
      '１１０６１２ ８２３９６',
    ),
    withIds(
      'Minecraft-server. Jente (13) inviterte oss heim og skreiv adressa som Kyrkjevegen fjorten B, 5O14 Bergen. Forklarte at ein aldri skal dele adressa si med framande på nett.',
      'Kyrkjevegen fjorten B, 5O14',
    ),
    withIds(
      'Fortnite. Gut (15) ville ha svar på e-post og delte opp domenet: ingrid.voll2010 @ g mail . com (adressa til søstera). Vi svarar ikkje på private e-postar.',
      'ingrid.voll2010 @ g mail . com',
    ),
    clean(
      'Twitch-straum frå Politiet Nettpatrulje. Chatten skreiv «pwn3d» og «l33t» då vi vann ２－１ i Rocket League 🚀. Fin prat om nettvett, ingen bekymringar.',
    ),
    clean(
      'Minecraft. Ungdomane delte seeden -4172144997902289642 til ein kul landsby, versjon 1.20.4. Vi bygde politibil saman 🚓. Ingenting å følgje opp.',
    ),
    clean(
      'Snapchat-spørsmål om nakenbilete. Gav nummeret til Alarmtelefonen for barn og unge, 116 111, og minte om 112 om nokon er i fare. Meir på politiet[.]no.',
    ),
    clean(
      'Roblox-spel med tre jenter (11–12). Skinnet kosta 4OO Robux, om lag 5O kr 💸 – dei spurde om det var svindel. Forklarte korleis ein kjenner att falske tilbod.',
    ),
    clean(
      'TikTok-live kl. ２０:００–２０:４５. Spørsmål frå 2O11-kullet om kor gammal ein må vere for TikTok (13 år). Ingen personopplysningar delte.',
    ),
  ],
  nl: [
    withIds(
      'Snapchat. Jongen (13) zette zijn nummer in de chat met schuine strepen ertussen zodat de bot het niet ziet: 06/48/29/17/35. Uitgelegd dat hij zijn nummer nooit openbaar moet delen.',
      '06/48/29/17/35',
    ),
    withIds(
      'Roblox. Meisje (12) vroeg of wij wilden mailen en schreef het adres als daan.visser10 apestaartje outlook punt com (van haar broer). Wij mailen niet privé; verwezen naar politie[.]nl.',
      'daan.visser10 apestaartje outlook punt com',
    ),
    withIds(
      'Discord. Jongen (14) wilde testen of de politie alles weet en typte zijn BSN met haakjes: 273 (849) 153. Moderator gevraagd het bericht te verwijderen.',
      '273 (849) 153',
    ),
    withIds(
      'Fortnite-lobby. Meisje (13) noemde haar gamertag s4nn3_d3_b03r en vroeg of we haar wilden toevoegen. Uitgelegd dat leetspeak haar naam niet verbergt.',
      's4nn3_d3_b03r',
    ),
    withIds(
      'Minecraft-server. Jongen (12) vertelde dat hij in klas 1️⃣B van het Bonifatius College zit, “maar niet doorvertellen”. Gesprek over wat je wel en niet deelt.',
      'klas 1️⃣B van het Bonifatius College',
    ),
    clean(
      'Twitch-stream vanuit Politie Online. Chat riep “gg ez” en “n00bs” toen we met ５－２ verloren in Rocket League 😂. Gezellig, geen zorgen.',
    ),
    clean(
      'TikTok-vragenuur over sextortion: bewijs bewaren, blokkeren, en bellen met De Kindertelefoon (0800-0432) of 112 bij direct gevaar. Geen spoed? 0900-8844. Meer op politie[.]nl.',
    ),
    clean(
      'Roblox. Kinderen vroegen naar “gratis 1O.OOO Robux” – nep, met O’s in plaats van nullen. Een echte skin kost 4OO Robux ≈ € ４,９９. Uitgelegd hoe je oplichting herkent.',
    ),
    clean(
      'Fortnite Creative, eilandcode 2057-3318-9046; wij werden 2e van 12 teams 🥈. Iemand vroeg of agenten “l33t” zijn. Kort gepraat over schermtijd.',
    ),
    clean(
      'Minecraft, 19:30–20:15. Samen een politiebureau gebouwd van 32×32 blokken; de jongeren uit groep 8 gaven een 9/10 🧱. Niets op te volgen.',
    ),
  ],
  fr: [
    withIds(
      'Snapchat. Garçon (13) a envoyé son numéro national en chiffres larges pour passer le filtre : ０９．０８．１７－２７４．７２. Expliqué qu’on ne partage jamais ce numéro ; message supprimé par le modérateur.',
      '０９．０８．１７－２７４．７２',
    ),
    withIds(
      'Roblox. Fille (12) voulait qu’on lui écrive et a tapé son adresse comme lea.dubois2011{at}hotmail{dot}be. Nous n’écrivons pas en privé ; renvoyée vers police[.]be.',
      'lea.dubois2011{at}hotmail{dot}be',
    ),
    withIds(
      'Fortnite. Garçon (14) a dicté son GSM en mélangeant chiffres et mots : zéro quatre septante-six 12 trente-quatre 58. Conseillé de ne jamais le poster en public.',
      'zéro quatre septante-six 12 trente-quatre 58',
    ),
    withIds(
      'Discord. Garçon (13) a dit que son pseudo est écrit à l’envers « pour le style » : 90sihtaM_repinS. À l’endroit, c’est son prénom et son année de naissance.',
      '90sihtaM_repinS',
    ),
    withIds(
      'Live TikTok. Fille (14) a collé le lien de son compte : instagram[.]com/chloe.peeters_11, avec les crochets « pour que TikTok ne bloque pas ». Conseillé de passer son compte en privé.',
      'instagram[.]com/chloe.peeters_11',
    ),
    clean(
      'Stream Twitch depuis le profil Politie Online. Le chat a écrit « gg ez » et « n00b » quand on a perdu ２－６ à Rocket League 😅. Bonne ambiance, rien à signaler.',
    ),
    clean(
      'Snapchat, questions sur le harcèlement. Numéros donnés : 103 Écoute-Enfants, 116 000 Child Focus, 112 en cas de danger. Plus d’infos sur police[.]be.',
    ),
    clean(
      'Roblox. Les enfants parlaient de « 1O OOO Robux gratuits » (des O au lieu de zéros) – arnaque. Un vrai skin coûte 4OO Robux, env. ４,９９ €. Expliqué comment repérer les faux liens.',
    ),
    clean(
      'Fortnite Créatif, code d’île 6604-1295-8837, on a fini 5e sur 18 équipes 🏅. Un joueur a demandé si les flics sont « l33t » 🎮. Discussion sur les pauses.',
    ),
    clean(
      'Minecraft, de 19 h 30 à 20 h 15. Construction d’un commissariat avec des élèves de 6e primaire ; leur note : 8/10 ⭐. Rien à suivre.',
    ),
  ],
  de: [
    withIds(
      'Discord. Junge (14) schrieb seine Handynummer in fetten Mathe-Ziffern, damit der Bot sie nicht erkennt: 𝟎𝟏𝟓𝟏 𝟐𝟒𝟖 𝟔𝟑 𝟗𝟕𝟎. Erklärt, dass er seine Nummer nie öffentlich posten soll.',
      '𝟎𝟏𝟓𝟏 𝟐𝟒𝟖 𝟔𝟑 𝟗𝟕𝟎',
    ),
    withIds(
      'Roblox. Mädchen (12) wollte eine Antwort per Mail und schrieb: jonas.krause10 ät gmx . de (die Adresse ihres Bruders). Wir schreiben keine privaten Mails; Hinweis auf police[.]be.',
      'jonas.krause10 ät gmx . de',
    ),
    withIds(
      'Fortnite. Mädchen (13) buchstabierte ihren Namen mit Punkten: L.e.n.a S.c.h.m.i.t.z, „damit Google es nicht findet“. Erklärt, dass das trotzdem lesbar ist.',
      'L.e.n.a S.c.h.m.i.t.z',
    ),
    withIds(
      'Snapchat. Junge (12) aus Eupen tippte seine Nationalregisternummer halb in Worten: 100522 drei acht fünf 05. Moderator gebeten, die Nachricht zu löschen.',
      '100522 drei acht fünf 05',
    ),
    withIds(
      'TikTok-Live. Junge (14) postete seinen Account als tiktok[.]com/@finn.hoffmann_eupen, mit Klammern gegen den Linkfilter. Geraten, das Profil auf privat zu stellen.',
      'tiktok[.]com/@finn.hoffmann_eupen',
    ),
    clean(
      'Twitch-Stream vom Profil Politie Online. Der Chat schrieb „gg ez“ und „n00bs“, als wir ３：１ in Rocket League gewonnen haben 🏆. Gute Stimmung, nichts zu melden.',
    ),
    clean(
      'Snapchat-Fragen zu Cybermobbing. Hinweis auf die Nummer gegen Kummer 116 111 und den Notruf 112. Mehr unter police[.]be und polizei-beratung[.]de.',
    ),
    clean(
      'Roblox. Kinder fragten nach „1O.OOO gratis Robux“ – Betrug, mit O statt Null. Ein echter Skin kostet 4OO Robux, etwa ４,９９ €. Erklärt, wie man Fake-Links erkennt.',
    ),
    clean(
      'Fortnite Kreativ, Inselcode 3150-7762-4408; Platz 4 von 14 Teams 🥉. Ein Spieler fragte, ob Polizisten „l33t“ sind. Gespräch über Bildschirmzeit.',
    ),
    clean(
      'Minecraft, 19:00–19:45 Uhr. Polizeiwache aus 48×48 Blöcken gebaut, die Jugendlichen (Jahrgang 2O1O–2O12) gaben 9/10 ⭐. Nichts weiter.',
    ),
  ],
  is: [
    withIds(
      'Discord. Strákur (13) skrifaði kennitöluna sína með bókstöfum í stað tölustafa til að plata síuna: 22O8lO-29lO. Bað stjórnanda að eyða skilaboðunum.',
      '22O8lO-29lO',
    ),
    withIds(
      'Snapchat. Stelpa (12) sendi símanúmerið sitt með emoji-tölum: 6️⃣9️⃣1️⃣-2️⃣4️⃣8️⃣3️⃣. Útskýrði að hún eigi aldrei að deila númerinu opinberlega.',
      '6️⃣9️⃣1️⃣-2️⃣4️⃣8️⃣3️⃣',
    ),
    withIds(
      'Roblox. Strákur (14) vildi fá svar í tölvupósti og skrifaði: sara.gunnars10 (hjá) gmail [punktur] com (netfang systur hans). Við svörum ekki í einkapósti.',
      'sara.gunnars10 (hjá) gmail [punktur] com',
    ),
    withIds(
      'Fortnite. Stelpa (13) gaf upp notandanafnið sitt með bili á milli stafa: þ ó r a _ 2 0 1 1. Útskýrði að bil feli ekkert.',
      'þ ó r a _ 2 0 1 1',
    ),
    withIds(
      'Minecraft. Strákur (12) bauð okkur heim og skrifaði heimilisfangið sem Hraunbæ 1O2, 11O Reykjavík. Sagði honum að deila aldrei heimilisfangi með ókunnugum.',
      'Hraunbæ 1O2, 11O',
    ),
    clean(
      'Twitch-streymi frá Lögreglan Netvakt. Spjallið skrifaði „gg ez“ og „n00b“ þegar við töpuðum ２－４ í Rocket League 😂. Góð stemning, ekkert að athuga.',
    ),
    clean(
      'Snapchat-spurningar um einelti. Bentum á Hjálparsíma Rauða krossins 1717, 112 í neyð og logreglan[.]is. Engar persónuupplýsingar.',
    ),
    clean(
      'Roblox. Börnin spurðu um „1O.OOO ókeypis Robux“ – svindl, með O í stað núlls. Alvöru skinn kostar 4OO Robux, um １.０００ kr. Útskýrðum hvernig á að þekkja falska hlekki.',
    ),
    clean(
      'Fortnite Creative, eyjukóði 8821-4470-1936; 3. sæti af 10 liðum 🥉. Einhver spurði hvort löggur séu „l33t“. Spjall um skjátíma.',
    ),
    clean(
      'Minecraft kl. 2O:OO–2O:45. Byggðum lögreglustöð úr 64×64 kubbum með krökkum úr 7. bekk; einkunn 10/10 ⭐. Ekkert að fylgja eftir.',
    ),
  ],
  fi: [
    withIds(
      'Discord. Poika (14) kirjoitti henkilötunnuksensa suluilla, ettei botti tunnista sitä: 050612 (A) 719 (B). Pyysimme moderaattoria poistamaan viestin.',
      '050612 (A) 719 (B)',
    ),
    withIds(
      'Snapchat. Tyttö (13) antoi numeronsa sekaisin numeroina ja sanoina: nolla neljä nolla 728 viisitoista 93. Kerroimme, ettei numeroa kannata jakaa julkisesti.',
      'nolla neljä nolla 728 viisitoista 93',
    ),
    withIds(
      'Roblox. Poika (12) halusi vastauksen sähköpostilla ja kirjoitti: aino.virtanen11 miukumauku gmail piste com (siskon osoite). Emme vastaa yksityisiin sähköposteihin; vinkit poliisi[.]fi.',
      'aino.virtanen11 miukumauku gmail piste com',
    ),
    withIds(
      'Fortnite. Poika (13) kertoi pelinimensä: v31kk0_k0rh0n3n, ”ettei kukaan löydä”. Selitettiin, että leetspeak ei piilota nimeä.',
      'v31kk0_k0rh0n3n',
    ),
    withIds(
      'TikTok-live. Tyttö (14) laittoi chattiin linkin twitch[.]tv/eetu_lahtinen2010 – veljensä kanava. Neuvottiin olemaan jakamatta linkkejä julkisesti.',
      'twitch[.]tv/eetu_lahtinen2010',
    ),
    clean(
      'Twitch-striimi Poliisi Nettipartio -profiilista. Chat kirjoitti ”gg ez” ja ”n00b”, kun hävisimme １－３ Rocket Leaguessa 😅. Hyvä meno, ei huolia.',
    ),
    clean(
      'Snapchat-kysymyksiä kiusaamisesta. Annoimme Lasten ja nuorten puhelimen numeron 116 111 ja hätänumeron 112. Lisää poliisi[.]fi.',
    ),
    clean(
      'Roblox. Lapset kysyivät ”1O OOO ilmaisesta Robuxista” – huijaus, O nollan tilalla. Oikea skini maksaa 4OO Robuxia, noin ４,９９ €. Kerroimme, miten huijauslinkit tunnistaa.',
    ),
    clean(
      'Fortnite Creative, saarikoodi 5573-0918-2264; sijoitus 6./20 🎮. Joku kysyi, ovatko poliisit ”l33t”. Puhetta peliajasta.',
    ),
    clean(
      'Minecraft klo １９.００–１９.４５. Rakensimme poliisiaseman 7.-luokkalaisten kanssa, arvosana 9/10 ⭐. Ei jatkotoimia.',
    ),
  ],
  sv: [
    withIds(
      'Discord. Pojke (13) skrev sitt personnummer med arabiska siffror för att lura filtret: ١٠٠٣١٤-٢٣٨٥. Bad moderatorn ta bort meddelandet.',
      '١٠٠٣١٤-٢٣٨٥',
    ),
    withIds(
      'Roblox. Flicka (12) ville ha svar via mejl och skrev: elsa.lindqvist10 snabel-a hotmail punkt se. Vi svarar inte på privata mejl; tips via polisen[.]se.',
      'elsa.lindqvist10 snabel-a hotmail punkt se',
    ),
    withIds(
      'Snapchat. Pojke (14) delade sitt nummer med snedstreck mellan alla siffror: 0/7/0/4/8/1/2/6/9/3. Förklarade att det fortfarande går att läsa.',
      '0/7/0/4/8/1/2/6/9/3',
    ),
    withIds(
      'Discord. Flicka (13) gav sitt användar-ID med bokstäver i stället för siffror: 3849l2O576l9384O27. Förklarade att ID:t leder direkt till hennes konto.',
      '3849l2O576l9384O27',
    ),
    withIds(
      'Minecraft. Pojke (12) berättade att han går i klass 7️⃣B på Vasa övningsskola, ”men säg inte det”. Samtal om vad man delar.',
      'klass 7️⃣B på Vasa övningsskola',
    ),
    clean(
      'Twitch-stream från Poliisi Nettipartio (den svenskspråkiga patrullen). Chatten skrev ”gg ez” och ”n00b” när vi förlorade ０－２ i Rocket League 😂. Bra stämning.',
    ),
    clean(
      'Snapchat-frågor om utpressning. Gav BRIS 116 111, 112 vid fara samt polisen[.]se och poliisi[.]fi. Inga personuppgifter.',
    ),
    clean(
      'Roblox. Barnen pratade om ”1O OOO gratis Robux” – bedrägeri, O i stället för noll. Ett riktigt skin kostar 4OO Robux, cirka ４９ kr. Förklarade hur man känner igen falska länkar.',
    ),
    clean(
      'Fortnite Creative, ökod 9014-6627-3385; plats 2 av 15 lag 🥈. Någon frågade om poliser är ”l33t”. Prat om skärmtid.',
    ),
    clean(
      'Minecraft kl. ２０.１５–２１.００. Byggde en polisstation med elever i årskurs 6, betyg 8/10 ⭐. Inget att följa upp.',
    ),
  ],
};
