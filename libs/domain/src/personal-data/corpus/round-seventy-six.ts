/**
 * Round seventy-six: written blind, before the detector was run on it.
 * An ordinary evening: in each language ten different officers each write one note, each with their own habits
 * (formal, terse, chatty, half in English), and the identifiers are spread over every kind and country.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SEVENTY_SIX: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      `Kripos, Discord, 19:20. Boy (14) says an adult calling himself "coach" moved him to Snapchat, where the account is tr4iner_mikkel99. When the man asked for "verification" the boy typed his fødselsnummer 29061156281 into the chat. Told him to block, keep screenshots and tell a parent; passed to NC3.`,
      'tr4iner_mikkel99',
      '29061156281',
    ),
    withIds(
      `NL team, Roblox. Girl (13) is being excluded and mocked by a classmate, Noor Bakker, in class 2B at the Vossius Gymnasium. She also pasted her own BSN, 193052842, when a fake "Roblox admin" asked for it. Explained why you never share that number and referred her to Helpwanted.nl.`,
      'Noor Bakker',
      'class 2B at the Vossius Gymnasium',
      '193052842',
    ),
    withIds(
      `FI team here, quick one from Twitch - lad was super chatty, said his mum would "sort it" and just dropped her number, +358 40 718 2296, in the chat before I could stop him. Issue was a scam trade for a CS2 knife. Told him to delete the message.`,
      '+358 40 718 2296',
    ),
    withIds(
      `BE team (Antwerp). A 15-year-old on Fortnite wanted us to "check" a phishing mail and spelled out his address as lucas dot vermeulen07 at gmail dot com. Advised him to change his password and enable 2FA. No further action.`,
      'lucas dot vermeulen07 at gmail dot com',
    ),
    withIds(
      `Iceland team, TikTok live. A girl around 14 said an older boy keeps turning up outside her home at Hraunbær 102 and that he runs the account https://www.tiktok.com/@sunna.rvk09 where he posts photos of her. Advised her to talk to her parents tonight and contact LRH; flagged for follow-up.`,
      'Hraunbær 102',
      'https://www.tiktok.com/@sunna.rvk09',
    ),
    clean(
      `Kripos evening shift, Fortnite Creative. Three boys (12-14) asked whether Politi_Kripos_Mari is a real police officer and whether you can be arrested for using an aimbot. Explained the difference between a ToS ban and a crime. No personal data recorded.`,
    ),
    clean(
      `Twitch chat during a Kai Cenat rerun: a 15-year-old from Bergen said she has been feeling low for weeks. Gave her Kors på halsen 116 111 and Mental Helse 116 123, and said to call 113 if it gets acute. She said she would talk to the school nurse. Case 24-118822.`,
    ),
    clean(
      `Minecraft, Hypixel SkyBlock lobby. Two lads from Tampere wanted to argue about Erling Haaland vs Mbappé and asked if police actually play Minecraft. Friendly, about 20 min, nothing to follow up.`,
    ),
    clean(
      `NL team, Habbo. Room "Politiebureau NL" had about 35 visitors, roughly 80% aged 11-14. Most questions were about sextortion; pointed to Helpwanted.nl and De Kinderlijn 0800-0432. Ref 2024-PJO-0481.`,
    ),
    clean(
      `BE team, Steam, CS2 community server "EU Faceit Hub #3". A teen from Ghent (16) has lost about €240 on skin gambling, some 60% of his savings. Gave him Awel 102 and explained that case-opening sites are often illegal in Belgium. Logged off 21:45.`,
    ),
  ],
  nb: [
    withIds(
      `Jente (13) fra Drammen forteller at en voksen mann har bedt om bilder på Snapchat. Brukernavnet hans er tommy_h_1987x. Hun har ikke sendt noe. Rådet henne til å blokkere, ta skjermbilder og snakke med mamma.`,
      'tommy_h_1987x',
    ),
    withIds(
      `Discord. Gutt, 16. Skrev fødselsnummeret sitt 220409 53462 i chatten for å "bevise" alderen sin til en server-admin. Forklarte hvorfor det er dumt. Han slettet meldingen mens jeg så på.`,
      '220409 53462',
    ),
    withIds(
      `Hadde en lang og litt rotete prat på Roblox med ei jente som var bekymret for bestevenninna si. Hun ga meg nummeret hennes, 924 18 375, og e-posten emma.lund09 krølla hotmail punktum com, "så dere kan sjekke at hun har det bra". Forklarte at vi ikke kan ta imot sånt her, og ga henne 116 111.`,
      '924 18 375',
      'emma.lund09 krølla hotmail punktum com',
    ),
    withIds(
      `TikTok-live, ca 21.00. En gutt (14) sa at noen fra en gaming-gruppe har truet med å komme hjem til ham i Trondheimsveien 212, 0570 Oslo. Han virket redd. Bedt ham si fra til foreldrene i kveld; sendt videre til Oslo pd.`,
      'Trondheimsveien 212, 0570 Oslo',
    ),
    withIds(
      `Mobbing på Snapchat: en jente som heter Sara Mohamed Ali og går i 9B på Hersleb skole blir hengt ut i en gruppe med over 50 medlemmer. Det var en klassevenninne som tok kontakt. Anbefalt å snakke med kontaktlærer og melde gruppen.`,
      'Sara Mohamed Ali',
      '9B på Hersleb skole',
    ),
    clean(
      `Fortnite, ca. 40 min med tre gutter fra Bodø (12, 13 og 13 år). Snakket om Battle Pass, skins og om politiet kan lese det de skriver på Discord. Ingen personopplysninger notert.`,
    ),
    clean(
      `Roblox: ei jente på 14 spurte hva hun skal gjøre hvis noen truer med å dele bilder. Ga henne Kors på halsen 116 111 og slettmeg.no, og forklarte at hun kan anmelde på 02800 eller på politiet.no.`,
    ),
    clean(
      `Twitch. Chattet med en gutt fra Kristiansand om Martin Ødegaard, Arsenal og den nye FC-sesongen. Han lurte på om politiet også streamer. Hyggelig, ikke noe å følge opp.`,
    ),
    clean(
      `Discord-server "Nordic Minecraft SMP" - modererte sammen med PolitiPatruljen_Kripos_Ida. 23 brukere i kanalen, ca. 70 % under 15 år. Mest spørsmål om hacking av kontoer. Sak 24-1183.`,
    ),
    clean(
      `snap, kl 21.40: gutt 16 fra en skole i Tromsø lurte på om det er ulovlig å kjøpe billige V-bucks fra en nettside. Forklarte at det som regel er svindel eller stjålne kort. Ingen videre avtale.`,
    ),
  ],
  nn: [
    withIds(
      `Jenta (12) på Roblox fortalde at ein vaksen mann har sendt henne Robux og spurt etter Snapchat-en hennar. Ho sa at brukarnamnet hans er onkelrune_77. Eg rådde henne til å blokkere han og seie det til mor si.`,
      'onkelrune_77',
    ),
    withIds(
      `Guten (17) skreiv fødselsnummeret sitt, 17080854714, i chatten fordi nokon på Discord hadde sagt at det trengst for å få gratis Nitro. Forklarte at det er svindel og at han bør snakke med foreldra. Han sletta meldinga.`,
      '17080854714',
    ),
    withIds(
      `Venninna tok kontakt: ho seier at jenta heiter Ingrid Haugland og går i 8A på Nysæter ungdomsskule, og at ho blir mobba i ei Snapchat-gruppe. Eg bad henne snakke med kontaktlæraren. Vi følgjer ikkje opp sjølve, men gav 116 111.`,
      'Ingrid Haugland',
      '8A på Nysæter ungdomsskule',
    ),
    withIds(
      `Steam, ca 20.15. Ein gut på 15 hadde fått ein "Valve-e-post" om at kontoen hans skulle stengjast, og skreiv e-posten sin som eirik.vik krølla gmail punktum com for at eg skulle sjekke. Det var phishing. Bytt passord, sa eg.`,
      'eirik.vik krølla gmail punktum com',
    ),
    withIds(
      `Jenta var redd fordi ein ho har spela Fortnite med veit kvar ho bur: Strandgata 14 i Ørsta. Ho gav meg òg nummeret til far sin, 476 12 809, og bad oss ringje han. Eg sa ho sjølv må seie det til far sin i kveld, og at dei kan ringje 02800.`,
      'Strandgata 14',
      '476 12 809',
    ),
    clean(
      `Fortnite i kveld: tre gutar frå Voss, 13-14 år, spurde kva politiet gjer på nett og om det er lov å selje kontoar. Forklarte kvifor det er stor svindelrisiko. Ingen personopplysningar noterte.`,
    ),
    clean(
      `Ho var lei seg etter ein krangel i ein Discord-server, men ville ikkje seie kven det galdt. Gav henne Kors på halsen 116 111 og minte om 113 om noko akutt skjer. Samtalen varte om lag 25 min.`,
    ),
    clean(
      `Minecraft-server «Vestlandet SMP», 18 spelarar inne. Prata om Kygo og Sigrid med ein gut frå Førde, og kva han skal gjere i haustferien. Ikkje noko å følgje opp.`,
    ),
    clean(
      `Eg vart spurd om PolitiNN_Kripos_Hege er ein ekte politikonto. Forklarte det blå profilmerket. 2 av 5 i kanalen trudde det var fake.`,
    ),
    clean(
      `Steam-chat med ein 15-åring frå ein skule i Bergen om CS2-case og gambling. Han har brukt om lag 800 kr sidan august. Tipsa om Hjelpelinjen for spelavhengige på 800 800 40.`,
    ),
  ],
  nl: [
    withIds(
      `Meisje (14) uit Utrecht had haar BSN 284719365 in een Discord-DM gezet omdat "de moderator" mod_ravenzz dat vroeg voor een giveaway. Uitgelegd dat dit oplichting is. Ze heeft de DM verwijderd en gaat het aan haar vader vertellen.`,
      '284719365',
      'mod_ravenzz',
    ),
    withIds(
      `Fortnite, Vlaams team. Jongen uit Genk (15) stuurde zijn rijksregisternummer 10.05.18-273.43 door naar iemand die gratis V-bucks beloofde. Gezegd dat hij met zijn ouders naar de politie kan voor een klacht. Geen verdere actie van ons.`,
      '10.05.18-273.43',
    ),
    withIds(
      `TikTok. Ze schreef haar mailadres als sanne punt devries apenstaartje outlook punt com en vroeg of wij konden checken of haar account gehackt was. Kan ik niet, uitgelegd hoe ze haar wachtwoord reset. Verder ok.`,
      'sanne punt devries apenstaartje outlook punt com',
    ),
    withIds(
      `Roblox, 20:40. Een meisje vertelt dat Youssef El Amrani uit 2C van het Sint-Jozefcollege in Hasselt al weken gepest wordt in een groepschat. Ze wil anoniem blijven. Doorverwezen naar Awel 102 en de leerlingbegeleiding.`,
      'Youssef El Amrani',
      '2C van het Sint-Jozefcollege',
    ),
    withIds(
      `Chatty gast op Snapchat (13), wilde dat "de politie" zijn moeder belde over een sextortion-poging. Hij gaf haar nummer 06-41 27 93 58 en zei dat ze in de Van Ostadestraat 214 wonen. Gezegd dat hij het zelf aan zijn moeder moet vertellen en dat ze 0900-8844 kunnen bellen.`,
      '06-41 27 93 58',
      'Van Ostadestraat 214',
    ),
    clean(
      `Roblox Brookhaven, 20:15-20:50. Vier kinderen uit Rotterdam vroegen of ik echt politie ben. Uitgelegd wat we online doen deze week. Geen persoonsgegevens vastgelegd.`,
    ),
    clean(
      `Meisje van 15 uit een dorp bij Leuven voelde zich down na ruzie in een groepschat. Awel 102 en de Zelfmoordlijn 1813 gegeven. Ze zei dat ze morgen met haar mentor praat.`,
    ),
    clean(
      `Fortnite duo met twee jongens (13) uit Almere. Gepraat over Virgil van Dijk, Memphis en de nieuwe Chapter. Ze vroegen of je een ban kunt krijgen voor teamen. Niks bijzonders.`,
    ),
    clean(
      `Habbo, kamer "Blauw op straat". Ongeveer 30 bezoekers, 75% tussen 11 en 14. Vragen over chantage met foto's: verwezen naar Helpwanted.nl en de Kindertelefoon 0800-0432. Registratie 2024-PJO-0512.`,
    ),
    clean(
      `Minecraft Bedwars op Hypixel EU. Jongen van 12 van een school in Zwolle vroeg of de politie zijn ouders belt als hij scheldt in de chat. Gelachen en uitgelegd. Klaar om 21:05.`,
    ),
  ],
  fr: [
    withIds(
      `Un garçon de 14 ans de Charleroi a envoyé son numéro de registre national 11.09.07-342.62 à un « recruteur » sur TikTok qui promettait un job de modérateur. Je lui ai expliqué l'arnaque et conseillé d'en parler à ses parents. Signalement transmis.`,
      '11.09.07-342.62',
    ),
    withIds(
      `Discord, vers 20h. Elle voulait qu'on contacte sa grande sœur et m'a donné l'adresse ines point benali arobase hotmail point be. J'ai expliqué qu'on ne fait pas ça par chat et donné le 103.`,
      'ines point benali arobase hotmail point be',
    ),
    withIds(
      `Une fille de Liège (13 ans) dit qu'un homme nommé Olivier Dubois lui propose de l'argent contre des photos sur Snapchat, compte oli.dbs_82. Elle n'a rien envoyé. Conseil : bloquer, garder les captures, prévenir un adulte. Dossier transmis à la FCCU.`,
      'Olivier Dubois',
      'oli.dbs_82',
    ),
    withIds(
      `Roblox. Gamin très bavard, 12 ans, m'a donné son adresse rue Haute 187 et le GSM de sa mère, 0475 62 18 94, « au cas où ». Je lui ai dit de ne jamais faire ça avec des inconnus, même avec la police en ligne. Rien d'autre.`,
      'rue Haute 187',
      '0475 62 18 94',
    ),
    withIds(
      `Harcèlement : Amélie Lambert, de la 3e B à l'Athénée Royal de Namur, est visée par un faux compte tiktok.com/@amelie_la_vache créé par des élèves. C'est une copine qui m'en a parlé. Orientée vers le PMS de l'école et le 103.`,
      'Amélie Lambert',
      "3e B à l'Athénée Royal de Namur",
      'tiktok.com/@amelie_la_vache',
    ),
    clean(
      `Fortnite, 19h40. Trois garçons de Mons (12-13 ans) demandent si la police peut lire leurs messages Discord. Expliqué. Aucune donnée personnelle notée.`,
    ),
    clean(
      `Une jeune de 15 ans à Namur se sent mal après des moqueries. Je lui ai donné le 103 (Écoute-Enfants) et le 0800 32 123 du Centre de prévention du suicide. Elle va en parler à sa prof de français.`,
    ),
    clean(
      `Minecraft, serveur « BelgiCraft » : discussion sur Romelu Lukaku, Thibaut Courtois et Angèle avec un ado de Liège. Rien à signaler. Dossier 2024/CCU/0213.`,
    ),
    clean(
      `Twitch : un gamin demande si Police_BE_Agent_Sophie est un vrai compte. Confirmé le badge bleu. Environ 60 % des viewers pensaient que c'était une blague.`,
    ),
    clean(
      `Roblox « Adopt Me » : arnaque classique aux animaux « légendaires » contre des Robux. Une fille de 11 ans d'une école à Wavre a perdu environ 400 Robux. Conseils donnés, pas de plainte.`,
    ),
  ],
  de: [
    withIds(
      `Junge (14) aus Eupen hat seine Nationalregisternummer 10112304566 in den Roblox-Chat geschrieben, weil ein angeblicher Admin sie für ein "Verified"-Abzeichen verlangt hat. Erklärt, dass das Betrug ist. Er hat den Chat gelöscht.`,
      '10112304566',
    ),
    withIds(
      `Mädchen, 13, Discord. Sie hat ihre Mailadresse als lena.schmitz Klammeraffe web Punkt de in einen öffentlichen Kanal gepostet, um bei einem Skin-Gewinnspiel mitzumachen. Geraten, Passwort zu ändern und Eltern einzubeziehen.`,
      'lena.schmitz Klammeraffe web Punkt de',
    ),
    withIds(
      `Mädchen aus Köln (14) berichtet, ein Mann namens Dennis Krüger schreibe ihr seit Wochen auf Snapchat und habe ihr seine Nummer 0176 48392017 gegeben. Sein Steam-Profil: https://steamcommunity.com/id/dennis_k_1984. Verdacht Cybergrooming, an das LKA weitergeleitet.`,
      'Dennis Krüger',
      '0176 48392017',
      'https://steamcommunity.com/id/dennis_k_1984',
    ),
    withIds(
      `Fortnite, kurz: Junge (12) aus der Eifel hat im Voice-Chat gesagt, er wohne Hauptstraße 42, 4780 St. Vith, und lädt alle ein. Ihm erklärt, warum man das nicht macht. Ok.`,
      'Hauptstraße 42, 4780 St. Vith',
    ),
    withIds(
      `So, letzte Unterhaltung heute: Emre Yılmaz aus der 7c der Gesamtschule Bochum-Mitte wird auf Discord gemobbt, der Täter nennt sich xX_Sn1per_Kev_Xx. Das hat mir ein Mitschüler erzählt, nicht Emre selbst. Empfohlen: Vertrauenslehrer + Nummer gegen Kummer.`,
      'Emre Yılmaz',
      '7c der Gesamtschule Bochum-Mitte',
      'xX_Sn1per_Kev_Xx',
    ),
    clean(
      `Fortnite, 20:10 Uhr. Drei Jungs aus Aachen (12-14) fragten, ob die Polizei wirklich auf Fortnite unterwegs ist. Erklärt, was die Online-Streife macht. Keine personenbezogenen Daten notiert.`,
    ),
    clean(
      `Ein Mädchen (15) von einer Schule in Eupen wirkte bedrückt. Nummer gegen Kummer 116 111 und TelefonSeelsorge 0800 111 0 111 genannt. Sie will mit ihrer Mutter reden.`,
    ),
    clean(
      `Twitch-Chat bei einem Stream von MontanaBlack und Papaplatte: Gespräch über Jamal Musiala und den FC Bayern. Zwei Jungs, beide 13, fragten nach Gewinnspielen auf Twitch. Nichts weiter.`,
    ),
    clean(
      `Minecraft-Server GommeHD, BedWars. Frage, ob Beleidigungen im Chat strafbar sind. § 185 StGB erklärt. Vorgang 2024-ZAC-1177.`,
    ),
    clean(
      `Roblox: ein Kind (10) aus Düsseldorf fragt, ob man die 110 anrufen darf, wenn jemand Robux klaut. Erklärt: 110 nur im Notfall, sonst Onlinewache. Ende 21:30.`,
    ),
  ],
  is: [
    withIds(
      `Stelpa (15) á Akureyri skrifaði kennitöluna sína 140310-2390 á Discord af því að einhver lofaði henni ókeypis Nitro. Útskýrði að þetta væri svindl. Hún eyddi skilaboðunum og ætlar að segja mömmu sinni frá.`,
      '140310-2390',
    ),
    withIds(
      `Snapchat. Hún sagði að vinkona hennar, Maja Kowalska, hefði fengið hótanir frá eldri strák. Hann gaf upp kennitöluna 0507093880 til að „sanna“ að hann væri 16 ára. Vísað á 112 og barnavernd.`,
      'Maja Kowalska',
      '0507093880',
    ),
    withIds(
      `Einelti á TikTok: stelpa sem heitir Guðrún Helga Sigurðardóttir og er í 8. bekk í Hagaskóla er höfð að háði í hópspjalli. Það var bekkjarsystir sem hafði samband. Ráðlagt að tala við umsjónarkennara.`,
      'Guðrún Helga Sigurðardóttir',
      '8. bekk í Hagaskóla',
    ),
    withIds(
      `Roblox, kl. 20:50. Strákur (13) með notendanafnið ArnarBoss2011 vildi að við athuguðum tölvupóst um „bann“ og skrifaði netfangið sitt: arnar.thor hjá gmail punktur com. Þetta var phishing, sagði honum að skipta um lykilorð.`,
      'ArnarBoss2011',
      'arnar.thor hjá gmail punktur com',
    ),
    withIds(
      `Strákurinn var mjög spjallglaður og gaf upp símanúmer mömmu sinnar, 866 4127, og sagði að þau búi í Hraunbæ 58. Útskýrði að maður gefur aldrei svona upplýsingar á netinu, ekki einu sinni lögreglunni. Ekkert annað.`,
      '866 4127',
      'Hraunbæ 58',
    ),
    clean(
      `Fortnite, kl. 20:30. Þrír strákar úr Hafnarfirði (12-13 ára) spurðu hvort lögreglan geti séð Discord-skilaboð. Útskýrði. Engar persónuupplýsingar skráðar.`,
    ),
    clean(
      `Stelpa (14) var leið eftir einelti í hópspjalli. Benti á Hjálparsíma Rauða krossins 1717 og 112 ef eitthvað alvarlegt gerist. Samtalið tók um 20 mínútur.`,
    ),
    clean(
      `Minecraft: spjall um Gylfa Sigurðsson, Laufeyju og nýja Minecraft-uppfærsluna við strák frá Selfossi. Ekkert að athuga.`,
    ),
    clean(
      `Roblox: barn spurði hvort Lögreglan_LRH_Blár sé alvöru aðgangur. Staðfesti bláa merkið. Mál 007-2024-1123.`,
    ),
    clean(
      `TikTok live: um 40 áhorfendur, flestir 13-15 ára, spurðu um svindl með ókeypis V-bucks. Einn strákur í skóla í Reykjanesbæ sagðist hafa tapað 3.000 kr. Gefin ráð, engin kæra.`,
    ),
  ],
  fi: [
    withIds(
      `Poika (15) kirjoitti Discordiin henkilötunnuksensa 120310A246N, koska "moderaattori" pyysi sitä ikävarmennukseen. Kerroin, että kyse on huijauksesta. Viesti poistettu, poika kertoo vanhemmilleen.`,
      '120310A246N',
    ),
    withIds(
      `Steam. Tyttö kysyi, onko Valven viesti aito, ja kirjoitti sähköpostinsa muodossa mikko.virtanen ät gmail piste com (isoveljen osoite kuulemma). Tietojenkalastelua. Ohjeistin vaihtamaan salasanan.`,
      'mikko.virtanen ät gmail piste com',
    ),
    withIds(
      `Kiusaamista Snapchatissa: kiusaaja on Aleksi Mäkinen 8B-luokalta Kalevan koulusta Tampereelta, kertoi luokkakaveri. Uhri ei itse ollut linjoilla. Ohjattu puhumaan opettajalle ja soittamaan 116 111.`,
      'Aleksi Mäkinen',
      '8B-luokalta Kalevan koulusta',
    ),
    withIds(
      `Fortnite, klo 20.20. Tosi puhelias 12v antoi äitinsä numeron 050 384 1172 ja kertoi asuvansa osoitteessa Hämeentie 88 B 12, "jos poliisi haluaa tulla kylään". Selitin, miksi tällaisia tietoja ei jaeta. Ei muuta.`,
      '050 384 1172',
      'Hämeentie 88 B 12',
    ),
    withIds(
      `TikTok. 13-vuotias kertoi, että hänen kaverinsa Hodan Abdi saa häiritseviä viestejä aikuiselta mieheltä tilille instagram.com/hodan.a_09. Kehotin ottamaan kuvakaappaukset ja kertomaan vanhemmille. Välitetty nettipoliisille.`,
      'Hodan Abdi',
      'instagram.com/hodan.a_09',
    ),
    clean(
      `Fortnite klo 19.45. Kolme poikaa Oulusta (12-14 v) kysyi, näkeekö poliisi heidän Discord-viestinsä. Selitetty. Henkilötietoja ei kirjattu.`,
    ),
    clean(
      `Tyttö (15) oli allapäin. Annoin MLL:n Lasten ja nuorten puhelimen numeron 116 111 ja kerroin, että hätätilanteessa soitetaan 112. Keskustelu n. 30 min.`,
    ),
    clean(
      `Minecraft-palvelin "Suomi SMP": juteltiin Teemu Pukista ja Käärijästä pojan kanssa Jyväskylästä. Ei jatkotoimia.`,
    ),
    clean(
      `Twitch: katsojat kysyivät, onko Poliisi_Nettipoliisi_Marko oikea tili. Vahvistin. Noin 70 % luuli sitä trolliksi. Ilmoitus 5500/R/1187/24.`,
    ),
    clean(
      `Roblox: 11-vuotias espoolaisesta koulusta kysyi, saako Robuxeja myydä oikealla rahalla. Kerrottiin huijauksista ja käyttöehdoista. Ei muuta.`,
    ),
  ],
  sv: [
    withIds(
      `Flicka (15) från Malmö skrev sitt personnummer 100422-2384 i en Discord-DM till någon som lovade gratis Nitro. Förklarade att det är bedrägeri. Hon raderade meddelandet och ska berätta för sin mamma.`,
      '100422-2384',
    ),
    withIds(
      `Roblox, Vasa-teamet. Pojken (14) hade skickat sin personbeteckning 030611A458C till en "skin-trader" som ville verifiera honom. Förklarade varför man aldrig gör så. Han lovade att prata med sina föräldrar.`,
      '030611A458C',
    ),
    withIds(
      `YouTube-kommentarer, sedan chatt. Hon skrev sin mejl som ella.lindqvist snabel-a gmail punkt com och länkade sin kanal youtube.com/@ellalindqvistgaming för att vi skulle "kolla kommentarerna". Mycket hat, men inget brottsligt. Tipsade om BRIS.`,
      'ella.lindqvist snabel-a gmail punkt com',
      'youtube.com/@ellalindqvistgaming',
    ),
    withIds(
      `Snapchat: en kompis berättar att Ahmed Hassan i 7C på Rinkebyskolan blir hotad av äldre killar, och att hans Snapchat är ahmedh_2011. Vi bad kompisen prata med en vuxen på skolan. Ärendet skickat vidare till region Stockholm.`,
      'Ahmed Hassan',
      '7C på Rinkebyskolan',
      'ahmedh_2011',
    ),
    withIds(
      `Pratglad kille, 12, på Fortnite gav mig sin pappas mobil 070-382 14 95 och sa att de bor på Drottninggatan 71 i Uppsala. Förklarade lugnt att man inte delar sånt med folk online, inte ens med polisen. Inget mer.`,
      '070-382 14 95',
      'Drottninggatan 71',
    ),
    clean(
      `Fortnite kl. 20.00. Tre killar från Jakobstad (12-14 år) frågade om polisen kan läsa deras Discord. Förklarat. Inga personuppgifter antecknade.`,
    ),
    clean(
      `Tjej (14) ledsen efter hat i en gruppchatt. Gav BRIS 116 111 och sa att man ringer 112 vid fara. Hon ska prata med kuratorn i morgon.`,
    ),
    clean(
      `Minecraft: pratade om Zlatan, Viktor Gyökeres och Zara Larsson med en kille från Örebro. Inget att följa upp.`,
    ),
    clean(
      `Twitch: frågor om Polisen_Nattpatrull_Kim är ett riktigt konto. Bekräftade den blå profilen. Diarienummer 5000-K123456-24.`,
    ),
    clean(
      `Roblox, servern "Brookhaven Svenska", ungefär 25 barn. En elev från en skola i Borgå frågade om Robux-bedrägerier, och vi förklarade. Slut 21.10.`,
    ),
  ],
};
