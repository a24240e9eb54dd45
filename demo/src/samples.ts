// Spreadsheets to try <batch-uploader> with, offered as downloads from the demo's controls: one
// small file with every kind of problem the uploader reports, and one of 100,000 rows.

const header = 'E-mail,DOB,First name,Middle names,Surname,Preferred name,Mobile\r\n';

/** 12 people (one name holds a quoted line break): accents, a BOM, and a problem per line. */
export function fileWithProblems(): string {
  const lines = [
    'jose.muller@example.net,03/04/1990,José,,Müller,,0412 345 678',
    'siobhan@example.net,25/12/1988,Siobhán,Anne,O’Brien,Shiv,0061 412 345 679',
    'sam.serial@example.net,35771,Sam,,Serial,,+61 412 999 888',
    'excel.phone@example.net,1991-07-14,Eli,,Phone,,6.14123E+10',
    'us.phone@example.net,1992-02-03,Una,,States,,564-564-5644',
    'not-an-email,1990-01-01,No,,Email,,',
    'feb.thirty@example.net,31/02/1990,Fay,,Bruary,,',
    'jose.muller@example.net,03/04/1990,José,,Again,,',
    'future@example.net,01/01/2090,Fu,,Ture,,',
    '"quoted@example.net",1985-05-05,"Line',
    'break",,Quote,,',
    'short@example.net,1980-01-01,Short',
    'ok@example.net,1979-09-30,Ok,,Fine,,+61 411 111 111',
  ];
  return `\ufeff${header}${lines.join('\r\n')}\r\n`;
}

/** 100,000 people, day-first dates, a line break inside every surname. */
export function largeFile(rows = 100_000): string {
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    lines.push(
      `person${i}@example.net,${day}/${month}/19${50 + (i % 50)},"First ${i}",,"Last\n${i}",,04${String(10_000_000 + i).slice(0, 8)}\r\n`,
    );
  }
  return `\ufeff${lines.join('')}`;
}

/** Offers `text` as a file, the way a host page would offer a download. */
export function offer(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  URL.revokeObjectURL(url);
}
