import { belgianNationalNumber } from '../../interactions/national-ids.test-factory';
import { clean, CorpusNote, withIds } from './corpus-note';

const rrn1 = belgianNationalNumber('2010-02-11', 145);
const rrn2 = belgianNationalNumber('2012-11-03', 52);

/** French, from Wallonia and Brussels. */
export const FR: readonly CorpusNote[] = [
  withIds("Son Insta c'est emma.dubois.2011, elle reçoit des messages d'un adulte.", 'emma.dubois.2011'),
  withIds("Le jeune s'appelle Lucas Martin et joue à Fortnite tous les soirs.", 'Lucas Martin'),
  withIds(
    'Elle a donné son adresse : léa.renard arobase gmail point com.',
    'léa.renard arobase gmail point com',
  ),
  withIds(
    'Il est en 4e B au collège Jean Moulin et se fait harceler sur Roblox.',
    '4e B au collège Jean Moulin',
  ),
  withIds('Son numéro de GSM : 04 70 12 34 56, il voulait qu’on le rappelle.', '04 70 12 34 56'),
  withIds(
    'Il habite 12 rue de la Station, 5000 Namur, a-t-il écrit dans le salon.',
    '12 rue de la Station, 5000 Namur',
  ),
  withIds(
    `Numéro de registre national ${rrn1.replace(/[.-]/g, ' ')} posté par un autre joueur.`,
    rrn1.replace(/[.-]/g, ' '),
  ),
  withIds("La fille s'appelait Chloé, elle avait peur d’un joueur plus âgé.", 'Chloé'),
  withIds('Son Snap est nathan_wb10, il nous a demandé de l’ajouter.', 'nathan_wb10'),
  withIds('Il a dit que sa sœur, Manon Lambert, avait reçu les mêmes messages.', 'Manon Lambert'),
  withIds('Elle vit avenue Louise 230 à Bruxelles, elle l’a écrit sans qu’on demande.', 'avenue Louise 230'),
  withIds('Le pseudo Discord du garçon : KevinBxl_09. Il parle avec des inconnus.', 'KevinBxl_09'),
  withIds(`Il a tapé son numéro national ${rrn2} pour prouver son âge.`, rrn2),
  withIds(
    'Elle est en 2e secondaire à l’Athénée Royal de Namur et se nomme Julie.',
    'Julie',
    'Athénée Royal de Namur',
  ),
  withIds('Téléphone écrit chiffre par chiffre : 0 4 7 5 1 2 3 4 5 6.', '0 4 7 5 1 2 3 4 5 6'),
  withIds('Profil partagé : instagram.com/hugo.leroy_, à supprimer.', 'instagram.com/hugo.leroy_'),
  withIds("Le garçon s'est présenté comme Théo Dumont, 14 ans.", 'Théo Dumont'),

  clean(
    'Discussion avec trois jeunes (13-15) sur Fortnite à propos du harcèlement. Conseils donnés. 20 min.',
  ),
  clean('Il a dit son prénom mais nous ne l’avons pas noté. Orienté vers Écoute-Enfants au 103.'),
  clean('Elle jouait Alex dans Minecraft et demandait comment signaler un serveur.'),
  clean('Des jeunes de Liège et de Charleroi sont passés dans le salon. Aucun souci.'),
  clean('Expliqué que la Police fédérale et la police locale ne mènent pas d’enquête ici.'),
  clean('Beaucoup de questions sur Kylian Mbappé et Kevin De Bruyne. Ambiance détendue.'),
  clean('Session de 18h00 à 21h30, 12 conversations, 3 sur des arnaques aux skins.'),
  clean('Il demandait si la rue Neuve à Bruxelles est dangereuse le soir. Conseils généraux.'),
  clean('Elle a raconté que son école a eu une animation sur la sécurité en ligne.'),
  clean('Il a perdu 1-4 sur Rocket League et était énervé. Parlé de fair-play.'),
  clean('Son compte Snapchat est privé, dit-elle, seuls ses amis voient ses stories.'),
  clean('Il a payé 15 € pour des V-Bucks et s’est fait arnaquer. Conseil : en parler aux parents.'),
  clean('Les jeunes parlaient de Herobrine, de Mario et de Peely. Bonne ambiance.'),
  clean('Orienté vers Child Focus au 116 000 et vers le 112 en cas d’urgence.'),
  clean('Il est en 6e primaire et voulait savoir ce que fait la police sur Discord.'),
  clean('Il a demandé la version 1.21 du mod; expliqué que ce n’est pas notre rôle.'),
  clean('Stromae et Angèle cités comme artistes préférés. Rien à signaler.'),
];
