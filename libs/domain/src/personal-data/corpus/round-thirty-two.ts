/**
 * Round thirty-two: written blind, before the detector was run on it.
 * Referral details and referral status notes in each country's formal case-handling register (passive voice, unit
 * names, dates, case references); the identifiers belong to the child, a parent, a sibling or a suspected adult.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_THIRTY_TWO: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Referred to NC3 via the Europol EC3 liaison on 14.03.2025, ref. AW-2025-0412. The suspected adult operates under the gamertag xX_NightReaper_Xx on the platform; grooming indicators confirmed by the duty officer. Status: awaiting preservation order.',
      'xX_NightReaper_Xx',
    ),
    withIds(
      'Transferred to child protection services, case 24-118842. Mother: Hanne Kvist, reachable on +47 915 48 273 after 16:00. The child has not been informed of the referral at this stage.',
      'Hanne Kvist',
      '+47 915 48 273',
    ),
    withIds(
      'Status 21.05.2025: referral accepted by the emergency services. The father, Mr. Pieter de Wit, was contacted at the family home, Keizerstraat 41, 2512 AB Den Haag, and confirmed that the child is safe.',
      'Pieter de Wit',
      'Keizerstraat 41, 2512 AB Den Haag',
    ),
    withIds(
      "Referral forwarded to the National Bureau of Investigation (KRP), dnro 2025/0932. Suspect's profile link: https://steamcommunity.com/id/mikko_k_1987 (he claimed to be 15). The child's elder sister, Aino, secured the screenshots.",
      'https://steamcommunity.com/id/mikko_k_1987',
      'Aino',
    ),
    withIds(
      "Escalated to the cybercrime unit on 02.06.2025. The child attends Fridalen skole, class 7B; the class teacher has not been contacted. Parent's e-mail as given: lars dot haugen at online dot no.",
      'Fridalen skole, class 7B',
      'lars dot haugen at online dot no',
    ),
    clean(
      'Referred to Kripos on 11.03.2025 at 14:20, case 24-118842. Grooming indicators recorded: age-inappropriate compliments, repeated requests to move to a private chat. The duty officer approved the referral; the mother was informed by telephone. Status: open.',
    ),
    clean(
      "Status update 18.03.2025: NC3 has accepted the referral (ref. NC3-2025-1187). No further action is required from the patrol. The young person was given the numbers of Child Focus, 116 000, and the children's helpline, 116 111.",
    ),
    clean(
      'Transferred to the emergency services at 21:47 following a disclosure of self-harm. An ambulance was dispatched to the registered address; the father confirmed its arrival at 22:05. Identifying details are held only in the secure case file, ref. AW-25-0093.',
    ),
    clean(
      "Referral closed 30.05.2025: the prosecutor decided not to pursue the fraud complaint (in-game currency worth approx. EUR 40). The parents were advised to report the account to the platform. Outcome code F-3, no further follow-up. The suspect's gamertag is recorded in the case system, not here.",
    ),
    clean(
      'Forwarded to the Helsinki Police Department, dnro 2025/0932, and to Sosiaalipäivystys. Threats of violence against a classmate; the head teacher has been notified by the local unit. The patrol officer on duty will follow up on 05.06.2025.',
    ),
  ],
  nb: [
    withIds(
      'Overført til Barnevernet Oslo 12.03.2025, sak 25-104417. Mor: Hanne Kvist, tlf. 915 48 273. Barnet har fødselsnummer 14031251460 og bor hos mor i Thereses gate 22, 0358 Oslo.',
      'Hanne Kvist',
      '915 48 273',
      '14031251460',
      'Thereses gate 22, 0358 Oslo',
    ),
    withIds(
      'Henvist til Kripos NC3 for vurdering av grooming. Mistenkt voksen, en mann som kaller seg «SnusBaron94» på Discord, har bedt gutten om bilder. Status 14.03.2025: bevissikring er bestilt.',
      'SnusBaron94',
    ),
    withIds(
      'Overført til Vest politidistrikt, sak 24-118842. Far, Geir Mathisen, ønsker kontakt på e-post geir.mathisen@broadpark.no. Søsteren (16) var til stede under samtalen.',
      'Geir Mathisen',
      'geir.mathisen@broadpark.no',
    ),
    withIds(
      'Saken er oversendt barnevernsvakten i Bergen kl. 23.10. Jenta går i 8C på Slåtthaug skole og har gitt uttrykk for selvmordstanker i chatten. Vakthavende er varslet.',
      '8C på Slåtthaug skole',
    ),
    withIds(
      'Status 20.05.2025: henvisningen er mottatt av Kripos. Den mistenkte, som bruker kallenavnet «Kjekkas47» i chatten, er identifisert som Roar Eliassen, bosatt i Steinkjer.',
      'Kjekkas47',
      'Roar Eliassen',
    ),
    clean(
      'Overført til Barnevernet Bergen 11.03.2025 kl. 14.20, sak 24-118842. Bekymring for omsorgssvikt; mor er orientert per telefon. Vakthavende godkjente overføringen. Status: under behandling.',
    ),
    clean(
      'Henvisning til Kripos NC3 er mottatt og journalført under referanse NC3-25-0417. Patruljen foretar seg ikke mer i saken. Ungdommen fikk informasjon om Alarmtelefonen for barn og unge, 116 111.',
    ),
    clean(
      'Status 02.04.2025: saken om trusler mot en medelev er henlagt etter bevisets stilling. Far og skolen er informert av politiets forebyggende enhet. Ingen videre oppfølging fra patruljen.',
    ),
    clean(
      'Overført til nødetatene kl. 22.47 etter uttalelser om selvskading. Ambulanse sendt til registrert adresse; mor bekreftet kl. 23.05 at helsepersonell var på stedet. Personopplysninger ligger kun i saksbehandlingssystemet.',
    ),
    clean(
      'Bedrageri med spillvaluta, tap ca. 600 kroner. Saken er oversendt Økokrim som tips, ref. TIPS-2025-3381. Foreldrene er rådet til å melde kontoen til plattformen og bytte passord. Mistenktes brukernavn er registrert i eget skjema.',
    ),
  ],
  nn: [
    withIds(
      'Overført til barnevernstenesta i Førde 04.03.2025, sak 25-100932. Far: Ivar Nesheim, tlf. 934 12 507. Guten bur saman med far i Hafstadvegen 31, 6800 Førde.',
      'Ivar Nesheim',
      '934 12 507',
      'Hafstadvegen 31, 6800 Førde',
    ),
    withIds(
      'Tilvist til Kripos for vurdering. Den mistenkte vaksne brukar profilen steamcommunity.com/id/fjellulven_72 og har sendt jenta gåver i spelet. Status 06.03.2025: bevissikring er bestilt.',
      'steamcommunity.com/id/fjellulven_72',
    ),
    withIds(
      'Saka er send vidare til barnevernsvakta. Jenta, fødselsnummer 230911 54811, går i 7A ved Sandvika skule og har fortalt om sjølvskading.',
      '230911 54811',
      '7A ved Sandvika skule',
    ),
    withIds(
      'Status 19.05.2025: overføringa er motteken av Vest politidistrikt. Mor, Synnøve Lunde, har fått kopi av meldinga på synnove.lunde@gmail.com.',
      'Synnøve Lunde',
      'synnove.lunde@gmail.com',
    ),
    withIds(
      'Overført til Kripos NC3, sak 24-121877. Den mistenkte kallar seg «Bjørnen» i chatten og har bede guten om å møtast; bror til guten, Sindre, tok skjermbilete av samtalen.',
      'Bjørnen',
      'Sindre',
    ),
    clean(
      'Overført til barnevernstenesta 10.03.2025 kl. 15.40, sak 24-118842. Uro for heimesituasjonen; mor er orientert på telefon. Vakthavande godkjende overføringa. Status: under handsaming.',
    ),
    clean(
      'Tilvising til Kripos NC3 er motteken og journalført under referanse NC3-25-0522. Patruljen gjer ikkje meir i saka. Ungdommen fekk nummeret til Alarmtelefonen for barn og unge, 116 111.',
    ),
    clean(
      'Status 03.04.2025: saka om truslar mot ein medelev er lagd bort. Far og skulen er informerte av førebyggjande eining. Inga vidare oppfølging frå patruljen.',
    ),
    clean(
      'Overført til naudetatane kl. 21.55 etter utsegner om sjølvskading. Ambulanse er send til registrert adresse. Personopplysningar er berre lagra i saksbehandlingssystemet, ikkje i denne merknaden.',
    ),
    clean(
      'Svindel med spelvaluta, tap om lag 450 kroner. Saka er send til Økokrim som tips, ref. TIPS-2025-3402. Foreldra er rådde til å melde kontoen til plattforma. Brukarnamnet til den mistenkte står i eige skjema.',
    ),
  ],
  nl: [
    withIds(
      'Doorgezet naar Team Zeden, Politie Eenheid Den Haag, op 12-03-2025 (PV 2025071234). De vader, dhr. Jansen, is bereikbaar op 06-48213957. Het kind woont op de Laan van Meerdervoort 212, 2563 AZ Den Haag.',
      'Jansen',
      '06-48213957',
      'Laan van Meerdervoort 212, 2563 AZ Den Haag',
    ),
    withIds(
      'Melding overgedragen aan Veilig Thuis Rotterdam Rijnmond. BSN van het meisje: 184672533. Zij zit in groep 8 van De Regenboog in Schiedam; de leerkracht is ingelicht.',
      '184672533',
      'groep 8 van De Regenboog',
    ),
    withIds(
      "Doorgezet naar het Team Digitale Opsporing. Verdachte volwassene speelt onder de naam ‘DutchViper_1983’ en heeft de jongen geld aangeboden voor foto's. Status 14-03-2025: vordering tot verstrekking verstuurd.",
      'DutchViper_1983',
    ),
    withIds(
      'Status 20-05-2025: doorverwijzing geaccepteerd door Politie Eenheid Amsterdam. De moeder, mevr. Sanne Bakker-Visser, heeft een kopie ontvangen op sanne.bakkervisser@ziggo.nl.',
      'Sanne Bakker-Visser',
      'sanne.bakkervisser@ziggo.nl',
    ),
    withIds(
      'Overgedragen aan Jeugdbescherming West. De oudere broer van de jongen, Daan, heeft de chat gemeld; de verdachte is bekend als Ricardo S. uit Tilburg.',
      'Daan',
      'Ricardo S.',
    ),
    clean(
      'Doorgezet naar Team Zeden, Politie Eenheid Den Haag, op 11-03-2025 om 14:20 uur (BVH-registratie 2025-0418). De officier van dienst heeft de overdracht goedgekeurd; de moeder is telefonisch geïnformeerd. Status: in behandeling.',
    ),
    clean(
      'Overdracht aan Veilig Thuis bevestigd op 18-03-2025. Geen verdere actie van de patrouille. De jongere heeft het nummer van De Kindertelefoon (0800-0432) en van 113 Zelfmoordpreventie (0800-0113) gekregen.',
    ),
    clean(
      'Status 02-04-2025: de aangifte van oplichting met in-game valuta (schade circa € 35) is door het Openbaar Ministerie geseponeerd. De vader is hierover geïnformeerd door de wijkagent.',
    ),
    clean(
      'Doorgezet naar de meldkamer ambulancezorg om 22:47 uur na uitspraken over zelfbeschadiging. Ambulance ter plaatse om 23:02 uur; de ouders waren aanwezig. Persoonsgegevens staan alleen in het dossier, niet in deze notitie.',
    ),
    clean(
      'Melding van bedreiging van een klasgenoot doorgezet naar het Landelijk Team Digitale Opsporing (zaaknummer LTDO-25-0771). De schoolleiding is door de jeugdagent op de hoogte gebracht. Terugkoppeling verwacht binnen vijf werkdagen.',
    ),
  ],
  fr: [
    withIds(
      'Transmis au parquet de Bruxelles, section jeunesse, le 12/03/2025 (PV BR.12.LL.045678/25). Le suspect, un certain Kevin M., utilise le pseudo « LeLoupBlanc_33 » sur Fortnite.',
      'Kevin M.',
      'LeLoupBlanc_33',
    ),
    withIds(
      "Dossier transmis au SAJ de Liège. Numéro national de l'enfant : 12.06.18-137.34. La mère, Mme Nathalie Dubois, est joignable au 0475 28 61 93.",
      '12.06.18-137.34',
      'Nathalie Dubois',
      '0475 28 61 93',
    ),
    withIds(
      "Statut au 20/05/2025 : signalement accepté par la FCCU. Le père, M. Lambert, a transmis les captures d'écran depuis l'adresse lambert.famille@skynet.be.",
      'Lambert',
      'lambert.famille@skynet.be',
    ),
    withIds(
      "Transmis aux services d'urgence à 21h50. La famille réside rue des Tanneurs 58, 1000 Bruxelles ; une ambulance a été envoyée sur place.",
      'rue des Tanneurs 58, 1000 Bruxelles',
    ),
    withIds(
      "Renvoyé vers la zone de police Midi. L'enfant est en 6e primaire à l'école communale n° 7 d'Anderlecht ; sa grande sœur, Inès, a été entendue comme témoin.",
      "6e primaire à l'école communale n° 7 d'Anderlecht",
      'Inès',
    ),
    clean(
      "Transmis au parquet de Bruxelles, section famille-jeunesse, le 11/03/2025 à 14h20 (PV BR.12.LL.045678/25). L'officier de garde a validé le renvoi ; la mère a été informée par téléphone. Statut : en cours.",
    ),
    clean(
      'Signalement accepté par la FCCU le 18/03/2025 (réf. FCCU-25-0311). Aucune action supplémentaire de la patrouille. Le jeune a reçu les coordonnées de Child Focus (116 000) et de la ligne Écoute-Enfants (103).',
    ),
    clean(
      "Statut au 02/04/2025 : la plainte pour escroquerie à la monnaie virtuelle (préjudice d'environ 30 €) a été classée sans suite par le parquet. Le père en a été informé par l'inspecteur de quartier.",
    ),
    clean(
      "Renvoyé vers les services d'urgence (112) à 22h47 suite à des propos d'automutilation. L'ambulance est arrivée à 23h03 ; les parents étaient présents. Les données personnelles figurent uniquement dans le dossier sécurisé.",
    ),
    clean(
      "Menaces envers un camarade de classe : dossier transmis au Parquet de Namur et au service de médiation scolaire. La direction de l'école a été avertie par l'agent de quartier. Retour attendu sous dix jours ouvrables.",
    ),
  ],
  de: [
    withIds(
      'Weitergeleitet an die Staatsanwaltschaft Eupen am 12.03.2025 (PV EU.55.L7.001234/25). Der Verdächtige, ein gewisser Herr Schumacher aus Kelmis, nutzt den Gamertag „Panzerfaust_1979“.',
      'Schumacher',
      'Panzerfaust_1979',
    ),
    withIds(
      'Übergeben an den Jugendhilfedienst der Deutschsprachigen Gemeinschaft. Nationalregisternummer des Kindes: 11.03.03-254.34. Die Mutter, Frau Claudia Mertens, ist unter 0497 41 28 60 erreichbar.',
      '11.03.03-254.34',
      'Claudia Mertens',
      '0497 41 28 60',
    ),
    withIds(
      'Stand 20.05.2025: Meldung von der FCCU angenommen. Der Vater, Herr Jürgen Kessler, hat die Screenshots per E-Mail übermittelt (juergen.kessler@gmx.de).',
      'Jürgen Kessler',
      'juergen.kessler@gmx.de',
    ),
    withIds(
      'An den Rettungsdienst weitergeleitet um 21:50 Uhr. Die Familie wohnt in der Aachener Straße 17, 4700 Eupen; der Rettungswagen wurde dorthin entsandt.',
      'Aachener Straße 17, 4700 Eupen',
    ),
    withIds(
      'Weitergeleitet an die Polizeizone Weser-Göhl. Das Mädchen besucht die Klasse 5b der Pater-Damian-Sekundarschule; ihr älterer Bruder Lukas hat die Chats gesichert.',
      'Klasse 5b der Pater-Damian-Sekundarschule',
      'Lukas',
    ),
    clean(
      'Weitergeleitet an die Staatsanwaltschaft Eupen, Jugendabteilung, am 11.03.2025 um 14:20 Uhr (PV EU.55.L7.001187/25). Der diensthabende Offizier hat die Weiterleitung genehmigt; die Mutter wurde telefonisch informiert. Stand: in Bearbeitung.',
    ),
    clean(
      'Meldung am 18.03.2025 von der FCCU angenommen (Az. FCCU-25-0329). Keine weiteren Maßnahmen der Streife. Der Jugendliche erhielt die Nummern von Child Focus (116 000) und der Nummer gegen Kummer (116 111).',
    ),
    clean(
      'Stand 02.04.2025: Das Verfahren wegen Betrugs mit Spielwährung (Schaden ca. 25 €) wurde von der Staatsanwaltschaft eingestellt. Der Vater wurde durch den Bezirksbeamten unterrichtet.',
    ),
    clean(
      'An den Rettungsdienst (112) weitergeleitet um 22:47 Uhr nach Äußerungen zu Selbstverletzung. Rettungswagen vor Ort um 23:04 Uhr; beide Eltern anwesend. Personenbezogene Daten sind ausschließlich in der gesicherten Akte hinterlegt.',
    ),
    clean(
      'Drohungen gegen einen Mitschüler: Vorgang an den Jugendhilfedienst und den schulpsychologischen Dienst abgegeben. Die Schulleitung wurde vom Jugendkontaktbeamten verständigt. Rückmeldung binnen zehn Werktagen erwartet.',
    ),
  ],
  is: [
    withIds(
      'Vísað til Barnaverndar Reykjavíkur 12.03.2025, málsnr. 007-2025-41233. Móðir: Guðrún Hallgrímsdóttir, sími 862 4417. Kennitala barnsins er 120511-2380.',
      'Guðrún Hallgrímsdóttir',
      '862 4417',
      '120511-2380',
    ),
    withIds(
      'Sent til kynferðisbrotadeildar lögreglunnar á höfuðborgarsvæðinu. Hinn grunaði, fullorðinn karlmaður, notar notandanafnið „IceViking_1985“ á Discord og hefur boðið drengnum peninga.',
      'IceViking_1985',
    ),
    withIds(
      'Staða 20.05.2025: tilvísun móttekin hjá Barnavernd Kópavogs. Faðir, Sigurður Jónsson, fékk afrit sent á netfangið siggi.jons@simnet.is.',
      'Sigurður Jónsson',
      'siggi.jons@simnet.is',
    ),
    withIds(
      'Vísað til Neyðarlínunnar kl. 21:50. Fjölskyldan býr að Hringbraut 88, 101 Reykjavík; sjúkrabíll var sendur á staðinn.',
      'Hringbraut 88, 101 Reykjavík',
    ),
    withIds(
      'Vísað til Barnaverndar Hafnarfjarðar. Stúlkan er í 7. bekk í Lækjarskóla; eldri systir hennar, Katrín, tók skjáskot af samtölunum.',
      '7. bekk í Lækjarskóla',
      'Katrín',
    ),
    clean(
      'Vísað til Barnaverndar Reykjavíkur 11.03.2025 kl. 14:20, málsnr. 007-2025-41233. Varðstjóri samþykkti tilvísunina; móðir var upplýst símleiðis. Staða: í vinnslu.',
    ),
    clean(
      'Tilvísun móttekin hjá lögreglunni á höfuðborgarsvæðinu 18.03.2025 (tilv. LRH-25-0418). Eftirlitsteymið aðhefst ekki frekar. Ungmennið fékk upplýsingar um Hjálparsíma Rauða krossins, 1717.',
    ),
    clean(
      'Staða 02.04.2025: kæra vegna fjársvika með leikjagjaldmiðli (tjón um 4.000 kr.) var felld niður af ákæruvaldinu. Faðir var upplýstur af hverfislögreglunni.',
    ),
    clean(
      'Vísað til Neyðarlínunnar (112) kl. 22:47 vegna ummæla um sjálfsskaða. Sjúkrabíll kominn á staðinn kl. 23:03; foreldrar voru viðstaddir. Persónuupplýsingar eru eingöngu skráðar í lokaða málaskrá.',
    ),
    clean(
      'Hótanir í garð bekkjarfélaga: málinu vísað til Barnaverndar Akureyrar og skólaþjónustu. Skólastjórn var upplýst af forvarnafulltrúa lögreglu. Svar væntanlegt innan tíu virkra daga.',
    ),
  ],
  fi: [
    withIds(
      'Siirretty sosiaalipäivystykseen 12.3.2025, dnro 2025/0932. Äiti Satu Virtanen, puh. 040 718 2263. Lapsen henkilötunnus 150811A234H.',
      'Satu Virtanen',
      '040 718 2263',
      '150811A234H',
    ),
    withIds(
      'Ilmoitus siirretty keskusrikospoliisille (KRP). Epäilty aikuinen käyttää pelinimeä ”Karhukoira_77” ja on pyytänyt pojalta kuvia. Tilanne 14.3.2025: tietojen säilyttämismääräys lähetetty.',
      'Karhukoira_77',
    ),
    withIds(
      'Tilanne 20.5.2025: lastensuojeluilmoitus vastaanotettu Tampereella. Isä Jari Nieminen sai kopion sähköpostiin jari.nieminen@elisanet.fi.',
      'Jari Nieminen',
      'jari.nieminen@elisanet.fi',
    ),
    withIds(
      'Siirretty hätäkeskukseen klo 21.50. Perhe asuu osoitteessa Hämeenkatu 23 B 14, 33200 Tampere; ensihoito lähetettiin paikalle.',
      'Hämeenkatu 23 B 14, 33200 Tampere',
    ),
    withIds(
      'Siirretty Itä-Uudenmaan poliisilaitokselle. Tyttö käy Kalliolan koulun luokkaa 6B; hänen isoveljensä Eetu tallensi keskustelut.',
      'Kalliolan koulun luokkaa 6B',
      'Eetu',
    ),
    clean(
      'Siirretty sosiaalipäivystykseen 11.3.2025 klo 14.20, dnro 2025/0932. Vuoropäällikkö hyväksyi siirron; äiti on tavoitettu puhelimitse. Tila: käsittelyssä.',
    ),
    clean(
      'Ilmoitus vastaanotettu Helsingin poliisilaitoksella 18.3.2025 (viite HEL-25-0417). Partio ei tee asiassa enempää. Nuorelle annettiin MLL:n Lasten ja nuorten puhelimen numero 116 111.',
    ),
    clean(
      'Tilanne 2.4.2025: pelivaluuttapetosta (vahinko noin 30 €) koskeva rikosilmoitus on jätetty tutkimatta. Isälle on ilmoitettu asiasta lähipoliisin kautta.',
    ),
    clean(
      'Siirretty hätäkeskukseen (112) klo 22.47 itsetuhoisten puheiden vuoksi. Ensihoito paikalla klo 23.03; vanhemmat olivat kotona. Henkilötiedot on kirjattu vain suojattuun asiakirjaan.',
    ),
    clean(
      'Luokkatoveriin kohdistuneet uhkaukset: asia siirretty lastensuojeluun ja koulun oppilashuoltoon. Rehtori on saanut tiedon ennalta estävän toiminnan poliisilta. Vastausta odotetaan kymmenen arkipäivän kuluessa.',
    ),
  ],
  sv: [
    withIds(
      'Överlämnat till socialtjänsten i Vasa 12.3.2025, dnr 2025/1147. Mamma: Annika Holmström, tfn 050 334 8812. Barnet är fött i Sverige, personnummer 120419-2387.',
      'Annika Holmström',
      '050 334 8812',
      '120419-2387',
    ),
    withIds(
      'Anmälan överförd till Centralkriminalpolisen. Den misstänkte vuxne använder spelnamnet ”Vargen_Ostrobotnia” och har erbjudit pojken pengar för bilder. Läge 14.3.2025: bevarandebeslut skickat.',
      'Vargen_Ostrobotnia',
    ),
    withIds(
      'Läge 20.5.2025: orosanmälan mottagen av socialjouren. Pappan, Mikael Sundqvist, fick en kopia till mikael.sundqvist@netikka.fi.',
      'Mikael Sundqvist',
      'mikael.sundqvist@netikka.fi',
    ),
    withIds(
      'Överlämnat till nödcentralen kl. 21.50. Familjen bor på Storalånggatan 42 A 6, 65100 Vasa; ambulans skickades till adressen.',
      'Storalånggatan 42 A 6, 65100 Vasa',
    ),
    withIds(
      'Överlämnat till Österbottens polisinrättning. Flickan går i klass 5B på Vikinga skola; hennes storebror Oskar sparade chattarna.',
      'klass 5B på Vikinga skola',
      'Oskar',
    ),
    clean(
      'Överlämnat till socialtjänsten i Vasa 11.3.2025 kl. 14.20, dnr 2025/1147. Vakthavande befäl godkände överlämnandet; mamman informerades per telefon. Status: under handläggning.',
    ),
    clean(
      'Anmälan mottagen av Österbottens polisinrättning 18.3.2025 (ref. OST-25-0418). Patrullen vidtar inga ytterligare åtgärder. Den unga fick numret till Barnens och ungas telefon, 116 111.',
    ),
    clean(
      'Läge 2.4.2025: brottsanmälan om bedrägeri med spelvaluta (skada cirka 30 €) har lagts ned av åklagaren. Pappan har underrättats av närpolisen.',
    ),
    clean(
      'Överlämnat till nödcentralen (112) kl. 22.47 efter uttalanden om självskada. Ambulans på plats kl. 23.03; föräldrarna var hemma. Personuppgifter finns endast i den skyddade akten.',
    ),
    clean(
      'Hot mot en klasskamrat: ärendet överlämnat till barnskyddet och skolans elevvård. Rektor har informerats av polisens förebyggande enhet. Svar väntas inom tio arbetsdagar.',
    ),
  ],
};
