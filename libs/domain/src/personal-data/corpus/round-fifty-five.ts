/**
 * Round fifty-five: written blind, before the detector was run on it.
 * Notes that quote the young person's own chat lines (slang, emojis, lowercase, English gaming words), with
 * identifiers typed the way kids type them; clean notes quote game talk, memes, streamers, towns, ages and times.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FIFTY_FIVE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Roblox (Brookhaven), Tue 19:40, Bergen team. Girl, 12, switched to English for us: "my name is amalie but evry1 calls me mali lol" and then "add me on snap its mali.kvist09 😂". Explained why she should not post her snap to strangers.',
      'amalie',
      'mali',
      'mali.kvist09',
    ),
    withIds(
      'Discord, NL team, 21:05. Boy (14) wrote: "some guy called DarkWolf_772 keeps asking for pics, says his real name is Marco and hes 19". Later he pasted his own number for us "06 41 87 22 59 call me if u want proof". Advised him to block, screenshot and tell a parent. Europol liaison informed.',
      'DarkWolf_772',
      'Marco',
      '06 41 87 22 59',
    ),
    withIds(
      'Fortnite voice + text, Swedish officer. Two brothers (11 and 13) in squad. Older one typed "im yusuf, my bro hamza is the one screaming lol, we live on Rinkebystråket 14 come visit xD". Talked about not giving out the address in game chat.',
      'yusuf',
      'hamza',
      'Rinkebystråket 14',
    ),
    withIds(
      'Minecraft server, FI team, Wed 17:20. Girl (12) in English: "my hetu is 170312A274A i needed it for the bank app lol is that bad??" and "u can email me aada dot niskanen at gmail dot com". Told her both should stay private.',
      '170312A274A',
      'aada dot niskanen at gmail dot com',
    ),
    withIds(
      'Roblox, IS team, 18:10. Girl, 11: "me and sólveig are in 6.B in Melaskóli and our teacher Hrafnhildur said roblox is for babies 😭". Short chat about privacy settings.',
      'sólveig',
      '6.B in Melaskóli',
      'Hrafnhildur',
    ),
    clean(
      'Fortnite, Thursday 21:15. Three boys (13, 13, 14) in squad chat: "bro the storm is cracked", "who even plays Peely lmao". Asked about bedtime; one said "my mum lets me play till 22 on weekdays". Told them about 116 111. No issues.',
    ),
    clean(
      'Twitch chat, 20:30, NO team. A 15-year-old asked if we watch Kai Cenat and wrote "MrBeast > everyone fr fr". We talked about scam links promising free V-Bucks. Nothing to follow up.',
    ),
    clean(
      'Roblox, BE team, 16:45. Girl (10): "im in grade 5 and school is sooo boring lol", "its raining in Antwerp 24/7". Asked if police play Roblox too 😄. 12 min chat, friendly.',
    ),
    clean(
      'Discord, NL team. Boy (13) posted "try my creative map code 4412-9987-1123 its a deathrun 🔥" and asked if we could beat level 30. Game island code only, not personal.',
    ),
    clean(
      'Minecraft (Hypixel), 19:00-19:25. Boy, 12, wrote "Steve is better than Alex no cap" and "Herobrine is real i swear". Asked if the police can ban people on Hypixel; showed him the report button.',
    ),
  ],
  nb: [
    withIds(
      'Discord kl. 20.10, Oslo-teamet. Jente 13 skrev: «heter nora btw 😊 snappen min er noraa_h2011» og like etter «ring meg på 924 18 307 hvis du ikke tror meg». Forklarte hvorfor hun ikke skal legge ut nummer og snap i åpne kanaler.',
      'nora',
      'noraa_h2011',
      '924 18 307',
    ),
    withIds(
      'Roblox, tirsdag 17.35. Gutt (12) skrev «jeg bor i Haugerudveien 41 med mamma og lillebror elias, han er 7 og suger i obby lol». Snakket om å ikke dele adresse i chat.',
      'Haugerudveien 41',
      'elias',
    ),
    withIds(
      'Fortnite-chat, Stavanger. Gutt 13 limte inn «trengte fødselsnummeret mitt til bankid 14031151288 haha» og skrev så «ikke si det til pappa, Tor Inge blir så sur». Ba ham slette meldingen.',
      '14031151288',
      'Tor Inge',
    ),
    withIds(
      'Snapchat nevnt på Roblox, kl. 21.50. Jente 12: «en fyr som heter xX_Sn1per_Xx spør om bilder, han sa han heter Kristoffer og er 17» og «vennina mi Sumaya fikk også melding fra han 😬». Sendt videre til etterforsker, jenta oppfordret til å fortelle en voksen.',
      'xX_Sn1per_Xx',
      'Kristoffer',
      'Sumaya',
    ),
    withIds(
      'Minecraft, Trondheim-laget. Gutt (11) skrev «maila meg på aksel punktum strand krøllalfa hotmail punktum com så sender jeg world-fila» og at «læreren vår Birgitte på 7B på Lilleborg skole spiller også minecraft lol». Kort prat om personvern.',
      'aksel punktum strand krøllalfa hotmail punktum com',
      'Birgitte',
      '7B på Lilleborg skole',
    ),
    clean(
      'Fortnite, kl. 18.45. Gutt 11 fra Drammen: «bro jeg har 1200 V-Bucks og ingen skins 💀». Snakket om svindel med gratis V-Bucks og om Kors på halsen og 116 111.',
    ),
    clean(
      'Minecraft, to gutter (14) fra Trondheim: «vi bygger Nidarosdomen i survival, tar sikkert 3 uker lol» og «Herobrine finnes, jeg så han i går». Hyggelig prat, ingen bekymring.',
    ),
    clean(
      'TikTok nevnt på Discord, 19.20. Jente 12: «så du Erling Haaland sin nye video?? han er så goat ⚽». Snakket om nettvett og hva man deler i kommentarfelt.',
    ),
    clean(
      'Roblox Adopt Me, Tromsø. Jente 10: «trade meg en neon unicorn plzzz» og «privatserver kode 88213 kom kom». Koden er en spillkode, ikke personlig. Samtalen varte ca. 10 min.',
    ),
    clean(
      'Discord, onsdag 20.05. Gutt 15: «er det ekte politi?? bevis det 😂», så «jeg har bare ett liv igjen i hardcore, ikke forstyrr». Sa han går i 10. klasse og skal ta bussen til Lillestrøm kl. 07.30 i morgen. Ingen oppfølging.',
    ),
  ],
  nn: [
    withIds(
      'Roblox, Førde-patruljen kl. 17.10. Jente 11 skreiv: «eg heiter ingvild og bur i Hafstadvegen 12, veslesyster mi Ragna spelar og 🥰». Snakka om kvifor ein ikkje skriv adressa si i chatten.',
      'ingvild',
      'Hafstadvegen 12',
      'Ragna',
    ),
    withIds(
      'TikTok nemnt på Discord. Gut 13 frå Voss skreiv «nummeret mitt er 4 7 1 2 9 0 6 3 haha prøv å ringe» og «eg er fotballgut_2012 på tiktok, følg meg». Bad han fjerne meldinga.',
      '4 7 1 2 9 0 6 3',
      'fotballgut_2012',
    ),
    withIds(
      'Fortnite, laurdag 15.40. Gut (12) skreiv «personnummeret mitt er 02091254770 viss de treng det 😅» og «mamma heiter Solveig Aarflot, ho jobbar på sjukehuset». Forklart at slikt ikkje skal delast med nokon på nett.',
      '02091254770',
      'Solveig Aarflot',
    ),
    withIds(
      'Snapchat nemnt på Roblox, Sogndal. Jente 14 skreiv: «treneren vår Arnfinn sender rare meldingar på snap, han kallar seg arnfinn_coach» og «Tobias på laget har fått det same». Sak sendt vidare til etterforskar.',
      'Arnfinn',
      'arnfinn_coach',
      'Tobias',
    ),
    withIds(
      'Minecraft, kl. 19.55. Gut 15 skreiv «mailen min er eirik.tveit@gmail.com send meg modpacken» og at «eg går i 9C på Stord ungdomsskule, alle der spelar bedwars». Kort prat om kva ein deler.',
      'eirik.tveit@gmail.com',
      '9C på Stord ungdomsskule',
    ),
    clean(
      'Minecraft, kl. 17.30. Gut skreiv «kven vil spela bedwars?? eg er 12 og har spela sidan eg var 7». Praten gjekk fint, ingen uro.',
    ),
    clean(
      'Fortnite, Ørsta. Tre gutar: «Jonesy er den beste skinen, fight me» og «kor mange V-Bucks har du?». Snakka om å ikkje trykke på lenker om gratis V-Bucks.',
    ),
    clean(
      'Twitch, 21.00. Nokre gutar frå Bergen: «ser du på Kai Cenat? han er så morosam 😂». Minna dei på hjelpetelefonen 116 111 viss noko skulle skje.',
    ),
    clean(
      'Roblox, måndag 11.20. Jente 13: «vi har fri frå skulen i dag, planleggingsdag på Ulsteinvik» og «eg spelte Brookhaven i 4 timar i går lol». Ingen bekymring.',
    ),
    clean(
      'Discord, Florø. Gut 14 spurde «er de ekte politi? kva er badgenummeret dykkar» og skreiv etterpå «det er sol og 20 grader her, vår klasse har tur i morgon». Hyggeleg prat om 10 min.',
    ),
  ],
  nl: [
    withIds(
      "Roblox, NL-team, 16:30. Meisje (11) schreef: 'ik ben sanne en ik woon op de Kruisstraat 23 in Eindhoven, postcode 5612 AB' en 'mijn zusje lotte speelt ook haha'. Uitgelegd waarom je dat niet in de chat zet.",
      'sanne',
      'Kruisstraat 23',
      '5612 AB',
      'lotte',
    ),
    withIds(
      "Discord, woensdag 20:45. Jongen (14) typte 'mijn bsn is 237156489 moest ik invullen voor school haha' en daarna 'app me 06-18 43 97 21 als je echt politie bent'. Gevraagd beide berichten te verwijderen.",
      '237156489',
      '06-18 43 97 21',
    ),
    withIds(
      "Fortnite, 21:30, Rotterdam. Meisje (13) schreef: 'een man die zich GamerDaddy88 noemt zegt dat hij Ruud heet en 16 is maar zijn stem is echt oud 😬' en 'mijn vriendin Yasmina krijgt ook berichten van hem'. Doorgezet naar recherche, meisje geadviseerd ouders in te lichten.",
      'GamerDaddy88',
      'Ruud',
      'Yasmina',
    ),
    withIds(
      "Roblox, Vlaams team (Gent), 17:05. Jongen (12) schreef 'ik zit in 6B in het Sint-Lievenscollege bij juf Els' en 'mijn rijksregisternummer is 12.05.19-263.65 staat op mijn kids-ID lol'. Uitgelegd dat dit privé moet blijven.",
      '6B in het Sint-Lievenscollege',
      'juf Els',
      '12.05.19-263.65',
    ),
    withIds(
      "Minecraft, Utrecht. Jongen (15): 'mail me op daan punt vermeulen apenstaartje outlook punt com dan stuur ik de map' en 'mijn snap is daan.v_07'. Kort gesprek over privacy.",
      'daan punt vermeulen apenstaartje outlook punt com',
      'daan.v_07',
    ),
    clean(
      "Fortnite, Utrecht, 16:20. Jongen schreef 'wie wil er squads doen, ik ben 13 en heb 2000 wins 😎'. Gezellig gesprek, niets bijzonders.",
    ),
    clean(
      "Minecraft, Leuven. Twee jongens (12): 'Herobrine bestaat echt ik zweer het'. Uitgelegd dat 112 alleen voor spoed is en dat ze de Kinder- en Jongerentelefoon 102 kunnen bellen.",
    ),
    clean(
      "TikTok genoemd in Discord, 19:50. Meisje (14): 'heb je die video van Kylian Mbappé gezien' en 'Enzo Knol is zo cringe tegenwoordig'. Zaaknummer 2024-0417 niet van toepassing.",
    ),
    clean(
      "Roblox Adopt Me, Groningen. Meisje (10): 'mijn mama zegt dat ik om 20:00 moet stoppen' en 'trade: mega neon frost dragon voor 3 shadow dragons??'. Geen zorgen.",
    ),
    clean(
      "Discord, Den Haag, 18:15. Meisje (12): 'ik heb een roos getekend in Minecraft met 400 blokken' en 'zijn jullie echt politie of fake'. Ons profiel laten zien, gesprek van 8 min.",
    ),
  ],
  fr: [
    withIds(
      'Fortnite, équipe de Liège, 18h20. Une fille de 12 ans a écrit : « moi c inès et mon frère c rayan, on habite rue Saint-Gilles 58 venez 😂 ». Expliqué pourquoi on ne donne pas son adresse dans le chat.',
      'inès',
      'rayan',
      'rue Saint-Gilles 58',
    ),
    withIds(
      'Roblox, Bruxelles. Fille (13) : « mon num c 0476/58.21.93 écris moi sur whatsapp » et « mon insta c lena_bxl_2012 ». Conseillé de supprimer les messages.',
      '0476/58.21.93',
      'lena_bxl_2012',
    ),
    withIds(
      "Discord, 21h40. Garçon de 14 ans : « un certain Kevin_du_59 m'a demandé mon numéro national, je lui ai donné 11.10.03-148.92 😬 » puis « ma maman Nathalie sait pas ». Transmis aux enquêteurs, le jeune est invité à en parler à un adulte.",
      'Kevin_du_59',
      '11.10.03-148.92',
      'Nathalie',
    ),
    withIds(
      "Minecraft, Charleroi, mercredi 14h15. Garçon (11) : « moi c'est noah, je suis en 6e primaire à l'école Saint-Joseph, ma prof c madame Dubois elle est trop sévère ». Rappel sur la vie privée en ligne.",
      'noah',
      'madame Dubois',
      "6e primaire à l'école Saint-Joseph",
    ),
    withIds(
      'Roblox, Namur. Fille (13) : « écris-moi à chloe point vandamme arobase gmail point com » et « mon coach de foot Didier dit que je joue trop aux jeux lol ». Brève discussion.',
      'chloe point vandamme arobase gmail point com',
      'Didier',
    ),
    clean(
      "Roblox, Namur, 15h30. Enfant de 11 ans : « t'as vu le nouvel update de Blox Fruits?? trop bien 🔥 ». Rien à signaler.",
    ),
    clean(
      "Fortnite, Mons. Garçon (14) : « Mbappé c le GOAT » et « je joue depuis 2019 ». Rappelé le numéro d'Écoute-Enfants, le 103.",
    ),
    clean(
      "Minecraft (Hypixel), 19h10. Trois jeunes de Tournai : « Steve il est trop fort en PvP » et « j'ai trouvé une pierre rare dans la mine ». Dossier 24/0312 sans lien. Discussion sympa.",
    ),
    clean(
      "Discord, Arlon. Fille (12) : « vous êtes de la vraie police?? » et « mon père dit que les policiers c'est cool ». Montré notre profil officiel. 7 minutes.",
    ),
    clean(
      "Twitch, 20h50. Garçon (13) : « tu connais Squeezie? il stream ce soir à 21h » et « j'ai 3 skins légendaires ». Rien de particulier.",
    ),
  ],
  de: [
    withIds(
      'Fortnite, Team Eupen, 17:30 Uhr. Junge (11) schrieb: „ich heiße lukas und wohne in der Hookstraße 17“ und „meine schwester mia spielt auch aber sie ist voll schlecht 😂“. Erklärt, warum man das nicht im Chat schreibt.',
      'lukas',
      'Hookstraße 17',
      'mia',
    ),
    withIds(
      'Roblox, St. Vith. Mädchen (13): „schreib mir auf whatsapp 0497 83 26 15“ und „mein fortnite name ist LuXx_Gamer09“. Gebeten, die Nachrichten zu löschen.',
      '0497 83 26 15',
      'LuXx_Gamer09',
    ),
    withIds(
      'Discord, 21:10 Uhr. Mädchen (12): „ein typ namens Dennis, auf discord heißt er d3nn1s_1990, will dass ich auf snap wechsle“ und „meine freundin Leonie hat er auch angeschrieben“. An die Ermittler weitergeleitet.',
      'Dennis',
      'd3nn1s_1990',
      'Leonie',
    ),
    withIds(
      'Minecraft, Kelmis. Junge (10) tippte: „meine nationalregisternummer ist 13.02.27-371.08 steht auf meiner kids-id“ und „mama heißt Sabine Kohnen“. Erklärt, dass das privat bleibt.',
      '13.02.27-371.08',
      'Sabine Kohnen',
    ),
    withIds(
      'Roblox, Verbindungsbeamter, 18:40 Uhr. Junge (12): „meine mail ist jonas punkt kessler at gmx punkt de“ und „unser lehrer Herr Schröder sagt roblox ist zeitverschwendung lol“. Kurzes Gespräch über Privatsphäre.',
      'jonas punkt kessler at gmx punkt de',
      'Herr Schröder',
    ),
    clean(
      'Fortnite, St. Vith, 17:50 Uhr. Junge (12): „bro ich hab heute 3 Victory Royales 🔥“. Nichts auffällig.',
    ),
    clean(
      'Minecraft, Eupen. Zwei Jungen (11): „kennt ihr Herobrine? der ist echt, schwör“. Freundliches Gespräch, 9 Minuten.',
    ),
    clean(
      'Twitch, 20:15 Uhr. Junge (14): „guckt ihr MontanaBlack?“ und „ich guck lieber Knossi“. Auf die Nummer gegen Kummer 116 111 hingewiesen.',
    ),
    clean(
      'Roblox, Büllingen. Mädchen (10): „ich bin 10 und darf nur bis 19 Uhr spielen“. Aktenzeichen 2024/EU/0815 nicht betroffen.',
    ),
    clean(
      'Discord, 19:30 Uhr. Junge (13): „meinst du das ernst?? ihr seid echte polizei?“ und „mein rekord in bedwars ist 27 kills“. Gespräch ohne Befund.',
    ),
  ],
  is: [
    withIds(
      'Roblox, kl. 17:25, lið Reykjavíkur. Stelpa (11) skrifaði: „ég heiti sigrún og á heima á Lindargötu 8“ og „bróðir minn Kári er að spila líka 😂“. Útskýrt af hverju maður deilir ekki heimilisfangi.',
      'sigrún',
      'Lindargötu 8',
      'Kári',
    ),
    withIds(
      'Fortnite, Akureyri. Strákur (13): „hringdu í mig 866 4172 ef þú ert alvöru lögga“ og „snappið mitt er siggi_2011“. Beðinn að eyða skilaboðunum.',
      '866 4172',
      'siggi_2011',
    ),
    withIds(
      'Discord, kl. 20:40. Stelpa (12): „kennitalan mín er 150411-3270 lol þurfti hana í appið“ og „mamma mín heitir Guðrún Björk“. Rætt um að halda þessu fyrir sig.',
      '150411-3270',
      'Guðrún Björk',
    ),
    withIds(
      'Roblox, Hafnarfjörður. Stelpa (13): „einhver kall sem heitir Bjarki og er bjarki_boss88 bauð mér robux fyrir myndir“ og „Freyja vinkona mín fékk líka skilaboð“. Sent áfram til rannsóknar.',
      'Bjarki',
      'bjarki_boss88',
      'Freyja',
    ),
    withIds(
      'Minecraft, kl. 16:50. Stelpa (11): „ég er í 6. bekk í Álftanesskóla og kennarinn minn heitir Þórunn“ og „sendu mér á emilia punktur jons hjá gmail punktur com“. Stutt spjall um persónuvernd.',
      '6. bekk í Álftanesskóla',
      'Þórunn',
      'emilia punktur jons hjá gmail punktur com',
    ),
    clean('Fortnite, Akureyri, kl. 19:05. Strákur (12): „bro ég er með 4000 V-bucks 😎“. Ekkert athugavert.'),
    clean(
      'Minecraft, Ísafjörður. Tveir strákar (10 og 12): „Herobrine er til, ég sá hann í gær“. Bent á Hjálparsíma Rauða krossins 1717.',
    ),
    clean(
      'Roblox, Selfoss. Stelpa (10): „ég má bara spila til kl. 21 á virkum dögum“. Spjall í um 6 mínútur.',
    ),
    clean(
      'TikTok nefnt á Discord, kl. 18:30. Stelpa (14): „Laufey er best!! hlustaðu á nýja lagið“. Ekkert að tilkynna.',
    ),
    clean(
      'Minecraft, Egilsstaðir. Strákur (13): „ég byggði Heklu í survival og hún gýs með lava lol“ og „það var sól hérna í dag“. Skemmtilegt spjall.',
    ),
  ],
  fi: [
    withIds(
      'Roblox, Tampereen tiimi klo 17.15. Tyttö (11) kirjoitti: ”mä oon aino ja asun Hämeenkatu 14 B 9” ja ”pikkuveli eetu pelaa kans 😂”. Kerrottu miksi osoitetta ei kannata laittaa chattiin.',
      'aino',
      'Hämeenkatu 14 B 9',
      'eetu',
    ),
    withIds(
      'TikTok mainittu Discordissa. Tyttö (13): ”mun numero on 040 718 2936 laita viestii” ja ”mun tiktok on tuuli.kettunen11”. Pyydetty poistamaan viestit.',
      '040 718 2936',
      'tuuli.kettunen11',
    ),
    withIds(
      'Fortnite, klo 21.25. Poika (12): ”joku jarkko_xd kysy mun hetuu ja mä annoin sen 050911A638W 😳” ja ”se sano et sen nimi on Jarkko ja se on 16”. Välitetty tutkijoille.',
      'jarkko_xd',
      '050911A638W',
      'Jarkko',
    ),
    withIds(
      'Minecraft, Turku. Poika (11): ”meidän ope Riikka on tosi kiva, me ollaan 5A:ssa Kalevan koulussa” ja ”mun kaveri Ahmed rakentaa meille linnan”. Lyhyt juttu yksityisyydestä.',
      'Riikka',
      '5A:ssa Kalevan koulussa',
      'Ahmed',
    ),
    withIds(
      'Roblox, Jyväskylä klo 18.05. Poika (14): ”mun sähköposti on onni piste lahtinen ät gmail piste com” ja ”valmentaja Pekka sano et pelaan liikaa lol”. Keskusteltu tietojen jakamisesta.',
      'onni piste lahtinen ät gmail piste com',
      'Pekka',
    ),
    clean(
      'Fortnite, Oulu klo 18.20. Poika (13): ”bro mä sain eilen 5 voittoo putkeen 🔥”. Ei huomautettavaa.',
    ),
    clean(
      'Minecraft, Lahti. Kaksi poikaa (10): ”Herobrine on oikeesti olemassa”. Kerrottu Lasten ja nuorten puhelimesta 116 111.',
    ),
    clean(
      'Twitch mainittu, klo 20.10. Poika (14): ”Teemu Pukki on legenda” ja ”katotko sä Kai Cenatia?”. Mukava keskustelu.',
    ),
    clean(
      'Roblox, Turku. Tyttö (11): ”mä saan pelata vaan 2 tuntia päivässä ja kello 20 pitää lopettaa”. Ei huolia.',
    ),
    clean(
      'Discord, Kuopio klo 19.40. Poika (12): ”ei onni ollut mun puolella tänään, hävisin 6 bedwarsii” ja ”toivo on vielä”. Keskustelu noin 8 min.',
    ),
  ],
  sv: [
    withIds(
      'Roblox, Umeå-gruppen kl 17.20. Flicka (11) skrev: ”jag heter elsa och bor på Storgatan 22” och ”min bror Vilgot spelar oxå 😂”. Förklarat varför man inte skriver sin adress i chatten.',
      'elsa',
      'Storgatan 22',
      'Vilgot',
    ),
    withIds(
      'Snapchat nämnt på Discord. Flicka (13): ”sms:a mig 073-512 84 09 om ni e riktig polis” och ”min snap e alicee.s2012”. Bad henne ta bort meddelandena.',
      '073-512 84 09',
      'alicee.s2012',
    ),
    withIds(
      'Fortnite, kl 21.35. Flicka (12): ”mitt personnummer e 110623-4824 typ, en kille som heter Patrik frågade” och ”han kallar sig patte_xx91, Nour fick också meddelanden”. Skickat vidare till utredare.',
      '110623-4824',
      'Patrik',
      'patte_xx91',
      'Nour',
    ),
    withIds(
      'Minecraft, Stockholm. Flicka (12): ”jag o min kompis Dijana går i 6B på Rinkebyskolan” och ”vår fröken heter Leila hon e snäll”. Kort samtal om integritet.',
      'Dijana',
      '6B på Rinkebyskolan',
      'Leila',
    ),
    withIds(
      'Roblox, Göteborg kl 18.50. Pojke (13): ”maila mig på hugo punkt berglund snabel-a gmail punkt com” och ”tränaren Jonas säger att jag spelar för mycket lol”. Pratat om vad man delar.',
      'hugo punkt berglund snabel-a gmail punkt com',
      'Jonas',
    ),
    clean(
      'Fortnite, Malmö kl 17.40. Pojke (12): ”bro jag fick 12 kills i senaste matchen 🔥”. Inget att rapportera.',
    ),
    clean('Minecraft, Örebro. Två pojkar (11): ”Herobrine finns på riktigt”. Tipsat om BRIS 116 111.'),
    clean(
      'TikTok nämnt på Discord kl 19.15. Flicka (13): ”har du sett Zlatans nya video??”. Trevligt samtal, ca 5 min.',
    ),
    clean(
      'Roblox, Luleå. Flicka (10): ”jag e 10 och får spela till kl 20”. Ärende 5000-K123456-24 ej berört.',
    ),
    clean(
      'Minecraft, Västerås kl 20.05. Pojke (12): ”jag har typ 64 sten och en diamanthacka” och ”e ni riktiga poliser?”. Visat vår officiella profil.',
    ),
  ],
};
