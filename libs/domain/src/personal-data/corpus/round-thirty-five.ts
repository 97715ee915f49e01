/**
 * Round thirty-five: written blind, before the detector was run on it.
 * The officer quotes the young person's own words verbatim, in the youth slang and dialect of each country
 * (Norwegian dialects, Nynorsk, Flemish and Dutch street talk, Belgian French, Ostbelgien German, Icelandic,
 * Helsinki slang, Finland-Swedish and Swedish, British and Irish teen English), with identifiers dropped casually.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_THIRTY_FIVE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      `Lad in the Fortnite lobby kept saying "add me bro im krispy_kebab09 innit", told him not to post his tag in open chat.`,
      'krispy_kebab09',
    ),
    withIds(
      `Girl on Snapchat wrote "text me yeah 07700 900461 mate", advised her to delete it and keep her number private.`,
      '07700 900461',
    ),
    withIds(
      `Boy in Roblox: "im Callum, Year 9 at St Aidan's innit, u lot actually police?" Explained the patrol and not to share his school.`,
      'Callum',
      `Year 9 at St Aidan's`,
    ),
    withIds(
      `Irish lad on Discord: "me email is ciaran dot byrne 2010 at gmail dot com bruv, send us the link". Told him we never send links.`,
      'ciaran dot byrne 2010 at gmail dot com',
    ),
    withIds(
      `"come round mine sure, 14 Hollybank Road, proper close to the chippy" - said to another player in Minecraft; we stepped in and explained why.`,
      '14 Hollybank Road',
    ),
    clean(
      `"bruv IShowSpeed is well better than Kai Cenat innit" - chatted about streamers for ten minutes, no concerns.`,
    ),
    clean(
      `"mate is Childline still 0800 1111 yeah?" - confirmed the number and explained they can ring any time, day or night.`,
    ),
    clean(
      `"is that actually the police or a bot lol" - explained the blue Politiet Nettpatrulje profile and why we are on Roblox this week.`,
    ),
    clean(
      `"bro the mods on this server are proper sound, no drama" - group of lads in Minecraft, asked about bullying, all grand.`,
    ),
    clean(
      `"Saka bottled it innit, Arsenal are finished mate" - football chat with three lads in the EA FC lobby, nothing to report.`,
    ),
  ],
  nb: [
    withIds(
      `«ring mæ på 912 34 567 da» skrev jenta i Snapchat-chatten (nordnorsk), vi ba henne slette nummeret med en gang.`,
      '912 34 567',
    ),
    withIds(
      `«æ bor i Storgata 5 lol, kom å besøk» – gutt på Roblox, trøndersk. Forklarte hvorfor man ikke deler adressen sin.`,
      'Storgata 5',
    ),
    withIds(
      `Bergensk gutt på Discord: «eg heter Sindre Haugland og eg e fra Åsane ass, dokker e kule». Snakket om å ikke dele fullt navn.`,
      'Sindre Haugland',
    ),
    withIds(
      `«kæm e du? æ e Tuppen, add mæ på Discord, æ hete tuppen_ittj_snill» – nordnorsk jente, rådet henne til å holde brukernavnet privat.`,
      'Tuppen',
      'tuppen_ittj_snill',
    ),
    withIds(
      `«trenger dokker personnummeret mitt? 14030952333» skrev gutten i Fortnite, vi sa straks at han aldri skal dele det med noen.`,
      '14030952333',
    ),
    clean(
      `«æ e ittj no redd for politiet, dokker e jo chill» – trøndersk gutt i Fortnite, spurte om hva Nettpatruljen gjør.`,
    ),
    clean(
      `«Haaland e jo sykt god, kæm bryr seg om Messi» – fotballprat i Discord-serveren, ingen bekymring.`,
    ),
    clean(
      `«ka e det dokker gjør her?» (bergensk) – forklarte at Politiet Nettpatrulje er på Roblox i aksjonsuka.`,
    ),
    clean(
      `«bro, æ trudde dokker va en bot» – nordnorsk jente, vi viste til Kors på halsen og 116 111 om hun trenger å snakke med noen.`,
    ),
    clean(`«vi spelle Minecraft etter skolen te klokka ni» – gjeng fra Tromsø, alt i orden.`),
  ],
  nn: [
    withIds(
      `«eg heiter Eline, og bror min heiter Ali, han er tolv» skreiv ho i TikTok-kommentaren. Bad henne fjerne kommentaren.`,
      'Eline',
      'Ali',
    ),
    withIds(
      `«eg går i 9B på Sandane ungdomsskule, kjem de dit òg?» – jente på Roblox, forklarte kvifor ho ikkje bør skrive skule og klasse.`,
      '9B på Sandane ungdomsskule',
    ),
    withIds(
      `«send det til ingrid.tveit09@hotmail.no, ok?» skreiv ho til ein ukjend i Discord; vi gav råd om å ikkje dele e-post.`,
      'ingrid.tveit09@hotmail.no',
    ),
    withIds(
      `«Discord-ID-en min er 734882910455267328 viss de vil legge meg til, lol» – gut i ein open server.`,
      '734882910455267328',
    ),
    withIds(
      `«snap meg, eg er snokula_2010 lol» – jente på Twitch-chatten, vi bad henne slette meldinga.`,
      'snokula_2010',
    ),
    clean(
      `«kva gjer politiet på Twitch, er det ikkje litt rart?» – forklarte kva Nettpatruljen gjer i aksjonsveka.`,
    ),
    clean(
      `«eg høyrer berre på Karpe og Sigrid, ingenting anna» – prat om musikk i Fortnite-lobbyen, ingen uro.`,
    ),
    clean(
      `«eg vart litt utrygg då ein vaksen spurde etter bilete» – gav råd og viste til Kors på halsen; ingen namn vart oppgjevne.`,
    ),
    clean(
      `«bror, du er jo heilt rå på Minecraft» – gutane kalla kvarandre bror og kompis, ingen identitetar delte.`,
    ),
    clean(`«me spelar frå Førde kvar kveld etter klokka sju» – gjeng på Roblox, alt i orden.`),
  ],
  nl: [
    withIds(
      `"wollah mattie ik ben Jayden, add me ff op Fortnite: JaydenGoesBrrr" - uitgelegd dat hij zijn naam en tag niet open moet zetten.`,
      'Jayden',
      'JaydenGoesBrrr',
    ),
    withIds(
      `"stuur ff nen berichtje naar 0478 52 19 83 ze" (Vlaams meisje op Snapchat) - gevraagd het nummer te verwijderen.`,
      '0478 52 19 83',
    ),
    withIds(
      `"bro mijn BSN is 173069526 toch, moet je die hebben?" - jongen op Roblox, meteen gezegd dat hij dat nooit moet delen.`,
      '173069526',
    ),
    withIds(
      `"mail me ff op sem punt devries apenstaartje outlook punt com, wollah" - uitgelegd waarom je je mail niet in open chat zet.`,
      'sem punt devries apenstaartje outlook punt com',
    ),
    withIds(
      `"ik woon Kerkstraat 17, 2060 Antwerpen, kom langs bro" - gezegd tegen een onbekende in Minecraft, wij hebben ingegrepen.`,
      'Kerkstraat 17, 2060 Antwerpen',
    ),
    clean(
      `"wollah bro, Politie Online is echt de politie?" - uitgelegd wie we zijn en waarom we op Roblox zitten.`,
    ),
    clean(`"mattie Boef en Lil Kleine zijn zo oud nu" - muziekpraat in de Discord-server, geen zorgen.`),
    clean(
      `"ff serieus, die gast stuurde rare dingen" - doorverwezen naar de Kindertelefoon en Awel; er werden geen namen genoemd.`,
    ),
    clean(
      `"De Bruyne is de GOAT, niemand anders mattie" - voetbalpraat met drie jongens in EA FC, niets te melden.`,
    ),
    clean(`"we gamen elke avond tot elf uur vanuit Gent, bro" - groepje op Minecraft, alles oké.`),
  ],
  fr: [
    withIds(
      `«moi c'est inès mdr, et toi t'es qui?» – fille sur TikTok, expliqué qu'on ne donne pas son prénom en live.`,
      'inès',
    ),
    withIds(
      `«wesh mon numéro national c'est 10.09.23-284.07, genre c'est grave?» – garçon sur Discord, on lui a dit de l'effacer tout de suite.`,
      '10.09.23-284.07',
    ),
    withIds(
      `«écris-moi sur noah point lambert arobase gmail point com frère» – dit à un inconnu sur Fortnite, on est intervenus.`,
      'noah point lambert arobase gmail point com',
    ),
    withIds(
      `«jsp frère ajoute-moi sur Roblox, c'est BilalDu4000» – conseillé de garder son pseudo privé.`,
      'BilalDu4000',
    ),
    withIds(
      `«j'habite rue des Tanneurs 23 à Bruxelles, appelle-moi au 0487 36 21 95 genre» – fille sur Snapchat, expliqué les risques.`,
      'rue des Tanneurs 23',
      '0487 36 21 95',
    ),
    clean(
      `«wesh frère, c'est vraiment la police ou quoi?» – expliqué le profil bleu de la police sur Discord.`,
    ),
    clean(
      `«Damso il est trop fort, genre Stromae aussi» – discussion musique sur Fortnite, rien à signaler.`,
    ),
    clean(
      `«jsp si je dois en parler, genre ça me fait peur» – orientée vers Écoute-Enfants au 103; aucun nom donné.`,
    ),
    clean(
      `«frère t'as vu Squeezie en live hier? c'était trop bien mdr» – discussion streamers, ambiance tranquille.`,
    ),
    clean(`«on joue de Namur jusqu'à 22h tous les soirs, habibi» – groupe sur Minecraft, tout va bien.`),
  ],
  de: [
    withIds(
      `„Digga, ich bin der Luca Schröder aus Eupen, voll lost hier" – Junge auf Roblox, erklärt, dass er seinen Namen nicht teilen soll.`,
      'Luca Schröder',
    ),
    withIds(
      `„schreib mir auf WhatsApp, 0151 23948571, alter" – Mädchen im Fortnite-Chat, gebeten, die Nummer zu löschen.`,
      '0151 23948571',
    ),
    withIds(
      `„ich geh in die 8c an der Gesamtschule Nord, voll cringe" – Junge auf Discord, erklärt, warum Schule und Klasse privat bleiben.`,
      '8c an der Gesamtschule Nord',
    ),
    withIds(
      `„Alle nennen mich Krümel, mein Twitch ist kruemel_eupen07, digga" – geraten, den Kanal nicht in offenen Chats zu posten.`,
      'Krümel',
      'kruemel_eupen07',
    ),
    withIds(
      `„mail mir einfach: finn.weber2009@web.de, alter" – an einen Unbekannten auf Minecraft, wir haben eingegriffen.`,
      'finn.weber2009@web.de',
    ),
    clean(`„Alter, Montanablack ist so cringe geworden" – Gespräch über Streamer, keine Auffälligkeiten.`),
    clean(
      `„digga, seid ihr echt die Polizei?" – erklärt, wer wir sind und warum die Polizei auf Fortnite unterwegs ist.`,
    ),
    clean(
      `„Musiala ist lost gut, bester Spieler von Bayern" – Fußballgespräch im Discord, nichts zu melden.`,
    ),
    clean(
      `„ich weiß nicht, ob ich das jemandem sagen soll" – auf die Nummer gegen Kummer 116 111 hingewiesen; keine Namen genannt.`,
    ),
    clean(`„wir zocken jeden Abend in St. Vith bis zehn, alter" – Gruppe auf Minecraft, alles gut.`),
  ],
  is: [
    withIds(
      `„kennitalan mín er 120809-2020 sko, þarftu hana?" – strákur á Roblox, sögðum honum strax að deila henni aldrei.`,
      '120809-2020',
    ),
    withIds(
      `„ég heiti Guðrún Sif Jónsdóttir og er geðveikt góð í Fortnite" – stelpa á Discord, ráðlögðum henni að nota ekki fullt nafn.`,
      'Guðrún Sif Jónsdóttir',
    ),
    withIds(
      `„hringdu í mig í 867 4521, næs" – skrifað til ókunnugs á Snapchat, við gripum inn í.`,
      '867 4521',
    ),
    withIds(
      `„addaðu mér á Roblox sko, ég er skuggi_hfj99" – strákur í opnu spjalli, bentum honum á að halda notandanafninu fyrir sig.`,
      'skuggi_hfj99',
    ),
    withIds(
      `„ég bý á Laugavegi 42, komdu bara" – stelpa á Minecraft, útskýrðum af hverju maður deilir ekki heimilisfangi.`,
      'Laugavegi 42',
    ),
    clean(
      `„er Lögreglan Netvakt í alvöru lögreglan?" – útskýrðum hver við erum og af hverju við erum á Roblox.`,
    ),
    clean(`„Herra Hnetusmjör er geðveikt næs sko" – spjall um tónlist á Discord, ekkert að athuga.`),
    clean(
      `„sko, ég vil ekki segja neinum frá þessu" – bentum á Hjálparsíma Rauða krossins 1717; engin nöfn nefnd.`,
    ),
    clean(`„bro, Gylfi var bestur í landsliðinu" – fótboltaspjall, allt í lagi.`),
    clean(`„við spilum Minecraft frá Akureyri á kvöldin til klukkan tíu" – hópur á Minecraft, allt gott.`),
  ],
  fi: [
    withIds(
      `"mä oon Eelis btw, sä?" – poika Fortnitessa, kerrottiin ettei omaa nimeä kannata laittaa avoimeen chattiin.`,
      'Eelis',
    ),
    withIds(
      `"mun sotu on 150709A2346, tarviiks sä sitä?" – poika Robloxissa, sanottiin heti ettei sitä saa jakaa kenellekään.`,
      '150709A2346',
    ),
    withIds(
      `"laita viestii mun numeroon 040 718 2293 jätkä" – tuntemattomalle Discordissa, puututtiin tilanteeseen.`,
      '040 718 2293',
    ),
    withIds(
      `"mä oon 8C:llä Pihlajamäen yläasteella, tuu moikkaa" – tyttö TikTokissa, selitettiin miksi koulua ja luokkaa ei kerrota.`,
      '8C:llä Pihlajamäen yläasteella',
    ),
    withIds(
      `"mun brosa on Aleksi ja sen tägi on aleksi_kundi05" – skidi Minecraftissa, neuvottiin pitämään tägit omana tietona.`,
      'Aleksi',
      'aleksi_kundi05',
    ),
    clean(`"onks Poliisi Nettipartio oikeesti poliisi vai joku botti?" – selitettiin keitä me ollaan.`),
    clean(`"jätkä, JVG ja Cheek on iha legendoi" – musiikkijuttuja Discordissa, ei huolta.`),
    clean(
      `"kundi tossa lobbyssä oli tosi outo, mä blokkasin sen" – neuvottiin ilmoittamaan ja kerrottiin Sekasin-chatista; nimiä ei mainittu.`,
    ),
    clean(
      `"mä ja mun kaverit pelataan Espoosta joka ilta kymmeneen asti" – porukka Minecraftissa, kaikki ok.`,
    ),
    clean(`"sä oot iha skidi jos et tiiä Pukkia" – jalkapallojuttuja Fortnitessa, ei mitään raportoitavaa.`),
  ],
  sv: [
    withIds(
      `"asså mitt personnummer är 090317-2385, behöver ni det?" – pojke på Roblox, sa direkt att han aldrig ska dela det.`,
      '090317-2385',
    ),
    withIds(
      `"jag heter typ Wilma Nyström, bor i Vasa" – flicka på Discord, rådde henne att inte skriva hela namnet.`,
      'Wilma Nyström',
    ),
    withIds(
      `"ring mig len, 050 462 1187" – skrev han till en okänd i Fortnite, vi gick in och förklarade.`,
      '050 462 1187',
    ),
    withIds(
      `"shuno, adda mig på Snap, jag är eliaskk_08" – pojke i öppen chatt, bad honom hålla användarnamnet privat.`,
      'eliaskk_08',
    ),
    withIds(
      `"jag bor på Storgatan 12, 652 24 Karlstad, kom förbi ba" – flicka på Minecraft, förklarade varför man inte delar adress.`,
      'Storgatan 12, 652 24 Karlstad',
    ),
    clean(`"asså, är ni typ riktiga poliser?" – förklarade att den blå polisprofilen är äkta.`),
    clean(`"Einár och Yung Lean är ba bäst, len" – musikprat i Discord, inga bekymmer.`),
    clean(
      `"shuno den där snubben i lobbyn var typ creepy" – hänvisade till BRIS och 116 111; inga namn nämndes.`,
    ),
    clean(`"Zlatan är typ äldre än min farsa asså" – fotbollsprat i EA FC, inget att rapportera.`),
    clean(`"vi spelar från Åbo varje kväll till typ tio" – gäng på Roblox, allt lugnt.`),
  ],
};
