/**
 * Round one hundred and twenty-two: written blind, before the detector was run on it.
 * Running logs of a whole session with timestamps; one identifier hidden in one entry among many harmless ones.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_TWENTY_TWO: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      '18:02 On Discord as Garda Online Patrol. 18:10 Boy, 13, asks if selling a Fortnite account is illegal; explained it breaks the terms and most buyers are scammers. 18:19 He says his cousin Ciarán Doyle lost €40 that way last month. 18:26 Advised reporting it through the platform and telling a parent. 18:34 Two more lads ask about VPNs, answered. 18:41 Logged off.',
      'Ciarán Doyle',
    ),
    clean(
      '19:00 Roblox, Brookhaven server. 19:04 Girl, 11, asks whether police can read her chats: no. 19:12 Two boys, 14, ask about Robux generators; explained nobody gives away 10,000 Robux for free. 19:25 Passwords and 2-step verification. 19:38 Mentioned 116 111 if anything online worries them. 19:45 Off, nothing to follow up.',
    ),
    clean(
      '20:15 Joined a Minecraft stream chat on Twitch as PoliceScotland_Cyber. 20:21 Viewer, 15, asks if swatting a streamer is a crime: yes, a serious one. 20:30 Questions about the Kai Cenat and IShowSpeed raids. 20:44 Reminded chat of 999 in an emergency and 101 otherwise. 20:52 Left the stream. Ref. CY/2024/0193.',
    ),
    withIds(
      '16:40 Steam group chat, three lads about 15. 16:46 One says an older player keeps gifting him CS2 skins and asking for photos. 16:51 His own gamertag is xX_DarkReaper77_Xx, and the older player added him from a trading group. 16:55 Told him to stop replying, keep screenshots and tell an adult. 17:02 Passed to the duty sergeant. 17:15 Closed, case 24/3318.',
      'xX_DarkReaper77_Xx',
    ),
    clean(
      '21:05 Snapchat Q&A as Met Police Youth Engagement. 21:09 Girl, 16, asks what sextortion is and what to do if it happens. 21:16 Explained: do not pay, stop contact, save evidence, report. 21:24 Boy, 15, asks about the age limit on TikTok (13). 21:31 Talked about Take It Down for removing images. 21:40 Gave 116 111 and 112. 21:48 Signed off.',
    ),
    withIds(
      '15:00 Minecraft server, Bedwars queue, four lads aged 12–13. 15:08 Chat about the new update and the Warden. 15:14 One boy typed his own number, 07700 900461, in the chat so another player could add him on Snap. 15:17 Asked him to delete it and explained why. 15:25 Talked about muting and blocking strangers. 15:33 Left the server.',
      '07700 900461',
    ),
    withIds(
      "17:30 TikTok live on the Garda account. 17:36 Girl, 14, asks how to get her hacked account back. 17:42 She writes that her login is aoife.byrne2010 at gmail dot com; asked her to delete the comment. 17:45 Went through TikTok's recovery steps and changing passwords. 17:58 More questions on fake giveaways. 18:05 Live ended.",
      'aoife.byrne2010 at gmail dot com',
    ),
    clean(
      "22:00 Late shift, Discord server of a Valorant community. 22:05 Boy, 17, asks whether doxxing is illegal in Ireland. 22:13 Explained Coco's Law and harassment. 22:27 Another user, 16, asks about buying ranked accounts. 22:39 Pointed them to Childline (1800 66 66 66) and 112. 22:46 Quiet, logged off. No follow-up, log no. 4471.",
    ),
    withIds(
      '13:10 Roblox, Adopt Me. 13:14 Girl, 10, says a player offered to send her a real plushie by post. 13:20 She had already told him she lives at 27 Millbrook Road. 13:23 Explained why addresses stay private and told her to tell her mum. 13:30 Reported the account in-game. 13:41 Flagged for the child protection desk.',
      '27 Millbrook Road',
    ),
    clean(
      "11:00 Saturday morning, Minecraft Education session with the schools liaison unit. 11:06 Class of 12-year-olds, questions about griefing and whether it's a crime. 11:18 Creepers, TNT and what counts as damage online. 11:32 Cyberbullying; gave 116 123 for the Samaritans and 116 111. 11:45 Quiz, they scored 9 out of 10. 11:50 Ended.",
    ),
  ],
  nb: [
    clean(
      'Kl. 17.00 logget på Discord som «Politiet – nettpatrulje Agder». 17.06 gutt (13) lurer på om skin-betting i CS2 er gambling: ja, og det har aldersgrense. 17.18 to jenter (12) spør om vi leser meldingene deres: nei. 17.31 spørsmål om hvorfor MrBeast-giveaways på TikTok nesten alltid er svindel. 17.45 tipset om Alarmtelefonen 116 111. 17.52 logget av, ingen oppfølging.',
    ),
    withIds(
      'Kl. 19.10 Roblox, Brookhaven. 19.14 jente (11) forteller at noen i klassen legger ut stygge bilder av henne. 19.19 hun skriver at det er Emma Solberg som står bak. 19.23 rådet henne til å ta skjermbilder, blokkere og snakke med kontaktlæreren. 19.35 snakket generelt om mobbing. 19.41 avsluttet, notat til forebyggende.',
      'Emma Solberg',
    ),
    withIds(
      'Kl. 20.00 spørrerunde på Snapchat. 20.04 gutt (13) spør hva en hacker kan gjøre med fødselsnummeret hans. 20.09 før jeg rakk å svare, skrev han det rett i chatten: 140311 51288. 20.11 ba ham slette meldingen. 20.17 forklarte BankID, passord og hvorfor nummeret er sensitivt. 20.30 flere spørsmål om aldersgrenser. 20.38 avsluttet.',
      '140311 51288',
    ),
    clean(
      'Kl. 21.00 Twitch, strøm av Minecraft Hardcore. 21.03 seer (15) spør om det er straffbart å true en streamer i chatten: ja. 21.12 prat om Kai Cenat og swatting. 21.20 spørsmål om aldersgrensen på Twitch (13 år). 21.34 minnet om 112 ved fare og 02800 ellers. 21.40 ut. Sak 24-3318.',
    ),
    withIds(
      'Kl. 15.30 Fortnite, deretter Discord-kanal. 15.34 gutt (12) sier at en voksen har tilbudt ham V-Bucks mot bilder. 15.40 spilltaggen hans er fotballgutten_09, og forespørselen kom via vennelisten. 15.44 ba ham slutte å svare, ta vare på skjermbilder og si det til mamma eller pappa. 15.51 sendt videre til vakthavende. 16.02 avsluttet.',
      'fotballgutten_09',
    ),
    clean(
      'Kl. 12.00 lørdagsvakt, TikTok live fra politiets konto. 12.05 jente (14) spør om det er lov å filme andre i garderoben: nei. 12.12 spørsmål om deling av nakenbilder når man er under 18. 12.24 snakket om slettmeg.no og 116 111. 12.38 gutt (16) spør om mopedkjøring, henviste til trafikk. 12.47 live avsluttet, ca. 340 seere.',
    ),
    withIds(
      'Kl. 16.15 Minecraft-server, Bedwars-kø. 16.18 fire gutter på 12–13 år spør om politiet kan bli bannet. 16.25 en av dem skrev mobilnummeret sitt, 948 62 317, i chatten så en annen spiller kunne legge ham til på Snap. 16.27 ba ham slette det og forklarte hvorfor. 16.35 snakket om å ikke legge til fremmede. 16.42 forlot serveren.',
      '948 62 317',
    ),
    clean(
      'Kl. 22.10 kveldsvakt på Discord. 22.14 gutt (17) spør om det er ulovlig å dele noens adresse på nettet; forklarte at det kan være det. 22.20 to stykker (15) lurer på hvor mye Robux man kan kjøpe før foreldrene får varsel. 22.33 snakket om Vipps-svindel og falske kjøp. 22.45 ingen flere spørsmål, logget av 22.50. Ref. 24/118734.',
    ),
    withIds(
      'Kl. 14.05 Snapchat, spørsmål fra gutt (13) om Snap Map. 14.09 han viste at kartet avslører at han bor i Lillevollveien 7B. 14.13 hjalp ham å slå på Spøkelsesmodus. 14.20 snakket om hvem som ser posisjonen. 14.28 to venner av ham hadde samme spørsmål. 14.36 avsluttet.',
      'Lillevollveien 7B',
    ),
    clean(
      'Kl. 10.00 digitalt skolebesøk i Minecraft Education med 7. trinn. 10.08 spørsmål om hva nettpatruljen gjør. 10.15 grooming og hvordan man kjenner det igjen. 10.29 quiz om passord, 24 av 26 riktige. 10.40 tipset om Alarmtelefonen 116 111 og 112. 10.46 slutt.',
    ),
  ],
  nn: [
    withIds(
      'Kl. 18.30 Discord, server for Valorant. 18.33 jente (15) seier at nokon lagar falske profilar av henne. 18.38 ho fortel at ho heiter Ingeborg og at det har halde på i to veker. 18.44 rådde henne til å rapportera profilane og ta skjermbilete. 18.52 snakka om kva som er ulovleg identitetskrenking. 19.00 avslutta.',
      'Ingeborg',
    ),
    clean(
      'Kl. 17.00 pålogga Discord som «Politiet – nettpatrulje Vest». 17.07 gut (13) lurer på om loot boxes er pengespel. 17.15 to jenter (12) spør om politiet kan sjå kva dei skriv: nei. 17.28 prat om falske Robux-sider. 17.40 viste til Alarmtelefonen 116 111. 17.46 logga av.',
    ),
    withIds(
      'Kl. 19.20 TikTok live. 19.24 gut (14) har mista kontoen sin etter at nokon fekk passordet. 19.29 han skriv at e-posten er sindre.nes11 alfakrøll hotmail punktum com, eg bad han sletta kommentaren. 19.33 forklarte gjenoppretting og tofaktor. 19.45 fleire spørsmål om falske giveaways. 19.52 live slutt.',
      'sindre.nes11 alfakrøll hotmail punktum com',
    ),
    clean(
      'Kl. 21.00 Twitch, Fortnite-strøym. 21.04 sjåar (15) spør om det er straffbart å truga ein streamar: ja. 21.13 prat om Ninja og turneringar. 21.22 spørsmål om aldersgrensa på Twitch (13 år). 21.31 minte om 112 og 02800. 21.37 ut, sak 24-3407.',
    ),
    withIds(
      'Kl. 15.00 Roblox, Tower of Hell. 15.06 gut (11) fortel at ein vaksen tilbyr Robux mot bilete. 15.11 brukarnamnet hans i spelet er regnbogelaksen44, og den vaksne la han til i går. 15.16 sa han skulle slutta å svara og fortelja det til ein vaksen han stoler på. 15.24 rapportert vidare til vakthavande. 15.35 avslutta.',
      'regnbogelaksen44',
    ),
    clean(
      'Kl. 12.10 spørjerunde på Snapchat. 12.14 jente (16) spør kva sextortion er. 12.20 forklarte: ikkje betal, bryt kontakten, ta vare på bevis, meld frå. 12.31 gut (15) spør om aldersgrensa på Snapchat (13). 12.40 nemnde slettmeg.no og 116 111. 12.48 logga av.',
    ),
    withIds(
      'Kl. 16.40 Minecraft, Skyblock-server. 16.44 tre gutar (12–13) spør om politiet spelar sjølv. 16.50 ein av dei skreiv +47 912 45 608 i chatten så ein framand kunne ringja han. 16.52 bad han fjerna det og forklarte kvifor. 17.01 snakka om å ikkje dela kontaktinfo. 17.08 forlét serveren.',
      '+47 912 45 608',
    ),
    clean(
      'Kl. 22.00 kveldsvakt, Steam-gruppe for CS2. 22.06 gut (17) spør om det er lov å selja skins for ekte pengar. 22.15 prat om svindel med falske tradelenkjer. 22.27 to andre (16) spør om VAC-ban kan bli politisak: nei. 22.40 logga av, inga oppfølging. Ref. 24/119002.',
    ),
    withIds(
      'Kl. 14.00 Discord, lekseserver. 14.05 gut (12) spør om nokon kan stela identiteten hans. 14.09 han limte inn fødselsnummeret sitt, 05091252343, for å spørja om det var farleg. 14.11 bad han sletta det straks. 14.18 forklarte BankID og kvifor nummeret er personleg. 14.26 avslutta.',
      '05091252343',
    ),
    clean(
      'Kl. 10.00 digitalt skulebesøk med 8. trinn i Minecraft Education. 10.07 spørsmål om kva nettpatruljen gjer. 10.16 grooming og korleis ein kjenner det att. 10.30 quiz, snitt 8 av 10. 10.38 viste til 116 111. 10.45 ferdig.',
    ),
  ],
  nl: [
    clean(
      '16:00 ingelogd op Discord als Politie Jeugd Online. 16:07 jongen (13) vraagt of het verkopen van een Fortnite-account strafbaar is. 16:15 uitgelegd dat het tegen de voorwaarden is en dat oplichting veel voorkomt. 16:28 twee meiden (12) vragen of wij hun berichten kunnen lezen: nee. 16:40 verwezen naar de Kindertelefoon (0800-0432) en 112. 16:46 uitgelogd.',
    ),
    withIds(
      '18:10 Roblox, Brookhaven. 18:14 meisje (11) vertelt dat ze in een groepsapp wordt uitgescholden. 18:19 volgens haar begint Lotte van Dijk er elke keer mee. 18:23 geadviseerd screenshots te maken, te blokkeren en het op school te melden. 18:35 kort over pesten gesproken. 18:41 afgesloten.',
      'Lotte van Dijk',
    ),
    withIds(
      '20:00 vragenuur op Snapchat. 20:05 jongen (14) vraagt wat iemand met zijn BSN kan doen. 20:08 hij typt het meteen in de chat: 182736453. 20:10 gevraagd het bericht te verwijderen. 20:18 uitleg over DigiD en identiteitsfraude. 20:31 vragen over leeftijdsgrenzen. 20:37 einde.',
      '182736453',
    ),
    clean(
      '19:00 Twitch, Minecraft-stream, ingelogd als Politie Vlaanderen Online. 19:06 kijker (15) vraagt of swatting strafbaar is: ja. 19:14 babbel over Ninja en Fortnite-toernooien. 19:25 vraag naar de leeftijdsgrens op Twitch (13). 19:34 verwezen naar Awel (102) en 112. 19:40 uitgelogd, geen pv nodig.',
    ),
    withIds(
      '14:00 Discord, Vlaamse Minecraft-server. 14:06 jongen (13) vraagt of iemand zijn identiteit kan stelen. 14:09 hij plakt zijn rijksregisternummer in de chat: 11.06.14-137.36. 14:11 gevraagd dat meteen te wissen. 14:17 uitleg over itsme en phishing. 14:25 afgesloten.',
      '11.06.14-137.36',
    ),
    clean(
      '21:30 avonddienst, Steam-groep voor CS2. 21:36 jongen (17) vraagt of gokken met skins onder de kansspelwet valt. 21:44 gesprek over nep-tradelinks. 21:55 twee anderen (16) vragen naar VAC-bans. 22:05 rustig, uitgelogd. Registratienummer 2024-118734.',
    ),
    withIds(
      '15:20 Fortnite, daarna een Discord-kanaal. 15:24 vier jongens van 12 en 13 vragen of de politie zelf gamet. 15:30 één van hen zet zijn nummer 06-48213957 in de chat zodat een onbekende hem kan appen. 15:32 gevraagd het te verwijderen. 15:40 besproken waarom je geen gegevens deelt. 15:47 kanaal verlaten.',
      '06-48213957',
    ),
    clean(
      "12:00 TikTok live van de politiezone. 12:05 meisje (14) vraagt of filmen in de kleedkamer mag: nee. 12:12 vragen over naaktbeelden en sextortion. 12:25 verwezen naar Child Focus (116 000) en Awel (102). 12:40 jongen (16) vraagt naar speedpedelecs. 12:48 live gestopt, zo'n 300 kijkers.",
    ),
    withIds(
      "17:00 Roblox, Tower of Hell. 17:04 jongen (11) zegt dat een volwassene Robux belooft in ruil voor foto's. 17:09 zijn eigen gebruikersnaam is DeKleineRidder2013, de volwassene voegde hem gisteren toe. 17:13 gezegd niet meer te antwoorden en het aan zijn ouders te vertellen. 17:20 doorgegeven aan de wachtcommandant. 17:31 afgesloten.",
      'DeKleineRidder2013',
    ),
    clean(
      '10:00 digitale gastles via Minecraft Education, groep 8. 10:08 vragen over wat de wijkagent online doet. 10:17 grooming herkennen. 10:30 quiz, gemiddeld 8 van de 10 goed. 10:38 Kindertelefoon en 112 genoemd. 10:44 klaar.',
    ),
  ],
  fr: [
    withIds(
      "18h00 Discord, serveur Valorant. 18h04 une fille de 15 ans explique qu'on a créé de faux profils à son nom. 18h09 elle précise qu'elle s'appelle Maëlle et que ça dure depuis deux semaines. 18h15 conseillé de signaler les profils et de faire des captures d'écran. 18h24 point sur l'usurpation d'identité. 18h31 fin.",
      'Maëlle',
    ),
    clean(
      "16h00 connecté sur Roblox comme Police Fédérale – Cyber. 16h06 garçon de 12 ans : les générateurs de Robux, c'est légal ? Non, arnaque. 16h14 deux filles de 11 ans demandent si on lit leurs messages : non. 16h27 mots de passe et double authentification. 16h38 renvoyé vers Child Focus au 116 000 et le 112. 16h44 déconnexion.",
    ),
    withIds(
      "20h00 séance de questions sur Snapchat. 20h05 une collégienne de 13 ans demande ce qu'on peut faire avec son numéro de sécu. 20h07 elle le tape directement dans le chat : 2 11 06 75 056 123 91. 20h09 demandé de supprimer le message. 20h16 explication sur le phishing Ameli et l'usurpation d'identité. 20h28 questions sur l'âge minimum. 20h35 fin.",
      '2 11 06 75 056 123 91',
    ),
    clean(
      '21h00 Twitch, live Fortnite. 21h03 un spectateur de 15 ans demande si menacer un streamer est puni : oui. 21h12 discussion sur Squeezie et le GP Explorer. 21h24 âge minimum sur Twitch (13 ans). 21h33 rappel du 17 et du 112, et du 3018 pour le cyberharcèlement. 21h39 déconnexion. Réf. PV 2024/004512.',
    ),
    withIds(
      "15h10 Minecraft, serveur Bedwars belge. 15h14 quatre garçons de 12-13 ans demandent si la police joue aussi. 15h20 l'un d'eux a écrit son numéro, 0471 28 45 93, pour qu'un inconnu l'ajoute sur WhatsApp. 15h22 demandé de l'effacer. 15h30 échange sur les données perso. 15h37 quitté le serveur.",
      '0471 28 45 93',
    ),
    clean(
      '12h00 live TikTok de la police. 12h04 fille de 14 ans : a-t-on le droit de filmer dans les vestiaires ? Non. 12h11 questions sur les nudes et la sextorsion. 12h23 orientée vers le 3018 et la plateforme Pharos. 12h37 garçon de 16 ans qui demande pour les trottinettes électriques. 12h45 fin du live, environ 420 spectateurs.',
    ),
    withIds(
      "17h30 Discord, serveur d'entraide scolaire. 17h34 garçon de 14 ans : son compte Fortnite a été piraté. 17h39 il écrit que son adresse est lucas.moreau2010 arobase gmail point com, je lui ai dit de supprimer le message. 17h44 récupération via Epic et changement de mot de passe. 17h56 autres questions sur les faux giveaways. 18h03 fin.",
      'lucas.moreau2010 arobase gmail point com',
    ),
    clean(
      "22h00 service de nuit, groupe Steam CS2. 22h06 garçon de 17 ans : parier des skins, c'est des jeux d'argent ? Oui. 22h15 arnaques aux faux liens d'échange. 22h26 deux autres (16 ans) posent des questions sur les bans VAC. 22h38 calme, déconnexion. Dossier 24/118734.",
    ),
    withIds(
      "13h15 Roblox, Adopt Me. 13h19 une fille de 10 ans dit qu'un joueur veut lui envoyer une peluche par la poste. 13h24 elle lui avait déjà donné son adresse, 12 rue des Lilas. 13h27 expliqué pourquoi l'adresse reste privée, lui ai demandé d'en parler à sa mère. 13h33 compte signalé. 13h42 transmis à la brigade des mineurs.",
      '12 rue des Lilas',
    ),
    clean(
      '10h00 intervention à distance sur Minecraft Education avec une classe de 5e. 10h07 que fait la police en ligne ? 10h16 repérer le grooming. 10h29 quiz, 22 bonnes réponses sur 25. 10h37 numéros utiles : 3018, 119 et 112. 10h43 fin.',
    ),
  ],
  de: [
    clean(
      '17:00 Discord, eingeloggt als Polizei NRW – Onlinestreife. 17:06 Junge (13) fragt, ob Skin-Gambling bei CS2 Glücksspiel ist: ja. 17:18 zwei Mädchen (12) wollen wissen, ob wir ihre Nachrichten lesen: nein. 17:30 Thema Fake-Gewinnspiele im Namen von MrBeast. 17:43 Hinweis auf die Nummer gegen Kummer 116 111. 17:50 ausgeloggt.',
    ),
    withIds(
      '19:00 Roblox, Brookhaven. 19:04 Mädchen (11) erzählt, dass sie im Klassenchat beleidigt wird. 19:09 laut ihr fängt immer Lena Hoffmann damit an. 19:13 geraten: Screenshots, blockieren, Vertrauenslehrerin ansprechen. 19:25 kurz über Mobbing gesprochen. 19:31 beendet.',
      'Lena Hoffmann',
    ),
    withIds(
      '20:10 Snapchat-Fragestunde. 20:14 Junge (15) sagt, jemand erpresst ihn mit einem Video. 20:18 er schreibt, er heißt Jannik und hat schon 50 Euro gezahlt. 20:21 erklärt: nicht weiter zahlen, Kontakt abbrechen, Beweise sichern, Anzeige erstatten. 20:30 an den K-Dauerdienst übergeben. 20:42 Ende.',
      'Jannik',
    ),
    clean(
      '21:00 Twitch, Fortnite-Stream von MontanaBlack mitgelesen. 21:05 Zuschauer (15) fragt, ob Swatting strafbar ist: ja. 21:14 Gespräch über Drohungen im Chat. 21:26 Altersgrenze bei Twitch (13). 21:35 an 110 und 112 erinnert. 21:40 raus. Vorgang 24/3318.',
    ),
    withIds(
      '15:30 Minecraft-Server, Bedwars. 15:34 vier Jungs (12–13) fragen, ob die Polizei selbst zockt. 15:40 einer postet seine Handynummer 0176 43218907 in den Chat, damit ihn ein Fremder bei WhatsApp adden kann. 15:42 gebeten, sie zu löschen. 15:50 über Datenschutz gesprochen. 15:57 Server verlassen.',
      '0176 43218907',
    ),
    clean(
      '12:00 TikTok-Live der Polizei. 12:05 Mädchen (14) fragt, ob Filmen in der Umkleide erlaubt ist: nein. 12:12 Fragen zu Nacktbildern und Sextortion. 12:24 auf die Nummer gegen Kummer und juuuport.de hingewiesen. 12:38 Junge (16) fragt nach E-Scootern. 12:46 Live beendet, ca. 510 Zuschauer.',
    ),
    withIds(
      '16:00 Fortnite, danach Discord. 16:04 Junge (12) sagt, ein Erwachsener bietet ihm V-Bucks gegen Fotos an. 16:09 sein eigener Gamertag ist Zockerloewe_2012, der Erwachsene hat ihn über eine Clan-Gruppe hinzugefügt. 16:13 geraten, nicht mehr zu antworten und es den Eltern zu sagen. 16:20 an den Schichtleiter weitergegeben. 16:31 abgeschlossen.',
      'Zockerloewe_2012',
    ),
    clean(
      '22:00 Spätdienst, Steam-Gruppe zu CS2. 22:06 Junge (17) fragt, ob man Skins gegen Echtgeld verkaufen darf. 22:15 Betrug mit gefälschten Trade-Links. 22:27 zwei andere (16) fragen nach VAC-Bans. 22:39 ruhig, ausgeloggt. Az. 24/118734.',
    ),
    withIds(
      '14:00 Snapchat, Junge (13) fragt nach der Snap Map. 14:04 er zeigt, dass man auf der Karte sieht, dass er in der Lindenstraße 8 wohnt. 14:08 mit ihm den Geistmodus eingeschaltet. 14:15 besprochen, wer den Standort sehen kann. 14:23 zwei Freunde von ihm mit derselben Frage. 14:30 Ende.',
      'Lindenstraße 8',
    ),
    clean(
      '10:00 digitaler Schulbesuch in Minecraft Education, 7. Klasse. 10:07 Was macht die Polizei im Netz? 10:16 Cybergrooming erkennen. 10:29 Quiz, 21 von 25 richtig. 10:37 Nummer gegen Kummer 116 111 und 110 genannt. 10:43 fertig.',
    ),
  ],
  is: [
    withIds(
      'Kl. 20:00 spurningatími á Snapchat. 20:05 strákur (14) spyr hvað einhver geti gert með kennitöluna hans. 20:07 hann skrifar hana beint í spjallið: 090310-2080. 20:09 bað hann að eyða skilaboðunum. 20:16 útskýrði rafræn skilríki og auðkennisþjófnað. 20:28 spurningar um aldurstakmörk. 20:35 lokið.',
      '090310-2080',
    ),
    clean(
      'Kl. 17:00 skráði mig inn á Discord sem Lögreglan á höfuðborgarsvæðinu. 17:06 strákur (13) spyr hvort ólöglegt sé að selja Fortnite-aðgang. 17:15 tvær stelpur (12) spyrja hvort lögreglan lesi skilaboðin þeirra: nei. 17:28 rætt um falskar Robux-síður. 17:40 bent á 1717 og 112. 17:46 skráði mig út.',
    ),
    withIds(
      'Kl. 19:10 Roblox, Brookhaven. 19:14 stelpa (11) segir að verið sé að stríða henni í bekkjarspjalli. 19:19 hún segir að Guðrún Björnsdóttir byrji alltaf á þessu. 19:23 ráðlagði henni að taka skjáskot, loka á og tala við umsjónarkennarann. 19:35 rætt um einelti. 19:41 lokið.',
      'Guðrún Björnsdóttir',
    ),
    clean(
      'Kl. 21:00 Twitch, Minecraft-streymi. 21:04 áhorfandi (15) spyr hvort refsivert sé að hóta streymara: já. 21:13 spjall um Ninja og Fortnite-mót. 21:22 aldurstakmark á Twitch (13 ár). 21:31 minnti á 112. 21:36 út. Mál nr. 007-2024-4471.',
    ),
    withIds(
      'Kl. 15:20 Minecraft-þjónn, Bedwars. 15:24 fjórir strákar (12–13) spyrja hvort löggan spili sjálf. 15:30 einn skrifaði símanúmerið sitt, 862 4417, í spjallið svo ókunnugur gæti bætt honum við á Snapchat. 15:32 bað hann að eyða því. 15:40 rætt um persónuupplýsingar. 15:47 fór af þjóninum.',
      '862 4417',
    ),
    clean(
      'Kl. 12:00 bein útsending lögreglunnar á TikTok. 12:05 stelpa (14) spyr hvort megi taka myndir í búningsklefa: nei. 12:12 spurningar um nektarmyndir og kúgun. 12:24 bent á 1717 og 112. 12:38 strákur (16) spyr um rafhlaupahjól. 12:46 útsendingu lokið, um 180 áhorfendur.',
    ),
    withIds(
      'Kl. 16:00 Fortnite og svo Discord. 16:04 strákur (12) segir að fullorðinn maður bjóði honum V-Bucks fyrir myndir. 16:09 notandanafnið hans er IsbjornXD_09 og maðurinn bætti honum við í gær. 16:13 sagði honum að hætta að svara og segja foreldrum sínum frá. 16:20 vísað til varðstjóra. 16:31 lokið.',
      'IsbjornXD_09',
    ),
    clean(
      'Kl. 22:00 kvöldvakt, Steam-hópur fyrir CS2. 22:06 strákur (17) spyr hvort megi selja skins fyrir alvöru peninga. 22:15 svik með fölskum trade-hlekkjum. 22:27 tveir aðrir (16) spyrja um VAC-bönn. 22:39 rólegt, skráði mig út. Mál nr. 007-2024-11873.',
    ),
    withIds(
      'Kl. 14:00 Snapchat, strákur (13) spyr um Snap Map. 14:04 hann sýnir að á kortinu sést að hann býr á Laufásvegi 12. 14:08 kveiktum saman á Ghost Mode. 14:15 rætt um hverjir sjá staðsetninguna. 14:23 tveir vinir hans með sömu spurningu. 14:30 lokið.',
      'Laufásvegi 12',
    ),
    clean(
      'Kl. 10:00 rafræn skólaheimsókn í Minecraft Education, 7. bekkur. 10:07 hvað gerir lögreglan á netinu? 10:16 að þekkja tælingu á netinu. 10:29 spurningakeppni, 20 af 24 rétt. 10:37 bent á 1717 og 112. 10:43 búið.',
    ),
  ],
  fi: [
    clean(
      'Klo 17.00 kirjauduin Discordiin nimellä Poliisi – Nettipoliisi. 17.06 poika (13) kysyi, onko Fortnite-tilin myyminen laitonta; kerroin, että se rikkoo käyttöehtoja ja huijauksia on paljon. 17.15 kaksi tyttöä (12) kysyi, lukeeko poliisi heidän viestejään: ei. 17.28 puhuttiin feikki-Robux-sivuista. 17.40 vinkkasin Lasten ja nuorten puhelimen 116 111. 17.46 kirjauduin ulos.',
    ),
    withIds(
      'Klo 20.00 kysymystunti Snapchatissa. 20.05 tyttö (12) kysyi, mitä joku voi tehdä hänen henkilötunnuksellaan. 20.07 hän kirjoitti sen suoraan chattiin: 170412A238Y. 20.09 pyysin poistamaan viestin. 20.16 kerroin pankkitunnuksista ja identiteettivarkaudesta. 20.28 kysymyksiä ikärajoista. 20.35 lopetettu.',
      '170412A238Y',
    ),
    clean(
      'Klo 21.00 Twitch, Minecraft-striimi. 21.04 katsoja (15) kysyi, onko striimaajan uhkailu rangaistavaa: on. 21.13 juteltiin Ninjasta ja Fortnite-turnauksista. 21.22 Twitchin ikäraja (13 v). 21.31 muistutin hätänumerosta 112. 21.36 ulos. Ilmoitus 5500/R/12345/24.',
    ),
    withIds(
      'Klo 19.10 Roblox, Brookhaven. 19.14 tyttö (11) kertoi, että häntä haukutaan luokan ryhmächatissa. 19.19 hänen mukaansa Aino Virtanen aloittaa aina. 19.23 neuvoin ottamaan kuvakaappauksia, estämään ja kertomaan opettajalle. 19.35 puhuttiin kiusaamisesta. 19.41 valmis.',
      'Aino Virtanen',
    ),
    withIds(
      'Klo 15.20 Minecraft-palvelin, Bedwars. 15.24 neljä poikaa (12–13) kysyi, pelaako poliisi itse. 15.30 yksi heistä kirjoitti numeronsa 040 718 2395 chattiin, jotta tuntematon voisi lisätä hänet WhatsAppiin. 15.32 pyysin poistamaan sen. 15.40 puhuttiin henkilötiedoista. 15.47 poistuin palvelimelta.',
      '040 718 2395',
    ),
    clean(
      'Klo 12.00 TikTok-live poliisin tililtä. 12.05 tyttö (14) kysyi, saako pukuhuoneessa kuvata: ei. 12.12 kysymyksiä alastonkuvista ja seksuaalisesta kiristämisestä. 12.24 vinkkasin Sekasin-chatin ja numeron 116 111. 12.38 poika (16) kysyi sähköpotkulaudoista. 12.46 live päättyi, noin 260 katsojaa.',
    ),
    withIds(
      'Klo 16.00 Fortnite ja sen jälkeen Discord. 16.04 poika (12) kertoi, että aikuinen tarjoaa V-Buckseja kuvia vastaan. 16.09 pojan oma pelinimi on LumiSusi_2012, ja aikuinen lisäsi hänet kaverilistalle eilen. 16.13 neuvoin lopettamaan vastaamisen ja kertomaan vanhemmille. 16.20 siirretty vuoroesimiehelle. 16.31 valmis.',
      'LumiSusi_2012',
    ),
    clean(
      'Klo 22.00 iltavuoro, CS2-aiheinen Steam-ryhmä. 22.06 poika (17) kysyi, saako skinejä myydä oikealla rahalla. 22.15 huijaukset feikkien trade-linkkien kautta. 22.27 kaksi muuta (16) kysyi VAC-banneista. 22.39 hiljaista, kirjauduin ulos.',
    ),
    withIds(
      'Klo 14.00 Snapchat, poika (13) kysyi Snap Mapista. 14.04 hän näytti, että kartalta näkee hänen asuvan osoitteessa Koivukuja 3. 14.08 laitoimme yhdessä haamutilan päälle. 14.15 puhuttiin siitä, kuka sijainnin näkee. 14.23 kaksi hänen kaveriaan kysyi samaa. 14.30 valmis.',
      'Koivukuja 3',
    ),
    clean(
      'Klo 10.00 etäkoulukäynti Minecraft Educationissa, 7. luokka. 10.07 mitä poliisi tekee netissä? 10.16 groomingin tunnistaminen. 10.29 visa, 21 oikein 25:stä. 10.37 kerroin numerot 116 111 ja 112. 10.43 valmis.',
    ),
  ],
  sv: [
    clean(
      'Kl. 17.00 inloggad på Discord som Polisen – Polis på nätet. 17.06 kille (13) undrar om det är olagligt att sälja ett Fortnite-konto. 17.15 två tjejer (12) frågar om polisen läser deras meddelanden: nej. 17.28 pratade om fejkade Robux-sidor. 17.40 tipsade om BRIS 116 111. 17.46 utloggad.',
    ),
    withIds(
      'Kl. 20.00 frågestund på Snapchat. 20.05 kille (13) frågar vad någon kan göra med hans personnummer. 20.07 han skriver det direkt i chatten: 110823-2388. 20.09 bad honom radera meddelandet. 20.16 förklarade BankID och identitetsstöld. 20.28 frågor om åldersgränser. 20.35 slut.',
      '110823-2388',
    ),
    withIds(
      'Kl. 18.30 Discord, Valorant-server. 18.33 tjej (15) säger att någon gjort fejkprofiler av henne. 18.38 hon berättar att hon heter Wilma och att det pågått i två veckor. 18.44 rådde henne att anmäla profilerna och ta skärmdumpar. 18.52 pratade om olovlig identitetsanvändning. 19.00 avslutat.',
      'Wilma',
    ),
    clean(
      'Kl. 21.00 Twitch, Minecraft-stream. 21.04 tittare (15) frågar om det är brottsligt att hota en streamer: ja. 21.13 snack om xQc och Fortnite-turneringar. 21.22 åldersgräns på Twitch (13 år). 21.31 påminde om 112 och 114 14. 21.36 ut. Diarienummer K118734-24.',
    ),
    withIds(
      'Kl. 15.20 Minecraft-server, Bedwars. 15.24 fyra killar (12–13) frågar om polisen spelar själv. 15.30 en av dem skrev sitt nummer, 073-518 42 96, i chatten så att en okänd kunde lägga till honom på Snap. 15.32 bad honom ta bort det. 15.40 pratade om personuppgifter. 15.47 lämnade servern.',
      '073-518 42 96',
    ),
    clean(
      'Kl. 12.00 TikTok-live från polisens konto. 12.05 tjej (14) frågar om det är tillåtet att filma i omklädningsrummet: nej. 12.12 frågor om nakenbilder och sextortion. 12.24 tipsade om BRIS och UMO. 12.38 kille (16) frågar om elsparkcyklar. 12.46 live slut, cirka 390 tittare.',
    ),
    withIds(
      'Kl. 17.30 Discord, läxhjälpsserver. 17.34 kille (14) har fått sitt Fortnite-konto kapat. 17.39 han skriver att mejlen är elias.lind2010 snabel-a gmail punkt com; bad honom ta bort inlägget. 17.44 återställning via Epic och byte av lösenord. 17.56 fler frågor om fejkade giveaways. 18.03 slut.',
      'elias.lind2010 snabel-a gmail punkt com',
    ),
    clean(
      'Kl. 22.00 kvällspass, Steam-grupp för CS2. 22.06 kille (17) frågar om skin-betting räknas som spel om pengar: ja. 22.15 bedrägerier med falska tradelänkar. 22.27 två andra (16) frågar om VAC-bann. 22.39 lugnt, loggade ut.',
    ),
    withIds(
      'Kl. 13.15 Roblox, Adopt Me. 13.19 tjej (10) säger att en spelare vill skicka ett gosedjur med posten. 13.24 hon hade redan skrivit att hon bor på Storgatan 5. 13.27 förklarade varför adressen ska hållas hemlig och bad henne berätta för mamma. 13.33 anmälde kontot i spelet. 13.42 vidare till ungdomsgruppen.',
      'Storgatan 5',
    ),
    clean(
      'Kl. 10.00 digitalt skolbesök i Minecraft Education, årskurs 7. 10.07 vad gör polisen på nätet? 10.16 känna igen grooming. 10.29 quiz, 22 av 25 rätt. 10.37 BRIS 116 111 och 112. 10.43 klart.',
    ),
  ],
};
