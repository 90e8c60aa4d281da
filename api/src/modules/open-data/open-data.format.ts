/**
 * Formatting of the open-data export: CSV per RFC 4180 (comma, CRLF, double quotes doubled) with a
 * guard against spreadsheet formula injection, and the JSON records.
 */

/** The export's columns, in order; README.md ("Open data") documents each. */
export const OPEN_DATA_COLUMNS = [
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
] as const;

export type OpenDataColumn = (typeof OPEN_DATA_COLUMNS)[number];
export type OpenDataValue = string | number | string[] | null;
export type OpenDataRecord = Record<OpenDataColumn, OpenDataValue>;

/** How multiple values (goals, areas, places) share one CSV cell. */
export const CSV_MULTI_VALUE_SEPARATOR = '; ';

/** UTF-8 byte order mark: Excel (also in Sweden) then reads å, ä, ö right. */
export const UTF8_BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet treat a cell as a formula (=, +, -, @) or that some
 * spreadsheets strip before doing so (tab, carriage return). Residents write the titles and bodies,
 * so such a cell gets a leading apostrophe: spreadsheets show it as text, never run it.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;

export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV cell: text is guarded and quoted when it holds a comma, quote, CR or LF (RFC 4180). */
export function csvCell(value: OpenDataValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = defuseFormula(Array.isArray(value) ? value.join(CSV_MULTI_VALUE_SEPARATOR) : value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** One CSV record with its CRLF line end. */
export function csvRow(values: readonly OpenDataValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

export function csvHeader(): string {
  return csvRow([...OPEN_DATA_COLUMNS]);
}

export function csvRecord(record: OpenDataRecord): string {
  return csvRow(OPEN_DATA_COLUMNS.map((column) => record[column]));
}
