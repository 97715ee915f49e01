/**
 * Round one hundred and twenty-three: written blind, before the detector was run on it.
 * Officers' writing habits: telegraphic slashes, long prose, platform/age codes, quotes, passive voice, English
 * words mixed in; each note with ids hides one identifier, the clean notes use the same habits.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_TWENTY_THREE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Fortnite/squad chat, lad approx 13. Asked re 'free V-Bucks' sites / told him they're scams, never log in via 3rd-party links. Typed his mobile 07700 918 452 in open chat unprompted – advised to delete + never again.",
      '07700 918 452',
    ),
    clean(
      'Spent about twenty minutes in a Roblox voice lobby with three girls aged 11 and 12 from around Cork, who were curious whether the uniform was real and what gardaí actually do online. We talked through what to do if an adult they only know from a game asks for photos or wants to move the chat somewhere private. I reminded them that Childline is there on 1800 66 66 66 at any hour, day or night.',
    ),
    clean(
      "Boy (14) on Twitch chat: 'my mum says I spend too much on skins, is that illegal lol'. Explained that it's not a crime but talked about spending limits and asking before buying. His reply: 'grand, cheers'.",
    ),
    withIds(
      'DC/G15: Came into the server asking how to report a fake account impersonating her. Her own handle is @mossy_lantern_09 and the copy swaps an o for a zero. Walked her through the report form, advised screenshots with timestamps.',
      '@mossy_lantern_09',
    ),
    withIds(
      'Officer was approached in Minecraft by a girl of 12 who was worried about a friend. It was stated that the friend, Aoife Brennan, had been asked by an older player to move the chat to Snapchat. Advice was given to tell a trusted adult and to report the player in-game.',
      'Aoife Brennan',
    ),
    clean(
      "Snapchat, boy 13. Quite a koselig chat actually – he mostly wanted to know if police officers play Fortnite on their days off. Told him about the Nettpatrulje and that he can message the Politiet profile any time he's unsure about something.",
    ),
    withIds(
      "TikTok live / girl ~14 / hacked acct. Gave recovery mail as lily.doyle2010 at outlook dot com – advised pw change + 2FA, don't post the address in comments.",
      'lily.doyle2010 at outlook dot com',
    ),
    clean(
      "RBX/B10: Asked if he could be arrested for 'killing' people in a shooter game. Explained the difference between a game and real harm. Chat ended at 19:40 when his tablet time ran out.",
    ),
    withIds(
      'A fifteen-year-old on Steam told me he had sold a CS2 skin for £40 and was now being threatened by the buyer, who claimed to know where he lived. To show how easy it would be to find him, he typed out his own address, 27 Hawthorn Road, in the chat. I asked him to delete the message, block and report the buyer, and talk to his parents tonight.',
      '27 Hawthorn Road',
    ),
    clean(
      'A question was raised by a girl of 13 on Discord about whether it is safe to give her age in servers. It was explained that age limits exist for a reason and that she should never lie about her age to get in. She was referred to the Garda Síochána online profile for further questions.',
    ),
  ],
  nb: [
    clean(
      'Fortnite/gutt ca. 12 år/spurte om sider med gratis V-bucks. Forklart svindel, aldri logg inn via lenker fra chat. God stemning, takket for praten.',
    ),
    withIds(
      'SC/J14: Fortalte at en ukjent hadde lagt henne til og bedt om bilder. Hun sendte meg nummeret sitt, 948 27 315, før jeg rakk å si at det ikke trengs. Rådet henne til å blokkere, rapportere og snakke med en voksen hun stoler på.',
      '948 27 315',
    ),
    withIds(
      'Gutt (15) på Discord: «jeg heter Sindre Aasheim og alle i klassen vet det uansett». Forklarte hvorfor fullt navn ikke bør stå i profilen på en åpen server. Han lovet å endre det i kveld.',
      'Sindre Aasheim',
    ),
    clean(
      'Hadde en lang og fin samtale med tre jenter på 13 år i Roblox, som lurte på hvordan politiet jobber på nett og om vi kan se alt de skriver. Jeg forklarte at vi bare ser det som skjer i de kanalene vi selv er i, og at vi først og fremst er der for å være lette å nå. Vi snakket også om hva man gjør hvis noen truer med å dele bilder, og jeg minnet dem på at Alarmtelefonen for barn og unge, 116 111, alltid er åpen.',
    ),
    withIds(
      'Politiet ble kontaktet på Steam av en gutt på 13 år som mente kontoen hans var stjålet. Det ble opplyst at han hadde oppgitt fødselsnummeret sitt, 22081151230, til en «support»-konto. Det ble forklart at ekte support aldri spør om dette, og han ble oppfordret til å si ifra til foreldrene.',
      '22081151230',
    ),
    clean(
      'Twitch-stream med en gjeng gutter på 14–15, helt chill vibe. De spurte om vi var «real cops» og om vi kunne fikse en ban i Valorant, lol. Snakket litt om toxic chat og hvorfor det er smartere å reporte enn å hevne seg.',
    ),
    withIds(
      'Minecraft-server / jente 11 / mobbet i chat av tre andre spillere. Brukernavnet hennes er pixel_trollkjerring22 – rådet til å bytte til noe mindre gjenkjennelig + blokkere/rapportere. Foreldre bør kobles inn.',
      'pixel_trollkjerring22',
    ),
    clean(
      'TT/G16: Ville vite om det er straffbart å dele en video der en lærer blir filmet i timen. Gått gjennom deling av bilder uten samtykke. Anbefalt å slette videoen. Avsluttet kl. 21.15.',
    ),
    clean(
      'Jente på 12 i Fortnite: «er dere ekte politi eller bare noen som har kjøpt skin?» Forklarte hvem vi er og hva vi gjør på nett. Hun svarte «kult» og ville vite om Oslo politidistrikt har hunder.',
    ),
    withIds(
      'En gutt på 14 år på Discord ba om hjelp fordi noen hadde tatt over e-posten hans og brukte den til å logge inn på spillkontoene. Han skrev adressen med ord i chatten, mathias.bergli09 krøllalfa gmail punktum com, slik en kompis hadde lært ham. Vi gikk sammen gjennom hvordan man bytter passord og slår på totrinnsbekreftelse, og jeg ba ham si ifra til en voksen hjemme.',
      'mathias.bergli09 krøllalfa gmail punktum com',
    ),
  ],
  nn: [
    withIds(
      'RBX/J12: Fortalde at ein vaksen spelar hadde bede henne flytte praten over til Snapchat. Ho skreiv sjølv at ho heiter Ingrid Haugland og bur på Voss – rådde henne til å ikkje dele namn med ukjende og å blokkere spelaren.',
      'Ingrid Haugland',
    ),
    clean(
      'Fortnite / gut ca. 13 / spurde om kontoen kan bli utestengd for å kjøpe skins frå andre. Forklart reglane + svindelrisiko. Kort prat, god tone.',
    ),
    clean(
      'Nettpatruljen vart kontakta på Discord av ei jente på 15 år som hadde fått stygge meldingar frå ein anonym konto. Det vart forklart korleis ein tek skjermbilete og melder frå til plattforma. Ho vart oppmoda om å ringje 116 111 om ho treng nokon å snakke med.',
    ),
    withIds(
      'Gut (14) på Snapchat: «kan de ringje meg på 412 78 036 i staden, eg orkar ikkje skrive». Forklarte at vi ikkje ringjer opp ungdom vi møter på nett, og at han ikkje bør leggje ut nummeret sitt. Tipsa om Kors på halsen om han vil snakke med ein vaksen.',
      '412 78 036',
    ),
    withIds(
      'Eg hadde ein lang samtale med ein gut på 16 år på Steam som hadde kjøpt ein brukt spel-PC gjennom ei gruppe i spelet og aldri fått han. Seljaren hadde bede om pengar på Vipps og om leveringsadressa, og guten skreiv ho rett inn i chatten til oss: Fjellvegen 14 på Voss. Vi snakka om korleis han kan melde saka, og eg rådde han til å ta med seg ein forelder til politistasjonen.',
      'Fjellvegen 14',
    ),
    clean(
      'Minecraft-server med fire gutar på 12, heilt random prat om builds og griefing. Dei lurte på om det er «illegal» å hacke seg inn på ein server, og vi tok ein liten prat om kvifor det faktisk er straffbart. Nice gjeng, dei skreiv «gg» då vi logga av.',
    ),
    withIds(
      'Det vart opplyst av ei jente på 12 år på TikTok at ho hadde skrive fødselsnummeret sitt, 03091263474, i eit skjema for å vinne ein iPhone. Det vart forklart at slike konkurransar ofte er svindel og at nummeret ikkje skal delast. Ho vart oppmoda om å fortelje det til foreldra same kveld.',
      '03091263474',
    ),
    clean(
      'TW/G15: Spurde om politiet kan finne ut kven som står bak ein anonym konto. Forklart kort korleis det går føre seg rettsleg. Avslutta 20.30, han skulle leggje seg.',
    ),
    withIds(
      'Discord / jente 13 / venninna Sunniva i 8B på Skeie skule blir hengd ut i ein server. Råd: skjermbilete, melde serveren, snakke med kontaktlærar.',
      'Sunniva i 8B på Skeie skule',
    ),
    clean(
      'Jente på 11 i Roblox: «eg trudde politiet berre var på TV». Vi prata om kva ho kan gjere om nokon er ekle i chatten, og ho svara «då trykkjer eg på report». Godt svar.',
    ),
  ],
  nl: [
    withIds(
      "Fortnite / jongen ± 13 / vroeg of V-bucks-generators echt werken. Nee, oplichting. Gaf zomaar z'n nummer: 06-38 41 27 90 – gezegd dit nooit in open chat te zetten.",
      '06-38 41 27 90',
    ),
    clean(
      'Vanavond had ik een uitgebreid gesprek met een meisje van veertien op Discord, dat zich zorgen maakte over een vriendin die steeds vaker met een oudere jongen uit een server chat. Ik heb uitgelegd welke signalen op grooming kunnen wijzen en dat ze haar vriendin kan aanmoedigen om met een volwassene te praten. Ook heb ik haar gewezen op de Kindertelefoon, gratis bereikbaar via 0800-0432.',
    ),
    withIds(
      'SC/M15: Had op een site voor bijbaantjes haar BSN ingevuld, 236457810, en twijfelde nu of dat kwaad kon. Uitgelegd wat iemand daarmee kan doen en geadviseerd het samen met haar ouders te melden.',
      '236457810',
    ),
    clean(
      'Door een jongen van 12 werd op Roblox gevraagd of de politie ook in Gent online patrouilleert. Er werd uitgelegd dat er agenten op gameplatformen aanwezig zijn om vragen te beantwoorden. Hij werd doorverwezen naar Awel op 102 voor als hij eens met iemand wil praten.',
    ),
    withIds(
      "Meisje (13) op TikTok: 'ik ben Noor Vermeulen en ik heb 12k volgers, dus iedereen kent me toch al'. Besproken waarom ze haar achternaam beter uit haar bio haalt. Ze gaat erover nadenken.",
      'Noor Vermeulen',
    ),
    clean(
      'Twitch, jongen 16, super chill gesprek over zijn stream. Hij vroeg of hij in trouble kan komen als viewers racistische dingen in zijn chat posten. Uitgelegd dat hij mods kan aanstellen en zulke berichten gewoon moet deleten en reporten.',
    ),
    clean(
      'MC/J11: Wilde weten of je voor griefen kan worden opgepakt. Nee, maar wel uitgelegd dat een server je kan bannen. Gesprek duurde ca. 10 minuten, eindigde om 16:45.',
    ),
    withIds(
      'Er werd door een meisje van 14 op Steam gemeld dat haar account was overgenomen. Het herstel-e-mailadres werd door haar uitgeschreven als lotte.dekker11 apenstaartje hotmail punt com. Er werd geadviseerd direct het wachtwoord te wijzigen en tweestapsverificatie aan te zetten.',
      'lotte.dekker11 apenstaartje hotmail punt com',
    ),
    withIds(
      "Een jongen van vijftien vertelde in een Fortnite-lobby dat hij een gebruikte controller had verkocht via een Discord-groep en dat de koper het pakketje bij hem thuis wilde ophalen. Hij noemde zonder aarzelen zijn adres, Lindenlaan 23 in Amersfoort, waarna ik heb uitgelegd waarom je zo'n afspraak altijd via je ouders laat lopen. We hebben afgesproken dat hij het vanavond thuis bespreekt.",
      'Lindenlaan 23',
    ),
    clean(
      "Jongen (12) op Snapchat: 'zijn jullie echt van de politie of is dit een prank?' Uitgelegd wie we zijn en waarom we online zijn. Zijn reactie: 'respect, jullie zijn best chill'.",
    ),
  ],
  fr: [
    clean(
      "FN/G13 : Demandait si les « générateurs de V-bucks » fonctionnent. Expliqué que c'est une arnaque et qu'il ne faut jamais donner ses identifiants. Échange cordial, fin à 18 h 20.",
    ),
    withIds(
      "Fille (12 ans) sur Roblox : « ma meilleure amie s'appelle Lina et elle parle à un mec de 19 ans ». Conseillé d'en parler à un adulte de confiance et de signaler le compte. Rappelé le 3018 pour le harcèlement en ligne.",
      'Lina',
    ),
    withIds(
      "Il a été signalé par un garçon de 13 ans sur Steam qu'un faux « support » lui avait demandé son numéro de registre national. Celui-ci a été recopié dans le chat, 11.02.19-137.52, avant qu'il puisse être arrêté. Il lui a été conseillé de prévenir ses parents et de ne plus jamais le communiquer.",
      '11.02.19-137.52',
    ),
    clean(
      "Discord / ado ~15 ans / questions sur l'échange de nudes entre mineurs. Expliqué : illégal même entre ados, risque de diffusion. Orienté vers Child Focus (116 000).",
    ),
    clean(
      "J'ai eu une longue discussion avec deux garçons de quatorze ans sur Fortnite, qui voulaient savoir comment la police travaille sur Internet et si nous pouvions lire leurs messages privés. Je leur ai expliqué que nous ne voyons que ce qui est écrit dans les salons où nous sommes présents, et que notre rôle est surtout d'être joignables. Nous avons aussi parlé des comptes qui promettent des skins gratuits en échange d'un mot de passe.",
    ),
    withIds(
      'TikTok live, fille de 14 ans, vibe assez chill. Elle se fait spammer par un compte fake qui copie son pseudo, xX_lunaa.b_Xx, et voulait savoir comment le report. Expliqué la procédure et conseillé de passer son compte en privé.',
      'xX_lunaa.b_Xx',
    ),
    withIds(
      "SC/F15 : Un inconnu lui propose de l'argent contre des photos. Elle avait mis son numéro, 06 71 48 29 35, dans une story publique – conseillé de supprimer la story, bloquer et signaler. Orientée vers le 3018.",
      '06 71 48 29 35',
    ),
    clean(
      'Garçon (11 ans) sur Minecraft : « est-ce que la police a le droit de jouer pendant le travail ? » Expliqué notre mission en ligne. Il a conclu : « trop bien, je vais le dire à ma classe ».',
    ),
    withIds(
      "Twitch / garçon 16 ans / compte piraté, le pirate a changé l'adresse mail. Ancienne adresse donnée : hugo.lemaire2008 arobase gmail point com. Conseils : récupération via le support officiel, double authentification.",
      'hugo.lemaire2008 arobase gmail point com',
    ),
    clean(
      "Une question a été posée par une fille de 13 ans sur Roblox au sujet de l'achat de Robux avec la carte bancaire de ses parents. Il lui a été expliqué qu'il faut demander l'autorisation avant chaque achat. Le compte officiel de la police lui a été indiqué pour d'autres questions.",
    ),
  ],
  de: [
    withIds(
      'Von einem 14-jährigen Jungen wurde auf Discord berichtet, dass ein Käufer für seine alte Konsole bei ihm vorbeikommen wolle. Dabei wurde von ihm die eigene Anschrift, Birkenweg 7, offen im Chat genannt. Es wurde geraten, Übergaben nur gemeinsam mit den Eltern zu vereinbaren.',
      'Birkenweg 7',
    ),
    clean(
      'Fortnite/Junge ca. 12/Frage zu Gratis-V-Bucks. Betrug erklärt, keine Logins über fremde Links. Kurzes, freundliches Gespräch.',
    ),
    withIds(
      'SC/M13: Fremder Erwachsener will mit ihr per WhatsApp schreiben, sie hat ihm schon ihre Nummer 0176 / 482 913 57 geschickt. Geraten: blockieren, melden, Eltern informieren. Hinweis auf die Nummer gegen Kummer, 116 111.',
      '0176 / 482 913 57',
    ),
    clean(
      'Heute Abend habe ich mich ausführlich mit drei Mädchen im Alter von 12 und 13 Jahren auf Roblox unterhalten, die wissen wollten, ob die Polizei wirklich alles mitlesen kann, was sie schreiben. Ich habe erklärt, dass wir nur sehen, was in den Kanälen passiert, in denen wir selbst sind, und dass wir vor allem als Ansprechpartner da sind. Anschließend haben wir darüber gesprochen, was man tun kann, wenn jemand droht, Bilder weiterzuschicken.',
    ),
    withIds(
      'Junge (11) auf Minecraft: „ich heiße Leon und mein Bruder hat mir den Server gezeigt“. Erklärt, warum man auf offenen Servern keinen echten Namen nennen sollte. Er will sich jetzt einen Spitznamen ausdenken.',
      'Leon',
    ),
    clean(
      'Twitch-Stream, Junge 15, sehr entspannter Talk. Er wollte wissen, ob er Trouble bekommt, wenn Leute in seinem Chat Hate posten. Erklärt, dass er Mods einsetzen und solche Messages einfach deleten und reporten soll.',
    ),
    withIds(
      'TikTok / Mädchen 14 / Fake-Account kopiert ihr Profil. Ihr Handle: @emmi.sunshine_07 – Meldung über In-App-Funktion gezeigt, Screenshots sichern.',
      '@emmi.sunshine_07',
    ),
    clean(
      'Es wurde von einem 13-Jährigen auf Steam gefragt, ob das Handeln mit Skins gegen Echtgeld erlaubt ist. Ihm wurde erklärt, dass dabei häufig betrogen wird und Käufe nur über offizielle Wege laufen sollten. Das Gespräch wurde um 19:10 Uhr beendet.',
    ),
    withIds(
      'Eine fünfzehnjährige Schülerin schrieb mir auf Discord, dass jemand ihr E-Mail-Konto übernommen habe und damit ihre Spielkonten zurücksetze. Um zu zeigen, welches Konto betroffen sei, schrieb sie die Adresse ausgeschrieben in den Chat: lara.kowalski09 at web punkt de. Wir sind gemeinsam die Schritte zur Wiederherstellung durchgegangen, und ich habe ihr dringend geraten, das noch heute mit ihren Eltern zu besprechen.',
      'lara.kowalski09 at web punkt de',
    ),
    clean(
      'Mädchen (12) auf Fortnite: „seid ihr echt Polizei oder nur Cosplay?“ Erklärt, wer wir sind. Ihre Antwort: „voll cool, das erzähl ich morgen in der Schule“.',
    ),
  ],
  is: [
    withIds(
      'RBX/S14: Sagðist hafa gefið upp kennitöluna sína, 170410-2700, á síðu sem lofaði ókeypis Robux. Útskýrt að þetta sé svindl og að hún eigi að láta foreldra sína vita strax.',
      '170410-2700',
    ),
    clean(
      'Fortnite / strákur ca. 12 ára / spurði um V-bucks-rafala. Útskýrt: svindl, aldrei skrá sig inn í gegnum hlekki. Stutt og gott spjall.',
    ),
    clean(
      'Skilaboð voru send lögreglunni á Discord af 15 ára stelpu sem hafði fengið ljót skilaboð frá nafnlausum aðgangi. Henni var bent á að taka skjáskot og tilkynna aðganginn. Einnig var minnst á Hjálparsíma Rauða krossins, 1717.',
    ),
    withIds(
      'Strákur (14) á Snapchat: „ég heiti Kári Steinþórsson og allir í bekknum vita það hvort sem er“. Útskýrt af hverju fullt nafn á ekki heima í opnum prófíl. Hann ætlar að breyta því í kvöld.',
      'Kári Steinþórsson',
    ),
    withIds(
      'Ég átti langt spjall við fimmtán ára stelpu á TikTok sem hafði verið að selja gömul föt í gegnum hóp á netinu og fengið undarleg skilaboð frá kaupanda. Hún hafði skrifað símanúmerið sitt, 866 4127, beint í athugasemdirnar svo kaupandinn gæti hringt. Við ræddum hvers vegna best sé að láta foreldra sjá um slík viðskipti og ég ráðlagði henni að eyða athugasemdinni strax.',
      '866 4127',
    ),
    clean(
      'Twitch, strákur 16 ára, mjög chill spjall um streamið hans. Hann spurði hvort hann gæti lent í trouble ef fólk skrifar rasísk komment í chattið. Útskýrði að hann geti fengið sér mods og eigi bara að deleta og reporta svoleiðis.',
    ),
    withIds(
      'Minecraft / stelpa 11 ára / strítt í spjallinu. Notendanafnið hennar: lundi_Ella2013 – ráðlagt að velja annað + blokka og tilkynna.',
      'lundi_Ella2013',
    ),
    clean(
      'TT/S14: Spurði hvort það sé ólöglegt að deila myndbandi af kennara í tíma. Farið yfir reglur um myndbirtingu án samþykkis. Spjalli lauk kl. 20:45.',
    ),
    withIds(
      'Tilkynnt var af 13 ára strák á Steam að aðganginum hans hefði verið stolið. Netfangið var skrifað út af honum sem jonsi.petursson at simnet punktur is. Honum var ráðlagt að skipta um lykilorð og kveikja á tveggja þrepa auðkenningu.',
      'jonsi.petursson at simnet punktur is',
    ),
    clean(
      'Stelpa (12) í Roblox: „eruð þið alvöru löggur?“ Útskýrt hver við erum og hvað við gerum á netinu. Hún svaraði: „geggjað, ég ætla að segja mömmu“.',
    ),
  ],
  fi: [
    clean(
      'FN/P12: Kysyi, toimivatko ilmaiset V-bucks-generaattorit. Kerrottu, että kyse on huijauksesta eikä tunnuksia saa antaa kenellekään. Lyhyt ja asiallinen keskustelu, päättyi klo 17.30.',
    ),
    withIds(
      'Steam / poika 13 v / ”tuki” pyysi henkilötunnusta. Oli jo ehtinyt antaa: 050611A3484. Ohjeistettu kertomaan vanhemmille heti + ei ikinä uudestaan.',
      '050611A3484',
    ),
    withIds(
      'Tyttö (14) Snapchatissa: ”mun nimi on Aino Virtanen, ei se oo mikään salaisuus”. Keskusteltiin siitä, miksi koko nimeä ei kannata laittaa julkiseen profiiliin. Lupasi muuttaa asetukset.',
      'Aino Virtanen',
    ),
    clean(
      'Juttelin pitkään kolmen 12–13-vuotiaan tytön kanssa Robloxissa. He halusivat tietää, voiko poliisi lukea kaikki heidän yksityisviestinsä, joten kerroin, että näemme vain sen, mitä kirjoitetaan kanavilla, joilla olemme itse mukana, ja että olemme paikalla ennen kaikkea siksi, että meihin on helppo ottaa yhteyttä. Lopuksi puhuttiin siitä, mitä tehdä, jos joku uhkaa levittää kuvia, ja muistutin MLL:n Lasten ja nuorten puhelimesta, numero 116 111.',
    ),
    withIds(
      'Poliisille kerrottiin Discordissa 15-vuotiaan tytön toimesta, että tuntematon aikuinen oli pyytänyt häneltä kuvia. Puhelinnumero 045 718 2936 oli annettu hänen toimestaan jo aiemmin julkisessa ryhmässä. Tyttöä kehotettiin estämään käyttäjä ja kertomaan asiasta luotettavalle aikuiselle.',
      '045 718 2936',
    ),
    clean(
      'Twitch, poika 16 v, tosi chill keskustelu hänen streamistaan. Kysyi, voiko hän joutua jotenkin troubleen, jos chatissa postataan rasistisia kommentteja. Neuvottu laittamaan modeja ja deletoimaan ja reporttaamaan sellaiset viestit.',
    ),
    clean(
      'Robloxissa käytiin 11-vuotiaan pojan kanssa keskustelu Robuxien ostamisesta vanhempien kortilla. Hänelle kerrottiin, että lupa on kysyttävä aina ennen ostoa. Keskustelu päätettiin klo 19.05.',
    ),
    withIds(
      'TikTok live, tyttö 14 v, fake-tili kopioi hänen käyttäjänimeään @revontuli.neiti ja spämmää hänen kavereilleen. Näytin, miten tili reportataan, ja suosittelin laittamaan oman tilin privaksi.',
      '@revontuli.neiti',
    ),
    withIds(
      'Keskustelin pitkään 15-vuotiaan pojan kanssa Fortnitessa; hän oli myynyt vanhan ohjaimensa Discord-ryhmän kautta, ja ostaja halusi tulla hakemaan sen suoraan kotoa. Poika kirjoitti osoitteensa, Koivukuja 5 B 12, kaikkien nähtäville, joten kävimme läpi, miksi tällaiset kaupat kannattaa aina hoitaa vanhempien kautta. Sovimme, että hän ottaa asian puheeksi kotona vielä tänä iltana.',
      'Koivukuja 5 B 12',
    ),
    clean(
      'Poika (12) Minecraftissa: ”ootteko te oikeita poliiseja vai joku prank?” Kerroin, keitä olemme ja mitä teemme netissä. Vastaus: ”siistii, kerron huomenna kavereille”.',
    ),
  ],
  sv: [
    withIds(
      'Tjej (13) på Roblox: ”jag heter Wilma Lindqvist och jag är inte rädd för nån”. Pratade om varför fullständigt namn inte ska stå i profilen. Hon lovade att byta visningsnamn.',
      'Wilma Lindqvist',
    ),
    clean(
      'Fortnite / kille ca 12 / frågade om gratis V-bucks. Förklarat: bedrägeri, logga aldrig in via länkar. Kort, trevligt samtal.',
    ),
    withIds(
      'ST/K12: En falsk ”support” hade bett om hans personnummer och han hann skriva 120709-4739 i chatten. Förklarat att riktig support aldrig frågar efter det. Uppmanad att berätta för föräldrarna i kväll.',
      '120709-4739',
    ),
    clean(
      'Jag hade ett långt och fint samtal med tre tjejer i 13-årsåldern på Discord som undrade om polisen kan läsa allt de skriver i privata meddelanden. Jag förklarade att vi bara ser det som skrivs i de kanaler där vi själva finns, och att vi framför allt är där för att vara lätta att nå. Vi pratade också om vad man gör om någon hotar att sprida bilder, och jag påminde om Bris på 116 111.',
    ),
    clean(
      'Twitch, kille 16, väldigt chill snack om hans stream. Han undrade om han kan hamna i trouble om folk postar rasistiska kommentarer i chatten. Förklarade att han kan sätta in mods och bara deleta och reporta sånt.',
    ),
    withIds(
      'Polisen kontaktades på Snapchat av en flicka på 14 år som hade blivit erbjuden pengar mot bilder. Hennes telefonnummer, 073-518 42 96, hade lagts ut av henne i en offentlig story. Det rekommenderades att storyn skulle raderas och att kontot skulle blockeras och anmälas.',
      '073-518 42 96',
    ),
    clean(
      'MC/K11: Ville veta om man kan bli gripen för att griefa. Nej, men förklarat att servern kan banna. Samtalet varade ca 10 min och avslutades 16.50.',
    ),
    withIds(
      'TikTok / tjej 14 / kapat konto, bytt mejl. Gamla adressen enligt henne: elsa.nyberg10 snabel-a hotmail punkt com. Råd: återställning via officiell support + tvåstegsverifiering.',
      'elsa.nyberg10 snabel-a hotmail punkt com',
    ),
    withIds(
      'En pojke på 13 år berättade i en Minecraft-lobby att en klasskompis blir uthängd i en Discord-server och att alla på skolan har sett det. Han skrev helt öppet att det gäller Hugo i 7C på Rönnbergaskolan och ville veta om det är ett brott. Jag förklarade vad som gäller vid kränkande fotografering och förtal, och uppmanade honom att spara skärmdumpar och prata med en lärare han litar på.',
      'Hugo i 7C på Rönnbergaskolan',
    ),
    clean(
      'Det frågades av en flicka på 12 år på Steam om det är tillåtet att köpa skins av andra spelare. Det förklarades att sådana affärer ofta slutar i bedrägerier. Hon hänvisades till polisens egen profil för fler frågor.',
    ),
  ],
};
