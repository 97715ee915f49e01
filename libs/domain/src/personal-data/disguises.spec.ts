import { originalSpan, undisguise } from './disguises';

describe('undisguise', () => {
  it('reads digits of other scripts and styles, keycaps and full-width signs as plain digits and signs', () => {
    expect(undisguise('９１２ ３４ ５６７').text).toBe('912 34 567');
    expect(undisguise('𝟎𝟏𝟓𝟏 𝟐𝟒𝟖').text).toBe('0151 248');
    expect(undisguise('١٠٠٣١٤-٢٣٨٥').text).toBe('100314-2385');
    expect(undisguise('6️⃣9️⃣1️⃣-2️⃣4️⃣').text).toBe('691-24');
    expect(undisguise('０９．０８．１７－２７４．７２').text).toBe('09.08.17-274.72');
  });

  it('parts digits at a picture, joins spelled-out letters and drops brackets round a digit group', () => {
    expect(undisguise('47🔥11🔥28🔥39').text).toBe('47 11 28 39');
    expect(undisguise('skrev S i g r i d  B e r g.').text).toBe('skrev Sigrid  Berg.');
    expect(undisguise('L.e.n.a S.c.h.m.i.t.z,').text).toBe('Lena Schmitz,');
    expect(undisguise('0/7/0/4/8/1/2/6/9/3').text).toBe('0 7 0 4 8 1 2 6 9 3');
    expect(undisguise('BSN 273 (849) 153').text).toBe('BSN 273 849 153');
    expect(undisguise('tiktok[.]com/@finn').text).toBe('tiktok.com/@finn');
  });

  it('reads pictures with spaces round them, dotted single digits and spaced digits grouped by dots as digit groups', () => {
    expect(undisguise('nummeret 47 🔥 81 🔥 29 🔥 03 til').text).toBe('nummeret 47 81 29 03 til');
    expect(undisguise('som 4.0.6.1.2.3.3.8, så').text).toBe('som 4 0 6 1 2 3 3 8, så');
    expect(undisguise('« 0 4 7 2 . 5 1 . 8 8 . 3 0 »').text).toBe('« 0472 51 88 30 »');
    // A version, a price and a list keep their dots; a picture between words is no digit gap.
    expect(undisguise('versjon 1.20.4, 1.2.3, 12 🔥 kr').text).toBe('versjon 1.20.4, 1.2.3, 12 🔥 kr');
  });

  it('leaves what is no disguise as it is', () => {
    for (const text of [
      'U.S.A. og e.g. og A.K.H.',
      'kl. 1 2 3 og 3 - 2 - 1 og 1/2/3',
      'Ring +358 (0)40 518 2276',
      'Kampen endte 2 (1) 0',
    ]) {
      expect(undisguise(text).text).toBe(text);
    }
  });

  it('maps a span of the undisguised text back to the characters as typed, keycaps and surrogate pairs whole', () => {
    const typed = 'nr 6️⃣9️⃣1️⃣ og 𝟎𝟏 ok';
    const seen = undisguise(typed);
    const number = seen.text.indexOf('691');
    const span = originalSpan(typed, seen, number, number + 3);
    expect(typed.slice(span.start, span.end)).toBe('6️⃣9️⃣1️⃣');
    const bold = seen.text.indexOf('01');
    const boldSpan = originalSpan(typed, seen, bold, bold + 2);
    expect(typed.slice(boldSpan.start, boldSpan.end)).toBe('𝟎𝟏');
  });
});
