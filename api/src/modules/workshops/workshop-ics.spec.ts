import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, icsDateTime, workshopCalendar } from './workshop-ics';

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and line breaks (RFC 5545 3.3.11)', () => {
    expect(escapeIcsText('a\\b; c, d\r\ne\nf\rg')).toBe('a\\\\b\\; c\\, d\\ne\\nf\\ng');
  });
  it('leaves colons and quotes alone and drops control characters', () => {
    expect(escapeIcsText('Kl: 18 "Töre"\u0007')).toBe('Kl: 18 "Töre"');
  });
});

describe('foldIcsLine', () => {
  it('keeps lines of up to 75 octets as they are', () => {
    const line = `SUMMARY:${'a'.repeat(67)}`;
    expect(line).toHaveLength(75);
    expect(foldIcsLine(line)).toBe(line);
  });
  it('folds longer lines at 75 octets with a leading space, never splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'åäö€'.repeat(40)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    // Unfolding gives the line back.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });
});

describe('workshopCalendar', () => {
  const event = {
    uid: 'abc@medskapa',
    stamp: new Date('2026-11-22T10:00:00.123Z'),
    start: new Date('2026-12-02T17:00:00Z'),
    end: new Date('2026-12-02T19:30:00Z'),
    summary: 'Framtidsverkstad, Töre; del 1',
    location: 'Töre bygdegård, Töre',
    description: 'Rad ett\nRad två',
    url: 'https://medskapa.example/kalix/workshops/abc',
    cancelled: false,
    lastModified: new Date('2026-11-20T08:00:00Z'),
  };
  it('writes one VEVENT with CRLF line ends and UTC times', () => {
    const ics = workshopCalendar(event);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines).toContain('DTSTART:20261202T170000Z');
    expect(lines).toContain('DTEND:20261202T193000Z');
    expect(lines).toContain('DTSTAMP:20261122T100000Z');
    expect(lines).toContain('SUMMARY:Framtidsverkstad\\, Töre\\; del 1');
    expect(lines).toContain('DESCRIPTION:Rad ett\\nRad två');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(icsDateTime(new Date('2026-01-05T03:04:05.999Z'))).toBe('20260105T030405Z');
  });
  it('marks a cancelled workshop', () => {
    expect(workshopCalendar({ ...event, cancelled: true }).split('\r\n')).toContain('STATUS:CANCELLED');
  });
});
