/**
 * Round one hundred and twenty-eight: written blind, before the detector was run on it.
 * A fourth reviewer's corpus in the product issue's own terms: plain police register, one-line to paragraph notes.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_TWENTY_EIGHT: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Discord, boy aged 14. Said his name is Cian Moloney and that he gave his number 087 341 2290 to someone he met in a Fortnite lobby. Advised him to block the contact and tell a parent.',
      'Cian Moloney',
      '087 341 2290',
    ),
    clean(
      'Roblox, girl around 11. Asked if I was a real police officer. Explained what we do online and gave her 116 111.',
    ),
    clean(
      'Fortnite, two boys aged 12 and 13. Talked about the new season, the Peely and Jonesy skins and whether Ninja still streams. No concerns.',
    ),
    withIds(
      'Twitch, lad of 15 streaming Minecraft. His handle on Twitch is blockboy_ronan, and a parcel behind him showed his address, 14 Oakfield Road, Swords. Told him to move the box out of shot and check old VODs.',
      'blockboy_ronan',
      '14 Oakfield Road',
    ),
    withIds(
      'Minecraft server, girl 13. Her e-mail is aoife.brennan11 at gmail dot com and she uses it for every game. Suggested a separate address and two-step login.',
      'aoife.brennan11 at gmail dot com',
    ),
    clean(
      'Snapchat. Boy, 16, from Cork, asked how to report a fake account. Showed him the in-app report and said he can also go to the Garda National Cyber Crime Bureau through his local station. About ten minutes.',
    ),
    withIds(
      "Roblox, girl aged 10. She said her friend Emily Carter in 5B at St Mary's Primary has been getting nasty messages from an older player. Advised her to tell the teacher, keep screenshots and report the account. Will follow up with the school liaison officer.",
      'Emily Carter',
      "St Mary's Primary",
    ),
    clean(
      'Twitch, boy 14, found our Garda Online Patrol channel and asked about sharing photos in group chats. Explained the law on images of under-18s and pointed him to hotline.ie.',
    ),
    withIds(
      'TikTok, girl 15. Another pupil keeps reposting her videos with mean captions; his profile is tiktok.com/@jake.dunne_07. Advised report and block, and to keep her own account private.',
      'tiktok.com/@jake.dunne_07',
    ),
    clean('Steam, boy 13, skin-trading scams. Told him never to trade outside the platform. Ended 16:40.'),
  ],
  nb: [
    withIds(
      'Discord, gutt 13 år fra Bodø. Han heter Sander og hadde lagt ut mobilnummeret sitt 912 34 567 i en åpen kanal. Ba ham slette meldingen og snakke med foreldrene.',
      'Sander',
      '912 34 567',
    ),
    clean(
      'Roblox. Jente på 11 spurte om vi var ekte politi. Forklarte hva Nettpatruljen gjør og ga henne nummeret til Alarmtelefonen for barn og unge, 116 111.',
    ),
    clean(
      'Fortnite med tre gutter rundt 14. Pratet om Erling Haaland og om hvem som er best av Ninja og Bugha. Ingen bekymring.',
    ),
    withIds(
      'Snapchat, jente 12 år. Hun hadde sendt fødselsnummeret sitt 140311 50060 til en «modellagent» som lovet betalt jobb. Foresatte er kontaktet, og saken er sendt videre til etterforskning.',
      '140311 50060',
    ),
    withIds(
      'Minecraft-server, gutt 15. Skrev i chatten at han bor i Storgata 41, 8006 Bodø, og inviterte folk hjem på LAN. Forklarte hvorfor adresse ikke skal deles åpent.',
      'Storgata 41',
      '8006 Bodø',
    ),
    clean(
      'Twitch. Kort prat med en 16-åring fra Tromsø om netthets. Anbefalte å ta skjermbilder og kontakte politiet på 02800, eller ringe 112 ved fare.',
    ),
    withIds(
      'TikTok, jente 14. Hun hadde skrevet e-posten sin, ingrid.solberg09 at hotmail dot com, i kommentarfeltet for å få «gratis følgere». Ba henne bytte passord med en gang.',
      'ingrid.solberg09 at hotmail dot com',
    ),
    clean(
      'Discord. Gutt 12 fant oss via profilen Politiet Nettpatrulje Nordland og lurte på om det er lov å ha Discord under 13 år. Forklarte aldersgrensen og hva foreldrene kan gjøre.',
    ),
    withIds(
      'Roblox, jente 10. Hun fortalte at Emma Nilsen i 5B på Hunstad skole blir holdt utenfor spillgruppa og får stygge meldinger. Rådet henne til å si fra til kontaktlæreren. Vi tar kontakt med skolen.',
      'Emma Nilsen',
      'Hunstad skole',
    ),
    clean(
      'Gutt 15 på Steam hadde tapt 300 kroner i et skinbytte. Forklarte hvordan han anmelder på politiet.no.',
    ),
  ],
  nn: [
    clean(
      'Fortnite, to gutar på 13 og 14 frå Førde. Snakka om den nye sesongen og om Peely. Dei spurde kva politiet gjer på nett. Inga uro.',
    ),
    withIds(
      'Discord, jente 14, brukarnamn på Discord: sunnivaa_2010. Ho fortalde at ein vaksen mann har bede om bilete. Vi tok skjermbilete saman, og saka er send vidare.',
      'sunnivaa_2010',
    ),
    clean(
      'Roblox. Gut på 10 år frå Voss spurde om Robux. Forklarte at sider med gratis Robux er svindel, og at han kan ringje Kors på halsen på 800 33 321 om han vil prate med nokon.',
    ),
    withIds(
      'Snapchat, gut 15. Han hadde lagt ut nummeret sitt +47 482 19 036 i ei gruppe med framande. Bad han fjerne det og slå på spøkelsesmodus.',
      '+47 482 19 036',
    ),
    withIds(
      'Minecraft, jente 12. Ho heiter Solveig Haugland og går i 7B på Flatene skule. Ein ukjend spelar har spurt kvar ho bur. Rådde henne til å blokkere og fortelje det til mor si.',
      'Solveig Haugland',
      'Flatene skule',
    ),
    clean(
      'Twitch, gut 16. Lang prat om gaming og søvn. Han ser mykje på xQc og på Magnus Carlsen når han spelar sjakk.',
    ),
    withIds(
      'TikTok, jente 13. Ho hadde fått eit «vinnarbrev» og sendt fødselsnummeret 22091250024 til avsendaren. Foreldra er kontakta.',
      '22091250024',
    ),
    clean('Gut 11 på Roblox spurde om vi er ekte politi. Ja. Viste til Nettpatruljen i Vest politidistrikt.'),
    withIds(
      'Discord, gut 14 frå Sogndal. Han skreiv adressa Fosshaugane 9, 6856 Sogndal i ein open kanal for å få tilsendt ein «gratis» kontroller. Forklarte korleis slik svindel fungerer.',
      'Fosshaugane 9',
      '6856 Sogndal',
    ),
    clean(
      'Steam, gut 15 frå Bergen. Spurde om Counter-Strike og om det er lov å selje kontoen sin. Forklarte vilkåra og minte han på 116 111 om noko skulle skje.',
    ),
  ],
  nl: [
    withIds(
      'Discord, jongen van 14 uit Almere. Hij had zijn BSN 284617350 gedeeld met iemand die een Nitro-prijs beloofde. Ouders ingelicht en melding gemaakt.',
      '284617350',
    ),
    clean(
      'Roblox, meisje van 11 uit Gent. Vroeg of we echte politie zijn. Uitgelegd wat we online doen en Awel (102) genoemd als ze met iemand wil praten.',
    ),
    clean(
      'Fortnite met twee jongens (12 en 13). Gepraat over Jonesy, de nieuwe map en of Memphis Depay echt Fortnite speelt. Geen zorgen.',
    ),
    withIds(
      'Snapchat, meisje 15. Ze had haar nummer 06-41238795 in haar bio staan. Samen weggehaald en de privacy-instellingen doorgelopen.',
      '06-41238795',
    ),
    withIds(
      "Minecraft-server, meisje van 12. Ze heet Lotte Jansen en zit in groep 8 van basisschool De Regenboog in Zwolle. Een onbekende vroeg haar om foto's; ze heeft niets gestuurd. Geadviseerd te blokkeren en het aan haar moeder te vertellen.",
      'Lotte Jansen',
      'basisschool De Regenboog',
    ),
    clean(
      'Twitch. Jongen (16) uit Antwerpen vroeg hoe hij oplichting met skins meldt. Verwezen naar politie.be en uitgelegd wat de FCCU doet.',
    ),
    withIds(
      'TikTok, Vlaams meisje van 13. Ze had een foto van haar identiteitskaart gepost, rijksregisternummer 10.05.17-163.86 goed leesbaar. Video samen verwijderd en ouders gebeld.',
      '10.05.17-163.86',
    ),
    clean('Steam, jongen van 15 uit Utrecht, over lootboxes en gokken. Kindertelefoon 0800-0432 meegegeven.'),
    withIds(
      'Discord, jongen 13. Hij gaf in de chat zijn mailadres op als daan.devries2010 apenstaartje outlook punt com, om gratis V-Bucks te krijgen. Uitgelegd dat dit phishing is; wachtwoord laten wijzigen.',
      'daan.devries2010 apenstaartje outlook punt com',
    ),
    clean(
      'Roblox, groepje van vier kinderen rond de 10 jaar. Ze speelden Adopt Me en vroegen naar mijn uniform. Uitgelegd dat ik van het team Politie Online Wijkagent ben. Leuk gesprek.',
    ),
  ],
  fr: [
    clean(
      'Fortnite, garçon de 12 ans à Liège. Discussion sur la nouvelle saison, Kylian Mbappé et les skins. Aucun souci.',
    ),
    withIds(
      "Discord, fille de 14 ans. Elle s'appelle Chloé et a donné son numéro 06 47 21 83 59 à un inconnu rencontré sur un serveur. Conseillé de bloquer le contact et d'en parler à ses parents.",
      'Chloé',
      '06 47 21 83 59',
    ),
    withIds(
      'Snapchat, collégienne de 13 ans. Elle a envoyé une photo de sa carte Vitale, numéro 2 11 04 75 113 042 79, à un compte qui promettait des abonnements gratuits. Parents prévenus.',
      '2 11 04 75 113 042 79',
    ),
    clean(
      'Roblox. Garçon de 10 ans, demande si on est de vrais policiers. Expliqué notre rôle et donné le 3018 pour le harcèlement en ligne.',
    ),
    withIds(
      'Minecraft, garçon de 15 ans à Namur. Il a écrit son adresse, rue de Fer 28, 5000 Namur, dans le chat pour recevoir un « cadeau ». Conseillé de ne jamais partager ça.',
      'rue de Fer 28',
      '5000 Namur',
    ),
    clean("Twitch, ado de 16 ans. Parle de Squeezie et de Gotaga. Conseils sur le temps d'écran."),
    withIds(
      "TikTok, fille de 12 ans. Elle raconte que Léa Dubois, en 6e B au collège Jean-Moulin, reçoit des messages méchants depuis deux semaines. Conseillé d'en parler au CPE ; on prend contact avec l'établissement.",
      'Léa Dubois',
      'collège Jean-Moulin',
    ),
    clean(
      'Steam, échange rapide avec un Belge de 15 ans sur les arnaques aux skins. Renvoyé vers la Federal Computer Crime Unit et Child Focus (116 000).',
    ),
    withIds(
      'Discord, garçon de 14 ans. Son pseudo Discord est xX_Mathis_Xx et il partage sa chaîne youtube.com/@mathisgaming_be dans tous les salons. Rappel des paramètres de confidentialité.',
      'xX_Mathis_Xx',
      'youtube.com/@mathisgaming_be',
    ),
    clean(
      'Roblox, deux sœurs de 9 et 11 ans sur Brookhaven. On a parlé de Mario et Sonic. Notre profil Police Nationale Patrouille Numérique les a fait rire. Aucune inquiétude.',
    ),
  ],
  de: [
    withIds(
      'Roblox, Junge, 11. Er heißt auf Roblox Finn_Blocky2013 und hat Freundschaftsanfragen von Erwachsenen angenommen. Erklärt, wie man Anfragen einschränkt.',
      'Finn_Blocky2013',
    ),
    clean(
      'Fortnite, drei Jungs zwischen 12 und 14 aus Köln. Gespräch über die neue Season und über MontanaBlack. Keine Auffälligkeiten.',
    ),
    withIds(
      'Snapchat, Mädchen, 15. Hat ihre Handynummer 0176 4829 3317 in der Story gepostet. Gemeinsam gelöscht.',
      '0176 4829 3317',
    ),
    clean(
      'Discord. Junge, 13, fragte, ob wir echte Polizei sind. Erklärt, was die Cyberstreife der Polizei NRW macht, und die Nummer gegen Kummer 116 111 genannt.',
    ),
    withIds(
      'Minecraft, Junge, 14, aus Leipzig. Schrieb im öffentlichen Chat seine Adresse: Karl-Liebknecht-Straße 112, 04275 Leipzig, weil ihm jemand eine Grafikkarte schicken wollte. Auf Betrugsmaschen hingewiesen, Eltern informiert.',
      'Karl-Liebknecht-Straße 112',
      '04275 Leipzig',
    ),
    clean(
      'Twitch, kurzer Austausch mit einer 16-Jährigen über Hatespeech im Chat. Hinweis auf die Onlinewache.',
    ),
    withIds(
      'TikTok, Mädchen, 12. Sie erzählte, dass Lena Becker aus der 6b der Gesamtschule Nord seit Wochen in Kommentaren gemobbt wird. Geraten, mit der Klassenlehrerin zu sprechen.',
      'Lena Becker',
      'Gesamtschule Nord',
    ),
    clean(
      'Roblox, Mädchen, 10, spielt Adopt Me. Fragte nach Robux: 400 Robux kosten etwa 5 Euro. Erklärt, dass Generatoren Betrug sind.',
    ),
    withIds(
      'Discord, Junge, 15. Gab seine Mailadresse als jonas.mueller08 ät gmx punkt de an, um an einem Gewinnspiel teilzunehmen. Passwort ändern lassen.',
      'jonas.mueller08 ät gmx punkt de',
    ),
    clean(
      'Steam, 14-Jähriger aus Hamburg. Gespräch über Counter-Strike und Lootboxen. Empfohlen: bei Problemen JUUUPORT, im Notfall 110.',
    ),
  ],
  is: [
    withIds(
      'Discord, strákur 13 ára. Hann setti kennitöluna sína 070410-2300 í opna rás til að fá „ókeypis Nitro“. Bað hann að eyða skilaboðunum og láta foreldra vita.',
      '070410-2300',
    ),
    clean(
      'Roblox, stelpa 10 ára frá Akureyri. Spurði hvort ég væri alvöru lögga. Sagði henni frá Hjálparsíma Rauða krossins 1717.',
    ),
    withIds(
      'Fortnite, strákur 12 ára. Hann heitir Kári Sigurðsson og er í 6. bekk í Melaskóla. Eldri spilari hefur beðið hann um myndir. Ráðlagði honum að loka á spilarann og segja kennaranum frá.',
      'Kári Sigurðsson',
      'Melaskóla',
    ),
    clean('Twitch, strákur 15 ára. Töluðum um tónlist, Björk og Laufey. Ekkert athugavert.'),
    withIds('Snapchat, stelpa 14 ára. Hún hafði birt símanúmerið sitt 862 4417 í sögu.', '862 4417'),
    clean('Minecraft, tveir strákar 11 og 12 ára frá Selfossi. Spjall um Creeper og Steve. Engar áhyggjur.'),
    withIds(
      'TikTok, stelpa 13 ára. Hún sýndi húsið sitt og nefndi heimilisfangið Hraunbær 34, 110 Reykjavík í myndbandi. Myndbandinu eytt í samráði við hana.',
      'Hraunbær 34',
      '110 Reykjavík',
    ),
    clean(
      'Discord. Strákur 14 ára fann okkur í gegnum prófílinn Lögreglan á höfuðborgarsvæðinu og spurði um aldurstakmark. Benti á 112 ef hætta steðjar að.',
    ),
    withIds(
      'Roblox, stelpa 12 ára. Hún skrifaði netfangið sitt, helga.run2011 hjá gmail punktur com, í spjallið til að fá ókeypis Robux. Útskýrði að þetta væri svindl.',
      'helga.run2011 hjá gmail punktur com',
    ),
    clean(
      'Steam, stutt: strákur 16 ára spurði um svindl með skinn. Ráðlagði að nota aðeins opinbera markaðinn.',
    ),
  ],
  fi: [
    clean('Fortnite, kaksi poikaa 12 ja 13 v. Juteltiin uudesta kaudesta ja Teemu Pukista. Ei huolta.'),
    withIds(
      'Snapchat, tyttö 13 v. Oli lähettänyt henkilötunnuksensa 280910A3473 tilille, joka lupasi ilmaisia seuraajia. Vanhemmat tavoitettu.',
      '280910A3473',
    ),
    withIds(
      'Discord, poika 15 v Tampereelta. Oli laittanut puhelinnumeronsa 040 718 2936 julkiselle kanavalle. Poistettiin yhdessä.',
      '040 718 2936',
    ),
    clean(
      'Roblox, tyttö 10 v. Kysyi, olenko oikea poliisi. Kerroin Nettipoliisin työstä ja annoin MLL:n Lasten ja nuorten puhelimen numeron 116 111.',
    ),
    withIds(
      'Minecraft, tyttö 12 v. Kertoi nimekseen Aino Virtanen ja että hän on 6B-luokalla Kalevan koulussa. Tuntematon pelaaja on kysellyt hänen kotiosoitettaan. Neuvoin estämään pelaajan ja kertomaan asiasta vanhemmille.',
      'Aino Virtanen',
      'Kalevan koulussa',
    ),
    clean(
      'Twitch, poika 16 v. Puhuttiin striimaamisesta ja Kimi Räikkösestä. Kerroin Poliisin nettipoliisitoiminnasta.',
    ),
    withIds(
      'TikTok, tyttö 14 v. Videolla näkyi osoite Hämeenkatu 17 B 12, 33100 Tampere. Video poistettiin yhdessä.',
      'Hämeenkatu 17 B 12',
      '33100 Tampere',
    ),
    clean(
      'Steam, poika 14 v Oulusta. Skinihuijauksista. Neuvoin tekemään rikosilmoituksen osoitteessa poliisi.fi.',
    ),
    withIds(
      'Discord, poika 13 v. Discordissa hän on nimellä LumiPeikko_09, ja hän antoi sähköpostinsa muodossa eetu.laine09 ät gmail piste com. Käytiin läpi tietojenkalastelu ja salasanan vaihto.',
      'LumiPeikko_09',
      'eetu.laine09 ät gmail piste com',
    ),
    clean(
      'Minecraft, ryhmä 11-vuotiaita Espoosta. Rakensivat Muumitaloa. Ei huomautettavaa. Klo 18.30–19.00.',
    ),
  ],
  sv: [
    withIds(
      'Discord, tjej 12 år. Hade skickat sitt personnummer 110823-2743 till någon som lovade gratis Nitro. Föräldrarna kontaktade.',
      '110823-2743',
    ),
    clean(
      'Fortnite med tre killar runt 13 från Malmö. Pratade om Zlatan och nya säsongen. Inget att notera.',
    ),
    withIds(
      'Roblox, tjej 11 år. Hon heter Wilma och berättade att kompisen Ella Lindqvist i 5A på Råslätts skola har fått elaka meddelanden från en äldre spelare. Rådde henne att spara skärmdumpar och prata med mentorn.',
      'Wilma',
      'Ella Lindqvist',
      'Råslätts skola',
    ),
    clean('Twitch, kille 16. Samtal om spelande och sömn. Tipsade om BRIS 116 111.'),
    withIds('Snapchat, kille 15 år från Umeå. Hade sitt nummer 073-582 41 96 i profilen.', '073-582 41 96'),
    clean(
      'Minecraft. Två syskon, 9 och 12. Frågade vad polisen gör på nätet. Berättade om vårt konto Polisen Gaming Nord.',
    ),
    withIds(
      'TikTok, tjej 14. I en video syntes adressen Storgatan 22, 903 26 Umeå på ett paket. Videon borttagen.',
      'Storgatan 22',
      '903 26 Umeå',
    ),
    clean('Steam, kort. Kille 14 från Göteborg frågade om skinbyten. Förklarade bedrägerier. Ca 15 min.'),
    withIds(
      'Discord, kille 13. Länkade sin profil twitch.tv/olle_plays_08 och skrev mejlen olle.berg08 snabel-a hotmail punkt se i chatten. Pratade om att hålla isär konton och privat info.',
      'twitch.tv/olle_plays_08',
      'olle.berg08 snabel-a hotmail punkt se',
    ),
    clean(
      'Roblox, tjej 10 år. Frågade om Robux; 800 Robux kostar runt 99 kr. Förklarade att sidor med gratis Robux är bluff.',
    ),
  ],
};
