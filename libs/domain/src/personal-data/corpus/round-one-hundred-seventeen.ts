/**
 * Round one hundred and seventeen: written blind, before the detector was run on it.
 * Capitalised words that are not people (places, maps, clubs, brands, songs, series, operations, holidays, stars);
 * the notes with ids hide one identifier of a young person among them.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_SEVENTEEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    clean(
      'Chatted on Fortnite with a 13-year-old from Drammen who spent the Easter holidays grinding Battle Royale with his cousins. He is a huge fan of Arsenal and Erling Haaland and wants to see the Champions League final in May. We talked about not buying V-Bucks from strangers on TikTok.',
    ),
    withIds(
      'Met a 14-year-old girl on Roblox in Brookhaven, talking about Halloween outfits and the new Doors update. She said her best friend Sophie Brennan had been asked for pictures by an account calling itself Roblox Support. Told her to report it and to talk to a teacher on Monday.',
      'Sophie Brennan',
    ),
    clean(
      'Discord server for Minecraft Bedrock, mostly boys aged 12 to 15 from Cork and Limerick. They were arguing about whether Dream or Technoblade was the best, and one asked if the Gardaí can read deleted Snapchat messages. Mentioned Safer Internet Day and pointed them to Webwise and Childline.',
    ),
    withIds(
      'Twitch chat during a Valorant stream by Sentinels. A 15-year-old from Manchester who games as Salford_Sniper07 told me an older player keeps messaging him on Steam and wants to meet at the Trafford Centre on Saturday. Advised him to block, keep screenshots and tell his dad.',
      'Salford_Sniper07',
    ),
    clean(
      "Snapchat chat with two girls (14) from Galway after the St Patrick's Day parade. They had seen our Operation Kite posters on Eyre Square and wanted to know if Snap Map shows where they live. Showed them Ghost Mode and how to turn off Quick Add.",
    ),
    withIds(
      "14-year-old on Steam, big Counter-Strike fan, supports Liverpool and is watching Stranger Things. He had posted his mobile 07700 914 362 in a Faceit lobby so 'the team could add him on WhatsApp'. Asked him to delete it and set his Steam profile to Friends Only.",
      '07700 914 362',
    ),
    clean(
      "Roblox, Adopt Me! server, about eight kids aged 9 to 12. Lots of talk about Frost Dragons, Mega Neon pets and the Christmas event. One boy was upset that a 'Fair Trade' had been a scam; explained that Roblox never asks for passwords and that he should tell a parent.",
    ),
    withIds(
      "Minecraft Java realm, a 12-year-old from Bergen building a copy of Bryggen with Redstone doors. He typed his e-mail as emil.saetre11 at hotmail dot com so a 'Hypixel Mod' could send him the rules. Explained why he shouldn't share that with anyone in the chat, not even with us.",
      'emil.saetre11 at hotmail dot com',
    ),
    withIds(
      'Fortnite Creative, a 13-year-old girl who loves Taylor Swift and plays the Eras Tour map every evening. She told the whole lobby that she lives at 27 Maple Grove in Swords, near the Pavilions. We talked about keeping home details off voice chat.',
      '27 Maple Grove',
    ),
    clean(
      'TikTok live from the Online Patrol account (Politiets nettpatrulje) during the October half-term. Questions came in about GTA V, Minecraft Hardcore and whether MrBeast is really giving away PlayStations. Reminded viewers that giveaways asking for card details on Instagram or Telegram are scams.',
    ),
  ],
  nb: [
    clean(
      'Snakket med tre gutter på 13 år fra Tromsø på Discord. De var mest opptatt av Champions League, Bodø/Glimt og den nye EA FC-en, og spurte om det er lov å selge kontoer på Finn. Forklarte hva kontosvindel er og at de kan få hjelp hos Slett Meg.',
    ),
    withIds(
      'Jente (14) på Snapchat spurte om hun kunne bli svindlet etter at hun sendte fødselsnummeret sitt 14031150060 til en «Vipps Kundeservice». Ba henne snakke med foreldrene med en gang og sperre BankID hos banken.',
      '14031150060',
    ),
    clean(
      'Fortnite-kveld med ungdommer fra Groruddalen og Stovner. Mye prat om Travis Scott-skinnet, Marvel-sesongen og hvem som er best av Ninja og Bugha. Minnet dem på at Epic Games aldri ber om passord på Messenger.',
    ),
    withIds(
      'Gutt på 12 år på Roblox, spiller mest Blox Fruits og Jailbreak. Han fortalte at storebroren Mathias Bakken hadde gitt ham Robux mot at han delte Discord-passordet sitt. Vi snakket om at passord er private, også i familien.',
      'Mathias Bakken',
    ),
    clean(
      'Twitch-chat under en Counter-Strike-turnering med Heroic og Astralis. Flere på 15–16 lurte på om politiet patruljerer på Steam også. Svarte ja, og fortalte om Kripos og nettpatruljen i Oslo politidistrikt.',
    ),
    withIds(
      'Jente på 13 fra Lillehammer på TikTok, fan av Taylor Swift og Sabrina Carpenter. Hun hadde skrevet mobilnummeret sitt 917 48 263 i kommentarfeltet under en «Følg for følg»-video. Vi fikk slettet kommentaren sammen, og hun skal si ifra til mamma.',
      '917 48 263',
    ),
    withIds(
      'Gutt (14) på Fortnite som kaller seg Kebab_Kongen_04 i spillet, fortalte at en voksen på Discord tilbyr V-Bucks for bilder. Anbefalte ham å blokkere, ta skjermbilder og si ifra til kontaktlæreren på mandag.',
      'Kebab_Kongen_04',
    ),
    clean(
      'Minecraft-server med elever fra Sandnes og Stavanger i vinterferien. De bygde Nidarosdomen og Preikestolen og kranglet om Sonic eller Super Mario er best. Ingen bekymringer, ga bare råd om å holde serveren privat.',
    ),
    withIds(
      'Samtale på Snapchat med en 15-åring fra Fredrikstad som skulle ha fest etter 17. mai. Hun hadde delt adressen Kirkegata 14, 1606 Fredrikstad i en åpen gruppe med folk fra Gamlebyen og Kråkerøy. Forklarte hvorfor det kan gå galt og hjalp henne å fjerne det.',
      'Kirkegata 14',
      '1606 Fredrikstad',
    ),
    clean(
      'Direktesending på TikTok fra Politiets nettpatrulje Øst i påskeferien. Spørsmålene handlet om GTA, Among Us, Pokémon GO og om man kan anmelde noen for å være «Toxic» i Valorant. Svarte at trusler kan anmeldes, og viste til Kors på halsen.',
    ),
  ],
  nn: [
    clean(
      'Prata med ein gut på 14 frå Voss på Discord. Han er stor fan av Brann og Erling Haaland, og spelar mykje Rocket League og Call of Duty med folk frå Sogndal. Me snakka om kva som skjer om ein deler bilete av andre utan lov.',
    ),
    withIds(
      'Jente (13) frå Førde på Roblox, i spelet Murder Mystery 2. Ho fortalde at venninna Ingrid Solheim Fure hadde fått meldingar frå ein «Bloxburg Admin» som ville ha Snapchat-namnet hennar. Rådde dei til å blokkere og seie ifrå til ein vaksen.',
      'Ingrid Solheim Fure',
    ),
    withIds(
      'Gut på 15 frå Stryn spurde på Snapchat om han kunne bli svindla. Han hadde lagt ut nummeret sitt, 478 12 905, i ei Facebook-gruppe for Minecraft-spelarar for å selje ein Hypixel-rang. Forklarte kvifor det er lurt å slette det.',
      '478 12 905',
    ),
    clean(
      'Fortnite-lobby med fleire ungdomar frå Sunnmøre rett etter jul. Dei snakka om Star Wars-skina, Eminem-konserten i spelet og om Aalesund rykkjer ned. Ingen uro, men minte dei om å ikkje kjøpe kontoar på Discord.',
    ),
    clean(
      'TikTok-live frå nettpatruljen i Vest politidistrikt. Spørsmål om Skam, Pokémon, Roblox og kva politiet gjer i Operasjon Sommarferie. Viste til Kors på halsen og 116 111.',
    ),
    withIds(
      'Jente (12) frå Ørsta i Minecraft Education, bygde Geirangerfjorden og Hurtigruten. Ho skreiv e-posten sin som sigrid.hovden12 at gmail dot com i chatten så ein «Mojang Support» kunne sende ho ein premie. Forklarte at Mojang aldri ber om slikt.',
      'sigrid.hovden12 at gmail dot com',
    ),
    clean(
      'Prata med tre gutar på 11–13 år på Steam om Counter-Strike, Dota 2 og Team Liquid. Dei lurte på om Valve kan stengje kontoen om ein juksar. Gav råd om tofaktor og Steam Guard.',
    ),
    withIds(
      'Gut (13) frå Kvinnherad som spelar Fortnite under namnet Hardanger_Viking13. Han fortalde at nokon på Discord truga med å leggje ut skjermbilete om han ikkje betalte med V-Bucks. Tipsa om å ta vare på skjermbileta og melde frå til politiet.',
      'Hardanger_Viking13',
    ),
    withIds(
      'Jente på 15 frå Bergen skreiv på Snapchat at ho hadde sendt fødselsnummeret 22071050002 til ein «BankID Support» på Instagram. Rådde ho til å snakke med foreldra og banken i dag.',
      '22071050002',
    ),
    clean(
      'Discord-samtale på 17. mai med ungdomar frå Nordfjord. Dei snakka om Brann–Molde, Kygo og Sigrid, og om kva ein gjer om nokon legg ut nakenbilete. Forklarte at det er ulovleg og viste til Slett Meg.',
    ),
  ],
  nl: [
    clean(
      'Gesprek op Discord met drie jongens van 13 uit Utrecht en Nieuwegein. Ze hadden het vooral over Ajax–Feyenoord, de nieuwe Call of Duty en Kwebbelkop. Uitgelegd dat je bij bedreigingen altijd een screenshot maakt en het meldt.',
    ),
    withIds(
      "Meisje (14) uit Gent op TikTok, fan van K3 en Stromae, had haar gsm-nummer 0478 12 34 56 in een Roblox-groep gezet om 'vriendjes' te vinden. Samen verwijderd en afgesproken dat ze het haar mama vertelt.",
      '0478 12 34 56',
    ),
    clean(
      'Fortnite-lobby tijdens de herfstvakantie met jongeren uit Rotterdam-Zuid en Schiedam. Veel gepraat over Sinterklaas, de Marvel-skins en of Memphis Depay nog bij Oranje hoort. Geen zorgen, wel tips gegeven over V-Bucks-oplichting.',
    ),
    withIds(
      'Jongen van 12 uit Almere op Roblox in Brookhaven, speelt ook veel Pet Simulator 99. Hij zei dat zijn beste vriend Daan Verhoeven via Discord cadeaukaarten van Bol.com kreeg van een onbekende man. Aangeraden om het samen aan een ouder of de mentor te vertellen.',
      'Daan Verhoeven',
    ),
    clean(
      "Live op Twitch met de wijkagenten van Politiezone Antwerpen. Kijkers van 11 tot 15 vroegen naar de Rode Duivels, Minecraft Hardcore en of je in Fortnite mag 'teamen'. Gewezen op Awel (102) en Child Focus (116 000).",
    ),
    withIds(
      'Meisje (15) uit Zwolle had op Snapchat haar BSN 263819474 gestuurd naar iemand die zich voordeed als medewerker van DigiD. Uitgelegd dat DigiD en de Belastingdienst nooit via Snapchat contact opnemen en haar naar de Fraudehelpdesk verwezen.',
      '263819474',
    ),
    withIds(
      "Jongen (13) uit Eindhoven, PSV-fan, speelt EA FC en Rocket League onder de naam Lichtstad_Keeper13. Iemand uit een Discord-server van Team Liquid-fans vroeg om zijn adres 'voor merch'. Geadviseerd te blokkeren en het thuis te vertellen.",
      'Lichtstad_Keeper13',
    ),
    clean(
      'Minecraft-server waarop kinderen uit Brugge het Belfort en de Markt nabouwen. Ze hadden het over Kerstmis, Pokémon-kaarten en Lionel Messi. Alles rustig.',
    ),
    withIds(
      "Vlaams meisje (14) op Roblox vertelde een 'vriend' uit Fortnite dat ze in de Kerkstraat 27 woont, 9000 Gent, vlak bij de Sint-Baafskathedraal. Uitgelegd waarom je dat nooit aan online vrienden geeft.",
      'Kerkstraat 27',
      '9000 Gent',
    ),
    clean(
      'TikTok-live van Politie Online op Koningsdag. Vragen over Squid Game, Brawl Stars en Snapchat-streaks. Uitgelegd wat sextortion is en verwezen naar Helpwanted en de Kindertelefoon (0800-0432).',
    ),
  ],
  fr: [
    clean(
      'Échange sur Discord avec deux garçons de 13 ans de Liège, fans du Standard et de Kylian Mbappé. Ils parlaient de la Coupe du Monde, de Clash Royale et de Squeezie. Rappel : on ne clique jamais sur les liens « Nitro Gratuit ».',
    ),
    withIds(
      "Jeune fille de 14 ans de Namur sur Snapchat, elle regarde Stranger Things et Lupin. Elle m'a dit que son cousin Théo Lambert partageait ses photos dans un groupe « Fortnite Belgique ». Conseillé de signaler le groupe et d'en parler à un adulte.",
      'Théo Lambert',
    ),
    clean(
      "Partie de Fortnite avec des ados de Marseille et d'Aix pendant les vacances de la Toussaint. On a parlé de l'OM, de Jul, de la saison Marvel et du Z Event. Aucun souci, juste des conseils sur les arnaques aux V-Bucks.",
    ),
    withIds(
      "Garçon de 12 ans de Lille sur Roblox (Brookhaven, Da Hood). Il avait écrit son numéro 06 12 47 85 39 dans le chat pour qu'un « YouTubeur » l'ajoute sur WhatsApp. On l'a supprimé ensemble et il va prévenir sa mère.",
      '06 12 47 85 39',
    ),
    withIds(
      'Adolescente de 14 ans (Charleroi) sur TikTok : elle avait envoyé son numéro de registre national 11.06.23-157.37 à un faux compte « Itsme Support ». Conseillé de prévenir ses parents et la banque tout de suite.',
      '11.06.23-157.37',
    ),
    clean(
      'Live Twitch avec la Police fédérale pendant la Semaine de la Sécurité numérique. Questions sur Minecraft, Genshin Impact, le PSG et Inoxtag. Rappel des numéros 103 (Écoute-Enfants) et 116 000 (Child Focus).',
    ),
    withIds(
      'Garçon de 13 ans de Bordeaux, supporter des Girondins, qui joue à Rocket League sous le pseudo Lucas_Chartrons33. Un adulte lui propose des crédits contre des photos sur Discord. Expliqué comment bloquer et signaler, et donné le 3018.',
      'Lucas_Chartrons33',
    ),
    clean(
      "Discussion sur Minecraft avec des collégiens de Lyon qui reconstruisaient la Tour Eiffel et Notre-Dame. Ils parlaient de Noël, d'Astérix et du Tour de France. Rien d'inquiétant.",
    ),
    withIds(
      'Ado de 14 ans de Toulouse sur Steam, fan de Counter-Strike et de Vitality. Elle a donné son adresse mail, chloe.durand2011 arobase hotmail point fr, à un inconnu qui promettait un skin AWP. Expliqué pourquoi ne jamais le faire.',
      'chloe.durand2011 arobase hotmail point fr',
    ),
    clean(
      "Snapchat avec des jeunes de Bruxelles (Anderlecht, Schaerbeek) après le match des Diables Rouges. Ils demandaient si la Snap Map montre leur maison. Montré le Mode Fantôme et comment l'activer.",
    ),
  ],
  de: [
    clean(
      'Gespräch auf Discord mit drei Jungs (13) aus Köln-Ehrenfeld, alle Fans vom FC und von Florian Wirtz. Es ging um EA FC, Brawl Stars und MontanaBlack. Hinweis gegeben, dass man keine Accounts von Fremden kauft.',
    ),
    withIds(
      'Mädchen (14) aus Leipzig auf TikTok, großer Fan von Shirin David. Sie erzählte, dass ihre Freundin Lena Krüger von einem angeblichen Talent-Scout auf Instagram nach Fotos gefragt wurde. Geraten, den Account zu melden und mit den Eltern zu sprechen.',
      'Lena Krüger',
    ),
    clean(
      'Fortnite-Runde in den Osterferien mit Jugendlichen aus dem Ruhrgebiet. Gesprochen über Schalke, die neue Season, Knossi und das Oktoberfest-Event. Keine Auffälligkeiten.',
    ),
    withIds(
      'Junge (12) aus Hannover hat auf Roblox in einem Jailbreak-Server seine Handynummer 0157 3482 1196 gepostet, weil ihm jemand Robux versprochen hatte. Zusammen gelöscht, Tipp: Nummer nie in den Chat.',
      '0157 3482 1196',
    ),
    withIds(
      'Junge (15) aus München auf Snapchat, spielt viel Valorant und schaut gern Bayern. Er hatte in seiner Story Leopoldstraße 48, 80802 München gepostet, damit Leute zu seiner Geburtstagsfeier kommen. Erklärt, warum das öffentlich gefährlich ist.',
      'Leopoldstraße 48',
      '80802 München',
    ),
    clean(
      'Twitch-Livestream der Polizei Niedersachsen zum Safer Internet Day. Fragen zu GTA V, Minecraft, Pokémon Karmesin und Purpur und ob Beleidigungen in Valorant strafbar sind. Verwiesen auf die Nummer gegen Kummer (116 111).',
    ),
    withIds(
      'Mädchen (13) aus Dresden, spielt Minecraft auf Hypixel als ElbFlorenz_Mia. Ein Nutzer aus einem Discord-Server will sie unbedingt über Snapchat treffen. Rat: blockieren, Screenshots machen, Eltern informieren.',
      'ElbFlorenz_Mia',
    ),
    clean(
      'Minecraft-Server mit Kindern aus Hamburg-Altona, die die Elbphilharmonie nachbauen. Themen: Weihnachten, Harry Potter, Sonic und der HSV. Alles unauffällig.',
    ),
    withIds(
      'Junge (14) aus Stuttgart hat auf Steam seine Mail-Adresse als jonas.weber2010 at gmx punkt de in den Chat eines CS2-Turniers geschrieben. Erklärt, dass Valve nie so nach Daten fragt.',
      'jonas.weber2010 at gmx punkt de',
    ),
    clean(
      'Snapchat mit Jugendlichen aus Berlin-Neukölln nach dem Ramadan. Sie fragten nach Squid Game, der Bundesliga und ob die Polizei die Snap Map sieht. Geistermodus gezeigt.',
    ),
  ],
  is: [
    clean(
      'Spjallaði við þrjá stráka (13 ára) úr Breiðholti á Discord. Þeir töluðu mest um Fortnite, Manchester United og Gylfa Sigurðsson og spurðu hvort lögreglan sæi allt á Discord. Minnti þá á að kaupa aldrei aðganga af ókunnugum.',
    ),
    withIds(
      'Stelpa (15) úr Kópavogi hafði sent kennitöluna sína, 180410-2010, á Snapchat-aðgang sem þóttist vera frá Auðkenni. Ráðlagði henni að láta foreldra sína og bankann vita strax.',
      '180410-2010',
    ),
    withIds(
      'Strákur (12) frá Akureyri í Roblox, spilar mest Blox Fruits og Brookhaven. Hann sagði að vinur hans, Aron Máni Jónsson, hefði fengið Robux frá fullorðnum manni á Discord í skiptum fyrir myndir. Ráðlagði honum að segja foreldrum eða umsjónarkennara frá.',
      'Aron Máni Jónsson',
    ),
    clean(
      'Fortnite-spjall á öskudaginn við krakka úr Hafnarfirði og Garðabæ. Þau töluðu um Marvel-skinnin, Bríeti og Söngvakeppnina og hvort Ísland kæmist áfram í Eurovision. Ekkert áhyggjuefni.',
    ),
    withIds(
      'Stelpa (13) frá Selfossi hafði skrifað símanúmerið sitt, 867 4521, í athugasemd við Taylor Swift-myndband á TikTok. Við eyddum því saman og hún ætlar að segja mömmu sinni frá.',
      '867 4521',
    ),
    clean(
      'Beint streymi á Twitch frá Lögreglunni á höfuðborgarsvæðinu í febrúar. Spurningar komu um Minecraft, GTA og Valorant og hvort hægt sé að kæra hótanir í leikjum. Bent á Hjálparsíma Rauða krossins, 1717.',
    ),
    withIds(
      'Strákur (14) úr Reykjanesbæ spilar Fortnite undir nafninu Keflavik_Kongur14. Einhver á Discord bauð honum V-Bucks fyrir myndir. Ráðlagði honum að loka á viðkomandi, taka skjáskot og láta foreldra vita.',
      'Keflavik_Kongur14',
    ),
    clean(
      'Minecraft-þjónn með krökkum úr Vesturbænum sem voru að byggja Hallgrímskirkju og Hörpu. Þau töluðu um jólin, Pokémon og KR. Allt í góðu.',
    ),
    withIds(
      'Stelpa (12) frá Ísafirði skrifaði netfangið sitt sem sunna.bjork11 hjá gmail punktur com í spjallið í Roblox, af því að „Roblox Admin“ hafði lofað henni verðlaunum. Útskýrði að Roblox biðji aldrei um slíkt.',
      'sunna.bjork11 hjá gmail punktur com',
    ),
    clean(
      'Spjall á Snapchat við unglinga í Grafarvogi eftir landsleik Íslands og Þýskalands. Þau spurðu hvort Snap Map sýndi heimilin þeirra og ég sýndi þeim Draugastillinguna (Ghost Mode).',
    ),
  ],
  fi: [
    clean(
      'Juttelin Discordissa kolmen 13-vuotiaan tamperelaispojan kanssa. Puhuttiin Ilveksestä, Teemu Pukista ja uudesta Call of Dutysta, ja joku kysyi, näkeekö poliisi poistetut viestit. Muistutin, ettei tilejä kannata ostaa tuntemattomilta.',
    ),
    withIds(
      '15-vuotias tyttö Espoosta kertoi Snapchatissa lähettäneensä henkilötunnuksensa 120510A284H tilille, joka esiintyi OP:n asiakaspalveluna. Neuvoin kertomaan asiasta heti vanhemmille ja soittamaan pankkiin.',
      '120510A284H',
    ),
    withIds(
      '12-vuotias poika Oulusta pelaa Robloxissa Brookhavenia ja Doorsia. Hän kertoi, että serkku Eetu Korhonen on saanut aikuiselta mieheltä Robuxeja kuvia vastaan. Kehotin kertomaan asiasta vanhemmille tai opettajalle.',
      'Eetu Korhonen',
    ),
    clean(
      'Fortnite-illassa juttelin itähelsinkiläisten nuorten kanssa juhannuksen jälkeen. Aiheina olivat Marvel-skinit, HIFK:n ja Jokerien paikallispeli sekä Cheekin keikka. Ei huolia.',
    ),
    withIds(
      '13-vuotias tyttö Turusta oli kirjoittanut puhelinnumeronsa 040 738 1924 TikTokissa erään Taylor Swift -videon kommentteihin. Poistimme sen yhdessä, ja hän lupasi kertoa asiasta äidilleen.',
      '040 738 1924',
    ),
    clean(
      'Twitch-live nettipoliisien kanssa Mediataitoviikolla. Kysymyksiä tuli Minecraftista, GTA:sta ja Valorantista sekä siitä, voiko uhkailusta tehdä rikosilmoituksen. Kerroin MLL:n Lasten ja nuorten puhelimesta (116 111).',
    ),
    withIds(
      '14-vuotias poika Lahdesta pelaa Fortnitea nimellä Pelicans_Fani14. Joku Discordissa tarjosi hänelle V-Buckseja kuvia vastaan. Neuvoin estämään käyttäjän, ottamaan kuvakaappaukset ja kertomaan vanhemmille.',
      'Pelicans_Fani14',
    ),
    clean(
      'Minecraft-palvelimella jyväskyläläiset lapset rakensivat Helsingin tuomiokirkkoa ja Linnanmäkeä. Puhuttiin joulusta, Muumeista ja Angry Birdsistä. Kaikki hyvin.',
    ),
    withIds(
      '15-vuotias poika Vantaalta oli kertonut Snapchat-ryhmässä osoitteensa Koivukyläntie 12, 01360 Vantaa, vaikka ryhmässä oli tuntemattomia. Selitin, miksi tieto kannattaa poistaa.',
      'Koivukyläntie 12',
      '01360 Vantaa',
    ),
    clean(
      'Snapchat-keskustelu kuopiolaisten nuorten kanssa Leijonien MM-kullan jälkeen. Kysyttiin, näkyykö Snap Mapista kodin sijainti, ja näytin, miten Haamutila laitetaan päälle.',
    ),
  ],
  sv: [
    clean(
      'Pratade på Discord med tre killar (13) från Göteborg, alla Blåvitt-fans. Det handlade om Zlatan, EA FC och Minecraft-servern Hypixel. Påminde dem om att aldrig köpa konton av okända.',
    ),
    withIds(
      'Tjej (14) från Uppsala hade skickat sitt personnummer 111103-4672 på Snapchat till ett konto som utgav sig för att vara BankID-support. Rådde henne att prata med föräldrarna och ringa banken direkt.',
      '111103-4672',
    ),
    withIds(
      'Kille (12) från Malmö på Roblox, spelar mest Adopt Me och Jailbreak. Han berättade att kompisen Elias Lindqvist fått Robux av en vuxen man på Discord mot bilder. Rådde honom att berätta för en vuxen han litar på.',
      'Elias Lindqvist',
    ),
    clean(
      'Fortnite-kväll under sportlovet med ungdomar från Rinkeby och Tensta. Vi pratade om Marvel-skinsen, Einár och AIK, och någon frågade om ”Free V-Bucks”-länkar är riktiga. Inga bekymmer.',
    ),
    withIds(
      'Tjej (13) från Örebro hade skrivit sitt nummer 073-518 42 67 i kommentarerna till en Taylor Swift-video på TikTok. Vi tog bort det tillsammans och hon ska berätta för sin mamma.',
      '073-518 42 67',
    ),
    clean(
      'Livesändning på Twitch från Polisen region Syd. Frågor om GTA, Valorant och Counter-Strike med Ninjas in Pyjamas, och om man kan polisanmäla hot. Tipsade om BRIS (116 111).',
    ),
    withIds(
      'Kille (14) från Luleå spelar Fortnite som LuleaLegend_14. Någon på Discord erbjöd honom V-Bucks mot bilder. Rådde honom att blockera, ta skärmdumpar och berätta för en vuxen.',
      'LuleaLegend_14',
    ),
    clean(
      'Minecraft-server med barn från Västerås som byggde Globen och Turning Torso. Pratade om julen, Pippi Långstrump och Pokémon. Allt lugnt.',
    ),
    withIds(
      'Tjej (12) från Gävle skrev sin e-post som ella.berg2012 snabel-a hotmail punkt com i Roblox-chatten. Förklarade varför man inte delar sådant med okända.',
      'ella.berg2012 snabel-a hotmail punkt com',
    ),
    clean(
      'Snapchat med ungdomar i Umeå efter midsommar. De undrade om Snap Map visar var de bor, så jag visade Spökläget.',
    ),
  ],
};
