import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenDataService } from '../src/modules/open-data/open-data.service';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
let kalixId: string;
const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;

/** The documented columns (README.md, "Open data"), in order. */
const COLUMNS = [
  'reference',
  'municipality',
  'created_at',
  'updated_at',
  'status',
  'original_language',
  'title',
  'body',
  'goal_codes',
  'goal_titles',
  'area_codes',
  'places',
  'support_count',
  'comment_count',
  'answer',
  'answered_at',
  'decision_body',
  'decision_meeting_date',
  'decision_paragraph',
  'decision_diary_number',
  'decision_url',
];

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields with "" for a quote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else if (char === '\n' || char === '\r') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length) throw new Error('last record lacks its CRLF');
  return records;
}

const fixture = { answered: '', formula: '', hidden: '', authorName: 'Hemlig Författare', authorEmail: '', reporterName: 'Anonym Anmälare', officerName: '' };

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  const goals: Array<{ id: string }> = await db.query(
    `SELECT DISTINCT ON (a.position) g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id
      WHERE s.municipality_id = $1 ORDER BY a.position, g.position LIMIT 2`,
    [kalixId],
  );
  const places: Array<{ id: string }> = await db.query(`SELECT id FROM place WHERE municipality_id = $1 AND name IN ('Töre', 'Sangis') ORDER BY name`, [kalixId]);
  fixture.authorEmail = `hemlig.${Date.now()}@open-data.example`;
  const author = await one<{ id: string }>(
    `INSERT INTO app_user (email, display_name, locale, municipality_id) VALUES ($1, $2, 'sv', $3) RETURNING id`,
    [fixture.authorEmail, fixture.authorName, kalixId],
  );
  const reporter = await one<{ id: string }>(`INSERT INTO app_user (email, display_name, locale) VALUES ($1, $2, 'sv') RETURNING id`, [
    `anmalare.${Date.now()}@open-data.example`,
    fixture.reporterName,
  ]);
  const officer = await one<{ id: string; display_name: string }>(`SELECT id, display_name FROM app_user WHERE email = 'officer@kalix.example'`);
  fixture.officerName = officer.display_name;

  const insertIdea = async (reference: string, title: string, body: string, status: string, counts = { support: 0, comment: 0 }) =>
    (
      await one<{ id: string }>(
        `INSERT INTO idea (municipality_id, reference, title, body, original_locale, status, author_id, text_hash, support_count, comment_count, created_at)
         VALUES ($1, $2, $3, $4, 'sv', $5, $6, $2, $7, $8, '2026-03-01T09:00:00Z') RETURNING id`,
        [kalixId, reference, title, body, status, author.id, counts.support, counts.comment],
      )
    ).id;

  fixture.answered = await insertIdea('KALIX-2026-9001', 'Belysning längs älvpromenaden', 'Det är mörkt, "väldigt" mörkt\npå vintern längs älven.', 'ANSWERED', {
    support: 3,
    comment: 2,
  });
  for (const goal of goals) await db.query(`INSERT INTO idea_goal (idea_id, goal_id) VALUES ($1, $2)`, [fixture.answered, goal.id]);
  for (const place of places) await db.query(`INSERT INTO idea_place (idea_id, place_id) VALUES ($1, $2)`, [fixture.answered, place.id]);
  await db.query(
    `INSERT INTO idea_event (idea_id, kind, from_status, to_status, actor_id, occurred_at) VALUES
       ($1, 'SUBMITTED', NULL, 'PUBLISHED', $2, '2026-03-01T09:00:00Z'),
       ($1, 'ANSWERED', 'PUBLISHED', 'ANSWERED', $3, '2026-04-15T12:30:00Z'),
       ($1, 'HIDDEN', 'ANSWERED', 'HIDDEN', $3, '2026-04-20T12:30:00Z'),
       ($1, 'RESTORED', 'HIDDEN', 'ANSWERED', $3, '2026-04-21T12:30:00Z')`,
    [fixture.answered, author.id, officer.id],
  );
  await db.query(
    `INSERT INTO idea_response (idea_id, body, original_locale, respondent_id, responded_at, decision_body, decision_meeting_date, decision_paragraph, decision_diary_number, decision_url)
     VALUES ($1, $2, 'sv', $3, '2026-04-15T12:30:00Z', 'Kommunstyrelsen', '2023-12-11', '§ 218', '2023-00497', 'https://www.kalix.se/protokoll/ks-2023-12-11.pdf')`,
    [fixture.answered, JSON.stringify({ sv: 'Kommunen sätter upp belysning 2027.', fi: 'Kunta asentaa valaistuksen 2027.' }), officer.id],
  );
  await db.query(`INSERT INTO report (municipality_id, target_type, target_id, target_author_id, reason, reporter_id) VALUES ($1, 'IDEA', $2, $3, 'SPAM', $4)`, [
    kalixId,
    fixture.answered,
    author.id,
    reporter.id,
  ]);

  fixture.formula = await insertIdea('KALIX-2026-9002', '=HYPERLINK("http://evil.example","Klicka här")', '@SUM(1+1) och en vanlig mening om något.', 'PUBLISHED');
  await db.query(`INSERT INTO idea_goal (idea_id, goal_id) VALUES ($1, $2)`, [fixture.formula, goals[0]!.id]);
  fixture.hidden = await insertIdea('KALIX-2026-9003', 'Dold idé som inte får synas', 'En text som en moderator har dolt för alla.', 'HIDDEN');
});
afterAll(async () => {
  await api.close();
});

