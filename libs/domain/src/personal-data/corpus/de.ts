import { belgianNationalNumber } from '../../interactions/national-ids.test-factory';
import { clean, CorpusNote, withIds } from './corpus-note';

const nrn = belgianNationalNumber('2011-08-24', 203);

/** German, from East Belgium (and German words in other teams' notes). */
export const DE: readonly CorpusNote[] = [
  withIds('Der Junge heißt Leon Schmitz und spielt jeden Abend Fortnite.', 'Leon Schmitz'),
  withIds('Sie hat ihre E-Mail geschrieben: mia.krings ät gmx punkt de.', 'mia.krings ät gmx punkt de'),
  withIds('Er wohnt in der Hauptstraße 17, 4700 Eupen, schrieb er im Chat.', 'Hauptstraße 17, 4700 Eupen'),
  withIds('Seine Handynummer ist 0475 12 34 56, er wollte zurückgerufen werden.', '0475 12 34 56'),
  withIds('Das Mädchen nennt sich Lena und wird von einem Erwachsenen bedrängt.', 'Lena'),
  withIds('Er geht auf das Robert-Schuman-Institut in Eupen, in die 3B.', 'Robert-Schuman-Institut'),
  withIds('Sein Snap ist jonas_ostb2010, er wollte, dass wir ihn adden.', 'jonas_ostb2010'),
  withIds(`Nationalregisternummer ${nrn} wurde von einem anderen Spieler gepostet.`, nrn),
  withIds('Ihr Bruder, Felix Hennen, hat dieselben Nachrichten bekommen.', 'Felix Hennen'),
  withIds('Discord: LukasXx2011, spielt nachts mit Unbekannten.', 'LukasXx2011'),
  withIds('Sie heißt Hannah Mertens und ist 13 Jahre alt.', 'Hannah Mertens'),
  withIds('Nummer Ziffer für Ziffer: 0 4 9 6 1 2 3 4 5 6.', '0 4 9 6 1 2 3 4 5 6'),
  withIds('Sein Instagram ist instagram.com/tim.kessel09, bitte löschen.', 'instagram.com/tim.kessel09'),
  withIds('Er stellte sich als Maximilian Jansen vor und fragte nach einem Praktikum.', 'Maximilian Jansen'),
  withIds('Ihre Adresse: Klosterstraße 3, 4780 Sankt Vith.', 'Klosterstraße 3, 4780 Sankt Vith'),
  withIds(
    'Er schrieb seine Mail als paul.lentz (at) outlook (punkt) com.',
    'paul.lentz (at) outlook (punkt) com',
  ),
  withIds('Auf Insta heißt sie sophie.b_11, sagte sie.', 'sophie.b_11'),

  clean('Gespräch mit drei Jugendlichen (13-15) in Fortnite über Mobbing. Tipps zum Blockieren. 20 Minuten.'),
  clean(
    'Er hat seinen Namen genannt, wir haben ihn aber nicht notiert. Verwiesen auf die Nummer gegen Kummer 116 111.',
  ),
  clean('Sie spielte als Steve in Minecraft und fragte, wie man einen Server meldet.'),
  clean('Jugendliche aus Eupen und Sankt Vith waren im Kanal. Keine Auffälligkeiten.'),
  clean('Erklärt, dass die Föderale Polizei und die Polizei vor Ort hier nicht ermitteln.'),
  clean('Viele Fragen zu Lionel Messi und Cristiano Ronaldo. Lockere Stimmung.'),
  clean('Sitzung von 18.00 bis 21.30 Uhr, 10 Gespräche, davon 2 über Betrug mit Skins.'),
  clean('Er fragte, ob die Hauptstraße in Eupen abends sicher ist. Allgemeine Hinweise.'),
  clean('Sie erzählte, dass ihre Schule einen Workshop zur Online-Sicherheit hatte.'),
  clean('Er hat 3:2 in Rocket League gewonnen und war gut gelaunt.'),
  clean('Ihr Snapchat ist privat, sagt sie, nur Freunde sehen ihre Storys.'),
  clean('Er hat 20 € für V-Bucks bezahlt und wurde betrogen. Rat: mit den Eltern sprechen.'),
  clean('Die Jungs redeten über Herobrine, Jonesy und Mario. Gute Stimmung.'),
  clean('Verwiesen auf den Notruf 112 und auf Child Focus 116 000.'),
  clean('Er ist in der 6. Klasse und wollte wissen, was die Polizei auf Discord macht.'),
  clean('Minecraft Version 1.20.4 war Thema; kein Anlass zur Sorge.'),
];
