import {
  createTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeOverride,
  mergeThemeOverrides,
} from '@mantine/core';

/** A dense, sober look for a working tool: small controls, clear focus rings, no decoration. */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  components: {
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
    PasswordInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm' } },
    MultiSelect: { defaultProps: { size: 'sm' } },
    // Badges carry roles and states: they must never be cut to "TEAM LEA…" in a narrow table cell.
    Badge: { styles: { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } },
    Table: { defaultProps: { verticalSpacing: 6, horizontalSpacing: 'sm' } },
    // Mantine's focus placeholder is a `presentation` element with a tabindex inside the `menu`, which axe refuses
    // (aria-required-children). Without it, the menu still takes focus when it opens and the arrows reach the items.
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
    // A loader is a <span>, which may not carry the aria-label that names it (axe: aria-prohibited-attr): as an
    // indeterminate progress bar it may, and screen readers announce it by that name.
    Loader: { defaultProps: { role: 'progressbar' } },
  },
});

/**
 * The theme with the reader's words where Mantine has none of its own: the close button of every dialog, drawer and
 * notification is named (axe: button-name), in the interface language.
 */
export function themeInLanguage(closeLabel: string): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': closeLabel };
  return mergeThemeOverrides(theme, {
    components: {
      Modal: { defaultProps: { closeButtonProps } },
      Drawer: { defaultProps: { closeButtonProps } },
      Notification: {
        defaultProps: { closeButtonProps },
        // Under a title Mantine greys the message with gray-6 directly (3.3:1): the dimmed grey, at AA, instead.
        styles: (_theme: unknown, props: { title?: unknown }) =>
          props.title ? { description: { color: 'var(--mantine-color-dimmed)' } } : {},
      },
    },
  });
}

/** WCAG 2.1 AA for text of normal size: the badges, captions and notes here are all small. */
const AA = 4.5;
const WHITE = '#ffffff';

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour mixed with black by `share` (0 to 1), as #rrggbb. */
function towardBlack(hex: string, share: number): string {
  return `#${channels(hex)
    .map((channel) => Math.round(channel * (1 - share)))
    .map((channel) => channel.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The first shade from `from` on that reads at AA against every background; else shade 9 darkened until it does. */
function readableShade(shades: MantineColorsTuple, from: number, backgrounds: readonly string[]): string {
  const passes = (colour: string) =>
    backgrounds.every((background) => contrastRatio(colour, background) >= AA);
  for (let shade = from; shade < shades.length; shade++) if (passes(shades[shade])) return shades[shade];
  for (let share = 0.05; share < 1; share += 0.05) {
    const darker = towardBlack(shades[9], share);
    if (passes(darker)) return darker;
  }
  return '#000000';
}

/**
 * Mantine's light scheme at WCAG 2.1 AA contrast. Its defaults fall short for the small text this app is full of: the
 * dimmed grey reads at 3.3:1 on white, white on a filled green badge at 2.4:1, on the indigo buttons at 4.3:1, and
 * the light badges' text at 3.6–3.8:1 on their tint. Each colour's filled background, text, outline and light-badge
 * text becomes the first shade of its own scale that reaches 4.5:1 (shade 9 darkened where none does), so that a
 * new badge or button is readable whatever colour it is given.
 */
export const accessibleColors: CSSVariablesResolver = (resolved) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' };
  const gray0 = resolved.colors.gray[0];
  for (const [name, shades] of Object.entries(resolved.colors)) {
    const filled = readableShade(shades, 6, [WHITE]);
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = towardBlack(filled, 0.1);
    light[`--mantine-color-${name}-text`] = readableShade(shades, 6, [WHITE, gray0]);
    light[`--mantine-color-${name}-outline`] = readableShade(shades, 6, [WHITE, gray0]);
    // The light variant's tint is shade 1, shade 2 under the pointer.
    light[`--mantine-color-${name}-light-color`] = readableShade(shades, 7, [shades[1], shades[2]]);
  }
  // Links also sit in alerts, on the light tints of their colours.
  const tints = Object.entries(resolved.colors)
    .filter(([name]) => name !== 'dark') // a grey scale for dark surfaces, not a tint
    .map(([, shades]) => shades[1]);
  light['--mantine-color-anchor'] = readableShade(resolved.colors[resolved.primaryColor], 6, [
    WHITE,
    gray0,
    ...tints,
  ]);
  // Invalid fields: the red of their text, border and message.
  light['--mantine-color-error'] = readableShade(resolved.colors.red, 6, [WHITE, gray0]);
  return { variables: {}, light, dark: {} };
};
