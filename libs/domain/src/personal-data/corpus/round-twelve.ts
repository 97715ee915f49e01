import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round twelve: written blind, without reading the detector or earlier rounds, before the detector was run on it.
 * Terse form-style notes as officers type them in a hurry: fragments, "Tema: … / Tiltak: …" fields, abbreviations
 * and arrows. The identifier notes put names in small letters, in reported speech, inflected or at the very start;
 * the clean notes lean on words that are also first names, relatives without names, skins, stars and help lines.
 */
export const ROUND_TWELVE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'grace_on_ice09 / Roblox / ca. 13 y. Topic: adult asking for pics in DMs. Action: block + report, i.e. walked her through the in-game report flow.',
      'grace_on_ice09',
    ),
    withIds(
      'Topic: bullying in a yr 8 Discord server. said her sister is called maisie; the boy doing it goes by "Bugsy". -> advised screenshots + tell a teacher.',
      'maisie',
      'Bugsy',
    ),
    withIds(
      'Full name given: Oliver James Whitfield, yr 9 at Kingsmead Academy. Issue: V-Bucks scam, approx. £40 lost. Next: parents to contact Epic support.',
      'Oliver James Whitfield',
      'yr 9 at Kingsmead Academy',
    ),
    withIds(
      'ethan cried when we talked about the voice chats. Follow-up address he typed himself: eprice.2011 at outlook dot com. Action: CEOP info, nothing more tonight.',
      'ethan',
      'eprice.2011 at outlook dot com',
    ),
    withIds(
      'Address: 14 Alder Road, LS6 2QT / mob. (+44) 7700 900456. Topic: wants to meet "a friend" from Snap, ca. 15. Action: talked it through, i.e. no meet-up alone.',
      '14 Alder Road, LS6 2QT',
      '(+44) 7700 900456',
    ),
    clean(
      'Topic: Fortnite skins, Jonesy vs Peely. Boy ca. 12, his dad pays 9,99 € per month for the Crew pack. Action: talked about "free V-Bucks" scam sites.',
    ),
    clean(
      'Twitch, 3 girls ca. 14, watch Ninja + Pokimane. Topic: fake giveaways asking for logins. Told them a real giveaway never needs your password, mark my words. Will check #general on our server Fri.',
    ),
    clean(
      'Minecraft / play.hypixel.net / v1.20.4. Boy ca. 11 plays as Steve, his little sister as Alex. Topic: griefing in Bed Wars. Action: showed /report. His mum nearby, no concerns.',
    ),
    clean(
      'Girl ca. 16, Snapchat. Topic: sextortion worry. Action: gave Childline 0800 1111 + 116 111, i.e. she may call tonight. Her dad picked her up at 19:30. Said there is hope now.',
    ),
    clean(
      'Discord #general on the "Europol EC3 Outreach" server. Qs about Haaland and Bukayo, FIFA packs ca. 49,90 €. One rose to Diamond rank in Rocket League. Town: Limerick. Nothing of concern, next visit Wednesday.',
    ),
  ],
  nb: [
    withIds(
      'ida gråt da vi snakket om gruppechatten. Tema: utestenging på Discord, ca. 13 år. Tiltak: rådet henne til å si fra til kontaktlærer, evt. til oss.',
      'ida',
    ),
    withIds(
      'Gutt ca. 14, Fortnite. sa at mora heter anne og at hun ikke vet om kjøpene. Tema: V-bucks for ca. 1200 kr. Tiltak: info om foreldrekontroll -> sendes hjem.',
      'anne',
    ),
    withIds(
      'på snap: mia.solstrand09 -> får meldinger fra voksen mann, bl.a. krav om bilder. Tema: grooming. Tiltak: skjermbilder lagret, bekymringsmelding vurderes.',
      'mia.solstrand09',
    ),
    withIds(
      'Tlf. (+47) 912 34 567 / adr. Granittveien 12, 0687 Oslo. Tema: trusler i Roblox-chat fra "Tassen" (kallenavn, gutt i parallellklassen). Tiltak: anmeldelse, ringer foreldre kl. 18.',
      '(+47) 912 34 567',
      'Granittveien 12, 0687 Oslo',
      'Tassen',
    ),
    withIds(
      'Fnr. oppgitt uoppfordret: 230810 54134. Navn: Emil Andreas Haugen, 8B på Lunden skole. E-post: emil.haugen(at)gmail punkt com. Tema: konto stjålet. Tiltak: nytt passord + 2FA.',
      '230810 54134',
      'Emil Andreas Haugen',
      '8B på Lunden skole',
      'emil.haugen(at)gmail punkt com',
    ),
    clean(
      'Tema: spilletid. Gutt ca. 12 spiller Fortnite ca. 5 t per dag, mest som Jonesy og Peely. Mora hans var med. Tiltak: snakket om søvn, liv og helse.',
    ),
    clean(
      'Minecraft / play.hypixel.net / versjon 1.20.4. To gutter ca. 11 år, spiller som Steve og Alex, bygger hytte av stein og bjørk. Tema: griefing. Tiltak: viste /report. Nytt besøk i mai.',
    ),
    clean(
      'Discord #general på serveren til «Politiet nettpatrulje Sør-Øst». Spørsmål om Erling og Martin på landslaget, bl.a. FIFA-pakker til ca. 99 kr. Ingen bekymring. Neste gang onsdag.',
    ),
    clean(
      'Jente ca. 15, TikTok. Tema: press om nakenbilder. Tiltak: ga Alarmtelefonen 116 111, evt. Kors på halsen 800 33 321. Faren hennes henter kl. 19.30. Hun tar det dag for dag, sa hun.',
    ),
    clean(
      'Fredag, Bodø. Gruppe på 4, ca. 14 år, Twitch + Roblox, ser mye på Ninja. Sol og sommer, alle ute til ca. kl. 21. Per i dag ingen bekymring.',
    ),
  ],
  nn: [
    withIds(
      'sa at syster hennar heiter ingrid og går i same klasse. Tema: utestenging i Snapchat-gruppe. Tiltak: råda henne til å snakke med kontaktlærar, evt. helsesjukepleiar.',
      'ingrid',
    ),
    withIds(
      '"Rotta" (kallenamn på guten som truar henne) skriv i Fortnite-chatten kvar kveld. Tema: truslar. Tiltak: skjermbilete, melde til Epic.',
      'Rotta',
    ),
    withIds(
      'Fullt namn: Sigrid Marie Aasen, 9A på Voss ungdomsskule. Tema: konto kapra på Roblox. Tiltak: nytt passord saman med henne, foreldre varsla.',
      'Sigrid Marie Aasen',
      '9A på Voss ungdomsskule',
    ),
    withIds(
      'insta -> torleif.fjellgut07 / fnr. 07021261208 (sa det sjølv). Tema: vaksen person ber om bilete. Tiltak: lagra skjermbilete, bekymringsmelding til barnevernet.',
      'torleif.fjellgut07',
      '07021261208',
    ),
    withIds(
      'Tlf. 93 45 67 89, adr. Kyrkjevegen 5, 6856 Sogndal. magnus gret då vi snakka om chatten. E-post: m.lie2012 [at] online punkt no. Tiltak: samtale med føresette kl. 17.',
      '93 45 67 89',
      'Kyrkjevegen 5, 6856 Sogndal',
      'magnus',
      'm.lie2012 [at] online punkt no',
    ),
    clean(
      'Tema: speletid. Gut ca. 13 spelar ca. 6 t per dag. Mor hans var med og var uroa. Tiltak: snakka om søvn, liv og helse, evt. faste tider.',
    ),
    clean(
      'Fortnite, jente ca. 12. Tor ikkje seie frå når nokon er slemme i chatten. Tiltak: viste rapportknappen. Neste gong i mai.',
    ),
    clean(
      'Måndag kl. 15.30, Førde. Minecraft-gjeng, ca. 6 stk., på play.hypixel.net (1.20.4). Alle spelar som Steve eller Alex, byggjer hytte av stein og bjørk. Ingen uro.',
    ),
    clean(
      'Jente ca. 16, Snapchat. Tema: sextortion. Tiltak: gav Alarmtelefonen 116 111 og lenkje til profilen «Politiet nettpatrulje Vest». Ho tek det dag for dag. Far hennar henta henne kl. 19.30.',
    ),
    clean(
      'Discord #general, Bergen. Prat om Erling og Martin på landslaget, bl.a. FIFA-pakkar til ca. 99 kr. Ser mykje på Ninja på Twitch. Liv og røre, ingen uro. Neste besøk fredag.',
    ),
  ],
  nl: [
    withIds(
      "zei dat ze lisa heet, ca. 13, Roblox. Onderwerp: volwassene vraagt om foto's. Actie: blokkeren + melden, o.a. Helpwanted.nl gegeven.",
      'lisa',
    ),
    withIds(
      'Volledige naam: wout van den broeck (Gent), 2de middelbaar. Rijksregisternr.: 11.04.23-157.23. Onderwerp: pesten via TikTok. Actie: screenshots, ouders ingelicht.',
      'wout van den broeck',
      '11.04.23-157.23',
    ),
    withIds(
      'insta -> sem.devries_2010 / mail: sem.devries(at)gmail punt com. Onderwerp: Fortnite-account gehackt. Actie: 2FA ingesteld, wachtwoord gewijzigd.',
      'sem.devries_2010',
      'sem.devries(at)gmail punt com',
    ),
    withIds(
      'Tel. 06 12 34 56 78, adres Lindenlaan 23, 3512 AB Utrecht. BSN (ongevraagd genoemd): 274653813. Onderwerp: afpersing via Snapchat. Actie: aangifte besproken met moeder.',
      '06 12 34 56 78',
      'Lindenlaan 23, 3512 AB Utrecht',
      '274653813',
    ),
    withIds(
      'jana begon te wenen toen we erover babbelden. "Bolleke" (bijnaam van de jongen die haar lastigvalt) zit in 3B van het Sint-Jozefcollege. Haar gsm: 0470 12 34 56. Actie: CLB ingeschakeld.',
      'jana',
      'Bolleke',
      '3B van het Sint-Jozefcollege',
      '0470 12 34 56',
    ),
    clean(
      'Onderwerp: speeltijd. Jongen ca. 12, Fortnite ca. 4 u per dag, speelt met Jonesy en Peely. Zijn vader was erbij. Actie: tips schermtijd, o.a. ouderlijk toezicht.',
    ),
    clean(
      'Minecraft / play.hypixel.net / versie 1.20.4. Speelt als Steve, zus als Alex. Onderwerp: griefing op Bed Wars. Actie: /report uitgelegd. Volgende bezoek in mei.',
    ),
    clean(
      'Meisje ca. 15, Snapchat. Onderwerp: angst voor sextortion. Actie: Kindertelefoon 0800-0432 + Helpwanted.nl gegeven. Haar moeder haalt haar om 17.30 u op. Er is weer hoop, zegt ze.',
    ),
    clean(
      'Dinsdag, Leuven. Groepje van 5, ca. 14 jaar, Twitch. Veel gebabbel over Kevin en Romelu (Rode Duivels) en over streamer Ninja. Jan en alleman stuurt hen vriendschapsverzoeken -> privacy-instellingen overlopen.',
    ),
    clean(
      'Discord #general op de server van "Politie Amsterdam Online". Vragen over Mario Kart en Sonic, skins à 9,99 € per stuk, max. 2 per maand. Eén skin met een roos erop. Niks verontrustends. Volgende keer woensdag.',
    ),
  ],
  fr: [
    withIds(
      'marie-lou, ca. 13 ans, Roblox. Sujet: un adulte lui demande des photos en MP. Action: bloquer + signaler, Child Focus 116 000 donné.',
      'marie-lou',
    ),
    withIds(
      'a dit que sa sœur s\'appelle chloé et que "Cacahuète" (surnom du garçon) la harcèle sur Snap. Action: captures d\'écran, parents prévenus.',
      'chloé',
      'Cacahuète',
    ),
    withIds(
      "Nom complet: Jean-Baptiste Louis Dupont, en 2e A à l'Institut Saint-Louis (Namur). Sujet: arnaque aux V-Bucks, ca. 40 € perdus. Action: contacter le support Epic avec les parents.",
      'Jean-Baptiste Louis Dupont',
      "2e A à l'Institut Saint-Louis",
    ),
    withIds(
      'Tél. +32 485 67 89 01 / mail: noa.lambert[at]gmail point com. Sujet: compte Fortnite piraté. Action: 2FA activé, mdp changé.',
      '+32 485 67 89 01',
      'noa.lambert[at]gmail point com',
    ),
    withIds(
      'N° registre national (donné spontanément): 10.09.18-264.80. Adresse: rue des Tilleuls 18, 4000 Liège. Sujet: menaces sur Discord. inès a pleuré quand on en a parlé -> SAJ à contacter.',
      '10.09.18-264.80',
      'rue des Tilleuls 18, 4000 Liège',
      'inès',
    ),
    clean(
      "Sujet: temps d'écran. Garçon ca. 12 ans, Fortnite ca. 5 h par jour avec Jonesy et Peely. Sa mère était là. Action: conseils, contrôle parental, max 2 h en semaine.",
    ),
    clean(
      "Minecraft / play.hypixel.net / version 1.20.4. Skins Steve et Alex, maison en pierre. Ils parlent de leur Victoire royale d'hier sur Fortnite. C'est clair: rien d'inquiétant.",
    ),
    clean(
      'Fille ca. 15 ans, TikTok. Sujet: chantage aux photos. Action: Child Focus 116 000 + Écoute-Enfants 103. Son père vient la chercher à 17h30. Elle garde espoir.',
    ),
    clean(
      "Mercredi, Namur. Groupe de 4, 13-14 ans, Twitch. Discussions sur Kylian et Romelu, bref le foot, et sur Squeezie. Pas de PS5 avant Noël, dit l'un. Rien à signaler.",
    ),
    clean(
      'Discord #général du serveur "Police Bruxelles-Capitale Ixelles". Prix du skin rose: 9,99 €, ca. 2 par mois. Questions sur Mario et Sonic. Prochaine visite vendredi, en mai peut-être.',
    ),
  ],
  de: [
    withIds(
      'sagte, dass ihr Bruder noah heißt und auch auf dem Discord-Server ist. Thema: Mobbing, ca. 13 J. Maßnahme: z.B. Screenshots sichern, Vertrauenslehrer.',
      'noah',
    ),
    withIds(
      'Vollständiger Name: Lea Sophie Kessler, Klasse 3B am Königlichen Athenäum Eupen. Thema: Erpressung via Snapchat. Maßnahme: Eltern informiert, Anzeige besprochen.',
      'Lea Sophie Kessler',
      'Klasse 3B am Königlichen Athenäum Eupen',
    ),
    withIds(
      'insta -> lukas.kr_eupen / E-Mail: l.kraemer11 at gmx punkt de. Thema: Fortnite-Konto gehackt. Maßnahme: 2FA eingerichtet.',
      'lukas.kr_eupen',
      'l.kraemer11 at gmx punkt de',
    ),
    withIds(
      'Tel. +32 487 65 43 21, Adresse: Hauptstraße 41, 4700 Eupen. Thema: Drohungen im Fortnite-Chat. tim weinte, als wir darüber sprachen. Maßnahme: Gespräch mit Eltern.',
      '+32 487 65 43 21',
      'Hauptstraße 41, 4700 Eupen',
      'tim',
    ),
    withIds(
      'Nationalregisternummer (ungefragt genannt): 12.02.07-083.02. Spitzname "Schnuffel". Thema: Konto an älteren Jungen verkauft, ca. 60 €. Maßnahme: Eltern kontaktiert.',
      '12.02.07-083.02',
      'Schnuffel',
    ),
    clean(
      'Thema: Spielzeit. Junge ca. 12, Fortnite ca. 5 Std. pro Tag (Jonesy, Peely). Sein Vater war dabei. Maßnahme: Tipps zur Bildschirmzeit, z.B. Jugendschutz-Einstellungen.',
    ),
    clean(
      'Minecraft / play.hypixel.net / Version 1.20.4. Skins Steve und Alex, Dorf mit Bauer, Fischer und Schmied. Thema: Griefing. Maßnahme: /report erklärt. Kein Handlungsbedarf.',
    ),
    clean(
      'Mädchen ca. 15, TikTok. Thema: Angst vor Sextortion. Maßnahme: Child Focus 116 000 genannt. Ihre Mutter holt sie um 17.30 Uhr ab. Sie hat den Ernst der Lage verstanden, hat aber wieder Hoffnung.',
    ),
    clean(
      'Mittwoch, St. Vith. Gruppe von 4, ca. 14 J., Twitch. Gespräch über Kevin und Romelu (Rote Teufel) und über Streamer Ninja. Einer will im Mai zum Länderspiel.',
    ),
    clean(
      'Discord #general, Profil der Polizeizone Weser-Göhl. Preise: Skin 9,99 €, Battle Pass ca. 950 V-Bucks. Frank und frei erzählt, nichts Auffälliges. Nächster Besuch Freitag.',
    ),
  ],
  is: [
    withIds(
      'sagði að mamma hennar héti sigga og viti ekki af kaupunum. Efni: V-Bucks fyrir ca. 15.000 kr. Aðgerð: upplýsingar um foreldrastillingar -> heim.',
      'sigga',
    ),
    withIds(
      'Rætt við Kristínu Evu Jónsdóttur, 8. bekk í Hagaskóla. Efni: einelti á Discord. Aðgerð: hvött til að tala við umsjónarkennara o.fl.',
      'Kristínu Evu Jónsdóttur',
      '8. bekk í Hagaskóla',
    ),
    withIds(
      'kt. 120611-3720 (gefin óumbeðin) / sími (+354) 661 2345. Efni: hótanir á Snapchat. Aðgerð: skjáskot vistuð, tilkynning til barnaverndar.',
      '120611-3720',
      '(+354) 661 2345',
    ),
    withIds(
      'Mál Arnars Þórs Gunnarssonar: á snap: arnarthor_11, netfang arnar.thor(at)gmail punktur com. Efni: fullorðinn biður um myndir. Aðgerð: lokað á aðilann, tilkynnt.',
      'Arnars Þórs Gunnarssonar',
      'arnarthor_11',
      'arnar.thor(at)gmail punktur com',
    ),
    withIds(
      'Heimilisfang: Lindargata 14, 101 Reykjavík. birta grét þegar við ræddum um hópspjallið. Kallar sig "Mús" í Roblox. Aðgerð: samtal við foreldra kl. 17.',
      'Lindargata 14, 101 Reykjavík',
      'birta',
      'Mús',
    ),
    clean(
      'Efni: skjátími. Strákur ca. 12 ára, Fortnite ca. 5 klst. á dag, spilar sem Jonesy og Peely. Pabbi hans var með. Aðgerð: ráð um foreldrastillingar.',
    ),
    clean(
      'Minecraft / play.hypixel.net / útgáfa 1.20.4. Spila sem Steve og Alex, byggðu Heklu úr grjóti. Efni: skemmdarverk í Bed Wars. Aðgerð: sýndum /report. Sigur í gær, sögðu þau.',
    ),
    clean(
      'Stelpa ca. 15 ára, TikTok. Efni: fjárkúgun með myndum. Aðgerð: Hjálparsími Rauða krossins 1717 + netspjall. Móðir hennar sótti hana kl. 17.30. Von um betri tíð, sagði hún.',
    ),
    clean(
      'Miðvikudagur, Akureyri. Hópur, 4 stk., ca. 14 ára, Twitch. Rætt um Gylfa og Albert í landsliðinu og um streymarann Ninja. Spurðu hvort Katla fari að gjósa í maí.',
    ),
    clean(
      'Discord #general á þjóni "Lögreglan á höfuðborgarsvæðinu". Verð: skin ca. 1.490 kr., 2 á mánuði. Rætt um Maríó og Sonic. Sól og blíða, allir úti. Næsta heimsókn föstudag.',
    ),
  ],
  fi: [
    withIds(
      'sanoi, että äidin nimi on leena eikä tämä tiedä ostoista. Aihe: V-Bucks-ostot n. 120 €. Toimenpide: ohjeet lapsilukosta -> kotiin.',
      'leena',
    ),
    withIds(
      'Juteltiin Eetun kanssa. Kertoi, että "Kettu" (lempinimi) uhkailee häntä Discordissa ja että Oskarista levitetään kuvia. Toimenpide: kuvakaappaukset talteen, esim. vanhemmille tieto.',
      'Eetun',
      'Kettu',
      'Oskarista',
    ),
    withIds(
      'Hetu (kertoi itse): 140511A234E. Koko nimi: Aino Maria Virtanen, 8C Kalevan koulussa. Aihe: tili kaapattu Robloxissa. Toimenpide: uusi salasana yhdessä.',
      '140511A234E',
      'Aino Maria Virtanen',
      '8C Kalevan koulussa',
    ),
    withIds(
      'snap: veeti_k2011 / sposti veeti.korhonen(at)gmail piste com. Aihe: aikuinen pyytää kuvia. Toimenpide: estetty ja ilmoitettu. Kaveri Villelle tullut samoja viestejä.',
      'veeti_k2011',
      'veeti.korhonen(at)gmail piste com',
      'Villelle',
    ),
    withIds(
      'Puh. +358 40 765 4321, os. Koivukuja 7 B 12, 00940 Helsinki. Aihe: grooming-epäily, Roblox. ella itki, kun asiasta puhuttiin. Annettiin Ellalle Sekasin-chatin tiedot.',
      '+358 40 765 4321',
      'Koivukuja 7 B 12, 00940 Helsinki',
      'ella',
      'Ellalle',
    ),
    clean(
      'Aihe: peliaika. Poika n. 12 v., pelaa Fortnitea n. 5 h päivässä Jonesyllä ja Peelyllä. Isä oli paikalla. Toimenpide: vinkit lapsilukkoon.',
    ),
    clean(
      'Minecraft / play.hypixel.net / versio 1.20.4. Pelasivat Stevellä ja Alexilla, rakensivat lumi- ja jäälinnan. Aihe: griefaus. Toimenpide: /report neuvottu. Onneksi ei muuta.',
    ),
    clean(
      'Tyttö n. 15 v., TikTok. Aihe: kuvilla kiristäminen. Toimenpide: annettu Lasten ja nuorten puhelin 116 111 + Sekasin-chat. Äiti haki klo 17.30. Toivoa on, sanoi itse.',
    ),
    clean(
      'Keskiviikko, Tampere. 4 nuorta, n. 14 v., Twitch. Juteltiin NBA:sta ja Laurista sekä Huuhkajien voitosta. Katsovat paljon Ninjaa. Ei huolia.',
    ),
    clean(
      'Discord #general, Helsingin poliisin nettipoliisin profiili. Hinnat: skin 9,99 €, max 2 kk:ssa. Tuuli ja sade ajoivat porukan sisälle nuorisotalolle. Seuraava käynti perjantaina, esim. klo 18.',
    ),
  ],
  sv: [
    withIds(
      'sa att hennes lillebror heter elias och också spelar Roblox. Ämne: vuxen som ber om bilder. Åtgärd: blockera + anmäla, t.ex. via rapportknappen.',
      'elias',
    ),
    withIds(
      'Har svenskt personnummer (flyttat från Umeå): 100412-5843. "Myggan" (smeknamn på killen som trakasserar henne) skriver i Snap-gruppen. Åtgärd: skärmdumpar, föräldrar informerade.',
      '100412-5843',
      'Myggan',
    ),
    withIds(
      'Fullständigt namn: Ebba Linnea Sundqvist, åk 8 i Vasa övningsskola. Ämne: mobbning på Discord. Åtgärd: kontakt med kurator, bl.a. skärmdumpar.',
      'Ebba Linnea Sundqvist',
      'åk 8 i Vasa övningsskola',
    ),
    withIds(
      'på snap: wilma.bystrom08 / e-post wilma.b08 [at] gmail punkt com. Ämne: kontot kapat. Åtgärd: 2FA. Pratade med Wilmas mamma efteråt.',
      'wilma.bystrom08',
      'wilma.b08 [at] gmail punkt com',
      'Wilmas',
    ),
    withIds(
      'Personbeteckning 030910A156T, tfn 040 123 45 67, adr. Storgatan 15 A 3, 68600 Jakobstad. alva grät när vi pratade om det. Åtgärd: barnskyddsanmälan.',
      '030910A156T',
      '040 123 45 67',
      'Storgatan 15 A 3, 68600 Jakobstad',
      'alva',
    ),
    clean(
      'Ämne: speltid. Pojke ca. 12 år, Fortnite ca. 5 h per dag som Jonesy och Peely. Hans pappa var med. Åtgärd: tips om föräldrakontroll.',
    ),
    clean(
      'Minecraft / play.hypixel.net / version 1.20.4. Spelar som Steve och Alex, bygger hus av sten. Ämne: griefing. Åtgärd: visade /report. Nästa besök i maj.',
    ),
    clean(
      'Flicka ca. 15 år, Snapchat. Ämne: utpressning med bilder. Åtgärd: gav Barn- och ungdomstelefonen 116 111. Hennes mamma hämtade kl. 17.30. Vill leva sitt liv utan skam, sa hon.',
    ),
    clean(
      'Onsdag, Borgå. 4 unga, ca. 14 år, Twitch. Pratade om Lauri i NBA och Ugglornas seger, tittar mycket på Ninja. Inget att anmärka.',
    ),
    clean(
      'Discord #general, Österbottens polisinrättnings profil. Priser: skin 9,99 €, högst 2 per månad. Sol och sommarlov snart, många ute. Nästa besök fredag.',
    ),
  ],
};
