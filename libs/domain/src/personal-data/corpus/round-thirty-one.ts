/**
 * Round thirty-one: written blind, before the detector was run on it.
 * Notes typed fast on a phone during a busy shift: typos, missing capitals and punctuation, run-on sentences, emojis
 * and chat abbreviations, with identifiers written just as carelessly (lower-case names, handles wrapped in emojis,
 * irregular digit spacing, half-spelled e-mails, "storgata12").
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_THIRTY_ONE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'talked w a girl on roblox, she kept saying her cousin jake morrison gets bullied in the trade hub tbh she seemed scared. told her to tell a grown up',
      'jake morrison',
    ),
    withIds(
      'kid asked if we could add him lol handle is 🔥xX_sh4dowbane_Xx🔥 on discord, said no ofc. ngl he was kinda sweet',
      'xX_sh4dowbane_Xx',
    ),
    withIds(
      'boy (13ish) typed his number so we could "check on him" 07700 90 0417 idk why, told him not to share it w strangers incl us',
      '07700 90 0417',
    ),
    withIds(
      'mum wrote to the team later from sarah.j.bennett at gmail dot com asking abt the stream, fwd to kripos contact btw',
      'sarah.j.bennett at gmail dot com',
    ),
    withIds(
      'shes in 7c at st marys primary she said, way too much info in open chat so explained why u dont post that 🙈',
      '7c at st marys primary',
    ),
    clean(
      'busy night on fortnite, like 30 kids came to the police car in creative mode 😂 mostly asking if we r real cops. yes we are',
    ),
    clean(
      'talked abt free vbucks scams, idk how many fell for it but a lot. reminded them of 116 111 if smth feels off',
    ),
    clean('shift 18-22 done, minecraft server was calm, one kid asked if taylor swift plays roblox lol'),
    clean('btw the twitch stream got 140 viewers at peak, kripos said gj, tbh chat was mostly emotes 🚓🚓'),
    clean(
      'girl 14 asked what to do if someone sends nudes, explained reporting in snapchat + that she can call 116 111 anytime, she said thx',
    ),
  ],
  nb: [
    withIds(
      'snakka m ei jente på discord ca 20 min, hu sa kompisen hennar heter emma lie og blir mobba pga noen bilder... følger opp asap',
      'emma lie',
    ),
    withIds('gutt sendte nr sitt lol 9248 10 37 , sa at han ikke skal dele det me fremmede', '9248 10 37'),
    withIds(
      'hu går i 8b på haugen skolen iflg henne selv, sendte henne videre te en voksen hu stoler på',
      '8b på haugen skolen',
    ),
    withIds('ba oss sjekke fnr hans?? 140311 63766 lol, sa han aldri må skrive det i chat', '140311 63766'),
    withIds(
      'bor i storgata12 på hamar sa han, mtp sikkerhet forklarte vi hvorfor man ikke sier det 👍',
      'storgata12',
    ),
    clean(
      'rolig kveld på roblox, ca 15 unger innom politibilen vår, mange spurte om vi er ekte politi lol 👮',
    ),
    clean('Politiet Nettpatrulje hadde live på tiktok kl 19, ca 200 seere. spm om nettmobbing mest'),
    clean(
      'ei jente på 12 lurte på hva hu skal gjøre hvis noen truer henne, ga henne 116 111 og sa evt ring 112 hvis det haster',
    ),
    clean(
      'fortnite skins koster 1500 vbucks sa de, mange blir lurt av gratis vbucks sider. snakke om svindel asap neste gang',
    ),
    clean('minecraft serveren var full, kom ikke inn før 2130. mtp neste uke bør vi være flere på'),
  ],
  nn: [
    withIds(
      'ho sa at venninna hennar sofie haugland har fått stygge meldingar på snap. snakka lenge m ho, følgjer opp',
      'sofie haugland',
    ),
    withIds(
      'guten skreiv brukarnamnet sitt 💀💀n0rd_kr1ger💀 i chatten og ville at vi skulle leggje han til, sa nei',
      'n0rd_kr1ger',
    ),
    withIds(
      'han skreiv fødselsnummeret sitt 07091274862 for å "bevise" at han er 13 lol, forklarte kvifor det er farleg',
      '07091274862',
    ),
    withIds(
      'mor til ein gut sende epost frå kari.nes at hotmail.no om at sonen blir plaga, sende vidare til kripos',
      'kari.nes at hotmail.no',
    ),
    withIds(
      'jenta går i 7a på vestre skule sa ho og ville ha tips om korleis ho blokkerer folk',
      '7a på vestre skule',
    ),
    clean('roleg kveld på minecraft, ca 10 ungar kom innom og spurde om vi var ekte politi 😅'),
    clean('snakka om nettvett med ei gruppe på 5-6 stk, dei visste ikkje om 116 111, no veit dei det'),
    clean('Politiet Nettpatrulje var på twitch kl 20-22, mykje spm om kva politiet gjer i førde og bergen'),
    clean('ein gut på 15 spurde om det er lov å selje skins for pengar, sa vi skulle sjekke evt med kripos'),
    clean('fortnite var litt kaos i kveld lol, alle ville ta bilete med politibilen 🚓 ingen problem'),
  ],
  nl: [
    withIds(
      'meisje vertelde dat ene daan de vries haar steeds lastigvalt in roblox, ff doorgegeven aan collegas',
      'daan de vries',
    ),
    withIds(
      'jongen gaf zn nummer 0612 34 5678 wss om te checken of we echt zijn, gwn gezegd dat ie dat nooit moet doen',
      '0612 34 5678',
    ),
    withIds(
      'ze woont op de kerkstraat 14b in utrecht zei ze, idd veel te veel info in een open chat',
      'kerkstraat 14b',
    ),
    withIds(
      'jongen typte zn bsn 714290361 in de chat omdat een "vriend" erom vroeg voor gratis robux 😬 mss aangifte?',
      '714290361',
    ),
    withIds(
      'gamertag vd jongen is 💚lil_gamer_nl💚 op fortnite, hij wou dat we m toevoegen lol',
      'lil_gamer_nl',
    ),
    clean('Politie Online stream op twitch ging goed, ff 120 kijkers rond 20:00, veel vragen over hacken'),
    clean('rustig op minecraft vandaag, paar kids van 11-12 die vroegen of we echt politie zijn lol 👮‍♂️'),
    clean(
      'meisje 14 vroeg wat ze moet doen bij sextortion, verteld over 116 111 en 112 bij gevaar, ze was opgelucht',
    ),
    clean(
      'idd veel scams met gratis robux, gwn uitgelegd dat dat nooit echt is. 3 kids hadden al hun wachtwoord gegeven',
    ),
    clean('dienst van 19 tot 23 in rotterdam, mss volgende keer 2 agenten extra op tiktok live'),
  ],
  fr: [
    withIds(
      "une fille m'a dit que son pote lucas dubois se fait harceler sur snap, jsp quoi faire de plus, transmis à l'équipe",
      'lucas dubois',
    ),
    withIds(
      'le gamin a tapé son numéro national 11.08.25-137.11 dans le chat pcq qqn lui a demandé, mdr non stp ne fais jamais ça',
      '11.08.25-137.11',
    ),
    withIds(
      "il a écrit qu'il habite rue des wallons 23 à namur, bcp trop d'infos en public",
      'rue des wallons 23',
    ),
    withIds(
      'sa mère nous a écrit depuis nathalie.peeters arobase skynet point be pour signaler un adulte bizarre',
      'nathalie.peeters arobase skynet point be',
    ),
    withIds("son pseudo c'est ⭐️kev1n_bxl⭐️ sur fortnite, il voulait qu'on l'ajoute mdr", 'kev1n_bxl'),
    clean(
      "soirée calme sur roblox, bcp de jeunes de 10-12 ans venus voir la voiture de police 🚓 mdr ils croyaient qu'on était des faux",
    ),
    clean(
      'live tiktok de la police fédérale à 19h, env 300 personnes, questions sur le cyberharcèlement surtout',
    ),
    clean(
      'une fille de 13 ans demandait quoi faire si qqn la menace, je lui ai donné le 116 111 et le 112 si urgence',
    ),
    clean(
      'les arnaques robux sont partout en ce moment pcq les gamins y croient, on a expliqué comment signaler. Mbappé dans fortnite lol',
    ),
    clean('fin de service 23h, 4 conversations sérieuses, stp penser à remplir le rapport demain'),
  ],
  de: [
    withIds(
      'ein mädchen meinte ihr kumpel leon schmitz wird auf discord gemobbt, vllt nochmal nachfragen',
      'leon schmitz',
    ),
    withIds(
      'junge hat seine handynr gepostet 0471 2345 67 kp warum, hab ihm gesagt er soll das löschen',
      '0471 2345 67',
    ),
    withIds(
      'er hat seine nationalnummer 12.03.04-284.92 eingetippt weil jmd ihm robux versprochen hat, eig echt krass',
      '12.03.04-284.92',
    ),
    withIds(
      'sie geht in die 6b an der pater damian schule in eupen, mMn zu viel info im offenen chat',
      '6b an der pater damian schule',
    ),
    withIds(
      'sein nick ist 🐺 wolfi_eupen07 🐺 auf minecraft, wollte dass wir ihn adden, schrieb am ende hdl 😂',
      'wolfi_eupen07',
    ),
    clean(
      'ruhiger abend auf fortnite, so 20 kids am polizeiauto, alle wollten wissen ob wir echt sind lol 👮',
    ),
    clean('mMn sollten wir öfter auf tiktok live gehen, heute 19-21 uhr ca 150 zuschauer'),
    clean(
      'ein 12jähriger fragte was er tun soll wenn ihn jemand erpresst, 116 111 genannt und 112 im notfall',
    ),
    clean('vllt nächste woche mehr leute in roblox, eig war heute viel los in brookhaven 😅'),
    clean(
      'kp wie viele gratis-vbucks-scams es gibt, heute 5 kinder die drauf reingefallen sind, erklärt wie man meldet',
    ),
  ],
  is: [
    withIds(
      'stelpa sagði að vinkona hennar guðrún jónsdóttir væri að fá ljót skilaboð á snap, ok fylgjum eftir',
      'guðrún jónsdóttir',
    ),
    withIds(
      'strákur skrifaði kennitöluna sína 1906115660 í spjallið btw, sögðum honum að eyða því strax',
      '1906115660',
    ),
    withIds('hann sagðist búa á laugavegi 42 í rvk, allt of mikið info í opnu spjalli. mbk', 'laugavegi 42'),
    withIds('síminn hans er 69 12 345 lol hann vildi að við hringdum, sögðum nei', '69 12 345'),
    withIds(
      'notandanafnið hennar er 🦄 bleikur_einhyrningur 🦄 á roblox, hún vildi adda okkur',
      'bleikur_einhyrningur',
    ),
    clean('Lögreglan Netvakt var á tiktok kl 20, um 100 áhorfendur, mest spurt um einelti'),
    clean('rólegt kvöld á minecraft, ca 8 krakkar komu og spurðu hvort við værum alvöru lögga lol 🚓'),
    clean(
      'stelpa 13 ára spurði hvað hún ætti að gera ef einhver hótar henni, sögðum henni frá 1717 og 112 btw',
    ),
    clean('mikið af svindli með frítt robux í kvöld, útskýrðum hvernig á að tilkynna. ok'),
    clean('vakt 18-22 búin, 3 samtöl í fortnite, allt í lagi. mbk'),
  ],
  fi: [
    withIds(
      'tyttö kerto et sen kaveri aino virtanen saa kiusaamisviestejä snäpissä, tos ikävää, seurataan',
      'aino virtanen',
    ),
    withIds(
      'poika laitto hetunsa chattiin 250610A318T kun joku lupas robuxeja, sanottiin et ei ikinä',
      '250610A318T',
    ),
    withIds('sen numero on 040 12 34 567 mut sanottiin ettei sitä pidä jakaa kenellekään', '040 12 34 567'),
    withIds('kirjotti vaa julkiseen chattiin et asuu hämeenkatu12 tampereella 🤦', 'hämeenkatu12'),
    withIds(
      'äiti laitto viestin osoitteesta sanna.korhonen at gmail.com et poikaa kiusataan fortnitessa',
      'sanna.korhonen at gmail.com',
    ),
    clean('Poliisi Nettipartio oli twitchissä klo 19-21, n 180 katsojaa, kysyttiin paljon huijauksista'),
    clean(
      'rauhallinen ilta fortnitessa, kans 10 lasta tuli poliisiauton luo 😂 kyseli ollaanko oikeita poliiseja',
    ),
    clean('13v tyttö kysy mitä tehdä jos joku uhkailee, kerrottiin 116 111 ja hätänumero 112 tos tärkeää'),
    clean('mut roblox oli ihan kaaos tänään, ilmasia robuxeja lupaavia huijauksia joka paikassa'),
    clean('vuoro loppu 22:30, 4 keskustelua, ei mitään isompaa. vaa raportti huomenna'),
  ],
  sv: [
    withIds(
      'tjej sa att hennes kompis alva lindqvist blir mobbad på discord typ varje dag, asså vi följer upp',
      'alva lindqvist',
    ),
    withIds(
      'killen skrev sitt personnummer 090917-5739 i chatten iaf, sa åt honom att ta bort det',
      '090917-5739',
    ),
    withIds('hon går i 7c på vasaskolan i borås sa hon, mkt info i öppen chatt', '7c på vasaskolan'),
    withIds(
      'hans gamertag är 😎 stor_elgen_99 😎 på fortnite, ville att vi skulle adda honom lol',
      'stor_elgen_99',
    ),
    withIds(
      'mamman mejlade från lena.berg snabel-a outlook punkt se att sonen blir hotad på snap',
      'lena.berg snabel-a outlook punkt se',
    ),
    clean('lugnt på minecraft ikväll, typ 12 barn kom och frågade om vi är riktiga poliser 😂'),
    clean('tjej 14 frågade vad hon ska göra om nån hotar henne, berättade om 116 111 iaf och 112 vid fara'),
    clean('mkt bedrägerier med gratis robux asså, förklarade hur man anmäler i spelet'),
    clean('Politiet Nettpatrulje körde live på tiktok kl 20, ca 90 tittare från sverige och norge'),
    clean('passet slutade 22.15, 3 samtal i fortnite, inget allvarligt typ'),
  ],
};
