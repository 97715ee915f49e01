/**
 * Round seventy: written blind, before the detector was run on it.
 * Ordinary notes where young people mention friends, relatives, coaches and strangers in passing, often inflected or in
 * lower case; the clean notes lean on famous people, characters, pets, police ranks, place names and name-like words.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SEVENTY: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Discord, Thu 21:40. Boy, 13, from Tromsø said his cousin Arvid keeps forwarding him links from an adult called Kenneth_92 who offers Robux for pictures. Advised him to block and tell his mum.',
      'Arvid',
      'Kenneth_92',
    ),
    withIds(
      "Roblox chat with a girl (12) from Gent. She plays every evening with amira and her older brother Bilal, and says Bilal's friend asked for her Snapchat. Showed her the report button.",
      'amira',
      'Bilal',
    ),
    withIds(
      "Fortnite squad of three from Oulu, English mixed with Finnish. One of them, Veeti Mäkelä, said Saku's stepdad takes their phones at ten. Nothing to follow up.",
      'Veeti Mäkelä',
      'Saku',
    ),
    withIds(
      "Girl from Utrecht (15) on TikTok live pasted her friend's number 06-41 83 27 90 in the chat asking people to add Noor. Told her to delete it; she did.",
      '06-41 83 27 90',
      'Noor',
    ),
    withIds(
      'Twitch chat, 22:15. Swedish boy, about 14, says an older guy everyone calls Lillen threatens to post photos of his sister Ebba. Gave him the BRIS number and asked him to talk to an adult tonight.',
      'Lillen',
      'Ebba',
    ),
    clean(
      'Minecraft server, Wed 19:30–20:45. About 25 kids from Bergen and Stavanger joined the build event. Questions were mostly about Herobrine, Steve and whether police get attacked by Creepers. Told them about 116 111.',
    ),
    clean(
      'Talked with two boys (11 and 13) in Roblox about Taylor Swift tickets being scammed. They knew about the fake Erling Haaland giveaway too. Case 2024/117 used as an example, no names given.',
    ),
    clean(
      'Sgt. Lindqvist from the Swedish team joined me on Discord at 18:00. Kids asked if Inspector Clouseau was real and whether Sherlock Holmes was police. Good laughs, 40 min.',
    ),
    clean(
      'Girl, 10, showed her dog Bella and her cat Mango on TikTok live and asked if we have police dogs. Told her about the dog unit in Oslo. Hope she tells her friends.',
    ),
    clean(
      'Fortnite, Friday. Group from Lisse, Hoorn and Emmen asked about Ninja and MrBeast. Nobody shared personal info. Told them to call 112 in an emergency and 113 if they feel low.',
    ),
  ],
  nb: [
    withIds(
      'Discord kl. 20.10. Gutt 13 år fra Drammen. Han og Sander spiller hver kveld, og Sanders storebror har fått meldinger fra en voksen som kaller seg «bigbro_kasper». Rådet ham til å si fra til mamma.',
      'Sander',
      'bigbro_kasper',
    ),
    withIds(
      'Jente (12), Kristiansand. Kjæresten Mohammed Yusuf er 19 og vil at hun skal sove over hos ham i helga. Mora vet ikke. Hun skrev fødselsnummeret sitt 03071253421 i chatten, ba henne slette det.',
      'Mohammed Yusuf',
      '03071253421',
    ),
    withIds(
      'Roblox, sent kveld. To søstre fra Bodø. Den yngste (10) sa at treneren Kjetil sender private meldinger til henne og Storm på Insta. Storesøster bekreftet. Meldt videre til vakthavende.',
      'Kjetil',
      'Storm',
    ),
    withIds(
      'Fortnite med tre gutter fra Lillestrøm. Naboen deres, Ole-Petter, gir dem V-Bucks mot bilder. En av dem ga nummeret sitt: 913 47 228. Fulgt opp.',
      'Ole-Petter',
      '913 47 228',
    ),
    withIds(
      'Kort prat med jente 12 fra Tromsø som spiller med kusina si sunniva og venninna Hawa. Hun går i 7B på Kroken skole sammen med Hawa.',
      'sunniva',
      'Hawa',
      '7B på Kroken skole',
    ),
    clean(
      'Minecraft kl. 18–19. Ca. 30 barn innom. Mange spørsmål om Herobrine og om politiet har Creeper-alarm. Ga ut Alarmtelefonen for barn og unge 116 111 og 112. Ingen personopplysninger.',
    ),
    clean(
      'Snakket med gutt 11 fra Moss om Erling Haaland og Martin Ødegaard. Han ville vite om politiet har eget fotballag. Hunden hans heter Tassen.',
    ),
    clean(
      'Politioverbetjent Gundersen fra Kripos tok over Discord-kanalen kl. 21. Barna spurte om Harry Potter og Ronja Røverdatter er ekte. God stemning.',
    ),
    clean(
      'Fortnite-økta ble kort pga. storm i Lofoten, mange fikk dårlig nett. Barna fra Svolvær og Leknes ville høre om politihunder og om Solan Gundersen har førerkort.',
    ),
    clean(
      'Roblox 20.30: gutt (12) fra Frøya og kompisgjengen spilte «Jailbreak». Ville vite om politiet bruker Tesla. Saksnr. 24-118833 nevnt som eksempel i gruppeprat, ingen navn.',
    ),
  ],
  nn: [
    withIds(
      'Discord, måndag kveld. Gut (14) frå Førde fortalde at stefaren hans, Geir Arne Solheim, les alle meldingane hans. Syster hans Ingrid er redd. Tipsa om 116 111.',
      'Geir Arne Solheim',
      'Ingrid',
    ),
    withIds(
      'Roblox kl. 19.45. Jente 11 frå Voss spelar med kusina marit og ein gut frå klassen, Abdirahman. Abdirahman sin storebror har bede om bilete av henne.',
      'marit',
      'Abdirahman',
    ),
    withIds(
      'Snapchat vart nemnd av to jenter frå Ørsta: ein vaksen som kallar seg «snille_tor» har gjeve dei Robux. Den eine skreiv nummeret sitt 47 82 19 30 i chatten før eg rakk å stoppe det.',
      'snille_tor',
      '47 82 19 30',
    ),
    withIds(
      'Fortnite med gut 15 frå Sogndal. Kjærasten til søstera, Eirik, er 24 og vil møte han åleine i Fjærlandsvegen 12. Meldt vidare.',
      'Eirik',
      'Fjærlandsvegen 12',
    ),
    withIds(
      'Kort samtale på Minecraft med jente 13 frå Stord. Ho og bestevenninna Solveig går i 8A på Leirvik skule. Solveig si mor veit ikkje om spelinga.',
      'Solveig',
      '8A på Leirvik skule',
    ),
    clean(
      'Minecraft-kveld, 18.00–20.30. Om lag 40 born innom frå Sunnfjord. Mykje prat om Herobrine og Alex. Gav ut 116 111 og 112.',
    ),
    clean(
      'Gut (12) frå Florø spurde om Ola Nordmann er ein ekte person og om Aurora Aksnes spelar Fortnite. Ingen personopplysningar.',
    ),
    clean(
      'Politibetjent Nygård frå Vest politidistrikt var med på TikTok-live kl. 20. Borna spurde om Kaptein Sabeltann og Pippi Langstrømpe.',
    ),
    clean(
      'Jente 10 viste fram katten Trofast og hunden Rufus på Roblox. Ho bur i Haugesund og likar Ronja Røvardotter-bøkene. Ferdig 19.15.',
    ),
    clean(
      'Discord: tre gutar frå Ål og Gol. Dei ville vite om ein kan bli politi når ein er 18. Dei hadde bygd ein bjørn og ei sol over landsbyen i Minecraft og ville at vi skulle sjå.',
    ),
  ],
  nl: [
    withIds(
      "Discord, dinsdag 20u. Jongen (13) uit Hasselt vertelt dat zijn nonkel Dirk en de vriend van zijn zus, Kevin Peeters, hem geld aanbieden voor foto's. Doorverwezen naar Awel (102).",
      'Dirk',
      'Kevin Peeters',
    ),
    withIds(
      "Roblox, meisje van 12 uit Almere. Ze speelt met Fenna en Sanne en met het broertje van Sanne. Een man die zich 'roblox_papa' noemt stuurt ze berichten.",
      'Fenna',
      'Sanne',
      'roblox_papa',
    ),
    withIds(
      'TikTok live, 21:30. Jongen (15) uit Rotterdam-Zuid zette zijn BSN 174392655 in de chat toen ik vroeg wat je nooit moet delen, en zei dat Youssef el Amrani van zijn voetbalclub dat ook had gedaan.',
      '174392655',
      'Youssef el Amrani',
    ),
    withIds(
      'Fortnite met drie jongens uit Antwerpen. Eén gaf het nummer van zijn moeder: 0478 63 91 28. Hij noemde ook meester Jef, die hen op Snapchat volgt.',
      '0478 63 91 28',
      'Jef',
    ),
    withIds(
      "Minecraft, meisje (14) uit Gent zit in 3B van het Sint-Barbaracollege samen met haar vriendin lotte; ze zei dat Lotte's stiefvader hen filmt.",
      '3B van het Sint-Barbaracollege',
      'lotte',
      'Lotte',
    ),
    clean(
      'Roblox, woensdag 19:00-20:30. Ongeveer 35 kinderen uit Zwolle en Deventer. Vragen over Kabouter Plop, Sinterklaas en of de politie Fortnite speelt. 113 en 116 111 genoemd.',
    ),
    clean(
      'Jongen (11) uit Brugge vroeg of Kevin De Bruyne en Romelu Lukaku ook online patrouilleren. Leuk gesprek, geen persoonsgegevens.',
    ),
    clean(
      'Inspecteur Vermeulen van de federale politie nam om 21u over op Discord. Kinderen vroegen naar Suske en Wiske en naar Nijntje.',
    ),
    clean(
      'Meisje (10) liet haar konijn Snuffel en hond Max zien op TikTok. Woont in Roosendaal. Ze weet wat ze moet doen als iemand haar lastigvalt.',
    ),
    clean(
      'Fortnite, groep uit Zeist, Baarn en Ede. Ze hadden het over Drake en over de storm in de game. Wil je echt politie worden, vroeg er een. Eilandcode 4821-7734-1190 gedeeld, geen probleem.',
    ),
  ],
  fr: [
    withIds(
      'Discord, mardi 20h15. Garçon de 13 ans de Charleroi. Il joue tous les soirs avec Mehdi et Marin, le cousin de mehdi. Un adulte qui se fait appeler « tonton_seb » leur propose des V-Bucks.',
      'Mehdi',
      'Marin',
      'mehdi',
      'tonton_seb',
    ),
    withIds(
      "Roblox, fille de 12 ans de Liège. La mère de Yasmine lui écrit sur Instagram pour savoir où elles vont. Elle m'a donné le numéro de Yasmine : 0486 27 14 93. Conseillé de ne pas partager.",
      'Yasmine',
      '0486 27 14 93',
    ),
    withIds(
      "TikTok live, jeune de 13 ans de Namur, a tapé son numéro national 11.06.14-243.27 pour « prouver son âge ». Son beau-père Patrick Lambert l'aurait encouragé. Message supprimé.",
      '11.06.14-243.27',
      'Patrick Lambert',
    ),
    withIds(
      'Fortnite avec deux frères de Mons. Le plus jeune parle de leur voisin, M. Dubois, qui les invite chez lui, rue des Canonniers 14. Transmis.',
      'Dubois',
      'rue des Canonniers 14',
    ),
    withIds(
      "Minecraft, fille de 14 ans, Tournai. Elle est en 2e B à l'Athénée Royal Jules Bara avec sa meilleure amie Océane. Le copain d'Océane a 20 ans.",
      "2e B à l'Athénée Royal Jules Bara",
      'Océane',
    ),
    clean(
      "Minecraft, mercredi 18h–19h30. Une trentaine d'enfants de Wavre et d'Ottignies. Questions sur Herobrine, Tintin et le capitaine Haddock. Rappelé le 103 (Écoute-Enfants) et le 112.",
    ),
    clean(
      'Garçon de 11 ans de Verviers voulait savoir si Thibaut Courtois et Stromae jouent à Fortnite. Aucune donnée personnelle.',
    ),
    clean(
      'Le commissaire Lejeune de la police fédérale a rejoint le Discord à 21h. Les enfants ont demandé si Maigret existait vraiment.',
    ),
    clean(
      "Fille de 10 ans à Spa a montré son chat Caramel et son lapin Pierre sur TikTok. Elle sait qu'il faut prévenir un adulte.",
    ),
    clean(
      "Fortnite : groupe de Huy, Dinant et Florennes. Ils parlaient d'une rose cachée dans la carte et de la saison 5. Le code créateur « POLICE2024 » n'existe pas, expliqué. Fin 22h10.",
    ),
  ],
  de: [
    withIds(
      "Discord, Donnerstag 19:40. Junge (13) aus Eupen. Er spielt mit Lukas und Jonas' älterem Bruder, der ihm Nachrichten von einem Erwachsenen namens „derOnkel77“ weiterleitet.",
      'Lukas',
      'Jonas',
      'derOnkel77',
    ),
    withIds(
      'Roblox, Mädchen (12) aus St. Vith. Die Stiefmutter von Leonie liest alle Chats mit. Leonie hat ihr die Nummer 0471 58 20 36 gegeben.',
      'Leonie',
      '0471 58 20 36',
    ),
    withIds(
      'Fortnite mit zwei Brüdern aus Kelmis. Der Trainer, Herr Schmitz, schreibt ihnen nachts auf Snapchat. Die Mutter, Aylin Demir, weiß nichts davon.',
      'Schmitz',
      'Aylin Demir',
    ),
    withIds(
      'TikTok-Live, 22 Uhr. Junge (15) aus Raeren nannte seine Adresse Hauptstraße 41 und sagte, sein Cousin Merlin wohnt nebenan.',
      'Hauptstraße 41',
      'Merlin',
    ),
    withIds(
      'Minecraft, Mädchen (14) aus Bütgenbach, geht in die 3B am Robert-Schuman-Institut mit ihrer Freundin emma. Emmas Freund ist 19.',
      '3B am Robert-Schuman-Institut',
      'emma',
      'Emmas',
    ),
    clean(
      'Minecraft, Mittwoch 18:00–19:30. Etwa 20 Kinder aus Eupen und Kettenis. Fragen zu Herobrine und Steve. Hinweis auf 116 111 und 112 gegeben.',
    ),
    clean(
      'Junge (11) aus Malmedy wollte wissen, ob Thomas Müller und Kevin De Bruyne Roblox spielen. Keine personenbezogenen Daten.',
    ),
    clean(
      'Kommissar Jansen von der Polizeizone Weser-Göhl war ab 21 Uhr im Discord. Die Kinder fragten nach Benjamin Blümchen und Bibi Blocksberg.',
    ),
    clean(
      'Mädchen (10) zeigte ihren Hund Bello und ihr Pony Sternchen auf TikTok. Sie nahm das Thema sehr ernst und fragte viel.',
    ),
    clean(
      'Fortnite: Gruppe aus Amel und Büllingen. Sie sprachen über die Heide hinter dem Dorf und über Franck Ribéry. Inselcode 3391-4402-7718.',
    ),
  ],
  is: [
    withIds(
      'Discord, þriðjudag kl. 20:30. Strákur (13) frá Akureyri segist spila með Gunnari og frænda Gunnars, og að fullorðinn maður sem kallar sig „pabbi_gamli“ bjóði þeim Robux.',
      'Gunnari',
      'Gunnars',
      'pabbi_gamli',
    ),
    withIds(
      'Roblox, stelpa (13) úr Hafnarfirði. Hún gistir oft hjá Sölku og mamma Sölku les öll skilaboð. Hún skrifaði kennitöluna sína 140411-3290 í spjallið.',
      'Sölku',
      '140411-3290',
    ),
    withIds(
      'Fortnite með tveimur bræðrum frá Selfossi. Stjúpfaðir þeirra, Jón Þór Sigurðsson, tekur símana á kvöldin. Sá eldri gaf upp númerið 862 4517.',
      'Jón Þór Sigurðsson',
      '862 4517',
    ),
    withIds(
      'TikTok, stelpa (14) frá Reykjanesbæ. Kærastinn hennar Aron er 20 ára og vill hitta hana einn. Hún er oft með Zuzönnu, vinkonu sinni.',
      'Aron',
      'Zuzönnu',
    ),
    withIds(
      'Minecraft, strákur (11) úr Garðabæ, er í 6. bekk í Flataskóla með Birki, besta vini sínum. Birkir á eldri bróður sem sendi honum myndir.',
      '6. bekk í Flataskóla',
      'Birki',
      'Birkir',
    ),
    clean(
      'Minecraft, miðvikudag kl. 18–19:30. Um 25 börn frá Ísafirði og Bolungarvík. Spurningar um Herobrine og hvort lögreglan spili Fortnite. Bent á 1717 og 112.',
    ),
    clean(
      'Strákur (11) frá Húsavík spurði hvort Gylfi Sigurðsson og Laufey spili Roblox. Engar persónuupplýsingar.',
    ),
    clean(
      'Aðalvarðstjóri Einarsdóttir frá ríkislögreglustjóra tók við á Discord kl. 21. Börnin spurðu um Línu Langsokk og Íþróttaálfinn.',
    ),
    clean(
      'Stelpa (10) sýndi köttinn sinn Brand og hundinn Snata á TikTok. Hún býr á Hellu og veit hvað hún á að gera.',
    ),
    clean(
      'Fortnite: hópur frá Höfn og Vík. Töluðu um örn sem þeir sáu við Jökulsárlón og um storminn í leiknum. Lokið 22:05.',
    ),
  ],
  fi: [
    withIds(
      'Discord ti klo 20.10. Poika 13 v Tampereelta kertoi, että Eliaksen kaveri on saanut viestejä aikuiselta, joka käyttää nimeä ”setä_jarkko”. Neuvottu blokkaamaan ja kertomaan äidille.',
      'Eliaksen',
      'setä_jarkko',
    ),
    withIds(
      'Roblox, tyttö 12 v Espoosta. Hän pelaa Aadan ja Ilmarin kanssa, ja Ilmarin isoveli pyytää kuvia. Tyttö kirjoitti oman numeronsa 040 718 2294 chattiin.',
      'Aadan',
      'Ilmarin',
      '040 718 2294',
    ),
    withIds(
      'Fortnite, kaksi veljestä Vantaalta. Isäpuoli Ahmed Farah ottaa puhelimet pois iltaisin, ja naapurin Sanni kyselee heiltä salasanoja.',
      'Ahmed Farah',
      'Sanni',
    ),
    withIds(
      'TikTok live, tyttö 13 v Oulusta kirjoitti henkilötunnuksensa 150311A274S kysyessään ikärajoista. Poikaystävä Jere on 21.',
      '150311A274S',
      'Jere',
    ),
    withIds(
      'Minecraft, poika 11 v Jyväskylästä, käy 5B-luokkaa Kypärämäen koulussa yhdessä Onnin kanssa. onnin äiti on hänen valmentajansa.',
      '5B-luokkaa Kypärämäen koulussa',
      'Onnin',
      'onnin',
    ),
    clean(
      'Minecraft ke klo 18–19.30. Noin 30 lasta Lahdesta ja Kouvolasta. Kyseltiin Herobrinesta ja poliisiautoista. Kerrottu numeroista 116 111 ja 112.',
    ),
    clean('Poika 11 v Porista kysyi, pelaavatko Teemu Pukki ja Käärijä Fortnitea. Ei henkilötietoja.'),
    clean(
      'Ylikonstaapeli Virtanen Poliisihallituksesta liittyi Discordiin klo 21. Lapset kysyivät Muumipeikosta ja Pikku Myystä.',
    ),
    clean('Tyttö 10 v esitteli TikTokissa kissansa Mörkön ja koiransa Lumin. Asuu Imatralla.'),
    clean(
      'Fortnite: porukka Kemistä ja Torniosta. Puhuttiin tuulesta ja lumesta, peli katkesi myrskyn takia. Toivo on, että ensi viikolla yhteys toimii. Saarikoodi 5521-0931-4476.',
    ),
  ],
  sv: [
    withIds(
      'Discord, tisdag kl 20.15. Kille, 13 år, från Umeå. Han spelar med Elias och Elias storasyster Wilma, som får meddelanden från en vuxen som kallar sig ”farbror_bengt”.',
      'Elias',
      'Wilma',
      'farbror_bengt',
    ),
    withIds(
      'Roblox, tjej 12 år från Malmö. Hon sover ofta hos Amina och Aminas pappa läser alla chattar. Hon skrev sitt nummer 073-841 22 67 i chatten.',
      'Amina',
      '073-841 22 67',
    ),
    withIds(
      'TikTok live, kille 15 år från Göteborg skrev sitt personnummer 090817-4626 för att bevisa sin ålder. Styvpappan Mikael Johansson hade sagt åt honom att göra det.',
      '090817-4626',
      'Mikael Johansson',
    ),
    withIds(
      'Fortnite, två bröder från Södertälje. Deras kusin Sargon får V-bucks av en tränare, Hanna Lind, mot bilder. Meddelat vidare.',
      'Sargon',
      'Hanna Lind',
    ),
    withIds(
      'Minecraft, tjej 14 år från Västerås, går i 8C på Viksängsskolan med bästa kompisen Alva. alvas kille är 19.',
      '8C på Viksängsskolan',
      'Alva',
      'alvas',
    ),
    clean(
      'Minecraft, onsdag 18–19.30. Ett 30-tal barn från Luleå och Boden. Frågor om Herobrine och om polisen spelar Fortnite. Informerat om BRIS 116 111 och 112.',
    ),
    clean('Kille 11 år från Borås undrade om Zlatan och Alexander Isak spelar Roblox. Inga personuppgifter.'),
    clean(
      'Inspektör Nilsson från Polismyndigheten tog över Discord kl 21. Barnen frågade om Pippi Långstrump och Emil i Lönneberga.',
    ),
    clean('Tjej 10 år visade sin katt Sixten och sin kanin Vilja på TikTok. Bor i Kiruna.'),
    clean(
      'Fortnite: gäng från Alingsås och Lerum. Pratade om en björn de byggt av sten och om stormen i spelet. Ö-kod 8810-2256-3347.',
    ),
  ],
};
