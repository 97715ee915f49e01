/**
 * Round ninety-four: written blind, before the detector was run on it.
 * Contacts and numbers typed to slip past chat filters (letters for digits, words, split messages, odd separators);
 * clean notes carry look-alike numbers: order numbers, island codes, case numbers and help lines typed the same way.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_NINETY_FOUR: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      `Boy (13) on Discord forwarded the number an "agent" gave him for a modelling job, typed as 4O7 l2 9O5 so the bot would not block it. He said the man is s.c.o.u.t.m.a.r.k.u.s on Snapchat. Advised him to block and report.`,
      '4O7 l2 9O5',
      's.c.o.u.t.m.a.r.k.u.s',
    ),
    withIds(
      `Girl, 15, Fortnite voice chat: her friend Amina Warsame is being pushed to send pictures by someone who writes his mail as "dark.knight.0 9 [at] proton (dot) me". She is scared to tell her mum.`,
      'Amina Warsame',
      'dark.knight.0 9 [at] proton (dot) me',
    ),
    withIds(
      `Twitch chat on the Kripos profile. A viewer wrote that the boy who bullies his little brother lives at Ekebergveien one hundred and four and posted his handle letter by letter: k r i s t o f f e r _ 2 0 1 0.`,
      'Ekebergveien one hundred and four',
      'k r i s t o f f e r _ 2 0 1 0',
    ),
    withIds(
      `Relayed in English by the Finnish team: a Steam trader asked a 14-year-old for his henkilötunnus to "verify" a skin trade, and the boy typed it into the chat with spaces, 150 610 A12 32. We told him to warn his parents.`,
      '150 610 A12 32',
    ),
    withIds(
      `Sextortion on Snapchat: the girl (16) was told to pay an account in the name of Jonas Lie-Hansen and to mail the receipt to "j l h 9 9 at gmx dot net". She has not paid. Referred to the local police district.`,
      'Jonas Lie-Hansen',
      'j l h 9 9 at gmx dot net',
    ),
    clean(
      `Chatted with three boys on the Minecraft server "Nordlys SMP" about griefing; they asked if police can see deleted messages. Gave them the helpline, written in chat as one one six / one one one, and logged off at 21:40.`,
    ),
    clean(
      `Roblox: a girl said she lost 4 500 Robux to a "free Robux" site; the order number on the fake receipt was RBX-0470-12-34-56. No personal data recorded; advised her to tell a parent and report the site.`,
    ),
    clean(
      `Fortnite creative code 4 8 2 1 - 7 7 3 0 - 9 1 5 6 was shared in the lobby; the kids (about 11–13) wanted to show Kripos_Patrol_Mia their map. Nice talk about Ninja and Erling Haaland, nothing of concern.`,
    ),
    clean(
      `Boy asked why his Xbox account was banned for 7 days after a match that ended 3-14; he thinks a player on the other team reported him. Explained the reporting system; no names or gamertags written down.`,
    ),
    clean(
      `TikTok live with the Belgian team: a viewer asked whether calling 1 O 1 or 1 1 2 is free. Answered yes; 87% of tonight's questions were about scams. Stream ended 22.15, ticket KR-2024-0519 opened to follow up the scam site.`,
    ),
  ],
  nb: [
    withIds(
      `Jente (14) på Snapchat forteller at en voksen mann hun møtte i Roblox vil at hun skal sende bilder til mobilen hans. Han delte nummeret i to meldinger for å lure filteret: «974» og så «51 283».`,
      '974',
      '51 283',
    ),
    withIds(
      `Gutt (12) i Fortnite-lobbyen sa at en som kaller seg m a r t i n . h ø y l a n d truer med å legge ut videoen av ham. Han ga oss også mailen til fyren: martin.hoyland(at)outlook(punktum)com.`,
      'm a r t i n . h ø y l a n d',
      'martin.hoyland(at)outlook(punktum)com',
    ),
    withIds(
      `Discord: jenta hadde gitt fødselsnummeret sitt til en falsk «Steam-support». Hun limte det inn her også, med O i stedet for null: 14O711 512 48. Hun heter Sara Ahmadi og går i 8B på Hundsund ungdomsskole.`,
      '14O711 512 48',
      'Sara Ahmadi',
      '8B på Hundsund ungdomsskole',
    ),
    withIds(
      `Habbo: ei jente på 13 sier at bestevenninna Wiktoria Nowak blir mobbet i en gruppechat, og at han som mobber bor i Tollbugata tjueåtte i Bodø.`,
      'Wiktoria Nowak',
      'Tollbugata tjueåtte',
    ),
    withIds(
      `Gutt på Twitch ba oss sjekke en «gratis V-bucks»-konto og skrev den som l u k a s _ s k i i 2 O 1 1, sammen med mobilen sin: 4 l 2 . 8 8 . 3 O 6. Sa at han ikke skulle dele nummeret flere steder.`,
      'l u k a s _ s k i i 2 O 1 1',
      '4 l 2 . 8 8 . 3 O 6',
    ),
    clean(
      `Prat med fire gutter på Minecraft-serveren «Fjellheim» om griefing. De spurte om politiet kan se slettede meldinger. Ga dem Alarmtelefonen for barn og unge, skrevet som «én én seks – én én én», og logget av kl. 20.55.`,
    ),
    clean(
      `Jente (15) på TikTok lurte på hvorfor hoodien hun bestilte aldri kom. Ordrenummeret var 4O7-12-9O5-33, og hun betalte 349 kr. Ingen personopplysninger notert; rådet henne til å kontakte banken.`,
    ),
    clean(
      `Fortnite: tre jenter på rundt 12 viste oss øya si med kode 7 3 1 4 – 2 2 0 8 – 6 6 1 9. Snakket om Martin Ødegaard og Astrid S, og om hva man gjør hvis noen spør etter bilder. Kripos_Patrulje_Ida loggførte samtalen uten navn.`,
    ),
    clean(
      `Steam-gruppe: en gutt spurte om det er straffbart å kjøpe kontoer. Kampen de spilte endte 16-14, og han skulle legge seg kl. 23.00. Ingen brukernavn eller navn registrert i notatet.`,
    ),
    clean(
      `Snapchat: spørsmål om hvordan man anmelder deling av bilder. Forklarte at man kan ringe 0 2 8 0 0, eller 1 1 2 i nødstilfeller, og viste til sak 24-118 733 i Agder politidistrikt som gjaldt en offentlig kjent svindel.`,
    ),
  ],
  nn: [
    withIds(
      `Jenta (13) på Roblox fortalde at ein vaksen mann ho møtte i eit spel vil at ho skal sende bilete til mobilen hans. Ho skreiv nummeret slik han gav det: ni-null-tre / 4 4 / 7 l 8.`,
      'ni-null-tre / 4 4 / 7 l 8',
    ),
    withIds(
      `Gut (14) på Discord seier at venen hans, Eirik Sandvik frå Førde, blir utpressa. Svindlaren skreiv e-posten sin med mellomrom: s n a p . h j e l p [at] g m a i l (dot) c o m.`,
      'Eirik Sandvik',
      's n a p . h j e l p [at] g m a i l (dot) c o m',
    ),
    withIds(
      `Eg snakka med ei jente på Minecraft som gav fødselsnummeret sitt til ein «admin» for å få ein rang. Ho skreiv det attende til oss med mellomrom på rare stader: 030 2105 44 95. Ho heiter Hawa Mohamed og går i 8A på Fana ungdomsskule.`,
      '030 2105 44 95',
      'Hawa Mohamed',
      '8A på Fana ungdomsskule',
    ),
    withIds(
      `På Twitch spurde ein gut kva han skal gjere med ein brukar som heiter b.j.ø.r.n.a.r._.9.9 og som skriv stygt om systera hans. Han sa òg at systera heiter Sunniva Haugland og ikkje vil gå på skulen lenger.`,
      'b.j.ø.r.n.a.r._.9.9',
      'Sunniva Haugland',
    ),
    withIds(
      `Gut (15) i Xbox-chatten: ein kar tilbaud «gratis skins» og bad han kome til Kaigaten fjorten i Bergen. Gamertaggen til karen stava han som «kjelli understrek sju sju».`,
      'Kaigaten fjorten',
      'kjelli understrek sju sju',
    ),
    clean(
      `Eg prata med tre gutar på Fortnite om kva politiet gjer på nett. Dei ville ha koden til øya vår, 2 2 9 1 – 4 0 7 0 – 1 2 3 4, og spurde om Erling Haaland. Ingen personopplysningar er skrivne ned.`,
    ),
    clean(
      `Jente (14) på Snapchat lurte på om ho kunne ringje Alarmtelefonen, som ho skreiv «ein ein seks ein ein ein». Eg stadfesta 116 111 og at det er gratis. Samtalen slutta kl. 21.10.`,
    ),
    clean(
      `Steam: ein gut hadde kjøpt eit skin for 1 250 kr og fekk aldri varen; ordrenummeret var 4O8 l2 77 3O-B. Han skal melde det til banken, og eg gav han nummeret til politiet, 02800.`,
    ),
    clean(
      `Habbo-rommet «Fjordhotellet» hadde 37 besøkjande i kveld. Ungdomane spurde om Politiet_Vest_Kari er ein ekte politi, og eg forklarte kva den blå profilen tyder. Ingen namn eller brukarnamn notert.`,
    ),
    clean(
      `Ein gut på 12 på Minecraft-serveren «Vestlandsblokka» sa at han vann 5-2 i ein turnering og fekk ein premie til 299 kr. Han spurde kva ein gjer viss nokon trugar ein; eg viste til 116 111 og 112.`,
    ),
  ],
  nl: [
    withIds(
      `Meisje (14) uit Gent op Snapchat: een man die zich voordoet als modellenscout stuurde zijn gsm-nummer in twee berichten, eerst 0486 en daarna 7 1 . 2 2 . 0 9. Ze heeft hem geblokkeerd.`,
      '0486',
      '7 1 . 2 2 . 0 9',
    ),
    withIds(
      `Jongen (12) op Discord zegt dat hij zijn BSN aan een "Steam-medewerker" heeft gegeven. Hij tikte het hier over met een letter erin: 2O4 17 6359. Hij heet Daan de Vries en zit in groep 8 van De Regenboog in Almere.`,
      '2O4 17 6359',
      'Daan de Vries',
      'groep 8 van De Regenboog in Almere',
    ),
    withIds(
      `Fortnite, Vlaams team: een meisje meldt dat een volwassene haar mailt via m e h m e t . y [apenstaartje] hotmail [punt] be. De man noemt zich Mehmet Yilmaz en wil afspreken.`,
      'm e h m e t . y [apenstaartje] hotmail [punt] be',
      'Mehmet Yilmaz',
    ),
    withIds(
      `Roblox: jongen (15) wordt gepest door iemand met de naam x_s a n n e _ x 2 0 1 0 en vertelde dat die in de Kerkstraat 1 2 in Zwolle woont.`,
      'x_s a n n e _ x 2 0 1 0',
      'Kerkstraat 1 2',
    ),
    withIds(
      `Twitch: meisje (14) heeft haar rijksregisternummer gedeeld met een "gratis skins"-site en zette er sterretjes tussen: 10*06*04*218*40. Ze heet Yasmina El Amrani. Aangeraden haar ouders in te lichten.`,
      '10*06*04*218*40',
      'Yasmina El Amrani',
    ),
    clean(
      `Chat met vier jongens op de Minecraftserver "Polderkraft" over oplichting. Ze vroegen of ze 1 1 3 mogen bellen als ze zich slecht voelen; ja, 113 Zelfmoordpreventie en ook 0800-0113. Uitgelogd om 22u05.`,
    ),
    clean(
      `Meisje (12) vroeg waarom haar bestelling bij een nepwinkel niet kwam: bestelnummer 0 6 - 1 2 . 3 4 . 5 6 - NL, betaald €24,95. Geen persoonsgegevens genoteerd; doorverwezen naar de Fraudehelpdesk.`,
    ),
    clean(
      `Fortnite-eilandcode 3 9 0 1 - 5 5 2 7 - 8 0 4 6 gedeeld door een groep kinderen (10–12 jaar). Gesproken over Virgil van Dijk en Kwebbelkop; ze vonden het grappig dat Wijkagent_Online_Joost echt politie is.`,
    ),
    clean(
      `Vlaams team, Habbo: een jongen vroeg of je naar 1 0 1 of 1 1 2 belt als iemand je bedreigt. Uitgelegd; ons interne ticket 2024/GE/0877 gaat over de nepwinkel, niet over hem.`,
    ),
    clean(
      `Steam: score 13-11 in Counter-Strike, daarna een gesprek over sextortion met twee meisjes van 15. Ze noemden geen namen of accounts. Tip gegeven: Helpwanted.nl en Child Focus 116 000.`,
    ),
  ],
  fr: [
    withIds(
      `Fille (13) sur Roblox : un homme lui demande de l'appeler et a écrit son numéro en deux fois, « zéro quatre sept cinq » puis « 3 1 . 8 8 . 4 2 ». Elle l'a bloqué.`,
      'zéro quatre sept cinq',
      '3 1 . 8 8 . 4 2',
    ),
    withIds(
      `Garçon (15) sur Discord, victime de sextorsion : le maître-chanteur exige 200 € et donne son adresse « k e v i n . d u b o i s arobase gmail point com ».`,
      'k e v i n . d u b o i s arobase gmail point com',
    ),
    withIds(
      `Sur Snapchat, une jeune de 14 ans dit que son amie Fatima Benali, en 2e secondaire à l'Athénée Royal d'Uccle, reçoit des menaces d'un compte « l.u.c.a.s._.b.x.l ».`,
      'Fatima Benali',
      "2e secondaire à l'Athénée Royal d'Uccle",
      'l.u.c.a.s._.b.x.l',
    ),
    withIds(
      `Fortnite : un garçon (12) a donné son numéro de registre national à un faux « support Epic » et nous l'a recopié avec des lettres à la place des zéros : O9.O3.14-287.17. Il habite rue de Fer vingt-deux à Namur.`,
      'O9.O3.14-287.17',
      'rue de Fer vingt-deux',
    ),
    withIds(
      `Twitch : une fille (16) dit qu'un adulte l'invite chez lui, avenue Louise 1 4 8, et signe ses messages Jean-Marc Lemaire. Il lui a aussi donné son numéro : +32 4 7 8 / 5 5 / 6 0 / 1 9.`,
      'avenue Louise 1 4 8',
      'Jean-Marc Lemaire',
      '+32 4 7 8 / 5 5 / 6 0 / 1 9',
    ),
    clean(
      `Discussion avec trois garçons sur le serveur Minecraft « Wallonia Craft » à propos d'arnaques aux Robux. Ils voulaient savoir si le 1 0 3 (Écoute-Enfants) est gratuit : oui. Déconnexion à 21h35.`,
    ),
    clean(
      `Fille (14) : sa commande de baskets n'est jamais arrivée, commande n° CMD-0475-3188/BE, payée 59,99 €. Aucune donnée personnelle notée ; conseillé d'en parler à ses parents.`,
    ),
    clean(
      `Code d'île Fortnite 6 2 0 4 - 1 1 9 8 - 3 5 7 2 partagé par des enfants de 10-11 ans. On a parlé de Romelu Lukaku, de Squeezie et de ce que fait Police_Patrouille_Web_Sarah dans les jeux.`,
    ),
    clean(
      `TikTok live : une ado a demandé si on peut appeler le 1 1 2 ou le 1 O 1 pour du harcèlement. Réponse donnée ; le ticket interne 2024/BR/0877 a été ouvert pour suivre le compte d'arnaque signalé.`,
    ),
    clean(
      `Steam : deux joueurs ont gagné 16-9 et voulaient savoir ce que la police fait des signalements. Ils ont 15 ans et viennent de Liège et de Charleroi ; aucun pseudo ni nom retenu.`,
    ),
  ],
  de: [
    withIds(
      `Mädchen (13) aus Eupen auf Snapchat: ein Erwachsener schickte ihr seine Handynummer in zwei Nachrichten, zuerst „null eins fünf sieben“ und dann „3 2 / 4 4 * 9 1 * 0 8“.`,
      'null eins fünf sieben',
      '3 2 / 4 4 * 9 1 * 0 8',
    ),
    withIds(
      `Junge (14) auf Discord wird erpresst; der Täter will Gutscheincodes an „l e o n . k r a u s e Klammeraffe web Punkt de“ geschickt bekommen. Er hat noch nichts bezahlt.`,
      'l e o n . k r a u s e Klammeraffe web Punkt de',
    ),
    withIds(
      `Roblox: Ein Junge (12) sagt, dass sein Freund Emre Demir aus der 1b der Pater-Damian-Sekundarschule ständig von einem Nutzer namens „m.a.x.i._.9.9.9“ beleidigt wird.`,
      'Emre Demir',
      '1b der Pater-Damian-Sekundarschule',
      'm.a.x.i._.9.9.9',
    ),
    withIds(
      `Fortnite, ostbelgisches Team: ein Mädchen (13) hat ihre Nationalregisternummer an einen falschen „Epic-Support“ geschickt und sie uns mit einem O statt Null kopiert: 11O227 386-48. Sie wohnt in der Haasstraße sieben in Eupen.`,
      '11O227 386-48',
      'Haasstraße sieben',
    ),
    withIds(
      `Twitch-Chat: Ein Junge (16) meldet einen Mann, der ihn zu sich einlädt und ihm seine Adresse gab, Hauptstraße 1 2 b in Aachen, dazu den Gamertag t h o m a s _ a c _ 7 4.`,
      'Hauptstraße 1 2 b',
      't h o m a s _ a c _ 7 4',
    ),
    clean(
      `Gespräch mit drei Jungs auf dem Minecraft-Server „Hohes Venn SMP“ über Phishing. Sie fragten nach der Nummer gegen Kummer; ich schrieb sie so, wie sie sie kennen: 1 1 6 – 1 1 1. Abgemeldet um 20:50 Uhr.`,
    ),
    clean(
      `Mädchen (14): ihr Paket mit einem Hoodie kam nie an, Bestellnummer 0 1 5 7 - 3 2 4 4 - DE, bezahlt 39,90 €. Keine personenbezogenen Daten notiert; Hinweis auf die Verbraucherzentrale.`,
    ),
    clean(
      `Fortnite-Inselcode 5 5 1 8 - 0 2 7 3 - 4 4 9 0 von Kindern (10–12) geteilt. Wir sprachen über Kevin De Bruyne, MontanaBlack und darüber, was Polizei_Eupen_Online in den Spielen macht.`,
    ),
    clean(
      `Steam: ein Junge fragte, ob man die 1 1 2 oder die 1 0 1 anruft, wenn jemand droht, Bilder zu verbreiten. Erklärt; die Vorgangsnummer ZP-2024-0331-17 bezieht sich auf unsere eigene Aktion.`,
    ),
    clean(
      `Xbox-Party: zwei Mädchen (15) gewannen 3:1 und fragten, ob die Polizei ihre Nachrichten liest. Sie nannten weder Namen noch Gamertags; Gespräch endete um 22.05 Uhr.`,
    ),
  ],
  is: [
    withIds(
      `Stelpa (13) á Snapchat sagði að fullorðinn maður hefði sent henni símanúmerið sitt í tveimur skilaboðum, fyrst „átta sex níu“ og svo „4 4 . 1 2“.`,
      'átta sex níu',
      '4 4 . 1 2',
    ),
    withIds(
      `Strákur (14) á Discord er fórnarlamb fjárkúgunar; kúgarinn vill fá gjafakóða senda á „s i g g i . b [hjá] simnet (punktur) is“. Hann hefur ekki borgað neitt.`,
      's i g g i . b [hjá] simnet (punktur) is',
    ),
    withIds(
      `Stelpa á Roblox gaf „stjórnanda“ kennitöluna sína og skrifaði hana aftur til okkar með O í staðinn fyrir núll: 12O311 239O. Hún heitir Guðrún Ósk Jónsdóttir og er í 8. bekk í Hagaskóla.`,
      '12O311 239O',
      'Guðrún Ósk Jónsdóttir',
      '8. bekk í Hagaskóla',
    ),
    withIds(
      `Á Fortnite sagði strákur (12) að vinur hans, Kacper Nowak, væri lagður í einelti af notanda sem kallar sig „j o n n i _ 2 0 1 0“.`,
      'Kacper Nowak',
      'j o n n i _ 2 0 1 0',
    ),
    withIds(
      `Twitch: stelpa (15) segir að maður sem hún kynntist í Minecraft bjóði henni heim til sín á Laugaveg hundrað og fimm og hafi sent númerið sitt svona: 7 7 l – 2 O 3 O.`,
      'Laugaveg hundrað og fimm',
      '7 7 l – 2 O 3 O',
    ),
    clean(
      `Spjall við þrjá stráka á Minecraft-þjóninum „Norðurljós“ um svindl. Þeir spurðu um Hjálparsíma Rauða krossins, 1 7 1 7, og hvort það kosti að hringja. Skráði mig út kl. 21:15.`,
    ),
    clean(
      `Stelpa (14) pantaði peysu sem kom aldrei; pöntunarnúmerið var 552-10-98/IS og hún borgaði 4.990 kr. Engar persónuupplýsingar skráðar.`,
    ),
    clean(
      `Fortnite-eyjukóði 8 0 1 2 - 6 6 4 3 - 1 9 7 5 frá krökkum á aldrinum 10–12. Við töluðum um Hákon Arnar Haraldsson og Laufey og hvað Lögreglan_Netvakt_Helga gerir í leikjum.`,
    ),
    clean(
      `Steam: strákur spurði hvort hann eigi að hringja í 1 1 2 ef einhver hótar að dreifa myndum. Útskýrði; málsnúmer 007-2024-041233 tengist okkar eigin aðgerð, ekki honum.`,
    ),
    clean(
      `Xbox: tvær stelpur (15) unnu 4-2 og vildu vita hvort lögreglan lesi skilaboðin þeirra. Engin nöfn eða notendanöfn skráð; samtali lauk kl. 22.40.`,
    ),
  ],
  fi: [
    withIds(
      `Tyttö (13) Snapchatissa: aikuinen mies lähetti puhelinnumeronsa kahdessa viestissä, ensin ”nolla neljä nolla” ja sitten ”7 1 . 5 5 . 2 0 9”. Tyttö esti hänet.`,
      'nolla neljä nolla',
      '7 1 . 5 5 . 2 0 9',
    ),
    withIds(
      `Poika (14) Discordissa joutui kiristyksen kohteeksi; kiristäjä haluaa lahjakortit osoitteeseen ”j u h o . k 9 8 ät hotmail piste com”.`,
      'j u h o . k 9 8 ät hotmail piste com',
    ),
    withIds(
      `Roblox: tyttö antoi henkilötunnuksensa ”ylläpitäjälle” ja kirjoitti sen meille välilyönneillä: 0203 12A 458K. Hän on Aino Virtanen, 6B-luokalta Tammelan koulusta.`,
      '0203 12A 458K',
      'Aino Virtanen',
      '6B-luokalta Tammelan koulusta',
    ),
    withIds(
      `Fortnitessa poika (12) kertoi, että hänen kaverinsa Abdirahman Farah saa jatkuvasti haukkuvia viestejä käyttäjältä ”m i k k o _ 2 0 0 9”.`,
      'Abdirahman Farah',
      'm i k k o _ 2 0 0 9',
    ),
    withIds(
      `Twitch: tyttö (15) kertoo, että Minecraftissa tutustunut mies kutsuu hänet kotiinsa osoitteeseen Hämeenkatu 2 4 B Tampereella ja antoi numeronsa näin: O5O / l23 / 4488.`,
      'Hämeenkatu 2 4 B',
      'O5O / l23 / 4488',
    ),
    clean(
      `Juttelin kolmen pojan kanssa Minecraft-palvelimella ”Revontuli SMP” huijauksista. He kysyivät, onko Lasten ja nuorten puhelin ilmainen, ja kirjoittivat sen ”yks yks kuus yks yks yks”. Kirjauduin ulos klo 21.25.`,
    ),
    clean(
      `Tyttö (14) tilasi hupparin, joka ei koskaan tullut; tilausnumero O5O-2231-FI, hinta 34,90 €. Henkilötietoja ei kirjattu; neuvoin kertomaan vanhemmille.`,
    ),
    clean(
      `Fortnite-saaren koodi 1 2 0 6 - 9 9 3 1 - 7 0 4 8 jaettiin lasten kesken (10–12 v). Puhuimme Teemu Pukista, Käärijästä ja siitä, mitä Poliisi_Nettipoliisi_Marko pelissä tekee.`,
    ),
    clean(
      `Steam: poika kysyi, soitetaanko 1 1 2 jos joku uhkaa levittää kuvia. Selitin; ilmoitusnumero 5100/R/12345/24 liittyy omaan tapahtumaamme eikä häneen.`,
    ),
    clean(
      `Xbox: kaksi tyttöä (15) voittivat 3–0 turnauksessa, jonka tunnus oli 120311-A77, ja halusivat tietää, lukeeko poliisi heidän viestejään. Nimiä tai pelinimiä ei kirjattu; keskustelu päättyi klo 22.10.`,
    ),
  ],
  sv: [
    withIds(
      `Flicka (13) på Snapchat i Vasa: en vuxen man skickade sitt nummer i två meddelanden, först ”noll fyra fem” och sen ”8 8 * 3 1 * 2 0 7”.`,
      'noll fyra fem',
      '8 8 * 3 1 * 2 0 7',
    ),
    withIds(
      `Pojke (14) på Discord utpressas; utpressaren vill ha presentkort skickade till ”e m i l . l i n d snabel-a outlook punkt com”. Han har inte betalat.`,
      'e m i l . l i n d snabel-a outlook punkt com',
    ),
    withIds(
      `Roblox, svenska laget: en flicka gav sitt personnummer till en falsk ”admin” och skrev det till oss med l och O i stället för siffror: 1OO8l4-l242. Hon heter Hanna Tesfaye och går i 7A på Rinkebyskolan.`,
      '1OO8l4-l242',
      'Hanna Tesfaye',
      '7A på Rinkebyskolan',
    ),
    withIds(
      `På Fortnite berättade en pojke (12) att hans kompis Ali Hassan blir trakasserad av en användare som kallar sig ”w i l l e punkt 0 9”.`,
      'Ali Hassan',
      'w i l l e punkt 0 9',
    ),
    withIds(
      `Finlandssvenska teamet, Twitch: flicka (15) säger att en man hon lärt känna i Minecraft bjuder hem henne till Strandgatan sju i Jakobstad. Hon skickade sin personbeteckning till honom ”för en tävling” och kopierade den med mellanslag: 281 109A 8367.`,
      'Strandgatan sju',
      '281 109A 8367',
    ),
    clean(
      `Pratade med tre pojkar på Minecraft-servern ”Skärgårdsriket” om bedrägerier. De undrade om BRIS nummer 116 111 är gratis – de skrev det ”ett ett sex ett ett ett”. Loggade ut kl. 21.05.`,
    ),
    clean(
      `Flicka (14) beställde en hoodie som aldrig kom; ordernummer 0 7 0 - 4 4 1 2 - SE, pris 299 kr. Inga personuppgifter antecknade; rådde henne att prata med en vuxen.`,
    ),
    clean(
      `Fortnite-ökod 4 4 0 7 - 8 1 2 3 - 6 0 9 5 delad av barn (10–12 år). Vi pratade om Zlatan, Zara Larsson och vad Polisen_Nätpatrull_Anna gör i spelen.`,
    ),
    clean(
      `Steam: en pojke frågade om man ringer 1 1 2 eller 1 1 4 1 4 när någon hotar att sprida bilder. Förklarade; diarienummer 5000-K123456-24 gäller vår egen insats, inte honom.`,
    ),
    clean(
      `Xbox: två flickor (15) vann 2–1 i en turnering med id 100814-A12 och ville veta om polisen läser deras meddelanden. Inga namn eller gamertags antecknade; samtalet slutade kl. 22.20.`,
    ),
  ],
};
