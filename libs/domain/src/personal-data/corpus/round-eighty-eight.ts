/**
 * Round eighty-eight: written blind, before the detector was run on it.
 * A reviewer from another police service tests the tool: post-chat notes from Discord, Roblox, Fortnite, Minecraft
 * and Twitch, half with identifiers of every kind and format, half clean but full of look-alikes.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_EIGHTY_EIGHT: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Boy (13) on Discord says an adult who calls himself Uncle Rasmus keeps DMing him and wants to move to Snapchat, where he is rasmus.hvit09. Advised him to block, report and tell a parent.',
      'Uncle Rasmus',
      'rasmus.hvit09',
    ),
    withIds(
      "Roblox, girl (12) from Bergen: before we could stop her she typed her full name, Amina Farah, and pasted the 'seller' address she had paid Robux to: freerobux dot giveaway at gmail dot com.",
      'Amina Farah',
      'freerobux dot giveaway at gmail dot com',
    ),
    withIds(
      'Finnish team, Twitch chat in English: a viewer wrote that he lives at Mannerheimintie 54 B, 00260 Helsinki and is home alone all weekend. Told him to delete it and never post it again.',
      'Mannerheimintie 54 B, 00260 Helsinki',
    ),
    withIds(
      "Fortnite squad of three. One boy gave his mum's mobile, +47 412 58 306, so we could 'call her and prove we are real police'. Declined and showed him how to check us on politiet.no.",
      '+47 412 58 306',
    ),
    withIds(
      'Minecraft server: girl in Year 9 at Lindeberg skole says Jonas Haugen from her class shares her pictures on tiktok.com/@jonas.haugen.07 and she is scared to go to school.',
      'Year 9 at Lindeberg skole',
      'Jonas Haugen',
      'tiktok.com/@jonas.haugen.07',
    ),
    clean(
      'Chatted with four boys on Discord about whether Erling Haaland or Kylian Mbappé is better in EA FC. No personal data recorded. Logged under case 24/118 734 for the statistics only.',
    ),
    clean(
      'Girl (14) on Snapchat asked what to do about a classmate spreading rumours. Gave her 116 111 and told her the chat is open 14:00–22:00. She did not name anyone.',
    ),
    clean(
      'Roblox: the kids wanted to know if the blue profile Kripos_Patrulje_Mari is a real police officer. Explained the blue profiles and that Kripos hosts the week from Oslo.',
    ),
    clean(
      'Minecraft Hypixel lobby, about 20 players. Talked about griefing, the Ender Dragon and whether Technoblade really made his own mods. Nothing identifying.',
    ),
    clean(
      'Twitch stream of a big Norwegian streamer; viewers asked about swatting. Explained that 112 is for real emergencies and that fake calls are a crime. 3 of 5 had seen it on YouTube.',
    ),
  ],
  nb: [
    withIds(
      'Jente på 13 på Snapchat forteller at en voksen mann som heter Geir Arne har bedt om bilder. Snapen hans er geir_arne_77. Rådet henne til å ikke svare og si det til mamma.',
      'Geir Arne',
      'geir_arne_77',
    ),
    withIds(
      'Gutt i Fortnite skrev fødselsnummeret sitt i chatten for å «bevise» at han er 16: 140309 50756. Ba ham slette meldingen med en gang.',
      '140309 50756',
    ),
    withIds(
      'Discord: gutten bor i Tollbugata 17, 8006 Bodø og sier at noen fra serveren har truet med å komme hjem til ham i kveld.',
      'Tollbugata 17, 8006 Bodø',
    ),
    withIds(
      'Roblox-spiller ble svindlet for 2 000 Robux og ba oss ringe faren på 934 71 205 eller sende mail til tor punktum ekelund krølla online punktum no. Vi kontakter ikke foreldre slik; henviste til politiet.no.',
      '934 71 205',
      'tor punktum ekelund krølla online punktum no',
    ),
    withIds(
      'Jenta går i 8B på Hundsund ungdomsskole og sier at Mohammed Ali Yusuf mobber henne på TikTok, profilen tiktok.com/@mo_yusuf_07.',
      '8B på Hundsund ungdomsskole',
      'Mohammed Ali Yusuf',
      'tiktok.com/@mo_yusuf_07',
    ),
    clean(
      'Prat med tre gutter på Discord om Erling Haaland og Martin Ødegaard. Ingen personopplysninger registrert.',
    ),
    clean(
      'Jente på 12 fra Tromsø lurte på hva hun skal gjøre hvis noen deler bilder av henne. Ga henne Alarmtelefonen for barn og unge 116 111 og fortalte om slettmeg.no.',
    ),
    clean(
      'Minecraft: barna spurte om den blå profilen «Nettpatruljen Kripos» er ekte politi. Forklarte hvordan de kan sjekke det. Sak 25-004417 oppdateres.',
    ),
    clean(
      'Fortnite kl. 20.15: gutter på 11 og 12 snakket om Ninja og Bugha og om gratis V-Bucks. Forklarte at «gratis V-Bucks» nesten alltid er svindel.',
    ),
    clean(
      'Gutt (15) på Roblox skrev at han ikke orker mer. Ga ham Mental Helse 116 123 og 113 ved akutt fare; han sa han skulle snakke med helsesykepleieren på en skole i Drammen.',
    ),
  ],
  nn: [
    withIds(
      'Jenta på Roblox seier at ho heiter Sigrid Nesheim og bur i Førde. Ein vaksen som kallar seg «Onkel Bjarte» har bede henne om bilete.',
      'Sigrid Nesheim',
      'Onkel Bjarte',
    ),
    withIds(
      'Guten skreiv adressa si i chatten: Kaigata 12, 6900 Florø. Eg bad han sletta det med ein gong.',
      'Kaigata 12, 6900 Florø',
    ),
    withIds(
      'På Discord kallar han seg sunnfjordgut_09, og han fortel at ein annan spelar truar med å leggje ut bilete av han. Me rådde han til å ikkje betale noko.',
      'sunnfjordgut_09',
    ),
    withIds(
      'Fødselsnummeret til veslebror stod på ein skjermdump ho delte: 270811–50775. Me fekk fjerna biletet frå samtalen.',
      '270811–50775',
    ),
    withIds(
      'E-posten til mora, sagt høgt på Fortnite: ingrid punktum vik krølla alfa punktum no. Jenta går i 9A på Stord ungdomsskule og vert mobba der.',
      'ingrid punktum vik krølla alfa punktum no',
      '9A på Stord ungdomsskule',
    ),
    clean(
      'Prata med fire gutar på Minecraft om creeper-feller og Ender-dragen. Ingen personopplysningar vart lagra.',
    ),
    clean(
      'Ei jente på 14 frå ein skule på Voss spurde kva ho kan gjere når nokon held henne utanfor i gruppechatten. Eg gav henne 116 111 og sa at ho kan ringje når som helst.',
    ),
    clean(
      'Twitch: sjåarane lurte på om artisten Sigrid og Aurora har vore på stream. Me snakka mest om musikk og om at politiet ikkje les private meldingar.',
    ),
    clean(
      'Fortnite-lobby kl. 19.30: tre gutar på 10–12 år spurde om den blå profilen «Nettpolitiet Vest» er ekte. Forklarte korleis dei kan sjekke det på politiet.no.',
    ),
    clean(
      'Guten (13) fortalde at han har tenkt på å skade seg. Gav han 113 og Mental Helse 116 123, og sa at det er lurt å snakke med ein vaksen han stolar på. Han ville ikkje seie kvar han bur.',
    ),
  ],
  nl: [
    withIds(
      "Meisje (13) op Snapchat zegt dat een man die zich 'Dennis' noemt om foto's vraagt; op Snapchat is hij dennis.breda88. Ze woont op Hoogstraat 42, 4811 XJ Breda.",
      'Dennis',
      'dennis.breda88',
      'Hoogstraat 42, 4811 XJ Breda',
    ),
    withIds(
      "Jongen op Roblox typte zijn BSN in de chat om te laten zien dat hij 'echt' 14 is: 3141.59.265. Uitgelegd dat je dat nooit deelt.",
      '3141.59.265',
    ),
    withIds(
      'Fortnite: jongen uit Antwerpen vertelt dat hij Yassine El Amrani heet en dat een oudere speler hem chanteert. Mailadres van die speler: deal punt maker apenstaartje outlook punt be.',
      'Yassine El Amrani',
      'deal punt maker apenstaartje outlook punt be',
    ),
    withIds(
      'Een meisje stuurde via Discord een foto van haar kids-ID; het rijksregisternummer 10.04.12-387.05 stond er duidelijk op. Gevraagd om het bericht te verwijderen.',
      '10.04.12-387.05',
    ),
    withIds(
      'Minecraft: de jongen zit in 2B van het Sint-Jozefscollege in Hasselt, samen met Lotte Peeters die gepest wordt. Hij gaf zijn gsm: 0478 31 92 07.',
      '2B van het Sint-Jozefscollege',
      'Lotte Peeters',
      '0478 31 92 07',
    ),
    clean(
      'Gesprek met vijf jongens op Discord over Virgil van Dijk en Kevin De Bruyne. Geen persoonsgegevens genoteerd.',
    ),
    clean(
      'Meisje (12) uit Gent vroeg wat ze moet doen bij pesten in de klasgroep. Doorverwezen naar Awel op 102.',
    ),
    clean(
      "Twitch: kijkers vroegen of het blauwe profiel 'Politie Online Team Tilburg' echt politie is. Uitgelegd waarom we zo werken. Zaaknummer 2025-0417-88 voor de statistiek.",
    ),
    clean(
      "Roblox, 21:15: drie kinderen speelden Brookhaven en vroegen of je gearresteerd wordt als je in het spel iemand 'besteelt'. Uitgelegd: nee. 0 persoonsgegevens.",
    ),
    clean(
      'Jongen (15) zei dat hij zich heel slecht voelt. Gegeven: 113 Zelfmoordpreventie (0800-0113) en 112 bij acuut gevaar. Hij wilde niet zeggen waar hij woont.',
    ),
  ],
  fr: [
    withIds(
      "Sur Discord, une fille de 13 ans de Namur dit qu'un homme qui s'appelle Marc Dubois lui demande des photos. Son pseudo Discord : marcodu_4000.",
      'Marc Dubois',
      'marcodu_4000',
    ),
    withIds(
      "Un garçon a donné son adresse dans le chat Fortnite : rue Saint-Gilles 118, 4000 Liège. Il dit qu'il est souvent seul le soir.",
      'rue Saint-Gilles 118, 4000 Liège',
    ),
    withIds(
      "Numéro de registre national tapé chiffre par chiffre dans le chat Roblox : 0 9 0 8 3 1 2 1 4 0 3. On lui a expliqué qu'il ne faut jamais partager ça.",
      '0 9 0 8 3 1 2 1 4 0 3',
    ),
    withIds(
      'Adresse mail du « recruteur » sur Minecraft, dictée au micro : kevin point lambert arobase gmail point com. Il promet des skins contre des photos.',
      'kevin point lambert arobase gmail point com',
    ),
    withIds(
      "La jeune fille est en 2e secondaire à l'Athénée Royal de Mons avec Inès Benali, qui la harcèle. Elle nous a donné son GSM : +32 471 23 86 09.",
      "2e secondaire à l'Athénée Royal de Mons",
      'Inès Benali',
      '+32 471 23 86 09',
    ),
    clean(
      'Discussion avec quatre garçons sur Twitch à propos de Romelu Lukaku et de Thibaut Courtois. Aucune donnée personnelle notée.',
    ),
    clean(
      "Fille de 14 ans de Charleroi : on se moque d'elle dans le groupe de classe. Renvoyée vers Écoute-Enfants au 103 et, en cas d'urgence, le 112.",
    ),
    clean(
      'Roblox : les enfants demandaient si le profil bleu « Police Online – Zone Bruxelles » est une vraie policière. Expliqué. Dossier n° 2025/118/44.',
    ),
    clean(
      "Minecraft : on a parlé des Creepers, de Steve et d'Alex, et du serveur Hypixel. 6 joueurs, de 10 à 13 ans. Rien à signaler.",
    ),
    clean(
      'Garçon de 16 ans qui pense au suicide. Donné le Centre de Prévention du Suicide 0800 32 123 et le 112. Il ne voulait pas dire où il habite, on a respecté.',
    ),
  ],
  de: [
    withIds(
      "Auf Discord erzählt ein Junge (12) aus Eupen, dass ein Mann, der sich 'Onkel Heinz' nennt, ihn nach Fotos fragt. Der Junge heißt Lukas Schröder.",
      'Onkel Heinz',
      'Lukas Schröder',
    ),
    withIds(
      'Mädchen auf TikTok nannte ihre Adresse: Bergstraße 23, 4700 Eupen. Sie hat Angst, weil ein Fremder geschrieben hat, er kenne ihr Haus.',
      'Bergstraße 23, 4700 Eupen',
    ),
    withIds(
      "Die Mail des angeblichen 'Modelagenten' auf Snapchat: lena punkt model Klammeraffe web punkt de. Er verlangt Bilder gegen Geld.",
      'lena punkt model Klammeraffe web punkt de',
    ),
    withIds(
      "Fortnite: Der Junge gab seine Handynummer durch, 0176 – 48 29 31 57, damit wir ihn 'zurückrufen'. Wir rufen nicht an.",
      '0176 – 48 29 31 57',
    ),
    withIds(
      'Minecraft-Server: Er geht in die 7b der Pater-Damian-Sekundarschule, zusammen mit Emir Yılmaz, der dort gemobbt wird. Emirs Kanal: twitch.tv/emir_y_plays.',
      '7b der Pater-Damian-Sekundarschule',
      'Emir Yılmaz',
      'twitch.tv/emir_y_plays',
    ),
    clean(
      'Gespräch mit drei Jungs auf Twitch über Thomas Müller, Jamal Musiala und die Bundesliga. Keine personenbezogenen Daten erfasst.',
    ),
    clean(
      'Mädchen (13) aus St. Vith fragte, was sie bei Mobbing machen kann. Hinweis auf die Nummer gegen Kummer 116 111 und den Notruf 112.',
    ),
    clean(
      "Roblox, 20:45 Uhr: Die Kinder wollten wissen, ob das blaue Profil 'Polizei Eupen Online' echt ist. Erklärt. Vorgang 2025-DG-00731.",
    ),
    clean(
      "Fortnite: Wir haben über Peely, Jonesy und Midas geredet und darüber, dass 'kostenlose V-Bucks' Betrug sind. 4 Spieler, alle zwischen 11 und 14.",
    ),
    clean(
      'Junge (15) schrieb, dass er nicht mehr leben will. Telefonseelsorge 0800 111 0 111 und 112 gegeben. Er wollte keinen Namen nennen, das haben wir respektiert.',
    ),
  ],
  is: [
    withIds(
      'Stelpa (13) á Snapchat segir að maður sem heitir Gunnar Þór Einarsson hafi beðið hana um myndir. Hann er á Snapchat sem gunnithor_85.',
      'Gunnar Þór Einarsson',
      'gunnithor_85',
    ),
    withIds(
      'Strákur á Roblox skrifaði kennitöluna sína í spjallið: 150510-3410. Við báðum hann að eyða skilaboðunum.',
      '150510-3410',
    ),
    withIds(
      'Hann býr á Hringbraut 45, 101 Reykjavík og segir að einhver af Discord-þjóninum hafi hótað að koma heim til hans.',
      'Hringbraut 45, 101 Reykjavík',
    ),
    withIds(
      'Netfang móðurinnar, sagt upphátt á Fortnite: sigga punktur jons hjá simnet punktur is. Síminn hennar er 862 4417.',
      'sigga punktur jons hjá simnet punktur is',
      '862 4417',
    ),
    withIds(
      'Hún er í 8. bekk í Hagaskóla með Önnu Nguyen, sem er lögð í einelti á TikTok: tiktok.com/@anna.ng.rvk',
      '8. bekk í Hagaskóla',
      'Önnu Nguyen',
      'tiktok.com/@anna.ng.rvk',
    ),
    clean(
      'Spjölluðum við fjóra stráka á Discord um Gylfa Sigurðsson og íslenska landsliðið. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Stelpa (12) frá Akureyri spurði hvað hún ætti að gera ef einhver deilir myndum af henni. Bentum á Hjálparsíma Rauða krossins 1717 og 112.',
    ),
    clean(
      "Minecraft: börnin spurðu hvort blái prófíllinn 'Lögreglan á netinu' væri alvöru lögregla. Útskýrðum það. Mál nr. 007-2025-118.",
    ),
    clean(
      'Twitch: áhorfendur töluðu um Björk og Laufeyju og hvort þær spili tölvuleiki. 3 af 7 sögðust hafa séð svikaauglýsingar.',
    ),
    clean(
      'Strákur (15) sagðist líða mjög illa. Gáfum honum 1717 og Píeta-símann 552 2218; hann vildi ekki segja hvar hann býr.',
    ),
  ],
  fi: [
    withIds(
      'Discordissa 13-vuotias tyttö kertoi, että aikuinen mies, jonka nimi on Jari Koskinen, pyytää häneltä kuvia. Miehen Discord on jari_k_1979.',
      'Jari Koskinen',
      'jari_k_1979',
    ),
    withIds(
      "Poika kirjoitti Robloxin chattiin 'nimeni on Eetu Lahtinen' ja henkilötunnuksensa 120410A318T todistaakseen ikänsä. Pyysimme poistamaan viestit.",
      'Eetu Lahtinen',
      '120410A318T',
    ),
    withIds(
      'Tyttö kertoi asuvansa osoitteessa Hämeenkatu 14 B 22, 33100 Tampere ja että joku Fortnite-pelaaja on uhannut tulla sinne.',
      'Hämeenkatu 14 B 22, 33100 Tampere',
    ),
    withIds(
      'Huijarin sähköposti, sanottuna ääneen Minecraftissa: ilmaiset piste skinit ät gmail piste com. Poika antoi myös äitinsä numeron 040 718 2293.',
      'ilmaiset piste skinit ät gmail piste com',
      '040 718 2293',
    ),
    withIds(
      'Poika on 7C-luokalla Kalevan koulussa yhdessä Abdirahman Warsamen kanssa, jota kiusataan Snapchatissa. Abdirahmanin nimimerkki Snapchatissa: abdi.w.tre.',
      '7C-luokalla Kalevan koulussa',
      'Abdirahman Warsamen',
      'abdi.w.tre',
    ),
    clean(
      'Juttelimme Twitchissä neljän pojan kanssa Teemu Pukista ja Lauri Markkasesta. Henkilötietoja ei kirjattu.',
    ),
    clean(
      '12-vuotias tyttö Oulusta kysyi, mitä tehdä, jos joku jakaa hänen kuviaan. Neuvoimme soittamaan Lasten ja nuorten puhelimeen 116 111 ja hätätilanteessa 112.',
    ),
    clean(
      "Roblox klo 18.40: lapset kysyivät, onko sininen profiili 'Nettipoliisi Sini' oikea poliisi. Selitimme. Asianumero 5500/R/2025/118.",
    ),
    clean(
      'Fortnitessa puhuttiin Peelystä ja Jonesystä sekä siitä, että ilmaiset V-Bucksit ovat huijausta. Pelaajia 5, iältään 10–14.',
    ),
    clean(
      '15-vuotias poika kertoi, ettei jaksa enää. Annoimme MIELI ry:n kriisipuhelimen 09 2525 0111 ja hätänumeron 112. Hän ei halunnut kertoa, missä asuu.',
    ),
  ],
  sv: [
    withIds(
      'Flicka (13) på Snapchat berättar att en vuxen man som heter Mikael Lindqvist ber om bilder. Hans Snapchat: micke_lq82.',
      'Mikael Lindqvist',
      'micke_lq82',
    ),
    withIds(
      'Pojken skrev sitt personnummer i Roblox-chatten för att bevisa att han är 15: 100615-2381.',
      '100615-2381',
    ),
    withIds(
      'Hon bor på Kyrkoesplanaden 8 A 3, 65100 Vasa och säger att någon från Discord-servern vet var hon bor.',
      'Kyrkoesplanaden 8 A 3, 65100 Vasa',
    ),
    withIds(
      'Bedragarens mejl, uppläst i Fortnite: vbucks punkt gratis snabel-a outlook punkt com. Pojken skrev också sin mammas nummer 070—418 26 93.',
      'vbucks punkt gratis snabel-a outlook punkt com',
      '070—418 26 93',
    ),
    withIds(
      'Pojken går i 8C i Botby grundskola i Helsingfors med Ahmed Hassan, som mobbas på TikTok: tiktok.com/@ahmed.h.hki',
      '8C i Botby grundskola',
      'Ahmed Hassan',
      'tiktok.com/@ahmed.h.hki',
    ),
    clean(
      'Pratade med fyra killar på Discord om Zlatan Ibrahimović och Alexander Isak. Inga personuppgifter antecknade.',
    ),
    clean(
      'Flicka (12) från Jakobstad frågade vad man gör om någon sprider rykten. Hänvisade till 116 111 och 112 vid fara.',
    ),
    clean(
      "Minecraft kl. 19.10: barnen undrade om den blå profilen 'Nätpolisen Vasa' är riktig polis. Förklarade. Ärende 2025/00417.",
    ),
    clean(
      "Twitch: tittarna pratade om Zara Larsson och Avicii och om att 'gratis skins' ofta är bedrägeri. 5 av 8 hade fått sådana länkar.",
    ),
    clean(
      'Pojke (16) skrev att han mår dåligt och har tänkt på att skada sig. Gav honom Självmordslinjen 90101 och 112. Han ville inte berätta var han bor.',
    ),
  ],
};
