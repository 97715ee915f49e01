// Generated list of imports kept by hand: one JSON file per language and namespace.
import en_common from './locales/en/common.json';
import en_errors from './locales/en/errors.json';
import en_admin from './locales/en/admin.json';
import en_taxonomy from './locales/en/taxonomy.json';
import nb_common from './locales/nb/common.json';
import nb_errors from './locales/nb/errors.json';
import nb_admin from './locales/nb/admin.json';
import nb_taxonomy from './locales/nb/taxonomy.json';
import nn_common from './locales/nn/common.json';
import nn_errors from './locales/nn/errors.json';
import nn_admin from './locales/nn/admin.json';
import nn_taxonomy from './locales/nn/taxonomy.json';
import nl_common from './locales/nl/common.json';
import nl_errors from './locales/nl/errors.json';
import nl_admin from './locales/nl/admin.json';
import nl_taxonomy from './locales/nl/taxonomy.json';
import fr_common from './locales/fr/common.json';
import fr_errors from './locales/fr/errors.json';
import fr_admin from './locales/fr/admin.json';
import fr_taxonomy from './locales/fr/taxonomy.json';
import de_common from './locales/de/common.json';
import de_errors from './locales/de/errors.json';
import de_admin from './locales/de/admin.json';
import de_taxonomy from './locales/de/taxonomy.json';
import is_common from './locales/is/common.json';
import is_errors from './locales/is/errors.json';
import is_admin from './locales/is/admin.json';
import is_taxonomy from './locales/is/taxonomy.json';
import fi_common from './locales/fi/common.json';
import fi_errors from './locales/fi/errors.json';
import fi_admin from './locales/fi/admin.json';
import fi_taxonomy from './locales/fi/taxonomy.json';
import sv_common from './locales/sv/common.json';
import sv_errors from './locales/sv/errors.json';
import sv_admin from './locales/sv/admin.json';
import sv_taxonomy from './locales/sv/taxonomy.json';

import type { Locale } from '@empact/domain';

export const NAMESPACES = ['common', 'errors', 'admin', 'taxonomy'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type ResourceTree = { [key: string]: string | ResourceTree };

/** Every string a user reads, by language and namespace, in the shape i18next takes as `resources`. */
export const resources: Record<Locale, Record<Namespace, ResourceTree>> = {
  en: { common: en_common, errors: en_errors, admin: en_admin, taxonomy: en_taxonomy },
  nb: { common: nb_common, errors: nb_errors, admin: nb_admin, taxonomy: nb_taxonomy },
  nn: { common: nn_common, errors: nn_errors, admin: nn_admin, taxonomy: nn_taxonomy },
  nl: { common: nl_common, errors: nl_errors, admin: nl_admin, taxonomy: nl_taxonomy },
  fr: { common: fr_common, errors: fr_errors, admin: fr_admin, taxonomy: fr_taxonomy },
  de: { common: de_common, errors: de_errors, admin: de_admin, taxonomy: de_taxonomy },
  is: { common: is_common, errors: is_errors, admin: is_admin, taxonomy: is_taxonomy },
  fi: { common: fi_common, errors: fi_errors, admin: fi_admin, taxonomy: fi_taxonomy },
  sv: { common: sv_common, errors: sv_errors, admin: sv_admin, taxonomy: sv_taxonomy },
};
