/**
 * Round one hundred: written blind, before the detector was run on it.
 * An ordinary evening of the week: in each language ten different officers each write one note after one conversation, each with their own habits.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Discord, 19:40. Boy (14) from Drammen says an adult posing as a modelling scout wants him to move the chat to Telegram; the scout's handle is @scout_mikkel_agency. He pasted the man's number, +47 934 18 265, before we could stop him. Advised to block and report.",
      '@scout_mikkel_agency',
      '+47 934 18 265',
    ),
    withIds(
      "Roblox (Belgian team, written in English for the joint log): girl, 12, from Antwerp is bullied every break. She named the ringleader as Yasmina El Amrani, class 6B at Sint-Jozefschool. Gave her Awel's number, 102.",
      'Yasmina El Amrani',
      'class 6B at Sint-Jozefschool',
    ),
    withIds(
      "fortnite voice chat - icelandic lad typed his kennitala 2508093790 in the lobby to 'prove his age' for a skin giveaway. told him never to do that again. nothing else of note.",
      '2508093790',
    ),
    withIds(
      "TikTok live Q&A with the Finnish team. A girl asked whether it is illegal that her stepdad's friend keeps messaging her at night; she wrote out his address as jari.koskinen77 at gmail dot com before we could say anything. Moved her to the private chat and gave 116 111.",
      'jari.koskinen77 at gmail dot com',
    ),
    withIds(
      "Steam. 15-year-old scammed out of CS2 skins worth about 900 NOK, shared his profile steamcommunity.com/id/lilfrostyx9 and said he lives at Kirkeveien 112 so 'you can come and take the report'. Explained how to report online instead.",
      'steamcommunity.com/id/lilfrostyx9',
      'Kirkeveien 112',
    ),
    clean(
      'Twitch stream on the Kripos channel, 20:15–21:30. Around 340 viewers, mostly asking whether police play Fortnite and whether Erling Haaland is better than Mbappé. No personal data recorded.',
    ),
    clean(
      "Dutch colleagues' Minecraft server 'Politie Craft': kids asked when to call 112 and how to get a hacked account back. Two were pointed to Helpwanted.nl and the non-emergency line 0900-8844.",
    ),
    clean(
      'Snapchat. Girl, 13, at a school in Bergen, lonely since the family moved from Poland last summer. We talked for 25 min about Taylor Swift and her new kitten. Gave her 116 111 just in case.',
    ),
    clean(
      "Habbo room 'Politi Norge' — blue profile Politi_Mia answered 14 questions, three of them about the age limit on GTA V (18). Case 24-118734 from this morning is unrelated to this room.",
    ),
    clean(
      'Xbox party chat, four boys aged 11 to 13 from Espoo. Main question: can Kripos read their messages? Explained we only see what they send to us. Log closed 22:04.',
    ),
  ],
  nb: [
    withIds(
      'Snap med jente (14) fra Stovner. En voksen mann har bedt om bilder og bruker snapnavnet kenneth_mc88. Hun sa at hun heter Hodan Abdi Warsame og ville at vi skulle ringe moren hennes.',
      'kenneth_mc88',
      'Hodan Abdi Warsame',
    ),
    withIds(
      'Gutt (15) på Discord lurte på om noen kan misbruke personnummeret hans, og skrev det rett i chatten: 140310 52484. Forklarte at det ikke skal deles med noen.',
      '140310 52484',
    ),
    withIds(
      'Fortnite-chat. Jenta (12) blir truet av en eldre gutt som vet at hun bor i Tordenskjolds gate 7B, 4612 Kristiansand. Rådet henne til å si fra til foreldrene, tipset om 116 111.',
      'Tordenskjolds gate 7B, 4612 Kristiansand',
    ),
    withIds(
      'roblox – gutt 11 år fått tilbud om gratis robux mot brukernavn og passord. svindleren ba ham sende det til robuxgratis krølla hotmail punktum com. sa tydelig at det er svindel.',
      'robuxgratis krølla hotmail punktum com',
    ),
    withIds(
      'TikTok-DM fra jente (13) i Tromsø som blir mobbet. Hun sier det er Jonas Pedersen Nilsen i 8C på Kvaløysletta skole som legger ut bilder av henne. Hun ga også nummeret sitt, 412 38 907, så vi kunne ringe henne.',
      'Jonas Pedersen Nilsen',
      '8C på Kvaløysletta skole',
      '412 38 907',
    ),
    clean(
      'Twitch-sending fra Kripos 19.00–21.00. Rundt 500 seere, mange spørsmål om hvordan man blir politi og om Martin Ødegaard spiller Fortnite. Ingen personopplysninger notert.',
    ),
    clean(
      'Gutt (16) fra Bodø på Discord spurte om det er lov å kjøpe kontoer på Steam. Forklarte vilkårene. Han var mest opptatt av Counter-Strike 2 og å nå Global Elite.',
    ),
    clean(
      'Jente (14) i Minecraft skrev at hun har det vondt og ikke orker skolen. Ga henne Mental Helse sin hjelpetelefon 116 123 og oppfordret henne til å snakke med helsesykepleieren på skolen.',
    ),
    clean(
      'Sak 24-203117 gjelder ikke denne samtalen. Pratet med tre gutter på PlayStation om FIFA og Ultimate Team-pakker; de var 10, 12 og 13 år, alle fra Trondheim-området.',
    ),
    clean(
      'Habbo: Politiet_Ole (blå profil) og jeg svarte på spørsmål om aldersgrensen på Snapchat (13 år). Ca. 40 % av brukerne i rommet var fra Sverige, resten fra Østlandet.',
    ),
  ],
  nn: [
    withIds(
      'Jenta (13) frå Førde fortalde på Snapchat at ein vaksen mann som heiter Arild Haugland har sendt henne gåver. Ho seier han bur i Storehagen 14, og ho veit ikkje kva ho skal gjere.',
      'Arild Haugland',
      'Storehagen 14',
    ),
    withIds(
      'Guten på Discord ville vite kva fødselsnummeret hans kan brukast til, og skreiv 27091158456 i kanalen. Eg sa at han ikkje skal dele det med nokon.',
      '27091158456',
    ),
    withIds(
      'Roblox. Ein gut (12) frå Voss vart lova 10 000 Robux viss han ringde 975 14 362 og las opp ein kode. Eg forklarte at det er svindel og at han ikkje skal ringje.',
      '975 14 362',
    ),
    withIds(
      'Jenta heiter Sigrid og brukarnamnet hennar på Twitch er sigrid_spelar_09. Ho vert mobba av ein som skriv under namnet nordfjordkongen, og ho ville at vi skulle sjå på e-posten hennar, sigridvoss@outlook.com.',
      'Sigrid',
      'sigrid_spelar_09',
      'nordfjordkongen',
      'sigridvoss@outlook.com',
    ),
    withIds(
      'Minecraft-prat med gut (14) som fortel at han vert halden utanfor. Han seier det er Ola Kvamme i 9B på Sogndal ungdomsskule som styrer gruppechatten. Tipsa om Kors på halsen, 116 111.',
      'Ola Kvamme',
      '9B på Sogndal ungdomsskule',
    ),
    clean(
      'Snakka med fire gutar på Fortnite om kva politiet gjer på nett. Dei var 11–13 år og kom frå Ørsta og Volda. Ingen personopplysningar er lagra.',
    ),
    clean(
      'Jenta (15) spurde korleis ho kan melde frå om ein hacka Instagram-konto. Eg viste til Slettmeg.no og sa at ho kan ringje 02800 om ho vil snakke med politiet.',
    ),
    clean(
      'Twitch-straum frå Kripos. Mange spurde om Aurora Aksnes og Kygo, og om politiet har eigen Minecraft-server. Sak 24-77812 er ikkje knytt til dette.',
    ),
    clean(
      'Ein gut på Steam skreiv at han har det tungt og tenkjer på å skade seg. Eg gav han 116 123 og 113, og spurde om han har ein vaksen å snakke med. Han sa ja, ein lærar på skulen i Bergen.',
    ),
    clean(
      'PlayStation-chat: Rocket League, server EU West. Guten meinte at Politi_Kari (blå profil) var dårleg i spelet. Heilt ufarleg prat i 20 minutt.',
    ),
  ],
  nl: [
    withIds(
      "Meisje (14) uit Rotterdam vroeg op Discord of het erg is dat iemand haar BSN 238457163 heeft; ze had het aan een 'modellenbureau' gestuurd. Doorverwezen naar Helpwanted.",
      '238457163',
    ),
    withIds(
      "Jongen (13) uit Genk stuurde op Roblox zijn rijksregisternummer 10.06.14-273.73 door omdat een 'admin' erom vroeg. Uitgelegd dat dat oplichting is en dat hij het aan zijn ouders moet vertellen.",
      '10.06.14-273.73',
    ),
    withIds(
      "Snapchat-gesprek met een meisje uit Gent. Een man van 'ongeveer dertig' mailt haar vanaf kevin.dewitte apenstaartje telenet punt be en wil afspreken; hij weet dat ze in de Brugsesteenweg 221 woont. Ze is bang.",
      'kevin.dewitte apenstaartje telenet punt be',
      'Brugsesteenweg 221',
    ),
    withIds(
      'jongen 12j op tiktok wordt gepest door Mehmet Yilmaz en Daan de Vries uit groep 8 van De Regenboog in Utrecht. stuurde ook zijn eigen nummer 06-48213975.',
      'Mehmet Yilmaz',
      'Daan de Vries',
      'groep 8 van De Regenboog',
      '06-48213975',
    ),
    withIds(
      'Fortnite: speelster met gamertag xX_Noor2011_Xx vertelt dat een onbekende haar adres kent, Kanaalstraat 45, 3531 CJ Utrecht. Die onbekende heet op Discord vinnie_0031.',
      'xX_Noor2011_Xx',
      'Kanaalstraat 45, 3531 CJ Utrecht',
      'vinnie_0031',
    ),
    clean(
      "Twitch-stream met de Nederlandse en Belgische collega's, 19:30–21:00. Ongeveer 260 kijkers, vragen over Memphis Depay, Kevin De Bruyne en of de politie Valorant speelt. Geen persoonsgegevens genoteerd.",
    ),
    clean(
      'Meisje (15) uit Antwerpen zei op Habbo dat ze zich slecht voelt. Nummer van Awel (102) en de Zelfmoordlijn 1813 gegeven. Ze beloofde vanavond nog te bellen.',
    ),
    clean(
      "Minecraft-server 'Blokkenland' (EU-2): drie jongens van 10 en 11 jaar vroegen hoe je politieagent wordt. Wijkagent_Sanne (blauw profiel) legde de opleiding uit.",
    ),
    clean(
      'Jongen (14) uit Eindhoven vroeg of het strafbaar is om het account van iemand anders te gebruiken. Uitgelegd wat computervredebreuk is. Verwezen naar 0900-8844 voor aangifte.',
    ),
    clean(
      'Zaaknummer 2024-118273 hoort niet bij dit gesprek. Kort gepraat op PlayStation over EA FC 25 en de nieuwe kaart van Lamine Yamal. Leeftijd onbekend, waarschijnlijk 12–13.',
    ),
  ],
  fr: [
    withIds(
      "Discord, 20h10. Une fille de 13 ans de Charleroi dit qu'un homme qui se fait appeler tonton_bx lui demande des photos. Elle nous a donné son numéro à lui : 0478 52 19 63. Conseillé de bloquer et d'en parler à sa maman.",
      'tonton_bx',
      '0478 52 19 63',
    ),
    withIds(
      "Garçon (15) de Liège sur Fortnite : il a envoyé son numéro de registre national 09.03.22-118.43 à un faux « support Epic ». On lui a expliqué que c'est une arnaque.",
      '09.03.22-118.43',
    ),
    withIds(
      'Snapchat. Une ado de Namur reçoit des menaces (sextorsion). Le maître chanteur écrit depuis lucas.martin92 arobase gmail point com et exige 200 euros. Orientée vers Child Focus au 116 000.',
      'lucas.martin92 arobase gmail point com',
    ),
    withIds(
      "Harcèlement sur TikTok. Le garçon dit que c'est Rayan Bouzid, en 2e B à l'Athénée Royal de Mons, qui publie ses photos. Il habite rue de la Station 18 et n'ose plus sortir.",
      'Rayan Bouzid',
      "2e B à l'Athénée Royal de Mons",
      'rue de la Station 18',
    ),
    withIds(
      "Roblox : la joueuse s'appelle Inès, pseudo InesLaPlusFortee, et dit qu'un adulte, Marc Dubois, lui propose des Robux. Profil de l'adulte : roblox.com/users/48213377/profile.",
      'Inès',
      'InesLaPlusFortee',
      'Marc Dubois',
      'roblox.com/users/48213377/profile',
    ),
    clean(
      'Stream Twitch avec les collègues flamands, 19h–21h. Environ 180 spectateurs ; questions sur Romelu Lukaku, Angèle et Squeezie. Aucune donnée personnelle notée.',
    ),
    clean(
      'Garçon de 12 ans à Bruxelles sur Minecraft, serveur Hypixel. Il voulait savoir si la police peut lire ses messages privés. Expliqué calmement ; conversation de 15 minutes.',
    ),
    clean(
      'Fille (14) de Verviers, triste et seule depuis la rentrée dans une école à Liège. Donné le 103 (Écoute-Enfants) et le 0800 32 123 (Centre de prévention du suicide).',
    ),
    clean(
      'Dossier 2024/0412 sans lien. Discussion sur PlayStation à propos de GTA VI et de sa date de sortie ; les trois joueurs avaient 11, 13 et 16 ans.',
    ),
    clean(
      "Habbo : l'agente Police_Sophie (profil bleu) a répondu aux questions sur l'âge minimum sur TikTok (13 ans). 60 % des jeunes du salon venaient de Wallonie.",
    ),
  ],
  de: [
    withIds(
      'Jugendlicher (14) aus Eupen schrieb auf Discord, dass ein Erwachsener namens Dieter Kramer ihm Geld für Bilder anbietet. Dessen Handynummer: 0152 37489216. Ermutigt, die Eltern einzubeziehen.',
      'Dieter Kramer',
      '0152 37489216',
    ),
    withIds(
      'Mädchen aus Köln, 13, auf Roblox. Ein angeblicher Admin will ihr Passwort an gratisrobux Klammeraffe web punkt de geschickt bekommen. Erklärt, dass das Betrug ist.',
      'gratisrobux Klammeraffe web punkt de',
    ),
    withIds(
      'Fortnite-Voicechat: Der Junge sagt, ein Mitspieler habe gedroht, zu ihm nach Hause zu kommen, in die Hauptstraße 27, 4700 Eupen. Er hat Angst und schläft schlecht.',
      'Hauptstraße 27, 4700 Eupen',
    ),
    withIds(
      'TikTok: Elif Demir (12) wird in der Klasse 6a der Gesamtschule Bochum-Mitte gemobbt; Hauptverursacher sei der Account @leon.bo_official. Sie bat uns, den Account zu melden.',
      'Elif Demir',
      'Klasse 6a der Gesamtschule Bochum-Mitte',
      '@leon.bo_official',
    ),
    withIds(
      'Snapchat-Gespräch mit einem Jungen aus St. Vith. Er hat seine Nationalregisternummer 11080945180 an einen Gewinnspiel-Account geschickt, Nutzername gewinn_jetzt_be. Aufgeklärt.',
      '11080945180',
      'gewinn_jetzt_be',
    ),
    clean(
      'Twitch-Stream mit Kripos und den belgischen Kollegen, 19:00–20:45. Fragen zu Jamal Musiala, MontanaBlack und ob die Polizei Minecraft spielt. Keine personenbezogenen Daten notiert.',
    ),
    clean(
      'Mädchen (15) aus Malmedy, deutschsprachig, wirkte bedrückt. Nummer des Kinder- und Jugendtelefons 116 111 sowie 112 für Notfälle gegeben. Sie will morgen mit der Schulsozialarbeiterin sprechen.',
    ),
    clean(
      'Xbox-Party mit drei Jungen (11, 12, 14) aus Aachen. Thema: Call of Duty, Server EU-Central, und warum Mario Götze nicht mehr in der Nationalmannschaft spielt. Harmlos.',
    ),
    clean(
      'Aktenzeichen 2024-ST-3381 hat nichts mit diesem Gespräch zu tun. Junge fragte, ob man für Skin-Handel auf Steam bestraft werden kann. Erklärt.',
    ),
    clean(
      'Habbo: Kollege Polizei_Jonas (blaues Profil) beantwortete Fragen zum Mindestalter für WhatsApp (16). Etwa 20 Jugendliche im Raum, überwiegend aus Ostbelgien.',
    ),
  ],
  is: [
    withIds(
      'Strákur (13) frá Akureyri sendi okkur kennitöluna sína á Discord, 120410-2370, til að sanna aldurinn. Sögðum honum að deila henni aldrei.',
      '120410-2370',
    ),
    withIds(
      'Stelpa (14) úr Breiðholti segir á Snapchat að fullorðinn maður, Gunnar Þór Sigurðsson, sendi henni skilaboð á hverju kvöldi. Hún gaf upp símanúmerið hans, 867 4312.',
      'Gunnar Þór Sigurðsson',
      '867 4312',
    ),
    withIds(
      'Roblox-spjall. Strákur í Hafnarfirði fékk póst frá svindlara á netfanginu robux.island@gmail.com sem lofar ókeypis Robux. Útskýrðum að þetta sé svindl.',
      'robux.island@gmail.com',
    ),
    withIds(
      'Stelpan heitir Aníta og er í 7. bekk í Langholtsskóla; hún segir að strákar í bekknum deili myndum af henni á TikTok. Hún býr á Sólheimum 23.',
      'Aníta',
      '7. bekk í Langholtsskóla',
      'Sólheimum 23',
    ),
    withIds(
      'Fortnite: strákurinn, gamertag IceWolf_2011, er pólskur og heitir Jakub Nowak. Eldri leikmaður hótaði honum eftir rifrildi og bað um kennitöluna hans, sem hann skrifaði: 0312116890.',
      'IceWolf_2011',
      'Jakub Nowak',
      '0312116890',
    ),
    clean(
      'Twitch-streymi með Kripos, kl. 19–21. Um 120 áhorfendur; spurningar um Gylfa Sigurðsson, Laufey og hvort lögreglan spili Fortnite. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Stelpa (15) frá Selfossi sagðist líða illa. Gáfum henni númer Hjálparsíma Rauða krossins, 1717, og 112. Hún ætlaði að tala við námsráðgjafann.',
    ),
    clean(
      'Þrír strákar á Minecraft-þjóninum Ísland SMP spurðu hvernig maður verður lögreglumaður. Þeir voru 10, 11 og 12 ára, allir úr Reykjanesbæ.',
    ),
    clean(
      'Mál 007-2024-4412 tengist ekki þessu spjalli. Strákur spurði hvort það sé ólöglegt að kaupa aðganga á Steam. Útskýrt.',
    ),
    clean(
      'Habbo: Logreglan_Anna (blár prófíll) svaraði spurningum um aldurstakmark á Snapchat (13 ár). Um 30 % í herberginu voru af höfuðborgarsvæðinu.',
    ),
  ],
  fi: [
    withIds(
      "Discordissa 14-vuotias poika Tampereelta kirjoitti henkilötunnuksensa 170510A384Y, koska 'moderaattori' pyysi sitä. Kerroin, että kyse on huijauksesta.",
      '170510A384Y',
    ),
    withIds(
      'Snapchat: tyttö (13) Oulusta kertoi, että aikuinen mies lähettää viestejä osoitteesta mika.virtanen ät gmail piste com ja haluaa tavata. Ohjasin kertomaan vanhemmille.',
      'mika.virtanen ät gmail piste com',
    ),
    withIds(
      'TikTok-keskustelu. Tyttö sanoo, että häntä kiusaa Aino Korhonen, joka on jakanut hänen numeronsa 040 718 2293 luokan ryhmächattiin.',
      'Aino Korhonen',
      '040 718 2293',
    ),
    withIds(
      'Fortnite: poika (12) kertoi, että häntä uhkaillaan koulussa. Kiusaajan nimi on Ahmed Hassan, luokka 6C, Kallion ala-aste. Poika antoi myös oman osoitteensa Fleminginkatu 12 B 7.',
      'Ahmed Hassan',
      'luokka 6C, Kallion ala-aste',
      'Fleminginkatu 12 B 7',
    ),
    withIds(
      'roblox: pelaaja nimellä susipoika_fi kertoi että aikuinen pelaaja tarjoaa robuxeja kuvia vastaan. aikuisen profiili roblox.com/users/77120498/profile ja hetu jonka poika oli jo antanut: 290609B243P.',
      'susipoika_fi',
      'roblox.com/users/77120498/profile',
      '290609B243P',
    ),
    clean(
      'Twitch-striimi Kriposin kanssa klo 19–21. Noin 150 katsojaa; kysyttiin Teemu Pukista, Käärijästä ja siitä, pelaako poliisi Minecraftia. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Tyttö (15) Jyväskylästä kertoi voivansa huonosti. Annoin MLL:n Lasten ja nuorten puhelimen numeron 116 111 ja hätänumeron 112. Hän lupasi puhua kuraattorille.',
    ),
    clean(
      'Xbox-chat kolmen pojan kanssa (10, 11 ja 13 v.) Vantaalta. Puhuttiin Call of Dutysta ja EU-palvelimista. Ei mitään huolestuttavaa.',
    ),
    clean(
      'Asianumero 5500/R/12345/24 ei liity tähän keskusteluun. Poika kysyi, onko Steam-tilin myyminen laitonta. Selitin käyttöehdot.',
    ),
    clean(
      'Habbo: kollega Poliisi_Jenni (sininen profiili) vastasi kysymyksiin TikTokin ikärajasta (13 v.). Noin 40 % huoneen nuorista oli pääkaupunkiseudulta.',
    ),
  ],
  sv: [
    withIds(
      "Pojke (13) från Vasa skrev sin personbeteckning 020911A567N i Discord-chatten för att 'verifiera' sig hos en bot. Förklarade att han aldrig ska göra det.",
      '020911A567N',
    ),
    withIds(
      'Flicka (14) från Malmö har på Snapchat skickat sitt personnummer 100427-3189 till ett konto som lovade gratis skins. Hänvisade till BRIS, 116 111.',
      '100427-3189',
    ),
    withIds(
      'TikTok: flickan säger att en vuxen man, Patrik Lindqvist, mejlar henne från patte.l snabel-a hotmail punkt se och vill träffas i Uppsala.',
      'Patrik Lindqvist',
      'patte.l snabel-a hotmail punkt se',
    ),
    withIds(
      'Roblox-chatt med pojke i Esbo som blir mobbad av Elias Grönroos i klass 7B på Mattlidens skola. Han gav också sin adress, Mattliden 4 A 12.',
      'Elias Grönroos',
      'klass 7B på Mattlidens skola',
      'Mattliden 4 A 12',
    ),
    withIds(
      'Fortnite: spelaren med taggen Zlatan_Jr_Rinkeby berättar att en äldre kille hotar honom. Killens nummer är 073-482 19 66 och hans Snapchat heter amir.x07.',
      'Zlatan_Jr_Rinkeby',
      '073-482 19 66',
      'amir.x07',
    ),
    clean(
      'Twitch-stream med Kripos kl. 19–21. Cirka 200 tittare; frågor om Zlatan Ibrahimović, Zara Larsson och om polisen spelar Fortnite. Inga personuppgifter antecknade.',
    ),
    clean(
      'Flicka (15) från Jakobstad sa att hon mår dåligt. Gav numret till Barn- och ungdomstelefonen 116 111 och nödnumret 112. Hon lovade att prata med kuratorn.',
    ),
    clean(
      'Minecraft-servern Nordic SMP: tre pojkar, 10–12 år, från Helsingfors frågade hur man blir polis. Svarade i 20 minuter.',
    ),
    clean(
      'Ärendenummer 5000-K123456-24 hör inte till detta samtal. Pojke frågade om det är olagligt att sälja sitt Steam-konto. Förklarade.',
    ),
    clean(
      'Habbo: kollegan Polis_Ellen (blå profil) svarade på frågor om åldersgränsen på Snapchat (13 år). Ungefär 35 % av ungdomarna i rummet var från Sverige.',
    ),
  ],
};
