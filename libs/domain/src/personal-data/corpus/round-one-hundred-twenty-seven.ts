/**
 * Round one hundred and twenty-seven: written blind, before the detector was run on it.
 * Short notes typed on a phone between conversations: one or two sentences, at most one identifier each.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_TWENTY_SEVEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Lad of 13 on Roblox, plays as xX_ShadowFox_Xx. Told him to set his profile to private.',
      'xX_ShadowFox_Xx',
    ),
    clean(
      'Boy, 12, on Fortnite asked if we were real police. Showed the badge and talked about reporting toxic players.',
    ),
    withIds(
      'Girl (14) on Snapchat posted her number 07700 900 461 before I could stop her. Asked her to delete it.',
      '07700 900 461',
    ),
    clean(
      'Two lads from Cork, both 15, on Discord. Chat about free V-Bucks scams, gave them Childline 1800 66 66 66.',
    ),
    withIds(
      "Spoke with Liam O'Connor, 16, on Twitch about a stranger asking for photos. Advised block and report.",
      "Liam O'Connor",
    ),
    clean(
      'Quick Minecraft chat with a 10-year-old MrBeast fan. Reminded her to ask a parent before buying Minecoins.',
    ),
    withIds(
      'Boy, 15, on Discord wrote his email as jamie.walsh09 at outlook dot com. Explained why we never take that.',
      'jamie.walsh09 at outlook dot com',
    ),
    clean(
      'Steam chat with a 17-year-old who lost about £40 in a skin trade. Told him to contact Steam Support.',
    ),
    withIds(
      'Boy, 14, on Fortnite said he lives at 27 Elm Grove and asked us to call round. Explained we never arrange visits online.',
      '27 Elm Grove',
    ),
    clean(
      'Q&A on Twitch with a group of 12-year-olds from Dublin about what police do online. Lots of emojis.',
    ),
  ],
  nb: [
    withIds(
      'Gutt på 13 på Roblox som heter Jonas Bakke, ble kalt stygge ting i chatten. Tipset om blokkering.',
      'Jonas Bakke',
    ),
    clean(
      'Jente (14) fra Bodø på TikTok lurte på hvordan man rapporterer falske profiler. Nevnte også 116 111.',
    ),
    withIds(
      'Gutt på 14 la ut fødselsnummeret sitt 14031150060 i Discord-chatten. Ba ham slette det med en gang.',
      '14031150060',
    ),
    clean(
      'Fortnite med tre gutter på 11–12 år fra Drammen. Snakket om V-bucks-svindel og å aldri gi bort passord.',
    ),
    withIds(
      'Ei jente på 12 på Snapchat skrev at nummeret hennes er 912 34 567. Forklarte hvorfor hun ikke skal dele det.',
      '912 34 567',
    ),
    clean('Svarte på spørsmål på Twitch om politiet på nett. Mange spurte om Erling Haaland, god stemning.'),
    withIds(
      'Gutt (13) på Minecraft spiller som Blokkmester_07 og ville legge oss til som venn. Takket nei.',
      'Blokkmester_07',
    ),
    clean(
      'Jente på 16 på Snapchat ble truet med deling av bilder. Rådet henne til å ta skjermbilder og ringe 02800.',
    ),
    withIds(
      'Gutt på 14 på Steam fortalte at han bor i Storgata 15. Minnet ham på å holde adressen utenfor chatten.',
      'Storgata 15',
    ),
    clean(
      'Rolig kveld på Discord. Pratet med en 13-åring fra Tromsø om gaming, søvn og pauser fra skjermen.',
    ),
  ],
  nn: [
    clean('Prata med ein gut på 12 frå Voss på Roblox. Han lurte på om politiet kan sjå alt han skriv.'),
    withIds(
      'Ei jente på 15 på Snapchat heiter Ingrid Nesheim og vert plaga av ein vaksen mann. Rådde henne til å blokkere.',
      'Ingrid Nesheim',
    ),
    clean('Fortnite-prat med to gutar på 14 om juksprogram og kontotjuveri. Tipsa om tofaktor-innlogging.'),
    withIds(
      'Gut på 13 skreiv e-posten sin, sindre.hauge at hotmail dot com, på Discord. Bad han slette meldinga.',
      'sindre.hauge at hotmail dot com',
    ),
    clean('Jente på 16 frå Førde spurde kvar ho kan få hjelp mot mobbing. Gav henne 116 111.'),
    withIds(
      'Gut på 14 på Minecraft sa han bur i Kyrkjevegen 8 og bad oss på besøk. Forklarte at adressa ikkje høyrer heime i chatten.',
      'Kyrkjevegen 8',
    ),
    clean('Twitch-stream med spørsmål frå ungdomar i Sogndal. Mange ville vite om vi spelar sjølve.'),
    withIds(
      'Jente på 13 på TikTok sende nummeret sitt, 478 12 093, til ein ukjend. Snakka om kvifor det kan vere farleg.',
      '478 12 093',
    ),
    clean(
      'Steam: gut på 17 kjøpte ein skin for 300 kr som aldri kom. Rådde han til å melde frå og snakke med foreldra.',
    ),
    withIds(
      'Gut på 12 på Roblox brukar namnet FjellKongen2013 og spurde om vi ville spele. Forklarte kvifor vi seier nei.',
      'FjellKongen2013',
    ),
  ],
  nl: [
    withIds(
      'Gesproken met Daan van Dijk (13) op Roblox, hij werd uitgescholden in een game. Uitgelegd hoe je blokkeert.',
      'Daan van Dijk',
    ),
    clean('Meisje van 14 uit Gent op TikTok vroeg wat ze moet doen bij nare reacties. Awel 102 meegegeven.'),
    withIds(
      "Jongen (15) op Discord zette zijn BSN 518462031 in de chat om te 'bewijzen' wie hij is. Gevraagd het te wissen.",
      '518462031',
    ),
    clean(
      'Fortnite met drie jongens van 12 uit Utrecht. Gepraat over nepsites met gratis V-Bucks en sterke wachtwoorden.',
    ),
    withIds(
      'Meisje van 13 op Snapchat gaf zomaar haar nummer: 06-47213890. Uitgelegd waarom je dat niet deelt met vreemden.',
      '06-47213890',
    ),
    clean(
      'Twitch-stream met vragen van jongeren uit Antwerpen, veel over Lamine Yamal en hoe je agent wordt.',
    ),
    withIds(
      'Jongen van 14 op Minecraft zei dat hij in de Kerkstraat 21 woont. Gezegd dat hij zijn adres niet online zet.',
      'Kerkstraat 21',
    ),
    clean(
      'Meisje van 16 op Steam betaalde 25 euro voor een account dat nooit kwam. Aangifte en ouders inlichten aangeraden.',
    ),
    withIds(
      'Jongen van 12 op Roblox speelt als Turbo_Thijs_NL en wilde ons toevoegen. Vriendelijk geweigerd.',
      'Turbo_Thijs_NL',
    ),
    clean(
      'Rustige avond op Discord, gesprek met een 15-jarige uit Zwolle over slapen, gamen en pauzes nemen.',
    ),
  ],
  fr: [
    clean(
      'Garçon de 12 ans sur Roblox, de Liège, se demandait si on était de vrais policiers. Expliqué notre rôle.',
    ),
    withIds(
      "Sur Snapchat, une fille de 14 ans qui s'appelle Chloé est harcelée par un inconnu. Conseillé de bloquer et signaler.",
      'Chloé',
    ),
    withIds(
      "Garçon de 13 ans sur Discord a collé son numéro de registre national 12.04.05-273.80. Demandé de l'effacer.",
      '12.04.05-273.80',
    ),
    clean(
      'Fortnite avec deux ados de 15 ans de Lyon. Parlé des arnaques aux V-Bucks et du 3018 pour le cyberharcèlement.',
    ),
    withIds(
      'Fille de 13 ans sur TikTok a donné son 06 47 21 38 90 à un inconnu. On lui a expliqué les risques.',
      '06 47 21 38 90',
    ),
    clean(
      'Live Twitch avec des jeunes de Namur, plein de questions sur Kylian Mbappé et sur le métier de policier.',
    ),
    withIds(
      'Garçon de 14 ans sur Minecraft, pseudo LeDragonNoir_59, voulait nous ajouter en ami. Refusé poliment.',
      'LeDragonNoir_59',
    ),
    clean(
      "Ado de 16 ans arnaqué de 30 € sur Steam lors d'un échange de skins. Conseillé de signaler et d'en parler aux parents.",
    ),
    withIds(
      "Fille de 12 ans sur Roblox dit qu'elle habite au 14 rue des Lilas. Rappelé qu'on ne donne jamais son adresse.",
      '14 rue des Lilas',
    ),
    clean(
      'Soirée calme sur Discord. Discussion avec un garçon de 13 ans de Charleroi sur le sommeil et les écrans.',
    ),
  ],
  de: [
    withIds(
      'Junge, 13, auf Roblox, heißt Leon und wird im Spiel gemobbt. Tipps zum Blockieren gegeben.',
      'Leon',
    ),
    clean(
      'Mädchen (14) aus Freiburg fragte auf TikTok nach fiesen Kommentaren. Nummer gegen Kummer 116 111 genannt.',
    ),
    withIds(
      'Junge (15) auf Discord schickte seine Handynummer 0176 48213957 in den Chat. Gebeten, sie sofort zu löschen.',
      '0176 48213957',
    ),
    clean('Fortnite mit zwei Jungs, 12 und 13, aus Kassel. Über Fake-Seiten mit Gratis-V-Bucks gesprochen.'),
    withIds(
      'Mädchen, 13, auf Snapchat: ihre Mail sei mia.schulz2012 at gmx dot de. Erklärt, warum man die nicht teilt.',
      'mia.schulz2012 at gmx dot de',
    ),
    clean(
      'Twitch-Stream mit Fragen von Jugendlichen aus Leipzig, viel über Toni Kroos und den Weg zur Polizei.',
    ),
    withIds(
      'Junge, 14, auf Minecraft sagte, er wohne in der Lindenstraße 7, und lud uns ein. Adresse gehört nicht in den Chat.',
      'Lindenstraße 7',
    ),
    clean(
      'Junge, 16, beim Skin-Tausch auf Steam um 20 Euro betrogen. Geraten, es Steam zu melden und den Eltern zu sagen.',
    ),
    withIds(
      'Mädchen, 15, auf TikTok wird von einem Mitschüler aus der 9b am Goethe-Gymnasium bedroht. Vertrauenslehrer empfohlen.',
      '9b am Goethe-Gymnasium',
    ),
    clean(
      'Ruhiger Abend auf Discord. Mit einem 13-Jährigen aus Bremen über Schlaf, Zocken und Pausen geredet.',
    ),
  ],
  is: [
    clean(
      'Spjallaði við 12 ára strák frá Akureyri á Roblox. Hann spurði hvort við værum alvöru lögreglumenn.',
    ),
    withIds(
      'Stelpa, 14 ára, á Snapchat heitir Sólveig Ragnarsdóttir og fær ljót skilaboð. Ráðlagði henni að loka og tilkynna.',
      'Sólveig Ragnarsdóttir',
    ),
    withIds(
      'Strákur, 15 ára, setti kennitöluna sína 220910-2020 á Discord. Bað hann að eyða henni strax.',
      '220910-2020',
    ),
    clean(
      'Fortnite með tveimur 13 ára strákum úr Hafnarfirði. Ræddum svindl með frí V-Bucks og sterk lykilorð.',
    ),
    withIds(
      'Stelpa, 13 ára, gaf upp símanúmerið sitt 862 4173 á TikTok. Útskýrði af hverju það er hættulegt.',
      '862 4173',
    ),
    clean(
      'Twitch-streymi með krökkum úr Reykjavík. Margir spurðu um Gylfa Sigurðsson og hvernig maður verður lögga.',
    ),
    withIds(
      'Strákur, 14 ára, á Minecraft notar nafnið IsbjorninnXD og vildi bæta okkur við. Afþakkaði kurteislega.',
      'IsbjorninnXD',
    ),
    clean('15 ára stelpa var svikin um 5.000 krónur á Steam. Benti henni á að tala við foreldra og á 1717.'),
    withIds(
      'Strákur, 12 ára, á Roblox sagðist búa á Laugavegi 42 og bauð okkur í heimsókn. Útskýrði að maður gefur það ekki upp.',
      'Laugavegi 42',
    ),
    clean('Rólegt kvöld á Discord. Spjallaði við 16 ára strák frá Selfossi um svefn og pásur frá skjánum.'),
  ],
  fi: [
    withIds(
      '13-vuotias Eetu Virtanen kertoi Robloxissa, että häntä kiusataan pelissä. Neuvoin estämään ja ilmoittamaan.',
      'Eetu Virtanen',
    ),
    clean(
      '14-vuotias tyttö Oulusta kysyi TikTokissa, miten ilkeistä kommenteista ilmoitetaan. Kerroin myös 116 111:stä.',
    ),
    withIds(
      '13-vuotias poika laittoi Discordiin henkilötunnuksensa 070612A284L. Pyysin poistamaan viestin heti.',
      '070612A284L',
    ),
    clean(
      'Fortnite-ilta kahden 12-vuotiaan tamperelaisen kanssa. Puhuttiin V-Bucks-huijauksista ja salasanoista.',
    ),
    withIds(
      '13-vuotias tyttö antoi Snapchatissa numeronsa 040 718 2264 tuntemattomalle. Kävimme läpi riskit.',
      '040 718 2264',
    ),
    clean('Twitch-striimissä turkulaiset nuoret kysyivät Teemu Pukista ja siitä, miten poliisiksi pääsee.'),
    withIds(
      '14-vuotias poika pelaa Minecraftissa nimellä SaunaNinja77 ja halusi lisätä meidät kaveriksi. Kieltäydyin.',
      'SaunaNinja77',
    ),
    clean(
      '16-vuotias menetti Steamissa 20 euroa skin-vaihdossa. Neuvoin ilmoittamaan Steamille ja kertomaan vanhemmille.',
    ),
    withIds(
      '12-vuotias tyttö kertoi Robloxissa asuvansa osoitteessa Koivukuja 3. Selitin, ettei osoitetta kerrota netissä.',
      'Koivukuja 3',
    ),
    clean('Rauhallinen ilta Discordissa. Juttelin 15-vuotiaan jyväskyläläisen kanssa unesta ja ruutuajasta.'),
  ],
  sv: [
    clean('Pratade med en kille på 12 från Umeå på Roblox. Han undrade om vi verkligen är poliser.'),
    withIds(
      'Tjej, 14, på Snapchat som heter Elsa Lindqvist får otäcka meddelanden. Tipsade om att blockera och anmäla.',
      'Elsa Lindqvist',
    ),
    withIds(
      'Kille, 14, skrev sitt personnummer 111019-3628 i Discord-chatten. Bad honom ta bort det direkt.',
      '111019-3628',
    ),
    clean(
      'Fortnite med två killar på 13 från Malmö. Pratade om bluffsidor med gratis V-Bucks och starka lösenord.',
    ),
    withIds(
      'Tjej på 13 på TikTok lade ut sitt nummer 073-482 19 56 i en kommentar. Förklarade varför det är riskabelt.',
      '073-482 19 56',
    ),
    clean(
      'Twitch-sändning med frågor från unga i Göteborg, mycket om Zlatan Ibrahimović och hur man blir polis.',
    ),
    withIds(
      'Kille, 15, på Minecraft kallar sig MooseKing_SE och ville lägga till oss. Tackade vänligt nej.',
      'MooseKing_SE',
    ),
    clean(
      'Tjej, 16, lurad på 300 kronor vid ett skinbyte på Steam. Rådde henne att anmäla och berätta för föräldrarna.',
    ),
    withIds(
      'Kille, 12, på Roblox berättade att han bor på Storgatan 9 och bjöd in oss. Förklarade att man aldrig ger ut sin adress.',
      'Storgatan 9',
    ),
    clean(
      'Lugn kväll på Discord. Pratade med en 15-åring från Västerås om sömn, gaming och pauser från skärmen.',
    ),
  ],
};
