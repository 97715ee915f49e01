/**
 * Round eighty-nine: written blind, before the detector was run on it.
 * Famous people, pets, skins, help lines and case numbers everywhere; half the notes hide one identifier among them.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_EIGHTY_NINE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    clean(
      'Discord, 20 min with a boy (14) from Bergen who only wanted to argue whether haaland or Mbappé is faster in EA FC 25. Profile used: Politiet Nettpatrulje. Told him about 116 111. No personal data recorded.',
    ),
    clean(
      'Roblox, server "Brookhaven EU #3", 21:40–22:05: two girls asked if Kripos is like the FBI and whether Taylor Swift tickets on TikTok are real. Showed them how to report to Roblox; our internal ticket is 4471-982.',
    ),
    clean(
      'Belgian team on Twitch during a Fortnite stream: chat spammed Peely and Jonesy, one viewer asked if King Philippe plays Fortnite and another wanted Lotte Kopecky to join. Nobody shared anything private. Week log case 24/1187.',
    ),
    clean(
      'Finnish colleagues, summary in English: a boy on Steam was down after losing 3–0 in CS2 and wrote that "nothing matters". Referred to Sekasin chat and 116 111; he said he would talk to his mum tonight. No names given.',
    ),
    clean(
      'Icelandic team on TikTok: a girl (13) asked if Laufey and Björk are related and if police can see deleted videos. Explained 112 and the Red Cross line 1717. Her cat Snorri walked across the camera. No identifiers.',
    ),
    withIds(
      'Snapchat: a girl (15) from Drammen said an adult who calls himself a Rosenborg scout keeps asking her for pictures; she typed his snap name mr_scout_rbk07 before we could stop her. Advised block and report, tip sent to Kripos.',
      'mr_scout_rbk07',
    ),
    withIds(
      'Minecraft, Hypixel: a boy talked about Ødegaard and Arsenal for ten minutes, then said his friend Jonas Berntsen Vik gets bullied in the class chat every evening. Gave him 116 111.',
      'Jonas Berntsen Vik',
    ),
    withIds(
      'Dutch team, Discord: a 12-year-old said a fake "Ajax academy" page asked for his BSN, and he typed it to us as well: 261738409. Explained identity fraud and told him to tell a parent.',
      '261738409',
    ),
    withIds(
      "Xbox party chat: a boy (16) asked about Mo Salah's contract, then said a guy sells cheap V-Bucks and that we should text him on +47 934 12 587. Scam, advised him not to pay.",
      '+47 934 12 587',
    ),
    withIds(
      'Xbox, Norwegian boy (13): a "Microsoft agent" asked for his fødselsnummer and he pasted it in our chat too, 230111 52295. Told him to delete it and talk to his parents.',
      '230111 52295',
    ),
  ],
  nb: [
    clean(
      'Snakket med to gutter (13 og 14) på Discord om Martin Ødegaard og Erling Braut Haaland. De lurte på om Politiet Nettpatrulje er ekte politi. Ingen personopplysninger notert.',
    ),
    clean(
      'Jente på TikTok spurte om Astrid S og Sigrid er venner, og om man kan anmelde noen for stygge kommentarer under en Ingrid Alexandra-video. Henviste til 116 111 og slettmeg.no.',
    ),
    clean(
      'Fortnite: gutt fra Molde skrøt av Fishstick- og Aura-skinnene sine og slo oss 2–1 i Zero Build. Spurte om kong Harald spiller. Sak 24-118432 brukt i ukeloggen, ingenting lagret.',
    ),
    clean(
      'Roblox, Adopt Me: jenta (11) fortalte om katten Haaland og hunden Pelle. Hun var lei seg fordi noen lurte til seg en neon-drage; forklarte at det kan rapporteres til Roblox.',
    ),
    clean(
      'Gutt på Steam (15) skrev at han «ikke orker mer» etter et tap i CS2. Vi ga ham 116 111 og Mental Helse 116 123, og han sa han skulle snakke med helsesykepleieren på en skole i Tromsø. Ingen navn oppgitt.',
    ),
    withIds(
      'Discord: gutt (14) snakket mest om Jakob Ingebrigtsen, men sa til slutt at en voksen mann som kaller seg Kristian Haugland Rønning har sendt ham penger for bilder. Bekymringsmelding vurderes.',
      'Kristian Haugland Rønning',
    ),
    withIds(
      'Snapchat: jente (15) fra Fredrikstad mistet kontoen etter en falsk Vipps-melding og skrev fødselsnummeret sitt uoppfordret i chatten: 14070948363. Ba henne aldri dele det igjen.',
      '14070948363',
    ),
    withIds(
      'Minecraft: tre gutter bygget Aspmyra for Bodø/Glimt. En av dem sa at vennen Abdirahman Warsame blir mobbet i klassechatten, og at læreren ikke vet om det.',
      'Abdirahman Warsame',
    ),
    withIds(
      'Twitch-chat under en Fortnite-stream: gutt (16) mente Sigrid-billettene han kjøpte var svindel og ba oss ta kontakt med selgeren på billettsalg.oslo krølla hotmail punktum com.',
      'billettsalg.oslo krølla hotmail punktum com',
    ),
    withIds(
      'PlayStation: jente (13) fra Kristiansand sa at hun bor i Tordenskjolds gate 31 og at en fremmed fra Call of Duty-lobbyen har funnet ut av det. Hun var redd; ga henne 116 111.',
      'Tordenskjolds gate 31',
    ),
  ],
  nn: [
    clean(
      'Eg prata med ei jente (14) på TikTok som berre ville snakke om Aurora og Kygo. Ho spurde kva Politiet Nettpatrulje gjer om natta. Ingen personopplysningar vart lagra.',
    ),
    clean(
      'Roblox: to gutar frå Voss spurde om Alexander Kristoff eller Tadej Pogačar er best, og om det er ulovleg å selje Robux. Sak 25-004117 i vekeloggen.',
    ),
    clean(
      'Discord: gut (15) skreiv at han har det tungt og ikkje søv. Me gav han 116 111 og ung.no, og han sa han skulle snakke med helsesjukepleiaren på ein skule i Førde. Ingen namn.',
    ),
    clean(
      'Fortnite: laget vårt tapte 0–3 mot fire jenter frå Ålesund som spela med Peely og Midas. Dei spurde om kronprins Haakon har Fortnite. Ingenting å notere.',
    ),
    clean(
      'Minecraft-serveren «Vestlandet SMP» versjon 1.21: gut (12) viste oss hunden Ola, ein labrador, og sa at katten heiter Solberg etter Erna. Han kjende seg trygg; inga uro.',
    ),
    withIds(
      'Snapchat: jenta (14) fortalde at ein vaksen mann skriv til henne kvar kveld. Ho sa han heiter Geir Atle Sunde og seier at han er fotballtrenar i Sogndal.',
      'Geir Atle Sunde',
    ),
    withIds(
      'Discord: guten (13) snakka om Martin Ødegaard, og så sa han at venen hans, brukarnamnet fjordgut_2011, blir hetsa i ein kanal kvar dag.',
      'fjordgut_2011',
    ),
    withIds(
      'Steam: gut (16) ville selje ein CS2-kniv og gav oss nummeret sitt for Vipps, 412 87 906. Me forklarte kvifor det ikkje er lurt å dele det med framande.',
      '412 87 906',
    ),
    withIds(
      'TikTok: jenta sa sjølv at ho heiter Ingrid Sæbø Nesheim, og ho er redd fordi nakenbilete av ei venninne blir delte. Me gav ho slettmeg.no og 116 111.',
      'Ingrid Sæbø Nesheim',
    ),
    withIds(
      'Roblox: ei jente (12) frå Stord skreiv at ho bur i Borggata 9 og at ein vaksen spelar vil møte ho. Kva ho skulle gjere: blokkere, seie frå til mamma.',
      'Borggata 9',
    ),
  ],
  nl: [
    clean(
      'Gesproken met een jongen (13) op Discord over Virgil van Dijk en Memphis Depay; hij vroeg of Politie Online ook op Roblox zit. Geen persoonsgegevens genoteerd.',
    ),
    clean(
      'TikTok: meisje (15) uit Gent vroeg of Stromae en Angèle nog samen een nummer maken, en hoe je een nepaccount meldt. Verwezen naar Awel (102) en Child Focus 116 000.',
    ),
    clean(
      'Fortnite: vier jongens uit Eindhoven versloegen ons 4–1 met Jonesy- en Fishstick-skins. Ze vroegen of koning Willem-Alexander gamet. Registratienummer 2025-0331-117.',
    ),
    clean(
      'Roblox, Adopt Me: meisje (10) vertelde over haar hond Dries (naar Dries Mertens) en haar konijn Tiësto. Ze voelde zich veilig, niets te melden.',
    ),
    clean(
      'Tijdens een Minecraft-stream van Enzo Knol vroeg een jongen (14) of hij aangifte kan doen als zijn account gehackt is. Uitgelegd via politie.nl en de Fraudehelpdesk 088-786 73 72.',
    ),
    withIds(
      'Snapchat: meisje (14) uit Antwerpen zei dat een man die zich "scout van KRC Genk" noemt haar om foto\'s vraagt; zijn account heet genkscout.kevin. Geadviseerd te blokkeren en te melden bij Child Focus.',
      'genkscout.kevin',
    ),
    withIds(
      'Discord: jongen (12) tikte zijn BSN in de chat omdat "iedereen dat deed voor een gratis skin": 314905728. Uitgelegd dat hij dat nooit mag delen.',
      '314905728',
    ),
    withIds(
      'Minecraft: twee jongens praatten over Johan Cruijff en Frenkie de Jong; een van hen zei dat zijn klasgenoot Youssef El Amrani in de groepsapp van de klas wordt uitgescholden.',
      'Youssef El Amrani',
    ),
    withIds(
      'Steam: jongen (16) uit Leuven kreeg een dreigmail na een CS2-ruil, de afzender was ruilbaas.dries apenstaartje outlook punt be. Aangifte aangeraden.',
      'ruilbaas.dries apenstaartje outlook punt be',
    ),
    withIds(
      'TikTok, Vlaams team: meisje (15) gaf haar rijksregisternummer 09.03.18-147.37 aan een nep-giveaway van Lotte Kopecky. Uitgelegd wat ze nu moet doen.',
      '09.03.18-147.37',
    ),
  ],
  fr: [
    clean(
      'Discussion sur Discord avec un garçon (14) de Liège qui ne parlait que de Kevin De Bruyne et de Romelu Lukaku. Il voulait savoir si Politie Online est vraiment la police. Aucune donnée personnelle notée.',
    ),
    clean(
      'TikTok : une fille (13) de Namur a demandé si Angèle et Roméo Elvis sont vraiment frère et sœur, et comment signaler un faux compte. Renvoyée vers Child Focus au 116 000 et Écoute-Enfants au 103.',
    ),
    clean(
      'Fortnite : défaite 2–5 contre trois gamins de Charleroi en skins Peely et Midas. Ils ont demandé si le roi Philippe joue à Minecraft. Dossier 2025/118/BR.',
    ),
    clean(
      "Roblox, Brookhaven : une fille (11) nous a présenté son chat Hazard et son lapin Tintin. Rien d'inquiétant, conversation de 10 minutes vers 19h30.",
    ),
    clean(
      "Steam : un ado (16) de Mons a écrit qu'il « n'en peut plus » après des moqueries en jeu. On lui a donné le 0800 32 123 et le 103 ; il en parlera à un prof d'une école de Tournai. Pas de nom.",
    ),
    withIds(
      "Snapchat : une fille (14) de Verviers dit qu'un adulte l'appelle tous les soirs ; elle nous a donné le numéro de cet homme, le 0471 28 93 56, pour qu'on « le gronde ».",
      '0471 28 93 56',
    ),
    withIds(
      "Discord : un garçon (13) fan de Jérémy Doku a raconté que son ami Mehdi Bouzidi se fait insulter dans le groupe de la classe. Conseillé d'en parler à un éducateur.",
      'Mehdi Bouzidi',
    ),
    withIds(
      "Minecraft : un ado a écrit son adresse pour recevoir un « cadeau » de Squeezie : lucas.dethier arobase gmail point com. On lui a expliqué l'arnaque.",
      'lucas.dethier arobase gmail point com',
    ),
    withIds(
      "TikTok : une fille (15) d'Arlon a partagé son numéro de registre national 10.09.27-283.82 pour un concours « Tomorrowland ». Elle va prévenir ses parents.",
      '10.09.27-283.82',
    ),
    withIds(
      "Xbox : un garçon (12) a dit qu'il habite rue Saint-Gilles 48 à Liège et qu'un joueur adulte veut venir le voir. Il a promis d'en parler à sa mère.",
      'rue Saint-Gilles 48',
    ),
  ],
  de: [
    clean(
      'Auf Discord mit einem Jungen (14) aus Eupen über Thomas Müller und Jamal Musiala gesprochen. Er fragte, ob hinter Politie Online echte Polizisten stecken. Keine personenbezogenen Daten notiert.',
    ),
    clean(
      'TikTok: Mädchen (13) aus Köln fragte, ob Mark Forster und Lena zusammen auftreten und wie man Fake-Profile meldet. Hinweis auf die Nummer gegen Kummer 116 111 und juuuport.de.',
    ),
    clean(
      'Fortnite: 1:4 gegen drei Jungs aus St. Vith verloren (Skins: Peely, Fishstick). Sie wollten wissen, ob König Philippe Deutsch spricht. Vorgangsnummer 2025/ST/00412.',
    ),
    clean(
      'Roblox, Adopt Me: Mädchen (10) zeigte uns ihren Hund Bruno (wie Bruno Mars) und ihre Katze Merkel. Alles unauffällig, Gespräch 15 Minuten ab 18:20 Uhr.',
    ),
    clean(
      'Steam: Junge (16) schrieb nach einer Niederlage in CS2, dass er „keinen Sinn mehr sieht“. Telefonseelsorge 0800 111 0 111 und 116 111 genannt; er will mit der Vertrauenslehrerin einer Schule in Aachen sprechen. Kein Name genannt.',
    ),
    withIds(
      'Snapchat: Mädchen (14) aus Eupen sagt, ein Erwachsener namens Dirk Schmitz-Lenzen schreibe ihr nachts und wolle Bilder. Blockieren und Melden erklärt.',
      'Dirk Schmitz-Lenzen',
    ),
    withIds(
      'Discord: Junge (13), großer Fan von Florian Wirtz, nannte den Gamertag seines Freundes, der gemobbt wird: xX_KevinK_2011_Xx. Er soll es einer Lehrerin sagen.',
      'xX_KevinK_2011_Xx',
    ),
    withIds(
      'Minecraft: Ein Junge gab für ein angebliches MontanaBlack-Giveaway seine Mailadresse an: jonas.kr11 Klammeraffe web Punkt de. Betrug erklärt.',
      'jonas.kr11 Klammeraffe web Punkt de',
    ),
    withIds(
      'Xbox: Mädchen (15) aus Kelmis hat ihre Nationalregisternummer 08.11.04-062.92 in den Party-Chat geschrieben, weil ein „Admin“ danach fragte.',
      '08.11.04-062.92',
    ),
    withIds(
      'PlayStation: Junge (12) aus Dortmund sagte, er wohne in der Kreuzstraße 17 und ein Mitspieler habe gedroht vorbeizukommen. Eltern informieren geraten.',
      'Kreuzstraße 17',
    ),
  ],
  is: [
    clean(
      'Spjallaði við strák (14) á Discord um Gylfa Sigurðsson og Hákon Arnar Haraldsson. Hann spurði hvort Lögreglan Netvakt sé alvöru lögregla. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'TikTok: stelpa (13) frá Akureyri spurði hvort Laufey og Björk þekkist og hvernig maður tilkynnir falskan aðgang. Benti á Hjálparsíma Rauða krossins 1717 og 112.',
    ),
    clean(
      'Fortnite: við töpuðum 0–3 fyrir þremur strákum úr Hafnarfirði með Peely-skinn. Þeir spurðu hvort Halla Tómasdóttir forseti spili tölvuleiki. Málsnúmer 007-2025-1184.',
    ),
    clean(
      'Roblox: stelpa (11) sýndi okkur köttinn sinn Jón Jónsson, nefndan eftir söngvaranum, og hundinn Bjarka. Ekkert áhyggjuefni.',
    ),
    clean(
      'Steam: strákur (16) skrifaði að honum liði mjög illa eftir einelti í leik. Gáfum honum 1717 og netspjall Rauða krossins; hann ætlar að tala við námsráðgjafa í skóla í Reykjanesbæ. Ekkert nafn.',
    ),
    withIds(
      'Snapchat: stelpa (14) sagði að fullorðinn maður, Sigurður Örn Hallgrímsson, sendi henni skilaboð á hverju kvöldi og vilji hitta hana.',
      'Sigurður Örn Hallgrímsson',
    ),
    withIds(
      'Discord: strákur (13) gaf upp kennitöluna sína, 120310-3480, til að fá „ókeypis Nitro“. Útskýrðum að það væri svindl.',
      '120310-3480',
    ),
    withIds(
      'Minecraft: strákur sem heldur með Val sagði að vinur hans, Tomasz Kowalczyk, væri lagður í einelti í hópspjalli bekkjarins.',
      'Tomasz Kowalczyk',
    ),
    withIds(
      'TikTok: stelpa (15) skrifaði netfangið sitt fyrir „Laufey-gjafaleik“: sunnabjork09 hjá simnet punktur is. Sögðum henni að þetta væri svikaleikur.',
      'sunnabjork09 hjá simnet punktur is',
    ),
    withIds(
      'PlayStation: strákur (12) sagðist búa á Hringbraut 52 og að ókunnugur fullorðinn spilari viti það. Ráðlögðum honum að segja foreldrum frá.',
      'Hringbraut 52',
    ),
  ],
  fi: [
    clean(
      'Juttelin Discordissa pojan (14) kanssa Teemu Pukin maaleista ja Lauri Markkasen NBA-kaudesta. Hän kysyi, onko Poliisi Nettipartio oikea poliisi. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'TikTok: tyttö (13) Oulusta kysyi, ovatko Käärijä ja Isaac Elliot kavereita, ja miten feikkitili ilmoitetaan. Ohjasin Sekasin-chattiin ja numeroon 116 111.',
    ),
    clean(
      'Fortnite: hävisimme 1–4 kolmelle pojalle Tampereelta (skinit Peely ja Midas). He kysyivät, pelaako presidentti Stubb Minecraftia. Diaarinumero 2025/4471.',
    ),
    clean(
      'Roblox, Adopt Me: tyttö (10) esitteli koiransa Kimin (Räikkösen mukaan) ja kissansa Saulin. Ei huolta, keskustelu klo 18.45–19.00.',
    ),
    clean(
      'Steam: poika (16) kirjoitti, ettei jaksa enää, kun häntä kiusataan pelissä. Annoin MIELI ry:n kriisipuhelimen 09 2525 0111 ja hätänumeron 112; hän lupasi puhua kuraattorin kanssa eräässä Espoon koulussa. Nimiä ei kerrottu.',
    ),
    withIds(
      'Snapchat: tyttö (14) kertoi, että aikuinen mies nimeltä Jari-Pekka Hiltunen lähettää hänelle viestejä öisin ja pyytää kuvia.',
      'Jari-Pekka Hiltunen',
    ),
    withIds(
      'Discord: poika (13) kirjoitti henkilötunnuksensa 190310A642Y, koska "admin" lupasi ilmaisen Nitron. Kerroin, että kyse on huijauksesta.',
      '190310A642Y',
    ),
    withIds(
      'Minecraft: HJK:ta kannattava poika kertoi, että hänen kaverinsa Abdullahi Hassan Farah saa uhkausviestejä luokan ryhmächatissa.',
      'Abdullahi Hassan Farah',
    ),
    withIds(
      'TikTok: tyttö (15) antoi sähköpostinsa Käärijä-arvontaa varten: ella.virtanen09 ät gmail piste com. Selitin, että arvonta on feikki.',
      'ella.virtanen09 ät gmail piste com',
    ),
    withIds(
      'Xbox: poika (12) Jyväskylästä kertoi asuvansa osoitteessa Kauppakatu 14 B 9 ja että aikuinen pelikaveri tietää sen. Neuvoin kertomaan vanhemmille.',
      'Kauppakatu 14 B 9',
    ),
  ],
  sv: [
    clean(
      'Pratade på Discord med en pojke (14) från Vasa om Zlatan Ibrahimović och Alexander Isak. Han undrade om Poliisi Nettipartio också svarar på svenska. Inga personuppgifter antecknade.',
    ),
    clean(
      'TikTok: flicka (13) från Malmö frågade om Zara Larsson och Benjamin Ingrosso är ihop och hur man anmäler ett fejkkonto. Hänvisade till BRIS 116 111 och 112.',
    ),
    clean(
      'Fortnite: vi förlorade 2–3 mot tre killar från Borgå med Peely- och Jonesy-skins. De frågade om kung Carl Gustaf spelar Minecraft. Ärendenummer 5500/R/4471/25.',
    ),
    clean(
      'Roblox, Adopt Me: flicka (11) visade sin hund Zlatan och sin kanin Astrid (efter Astrid Lindgren). Inget oroande, samtalet varade 12 minuter.',
    ),
    clean(
      'Steam: pojke (16) skrev att han inte orkar mer efter mobbning i CS2. Gav honom Sekasin-chatten och 116 111; han ska prata med kuratorn på en skola i Jakobstad. Inga namn.',
    ),
    withIds(
      'Snapchat: flicka (14) från Jakobstad sa att en vuxen man som heter Mikael Sundqvist-Björkman skriver till henne varje kväll och vill träffas.',
      'Mikael Sundqvist-Björkman',
    ),
    withIds(
      'Discord: pojke (13) klistrade in sitt personnummer 100422-3184 för att få "gratis Nitro". Förklarade att det är bedrägeri.',
      '100422-3184',
    ),
    withIds(
      'Minecraft: en kille som håller på AIK sa att hans kompis Dawit Tesfaldet blir hånad i klassens gruppchatt varje dag.',
      'Dawit Tesfaldet',
    ),
    withIds(
      'TikTok: flicka (15) skrev sin mejl till en "Zara Larsson-giveaway": wilma.h09 snabel-a hotmail punkt com. Sa åt henne att det är en bluff.',
      'wilma.h09 snabel-a hotmail punkt com',
    ),
    withIds(
      'PlayStation: pojke (12) sa att han bor på Storgatan 18 i Vasa och att en vuxen spelare vet om det. Rådde honom att berätta för sina föräldrar.',
      'Storgatan 18',
    ),
  ],
};
