/**
 * A note of the detector's corpus: what an officer wrote after a conversation, and the identifiers in it (each
 * as it stands in the text). A note with no identifiers is a clean note that must not be flagged.
 */
export interface CorpusNote {
  text: string;
  identifiers: readonly string[];
}

/** A clean note. */
export const clean = (text: string): CorpusNote => ({ text, identifiers: [] });
/** A note with identifiers, each written exactly as in the text. */
export const withIds = (text: string, ...identifiers: string[]): CorpusNote => ({ text, identifiers });

/** "15031151217" as people type it: "15 03 11 512 17". */
export const spaced = (digits: string, ...lengths: number[]): string => {
  const parts: string[] = [];
  let at = 0;
  for (const length of lengths) {
    parts.push(digits.slice(at, at + length));
    at += length;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  return parts.join(' ');
};
