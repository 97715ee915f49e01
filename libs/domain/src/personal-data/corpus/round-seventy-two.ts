/**
 * Round seventy-two: written blind, before the detector was run on it.
 * A normal evening of notes by ten officers per language: careful or hurried, pasted chat, bullets, lower case,
 * formal; identifiers of every kind as they come up, and clean notes with the names and numbers real notes have.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SEVENTY_TWO: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      `Discord, 19:40, NO team. Boy (13) from Tromsø says an adult "NightOwl_77" wants him to move to Snapchat, claims to be 16. Kid's own handle is frostbyte_kai. Advised block + tell a parent, reported to Discord T&S.`,
      'NightOwl_77',
      'frostbyte_kai',
    ),
    withIds(
      `Roblox (Brookhaven), 20:05. Pasting what she wrote: "my name is yasmina el idrissi and my brother karim can confirm im 12". Wanted her stolen account back. Explained we can't do that, gave her the Roblox support link.`,
      'yasmina el idrissi',
      'karim',
    ),
    withIds(
      `- Platform: Minecraft, Dutch survival server\n- Who: boy, 15\n- What: typed "kastanjelaan 14 zwolle" in global chat when an older player asked where he lives\n- Also said his BSN 182764059 was "needed" for a VIP rank\n- Action: screenshots, handed to NL team lead`,
      'kastanjelaan 14 zwolle',
      '182764059',
    ),
    withIds(
      `Fortnite, 21:15 (FI team, written in English for the Europol liaison). A 13-year-old boy disclosed his henkilötunnus 070911A8268 and his mobile number 050 417 2286 in voice chat, believing this was required to file a report. He was informed that police never request such details in chat. Advised to involve a guardian.`,
      '070911A8268',
      '050 417 2286',
    ),
    withIds(
      `twitch, quick: girl 14 in chat gave her mum's email anna.lindqvist74@gmail.com and asked us to write to her about a guy called Robin Ek who keeps messaging her on insta. passed to SE team.`,
      'anna.lindqvist74@gmail.com',
      'Robin Ek',
    ),
    clean(
      `Discord 18:30-19:10. Four kids on the Nordic Minecraft server, talked about free V-Bucks scams. All knew never to give out passwords. No concerns.`,
    ),
    clean(
      `Roblox. Boy (11) asked if we are "real police". Showed him the verified badge. He asked about a Taylor Swift ticket scam his sister saw on TikTok. General advice, pointed to 116 111.`,
    ),
    clean(
      `fortnite 22:05 squad of 3 from Ghent, 13-15, asked how to report a hacker in Zone Wars. showed the report button. ref 2025/0417. nothing else`,
    ),
    clean(
      `Twitch: EU team watched chat on a big xQc stream for 45 min. Two kids DM'd our profile asking if sextortion is a crime. Yes. Gave 112 and the national helplines. No personal info exchanged.`,
    ),
    clean(
      `Minecraft, 19:00–19:50. Kids built a police station in creative and invited Officer Hansen and Sgt. De Vries to "inspect" it. 6 players, aged 10–12, from Bergen, Stavanger and Haugesund. Lots of questions about Europol and Kripos. Good session.`,
    ),
  ],
  nb: [
    withIds(
      `Discord kl. 20.10. Jente (14) fra Drammen forteller at en voksen mann med brukernavnet «kjekken_92» har bedt om bilder på Snapchat. Hun heter Amina Yusuf og går i 9B på Fjell skole. Anbefalt å blokkere og snakke med mor. Sak opprettet, sendt til Sør-Øst pd.`,
      'kjekken_92',
      'Amina Yusuf',
      '9B på Fjell skole',
    ),
    withIds(
      `roblox ca 19.30 gutt 12 år ga meg mobilnr 924 71 358 fordi han ville at politiet skulle ringe ham. sa at vi ikke gjør det sånn. ellers ok`,
      '924 71 358',
    ),
    withIds(
      `Minecraft. Gutten (14) skrev fødselsnummeret sitt i chatten for å «bevise» alderen: 140311 52314. Ba ham aldri gjøre det igjen. Storebroren Sindre hadde sagt at det var lurt.`,
      '140311 52314',
      'Sindre',
    ),
    withIds(
      `Fortnite 21:45 – to jenter (13) fra Lillestrøm ba om hjelp. Thea Nguyen sier at en på TikTok (@lillebjorn.x) truer med å dele bilder av henne. Hun bor i Skoleveien 7B. Haster, sendt til vakthavende Øst.`,
      'Thea Nguyen',
      '@lillebjorn.x',
      'Skoleveien 7B',
    ),
    withIds(
      `Twitch, 22.20. Gutt skrev i chat: «send det til mats punktum eriksen krøllalfa hotmail punktum com da». Sa nei, vi sender ikke noe på e-post. Tipset om Kors på halsen.`,
      'mats punktum eriksen krøllalfa hotmail punktum com',
    ),
    clean(
      `Discord kl 19.00–19.45. Prata med ca. 8 ungdommer fra Trondheim og Bodø om svindel med Robux. Ingen bekymringer. God stemning.`,
    ),
    clean(
      `Roblox. Gutt (10) lurte på om vi kjente Erling Haaland. Forklarte hva nettpatruljen gjør. Henviste til 116 111 ved behov.`,
    ),
    clean(
      `fortnite, kort: tre gutter 15 år, spurte om det er ulovlig å kjøpe kontoer. nei, men stor svindelfare. ferdig 22:30`,
    ),
    clean(
      `Minecraft-server «Nordlys»: jentene hadde bygget Nidarosdomen. Snakket om hvor gammel man må være for TikTok (13). Sak 25-114702 lukket.`,
    ),
    clean(
      `Twitch-chat: mange lurte på om Politiets nettpatrulje er ekte. Viste til politiet.no og at vi aldri ber om passord eller BankID. Spørsmål om Snap Map og Vinter-eventet i Fortnite. Ingen personopplysninger delt.`,
    ),
  ],
  nn: [
    withIds(
      `Discord kl. 19.20. Gut (13) frå Førde fortalde at ein vaksen med brukarnamnet «fjordulven» ba han sende bilete. Guten heiter Eirik Solheim Hauge. Rådde han til å blokkere og seie frå heime. Sak oppretta.`,
      'fjordulven',
      'Eirik Solheim Hauge',
    ),
    withIds(
      `roblox. jenta (12) skreiv nummeret til mor si: 478 12 906. ville at vi skulle ringje. sa nei.`,
      '478 12 906',
    ),
    withIds(
      `Minecraft, 18.50\n- jente, 11 år\n- skreiv at ho heiter Ingrid og går i 6A på Sandane skule\n- ein «Kenneth_42» har spurt kvar ho bur\n- rådde henne til å slutte å svare, varsla Vest pd`,
      'Ingrid',
      '6A på Sandane skule',
      'Kenneth_42',
    ),
    withIds(
      `Fortnite 21.30. Gut (13) frå Voss delte fødselsnummeret sitt, 020912 54770, fordi han trudde det trengst for å melde frå. Forklart at politiet aldri spør om det i chat. Bror hans, Ahmad Rahimi, sat ved sida.`,
      '020912 54770',
      'Ahmad Rahimi',
    ),
    withIds(
      `Snapchat nemnt i Discord-samtale: jenta bur i Kyrkjevegen 23, 6800 Førde. Ein mann som kallar seg Stig Arne på Snap har sendt henne meldingar sidan juni. Vidaresendt.`,
      'Kyrkjevegen 23, 6800 Førde',
      'Stig Arne',
    ),
    clean(
      `Discord kl. 18.00–18.40: prata med seks ungdomar frå Sogndal og Florø om nettvett. Ingen bekymringar.`,
    ),
    clean(`Roblox, kort: gut (11) spurde om Kripos er det same som FBI. Forklart. Vist til 116 111.`),
    clean(
      `Minecraft-serveren «Vestlandet»: dei bygde Bryggen i Bergen. Spurde kor gamal ein må vere for Snapchat (13 år). Fin samtale, 35 minutt.`,
    ),
    clean(
      `Fortnite: tre jenter 14 år spurde om kjøp av skins via lenkjer på TikTok er svindel. Ja, ofte. Sak 25-118330 avslutta kl. 22.15.`,
    ),
    clean(
      `Twitch: chatten spurde om Kygo og Alan Walker skal spele på Førdefestivalen. Ikkje vårt bord. Ingen personopplysningar.`,
    ),
  ],
  nl: [
    withIds(
      `Discord, 20u15. Meisje (13) uit Gent vertelt dat een man 'Kevin De Smet' haar via Snapchat om foto's vraagt. Zijn Discord-naam is kev_gent83. Zij heet Lotte. Geadviseerd te blokkeren en met haar mama te praten.`,
      'Kevin De Smet',
      'kev_gent83',
      'Lotte',
    ),
    withIds(
      `roblox 19.50 jongen 12 uit Utrecht typte zn nummer 06-41278395 in de chat. gezegd dat ie dat nooit moet doen.`,
      '06-41278395',
    ),
    withIds(
      `Fortnite — jongen (14) uit Hasselt stuurde zijn rijksregisternummer 11.06.14-237.33 omdat hij dacht dat wij zijn leeftijd moesten controleren. Uitgelegd dat de politie dat nooit vraagt. Mama via hem verwittigd.`,
      '11.06.14-237.33',
    ),
    withIds(
      `Minecraft-server NL, 20:40. Meisje (15) zegt dat een "moderator" haar BSN vroeg om haar rank te verifiëren. Ze heeft het gegeven: 231456785. Ze heet Zeynep Öztürk en woont op de Dorpsstraat 112 in Almere. Doorgezet naar team Midden-Nederland.`,
      '231456785',
      'Zeynep Öztürk',
      'Dorpsstraat 112',
    ),
    withIds(
      `Twitch 22:00, jongen (16) schreef: "mail me maar op milan.vdberg@outlook.com, ik zit in havo 4 op het Da Vinci College". Niet gedaan.`,
      'milan.vdberg@outlook.com',
      'havo 4 op het Da Vinci College',
    ),
    clean(
      `Discord 18u00-18u45: gesprek met 7 jongeren uit Antwerpen en Mechelen over phishing met gratis Nitro. Geen zorgen.`,
    ),
    clean(
      `Roblox: jongen (10) vroeg of wij Lionel Messi kennen en of agenten ook Adopt Me spelen. Uitleg gegeven over ons werk. Verwezen naar Awel (102) indien nodig.`,
    ),
    clean(
      `fortnite snel: 3 jongens 14-15 j uit Rotterdam, vraag over accounts kopen. afgeraden. klaar om 22:10`,
    ),
    clean(
      `Minecraft: de kinderen bouwden het Atomium na. Vragen over vanaf welke leeftijd TikTok mag (13). Sessie 40 min. Registratie 25-0917-BE.`,
    ),
    clean(
      `Twitch-chat van Kwebbelkop meegelezen met collega Janssens. Twee kinderen vroegen via DM of sextortion strafbaar is. Verwezen naar 113 en Helpwanted.nl.`,
    ),
  ],
  fr: [
    withIds(
      `Discord, 20h05. Une fille de 13 ans de Charleroi explique qu'un homme qui se fait appeler « Max_LeBG » lui demande des photos sur Snapchat. Elle s'appelle Inès Benali. Conseillé de bloquer et d'en parler à sa maman. PV à rédiger demain.`,
      'Max_LeBG',
      'Inès Benali',
    ),
    withIds(
      `roblox, garçon 11 ans, a mis son gsm 0478 52 19 64 dans le chat. expliqué qu'il ne faut jamais faire ça. rien d'autre.`,
      '0478 52 19 64',
    ),
    withIds(
      `Fortnite 21h40 — un jeune Liégeois (13 ans) a tapé son numéro de registre national 12.02.03-481.15 « pour prouver son âge ». Expliqué que la police ne demande jamais ça.`,
      '12.02.03-481.15',
    ),
    withIds(
      `Minecraft, 19h10\n- fillette, 12 ans, Namur\n- a donné son adresse (rue des Tanneurs 45) à un joueur « DarkSasuke » qui veut la rencontrer\n- son grand frère Mehdi est au courant\n- signalé à la zone Namur Capitale`,
      'rue des Tanneurs 45',
      'DarkSasuke',
      'Mehdi',
    ),
    withIds(
      `Twitch : garçon de 15 ans, en 3e secondaire à l'Athénée Royal de Mons, voulait qu'on lui écrive à « lucas point dubois arobase skynet point be ». Refusé poliment.`,
      "3e secondaire à l'Athénée Royal de Mons",
      'lucas point dubois arobase skynet point be',
    ),
    clean(
      `Discord 18h30-19h15 : échange avec une dizaine de jeunes de Liège et Verviers sur les arnaques aux V-Bucks. Pas d'inquiétude.`,
    ),
    clean(
      `Roblox : un garçon (10 ans) demande si on connaît Romelu Lukaku. Expliqué notre rôle. Renvoyé vers le 103 (Écoute-Enfants) au besoin.`,
    ),
    clean(
      `fortnite vite fait : 3 ados 14-15 ans de Bruxelles, question sur l'achat de comptes. déconseillé. fin 22h20`,
    ),
    clean(
      `Minecraft : les enfants ont reconstruit la Grand-Place. Questions sur l'âge minimum pour TikTok (13 ans). Dossier 2025/0918 clôturé. Inspecteur Dumont présent.`,
    ),
    clean(
      `Twitch : lu le chat de Squeezie pendant 40 min. Deux jeunes ont demandé en MP si la sextorsion est punissable. Oui. Renvoyé vers Child Focus au 116 000.`,
    ),
  ],
  de: [
    withIds(
      `Discord, 19:55 Uhr. Mädchen (13) aus Eupen berichtet, ein Erwachsener namens „Dennis_Lobby“ fordere auf Snapchat Bilder. Sie heißt Leonie Kessler. Geraten: blockieren, Eltern informieren.`,
      'Dennis_Lobby',
      'Leonie Kessler',
    ),
    withIds(
      `roblox, junge 12, hat seine handynummer gepostet: 0496 73 84 21. hab ihm erklärt dass man das nicht macht. sonst nix.`,
      '0496 73 84 21',
    ),
    withIds(
      `Fortnite 21:30 – Junge (14) aus St. Vith schickte seine Nationalregisternummer 10.10.27-156.22, weil er dachte, wir bräuchten sie. Aufgeklärt.`,
      '10.10.27-156.22',
    ),
    withIds(
      `Minecraft: Die Kleine (11) wohnt in der Hauptstraße 87 in Kelmis und hat das einem Spieler „Onkel_Ralf“ geschrieben, der sich mit ihr treffen will. Ihr Bruder Emre hat es mitbekommen. Weitergeleitet an die Polizeizone Weser-Göhl.`,
      'Hauptstraße 87',
      'Onkel_Ralf',
      'Emre',
    ),
    withIds(
      `Twitch, 22:15. Chatzitat: "schreibt mir an jonas.mertens@skynet.be bin in der 4B am Athenäum Eupen" – Junge ca. 15. Abgelehnt, Hinweis auf Kinder- und Jugendtelefon.`,
      'jonas.mertens@skynet.be',
      '4B am Athenäum Eupen',
    ),
    clean(
      `Discord 18:15–19:00: Gespräch mit acht Jugendlichen aus Eupen und Raeren über Phishing mit gratis Discord Nitro. Keine Auffälligkeiten.`,
    ),
    clean(
      `Roblox: Junge (10) fragte, ob wir Thomas Müller kennen. Unsere Arbeit erklärt. Verweis auf 116 111 bei Bedarf.`,
    ),
    clean(`fortnite kurz: 3 Jungs 14–15 aus Aachen, Frage zu Account-Kauf. abgeraten. Ende 22:05`),
    clean(
      `Minecraft: Kinder bauten den Aachener Dom nach. Fragen zum Mindestalter bei TikTok (13). Vorgang 2025-0918-DE abgeschlossen. Kollegin Schmitz war dabei.`,
    ),
    clean(
      `Twitch: Chat bei MontanaBlack mitgelesen, 30 Min. Zwei Kinder fragten per DM, ob Sextortion strafbar ist. Ja. Verweis auf 112 im Notfall.`,
    ),
  ],
  is: [
    withIds(
      `Discord kl. 20:10. Stelpa (13) frá Akureyri segir að fullorðinn maður sem kallar sig „sjomadur_69“ hafi beðið um myndir á Snapchat. Hún heitir Sóley Björk Jónsdóttir. Ráðlagt að blokka hann og tala við foreldra.`,
      'sjomadur_69',
      'Sóley Björk Jónsdóttir',
    ),
    withIds(
      `roblox, strákur 12 ára setti símanúmerið sitt í spjallið: 862 4417. sagði honum að gera það aldrei.`,
      '862 4417',
    ),
    withIds(
      `Fortnite kl. 21:35 – strákur (14) frá Selfossi sendi kennitöluna sína 120411-3140 til að „sanna aldur“. Útskýrt að lögreglan biður aldrei um það.`,
      '120411-3140',
    ),
    withIds(
      `Minecraft, 19:20\n- stelpa, 12 ára\n- býr á Hringbraut 52 og skrifaði það til leikmanns „Siggi_frændi“ sem vill hitta hana\n- bróðir hennar, Tomasz Kowalski, vissi af þessu\n- sent áfram til LRH`,
      'Hringbraut 52',
      'Siggi_frændi',
      'Tomasz Kowalski',
    ),
    withIds(
      `Twitch: strákur í 9. bekk í Hagaskóla vill fá upplýsingar á netfangið aron punktur gunnarsson hjá gmail punktur com. Neitað. Vísað á 1717.`,
      '9. bekk í Hagaskóla',
      'aron punktur gunnarsson hjá gmail punktur com',
    ),
    clean(
      `Discord kl. 18:00–18:45: spjallaði við sjö krakka frá Hafnarfirði og Kópavogi um svindl með Robux. Engar áhyggjur.`,
    ),
    clean(
      `Roblox: strákur (10) spurði hvort við þekktum Hafþór Júlíus Björnsson. Útskýrði starfið okkar. Vísað á 1717 ef þarf.`,
    ),
    clean(
      `fortnite stutt: þrír strákar 14–15 ára frá Reykjanesbæ, spurðu um kaup á aðgöngum. ráðið frá. lokið kl. 22:10`,
    ),
    clean(
      `Minecraft: krakkarnir byggðu Hallgrímskirkju. Spurningar um aldurstakmark á TikTok (13 ára). Mál 007-2025-0918 lokað.`,
    ),
    clean(
      `Twitch: lásum spjallið hjá stórum streymara í 30 mín. Tvö börn spurðu í einkaskilaboðum hvort sextortion sé ólöglegt. Já. Vísað á 112 og Barnaheill.`,
    ),
  ],
  fi: [
    withIds(
      `Discord klo 19.45. Tyttö (13) Tampereelta kertoo, että aikuinen käyttäjä ”JoniKuski88” pyytää kuvia Snapchatissa. Tytön nimi on Aino Korhonen. Neuvottu estämään ja kertomaan vanhemmille.`,
      'JoniKuski88',
      'Aino Korhonen',
    ),
    withIds(
      `roblox, poika 12v laittoi puhelinnumeronsa chattiin: 045 782 3391. sanottu ettei ikinä näin.`,
      '045 782 3391',
    ),
    withIds(
      `Fortnite klo 21.20 – poika (13) Oulusta lähetti henkilötunnuksensa 150312A384K ”iän todistamiseksi”. Kerrottu, ettei poliisi koskaan kysy sitä chatissa.`,
      '150312A384K',
    ),
    withIds(
      `Minecraft, 19.05\n- tyttö, 11 v, Lahti\n- kirjoitti osoitteensa Hämeenkatu 18 B 12 pelaajalle ”Setä_Pete”, joka haluaa tavata\n- isoveli Abdirahman tiesi asiasta\n- välitetty Hämeen poliisille`,
      'Hämeenkatu 18 B 12',
      'Setä_Pete',
      'Abdirahman',
    ),
    withIds(
      `Twitch: poika Kalevan koulun 8C:ltä haluaa tiedot sähköpostiin eetu.virtanen@luukku.com. Kieltäydytty. Ohjattu Sekasin-chattiin.`,
      'Kalevan koulun 8C:ltä',
      'eetu.virtanen@luukku.com',
    ),
    clean(
      `Discord klo 18.00–18.40: juteltu kahdeksan nuoren kanssa Espoosta ja Vantaalta V-Bucks-huijauksista. Ei huolia.`,
    ),
    clean(
      `Roblox: poika (10) kysyi, tunnemmeko Teemu Pukin. Kerrottu työstämme. Ohjattu numeroon 116 111 tarvittaessa.`,
    ),
    clean(
      `fortnite lyhyesti: kolme poikaa 14–15 v Turusta, kysymys tilien ostamisesta. ei kannata. loppu klo 22.05`,
    ),
    clean(
      `Minecraft: lapset rakensivat Tuomiokirkon ja Suomenlinnan. Kysymyksiä TikTokin ikärajasta (13). Asia 5700/R/12345/25 suljettu.`,
    ),
    clean(
      `Twitch: luettu ison striimaajan chattia 30 min. Kaksi lasta kysyi yksityisviestillä, onko seksuaalinen kiristys rikos. On. Ohjattu Nuorten Exitiin ja hätänumeroon 112.`,
    ),
  ],
  sv: [
    withIds(
      `Discord kl. 20.00. Tjej (13) från Västerås berättar att en vuxen man som kallar sig ”stockholmsnisse” vill ha bilder på Snapchat. Hon heter Elin Mohammadi. Rådde henne att blockera och prata med föräldrarna.`,
      'stockholmsnisse',
      'Elin Mohammadi',
    ),
    withIds(
      `roblox, kille 12 år skrev sitt mobilnr i chatten: 073-418 26 95. sa att han aldrig ska göra så.`,
      '073-418 26 95',
    ),
    withIds(
      `Fortnite kl 21.40 – kille (12) från Umeå skickade sitt personnummer 120923-4168 för att ”bevisa åldern”. Förklarat att polisen aldrig frågar efter det.`,
      '120923-4168',
    ),
    withIds(
      `Minecraft, 19.30\n- tjej, 11 år, Gävle\n- skrev att hon bor på Storgatan 34 till en spelare ”morbror_micke” som vill träffas\n- storasyster Hanna Lindgren visste om det\n- skickat till region Mitt`,
      'Storgatan 34',
      'morbror_micke',
      'Hanna Lindgren',
    ),
    withIds(
      `Twitch: kille i 8B på Tallbackaskolan vill ha info till mejlen oscar punkt nyberg snabel-a hotmail punkt se. Nekat. Hänvisat till BRIS 116 111.`,
      '8B på Tallbackaskolan',
      'oscar punkt nyberg snabel-a hotmail punkt se',
    ),
    clean(
      `Discord kl. 18.30–19.15: pratade med nio ungdomar från Malmö och Lund om bedrägerier med gratis Robux. Inga orosmoment.`,
    ),
    clean(
      `Roblox: kille (10) undrade om vi känner Zlatan. Förklarade vårt jobb. Hänvisade till BRIS 116 111 vid behov.`,
    ),
    clean(`fortnite kort: tre killar 14–15 år från Göteborg, fråga om att köpa konton. avrådde. klart 22.10`),
    clean(
      `Minecraft: barnen byggde Turning Torso. Frågor om åldersgräns för TikTok (13 år). Ärende 5000-K123456-25 avslutat.`,
    ),
    clean(
      `Twitch: läste chatten hos en stor streamare i 30 min med kollegan Berg. Två barn frågade i DM om sextortion är brottsligt. Ja. Hänvisat till 112 och 114 14.`,
    ),
  ],
};
