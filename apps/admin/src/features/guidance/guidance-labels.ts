import type { TFunction } from 'i18next';
import type { GuidanceNoteFieldsFragment } from '../../gql/graphql';
import { countryName } from '../../lib/intl';
import { sessionName } from '../schedule/session-model';

export interface ScopeContext {
  platforms: readonly { code: string; name: string }[];
  sessions: readonly { id: string; venue?: string | null; platform: { name: string } }[];
}

/** "Whole week", "Iceland", "Discord", or the session's platform and venue. */
export function scopeLabel(
  note: Pick<GuidanceNoteFieldsFragment, 'scope' | 'scopeCountry' | 'scopePlatform' | 'scopeSessionId'>,
  context: ScopeContext | undefined,
  t: TFunction,
  lng: string,
): string {
  switch (note.scope) {
    case 'WEEK':
      return t('guidance.scope.WEEK');
    case 'COUNTRY':
      return note.scopeCountry ? countryName(note.scopeCountry, lng) : t('guidance.scope.COUNTRY');
    case 'PLATFORM':
      return (
        context?.platforms.find((platform) => platform.code === note.scopePlatform)?.name ??
        note.scopePlatform ??
        t('guidance.scope.PLATFORM')
      );
    case 'SESSION': {
      const session = context?.sessions.find((entry) => entry.id === note.scopeSessionId);
      return session ? sessionName(session) : t('guidance.scope.SESSION');
    }
  }
}
