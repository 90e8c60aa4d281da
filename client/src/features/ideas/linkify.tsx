import { Fragment, type ReactNode } from 'react';

/** A piece of resident-written text: plain text, or an http(s) address to show as a link. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/** http:// or https:// followed by anything that is not white space or an angle bracket. */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/giu;

/** Punctuation that ends a sentence rather than an address: "Se https://kalix.se." */
const TRAILING = /[.,;:!?'’”»)\]}]+$/u;

/** Keeps a closing bracket that belongs to the address: https://sv.wikipedia.org/wiki/Kalix_(ort) */
function trimTrailing(candidate: string): string {
  let url = candidate;
  for (;;) {
    const match = TRAILING.exec(url);
    if (!match) return url;
    let cut = match[0];
    // Give back a ")" when the address itself opened one.
    while (cut.length > 0) {
      const last = cut[cut.length - 1]!;
      const open = last === ')' ? '(' : last === ']' ? '[' : last === '}' ? '{' : undefined;
      const kept = url.slice(0, url.length - cut.length);
      if (open && count(kept, open) > count(kept, last)) {
        cut = cut.slice(0, -1);
        continue;
      }
      break;
    }
    if (cut.length === 0) return url;
    url = url.slice(0, url.length - cut.length);
    if (!TRAILING.test(url)) return url;
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Only addresses the browser parses as http(s) become links. */
function safeHref(candidate: string): string | undefined {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Splits text into plain parts and http(s) links; joining every part's text gives `text` back. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const url = trimTrailing(match[0]);
    const href = safeHref(url);
    if (!href || url.length <= 'https://'.length) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: url, href });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** One line or paragraph with its addresses as links (nofollow ugc: written by residents). */
export function Linkified({ text }: { text: string }): ReactNode {
  return splitLinks(text).map((part, index) =>
    part.kind === 'link' ? (
      <a key={index} href={part.href} rel="nofollow ugc noopener" className="idea-body__link">
        {part.text}
      </a>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}

/** Paragraphs: text split at blank lines; single line breaks inside a paragraph are kept. */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trim()))
    .map((lines) => lines.filter((line, index) => line !== '' || index > 0))
    .filter((lines) => lines.some((line) => line !== ''));
}

/**
 * Resident-written text as React elements: paragraphs, line breaks and links, never HTML.
 * `lang` is the language it is written in, so screen readers pronounce it right.
 */
export function PlainText({ text, lang, className }: { text: string; lang?: string; className?: string }) {
  return (
    <div className={className} lang={lang}>
      {paragraphsOf(text).map((lines, p) => (
        <p key={p}>
          {lines.map((line, l) => (
            <Fragment key={l}>
              {l > 0 && <br />}
              <Linkified text={line} />
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
