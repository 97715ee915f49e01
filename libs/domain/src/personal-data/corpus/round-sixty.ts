/**
 * Round sixty: written blind, before the detector was run on it.
 * A normal evening of notes by ten officers per language: careful or hurried, pasted chat lines, bullets, lower case.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SIXTY: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "21:40 Discord, server for Norwegian Minecraft players. Boy (13) said an adult calling himself 'TrollHunter_88' offered him 2000 V-Bucks for pictures. The boy's own handle is frostbyte.kid. Advised him to block and report, gave him 116 111. No screenshot taken.",
      'TrollHunter_88',
      'frostbyte.kid',
    ),
    withIds(
      "Roblox, Brookhaven. Girl, 12, from Ghent. Typed her mum's number in chat before I could stop her: 0478 53 21 96. Told her never to post it. — BE team",
      '0478 53 21 96',
    ),
    withIds(
      "- Twitch chat, Finnish team\n- talked to Aleksi Mäkinen (15), asked how to report a fake account\n- he gave his email aleksi.makinen09@gmail.com so we could 'send the guide'\n- did NOT use it, explained we don't take contact details",
      'Aleksi Mäkinen',
      'aleksi.makinen09@gmail.com',
    ),
    withIds(
      "nb team, fortnite party chat approx 19:15. girl said her friend Sunniva Tran in 7C at Ila skole gets messages from 'coach_dennis' on Snapchat. friend is 11. passed to Norwegian duty officer.",
      'Sunniva Tran',
      '7C at Ila skole',
      'coach_dennis',
    ),
    withIds(
      "Dutch kid (14) on Minecraft pasted his BSN 309182748 to 'prove' he's real and said he lives at Vlierstraat 14, 3532 RK Utrecht. Deleted the message, explained why. Name he gave: Daan.",
      '309182748',
      'Vlierstraat 14, 3532 RK Utrecht',
      'Daan',
    ),
    clean(
      'Evening summary 18:00–22:00: 37 conversations on Discord, 12 on Roblox, 5 on Fortnite. Most common questions: how to report, what police do with screenshots, is the blue profile real. No follow-ups. Case ref 24-118302 for the earlier incident.',
    ),
    clean(
      "Kid asked if MrBeast is real police lol and if Spider-Man could get arrested. Explained we're real officers from Iceland. He was 10, playing Bedwars on Hypixel. Nice chat.",
    ),
    clean(
      "Twitch: joined chat on the Kripos stream 20:00–21:30. Lots of questions about sextortion. Referred to 116 111 and to Europol's Say NO! campaign. 3 kids said they'd tell a parent.",
    ),
    clean(
      "fortnite, creative map code 4826-1937-5510. group of 4 boys (13-15) from Tampere asked if they can get in trouble for teaming in Solo. told them that's Epic's rules, not the law.",
    ),
    clean(
      'Girl (16) from Bergen said Steve and Alex skins are boring, then asked about nudes being shared at her school. Gave general advice, told her to talk to the school nurse or call 116 111. Nothing else.',
    ),
  ],
  nb: [
    withIds(
      'Discord kl. 20.10. Gutt, 14 år, fra Drammen. Sier at en voksen mann som kaller seg «snillonkel_77» har bedt om bilder og tilbudt Robux. Gutten heter Elias Haugland. Rådet ham til å blokkere og si fra til foresatte. Sendt videre til vakthavende.',
      'snillonkel_77',
      'Elias Haugland',
    ),
    withIds(
      'roblox, jente 11 år. skrev telefonnummeret sitt i chatten: 412 58 930. ba henne slette det. ellers hyggelig prat om Adopt Me',
      '412 58 930',
    ),
    withIds(
      'Snakket med Sara (13) på Fortnite. Hun går i 8B på Hundvåg skole og sier at en i klassen, Mohammed, deler bilder av andre på Snapchat. Hun ville ikke si mer. Henvist til helsesykepleier og 116 111.',
      'Sara',
      '8B på Hundvåg skole',
      'Mohammed',
    ),
    withIds(
      'Gutt (12) limte inn hele fødselsnummeret sitt for å «bevise» alderen: 140311 51369. Slettet meldingen, forklarte hvorfor. Han bor i Nordre gate 7B, 7011 Trondheim, sa han. Ikke mer.',
      '140311 51369',
      'Nordre gate 7B, 7011 Trondheim',
    ),
    withIds(
      'Minecraft-server, ca. 21:30. Mor til ei jente tok over chatten og skrev: «Jeg er mamma til Hanna, ring meg på 948 12 377 eller send mail til linn.aasgaard@online.no». Forklarte at vi ikke kan ta imot slikt her og viste til politiet.no. Brukernavn jenta: hannapanna_09',
      'Hanna',
      '948 12 377',
      'linn.aasgaard@online.no',
      'hannapanna_09',
    ),
    clean(
      'Kveldsoppsummering 18–22: 41 samtaler totalt, 9 på Roblox, 14 på Discord, resten Fortnite og Minecraft. Flest spørsmål om hvordan man anmelder og om politiprofilen er ekte. Ingen oppfølging. Sak 24-7714.',
    ),
    clean(
      'Jente på 15 fra Tromsø spurte om Erna Solberg og Jonas Gahr Støre spiller Fortnite lol. Snakket om nettvett og om å si fra. Hun hadde sett Politiet på TikTok.',
    ),
    clean(
      'Discord, Kripos-serveren. 3 gutter (13, 13 og 14) fra Bodø spurte om det er ulovlig å bruke aimbot. Forklarte forskjellen på regelbrudd i spillet og straffbare forhold. Viste til 116 111 og 02800 ved behov.',
    ),
    clean('kort: gutt 10 år, Minecraft, ville bare vite om Steve og Alex er politi også 😄 ingen bekymring'),
    clean(
      'Twitch, strøm hos en stor norsk streamer. Chatten spurte om sextortion etter saken i nyhetene. Ga generelle råd, anbefalte slettmeg.no og 116 111. Ca. 200 seere. Ingen personopplysninger notert.',
    ),
  ],
  nn: [
    withIds(
      'Snakka med ei jente på 12 frå Førde på Roblox. Ho heiter Ingrid Solheim-Nes og sa at ein vaksen med brukarnamnet «bestevenn_lars» har spurt kvar ho bur. Rådde henne til å blokkere og seie frå til foreldra. Sendt vidare.',
      'Ingrid Solheim-Nes',
      'bestevenn_lars',
    ),
    withIds(
      'Discord 19:45. Gut (13) skreiv: «ring meg på 97 41 06 23 om de treng meir info». Sletta, forklarte. Elles spurde han korleis ein melder falske kontoar.',
      '97 41 06 23',
    ),
    withIds(
      'Fortnite. Gut på 14 som går i 9A på Stord ungdomsskule fortalde at bror hans, Ali Rahimi, vert truga på Snapchat. Henta ikkje meir. Gav råd om 116 111.',
      '9A på Stord ungdomsskule',
      'Ali Rahimi',
    ),
    withIds(
      'minecraft, kl 22.05 – jenta skreiv fødselsnummeret til veslebror sin for å vise kor gammal han er: 02071253735. sletta. ho kallar seg sjølv «tuvalill» i spelet.',
      '02071253735',
      'tuvalill',
    ),
    withIds(
      'Kort: gut 15 frå Voss, gav e-post i chat: oddvar punktum kvamme krøllalfa gmail punktum com. Bur i Uttrågata 22, 5700 Voss. Ikkje lagra noko anna.',
      'oddvar punktum kvamme krøllalfa gmail punktum com',
      'Uttrågata 22, 5700 Voss',
    ),
    clean(
      'Oppsummering for kvelden: 28 samtalar, mest Roblox og Discord. Spørsmål om aldersgrenser, om kva politiet gjer med skjermbilete og om profilen er ekte. Inga vidare oppfølging.',
    ),
    clean(
      'Ei jente (11) frå Ålesund spurde om Sivert Høyem er politi 😅 – nei. Ho ville snakke om at nokon i klassen vert mobba. Gav råd om å seie frå til kontaktlæraren. Vist til 116 111.',
    ),
    clean(
      'Discord-serveren til Kripos, 20:00–21:30. Fire gutar frå Sogndal, 13–14 år, spurde om det er lov å selje Fortnite-kontoar. Forklarte at det bryt vilkåra til Epic, men sjeldan er ei politisak.',
    ),
    clean(
      'twitch: mange spørsmål i chatten om deepfake. svara generelt. 3 stk sa dei skulle snakke med foreldra. sak 24-5519 nemnd for intern bruk',
    ),
    clean(
      'Roblox, spelet Brookhaven. Gut på 10 spurde om Herobrine finst og om politiet kan stengje Roblox. Hyggeleg prat, inga uro. Vakta slutta 22.30.',
    ),
  ],
  nl: [
    withIds(
      "Discord, 20u15. Jongen (13) uit Rotterdam vertelt dat een volwassen man met de naam 'GamerPapa_NL' hem om foto's vraagt in ruil voor skins. Jongen heet Noah de Vries. Geadviseerd te blokkeren en zijn ouders in te lichten. Doorgezet naar de OvD.",
      'GamerPapa_NL',
      'Noah de Vries',
    ),
    withIds(
      'Roblox. Meisje, 12 jaar, typte haar 06: 06-48213975. Gevraagd het te verwijderen. Verder vragen over pesten.',
      '06-48213975',
    ),
    withIds(
      'Vlaams team — Fortnite. Jongen (14) uit Genk zit in 2B van het Sint-Jan Berchmanscollege en zegt dat zijn vriend Yusuf Demir wordt afgeperst via Snapchat. Doorgegeven aan de lokale politie.',
      '2B van het Sint-Jan Berchmanscollege',
      'Yusuf Demir',
    ),
    withIds(
      "minecraft 21:50 meisje plakte haar BSN in de chat om te laten zien dat ze 'echt 13' is: 172635482. verwijderd. woont volgens haar aan de Kerkstraat 41, 9401 BK Assen. naam: Fenna",
      '172635482',
      'Kerkstraat 41, 9401 BK Assen',
      'Fenna',
    ),
    withIds(
      "Twitch-chat. Jongen (15), noemt zichzelf 'xX_lowie_Xx', gaf zijn rijksregisternummer 11.05.23-147.40 en mail lowie.peeters@telenet.be 'voor als er iets is'. Uitgelegd dat wij dat niet bewaren.",
      'xX_lowie_Xx',
      '11.05.23-147.40',
      'lowie.peeters@telenet.be',
    ),
    clean(
      'Avondoverzicht: 33 gesprekken (Roblox 11, Discord 15, Fortnite 7). Vaakst gevraagd: hoe meld ik iets, is dit echt de politie. Zaaknummer 2024-118830 voor het eerdere incident.',
    ),
    clean('Meisje (10) uit Leeuwarden vroeg of Mario en Luigi ook politie zijn haha. Gezellig. Geen zorgen.'),
    clean(
      'Fortnite, eilandcode 3147-0982-6621. Groep van 5 jongens uit Tilburg, 14–16 jaar, vragen over accounts kopen. Uitgelegd dat dat tegen de regels van Epic is. Verwezen naar Helpwanted.nl en de Kindertelefoon 0800-0432.',
    ),
    clean(
      'discord 19u: vraag over sextortion na het nieuws. algemene tips gegeven. Child Focus 116 000 genoemd.',
    ),
    clean(
      'Jongen (13) vroeg of Max Verstappen echt zo snel rijdt als in F1 24. Daarna vragen over een nepaccount op TikTok. Uitgelegd hoe je dat meldt. Geen persoonsgegevens genoteerd.',
    ),
  ],
  fr: [
    withIds(
      "Discord, 20h30. Garçon de 13 ans, de Charleroi. Un adulte se faisant appeler « tonton_bienveillant » lui demande des photos contre des V-Bucks. Le jeune s'appelle Nathan Dubois. Conseillé de bloquer et d'en parler à ses parents. Transmis à l'officier de garde.",
      'tonton_bienveillant',
      'Nathan Dubois',
    ),
    withIds(
      "Roblox – jeune fille (12) a tapé le GSM de sa maman dans le chat : 0496/31.22.80. Demandé de l'effacer.",
      '0496/31.22.80',
    ),
    withIds(
      "Fortnite. Un jeune de 14 ans en 2e secondaire à l'Athénée Royal de Namur dit que sa copine Inès El Amrani reçoit des menaces sur Snapchat. Pas plus de détails. Renvoyé vers Child Focus 116 000.",
      "2e secondaire à l'Athénée Royal de Namur",
      'Inès El Amrani',
    ),
    withIds(
      "minecraft 22h – le gamin a collé son numéro de registre national pour prouver son âge : 12.09.04-283.38. supprimé. Il habite rue des Tanneurs 18, 1000 Bruxelles d'après lui. pseudo : kevdu1000",
      '12.09.04-283.38',
      'rue des Tanneurs 18, 1000 Bruxelles',
      'kevdu1000',
    ),
    withIds(
      'Twitch. Une maman est intervenue dans le chat : « je suis la mère de Léa, contactez-moi à sophie point lambert arobase skynet point be ». Expliqué que nous ne prenons pas de coordonnées ici.',
      'Léa',
      'sophie point lambert arobase skynet point be',
    ),
    clean(
      "Bilan de la soirée : 29 conversations, dont 12 sur Roblox et 10 sur Discord. Questions sur le signalement, l'âge minimum et la vraie identité du profil police. PV 2024/0183 pour l'incident précédent.",
    ),
    clean(
      "Un garçon de 11 ans de Liège demandait si Stromae joue à Fortnite 😄 puis on a parlé du harcèlement. Conseillé d'en parler à un adulte de confiance ou d'appeler le 103 (Écoute-Enfants).",
    ),
    clean(
      "Discord, serveur de la Police fédérale. 4 jeunes (13 à 15 ans) de Mons, questions sur l'achat de comptes. Expliqué les règles d'Epic Games. Rien à signaler.",
    ),
    clean(
      "mc, 19h40, jeune de 10 ans demande si Steve peut être arrêté pour avoir cassé une maison 😂 rien d'autre",
    ),
    clean(
      'Twitch : beaucoup de questions sur les deepfakes après le reportage de la RTBF. Réponses générales. Child Focus 116 000 mentionné. Aucune donnée personnelle notée.',
    ),
  ],
  de: [
    withIds(
      'Discord, 20:40 Uhr. Junge (13) aus Eupen berichtet, dass ein Erwachsener mit dem Namen „onkel_kalle“ ihm Robux für Fotos anbietet. Der Junge heißt Lukas Mertens. Geraten zu blockieren und die Eltern zu informieren. An den Dienstleiter weitergegeben.',
      'onkel_kalle',
      'Lukas Mertens',
    ),
    withIds(
      'Roblox: Mädchen, 12, schrieb ihre Handynummer in den Chat – 0472 18 93 65. Gebeten, sie zu löschen.',
      '0472 18 93 65',
    ),
    withIds(
      'Fortnite. Schüler (14) aus St. Vith, Klasse 3B der Bischöflichen Schule St. Vith, erzählt, dass seine Schwester Meryem Aydın auf Instagram erpresst wird. Keine weiteren Angaben. Auf 116 111 verwiesen.',
      '3B der Bischöflichen Schule St. Vith',
      'Meryem Aydın',
    ),
    withIds(
      'Minecraft, ca. 22 Uhr. Mädchen hat ihre Nationalregisternummer gepostet, um ihr Alter zu beweisen: 10.02.17-362.60. Gelöscht. Wohnt laut eigener Aussage Aachener Straße 55, 4700 Eupen. Spielername: lenaxmoon',
      '10.02.17-362.60',
      'Aachener Straße 55, 4700 Eupen',
      'lenaxmoon',
    ),
    withIds(
      'Liaison-Notiz (Europol): Der tatverdächtige Erwachsene aus der Discord-Meldung von gestern nennt sich „DerNetteTrainer“, Klarname laut dem Jugendlichen Dieter Vollmer, E-Mail d.vollmer1979@web.de. Weitergeleitet an das zuständige Team.',
      'DerNetteTrainer',
      'Dieter Vollmer',
      'd.vollmer1979@web.de',
    ),
    clean(
      'Abendbilanz: 24 Gespräche, davon 10 Roblox, 9 Discord, 5 Fortnite. Häufigste Fragen: Wie melde ich etwas, ist das wirklich die Polizei. Aktenzeichen 24/3317 für den früheren Vorfall.',
    ),
    clean(
      'Junge (11) aus Kelmis fragte, ob Thomas Müller auch Fortnite spielt 😄 danach kurz über Mobbing gesprochen. Auf 116 111 verwiesen.',
    ),
    clean(
      'twitch, viele fragen zu sextortion. allgemeine tipps gegeben. niemand hat etwas persönliches geschrieben. 19:00–21:15',
    ),
    clean(
      'Minecraft-Server, Gruppe von 6 Kindern (10–13 Jahre) aus Raeren. Frage: Kann Herobrine verhaftet werden? Netter Austausch, keine Auffälligkeiten.',
    ),
    clean(
      'Discord. Mädchen (16) aus Bütgenbach fragt, ob sie Anzeige erstatten kann, wenn jemand ihr Foto auf TikTok benutzt. Erklärt, wie das bei der Polizeizone Eifel geht. Keine Angaben zur Person notiert.',
    ),
  ],
  is: [
    withIds(
      'Discord kl. 20:10. Strákur, 13 ára, frá Akureyri. Segir að fullorðinn maður sem kallar sig „góði_frændi“ hafi boðið honum Robux fyrir myndir. Strákurinn heitir Aron Freyr Sigurðsson. Ráðlagt að loka á hann og segja foreldrum frá. Sent áfram.',
      'góði_frændi',
      'Aron Freyr Sigurðsson',
    ),
    withIds(
      'Roblox. Stelpa, 11 ára, skrifaði símanúmerið sitt í spjallið: 866 3412. Bað hana að eyða því.',
      '866 3412',
    ),
    withIds(
      'Fortnite. Strákur (14) í 9. bekk í Hagaskóla sagði að vinkona hans, Zofia Kowalska, fái hótanir á Snapchat. Vísað á 1717.',
      '9. bekk í Hagaskóla',
      'Zofia Kowalska',
    ),
    withIds(
      'minecraft kl 22. stelpan setti kennitöluna sína í spjallið til að sanna aldurinn: 120610-3410. eytt. hún býr á Hringbraut 84, 101 Reykjavík segir hún. notendanafn: lillamus',
      '120610-3410',
      'Hringbraut 84, 101 Reykjavík',
      'lillamus',
    ),
    withIds(
      'Twitch. Mamma stráks kom inn í spjallið: „ég er mamma hans Kristófers, hringið í 691-2284 eða sendið á siggahalla@simnet.is“. Útskýrði að við tökum ekki við slíku hér.',
      'Kristófers',
      '691-2284',
      'siggahalla@simnet.is',
    ),
    clean(
      'Samantekt kvöldsins: 31 samtal, flest á Roblox og Discord. Spurningar um hvernig eigi að tilkynna og hvort lögregluprófíllinn sé alvöru. Engin eftirfylgni. Mál 007-2024-1183.',
    ),
    clean(
      'Stelpa (12) frá Selfossi spurði hvort Laufey og Daði Freyr spili Roblox 😄 spjölluðum svo um einelti. Vísað á 1717 og 112.',
    ),
    clean(
      'Fortnite, 4 strákar úr Hafnarfirði, 13–15 ára, spurðu um kaup á aðgöngum. Útskýrði reglur Epic. Ekkert meira.',
    ),
    clean('twitch kl 19–21. margar spurningar um sextortion. almenn ráð. enginn gaf upp neitt persónulegt.'),
    clean(
      'Discord, þjónn lögreglunnar. Strákur (10) spurði hvort Steve í Minecraft geti farið í fangelsi. Skemmtilegt spjall, engar áhyggjur. Vakt lauk 22:30.',
    ),
  ],
  fi: [
    withIds(
      'Discord klo 20.15. Poika, 13 v, Oulusta. Kertoo, että aikuinen mies nimimerkillä ”kiltti_setä” tarjoaa V-Buckseja kuvista. Pojan nimi on Eetu Korhonen. Neuvottu estämään ja kertomaan vanhemmille. Välitetty päivystäjälle.',
      'kiltti_setä',
      'Eetu Korhonen',
    ),
    withIds(
      'Roblox: tyttö (12) kirjoitti puhelinnumeronsa chattiin 040 718 2293. Pyydetty poistamaan.',
      '040 718 2293',
    ),
    withIds(
      'Fortnite. 14-vuotias poika, joka käy 8C-luokkaa Kalevan koulussa Tampereella, kertoi että hänen kaverinsa Abdirahman Farah saa uhkailuviestejä Snapchatissa. Ohjattu numeroon 116 111.',
      '8C-luokkaa Kalevan koulussa',
      'Abdirahman Farah',
    ),
    withIds(
      'minecraft klo 22 tyttö laittoi hetunsa chattiin todistaakseen ikänsä: 150811A326F. poistettu. asuu kuulemma osoitteessa Hämeenkatu 12 B 7, 33100 Tampere. nimimerkki: mustikkaneiti',
      '150811A326F',
      'Hämeenkatu 12 B 7, 33100 Tampere',
      'mustikkaneiti',
    ),
    withIds(
      'Twitch. Äiti tuli chattiin: ”olen Sannin äiti, soittakaa 050 331 4826 tai laittakaa viestiä riikka.lehtonen@gmail.com”. Kerrottu, ettemme ota yhteystietoja vastaan täällä.',
      'Sannin',
      '050 331 4826',
      'riikka.lehtonen@gmail.com',
    ),
    clean(
      'Illan yhteenveto: 26 keskustelua, Roblox 9, Discord 11, Fortnite 6. Eniten kysyttiin ilmoittamisesta ja siitä, onko poliisin profiili aito. Ei jatkotoimia. Asianumero 5500/R/24118/24.',
    ),
    clean(
      'Tyttö (11) Kuopiosta kysyi, pelaako Käärijä Fortnitea 😄 sitten puhuttiin kiusaamisesta. Ohjattu MLL:n Lasten ja nuorten puhelimeen 116 111.',
    ),
    clean(
      'discord, 4 poikaa Lahdesta 13–15 v, kyselivät tilien ostamisesta. kerrottu Epicin säännöistä. ei muuta',
    ),
    clean(
      'Twitch klo 19–21, paljon kysymyksiä sekstortiosta. Yleisiä neuvoja. Kukaan ei kertonut henkilötietojaan.',
    ),
    clean(
      'Minecraft. Poika (10) kysyi, voiko Herobrine joutua vankilaan ja onko Nettipoliisi oikea poliisi. Mukava juttu, ei huolia. Vuoro päättyi 22.30.',
    ),
  ],
  sv: [
    withIds(
      'Discord kl 20.20. Pojke, 13 år, från Västerås. Berättar att en vuxen som kallar sig ”snällfarbror99” erbjuder Robux mot bilder. Pojken heter Liam Bergqvist. Rådde honom att blockera och berätta för föräldrarna. Skickat vidare till vakthavande.',
      'snällfarbror99',
      'Liam Bergqvist',
    ),
    withIds(
      'Roblox. Tjej, 12 år, skrev sitt mobilnummer i chatten: 070-318 42 96. Bad henne ta bort det.',
      '070-318 42 96',
    ),
    withIds(
      'Fortnite. Kille (14) i 8B på Kvarnbergsskolan i Göteborg säger att hans kusin Dilan Karimi blir utpressad på Snapchat. Hänvisat till BRIS 116 111.',
      '8B på Kvarnbergsskolan',
      'Dilan Karimi',
    ),
    withIds(
      'minecraft kl 22 tjejen klistrade in sitt personnummer för att visa att hon är 11: 130207-4461. raderat. bor enligt henne på Storgatan 14, 852 30 Sundsvall. användarnamn: moln_elsa',
      '130207-4461',
      'Storgatan 14, 852 30 Sundsvall',
      'moln_elsa',
    ),
    withIds(
      'Twitch. En pappa skrev i chatten: ”jag är pappa till Omar, ring 0736 55 19 02 eller maila ahmed.hassan82@hotmail.com”. Förklarade att vi inte tar emot kontaktuppgifter här.',
      'Omar',
      '0736 55 19 02',
      'ahmed.hassan82@hotmail.com',
    ),
    clean(
      'Kvällens summering: 35 samtal, Roblox 12, Discord 14, Fortnite 9. Vanligaste frågorna: hur man anmäler och om polisprofilen är äkta. Ingen uppföljning. Ärende 5000-K118302-24.',
    ),
    clean(
      'Tjej (11) från Luleå frågade om Zlatan spelar Fortnite 😄 sen pratade vi om mobbning. Hänvisade till BRIS 116 111 och 112 vid fara.',
    ),
    clean(
      'discord, 4 killar från Örebro 13–15 år, frågor om att köpa konton. förklarade Epics regler. inget mer',
    ),
    clean('Twitch kl 19–21. Många frågor om sextortion. Allmänna råd. Ingen lämnade personuppgifter.'),
    clean(
      'Minecraft. Pojke (10) frågade om en Creeper kan gripas och om polisen spelar på Hypixel. Trevligt, ingen oro. Passet slut 22.30.',
    ),
  ],
};
