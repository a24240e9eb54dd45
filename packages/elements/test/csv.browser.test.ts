// CSV out of the kit: what a spreadsheet would run as a formula is neutralised, however it is
// disguised, and everything else comes out as it went in (RFC 4180 quoting).
import { expect } from '@open-wc/testing';
import { csvCell, toCsv } from '../src/shared/csv.js';

/** `U+200B U+003D`: what a reader of a failure needs for characters that show nothing. */
const codePoints = (text: string) =>
  Array.from(
    text,
    (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  ).join(' ');

describe('CSV cells', () => {
  const triggers = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫'];
  // What a spreadsheet may skip before a trigger: spaces of every width, and characters that
  // show nothing (zero-width space and joiners, word joiner, byte-order mark, bidi marks).
  const disguises = [
    '',
    ' ',
    '   ',
    '\u00a0',
    '\u3000',
    '\u200b',
    '\u200c',
    '\u200d',
    '\u2060',
    '\ufeff',
    '\u200e',
    '\u202e',
    '\u00ad',
    ' \u200b ',
  ];

  it('neutralises a formula behind any leading space or invisible character, full-width too', () => {
    const missed: string[] = [];
    for (const trigger of triggers)
      for (const disguise of disguises) {
        const value = `${disguise}${trigger}HYPERLINK("http://x.test","y")`;
        const cell = csvCell(value);
        // Neutralised: an apostrophe first, the value after it unchanged (quotes doubled).
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
        if (unquoted !== `'${value}`) missed.push(codePoints(disguise + trigger));
      }
    expect(missed).to.deep.equal([]);
  });

  it('neutralises a cell that starts with a tab, a carriage return or a line feed', () => {
    expect(csvCell('\t=1+1')).to.equal(`'\t=1+1`);
    expect(csvCell('\r=1+1')).to.equal(`"'\r=1+1"`);
    expect(csvCell('\n=1+1')).to.equal(`"'\n=1+1"`);
    expect(csvCell('\nplain')).to.equal(`"'\nplain"`);
  });

  it('leaves ordinary text alone, a trigger inside it included', () => {
    for (const value of ['Ana', 'ana@example.org', 'Smith-Jones', '1+1', 'A = B', '', '¥100'])
      expect(csvCell(value), value).to.equal(value);
  });

  it('quotes commas, quotes, line breaks and outer spaces (RFC 4180)', () => {
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell(' padded ')).to.equal('" padded "');
    expect(
      toCsv([
        ['a', 3, null],
        ['-2', undefined, { x: 1 }],
      ]),
    ).to.equal(`a,3,\r\n'-2,,"{""x"":1}"\r\n`);
  });
});