const visibleKalixIdeas = async () => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM idea WHERE municipality_id = $1 AND status <> 'HIDDEN'`, [kalixId])).n;

describe('GET /open-data/ideas.csv', () => {
  it('is public UTF-8 CSV with a BOM, a header, a dated file name, a short cache and open CORS', async () => {
    const response = await fetch(`${api.url}/open-data/ideas.csv?municipality=kalix`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="kalix-ideas-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
    expect(records[0]).toEqual(COLUMNS);
    expect(records.slice(1).every((record) => record.length === COLUMNS.length)).toBe(true);
    expect(records.length - 1).toBe(await visibleKalixIdeas());
  });

  it('has one row per idea that is not hidden, with goals, areas, places, counts, the answer and the decision', async () => {
    const text = await (await fetch(`${api.url}/open-data/ideas.csv?municipality=kalix`)).text();
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/u, ''));
    const byReference = new Map(rows.map((row) => [row[0], Object.fromEntries(header!.map((column, i) => [column, row[i]]))]));
    expect(byReference.has('KALIX-2026-9003')).toBe(false);
    const answered = byReference.get('KALIX-2026-9001')!;
    const goals: Array<{ code: string; title: string; area: string }> = await db.query(
      `SELECT g.code, g.title->'sv'->>'text' AS title, a.code AS area FROM idea_goal ig JOIN goal g ON g.id = ig.goal_id JOIN strategic_area a ON a.id = g.area_id
        WHERE ig.idea_id = $1 ORDER BY a.position, g.position`,
      [fixture.answered],
    );
    expect(goals).toHaveLength(2);
    expect(goals.every((g) => g.title && g.code && g.area)).toBe(true);
    expect(answered).toEqual({
      reference: 'KALIX-2026-9001',
      municipality: 'kalix',
      created_at: '2026-03-01T09:00:00.000Z',
      // The last change of status by the municipality; hiding and restoring do not count.
      updated_at: '2026-04-15T12:30:00.000Z',
      status: 'ANSWERED',
      original_language: 'sv',
      title: 'Belysning längs älvpromenaden',
      body: 'Det är mörkt, "väldigt" mörkt\npå vintern längs älven.',
      goal_codes: goals.map((g) => g.code).join('; '),
      goal_titles: goals.map((g) => g.title).join('; '),
      area_codes: goals.map((g) => g.area).join('; '),
      places: 'Sangis; Töre',
      support_count: '3',
      comment_count: '2',
      answer: 'Kommunen sätter upp belysning 2027.',
      answered_at: '2026-04-15T12:30:00.000Z',
      decision_body: 'Kommunstyrelsen',
      decision_meeting_date: '2023-12-11',
      decision_paragraph: '§ 218',
      decision_diary_number: '2023-00497',
      decision_url: 'https://www.kalix.se/protokoll/ks-2023-12-11.pdf',
    });
    // An unanswered idea has empty answer and decision cells.
    const unanswered = byReference.get('KALIX-2026-9002')!;
    expect([unanswered.answer, unanswered.answered_at, unanswered.decision_body, unanswered.decision_meeting_date, unanswered.places]).toEqual(['', '', '', '', '']);
  });

  it('defuses spreadsheet formulas with a leading apostrophe', async () => {
    const text = await (await fetch(`${api.url}/open-data/ideas.csv?municipality=kalix`)).text();
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/u, ''));
    const row = rows.find((r) => r[0] === 'KALIX-2026-9002')!;
    expect(row[header!.indexOf('title')]).toBe(`'=HYPERLINK("http://evil.example","Klicka här")`);
    expect(row[header!.indexOf('body')]).toBe(`'@SUM(1+1) och en vanlig mening om något.`);
    // No cell of the whole file starts a formula.
    expect(rows.flat().filter((cell) => /^[=+\-@]/u.test(cell))).toEqual([]);
  });

  it('holds no personal data: no author, respondent or reporter, by column or by value', async () => {
    const text = await (await fetch(`${api.url}/open-data/ideas.csv?municipality=kalix`)).text();
    const [header] = parseCsv(text.replace(/^\uFEFF/u, ''));
    expect(header!.filter((column) => /author|user|respondent|reporter|email|name/u.test(column))).toEqual([]);
    for (const personal of [fixture.authorName, fixture.authorEmail, fixture.reporterName, fixture.officerName]) expect(text).not.toContain(personal);
    const ids: Array<{ id: string }> = await db.query(`SELECT id FROM app_user`);
    for (const { id } of ids) expect(text).not.toContain(id);
  });

  it('answers 404 with a JSON error for an unknown municipality and 400 without one', async () => {
    for (const query of ['municipality=nowhere', 'municipality=Kalix%20kommun']) {
      const response = await fetch(`${api.url}/open-data/ideas.csv?${query}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.stringContaining('No municipality') } });
    }
    const missing = await fetch(`${api.url}/open-data/ideas.json`);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
  });
});

describe('GET /open-data/ideas.json', () => {
  it('has the same rows and fields, arrays for multiple values and ISO dates', async () => {
    const response = await fetch(`${api.url}/open-data/ideas.json?municipality=kalix`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json; charset=utf-8/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const records = (await response.json()) as Array<Record<string, unknown>>;
    expect(records).toHaveLength(await visibleKalixIdeas());
    expect(records.every((record) => JSON.stringify(Object.keys(record)) === JSON.stringify(COLUMNS))).toBe(true);
    expect(records.map((r) => r.reference)).not.toContain('KALIX-2026-9003');
    const answered = records.find((r) => r.reference === 'KALIX-2026-9001')!;
    expect(answered).toMatchObject({
      created_at: '2026-03-01T09:00:00.000Z',
      places: ['Sangis', 'Töre'],
      support_count: 3,
      answer: 'Kommunen sätter upp belysning 2027.',
      answered_at: '2026-04-15T12:30:00.000Z',
      decision_meeting_date: '2023-12-11',
    });
    expect(answered.goal_codes).toHaveLength(2);
    expect(answered.area_codes).toHaveLength(2);
    // JSON is data, not a spreadsheet: titles are exactly as written.
    expect(records.find((r) => r.reference === 'KALIX-2026-9002')!.title).toBe('=HYPERLINK("http://evil.example","Klicka här")');
    expect(JSON.stringify(records)).not.toContain(fixture.authorName);
  });

  it('is an empty array for a municipality without ideas', async () => {
    const { n } = await one<{ n: number }>(`SELECT count(*)::int AS n FROM idea i JOIN municipality m ON m.id = i.municipality_id WHERE m.slug = 'norsjo'`);
    const records = await (await fetch(`${api.url}/open-data/ideas.json?municipality=norsjo`)).json();
    expect(records).toHaveLength(n);
  });
});

describe('keyset pages', () => {
  it('reads every idea exactly once, oldest first, one page at a time', async () => {
    const service = api.app.get(OpenDataService);
    const municipality = (await service.municipality('kalix'))!;
    const pages: string[][] = [];
    for await (const page of service.ideaPages(municipality, 2)) pages.push(page.map((record) => record.reference as string));
    expect(pages.every((page) => page.length <= 2)).toBe(true);
    const references = pages.flat();
    expect(new Set(references).size).toBe(references.length);
    expect(references.length).toBe(await visibleKalixIdeas());
    const expected: Array<{ reference: string }> = await db.query(
      `SELECT reference FROM idea WHERE municipality_id = $1 AND status <> 'HIDDEN' ORDER BY created_at, id`,
      [kalixId],
    );
    expect(references).toEqual(expected.map((row) => row.reference));
  });
});
