import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round eleven: written blind, without reading the detector or earlier rounds, before the detector was run on it.
 * Longer, messier notes, as officers type them after a shift: one to three sentences, typos, missing capitals, chat
 * slang and mixed languages, identifiers mid-sentence and sometimes two or three in one note, names in lowercase
 * or inflected, relatives and friends, handles spelled with spaces, phones grouped the local way or in digit words,
 * e-mails spelled out in the note's language, addresses with local postcodes and school + class + person. The clean
 * notes lean on what looks like an identifier but is not: stars, game characters, towns and streets without a house
 * number, server names, help lines, police units, match ids, scores, prices, times, weekdays and months.
 */
export const ROUND_ELEVEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'spoke w/ a lad in the fortnite hub, says some older "coach" keeps DMing his mate jayden.r_07 offering vbucks for pics. told him screenshot + report, flagged to CEOP',
      'jayden.r_07',
    ),
    withIds(
      'girl (14) typed her number in vc chat before we cld stop her - 07700 900 418 - asked her to delete it. says her sister kayleigh gets the same creepy adds on snap',
      '07700 900 418',
      'kayleigh',
    ),
    withIds(
      'kid on roblox gave his email tylerbloxx at gmail dot com to a "free robux" site, told him to change pw asap. he lives at 42 Ashgrove Road, Leeds LS6 2QT apparently, mum aware',
      'tylerbloxx at gmail dot com',
      '42 Ashgrove Road, Leeds LS6 2QT',
    ),
    withIds(
      'Year 9 boy, Oliver Brennan, in 9B at Hillcrest Academy getting battered in a discord server called Sweaty Squad, lots of "kys" msgs. screenshots passed on to the school liaison',
      'Oliver Brennan',
      '9B at Hillcrest Academy',
    ),
    withIds(
      'lad on twitch asked if cops can get his acc back, his handle is xX_ghost_lily_Xx (its his sisters old name lol), stolen by a "skin trader". mum wants a call back on +44 7700 900263',
      'xX_ghost_lily_Xx',
      '+44 7700 900263',
    ),
    clean(
      'Chatted to about 20 kids on Hypixel, Bedwars lobby. Questions abt whether Kripos and the NCA work together and one wanted to know how to become a cop. Told them Childline 0800 1111 or 116 111 if anything feels off.',
    ),
    clean(
      'Friday night patrol, fortnite. Lad (15) from Manchester bragging about a 12-4 1v1 and 3200 V-Bucks bought for £19.99, match id 4471 2290 18. Nothing concerning, mostly banter about Saka and Harry Kane.',
    ),
    clean(
      'Said he hangs out near Oxford Street most weekends, didnt say which bit. 13, Valorant gold 2, skins worth ~£450 traded on a gambling site - went through the risks with him.',
    ),
    clean(
      'Kids in Sheffield asked if Peely and Jonesy are real people lol. One girl worried about a friend self-harming, gave no names, pointed her to Papyrus HOPELINE247 and 999 if its urgent.',
    ),
    clean(
      'Discord server Nordic Blocks, approx 40 members, mostly Year 8s. Mod asked for our official page so we gave them the Met TikTok. Tuesday 14 March, 19:30-21:00, Welsh and Irish kids on too.',
    ),
  ],
  nb: [
    withIds(
      'snakka med en gutt på discord som sa at lillebroren hans Mats (10) får meldinger fra en voksen som tilbyr robux mot bilder, "bro he\'s so sus fr". broren spiller som mats_gamer.2014 på roblox. ba dem ta skjermbilder og si ifra hjemme',
      'Mats',
      'mats_gamer.2014',
    ),
    withIds(
      'jente på 15 ville at vi skulle ringe henne på 928 47 361 etter skolen, sa nei og forklarte hvorfor. hun har blitt truet med at bilder blir delt (sextortion), henvist til slettmeg.no og 116 111',
      '928 47 361',
    ),
    withIds(
      'Gutten la ut fødselsnummeret 14031152314 i chatten for å "bevise" alderen til en skin-trader 🙄 ba ham slette meldinga. bor visst i Tollbugata 12, 0152 Oslo',
      '14031152314',
      'Tollbugata 12, 0152 Oslo',
    ),
    withIds(
      'Emilie Haugland i 8C på Nordstrand skole blir mobba i en snapgruppe, venninna hennes fortalte det til oss på fortnite. foreldrene tar det med skolen',
      'Emilie Haugland',
      '8C på Nordstrand skole',
    ),
    withIds(
      'han sa mailen var sander punktum b krøllalfa hotmail punktum com og lurte på om den var hacka, ga råd om tofaktor. mora hans vil bli ringt på +47 412 33 908',
      'sander punktum b krøllalfa hotmail punktum com',
      '+47 412 33 908',
    ),
    clean(
      'Mange spm om Kripos og hvordan man blir politi. En gutt fra Bergen lurte på om Erling Haaland spiller Fortnite lol. Henviste til Alarmtelefonen for barn og unge 116 111 og Kors på halsen.',
    ),
    clean(
      'Patruljerte Minecraft-serveren NorCraft fra 18:30 til 21:15, ca 35 ungdommer innom. Noen skrøt av 1450 timer spilt og en highscore på 98 412 i Bedwars. "No cap, we carried." Ingen bekymring.',
    ),
    clean(
      'Henger visst mye rundt Karl Johan etter skolen, sa en 14-åring fra Drammen. Hadde kjøpt skins for 2 499 kr på en gamblingside, snakket om risiko og Hjelpelinjen for spilleavhengige 800 800 40.',
    ),
    clean(
      'Torsdag kveld: Discord-serveren Gutta på Gamle Oslo spurte etter Nettpatruljen sin TikTok. Mange snakket om Steve og Herobrine, og svenskene på serveren ville vite om Polisen også har nettpatrulje.',
    ),
    clean(
      'Jente bekymret for ei venninne som skader seg selv, ville ikke si navn. Råd om helsesykepleier, Mental Helse 116 123 og 113 ved fare. Hun var lurt for 350 kr, ordrenr 4471 8823 09.',
    ),
  ],
  nn: [
    withIds(
      'prata med ein gut på roblox som sa at venen hans Eirik Sætre har fått trugsmål frå ein vaksen etter at han sende bilete. Eirik bur i Fjellvegen 7, 6800 Førde, sa han',
      'Eirik Sætre',
      'Eirik',
      'Fjellvegen 7, 6800 Førde',
    ),
    withIds(
      'jenta (13) skreiv nummeret sitt i chatten, ni fire sju ein to åtte seks null, før vi rakk å stoppe ho. bad ho slette det. ho har fått meldingar frå ein som kallar seg "modellagent"',
      'ni fire sju ein to åtte seks null',
    ),
    withIds(
      'guten var uroa for syster si Ingvild (12) som har delt snapen sin ingvild.s2011 med ukjende vaksne. rådde dei til å snakke med foreldra, han sa "she\'s lowkey naive"',
      'Ingvild',
      'ingvild.s2011',
    ),
    withIds(
      'e-posten hans var oskar punktum lie krøllalfa gmail punktum com, han hadde gjeve den til ei «gratis skins»-side saman med fødselsnummeret 27081273192. dessverre',
      'oskar punktum lie krøllalfa gmail punktum com',
      '27081273192',
    ),
    withIds(
      'sigrid aasen i 9B på Voss ungdomsskule vert halden utanfor klassechatten, fortalde ei venninne oss i Minecraft. Tipsa mora om å ta det med kontaktlæraren',
      'sigrid aasen',
      '9B på Voss ungdomsskule',
    ),
    clean(
      'Kveldsvakt på Fortnite frå 19 til 22. Ein gut frå Ålesund lurte på om Kripos kan spore IP-adresser, og om Martin Ødegaard spelar Minecraft. Svara så godt vi kunne.',
    ),
    clean(
      'Ho seier ho heng mykje ved Bryggen i Bergen med vener, men ville ikkje seie meir. 14 år, spelar Roblox kvar dag, level 87. Inga uro.',
    ),
    clean(
      'Discord-serveren «Vestlandsgjengen» hadde rundt 60 medlemar. Nokon spurde etter "nummeret til politiet", gav dei 02800 og 112 i naudsituasjonar.',
    ),
    clean(
      'Tysdag: ein gut hadde tapt 1 200 kr på skin-gambling (CS2, case-opning). Kvitteringsnr 8812 4409 73, ikkje lagra. Snakka om Hjelpelinja 800 800 40.',
    ),
    clean(
      'Elevar frå Sogndal ville vite korleis ein vert politi, fortalde om Politihøgskulen og at ein må vere 18. Mario, Luigi og Sonic var dei mest populære avatarane i kveld.',
    ),
  ],
  nl: [
    withIds(
      'jongen van 13 op discord zei dat zn vriend daan_2011 door een "sugardaddy" wordt benaderd met v-bucks voor fotos. geadviseerd blokkeren en melden bij Helpwanted',
      'daan_2011',
    ),
    withIds(
      'meisje gaf haar 06 in de chat: 06-48 21 93 07, voordat we konden reageren, gevraagd het te verwijderen. haar zus noor zit ook in die snapgroep waar naaktfotos rondgaan',
      '06-48 21 93 07',
      'noor',
    ),
    withIds(
      'ze stuurde haar mail lotte punt vd berg apenstaartje hotmail punt nl naar een site voor "gratis robux". woont Kerkstraat 23, 3581 RD Utrecht volgens haar eigen chatbericht',
      'lotte punt vd berg apenstaartje hotmail punt nl',
      'Kerkstraat 23, 3581 RD Utrecht',
    ),
    withIds(
      'Gast van 14 uit Gent, heet Seppe Claes, zegt dat ne "Fortnite-admin" zijn rijksregisternummer vroeg. Hij had 11.04.07-123.52 al gestuurd, allez. Ouders verwittigd.',
      'Seppe Claes',
      '11.04.07-123.52',
    ),
    withIds(
      'BSN 237489156 stond op een screenshot dat Jesse (15) liet zien, van zijn neef Thijs de Groot die op insta gechanteerd wordt. doorgezet naar de zedenrecherche',
      '237489156',
      'Jesse',
      'Thijs de Groot',
    ),
    clean(
      'Patrouille Roblox van 19u tot 21u30. Vragen over hoe je bij de politie komt en of Frenkie de Jong echt Fortnite speelt. Verwezen naar De Kindertelefoon 0800 0432 en 112.',
    ),
    clean(
      'Hangt vaak rond bij de Coolsingel zei hij, verder niks. 2450 V-Bucks voor €19,99, score 14-3 in een 1v1, "ez clap". Geen zorgen.',
    ),
    clean(
      'Discordserver Vlaamse Gamers BE (±80 leden). Woensdag, maart. Meerdere kinderen vroegen naar Europol en de FCCU, een Duitser op de server vroeg naar het BKA. Gewezen op Child Focus 116 000.',
    ),
    clean(
      'Meisje ongerust over een vriendin die zichzelf snijdt, wou geen naam geven. Gewezen op de Zelfmoordlijn 1813 en Awel 102. Maandag, tijdens het Halloween-event in Fortnite.',
    ),
    clean(
      'Jongen van 12 uit Eindhoven wil later bij de politie, vroeg naar de Politieacademie. Speelt als Steve in Minecraft, level 54, 3.200 uur gespeeld. Leuk gesprek.',
    ),
  ],
  fr: [
    withIds(
      "un gamin de 12 ans sur roblox nous dit que son pote lucas.dbx_09 reçoit des msgs d'un adulte qui propose des robux contre des photos. conseillé de bloquer et d'en parler aux parents",
      'lucas.dbx_09',
    ),
    withIds(
      "Elle a tapé son numéro dans le chat, 0471 23 45 67, avant qu'on puisse l'arrêter, on lui a expliqué pourquoi l'effacer. sa cousine manon reçoit aussi des menaces de sextorsion sur Snap.",
      '0471 23 45 67',
      'manon',
    ),
    withIds(
      "son adresse mail c'est theo point lambert arobase gmail point com, donnée à un site de skins gratos, on lui a dit de changer son mdp. Il habite rue des Champs 14, 4020 Liège d'après lui",
      'theo point lambert arobase gmail point com',
      'rue des Champs 14, 4020 Liège',
    ),
    withIds(
      "numéro national 09.08.23-046.23 envoyé par une fille de 14 ans à un soi-disant recruteur de streameuses sur TikTok. Elle s'appelle Chloé Dubois, en 3e secondaire à l'Athénée royal de Namur.",
      '09.08.23-046.23',
      'Chloé Dubois',
      'Athénée royal de Namur',
    ),
    withIds(
      "Nathan nous a parlé en vocal sur Fortnite, on l'insulte tous les jours, son gamertag c'est N4th4n_BXL. Il a donné le +32 478 91 02 63 de sa mère pour qu'on la rappelle.",
      'Nathan',
      'N4th4n_BXL',
      '+32 478 91 02 63',
    ),
    clean(
      'Patrouille sur Minecraft de 18h à 20h30. Bcp de questions sur Europol et comment devenir policier, un garçon de Charleroi voulait savoir si Romelu Lukaku joue à Fortnite. Renvoyé vers le 103 Écoute-Enfants.',
    ),
    clean(
      'Il traîne souvent près de la Grand-Place, sans plus. A perdu 75 € en caisses CS2, ID du serveur 2245 8801 39, score 16-9. Aucune donnée perso.',
    ),
    clean(
      'Serveur Discord « Les Gaufres Gaming », environ 120 membres. Mardi, novembre. Les ados parlaient surtout de Mario Kart et de Tintin, et des Hollandais trop forts en Rocket League. Rien à signaler.',
    ),
    clean(
      "Une fille inquiète pour une amie qui se scarifie, elle n'a pas voulu donner de nom. On lui a donné le Centre de Prévention du Suicide, 0800 32 123, et le 112.",
    ),
    clean(
      'Jeune Flamand de Bruxelles, 13 ans, mélange français et néerlandais, "allez, c\'est ne zotte game". Voulait savoir combien gagne un inspecteur. Niveau 63 sur Fortnite, 1 450 V-Bucks.',
    ),
  ],
  de: [
    withIds(
      'Junge (13) auf Discord erzählt, dass sein Kumpel finn_luca.07 von nem Erwachsenen angeschrieben wird, der V-Bucks gegen Bilder anbietet. geraten: blockieren, Screenshots, Eltern informieren',
      'finn_luca.07',
    ),
    withIds(
      'sie hat ihre handynr in den chat geschrieben, 0151 234 567 89, haben sie gebeten das zu löschen. ihr bruder jonas wird auf TikTok erpresst (Sextortion)',
      '0151 234 567 89',
      'jonas',
    ),
    withIds(
      'Mailadresse: mia Punkt schneider Klammeraffe web Punkt de, hat sie an nen "Modelscout" geschickt. Wohnt laut eigenen Angaben in der Lindenstraße 8, 50674 Köln',
      'mia Punkt schneider Klammeraffe web Punkt de',
      'Lindenstraße 8, 50674 Köln',
    ),
    withIds(
      'Leon Hoffmann aus der 7b der Gesamtschule Kalk wird in einem Roblox-Clan gemobbt, hat uns eine Freundin von ihm erzählt. Schule wird über die Eltern informiert.',
      'Leon Hoffmann',
      '7b der Gesamtschule Kalk',
    ),
    withIds(
      'Gamertag xXDarkEmilyXx, Handy der Mutter +49 176 4829 3106 - Emily (12) hat auf Fortnite jemandem ihr Passwort gegeben. Rückruf zugesagt.',
      'xXDarkEmilyXx',
      '+49 176 4829 3106',
      'Emily',
    ),
    clean(
      'Streife auf Fortnite von 18 bis 21 Uhr. Fragen, wie man Polizist wird und ob Thomas Müller zockt. Auf die Nummer gegen Kummer 116 111 und die 110 hingewiesen.',
    ),
    clean(
      'Hängt oft am Alexanderplatz rum, meinte er, mehr nicht. 2.800 V-Bucks für 22,99 €, Match-ID 4471-2290-18. Nix Auffälliges.',
    ),
    clean(
      'Discord-Server „Berliner Blockbuddies“, ca. 90 Mitglieder. Mittwoch, Dezember. Viele fragten nach Europol und dem BKA, Creeper und Herobrine waren auch Thema lol.',
    ),
    clean(
      'Mädchen macht sich Sorgen um eine Freundin, die sich ritzt, wollte keinen Namen nennen. Telefonseelsorge 0800 111 0 111 und JugendNotmail empfohlen.',
    ),
    clean(
      'Jugendlicher aus München, 15, hat 340 € beim Skin-Gambling verloren. Level 112, K/D 2,4, spielt mit Niederländern und Schweden. Über Glücksspielsucht gesprochen.',
    ),
  ],
  is: [
    withIds(
      'strákur (12) á Roblox sagði að vinur hans, jonni_2011, fái skilaboð frá fullorðnum manni sem býður robux fyrir myndir. ráðlögðum honum að blokka og segja foreldrunum',
      'jonni_2011',
    ),
    withIds(
      'Stelpan skrifaði símanúmerið sitt í spjallið, 867 4521, áður en við náðum að stoppa hana. systir hennar sara lendir líka í hótunum á Snapchat',
      '867 4521',
      'sara',
    ),
    withIds(
      'hann gaf upp kennitöluna sína 120411-3730 til að "sanna aldur" hjá skinnasala. býr á Hringbraut 45, 101 Reykjavík að eigin sögn',
      '120411-3730',
      'Hringbraut 45, 101 Reykjavík',
    ),
    withIds(
      'netfangið hennar er katla punktur sif hjá gmail punktur com, hún sendi það á "frí V-bucks" síðu. Katla Sif Jónsdóttir er í 8. bekk í Hagaskóla.',
      'katla punktur sif hjá gmail punktur com',
      'Katla Sif Jónsdóttir',
      '8. bekk í Hagaskóla',
    ),
    withIds(
      'Við töluðum við Aron á Fortnite, hann er lagður í einelti. gamertagið hans er aron.thor07 og mamma hans vill að við hringjum í +354 692 1187.',
      'Aron',
      'aron.thor07',
      '+354 692 1187',
    ),
    clean(
      'Eftirlit á Minecraft frá kl. 19 til 21. Krakkar spurðu hvernig maður verður lögreglumaður og hvort Gylfi Sigurðsson spili Fortnite. Bentum á Hjálparsíma Rauða krossins 1717 og 112.',
    ),
    clean(
      'Hann hangir mikið við Laugaveg eftir skóla, sagði ekki meira. 15 ára, level 74, tapaði 4.990 kr. á skinnaveðmálum. Ræddum áhættuna.',
    ),
    clean(
      'Discord-þjónninn „Íslenskir Spilarar“, um 50 meðlimir. Þriðjudagur í október. Mikið talað um Steve, Creeper og Mario, og Norðmenn og Danir voru líka inni. Ekkert athugavert.',
    ),
    clean(
      'Stelpa hafði áhyggjur af vinkonu sem skaðar sig, vildi ekki gefa upp nafn. Bentum á 1717 og Píeta samtökin, sími 552 2218.',
    ),
    clean(
      'Strákur frá Akureyri, 13 ára, spurði um Europol og ríkislögreglustjóra. Auðkenni netþjóns 3321 8890 14, staðan 12-7 í 1v1. Skemmtilegt spjall.',
    ),
  ],
  fi: [
    withIds(
      'poika (12) kertoi discordissa että kaverinsa eetu_k2011 saa viestejä aikuiselta joka lupaa robuxeja kuvia vastaan. neuvottiin estämään ja kertomaan vanhemmille',
      'eetu_k2011',
    ),
    withIds(
      'tyttö kirjoitti puhelinnumeronsa chattiin, 040 718 2934, ennen kuin ehdittiin estää. hänen pikkusiskoaan Ellaa kiristetään Snapchatissa',
      '040 718 2934',
      'Ellaa',
    ),
    withIds(
      'antoi henkilötunnuksensa 210310A286S "skinikauppiaalle" todistaakseen ikänsä. asuu kuulemma osoitteessa Hämeenkatu 12 B 8, 33100 Tampere',
      '210310A286S',
      'Hämeenkatu 12 B 8, 33100 Tampere',
    ),
    withIds(
      'sähköposti oli aino piste virtanen ät gmail piste com, sen hän oli antanut "ilmaisia V-buckseja" -sivulle. Aino Virtanen on 7B-luokalla Kalevan koulussa.',
      'aino piste virtanen ät gmail piste com',
      'Aino Virtanen',
      '7B-luokalla Kalevan koulussa',
    ),
    withIds(
      'Juteltiin Fortnitessa Oliverin kanssa, häntä kiusataan päivittäin. pelinimi on oliver.x.fi ja äidin numero +358 50 987 6543, soitetaan takaisin.',
      'Oliverin',
      'oliver.x.fi',
      '+358 50 987 6543',
    ),
    clean(
      'Partio Minecraftissa klo 18–21. Kysymyksiä siitä, miten poliisiksi pääsee ja pelaako Teemu Pukki Fortnitea. Ohjattiin Sekasin-chattiin, Lasten ja nuorten puhelimeen 116 111 ja hätänumeroon 112.',
    ),
    clean(
      'Hengailee kuulemma paljon Aleksanterinkadun tienoilla, ei kertonut enempää. 14-vuotias, taso 88, hävinnyt 120 € skinivedonlyönnissä. Puhuttiin riskeistä.',
    ),
    clean(
      'Discord-palvelin ”Suomi Pelaajat”, noin 70 jäsentä. Keskiviikko, helmikuu. Paljon juttua Mariosta, Sonicista ja Keskusrikospoliisista. Ei huolia.',
    ),
    clean(
      'Tyttö huolissaan ystävästä, joka viiltelee, ei halunnut kertoa nimeä. Kerrottiin MIELI ry:n kriisipuhelimesta 09 2525 0111 ja 112:sta.',
    ),
    clean(
      'Oulusta kotoisin oleva poika (13) kysyi Europolista ja KRP:stä. Palvelimen ID 5578 2210 93, tulos 11–4. Ruotsalaiset kaverit pelasivat mukana.',
    ),
  ],
  sv: [
    withIds(
      'kille (13) på discord sa att hans kompis wille.b_2010 får dm från en vuxen som erbjuder v-bucks mot bilder. rådde honom att blocka och berätta för föräldrarna',
      'wille.b_2010',
    ),
    withIds(
      'tjejen skrev sitt nummer i chatten, 073-418 22 90, innan vi hann stoppa henne. hennes lillebror elias blir också utpressad på snap',
      '073-418 22 90',
      'elias',
    ),
    withIds(
      'hon skickade sitt personnummer 110523-4486 till en "skin-handlare" för att bevisa ålder. bor enligt egen uppgift på Storgatan 14, 852 30 Sundsvall',
      '110523-4486',
      'Storgatan 14, 852 30 Sundsvall',
    ),
    withIds(
      'mejlen var alva punkt lind snabel-a outlook punkt com, hon hade gett den till en sida med "gratis robux". Alva Lindqvist går i 7A på Vasaskolan.',
      'alva punkt lind snabel-a outlook punkt com',
      'Alva Lindqvist',
      '7A på Vasaskolan',
    ),
    withIds(
      'Pratade med Hugo på Fortnite, han blir mobbad varje dag. gamertaggen är hugo underscore gbg 11, och mammans nummer +46 76 239 41 08 för återkoppling',
      'Hugo',
      'hugo underscore gbg 11',
      '+46 76 239 41 08',
    ),
    clean(
      'Patrull på Minecraft kl 18–21. Frågor om hur man blir polis och om Zlatan spelar Fortnite lol. Hänvisade till BRIS 116 111 och 112.',
    ),
    clean(
      'Han hänger mycket vid Drottninggatan efter skolan, sa inget mer. 14 år, level 93, förlorat 450 kr på skin-gambling. Pratade om Stödlinjen 020-81 91 00.',
    ),
    clean(
      'Discordservern ”Svenska Spelare SE”, ca 110 medlemmar. Fredag i januari. Mycket snack om Mario, Pikachu och Noa, och några danskar som trashtalkade.',
    ),
    clean(
      'Tjej orolig för en kompis som skadar sig själv, ville inte säga namn. Tipsade om Mind Självmordslinjen 90101 och 112.',
    ),
    clean(
      'Kille från Malmö, 12 år, vill bli polis. Serverns ID 7712 4409 33, resultat 13–6. Finska och norska kompisar i samma lag.',
    ),
  ],
};
