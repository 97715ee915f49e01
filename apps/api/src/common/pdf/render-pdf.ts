import type Pdfmake from 'pdfmake';
import { dirname, join } from 'node:path';

let loaded: Promise<typeof Pdfmake> | undefined;

/**
 * pdfmake (with fontkit and its fonts) is loaded for the first PDF, not when the API starts: it would add a tenth of a
 * second to every start for something asked a few times a week.
 */
function pdfmakeWithFonts(): Promise<typeof Pdfmake> {
  return (loaded ??= import('pdfmake').then(({ default: pdfmake }) => {
    useBundledFonts(pdfmake);
    return pdfmake;
  }));
}

function useBundledFonts(pdfmake: typeof Pdfmake): void {
  const folder = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  pdfmake.setFonts({
    Roboto: {
      normal: join(folder, 'Roboto-Regular.ttf'),
      bold: join(folder, 'Roboto-Medium.ttf'),
      italics: join(folder, 'Roboto-Italic.ttf'),
      bolditalics: join(folder, 'Roboto-MediumItalic.ttf'),
    },
  });
  // Our PDFs never load anything from the network, and read no file but their fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(folder));
}

/** The styles every PDF of the platform shares: A4, Roboto (bundled with pdfmake, so every language's letters). */
export const PDF_BASE = {
  pageSize: 'A4',
  pageMargins: [40, 48, 40, 48],
  defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
  styles: {
    h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 10] },
    h2: { fontSize: 14, bold: true, margin: [0, 14, 0, 6] },
    h3: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
    meta: { fontSize: 9, color: '#555555', margin: [0, 0, 0, 4] },
    label: { bold: true, margin: [0, 4, 0, 2] },
  },
};

/** A pdfmake document definition rendered to a PDF, with the bundled fonts and no network. */
export async function renderPdf(definition: Record<string, unknown>): Promise<Buffer> {
  const pdfmake = await pdfmakeWithFonts();
  return pdfmake
    .createPdf({
      ...PDF_BASE,
      ...definition,
      styles: { ...PDF_BASE.styles, ...(definition.styles as object | undefined) },
    })
    .getBuffer();
}
