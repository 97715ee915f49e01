/**
 * Round twenty-seven: written blind, before the detector was run on it.
 * Contacts and numbers as a determined or careless young person types them (digits as words, slashes, dashes,
 * "(at)", "[dot]", URLs without scheme), quoted by the officer; clean notes are full of help lines, prices, codes,
 * versions and official police pages that are not identifiers.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_TWENTY_SEVEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'A boy (14) on Fortnite typed his number in words so the chat filter would not catch it: "zero seven nine four one two, three three eight zero six". We asked him to delete it.',
      'zero seven nine four one two, three three eight zero six',
    ),
    withIds(
      'She wrote her e-mail as "jess.harlow04 (at) outlook [dot] com" in the Roblox chat and said nobody could see it there.',
      'jess.harlow04 (at) outlook [dot] com',
    ),
    withIds(
      'He pasted tiktok.com/@ghost_rider.bry twice and asked the officers to follow him back.',
      'ghost_rider.bry',
    ),
    withIds(
      'Two players left contacts in the lobby: Discord "nightowl_kai#4821" and, from the other one, Roblox user id 4829163750.',
      'nightowl_kai#4821',
      '4829163750',
    ),
    withIds(
      'A girl (15) said "snap: mia.b.x2" and then "text me on +44 (0)7700 900461 if u want". We explained why that is risky.',
      'mia.b.x2',
      '+44 (0)7700 900461',
    ),
    clean(
      'Told the group (13–15) about Childline on 0800 1111 and that 112 is for emergencies. Session EN-2 ended at 21:40.',
    ),
    clean(
      'One boy had bought 1,000 V-Bucks for £7.99 and lost 2–1 in Zone Wars; no contact details were shared. We pointed to politiet.no.',
    ),
    clean(
      'Questions about the Minecraft server play.hypixel.net and version 1.20.4. We shared the police Discord, discord.gg/politiet, for reports.',
    ),
    clean(
      'Three players wrote "add me" without giving any name. Fortnite island code 4826-1937-5520 was the map we played; platform help is at support.discord.com.',
    ),
    clean(
      'Twitch stream 19:00–20:30 CET, about 40 viewers aged 12–16; most questions were about sextortion and the tip line on the police website.',
    ),
  ],
  nb: [
    withIds(
      'En gutt (13) skrev nummeret sitt med bokstaver i Roblox-chatten: «ni fire to, åtte sju, en tre null». Vi ba ham slette meldingen.',
      'ni fire to, åtte sju, en tre null',
    ),
    withIds(
      'Jenta (15) oppga e-posten som «emma punktum solberg krøllalfa gmail punktum com» fordi hun trodde det var tryggere.',
      'emma punktum solberg krøllalfa gmail punktum com',
    ),
    withIds(
      'Han limte inn fødselsnummeret sitt med mellomrom, «140611 523 94», for å bevise at han var gammel nok til serveren.',
      '140611 523 94',
    ),
    withIds(
      'Discord-navnet hans er i nytt format, «blaabaer.sindre», og han la også ut twitch.tv/sindre_spiller i lobbyen.',
      'blaabaer.sindre',
      'sindre_spiller',
    ),
    withIds(
      '«Ring meg på +47 (0) 412 55 908» skrev en gutt (14) i Fortnite-lobbyen, og like etter «snap: kasp3r_h».',
      '+47 (0) 412 55 908',
      'kasp3r_h',
    ),
    clean(
      'Minnet gruppen (13–15 år) på Alarmtelefonen for barn og unge, 116 111, og at 112 er nødnummer. Økt NO-3 varte fra kl. 18.30 til 20.00.',
    ),
    clean(
      'Gutten hadde kjøpt V-Bucks for 1 000 kr og tapte 3–2 i Rocket League. Vi ga ingen annen kontaktinfo enn politiet.no og 02800.',
    ),
    clean(
      'Vi delte politiets Discord-server discord.gg/politiet og tipsskjemaet på politiet.no. Minecraft-serveren de spilte på, kjørte versjon 1.21.1.',
    ),
    clean(
      'Seks ungdommer spurte om Kors på halsen; nummeret 800 33 321 og korspahalsen.no ble lagt ut i chatten.',
    ),
    clean(
      'Fortnite-kartkoden var 2718-4405-9931 og alle var på nivå 47; ingen oppga navn. Vi viste til Roblox sin støtteside en.help.roblox.com og slettmeg.no.',
    ),
  ],
  nn: [
    withIds(
      'Ein gut (14) skreiv telefonnummeret sitt som «9 sju 1 fire / 33 / åtte 0» for at filteret ikkje skulle sjå det.',
      '9 sju 1 fire / 33 / åtte 0',
    ),
    withIds(
      'Jenta (13) sa at e-posten hennar var «ingrid.haugland2011 ät hotmail punktum no».',
      'ingrid.haugland2011 ät hotmail punktum no',
    ),
    withIds(
      'Fødselsnummeret «03.09.12 587 21» vart skrive i chatten av ein gut som ville vise at han var gamal nok.',
      '03.09.12 587 21',
    ),
    withIds(
      'Han delte lenkja instagram.com/eirik.fotball_07 og Steam-vennekoden sin, 839 204 117.',
      'eirik.fotball_07',
      '839 204 117',
    ),
    withIds(
      'Roblox-brukar-ID-en hans, 5 173 902 648, og Discord-namnet «tor_gamar#0912» stod i same meldinga.',
      '5 173 902 648',
      'tor_gamar#0912',
    ),
    clean(
      'Vi fortalde gruppa (12–14 år) om Kors på halsen og Alarmtelefonen 116 111. Økta NN-1 byrja kl. 17.45.',
    ),
    clean(
      'Dei spela Minecraft 1.20.6 på ein offentleg server; høgaste nivå var 30, og ingen gav opp namn eller nummer.',
    ),
    clean(
      'Ein gut spurde kor mykje 2 800 V-Bucks kostar; vi svara at det er rundt 229 kr, og at svindel kan meldast på politiet.no.',
    ),
    clean(
      'Politiet sin profil på TikTok og discord.gg/politiet vart delte; 23 unge var innom mellom 19.00 og 21.00.',
    ),
    clean(
      'Ved akutt fare: ring 112. Ikkje akutt: 02800. Vi viste òg til slettmeg.no for bilete som er delte utan lov.',
    ),
  ],
  nl: [
    withIds(
      'Een jongen (14) typte zijn nummer in woorden in de Fortnite-chat: "nul zes, vier acht, zeven een, nul negen, drie twee".',
      'nul zes, vier acht, zeven een, nul negen, drie twee',
    ),
    withIds(
      'Ze gaf haar e-mail als "lotte.dekker09 apenstaartje gmail punt com" omdat het @-teken geblokkeerd werd.',
      'lotte.dekker09 apenstaartje gmail punt com',
    ),
    withIds(
      'Een meisje wilde haar leeftijd bewijzen en zette haar BSN in de chat: "2345.67.818".',
      '2345.67.818',
    ),
    withIds(
      'Belgische jongen (13) uit Antwerpen: rijksregisternummer "11.02.14-123.22" en daarna "snap: jonas_vdb".',
      '11.02.14-123.22',
      'jonas_vdb',
    ),
    withIds(
      'Hij schreef "bel me op 0032 478/61.29.05" en nodigde iedereen uit op zijn eigen server discord.gg/daanzn2010.',
      '0032 478/61.29.05',
      'daanzn2010',
    ),
    clean(
      'Groep van 13–15 jaar gewezen op de Kindertelefoon (0800-0432, kindertelefoon.nl) en op 112 bij nood. Sessie NL-2 liep van 19.00 tot 20.30 uur.',
    ),
    clean(
      'Politie zonder spoed: 0900-8844. We deelden ook politie.nl en Helpwanted.nl voor vragen over sextortion.',
    ),
    clean(
      'Ze speelden Roblox op level 88 en hadden 800 Robux gekocht voor € 9,99; er werden geen namen of nummers gedeeld.',
    ),
    clean(
      'Fortnite-eilandcode 3921-0476-1158, eindstand 12–7. Meldingen kunnen via de Discord-server van de politie, discord.gg/politiet.',
    ),
    clean(
      'Belgische jongeren verwezen naar Awel (102) en Child Focus (116 000); de politie is bereikbaar via police.be en 101.',
    ),
  ],
  fr: [
    withIds(
      'Un garçon (13 ans) a écrit son numéro en lettres : « zéro quatre sept cinq, vingt-deux, trente et un, quarante-huit ».',
      'zéro quatre sept cinq, vingt-deux, trente et un, quarante-huit',
    ),
    withIds(
      'Elle a donné son adresse mail ainsi : « chloe.lambert12 arobase hotmail point be », pour que le filtre ne la bloque pas.',
      'chloe.lambert12 arobase hotmail point be',
    ),
    withIds(
      'Il a tapé son numéro national avec des points, « 12.09.03-456.89 », pour prouver qu’il avait l’âge.',
      '12.09.03-456.89',
    ),
    withIds(
      'Son pseudo Discord « lucas#7734 » et sa chaîne twitch.tv/lucas_gaming_be étaient dans le même message.',
      'lucas#7734',
      'lucas_gaming_be',
    ),
    withIds(
      'Il a écrit « appelle-moi au 0032 – 486 – 55 – 19 – 07 » et a ajouté que son id Roblox est le 3 906 154 882.',
      '0032 – 486 – 55 – 19 – 07',
      '3 906 154 882',
    ),
    clean(
      'Rappel au groupe (12–14 ans) : Écoute-Enfants au 103, Child Focus au 116 000 et le 112 en cas d’urgence. Session BE-2 de 18 h 30 à 20 h.',
    ),
    clean('Ils ont acheté 1 000 V-Bucks pour 8,99 € ; score final 4–2. Aucun nom ni numéro n’a été échangé.'),
    clean(
      'Nous avons partagé police.be et le serveur Discord de la police (discord.gg/politiet) pour les signalements.',
    ),
    clean(
      'Question sur le support de Roblox : renvoyés vers la page officielle en.help.roblox.com, pas vers un contact privé. Version du jeu 2.641.',
    ),
    clean('Code de l’île Fortnite 7319-2264-0185, niveau 120 ; 31 jeunes présents entre 19 h et 21 h.'),
  ],
  de: [
    withIds(
      'Ein Junge (14) schrieb seine Nummer in Worten: „null eins sieben sechs, zwei drei, vier fünf, neun null acht“.',
      'null eins sieben sechs, zwei drei, vier fünf, neun null acht',
    ),
    withIds(
      'Sie gab ihre Mailadresse als „lea.schmitz2010 (ät) gmx [punkt] de“ an, damit der Filter sie nicht löscht.',
      'lea.schmitz2010 (ät) gmx [punkt] de',
    ),
    withIds(
      'Sein Instagram stand im Chat, instagram.com/finn.kickt_11, und kurz danach „snap: finn_k11“.',
      'finn.kickt_11',
      'finn_k11',
    ),
    withIds(
      'Ein Mädchen aus Eupen (13) postete ihre belgische Nationalnummer „10 06 11 287 52“, um ihr Alter zu beweisen.',
      '10 06 11 287 52',
    ),
    withIds(
      'Er tippte „+49 (0) 151 / 2384 – 6617“ und dazu seine Roblox-Nutzer-ID 2 650 194 837.',
      '+49 (0) 151 / 2384 – 6617',
      '2 650 194 837',
    ),
    clean(
      'Hinweis an die Gruppe (13–15): Nummer gegen Kummer 116 111, Notruf 112. Sitzung DE-1 von 18:00 bis 19:30 Uhr.',
    ),
    clean('Spielstand 3:1, Level 52, ein Skin für 1.200 V-Bucks; keine Namen oder Nummern.'),
    clean('Wir verwiesen auf police.be und den Discord-Server der Polizei, discord.gg/politiet.'),
    clean(
      'Minecraft-Server play.hypixel.net, Version 1.20.4, Itemcode „minecraft:netherite_ingot“; 17 Jugendliche im Chat.',
    ),
    clean(
      'Meldungen an die Plattform über die offizielle Hilfeseite support.discord.com; private Kontakte wurden nicht genannt. Uhrzeit 21.45 Uhr, 12.04.2025.',
    ),
  ],
  is: [
    withIds(
      'Strákur (13) skrifaði símanúmerið sitt með bókstöfum: „átta níu fimm, fjórir tveir einn sjö“.',
      'átta níu fimm, fjórir tveir einn sjö',
    ),
    withIds(
      'Kennitalan „090312-3400“ var skrifuð í spjallið af stelpu sem vildi sanna aldur sinn.',
      '090312-3400',
    ),
    withIds(
      'Hún gaf upp netfangið „sara.jonsdottir11 hjá gmail punktur com“ svo að sían næði því ekki.',
      'sara.jonsdottir11 hjá gmail punktur com',
    ),
    withIds(
      'Hann skrifaði „hringdu í 00354 – 661 – 2093“ og Discord-notandanafnið hans er „eldur_xd#5521“.',
      '00354 – 661 – 2093',
      'eldur_xd#5521',
    ),
    withIds(
      'TikTok-aðgangurinn hans er tiktok.com/@gummi.ball10 og Roblox user id 1 482 903 576.',
      'gummi.ball10',
      '1 482 903 576',
    ),
    clean(
      'Við bentum hópnum (13–15 ára) á Hjálparsíma Rauða krossins 1717 og netspjallið á 1717.is. Neyðarlínan er 112.',
    ),
    clean('Lota IS-1 stóð frá kl. 20:00 til 21:30; 19 ungmenni tóku þátt og staðan í leiknum var 5–3.'),
    clean('Þau keyptu 1.000 V-Bucks fyrir 1.490 kr.; engin nöfn eða númer voru gefin upp.'),
    clean('Við deildum logreglan.is og Discord-þjóni lögreglunnar, discord.gg/politiet, fyrir ábendingar.'),
    clean('Minecraft útgáfa 1.21, stig 64; Fortnite-eyjukóðinn 5520-8813-4096 var notaður í leiknum.'),
  ],
  fi: [
    withIds(
      'Poika (14) kirjoitti numeronsa sanoina: "nolla neljä nolla, seitsemän kaksi kolme, yhdeksän kuusi viisi yksi".',
      'nolla neljä nolla, seitsemän kaksi kolme, yhdeksän kuusi viisi yksi',
    ),
    withIds(
      'Tyttö antoi sähköpostinsa muodossa "aino piste kukkanen ät gmail piste com", jotta suodatin ei poistaisi sitä.',
      'aino piste kukkanen ät gmail piste com',
    ),
    withIds(
      'Poika kirjoitti henkilötunnuksensa väleillä, "170910 A123 S", todistaakseen ikänsä.',
      '170910 A123 S',
    ),
    withIds(
      'Hän laittoi chattiin linkin twitch.tv/eetu_pelaa09 ja Discord-nimen "eetu.p#3390".',
      'eetu_pelaa09',
      'eetu.p#3390',
    ),
    withIds(
      '"Soita +358 (0)40 / 518 / 2276", kirjoitti poika, ja heti perään "snap: veeti.k_12".',
      '+358 (0)40 / 518 / 2276',
      'veeti.k_12',
    ),
    clean(
      'Ryhmälle (13–15 v.) kerrottiin Lasten ja nuorten puhelimesta 116 111 ja sivusta mll.fi; hätänumero on 112.',
    ),
    clean('Nettipoliisin julkinen profiili ja poliisi.fi jaettiin chatissa. Sessio FI-2 klo 18.00–19.30.'),
    clean(
      'He olivat ostaneet 1 000 V-Bucksia 8,99 eurolla; tulos 2–0, taso 73. Nimiä tai numeroita ei annettu.',
    ),
    clean('Minecraft-versio 1.20.4, palvelin play.hypixel.net; paikalla 26 nuorta.'),
    clean(
      'Ohjasimme heidät Robloxin viralliselle tukisivulle en.help.roblox.com ja Sekasin-chattiin. Päivämäärä 12.4.2025.',
    ),
  ],
  sv: [
    withIds(
      'En pojke (13) skrev sitt nummer med bokstäver: "noll sju tre, fyra fem två, sexton, åttio".',
      'noll sju tre, fyra fem två, sexton, åttio',
    ),
    withIds(
      'Han skrev sitt personnummer med tankstreck, "110504 – 2384", för att visa att han var gammal nog.',
      '110504 – 2384',
    ),
    withIds(
      'Hon skrev mejlen som "alva.lindqvist snabel-a outlook punkt se" så att filtret inte skulle ta den.',
      'alva.lindqvist snabel-a outlook punkt se',
    ),
    withIds(
      'Han klistrade in tiktok.com/@melker.fifa och sin Steam-vänkod 1 029 384 756.',
      'melker.fifa',
      '1 029 384 756',
    ),
    withIds(
      '"Ring 0046 (0)70–381 22 59", skrev han, och hans Discord-namn är "wilmer.gg".',
      '0046 (0)70–381 22 59',
      'wilmer.gg',
    ),
    clean(
      'Gruppen (12–14 år) fick tips om BRIS 116 111 och bris.se; vid fara ring 112. Polisen icke-akut: 114 14.',
    ),
    clean(
      'Passet SE-1 kl. 19.00–20.15; 14 ungdomar, resultatet blev 3–3 och ingen delade namn eller nummer.',
    ),
    clean('De hade köpt 1 000 V-Bucks för 99 kr och låg på nivå 58 i Battle Pass.'),
    clean('Vi länkade polisen.se och polisens Discord-server discord.gg/politiet.'),
    clean(
      'Fortnite-önkod 6617-3028-4490 och Minecraft version 1.21.4; supporten nås via Robloxs officiella sida en.help.roblox.com.',
    ),
  ],
};
