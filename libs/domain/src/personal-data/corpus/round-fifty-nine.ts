/**
 * Round fifty-nine: written blind, before the detector was run on it.
 * Ordinary notes where young people mention friends, siblings, step-parents, coaches and strangers in passing (lower case, case endings, immigrant names); clean notes hold famous people, characters, pets, police ranks and name-like words.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FIFTY_NINE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      `Discord, 19:40. Boy (13) from Drammen said he plays Fortnite every evening with Jonas and Eline, and that Eline's older brother sometimes joins and swears a lot. Advice given on muting and reporting.`,
      'Jonas',
      'Eline',
    ),
    withIds(
      `Roblox chat, Tilburg team. Girl about 12 told us a user xX_darkwolf_Xx had asked for pictures and offered Robux. She had already told her stepdad Marco. Screenshots saved, referred to reporting.`,
      'xX_darkwolf_Xx',
      'Marco',
    ),
    withIds(
      `Twitch stream chat, 21:15. Hodan's cousin (15) joined our Q&A and said Hodan gets messages on Snapchat from an adult man writing from +47 913 48 207. Advised her to talk to a parent and use 116 111.`,
      'Hodan',
      '+47 913 48 207',
    ),
    withIds(
      `Minecraft server (Finnish team). Two boys, 11 and 12. Their coach Antti Korhonen lets them use his account, and mikko.virtanen09@gmail.com is the mail they all log in with. Told them not to share passwords.`,
      'Antti Korhonen',
      'mikko.virtanen09@gmail.com',
    ),
    withIds(
      `Fortnite, Belgian team, Genk. 14-year-old said her best friend amira b. is being bullied by older girls and that amira's mum works nights so she is alone a lot. Tips on talking to a teacher.`,
      'amira b.',
      'amira',
    ),
    clean(
      `Discord, 20:05, Oslo hosts. Group of four kids (10-13) mostly talked about Mario, Sonic and whether Steve from Minecraft can beat Kratos. One asked if Taylor Swift is coming to Stockholm again. No concerns. Sgt. Hansen joined for the last 10 minutes.`,
    ),
    clean(
      `Roblox, 17:30. Girl (11) told us about her dog Bella and her cat Max. Asked what to do if someone is mean in chat; showed her the report button. Case 2024/118.`,
    ),
    clean(
      `Twitch, 22:00. Boys asked whether we watch IShowSpeed and MrBeast, and if Kripos has a real Batman. Told them about 116 111 and 112. Will follow up in tomorrow's session at 16:00.`,
    ),
    clean(
      `Fortnite, team Reykjavik. Kids from Hafnarfjörður and Selfoss, age 12-14, talked about the new season, the Peely and Jonesy skins, and Messi vs Ronaldo. Nobody reported anything. Insp. Jónsdóttir on duty.`,
    ),
    clean(
      `Roblox, 18:10, Den Haag. Three kids (10, 12, 12) built a city with districts named Paris, Victoria and Florence. They asked if we will patrol again in June. Nothing to report; routine. Ref 59-0412.`,
    ),
  ],
  nb: [
    withIds(
      `Fortnite kl. 19.30. Gutt (13) fra Bodø sa han spiller mest med Jonas og Eline, og at Elines storebror har begynt å låne kontoen hans. Ga råd om passord og tofaktor.`,
      'Jonas',
      'Eline',
    ),
    withIds(
      `Snakket med jente (14) på Discord. Kjæresten hennes, Ahmed Yusuf (19), ber om bilder og har gitt henne nummeret 918 44 027 «hvis mamma tar telefonen». Bekymringsmelding vurderes. Tips om 116 111.`,
      'Ahmed Yusuf',
      '918 44 027',
    ),
    withIds(
      `Roblox, Tromsø-laget. To søsken, 10 og 12. Den eldste fortalte at stefaren Krzysztof sjekker alle meldingene deres, og at mormor hjelper dem med Robux. Lillesøster Zofia var redd for en voksen bruker, "kingjay_07". Notert.`,
      'Krzysztof',
      'Zofia',
      'kingjay_07',
    ),
    withIds(
      `Minecraft-server 20.15. En gutt skrev fødselsnummeret sitt 14031151288 i chatten for å «bevise» at han var 13. Slettet, forklart hvorfor. Han nevnte også at sivert og sivert sin bror er på samme server.`,
      '14031151288',
      'sivert',
    ),
    withIds(
      `TikTok ble nevnt av flere. Jente (15) i Kristiansand sa at treneren, Vegard Solheim, sender snap til flere på laget sent på kvelden. Hun og Maja har blokkert ham. Videreformidlet til vakthavende.`,
      'Vegard Solheim',
      'Maja',
    ),
    clean(
      `Discord, Stavanger. Fire gutter (11–13) snakket mest om Erling Haaland, Martin Ødegaard og om Mario er bedre enn Luigi. Ingen bekymringer. Politioverbetjent Nilsen overtok kl. 21.`,
    ),
    clean(
      `Roblox kl. 18.45. Jente (10) fortalte om hunden Per og katten Mons. Spurte hva hun skal gjøre hvis noen er slemme i chatten – viste rapporteringsknappen. Ellers mye liv og røre.`,
    ),
    clean(
      `Fortnite, Hamar. Gruppe på fem, 12–14 år. Tema: hva er lov å dele på nett. De kjente til 116 111 og 112, ikke til Kors på halsen. Neste økt 14. juni kl. 17.00. Sak 24/3381.`,
    ),
    clean(
      `Twitch-chat under Kripos-streamen. Spørsmål om vi ser på xQc og Kai Cenat, om Spider-Man er ekte, og om politiet i Lillehammer har hund. Svarte generelt. Ingen personopplysninger.`,
    ),
    clean(
      `Snapchat ble nevnt av tre av fire. Gutt i Molde (14) sier han bare godtar folk han kjenner fra før. Ros for det. Han synes Elsa og Olaf fra Frost er barnslig nå. Varighet 25 min.`,
    ),
  ],
  nn: [
    withIds(
      `Fortnite, kl. 19.10. Gut (12) frå Førde sa han speler mest med Ola-Magnus og syskenbarnet Torbjørn, og at faren til Torbjørn har gjeve dei lov til å spele etter kl. 23. Gav råd om leggetid og pausar.`,
      'Ola-Magnus',
      'Torbjørn',
    ),
    withIds(
      `Jente (14) på Discord fortalde at ein vaksen mann, «Nordfjord_Nils», har sendt ho pengar på Vipps og bede om bilete. Ho har gjeve han nummeret sitt, 466 12 389. Melding sendt til vaktleiar, råd om å ikkje svare.`,
      'Nordfjord_Nils',
      '466 12 389',
    ),
    withIds(
      `Roblox, Voss. To venninner, 11 år. Den eine sa at mora til Ingvild har funne ut kva dei skriv, og at læraren deira, Gunnhild, har snakka med klassen om nettvett. Inga uro.`,
      'Ingvild',
      'Gunnhild',
    ),
    withIds(
      `Minecraft-serveren til Vestlandslaget. Gut (13) skreiv adressa si, Skulegata 14 på Stord, for å få tilsendt premie. Sletta, forklart. Han nemnde at halvbroren Sindre og Aryan frå fotballen òg er på serveren.`,
      'Skulegata 14',
      'Sindre',
      'Aryan',
    ),
    withIds(
      `Snapchat vart nemnd. Jente (15) i Ørsta fortel at kjærasten til veslesystera, ein 20 år gamal kar som kallar seg j0nny.b, vil møte veslesystera. Ho er 13. Vi har berre brukarnamnet. Bekymringsmelding skriven.`,
      'j0nny.b',
    ),
    clean(
      `Discord, kl. 20.00. Fire gutar frå Sogndal og Leikanger snakka om Haaland, Ødegaard og Sonic. Inga uro. Politibetjent Sætre var med siste halvtimen.`,
    ),
    clean(
      `Roblox. Jente (10) fortalde om katten Tussi og hesten Blakken. Ho spurde kva ein gjer om nokon er slem i chatten – viste rapportknappen. Elles mykje snakk om Frost og Elsa.`,
    ),
    clean(
      `Fortnite, Hardanger. Gruppe på seks, 11–14 år. Snakka om kva som er greitt å dele. Dei kjende til 116 111 og 112. Neste økt 3. juni kl. 18.30. Sak 24/7712. Lite å melde, men mykje liv i chatten.`,
    ),
    clean(
      `Twitch-chatten under Kripos-sendinga: spørsmål om Spider-Man, Harry Potter og om politiet i Molde har hund. Ei spurde om Sigrid (songarinna) kjem til Bergen i sommar. Svart generelt.`,
    ),
    clean(
      `Minecraft, kort økt på 15 min. Tre gutar bygde ein by med gatene Per Gynts veg og Ivar Aasens gate. Dei spurde kva Kripos er. Rutine, ingenting å melde.`,
    ),
  ],
  nl: [
    withIds(
      `Fortnite, 19u30, team Antwerpen. Jongen (13) vertelde dat hij vooral speelt met Wout en Mats van zijn voetbalploeg, en dat de broer van Mats soms zijn account overneemt. Tips gegeven over wachtwoorden.`,
      'Wout',
      'Mats',
    ),
    withIds(
      `Discord, Rotterdam. Meisje (14) zei dat een man van een jaar of 25, 'Soufiane_R', haar elke avond berichtjes stuurt en wil afspreken. Hij gaf haar zijn nummer 06-41827355. Ze heeft het aan haar tante Naima verteld. Doorgezet naar de zedenrecherche.`,
      'Soufiane_R',
      '06-41827355',
      'Naima',
    ),
    withIds(
      `Roblox, 17u15. Twee zussen (10 en 12) uit Leuven. Hun stiefvader Dirk helpt met de instellingen, en de oudste zei dat haar vriendin lotte van der Berg al drie keer is uitgescholden in hun groep. Melden uitgelegd.`,
      'Dirk',
      'lotte van der Berg',
    ),
    withIds(
      `Minecraft-server NL-team. Jongen (12) typte zijn BSN, 234578919, omdat 'iemand' dat vroeg voor een gratis skin. Meteen verwijderd en uitgelegd. Hij noemde ook zijn neef Dewi en diens vriend Kerem, die dezelfde vraag kregen.`,
      '234578919',
      'Dewi',
      'Kerem',
    ),
    withIds(
      `TikTok kwam ter sprake. Meisje (15) uit Gent zei dat de mama van Yasmine samenwoont met een man die Yasmine en haar zusje Lina via Snap berichtjes stuurt. Zorgwekkend, doorgegeven aan de wachtofficier.`,
      'Yasmine',
      'Lina',
    ),
    clean(
      `Discord, 20u. Vier jongens (11–13) uit Brugge hadden het over Kevin De Bruyne, Lamine Yamal en of Mario sneller is dan Sonic. Geen zorgen. Inspecteur Peeters nam om 21u over.`,
    ),
    clean(
      `Roblox, Utrecht. Meisje (10) vertelde over haar hond Sanne en de poes Guus. Vroeg wat te doen als iemand gemeen is in de chat – meldknop laten zien. Verder veel over Bluey en Frozen.`,
    ),
    clean(
      `Fortnite, Den Bosch. Groep van vijf, 12–14 jaar. Onderwerp: wat mag je online delen. Ze kenden 112 en de Kindertelefoon 0800-0432. Volgende sessie 12 juni om 16u. Zaaknummer 2024-118734.`,
    ),
    clean(
      `Twitch-chat tijdens onze stream: vragen over Kwebbelkop, Enzo Knol en of de politie in Zwolle een echte Batmobiel heeft. Algemeen geantwoord. Geen persoonsgegevens.`,
    ),
    clean(
      `Minecraft, korte sessie van 20 min. Drie kinderen bouwden een dorp met een Willem-Alexanderlaan en een Máximaplein. Ze vroegen of de koning ook gamet. Rustig, niets te melden.`,
    ),
  ],
  fr: [
    withIds(
      `Fortnite, 19h45, équipe Liège. Garçon (13 ans) joue surtout avec Noah et Ilyas de son club de foot ; la sœur d'Inès, sa voisine, aurait reçu des messages bizarres. Conseils donnés sur le blocage.`,
      'Noah',
      'Ilyas',
      'Inès',
    ),
    withIds(
      `Discord, Charleroi. Fille (14 ans) raconte qu'un homme d'environ 30 ans, pseudo « LeLoupBlanc_62 », lui envoie des cartes Steam et lui a donné son numéro : 0478 52 19 36. Elle en a parlé à sa cousine Fatou. Transmis à l'officier de garde.`,
      'LeLoupBlanc_62',
      '0478 52 19 36',
      'Fatou',
    ),
    withIds(
      `Roblox, 17h20. Deux frères (10 et 12 ans) de Namur. Leur beau-père Jean-Luc vérifie leurs messages ; le plus jeune dit que son copain mehdi se fait insulter par des grands. Expliqué comment signaler.`,
      'Jean-Luc',
      'mehdi',
    ),
    withIds(
      `Minecraft, serveur belge. Un garçon (13 ans) a tapé son numéro de registre national, 11.05.23-147.40, parce qu'un joueur le demandait pour un « cadeau ». Supprimé, expliqué. Son grand frère Théo avait reçu la même demande.`,
      '11.05.23-147.40',
      'Théo',
    ),
    withIds(
      `TikTok et Snapchat évoqués. Fille (15 ans) de Mons : le coach de natation, Monsieur Verhaegen, leur écrit tard le soir, à elle et à Chloé Dubois. Elles l'ont bloqué. Signalé.`,
      'Verhaegen',
      'Chloé Dubois',
    ),
    clean(
      `Discord, 20h. Quatre garçons (11–13 ans) de Mons et Tournai parlaient de Thibaut Courtois, de Mbappé et de savoir si Mario bat Sonic. Rien d'inquiétant. L'inspecteur principal Lambert a pris le relais à 21h.`,
    ),
    clean(
      `Roblox, Bruxelles. Fillette (10 ans) a parlé de son chien Caramel et de son lapin Noisette. Elle a demandé quoi faire si quelqu'un est méchant dans le chat – montré le bouton de signalement. Beaucoup de Tintin et Milou aussi.`,
    ),
    clean(
      `Fortnite, Wavre. Groupe de cinq, 12–14 ans. Thème : ce qu'on peut partager en ligne. Ils connaissaient le 103 (Écoute-Enfants) et le 112. Prochaine session le 12 juin à 16h. PV n° LI.55.L1.012345/24.`,
    ),
    clean(
      `Chat Twitch pendant notre live : questions sur Squeezie, Inoxtag et si la police de Spa a un chien. Réponses générales. Aucune donnée personnelle.`,
    ),
    clean(
      `Minecraft, courte session de 15 min. Trois enfants construisaient une ville avec une « rue Stromae » et une « place Angèle ». Ils ont demandé si le roi Philippe joue à Minecraft. Rien à signaler.`,
    ),
  ],
  de: [
    withIds(
      `Fortnite, 19:20, Team Eupen. Junge (13) spielt meistens mit Lukas und Emir aus seinem Fußballverein; Emirs großer Bruder nimmt ihm manchmal den Account weg. Tipps zu Passwörtern gegeben.`,
      'Lukas',
      'Emir',
    ),
    withIds(
      `Discord, St. Vith. Mädchen (14) erzählt, ein Mann um die 25, „Schattenjäger_88“, schreibe ihr jeden Abend und wolle sich treffen. Er gab ihr seine Nummer 0487 33 61 09. Sie hat es ihrer Tante Ayşe erzählt. An den Bereitschaftsdienst weitergeleitet.`,
      'Schattenjäger_88',
      '0487 33 61 09',
      'Ayşe',
    ),
    withIds(
      `Roblox, 17:10. Zwei Geschwister (10 und 12) aus Kelmis. Der Stiefvater Ralf kontrolliert ihre Nachrichten; die Ältere sagt, dass ihre Freundin jana schmitz in der Gruppe gemobbt wird. Melden erklärt.`,
      'Ralf',
      'jana schmitz',
    ),
    withIds(
      `Minecraft, belgischer Server. Ein Junge (14) hat seine Nationalregisternummer 10.09.14-282.85 in den Chat geschrieben, weil jemand sie für einen Gratis-Skin verlangt hat. Gelöscht, erklärt. Sein Cousin Milan und dessen Freund Bilal haben dieselbe Anfrage bekommen.`,
      '10.09.14-282.85',
      'Milan',
      'Bilal',
    ),
    withIds(
      `TikTok und Snapchat erwähnt. Mädchen (15) aus Raeren: der Handballtrainer, Herr Kohnen, schreibt ihr und Lea-Marie spät abends. Beide haben ihn blockiert. Gemeldet.`,
      'Kohnen',
      'Lea-Marie',
    ),
    clean(
      `Discord, 20:00. Vier Jungs (11–13) aus Eupen und Bütgenbach redeten über Toni Kroos, Jamal Musiala und ob Mario schneller ist als Sonic. Keine Auffälligkeiten. Hauptkommissarin Braun übernahm um 21 Uhr.`,
    ),
    clean(
      `Roblox. Mädchen (10) erzählte von ihrem Hund Bruno und der Katze Mia. Fragte, was man tun soll, wenn jemand im Chat gemein ist – Meldefunktion gezeigt. Sonst viel über Elsa und Olaf.`,
    ),
    clean(
      `Fortnite, Gruppe von fünf, 12–14 Jahre. Thema: was man online teilen darf. Sie kannten 116 111 und 112. Nächste Sitzung am 12. Juni um 16 Uhr. Aktenzeichen 24/05931.`,
    ),
    clean(
      `Twitch-Chat während unseres Streams: Fragen zu MontanaBlack, Papaplatte und ob die Polizei in Eupen einen echten Batman hat. Allgemein geantwortet. Keine personenbezogenen Daten.`,
    ),
    clean(
      `Minecraft, kurze Runde, 15 Minuten. Drei Kinder bauten eine Stadt mit einer König-Albert-Straße und einem Park für Pippi Langstrumpf. Sie fragten, ob Kommissar Rex echt war. Nichts zu melden.`,
    ),
  ],
  is: [
    withIds(
      `Fortnite kl. 19:30. Strákur (13) frá Akureyri spilar mest með Gunnari og Hrafnhildi, og bróðir Hrafnhildar tekur stundum aðganginn hans. Ráð gefin um lykilorð.`,
      'Gunnari',
      'Hrafnhildi',
      'Hrafnhildar',
    ),
    withIds(
      `Discord, Reykjavík. Stelpa (14) segir að maður um þrítugt, „IceKing_99“, sendi henni skilaboð á hverju kvöldi og vilji hittast. Hann gaf henni símanúmerið 866 4127. Hún sagði Jóhönnu frænku sinni frá. Sent á vaktina.`,
      'IceKing_99',
      '866 4127',
      'Jóhönnu',
    ),
    withIds(
      `Roblox kl. 17:15. Tvö systkini (10 og 12) úr Kópavogi. Stjúppabbi þeirra, Tomasz, fer yfir skilaboðin; eldri systirin sagði að vinkona hennar, Amelia Nowak, sé lögð í einelti í hópnum. Útskýrt hvernig á að tilkynna.`,
      'Tomasz',
      'Amelia Nowak',
    ),
    withIds(
      `Minecraft-þjónn. Strákur (13) skrifaði kennitöluna sína, 080411-2780, í spjallið af því að einhver bað um hana fyrir ókeypis skin. Eytt og útskýrt. Hann nefndi að Óli frændi hans og Birkir hefðu fengið sömu beiðni.`,
      '080411-2780',
      'Óli',
      'Birkir',
    ),
    withIds(
      `Snapchat nefnt. Stelpa (15) á Selfossi: þjálfarinn, Sigurður Þór, sendir henni og Ástu skilaboð seint á kvöldin. Þær hafa lokað á hann. Tilkynnt.`,
      'Sigurður Þór',
      'Ástu',
    ),
    clean(
      `Discord kl. 20. Fjórir strákar (11–13) úr Garðabæ töluðu um Gylfa Sigurðsson, Messi og hvort Mario sé fljótari en Sonic. Ekkert athugavert. Varðstjóri Guðmundsdóttir tók við kl. 21.`,
    ),
    clean(
      `Roblox. Stelpa (10) sagði frá hundinum sínum Tinna og kettinum Brandi. Spurði hvað hún eigi að gera ef einhver er leiðinlegur í spjallinu – sýndi tilkynningarhnappinn. Annars mikið um Elsu og Ólaf úr Frozen.`,
    ),
    clean(
      `Fortnite, hópur fimm krakka, 12–14 ára. Umræðuefni: hvað má deila á netinu. Þau þekktu 112 og Hjálparsímann 1717. Næsti fundur 12. júní kl. 16. Málsnúmer 007-2024-41823.`,
    ),
    clean(
      `Twitch-spjall meðan á streyminu stóð: spurningar um Björk, Laufey og hvort lögreglan á Egilsstöðum eigi hund. Svarað almennt. Engar persónuupplýsingar.`,
    ),
    clean(
      `Minecraft, stutt lota, 15 mín. Þrír krakkar byggðu bæ með Ingólfsstræti og styttu af Jóni Sigurðssyni. Spurðu hvort forsetinn spili Minecraft. Ekkert að tilkynna.`,
    ),
  ],
  fi: [
    withIds(
      `Fortnite klo 19.15. Poika (13) Oulusta pelaa eniten Eetun ja Ailan kanssa. Se, mitä Eetu sanoi Ailan isoveljestä, huolestutti vähän – tämä ottaa pojan tunnukset välillä. Neuvottu salasanoissa.`,
      'Eetun',
      'Ailan',
      'Eetu',
    ),
    withIds(
      `Discord, Tampere. Tyttö (14) kertoi, että noin 30-vuotias mies, ”SusiPoika_77”, viestittelee joka ilta ja haluaa tavata. Mies antoi numeronsa 040 718 2294. Tyttö on kertonut asiasta tädilleen Hannelelle. Välitetty päivystäjälle.`,
      'SusiPoika_77',
      '040 718 2294',
      'Hannelelle',
    ),
    withIds(
      `Roblox klo 17.10. Sisarukset (10 ja 12) Vantaalta. Isäpuoli Abdirahman tarkistaa viestit; vanhempi kertoi, että Sofia Nieminen on kiusattu heidän ryhmässään. Neuvottu ilmoittamaan.`,
      'Abdirahman',
      'Sofia Nieminen',
    ),
    withIds(
      `Minecraft-palvelin. Poika (13) kirjoitti henkilötunnuksensa 190311A246E chattiin, koska joku lupasi ilmaisen skinin. Poistettu ja selitetty. Hän mainitsi, että serkku Onnille ja Veetille oli tullut sama pyyntö.`,
      '190311A246E',
      'Onnille',
      'Veetille',
    ),
    withIds(
      `Snapchat mainittu. Tyttö (15) Jyväskylästä: salibandyvalmentaja Jarkko Lehtinen lähettää hänelle ja Minjalle viestejä myöhään illalla. He ovat estäneet hänet. Ilmoitettu.`,
      'Jarkko Lehtinen',
      'Minjalle',
    ),
    clean(
      `Discord klo 20. Neljä poikaa (11–13) Espoosta puhui Teemu Pukista, Lauri Markkasesta ja siitä, onko Mario nopeampi kuin Sonic. Ei huolia. Vanhempi konstaapeli Mäkinen jatkoi klo 21.`,
    ),
    clean(
      `Roblox. Tyttö (10) kertoi koirastaan Onnista ja kissasta Mirristä. Kysyi, mitä tehdä jos joku on chatissa ilkeä – näytetty ilmoitusnappi. Muuten paljon Muumeista ja Pikku Myystä.`,
    ),
    clean(
      `Fortnite, viiden hengen ryhmä, 12–14-vuotiaat. Aiheena mitä verkossa saa jakaa. Tunsivat 112:n ja Lasten ja nuorten puhelimen 116 111. Toivo oli, että jatketaan: seuraava kerta 12.6. klo 16. Diaarinumero 5500/2024/118.`,
    ),
    clean(
      `Twitch-chat striimin aikana: kysymyksiä Käärijästä, Joulupukista ja siitä, onko Lahden poliisilla koira. Vastattu yleisesti. Ei henkilötietoja.`,
    ),
    clean(
      `Minecraft, lyhyt 15 min sessio. Kolme lasta rakensi kaupungin, jossa on Mannerheimintie ja Aleksis Kiven patsas. Kysyivät, pelaako presidentti Minecraftia. Ei ilmoitettavaa. Ylikonstaapeli Virtanen kirjasi.`,
    ),
  ],
  sv: [
    withIds(
      `Fortnite kl. 19.40. Pojke (13) från Umeå spelar mest med Elias och Noor från klassen; Noors storebror tar ibland över kontot. Tips om lösenord och tvåstegsverifiering.`,
      'Elias',
      'Noor',
    ),
    withIds(
      `Discord, Malmö. Tjej (14) berättar att en man runt 30, ”Vargen_Sthlm”, skriver varje kväll och vill träffas. Han gav henne sitt nummer 073-528 41 96. Hon har berättat för sin moster Leyla. Vidare till vakthavande.`,
      'Vargen_Sthlm',
      '073-528 41 96',
      'Leyla',
    ),
    withIds(
      `Roblox kl. 17.05. Två syskon (10 och 12) från Södertälje. Styvpappan Gabriel kollar deras meddelanden; den äldsta sa att kompisen maryam hassan blir mobbad i gruppen. Förklarat hur man anmäler.`,
      'Gabriel',
      'maryam hassan',
    ),
    withIds(
      `Minecraft-server. Pojke (12) skrev sitt personnummer 120417-4823 i chatten för att någon lovade en gratis skin. Raderat och förklarat. Han nämnde att kusinen Alvin och Ebbas lillebror fått samma fråga.`,
      '120417-4823',
      'Alvin',
      'Ebbas',
    ),
    withIds(
      `Snapchat nämndes. Tjej (15) i Örebro: fotbollstränaren Mattias Lindqvist skickar snaps till henne och Wilma sent på kvällarna. De har blockerat honom. Anmält.`,
      'Mattias Lindqvist',
      'Wilma',
    ),
    clean(
      `Discord kl. 20. Fyra killar (11–13) från Jönköping pratade om Zlatan, Alexander Isak och om Mario är snabbare än Sonic. Inget oroande. Polisinspektör Berg tog över 21.00.`,
    ),
    clean(
      `Roblox. Tjej (10) berättade om hunden Sixten och katten Tim. Frågade vad man gör om någon är elak i chatten – visat anmälningsknappen. Annars mycket om Pippi och Emil i Lönneberga.`,
    ),
    clean(
      `Fortnite, grupp på fem, 12–14 år. Tema: vad man får dela på nätet. De kände till BRIS 116 111 och 112. Nästa pass 12 juni kl. 16. Diarienummer 5000-K123456-24. Per person ca 10 minuter.`,
    ),
    clean(
      `Twitch-chatt under vår stream: frågor om Zara Larsson, Jocke & Jonna och om polisen i Falun har hund. Allmänt svar. Inga personuppgifter.`,
    ),
    clean(
      `Minecraft, kort pass, 15 min. Tre barn byggde en stad med Drottninggatan och en staty av Astrid Lindgren. De frågade om kungen spelar Minecraft. Inget att rapportera. Mycket liv i chatten.`,
    ),
  ],
};
