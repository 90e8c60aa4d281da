import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { shortText, voteAddress } from '../voteAddress';
import { QrCode, qrModules } from './QrCode';

afterEach(cleanup);

/** The dark modules of a path as "col,row" (quiet zone included). */
function darkModules(path: string): Set<string> {
  return new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));
}

describe('qrModules', () => {
  it('draws a QR code of the right size with its three finder patterns inside a quiet zone', () => {
    const { path, size } = qrModules('https://medskapa.example/r/KX7PQ2R#code=ABCD-EFGH');
    const modules = size - 8;
    // Versions grow by 4 modules from 21 (version 1).
    expect((modules - 21) % 4).toBe(0);
    const dark = darkModules(path);
    // Nothing in the quiet zone.
    for (const key of dark) {
      const [col, row] = key.split(',').map(Number) as [number, number];
      expect(col >= 4 && row >= 4 && col < size - 4 && row < size - 4).toBe(true);
    }
    // The outer rings of the finder patterns (top left, top right, bottom left) are dark...
    for (const [col, row] of [[4, 4], [4 + modules - 1, 4], [4, 4 + modules - 1], [10, 10]]) {
      expect(dark.has(`${col},${row}`)).toBe(true);
    }
    // ...with a light ring inside and a dark centre.
    expect(dark.has('5,5')).toBe(false);
    expect(dark.has('7,7')).toBe(true);
  });

  it('encodes different addresses differently, and the same address the same way', () => {
    const one = voteAddress('https://medskapa.example', 'KX7PQ2R', 'ABCD-EFGH');
    const other = voteAddress('https://medskapa.example', 'KX7PQ2R', 'ABCD-EFGJ');
    expect(qrModules(one).path).toBe(qrModules(one).path);
    expect(qrModules(one).path).not.toBe(qrModules(other).path);
  });
});

describe('QrCode', () => {
  it('is an inline SVG image named by its label', () => {
    render(<QrCode value="https://medskapa.example/r/KX7PQ2R" label="QR-kod till omröstningen" />);
    const image = screen.getByRole('img', { name: 'QR-kod till omröstningen' });
    expect(image.tagName.toLowerCase()).toBe('svg');
    expect(image.querySelector('path')?.getAttribute('d')).toBe(qrModules('https://medskapa.example/r/KX7PQ2R').path);
    expect(image.querySelector('image, foreignObject')).toBeNull();
  });

  it('is hidden from screen readers without a label (the address is printed beside it)', () => {
    const { container } = render(<QrCode value="https://medskapa.example/r/KX7PQ2R" />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('voteAddress', () => {
  it('puts the voter code in the fragment of the short link', () => {
    expect(voteAddress('https://medskapa.example/', 'KX7PQ2R')).toBe('https://medskapa.example/r/KX7PQ2R');
    expect(voteAddress('https://medskapa.example', 'KX7PQ2R', 'ABCD-EFGH')).toBe('https://medskapa.example/r/KX7PQ2R#code=ABCD-EFGH');
  });
});

describe('shortText', () => {
  it('keeps short questions and cuts long ones at a word', () => {
    expect(shortText('Vad ska byggas?')).toBe('Vad ska byggas?');
    const long = 'Vad tycker du att kommunen ska bygga vid skolan nästa år, när det finns pengar till en ny plats för unga att vara på?';
    const cut = shortText(long, 60);
    expect(cut.length).toBeLessThanOrEqual(61);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
