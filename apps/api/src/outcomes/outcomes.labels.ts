import type { Locale } from '@empact/domain';
import type { I18nService } from '../common/i18n/i18n.service';
import type { CountObject, CountTableObject, OutcomesObject } from './dto/outcomes.object';
import type { OutcomesReport } from './outcomes.service';

/** How a hidden count and a day not begun are printed; the legends say what they mean. */
export const HIDDEN_MARK = '×';
export const PENDING_MARK = '…';

/** The tables of `Outcomes`, in the order the exports write them. */
export const OUTCOME_TABLES = [
  'byCountryAndDay',
  'byPlatform',
  'byTopic',
  'byAgeBand',
  'byOutcome',
  'byLanguage',
  'youngPeople',
  'sessions',
  'referrals',
] as const;
export type OutcomeTableName = (typeof OUTCOME_TABLES)[number];

/** One table with everything a reader needs: its title and the names of its rows and columns in their language. */
export interface LabelledTable {
  name: OutcomeTableName;
  title: string;
  table: CountTableObject;
  rowNames: string[];
  columnNames: string[];
}

/** Names in the reader's language for everything the outcome exports print; codes stay codes for machines. */
export class OutcomeLabels {
  constructor(
    private readonly i18n: I18nService,
    readonly locale: Locale,
    private readonly platformNames: Record<string, string>,
  ) {}

  t(key: string, params: Record<string, unknown> = {}): string {
    return this.i18n.t(this.locale, key, params, 'common');
  }

  country(code: string): string {
    return this.i18n.countryName(this.locale, code);
  }

  day(iso: string): string {
    return new Intl.DateTimeFormat(this.locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
  }

  longDay(iso: string): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  }

  formatInstant(instant: Date, timeZone: string): string {
    return this.i18n.formatInstant(this.locale, instant, timeZone);
  }

  language(tag: string): string {
    return new Intl.DisplayNames([this.locale], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  }

  platform(code: string): string {
    return this.platformNames[code] ?? code;
  }

  taxonomy(group: string, code: string): string {
    return this.i18n.t(this.locale, `${group}.${code}`, {}, 'taxonomy');
  }

  /** A count as a reader sees it: the number, × where it is hidden, … where its day has not begun (see the legends). */
  count(count: CountObject): string {
    if (count.suppressed) return HIDDEN_MARK;
    if (count.pending || count.value === null) return PENDING_MARK;
    return this.number(count.value);
  }

  /** What the marks of `count` mean, for under a table or chart. */
  legends(outcomes: OutcomesObject): string[] {
    return [
      ...(outcomes.suppressed
        ? [this.t('outcomes.legendHidden', { small: outcomes.minCount - 1, k: outcomes.minCount })]
        : []),
      this.t('outcomes.legendPending'),
    ];
  }

  /** How the figures were protected, in the reader's language: the note every export carries. */
  protectionNote(outcomes: OutcomesObject): string {
    const { protection } = outcomes;
    return protection.method === 'EXACT'
      ? this.t('outcomes.exactNote')
      : this.t('outcomes.protectionNote', {
          max: protection.maxPerturbation,
          typical: protection.typicalPerturbation,
          small: protection.minCount - 1,
        });
  }

  number(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  /** Every table of the outcomes with its title and names. */
  tables(outcomes: OutcomesObject): LabelledTable[] {
    const rowsOf = (name: OutcomeTableName, codes: string[]) =>
      name === 'referrals'
        ? codes.map((c) => this.taxonomy('urgency', c))
        : codes.map((c) => this.country(c));
    const columnsOf = (name: OutcomeTableName, codes: string[]): string[] => {
      switch (name) {
        case 'byCountryAndDay':
        case 'youngPeople':
          return codes.map((c) => this.day(c));
        case 'byPlatform':
          return codes.map((c) => this.platform(c));
        case 'byTopic':
          return codes.map((c) => this.taxonomy('topic', c));
        case 'byAgeBand':
          return codes.map((c) => this.taxonomy('ageBand', c));
        case 'byOutcome':
          return codes.map((c) => this.taxonomy('outcome', c));
        case 'byLanguage':
          return codes.map((c) => this.language(c));
        case 'sessions':
          return codes.map((c) => this.t(`outcomes.sessionKind.${c}`));
        case 'referrals':
          return codes.map((c) => this.taxonomy('receivingUnit', c));
      }
    };
    return OUTCOME_TABLES.map((name) => {
      const table = outcomes[name];
      return {
        name,
        title: this.t(`outcomes.tables.${name}`),
        table,
        rowNames: rowsOf(name, table.rows),
        columnNames: columnsOf(name, table.columns),
      };
    });
  }

  /** The week, the filter and the suppression rule, as lines for the top of a report. */
  facts(report: OutcomesReport): [string, string][] {
    const { week, filter, outcomes } = report;
    const filters = [
      filter.country ? `${this.t('outcomes.filterCountry')}: ${this.country(filter.country)}` : null,
      filter.platform ? `${this.t('outcomes.filterPlatform')}: ${this.platform(filter.platform)}` : null,
      filter.day ? `${this.t('outcomes.filterDay')}: ${this.longDay(filter.day)}` : null,
    ].filter((f): f is string => f !== null);
    return [
      [this.t('report.host'), this.country(week.hostCountry)],
      [
        this.t('report.days'),
        `${this.longDay(week.firstDay)} – ${this.longDay(week.lastDay)} (${week.timeZone})`,
      ],
      [this.t('report.countries'), week.countries.map((c) => this.country(c.country)).join(', ')],
      [this.t('outcomes.filter'), filters.length > 0 ? filters.join(' · ') : this.t('outcomes.noFilter')],
      [this.t('outcomes.protection'), this.protectionNote(outcomes)],
      [this.t('outcomes.tables.sessions'), this.t('outcomes.sessionsNote')],
    ];
  }
}
