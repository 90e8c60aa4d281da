import { describe, expect, it } from 'vitest';
import { csvCell, csvHeader, csvRow, defuseFormula, OPEN_DATA_COLUMNS } from './open-data.format';

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Cykelväg till Töre')).toBe('Cykelväg till Töre');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
  });

  it('quotes cells with commas, quotes and line breaks, doubling the quotes (RFC 4180)', () => {
    expect(csvCell('Kalix, Töre')).toBe('"Kalix, Töre"');
    expect(csvCell('Ett "bra" förslag')).toBe('"Ett ""bra"" förslag"');
    expect(csvCell('rad ett\nrad två')).toBe('"rad ett\nrad två"');
    expect(csvCell('rad ett\r\nrad två')).toBe('"rad ett\r\nrad två"');
  });

  it('joins multiple values with "; "', () => {
    expect(csvCell(['5.1', '5.2'])).toBe('5.1; 5.2');
    expect(csvCell([])).toBe('');
  });

  it.each(['=HYPERLINK("http://x")', '+46 70', '-1+1', '@SUM(A1)', '\t=1', '\r=1'])('defuses a formula start: %j', (text) => {
    expect(defuseFormula(text)).toBe(`'${text}`);
    expect(csvCell(text).replace(/^"/u, '').startsWith("'")).toBe(true);
  });

  it('leaves text that merely contains those characters alone', () => {
    expect(defuseFormula('a = b')).toBe('a = b');
    expect(defuseFormula('info@kalix.se')).toBe('info@kalix.se');
  });
});

describe('csvRow', () => {
  it('ends every record with CRLF', () => {
    expect(csvRow(['a', 1, null, ['x', 'y']])).toBe('a,1,,x; y\r\n');
  });

  it('has a header with every documented column', () => {
    expect(csvHeader()).toBe(`${OPEN_DATA_COLUMNS.join(',')}\r\n`);
  });
});
