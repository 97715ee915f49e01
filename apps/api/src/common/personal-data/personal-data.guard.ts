import { findPersonalData, PersonalDataFinding, PersonalDataOptions } from '@empact/domain';
// The first-name and surname lists: registered for the detector when the API starts (the admin app loads them lazily).
import '@empact/domain/personal-data-lexicon';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ActionWeekRepository } from '../../action-weeks/action-week.repository';
import { DomainException } from '../errors/domain.exception';
import { I18nService } from '../i18n/i18n.service';
import { requestLocale } from '../request-context';
import { freeTextsOf } from './free-text.decorator';

/** What the guard needs to know of the week a text is written for. */
export interface FreeTextContext {
  /** The week's countries: whose phone formats and identity numbers to look for. Empty: the detector's default. */
  countries: readonly string[];
  /** The names of the week's blue police profiles, which are not a young person's name: the detector's `allowedNames`. */
  allowedNames: readonly string[];
}

/** A finding of one field, as the API returns it: never the identifier itself, only a masked excerpt. */
export interface FreeTextFinding {
  field: string;
  kind: string;
  start: number;
  end: number;
  excerpt: string;
}

export const ANY_WEEK: FreeTextContext = { countries: [], allowedNames: [] };

/**
 * The one guard of every free text that can hold what a young person said: interaction notes, referral details and
 * status notes, debriefs and their comments, the week report, guidance, session briefings and reasons. A service
 * calls `check` with the texts of its input before it writes anything; the texts of an input class are the fields
 * marked `@FreeText()`. A text with an identifier is refused with PERSONAL_DATA_IN_NOTES, with the findings (field,
 * kind, position, masked excerpt) and a message in the caller's language naming what was found.
 */
@Injectable()
export class PersonalDataGuard {
  constructor(
    private readonly i18n: I18nService,
    private readonly weeks: ActionWeekRepository,
  ) {}

  /** The context of a week, read with the caller's manager (inside a transaction the embedded database has one session). */
  weekContext(em: EntityManager, weekId: string): Promise<FreeTextContext> {
    return this.weeks.freeTextContext(weekId, em);
  }

  /** The findings in the texts, field by field, in the order of the fields and then of the text. */
  findings(
    texts: Record<string, string | null | undefined>,
    context: FreeTextContext = ANY_WEEK,
  ): FreeTextFinding[] {
    // `allowedNames` goes to the detector as it learns names (issue 14); a detector without the option ignores it.
    const options: PersonalDataOptions & { allowedNames?: readonly string[] } = {
      ...(context.countries.length > 0 ? { countries: context.countries } : {}),
      allowedNames: context.allowedNames,
    };
    return Object.entries(texts).flatMap(([field, text]) =>
      typeof text === 'string' && text
        ? findPersonalData(text, options).map((finding: PersonalDataFinding) => toFinding(field, finding))
        : [],
    );
  }

  /** Refuses an input (an instance of an input class) if one of its fields marked `@FreeText()` holds an identifier. */
  checkInput(input: object, context: FreeTextContext = ANY_WEEK): void {
    // A plain object has no decorated fields and would pass unchecked: only the ValidationPipe's instances come here.
    if (input.constructor === Object) {
      throw new TypeError('PersonalDataGuard.checkInput takes an instance of an input class');
    }
    this.checkTexts(freeTextsOf(input), context);
  }

  /** Refuses texts that arrive as separate arguments (`{ body }`, `{ note }`): the names are those of the schema's arguments. */
  checkTexts(texts: Record<string, string | null | undefined>, context: FreeTextContext = ANY_WEEK): void {
    const findings = this.findings(texts, context);
    if (findings.length > 0) throw this.refusal(findings);
  }

  /** PERSONAL_DATA_IN_NOTES, with a message that names what was found ("a phone number and an e-mail address"). */
  refusal(findings: FreeTextFinding[]): DomainException {
    const locale = requestLocale();
    const kinds = [...new Set(findings.map((f) => f.kind))].map((kind) =>
      this.i18n.t(
        locale,
        `personalDataFound.${kind}`,
        { defaultValue: this.i18n.t(locale, `personalData.${kind}`, { defaultValue: kind }, 'taxonomy') },
        'taxonomy',
      ),
    );
    const found = new Intl.ListFormat(locale, { type: 'conjunction' }).format(kinds);
    return new DomainException('PERSONAL_DATA_IN_NOTES', 'freeText.personalData', { found }, { findings });
  }
}

function toFinding(field: string, { kind, start, end, excerpt }: PersonalDataFinding): FreeTextFinding {
  return { field, kind, start, end, excerpt };
}
