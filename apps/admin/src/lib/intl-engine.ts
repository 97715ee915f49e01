import type { DateTimeFormatConstructor } from '@formatjs/intl-datetimeformat';
import type { DisplayNames as DisplayNamesClass } from '@formatjs/intl-displaynames';
import type ListFormatPonyfill from '@formatjs/intl-listformat';
import type { NumberFormat as NumberFormatPonyfill } from '@formatjs/intl-numberformat';

/** formatjs's Intl implementations, used as they are (ponyfills), not installed over the browser's Intl. */
export interface IntlEngine {
  DateTimeFormat: DateTimeFormatConstructor;
  DisplayNames: typeof DisplayNamesClass;
  NumberFormat: typeof NumberFormatPonyfill;
  ListFormat: typeof ListFormatPonyfill;
}

type Holder = Record<string, unknown>;

/**
 * formatjs's data files hand their data to `Intl.X.__addLocaleData` (and the zone data to
 * `Intl.DateTimeFormat.__addTZData`): let those calls reach the app's own implementations, leaving the browser's
 * formatting itself untouched.
 */
function forward(target: unknown, name: string, to: (...data: never[]) => void): void {
  const holder = target as Holder | undefined;
  if (!holder || typeof holder[name] === 'function') return;
  Object.defineProperty(holder, name, { value: to, configurable: true, writable: true });
}

/**
 * Fetches the implementations (one after the other: they share modules) and the zone data, and lets the data files
 * that follow reach them.
 */
export async function loadIntlEngine(): Promise<IntlEngine> {
  const { DateTimeFormat } = await import('@formatjs/intl-datetimeformat');
  const { DisplayNames } = await import('@formatjs/intl-displaynames');
  const { NumberFormat } = await import('@formatjs/intl-numberformat');
  const { default: ListFormat } = await import('@formatjs/intl-listformat');
  forward(
    Intl.DateTimeFormat,
    '__addLocaleData',
    (...data: Parameters<typeof DateTimeFormat.__addLocaleData>) => DateTimeFormat.__addLocaleData(...data),
  );
  forward(Intl.DateTimeFormat, '__addTZData', (...data: Parameters<typeof DateTimeFormat.__addTZData>) =>
    DateTimeFormat.__addTZData(...data),
  );
  forward(Intl.DisplayNames, '__addLocaleData', (...data: Parameters<typeof DisplayNames.__addLocaleData>) =>
    DisplayNames.__addLocaleData(...data),
  );
  forward(Intl.NumberFormat, '__addLocaleData', (...data: Parameters<typeof NumberFormat.__addLocaleData>) =>
    NumberFormat.__addLocaleData(...data),
  );
  forward(Intl.ListFormat, '__addLocaleData', (...data: Parameters<typeof ListFormat.__addLocaleData>) =>
    ListFormat.__addLocaleData(...data),
  );
  // The zones people work in (all of Europe's among them), not every historical one; then the reader's own zone.
  await import('@formatjs/intl-datetimeformat/add-golden-tz.js');
  let zone = 'UTC';
  try {
    zone = new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    // No zone known: UTC.
  }
  // Without zone data every time would read as UTC: better the browser's own formatting then.
  if (!('Europe/Oslo' in DateTimeFormat.tzData))
    throw new Error('The time zone data did not reach the formatter');
  DateTimeFormat.__setDefaultTimeZone(zone in DateTimeFormat.tzData ? zone : 'UTC');
  return { DateTimeFormat, DisplayNames, NumberFormat, ListFormat };
}

const QUEUES = {
  __FORMATJS_DATETIMEFORMAT_DATA__: 'DateTimeFormat',
  __FORMATJS_DISPLAYNAMES_DATA__: 'DisplayNames',
  __FORMATJS_NUMBERFORMAT_DATA__: 'NumberFormat',
  __FORMATJS_LISTFORMAT_DATA__: 'ListFormat',
} as const;

/** Data that a data file queued because it ran before the forwarding was in place. */
export function takeQueuedData(engine: IntlEngine): void {
  const global = globalThis as unknown as Record<string, unknown[] | undefined>;
  for (const [queue, name] of Object.entries(QUEUES)) {
    const queued = global[queue];
    if (!queued?.length) continue;
    global[queue] = [];
    (engine[name].__addLocaleData as (...data: unknown[]) => void)(...queued);
  }
}
