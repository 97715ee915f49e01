/**
 * Round ninety-three: written blind, before the detector was run on it.
 * People named in passing with no cue word (siblings, cousins, classmates, step-parents, adults met online), by short
 * form, full name, in lower case or in an inflected case; clean notes name only famous people, characters and roles.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_NINETY_THREE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Boy, 13, on Discord: cousin Robbie keeps asking him for Robux and says he will post a video of him if he stops paying. Robbie Pedersen is 17 and plays on the same Minecraft server.',
      'Robbie',
      'Robbie Pedersen',
    ),
    withIds(
      'Girl (14) from Bergen on Snapchat, feels left out since amira and sofie made a group chat for the whole class without her. Told her to talk to an adult at school.',
      'amira',
      'sofie',
    ),
    withIds(
      "Belgian team, Fortnite: lad of 12 says stepdad Mark reads all his messages and takes his phone at night. He typed 0471 23 88 19 in the chat so we could call him; declined and explained we don't call kids.",
      'Mark',
      '0471 23 88 19',
    ),
    withIds(
      'Dutch team on Roblox: boy of 12 gets gifts from Ruud from the football club, who writes from xXcoachRuudXx and wants to move the chat to WhatsApp.',
      'Ruud',
      'xXcoachRuudXx',
    ),
    withIds(
      'Finnish girl on TikTok, 15, worried about her friend Iida who posts about cutting; Iida lives at Hämeenkatu 14 B 22 in Tampere. Pointed her to Sekasin chat.',
      'Iida',
      'Hämeenkatu 14 B 22',
    ),
    clean(
      'Kripos patrol on Twitch, 19:40–21:10: around 30 viewers asked if we are real police. Explained the blue profile, pointed to 116 111 and recorded no personal data.',
    ),
    clean(
      'Boy, 11, argued that Erling Haaland is better than Kylian Mbappé and asked if the police play FIFA too. Fun chat, no concerns.',
    ),
    clean(
      'A girl asked whether it is illegal to share a picture of Billie Eilish edited with AI. Talked about deepfakes and consent; she is 13 and lives in a small town near Trondheim.',
    ),
    clean(
      "Group of kids on the Minecraft server Skyblock EU wanted to know how old you must be to join the police. Told them 18 and a bachelor's degree in Norway; one only wanted to talk about MrBeast's latest video.",
    ),
    clean(
      'Boy on Steam says an older boy on the server asked him for nudes. No names or usernames given; advised him to block, take screenshots and tell a parent, and gave him 116 111. Case 24/11873.',
    ),
  ],
  nb: [
    withIds(
      'Gutt (12) på Discord fortalte at storebroren Isse og kompisen hans Tobias Haugen har tatt passordet til Fortnite-kontoen. Vil ikke si det til mamma.',
      'Isse',
      'Tobias Haugen',
    ),
    withIds(
      'Jente 14 på Snapchat: Kenneth fra Roblox vil at hun skal sende bilder og har gitt henne 934 55 210 så hun kan ringe ham.',
      'Kenneth',
      '934 55 210',
    ),
    withIds(
      'snakket med ei jente på tiktok som blir mobbet av ida og hamza i klassen. de har laget en falsk profil av henne.',
      'ida',
      'hamza',
    ),
    withIds(
      'Gutten skrev fødselsnummeret sitt 14051051247 i chatten fordi noen på Discord lovet gratis V-bucks. Søsteren Nora satt ved siden av.',
      '14051051247',
      'Nora',
    ),
    withIds(
      'Jente (15) fra Drammen bekymret for kusina Hodan Warsame, som har flyttet inn hos en 25 år gammel kjæreste i Konnerudgata 22.',
      'Hodan Warsame',
      'Konnerudgata 22',
    ),
    clean(
      'Patrulje på Roblox 18.00–20.30. Ca. 40 barn innom, mest spørsmål om politiet har våpen og om Kripos kjenner Martin Ødegaard. Ingen personopplysninger registrert.',
    ),
    clean(
      'Gutt på 10 år spurte om det er lov å spille GTA når man er under 18. Snakket om aldersgrenser; han bor i ei bygd utenfor Tromsø.',
    ),
    clean(
      'Ei jente fortalte at stefaren drikker mye i helgene. Fikk nummeret til Alarmtelefonen for barn og unge, 116 111, og tips om å snakke med helsesykepleieren.',
    ),
    clean(
      'Tre gutter på Twitch ville vite om Alan Walker er fra Bergen og om politiet bruker Discord på jobb. Samtalen varte 15 minutter, kl. 21.05.',
    ),
    clean(
      'Gutt 13 i Steam-chat: en eldre gutt på serveren truer med å legge ut bilder. Ingen navn oppgitt. Rådet ham til å ikke slette noe og ringe 112 hvis han er redd.',
    ),
  ],
  nn: [
    withIds(
      'Gut på 13 i Fortnite fortalde at onkel Arild Kvamme har sendt han pengar og vil møte han åleine i Førde. Eg bad han snakke med mor si.',
      'Arild Kvamme',
    ),
    withIds(
      'jenta (14) seier at sigve og fetteren hans tek bilete av ho i garderoben. ho vil ikkje at læraren skal få vite det.',
      'sigve',
    ),
    withIds(
      'Snakka med ein gut på Discord som har gitt 478 12 903 til ein vaksen som lovar han skins. Bestekameraten Eirik Nesheim har fått dei same meldingane.',
      '478 12 903',
      'Eirik Nesheim',
    ),
    withIds(
      'Jenta spurde kva ho skal gjere når Synnøve og Amina frå klassen ler av ho på Snapchat heile tida. Ho er 12 og gruer seg til skulen.',
      'Synnøve',
      'Amina',
    ),
    withIds(
      'Gut (15) i Minecraft gav fødselsnummeret 03091173416 for å få ein gratis skin. Stefaren Geir veit ikkje om det.',
      '03091173416',
      'Geir',
    ),
    clean(
      'Nettpatrulje på Twitch frå Bergen. Ungdomane ville snakke om Aurora og Sigrid, og om politiet kan lese private meldingar. Ingen personopplysningar er lagra.',
    ),
    clean(
      'Ein gut på 11 år spurde kva ein gjer om nokon trugar ein på Roblox. Forklarte at han kan ringje 112 eller 116 111, og at han ikkje treng seie kven han er.',
    ),
    clean(
      'Jenta var redd for ein vaksen mann ho ikkje veit namnet på. Ho bur i ei lita bygd i Sogn, går i 8. klasse og spelar mest Fortnite.',
    ),
    clean(
      'Samtale om Mario, Luigi og Bowser i Mario Kart. Guten meinte Nintendo er betre enn PlayStation. Kl. 19.45, varte 12 minutt.',
    ),
    clean(
      'Spørsmål om Karsten Warholm og om politifolk trenar mykje. Forklarte opptaket til Politihøgskulen; to jenter frå ein skule i Voss.',
    ),
  ],
  nl: [
    withIds(
      'Jongen (13) uit Rotterdam op Fortnite: zijn neef Bram en diens vriend Yassin El Amrani dwingen hem V-Bucks te kopen met de bankpas van zijn moeder.',
      'Bram',
      'Yassin El Amrani',
    ),
    withIds(
      'meisje 14 tiktok, wordt gepest door lotte en sem uit 2b. durft niet meer naar school.',
      'lotte',
      'sem',
    ),
    withIds(
      'Op Roblox vertelde een meisje van 12 dat een man om foto’s vraagt; ze had hem 273846152 gestuurd omdat hij zei dat hij van de politie was. Haar zus Femke weet ervan.',
      '273846152',
      'Femke',
    ),
    withIds(
      'Vlaamse jongen (15) op Discord: stiefvader Dirk Peeters slaat hem als hij verliest met FIFA. Woont in de Kerkstraat 41 in Aalst.',
      'Dirk Peeters',
      'Kerkstraat 41',
    ),
    withIds(
      'Jongen op Snapchat bang voor sextortion; Kevin uit de derde dreigt zijn foto’s naar oma te sturen. Hij gaf zelf 06 41 27 83 95 door.',
      'Kevin',
      '06 41 27 83 95',
    ),
    clean(
      'Patrouille op Twitch 20:00–22:00, ongeveer 55 kijkers. Vragen over Memphis Depay, Virgil van Dijk en of de politie ook Call of Duty speelt. Geen persoonsgegevens vastgelegd.',
    ),
    clean(
      'Meisje vroeg wat ze moet doen als iemand op Discord naaktfoto’s van haar heeft. Verwezen naar Helpwanted en de Kindertelefoon 0800-0432.',
    ),
    clean(
      'Jongen van 11 uit een dorp bij Gent wilde weten of Stromae echt Belg is. Leuk gesprek over muziek en Minecraft.',
    ),
    clean(
      'Een oudere jongen op de server stuurt dreigberichten. De jongen wilde geen namen geven; advies: blokkeren en melden, bij gevaar 112 bellen. Zaaknummer 2024/04711.',
    ),
    clean(
      'Kinderen op Habbo vroegen naar Sonic en Knuckles en of agenten een pistool dragen. Groepje van 6, allemaal tussen 10 en 12 jaar.',
    ),
  ],
  fr: [
    withIds(
      'Garçon de 12 ans sur Roblox, Liège : son grand frère Nico et le copain de celui-ci, Bilal Ait Ouali, lui prennent son argent de poche pour des Robux.',
      'Nico',
      'Bilal Ait Ouali',
    ),
    withIds(
      'fille 14 ans snap, harcelée par ines et lucas de sa classe, ils ont fait un faux compte à son nom.',
      'ines',
      'lucas',
    ),
    withIds(
      'Jeune de 15 ans sur Discord a donné 10.04.12-231.64 à un adulte qui lui promet un job étudiant. Sa mère Nathalie ne le sait pas.',
      '10.04.12-231.64',
      'Nathalie',
    ),
    withIds(
      'Sur TikTok, une fille de Charleroi parle de son beau-père Olivier Dubois qui lit tous ses messages ; elle habite rue de la Montagne 17.',
      'Olivier Dubois',
      'rue de la Montagne 17',
    ),
    withIds(
      'Garçon de 13 ans sur Fortnite : Karim, un adulte rencontré en ligne, lui écrit tous les soirs et lui a laissé karim.gamer08 arobase gmail point com.',
      'Karim',
      'karim.gamer08 arobase gmail point com',
    ),
    clean(
      'Patrouille sur Twitch de 19h à 21h, une quarantaine de jeunes. Questions sur Romelu Lukaku, Thibaut Courtois et sur l’âge pour entrer à la police. Aucune donnée personnelle enregistrée.',
    ),
    clean(
      'Une fille de 13 ans demande quoi faire si quelqu’un menace de publier une photo d’elle. Conseils : bloquer, faire une capture, appeler le 103 ou Child Focus au 116 000.',
    ),
    clean(
      'Garçon de Namur, 11 ans, fan d’Angèle et de Squeezie, veut savoir si les policiers jouent à Minecraft. Discussion sympa.',
    ),
    clean(
      'Un adolescent raconte qu’un homme plus âgé lui demande des photos. Pas de nom ni de pseudo donné. Dossier 2024/1187, orienté vers le 101 en cas de danger.',
    ),
    clean(
      'Question sur Mbappé et le Real Madrid, puis sur Link et Zelda. Deux garçons de 10 et 12 ans d’une école à Mons.',
    ),
  ],
  de: [
    withIds(
      'Junge, 13, aus Eupen auf Fortnite: sein Cousin Jonas und dessen Kumpel Tim Schröder nehmen ihm ständig den Account weg. Jonas’ Mutter weiß nichts davon.',
      'Jonas',
      'Tim Schröder',
    ),
    withIds(
      'mädchen 14 auf snapchat, wird von leonie und emir gemobbt, die haben ein fake-profil gemacht.',
      'leonie',
      'emir',
    ),
    withIds(
      'Ein Mann aus Roblox schreibt Mias Schwester jeden Abend und will sich mit ihr treffen. Mia hat uns seine Nummer gegeben: 0176 43829107.',
      'Mias',
      'Mia',
      '0176 43829107',
    ),
    withIds(
      'Junge auf Discord wird erpresst und hat seinem Stiefvater Thomas Krämer nichts erzählt; wohnt Hauptstraße 58 in Kelmis.',
      'Thomas Krämer',
      'Hauptstraße 58',
    ),
    withIds(
      'Mit Ayşe und Deniz aus der 7b zockt sie Minecraft; Deniz hat ihr Passwort geändert und schreibt jetzt von d3n1z_yt an alle.',
      'Ayşe',
      'Deniz',
      'd3n1z_yt',
    ),
    clean(
      'Streife auf Twitch, 18:30–20:45, ca. 35 Zuschauer. Fragen zu Jamal Musiala, Manuel Neuer und ob Polizisten Fortnite spielen. Keine personenbezogenen Daten erfasst.',
    ),
    clean(
      'Mädchen, 12, fragt, was sie tun soll, wenn ein Erwachsener sie im Chat bedrängt. Nummer gegen Kummer 116 111 genannt, im Notfall 112.',
    ),
    clean(
      'Junge aus einem Dorf bei St. Vith wollte wissen, ob MontanaBlack wirklich so reich ist. Gespräch über Streamer und Altersgrenzen.',
    ),
    clean(
      'Ein älterer Junge droht, Bilder zu verbreiten. Keine Namen genannt, Vorgang 2024-88213. Rat: blockieren, Screenshots machen, Eltern informieren.',
    ),
    clean(
      'Gespräch über Steve, Alex und den Creeper aus Minecraft. Drei Kinder, 9 bis 11 Jahre, aus einer Schule in Aachen.',
    ),
  ],
  is: [
    withIds(
      'Strákur, 12 ára, á Fortnite sagði að Halli frændi hans og vinur hans Gunnar Þórsson taki alltaf aðganginn hans. Hann þorir ekki að segja mömmu frá.',
      'Halli',
      'Gunnar Þórsson',
    ),
    withIds(
      'stelpa 14 á snapchat, verður fyrir stríðni frá önnu og jóhönnu í bekknum, þær bjuggu til falskan aðgang.',
      'önnu',
      'jóhönnu',
    ),
    withIds(
      'Stúlka, 15, sendi 070610-2800 til manns á Discord sem lofaði henni vinnu. Hún býr hjá Kristínu móðursystur sinni.',
      '070610-2800',
      'Kristínu',
    ),
    withIds(
      'Drengur á TikTok er hræddur við stjúpföður sinn og hefur bara sagt Einari Magnússyni þjálfara frá því. Býr á Hringbraut 74 í Reykjavík.',
      'Einari Magnússyni',
      'Hringbraut 74',
    ),
    withIds(
      'Strákur, 13 ára, fær skilaboð frá Tómasi á Roblox sem vill fá myndir; síminn hjá Tómasi er 862 4417.',
      'Tómasi',
      '862 4417',
    ),
    clean(
      'Netvakt á Twitch frá kl. 20:00 til 21:30, um 25 ungmenni. Spurt um Gylfa Sigurðsson og Björk og hvort lögreglan spili Minecraft. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Stelpa, 13 ára, spurði hvað hún ætti að gera ef einhver hótar að birta myndir af henni. Bent á 1717 og 112.',
    ),
    clean(
      'Strákur frá Akureyri, 11 ára, vildi vita hvort Steve gæti unnið Ender-drekann einn. Skemmtilegt spjall um Minecraft.',
    ),
    clean('Eldri strákur á servernum er að hóta honum. Engin nöfn gefin. Málsnúmer 007-2024-5521.'),
    clean(
      'Spurt um Laufeyju og Daða Frey og hvað þarf til að verða lögreglumaður. Þrjár stelpur úr skóla í Hafnarfirði.',
    ),
  ],
  fi: [
    withIds(
      'Poika (12) kertoi Fortnitessa, että Jonin ja Eetu Mäkisen kanssa pelatessa häneltä viedään aina V-buckseja.',
      'Jonin',
      'Eetu Mäkisen',
    ),
    withIds(
      'tyttö 14 snapissa, ainon ja venlan tekemä feikkiprofiili, kiusaavat joka päivä.',
      'ainon',
      'venlan',
    ),
    withIds(
      'Tyttö (15) Discordissa antoi 190311A4822 aikuiselle, joka lupasi kesätöitä. Hän ei ole kertonut siitä Pirjolle, äitipuolelleen.',
      '190311A4822',
      'Pirjolle',
    ),
    withIds(
      'TikTokissa poika kertoi pelkäävänsä Mikko Virtasta, äidin uutta miestä. Osoite Insinöörinkatu 41 B 12, Tampere.',
      'Mikko Virtasta',
      'Insinöörinkatu 41 B 12',
    ),
    withIds(
      'Poika 13 v. saa Robloxissa viestejä Abdilta, joka haluaa kuvia. Abdin numero on 040 718 2394.',
      'Abdilta',
      'Abdin',
      '040 718 2394',
    ),
    clean(
      'Partio Twitchissä klo 18–20, noin 40 nuorta. Kysyttiin Teemu Pukista, Käärijästä ja pelaako poliisi Fortnitea. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Tyttö 13 v. kysyi, mitä tehdä jos joku uhkaa levittää kuvia. Ohjattiin Sekasin-chattiin ja Nuorten puhelimeen 116 111, hätätilanteessa 112.',
    ),
    clean(
      'Poika Oulun lähellä olevasta kylästä halusi tietää, onko Mario vahvempi kuin Sonic. Hauska keskustelu.',
    ),
    clean('Vanhempi poika palvelimella kiristää. Nimiä ei kerrottu. Ilmoitus 5500/R/12345/24.'),
    clean(
      'Keskustelu Angry Birdsistä ja Supercellin peleistä; kolme 10-vuotiasta espoolaisesta koulusta kysyi, saako poliisi pelata töissä.',
    ),
  ],
  sv: [
    withIds(
      'Pojke, 12, på Fortnite i Vasa: storebror Jocke och hans kompis Linus Backman tar hans V-bucks hela tiden.',
      'Jocke',
      'Linus Backman',
    ),
    withIds(
      'tjej 14 på snap, mobbas av elin och ebba i klassen, de har gjort ett fejkkonto.',
      'elin',
      'ebba',
    ),
    withIds(
      'Flicka, 15, på Discord skickade 100623-1235 till en man som lovade sommarjobb. Mamma Helena vet inget.',
      '100623-1235',
      'Helena',
    ),
    withIds(
      'Pojke på TikTok rädd för styvpappa Jukka Lindqvist, bor på Storgatan 23 i Jakobstad.',
      'Jukka Lindqvist',
      'Storgatan 23',
    ),
    withIds(
      'Pojke 13 på Roblox får meddelanden från Ali, en vuxen som vill ha bilder; Alis nummer är 070-482 19 36.',
      'Ali',
      'Alis',
      '070-482 19 36',
    ),
    clean(
      'Patrull på Twitch kl. 19–21, ca 30 ungdomar. Frågor om Zlatan, Viktor Gyökeres och om polisen spelar Minecraft. Inga personuppgifter registrerade.',
    ),
    clean(
      'Flicka, 13, frågade vad hon ska göra om någon hotar att sprida bilder. Hänvisade till BRIS 116 111 och 112 vid fara.',
    ),
    clean('Pojke från en by utanför Åbo ville veta om Kalle Anka är äldre än Musse Pigg. Trevligt samtal.'),
    clean('En äldre kille på servern hotar honom. Inga namn angavs. Ärendenummer 5000-K123456-24.'),
    clean(
      'Pratade om Link och Ganon från Zelda och om hur man blir polis. Tre elever från en skola i Helsingfors.',
    ),
  ],
};
