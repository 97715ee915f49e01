/**
 * Round eighty-five: written blind, before the detector was run on it.
 * Adversarial tester: identifiers written the way a filter would not expect (surname first, titles, spaced e-mails,
 * country codes in words, handles followed by the platform); clean notes use the same tricks on harmless things.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_EIGHTY_FIVE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Boy (13) on Discord says an adult calling himself 'coach' asked him to move the chat; the adult is ty.rell_08 on snap and also sent a number, plus four seven 412 88 390. Boy advised to block and tell a parent.",
      'ty.rell_08',
      'plus four seven 412 88 390',
    ),
    withIds(
      'Girl (13) on Roblox, Dutch team translating: her swimming coach, Mr Kowalczyk, sends her messages late at night and told her to keep it secret. Referred to Kindertelefoon.',
      'Mr Kowalczyk',
    ),
    withIds(
      'Scam report from a 15-year-old in Bergen: the fake skin seller wanted the payment receipt sent to amina . yusuf @ gmail . com, which is her own address. She lost 400 NOK.',
      'amina . yusuf @ gmail . com',
    ),
    withIds(
      'On Fortnite a boy (14) said the older guy he met in a squad invited him to his flat at Thorvald Meyers gate 41 B, 4. etg. on Saturday. We told him not to go and Kripos followed up.',
      'Thorvald Meyers gate 41 B, 4. etg.',
    ),
    withIds(
      "Sextortion: boy (16) was told his pictures would go to his followers. The extortionist's profile is tiktok.com/@lina.vibes_no and the boy's own is instagram.com/mohamed.a.07 (no https, as he typed them).",
      'tiktok.com/@lina.vibes_no',
      'instagram.com/mohamed.a.07',
    ),
    clean(
      'Case 2024-118734 opened on the Discord server report. No names, handles or numbers of the boy were recorded; he was given 116 111.',
    ),
    clean(
      "Chatted with three kids about Haaland, Erling and whether he plays Fortnite. They asked whether 'Kripos Nettpatrulje' is a real police officer.",
    ),
    clean(
      'A girl (14) in Tromsø asked how to report someone; told her about the tip form, answered 08:00-15:30 on weekdays, and to call 112 if it is urgent. Nothing identifying stored.',
    ),
    clean(
      "Two boys (12 and 13) said the chat on play.hypixel.net gets 'toxic' around 21:30. They shared the creative map code 4821-9930-1177, which is a game code, not a number of anyone.",
    ),
    clean(
      'Finnish team: a boy from Oulu asked about MrBeast and about Swift, Taylor; 40 % of the chat was about skins. This officer recorded no personal data.',
    ),
  ],
  nb: [
    withIds(
      'Jenta (13) på Snapchat sier at en mann som lovet henne gavekort ba om fødselsnummeret, og hun sendte det: 140311 51288. Foresatte er varslet.',
      '140311 51288',
    ),
    withIds(
      'Gutten (13) på Roblox går i 8C på HSV og blir mobbet hver dag i friminuttene. Han vil ikke at læreren skal vite det.',
      '8C på HSV',
    ),
    withIds(
      'En voksen på Minecraft ga henne nummeret sitt, pluss fire sju ni tre to en fem åtte sju null, og ba henne slette chatten etterpå.',
      'pluss fire sju ni tre to en fem åtte sju null',
    ),
    withIds(
      'Jenta (15) på TikTok får gaver fra en voksen mann, Ahmadi, Farid, som skriver fra kontoen faridbiz_88 på insta. Hun syns det er koselig.',
      'Ahmadi, Farid',
      'faridbiz_88',
    ),
    withIds(
      'Gutt (14) skal møte en «modellagent» fra Discord i Trondheimsveien 112 C, 2. etg. på lørdag; agenten vil ha bilder sendt til modell.scout krølla gmail punktum com.',
      'Trondheimsveien 112 C, 2. etg.',
      'modell.scout krølla gmail punktum com',
    ),
    clean(
      'Sak 24-118734 opprettet etter tips fra en gutt i Bodø om en Discord-server med voldsvideoer. Ingen navn eller brukernavn notert.',
    ),
    clean(
      'Snakket med tre jenter om Ødegaard, Martin og om Arsenal vinner ligaen. De lurte på om «Politiet på nett – Kripos» er ekte politi.',
    ),
    clean(
      'En jente (12) fra en skole i Alta spurte når nettpatruljen er åpen; svarte 10.00–22.00 og ga henne Alarmtelefonen 116 111 og Kors på halsen 800 33 321.',
    ),
    clean(
      'Fortnite-koden 7731-4420-9981 for et kreativt kart ble delt i chatten av gutten selv. Det er en spillkode, ikke et telefonnummer.',
    ),
    clean(
      'Gutt (15) spurte om serveren mc.norskcraft.no:25565 er trygg; halve 9. trinn spiller der. Ingen personopplysninger registrert.',
    ),
  ],
  nn: [
    withIds(
      'Jenta (14) fortalde at ho hadde sendt fødselsnummeret sitt, 05.04.11 62335, til ein «premie-bot» på Discord. Ho var redd for at nokon skal bruke det.',
      '05.04.11 62335',
    ),
    withIds(
      'Guten (12) på Minecraft seier at ein vaksen som kallar seg «onkel» heiter Tveit, Arne og bur på Voss. Han har bede guten om bilete.',
      'Tveit, Arne',
    ),
    withIds(
      'Jenta kallar seg sunniva.h_2010 på snap og går i 9C på SUS. Ho ville at vi skulle leggje henne til som venn.',
      'sunniva.h_2010',
      '9C på SUS',
    ),
    withIds(
      'Ein mann på Twitch sende guten nummeret sitt, pluss fire sju 478 20 615, og sa at han ikkje skulle seie det til nokon.',
      'pluss fire sju 478 20 615',
    ),
    withIds(
      'Han ville at ho skulle kome heim til han i Nygårdsgaten 37 A, 5015 Bergen, etter skulen. Ho har ikkje svara endå.',
      'Nygårdsgaten 37 A, 5015 Bergen',
    ),
    clean(
      'Sak 2024/55-3 gjeld ein Discord-server med valdsvideoar. Guten (15) ville ikkje gje namn, og vi registrerte ingen personopplysningar.',
    ),
    clean(
      'Jenta (13) frå Førde spurde kva Ruud, Casper et før kampane – vi svara at vi ikkje veit. Ho var glad for at politiet er på TikTok.',
    ),
    clean(
      'Vi fortalde om Alarmtelefonen 116 111 og legevakta 116 117; to gutar (11 og 12) på Roblox kjende ikkje til nummera.',
    ),
    clean(
      'Serveren EU-West og koden 4412-0987-3321 vart nemnde; guten spelar Fortnite kvar kveld frå 19:30 til 23:00.',
    ),
    clean(
      'Ein skule i Sogndal har 30 % av elevane på Snapchat, meiner guten. Ingen namn eller brukarnamn vart lagra.',
    ),
  ],
  nl: [
    withIds(
      "Meisje (15) op Snapchat heeft haar BSN 2738.16.494 gestuurd naar een 'uitzendbureau' dat haar een baantje beloofde. Ouders ingelicht.",
      '2738.16.494',
    ),
    withIds(
      'Jongen (13) zegt dat een man van Discord bij hem thuis wilde langskomen op Oudegracht 212, 3511NP Utrecht, als zijn moeder werkt.',
      'Oudegracht 212, 3511NP Utrecht',
    ),
    withIds(
      'De oplichter wilde het bewijs van betaling via mail naar sanne punt devries apenstaartje outlook punt com; dat is het adres van het meisje zelf (14).',
      'sanne punt devries apenstaartje outlook punt com',
    ),
    withIds(
      "Vlaamse jongen (14) gaf zijn rijksregisternummer 10.09.23-158.36 aan een 'V-Bucks-generator' op TikTok. Doorverwezen naar Child Focus.",
      '10.09.23-158.36',
    ),
    withIds(
      "De jongen noemde zijn voetbaltrainer, El Amrani, Youssef, die hem vraagt om foto's te sturen via @yelamrani.coach op insta.",
      'El Amrani, Youssef',
      '@yelamrani.coach',
    ),
    clean(
      'Zaaknummer 2024-0912-44 aangemaakt. Meisje (12) uit Zwolle wilde niets over zichzelf vertellen; er zijn geen persoonsgegevens vastgelegd.',
    ),
    clean(
      "Gesprek over Depay, Memphis en Xavi Simons. De jongens vroegen of 'Politie Online Jeugd' echt een agent is.",
    ),
    clean(
      'Verwezen naar de Kindertelefoon 0800-0432 (dagelijks 14:00-20:00) en, voor de Vlaamse kinderen, naar Awel 102.',
    ),
    clean(
      "Minecraft-server play.nlcraft.nl:25565 en Roblox-game 'Brookhaven' besproken; 3 van de 4 jongens spelen na 22:00.",
    ),
    clean(
      'Een school in Gent heeft volgens het meisje een groepschat met 250 leden. Advies gegeven over melden bij Child Focus 116 000.',
    ),
  ],
  fr: [
    withIds(
      'La fille (13) a envoyé son numéro national 12.03.05-047.08 à un faux concours sur Instagram. Les parents ont été prévenus.',
      '12.03.05-047.08',
    ),
    withIds(
      "Sur TikTok, la jeune (14) dit qu'un homme se disant « agent de mannequins » lui demande des photos ; il signe Dubois, Kevin et la contacte via kev.dbs_pro sur snap.",
      'Dubois, Kevin',
      'kev.dbs_pro',
    ),
    withIds(
      "Le garçon (13), élève de 1re C à l'IND, a donné son adresse noah.peeters arobase skynet point be à un vendeur de comptes Fortnite.",
      "1re C à l'IND",
      'noah.peeters arobase skynet point be',
    ),
    withIds(
      "Un adulte sur Roblox a laissé son numéro à la petite : plus trente-deux 478 61 20 93. Elle ne l'a pas appelé.",
      'plus trente-deux 478 61 20 93',
    ),
    withIds(
      "Il voulait qu'elle passe chez lui, Chaussée de Waterloo 415, bte 3, 1050 Ixelles, mercredi après l'école.",
      'Chaussée de Waterloo 415, bte 3, 1050 Ixelles',
    ),
    clean(
      "PV BR.12.L1.004512/2024 transmis à la police locale ; aucune donnée personnelle du jeune n'a été enregistrée.",
    ),
    clean(
      'Discussion sur Lukaku, Romelu et Doku avec trois garçons de Liège ; ils demandaient si « Police Patrouille en ligne » était un vrai policier.',
    ),
    clean(
      "Renvoyée vers Écoute-Enfants 103 et Child Focus 116 000, joignables de 10h00 à 00h00. Rien d'identifiant noté.",
    ),
    clean(
      "Le code de l'île Fortnite 3318-2250-7764 et le serveur mc.belgicraft.be ont été cités ; la fille (12) joue surtout le mercredi après-midi.",
    ),
    clean(
      "Une école à Namur a interdit TikTok pendant les cours, d'après le garçon ; 80 % de sa classe y est quand même. Aucun nom noté.",
    ),
  ],
  de: [
    withIds(
      'Junge (12) aus Eupen erzählt, dass Herr Schmitz aus dem Fußballverein ihm auf Discord Geld anbietet, unter dem Namen schmitzi_kel3 auf Discord.',
      'Herr Schmitz',
      'schmitzi_kel3',
    ),
    withIds(
      'Das Mädchen (14) hat dem Fake-Shop ihre Mail lena punkt krause Klammeraffe web punkt de gegeben und 30 Euro überwiesen.',
      'lena punkt krause Klammeraffe web punkt de',
    ),
    withIds(
      'Ein Erwachsener auf Steam hat dem Jungen seine Nummer geschickt, plus vier neun 151 2398 4417, und will auf WhatsApp weiterschreiben.',
      'plus vier neun 151 2398 4417',
    ),
    withIds(
      'Er wollte, dass sie am Samstag zu ihm kommt: Kirchstraße 12a, 2. OG, 4700 Eupen. Sie hat abgesagt.',
      'Kirchstraße 12a, 2. OG, 4700 Eupen',
    ),
    withIds(
      'Das Mädchen (14), 8c am RSG, wird auf TikTok von Yilmaz, Emre mit Bildern erpresst. Anzeige empfohlen.',
      '8c am RSG',
      'Yilmaz, Emre',
    ),
    clean(
      'Aktenzeichen 2024-ZK-0815 angelegt. Der Junge (15) aus Kelmis hat keine Namen genannt, keine personenbezogenen Daten gespeichert.',
    ),
    clean(
      "Gespräch über Musiala, Jamal und Wirtz, Florian; die Kinder fragten, ob 'Polizei Online-Streife' echt ist.",
    ),
    clean(
      'Nummer gegen Kummer 116 111 (Mo–Sa 14–20 Uhr) genannt, für Ostbelgien das Kinder- und Jugendtelefon 103.',
    ),
    clean(
      'Minecraft-Server play.germancraft.de, Port 25565, und Fortnite-Code 5512-8830-1294 erwähnt; keine Identität dahinter.',
    ),
    clean(
      'Eine Schule in St. Vith hat laut dem Mädchen 12 Klassen, 4 davon mit eigenen WhatsApp-Gruppen. Keine Namen.',
    ),
  ],
  is: [
    withIds(
      'Stelpan (14) sendi kennitöluna sína 1503113220 til manns á Discord sem lofaði henni Robux. Foreldrar látnir vita.',
      '1503113220',
    ),
    withIds(
      'Strákurinn (13) segir að fullorðin kona, Jónsdóttir, Sigríður, sendi honum skilaboð á Snapchat á nóttunni.',
      'Jónsdóttir, Sigríður',
    ),
    withIds(
      'Maður á Fortnite gaf henni símanúmerið sitt, plús þrír fimm fjórir 862 4517, og bað hana að eyða spjallinu.',
      'plús þrír fimm fjórir 862 4517',
    ),
    withIds(
      'Svikarinn vildi fá kvittunina senda á gummi . r @ simnet . is, sem er netfang stráksins sjálfs (15).',
      'gummi . r @ simnet . is',
    ),
    withIds(
      'Strákurinn (12) er í 7. bekk í Melaskóla og maðurinn vildi hitta hann á Laugavegur 28b, 3. hæð, 101 Reykjavík.',
      '7. bekk í Melaskóla',
      'Laugavegur 28b, 3. hæð, 101 Reykjavík',
    ),
    clean('Mál 007-2024-11823 stofnað vegna Discord-þjóns. Engar persónuupplýsingar skráðar.'),
    clean(
      "Rætt um Guðjohnsen, Eið og Björk við tvo stráka á Akureyri; þeir spurðu hvort 'Lögreglan á netinu' sé alvöru lögga.",
    ),
    clean('Bent á Hjálparsíma Rauða krossins 1717 og á 112; opið allan sólarhringinn.'),
    clean(
      'Minecraft-þjónninn mc.islandcraft.is og Fortnite-kóðinn 6620-1183-4471 nefndir; stelpan spilar frá 20:00 til 22:30.',
    ),
    clean('Skóli í Hafnarfirði er með 450 nemendur, sagði stelpan (13); ekkert nafn gefið.'),
  ],
  fi: [
    withIds(
      'Tyttö (13) lähetti henkilötunnuksensa 120311A268m Discordissa "arvontaan". Vanhemmille ilmoitettu.',
      '120311A268m',
    ),
    withIds(
      'Poika (14) kertoi, että aikuinen mies, Korhonen, Jari, pyytää häneltä kuvia Snapchatissa ja lupaa rahaa.',
      'Korhonen, Jari',
    ),
    withIds(
      'Huijari halusi kuitin sähköpostiin aino.lahtinen ät gmail piste com, joka on tytön (15) oma osoite.',
      'aino.lahtinen ät gmail piste com',
    ),
    withIds(
      'Mies antoi Robloxissa numeronsa: plus kolme viisi kahdeksan 40 718 2295, ja käski pitää asian salaisuutena.',
      'plus kolme viisi kahdeksan 40 718 2295',
    ),
    withIds(
      'Poika on eetu_k09 discordissa ja mies pyysi häntä tulemaan osoitteeseen Hämeenkatu 14 B 22, 33100 Tampere lauantaina.',
      'eetu_k09',
      'Hämeenkatu 14 B 22, 33100 Tampere',
    ),
    clean('Tapausnumero 5500/R/12345/24 kirjattu. Henkilötietoja ei tallennettu.'),
    clean(
      "Juteltiin jalkapalloilijasta (Pukki, Teemu) ja Käärijästä; pojat kysyivät, onko 'Poliisi Nettipartio' oikea poliisi.",
    ),
    clean('Ohjattiin Sekasin-chattiin ja MLL:n Lasten ja nuorten puhelimeen 116 111 (arkisin klo 14–20).'),
    clean(
      'Minecraft-palvelin mc.suomicraft.fi:25565 ja Fortnite-koodi 2290-4471-8836 mainittiin; tyttö pelaa klo 18.00–21.30.',
    ),
    clean('Eräs koulu Oulussa on kieltänyt puhelimet tunneilla, kertoi poika (13). Nimiä ei kerrottu.'),
  ],
  sv: [
    withIds(
      'Flickan (14) har skickat sitt personnummer 110604-2383 till en "Robux-generator" på TikTok. Föräldrarna informerade.',
      '110604-2383',
    ),
    withIds(
      'Bedragaren ville ha kvittot till wilma.nyberg snabel-a hotmail punkt com, som är flickans (15) egen adress.',
      'wilma.nyberg snabel-a hotmail punkt com',
    ),
    withIds(
      'Pojken (15) från Vasa gav sin personbeteckning 050910A147t till en "arbetsgivare" på Discord.',
      '050910A147t',
    ),
    withIds(
      'En vuxen på Roblox gav henne sitt nummer, plus fyra sex 73 512 48 06, och bad henne radera chatten.',
      'plus fyra sex 73 512 48 06',
    ),
    withIds(
      'Pojken (14) går i 8B på VÖS; mannen, Lindqvist, Oscar, ville träffa honom på Storgatan 12 A 5, 65100 Vasa.',
      '8B på VÖS',
      'Lindqvist, Oscar',
      'Storgatan 12 A 5, 65100 Vasa',
    ),
    clean('Ärende 2024-5512-3 registrerat. Inga personuppgifter sparade.'),
    clean(
      "Pratade om Isak, Alexander och Zlatan med tre pojkar i Helsingfors; de undrade om 'Polisen på nätet' är en riktig polis.",
    ),
    clean('Hänvisade till BRIS 116 111 och Barnens och ungas telefon, öppet 14.00–20.00 alla dagar.'),
    clean(
      'Servern eu.hypixel.net och Fortnite-koden 7740-2218-6653 nämndes; flickan spelar cirka 3 timmar per dag.',
    ),
    clean('En skola i Åbo har enligt pojken 600 elever och har förbjudit mobiler. Inga namn nämndes.'),
  ],
};
