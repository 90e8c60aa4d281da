import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { paragraphsOf, PlainText, splitLinks } from './linkify';

afterEach(cleanup);

describe('splitLinks', () => {
  it('turns http(s) addresses into links and keeps every character of the text', () => {
    const text = 'Läs mer på https://www.kalix.se/bad och http://example.org/a?b=1#c idag.';
    const parts = splitLinks(text);
    expect(parts).toEqual([
      { kind: 'text', text: 'Läs mer på ' },
      { kind: 'link', text: 'https://www.kalix.se/bad', href: 'https://www.kalix.se/bad' },
      { kind: 'text', text: ' och ' },
      { kind: 'link', text: 'http://example.org/a?b=1#c', href: 'http://example.org/a?b=1#c' },
      { kind: 'text', text: ' idag.' },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('leaves sentence punctuation outside the link but keeps brackets that belong to the address', () => {
    expect(splitLinks('Se https://kalix.se.')).toEqual([
      { kind: 'text', text: 'Se ' },
      { kind: 'link', text: 'https://kalix.se', href: 'https://kalix.se/' },
      { kind: 'text', text: '.' },
    ]);
    expect(splitLinks('(se https://sv.wikipedia.org/wiki/Kalix_(ort))')[1]).toMatchObject({
      kind: 'link',
      text: 'https://sv.wikipedia.org/wiki/Kalix_(ort)',
    });
  });

  it('never links other schemes or bare words', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'www.kalix.se', 'mailto:a@b.se', 'ftp://x.se', 'https://']) {
      expect(splitLinks(text).every((p) => p.kind === 'text'), text).toBe(true);
    }
  });
});

describe('paragraphsOf', () => {
  it('splits at blank lines and keeps single line breaks', () => {
    expect(paragraphsOf('Ett\nTvå\n\n\r\nTre\n\n')).toEqual([['Ett', 'Två'], ['Tre']]);
  });
});

describe('PlainText', () => {
  it('renders paragraphs, line breaks and safe links, never HTML', () => {
    const { container } = render(
      <PlainText lang="fit" text={'<img src=x onerror=alert(1)> Hei!\nKattele https://kalix.se/x\n\nToinen kappale'} />,
    );
    const root = container.firstElementChild!;
    expect(root.getAttribute('lang')).toBe('fit');
    expect(root.querySelectorAll('p')).toHaveLength(2);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.querySelectorAll('br')).toHaveLength(1);
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://kalix.se/x');
    expect(link.getAttribute('rel')).toBe('nofollow ugc noopener');
    expect(link.textContent).toBe('https://kalix.se/x');
  });
});
