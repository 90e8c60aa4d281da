/**
 * A medborgardialog from invitation to återkoppling, through the UI: an officer creates and
 * publishes a dialogue; a resident follows it; the officer builds a survey with every question
 * type in Swedish, adds Finnish and Meänkieli and publishes it under the dialogue; a resident
 * answers in Finnish on a 360 px phone, leaves halfway, comes back and submits; the officer reads
 * the results, downloads the CSV, closes the dialogue, writes the återkoppling with a council
 * decision and publishes it; the follower is notified and reads it. axe on every page visited.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, type WatchedPage } from '../support/browser';
import { uiText } from '../support/catalogues';

const baseUrl = inject('baseUrl');
const sv = (key: string, values?: Record<string, unknown>) => interpolate(uiText('sv', key), values);
const fi = (key: string, values?: Record<string, unknown>) => interpolate(uiText('fi', key), values);

function interpolate(text: string, values?: Record<string, unknown>): string {
  return values ? text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? '')) : text;
}

let browser: Browser;
const contexts: BrowserContext[] = [];
const watchedPages: WatchedPage[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
});

async function newContext(viewport: { width: number; height: number }, phone = false, language?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport, hasTouch: phone, isMobile: phone });
  if (language) await context.addCookies([{ name: 'lang', value: language, url: baseUrl }]);
  contexts.push(context);
  return context;
}

async function pageIn(context: BrowserContext): Promise<Page> {
  const watched = await openPage(context);
  watchedPages.push(watched);
  return watched.page;
}

async function signedIn(email: string): Promise<Page> {
  const page = await pageIn(await newContext({ width: 1280, height: 900 }));
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(sv('accounts:fields.email.label')).fill(email);
  await page.getByLabel(sv('accounts:fields.password.label'), { exact: true }).fill('medskapa-demo');
  await page.getByRole('button', { name: sv('accounts:login.submit') }).click();
  await expect.poll(() => new URL(page.url()).pathname).not.toBe('/login');
  return page;
}

async function expectNoHorizontalScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
}

/** Text with runs of white space (including no-break spaces in "66,7 %") made single spaces. */
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const cells = async (row: Locator) => (await row.locator('th, td').allTextContents()).map(squash);

/** YYYY-MM-DD of today plus `days`, in Swedish time. */
function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

const stamp = Date.now();
const DIALOGUE = {
  title: { sv: `Ett levande centrum i Kalix (${stamp})`, fi: `Elävä Kalixin keskusta (${stamp})`, fit: `Elävä Kalixin sentrumi (${stamp})` },
  purpose: {
    sv: 'Kommunen vill veta vad som får dig att besöka centrum och vad du saknar där.',
    fi: 'Kunta haluaa tietää, mikä saa sinut käymään keskustassa ja mitä sieltä puuttuu.',
    fit: 'Kunta tahtoo tietää, mikä saapi sinut käymhään sentrumissa ja mitä siältä puuttuu.',
  },
  promise: {
    sv: 'Kommunstyrelsen får en sammanställning av svaren innan centrumplanen beslutas.',
    fi: 'Kunnanhallitus saa yhteenvedon vastauksista ennen kuin keskustasuunnitelmasta päätetään.',
    fit: 'Kunnanhallitus saapi yhtheenvedon vastauksista ennen ko sentrumiplaanista päätethään.',
  },
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One CSV row (RFC 4180) into its values. */
function parseCsvRow(line: string): string[] {
  const values: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]!;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        current += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      values.push(current);
      current = '';
    } else current += char;
  }
  values.push(current);
  return values;
}

type Texts = { sv: string; fi: string; fit: string };
const t3 = (sv: string, fi: string, fit: string): Texts => ({ sv, fi, fit });
const SURVEY = {
  title: t3(`Centrum i Kalix (${stamp})`, `Kalixin keskusta (${stamp})`, `Kalixin sentrumi (${stamp})`),
  sections: [t3('Centrum i dag', 'Keskusta tänään', 'Sentrumi tänäpänä'), t3('Framtiden', 'Tulevaisuus', 'Tuleva aika')],
};
const Q = {
  single: {
    prompt: t3('Hur ofta besöker du centrum?', 'Kuinka usein käyt keskustassa?', 'Kuinka usein sie käyt sentrumissa?'),
    options: [t3('Varje dag', 'Joka päivä', 'Joka päivä kans'), t3('Varje vecka', 'Joka viikko', 'Joka viikko kans'), t3('Sällan', 'Harvoin', 'Harvon')],
  },
  multi: {
    prompt: t3('Vad saknar du i centrum?', 'Mitä kaipaat keskustasta?', 'Mitä sie kaipaat sentrumista?'),
    options: [t3('Caféer', 'Kahviloita', 'Kaffipaikkoja'), t3('Sittplatser', 'Istumapaikkoja', 'Istumasijoja'), t3('Lekplatser', 'Leikkipaikkoja', 'Leikkisijoja')],
  },
  scale: {
    prompt: t3('Hur trivs du i centrum?', 'Kuinka viihdyt keskustassa?', 'Kuinka sie viihyt sentrumissa?'),
    min: t3('Inte alls', 'En lainkaan', 'En yhthään'),
    max: t3('Mycket bra', 'Erittäin hyvin', 'Oikein hyvin'),
  },
  text: { prompt: t3('Vad skulle få dig att komma oftare?', 'Mikä saisi sinut tulemaan useammin?', 'Mikä saattais sinut tulheen useamin?') },
  ranking: {
    prompt: t3('Rangordna det som är viktigast', 'Järjestä tärkeimmät', 'Pane tärkeimmät järjestyksheen'),
    options: [t3('Trygghet', 'Turvallisuus', 'Turvalisuus'), t3('Aktiviteter', 'Toimintaa', 'Tekemistä'), t3('Grönska', 'Vihreyttä', 'Vihriää')],
  },
  place: { prompt: t3('Var bor du närmast?', 'Missä asut lähimpänä?', 'Missä sie asut lähimpänä?') },
  goal: { prompt: t3('Vilka målbilder är viktigast för centrum?', 'Mitkä tavoitekuvat ovat keskustalle tärkeimmät?', 'Mitkä tavoitekuvat oon sentrumille tärkeimmät?') },
};

describe('a medborgardialog', () => {
  it('officer opens a dialogue → builds and publishes a survey in three languages → resident answers in Finnish on a phone, resumes, submits → results and CSV → återkoppling notifies the follower', async () => {
    // ---- 1. The officer creates the dialogue and publishes it.
    const officer = await signedIn('officer@kalix.example');
    await officer.goto(`${baseUrl}/kalix/dialogues`);
    await officer.getByRole('heading', { level: 1, name: sv('dialogues:list.title') }).waitFor();
    await expectAccessible(officer, 'the dialogues list');
    await officer.getByRole('link', { name: sv('dialogues:list.create') }).click();
    await officer.getByRole('heading', { level: 1, name: 'Ny dialog' }).waitFor();
    const languageName = { sv: 'svenska', fi: 'finska', fit: 'meänkieli' } as const;
    for (const [field, label] of [['title', 'Rubrik'], ['purpose', 'Syfte'], ['promise', 'Så används det du säger']] as const) {
      for (const lang of ['sv', 'fi', 'fit'] as const) {
        await officer.getByLabel(`${label} på ${languageName[lang]}`, { exact: true }).fill(DIALOGUE[field][lang]);
      }
    }
    await officer.getByLabel('Vem beslutar').fill('Kommunstyrelsen');
    await officer.getByLabel('Insamling: med i dialogen').check();
    await officer.getByLabel('Insamling: första dagen').fill(day(-1));
    await officer.getByLabel('Insamling: sista dagen').fill(day(30));
    await officer.getByLabel('Återkoppling: med i dialogen').check();
    await officer.getByLabel('Återkoppling: första dagen').fill(day(60));
    await officer.getByLabel('Återkoppling: sista dagen').fill(day(90));
    await expectAccessible(officer, 'the dialogue form, filled');
    await officer.getByRole('button', { name: 'Skapa dialogen' }).click();
    await officer.getByRole('heading', { level: 1, name: DIALOGUE.title.sv }).waitFor();
    const dialogueUrl = officer.url();
    expect(new URL(dialogueUrl).pathname).toMatch(/^\/kalix\/dialogues\/[0-9a-f-]{36}$/);
    await officer.getByRole('button', { name: 'Publicera', exact: true }).click();
    await officer.getByText('Pågående fas: Insamling', { exact: false }).first().waitFor();
    await expectAccessible(officer, 'the published dialogue, as its manager');

    // ---- 2. A resident follows the dialogue.
    const follower = await signedIn('resident@kalix.example');
    await follower.goto(dialogueUrl);
    await follower.getByRole('heading', { level: 1, name: DIALOGUE.title.sv }).waitFor();
    expect(await follower.getByRole('heading', { name: 'Hantera dialogen' }).count(), 'the manager panel is for officers').toBe(0);
    await follower.getByRole('button', { name: 'Följ dialogen' }).click();
    await follower.getByRole('button', { name: 'Sluta följa dialogen' }).waitFor();
    await follower.getByText('1 person följer dialogen').or(follower.getByText('1 personer följer dialogen')).first().waitFor();
    await expectAccessible(follower, 'the dialogue, as a follower');

    // ---- 3. The officer builds the survey (BUILDER).
    await officer.getByRole('link', { name: 'Ny enkät' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Ny enkät' }).waitFor();
    await expectAccessible(officer, 'the survey builder, empty');
    const builder = officer;
    const field = (label: string, lang: 'sv' | 'fi' | 'fit') => builder.getByLabel(`${label}, ${languageName[lang]}`, { exact: true });
    /** Fills option K (1-based) of question N, adding option rows as needed. */
    const option = async (n: number, k: number, text: string) => {
      while ((await field(`Fråga ${n}, alternativ ${k}`, 'sv').count()) === 0) {
        await builder.getByRole('button', { name: `Lägg till alternativ (fråga ${n})` }).click();
      }
      await field(`Fråga ${n}, alternativ ${k}`, 'sv').fill(text);
    };
    const addQuestion = async (section: number, type: string) => {
      await builder.getByLabel(`Typ av ny fråga (del ${section})`).selectOption({ label: type });
      await builder.getByRole('button', { name: `Lägg till fråga (del ${section})` }).click();
    };
    expect(await builder.getByLabel('Dialog', { exact: true }).locator('option:checked').textContent()).toBe(DIALOGUE.title.sv);
    await builder.getByLabel('Fråga om ålder, kön och hemort (frivilligt för den som svarar)').check();
    await field('Enkätens titel', 'sv').fill(SURVEY.title.sv);
    await field('Del 1, rubrik', 'sv').fill(SURVEY.sections[0]!.sv);
    // Question 1 (a new survey starts with one "Ett val" question).
    await field('Fråga 1, frågetext', 'sv').fill(Q.single.prompt.sv);
    for (const [index, text] of Q.single.options.entries()) await option(1, index + 1, text.sv);
    await builder.getByLabel('Obligatorisk (fråga 1)').check();
    await addQuestion(1, 'Flera val');
    await field('Fråga 2, frågetext', 'sv').fill(Q.multi.prompt.sv);
    for (const [index, text] of Q.multi.options.entries()) await option(2, index + 1, text.sv);
    await builder.getByLabel('Tillåt svaret Annat (fråga 2)').check();
    await addQuestion(1, 'Skala 1–5');
    await field('Fråga 3, frågetext', 'sv').fill(Q.scale.prompt.sv);
    await field('Fråga 3, text vid 1', 'sv').fill(Q.scale.min.sv);
    await field('Fråga 3, text vid 5', 'sv').fill(Q.scale.max.sv);
    await builder.getByRole('button', { name: 'Lägg till del' }).click();
    await field('Del 2, rubrik', 'sv').fill(SURVEY.sections[1]!.sv);
    await addQuestion(2, 'Fritext');
    await field('Fråga 4, frågetext', 'sv').fill(Q.text.prompt.sv);
    // Shown only to those who seldom come to the centre.
    await builder.getByLabel('Fråga 4, visa bara om …').selectOption({ label: `Fråga 1: ${Q.single.prompt.sv}` });
    await builder.getByRole('group', { name: 'Fråga 4 visas om svaret på fråga 1 är något av' }).getByRole('checkbox', { name: Q.single.options[2]!.sv }).check();
    await addQuestion(2, 'Rangordning');
    await field('Fråga 5, frågetext', 'sv').fill(Q.ranking.prompt.sv);
    for (const [index, text] of Q.ranking.options.entries()) await option(5, index + 1, text.sv);
    await builder.getByLabel('Obligatorisk (fråga 5)').check();
    await addQuestion(2, 'Ort');
    await field('Fråga 6, frågetext', 'sv').fill(Q.place.prompt.sv);
    await builder.getByLabel('Obligatorisk (fråga 6)').check();
    await addQuestion(2, 'Målbild');
    await field('Fråga 7, frågetext', 'sv').fill(Q.goal.prompt.sv);
    await builder.getByLabel('Obligatorisk (fråga 7)').uncheck();
    await expectAccessible(builder, 'the survey builder with every question type');
    await builder.getByRole('button', { name: 'Spara utkast' }).click();
    await builder.getByRole('status').filter({ hasText: 'Utkastet är sparat.' }).waitFor();
    await builder.getByRole('heading', { level: 1, name: 'Ändra enkäten' }).waitFor();
    const surveyId = new URL(builder.url()).pathname.split('/')[3]!;
    expect(surveyId).toMatch(/^[0-9a-f-]{36}$/);

    // Finnish and Meänkieli, field by field beside the Swedish text.
    const languageSwitch = builder.getByRole('group', { name: 'Redigera på:' });
    for (const lang of ['fi', 'fit'] as const) {
      await languageSwitch.getByRole('radio', { name: lang === 'fi' ? 'Suomi' : 'Meänkieli' }).check();
      await field('Enkätens titel', lang).fill(SURVEY.title[lang]);
      for (const [index, section] of SURVEY.sections.entries()) await field(`Del ${index + 1}, rubrik`, lang).fill(section[lang]);
      const prompts = [Q.single, Q.multi, Q.scale, Q.text, Q.ranking, Q.place, Q.goal];
      for (const [index, question] of prompts.entries()) await field(`Fråga ${index + 1}, frågetext`, lang).fill(question.prompt[lang]);
      for (const [n, question] of [[1, Q.single], [2, Q.multi], [5, Q.ranking]] as const) {
        for (const [index, text] of question.options.entries()) await field(`Fråga ${n}, alternativ ${index + 1}`, lang).fill(text[lang]);
      }
      await field('Fråga 3, text vid 1', lang).fill(Q.scale.min[lang]);
      await field('Fråga 3, text vid 5', lang).fill(Q.scale.max[lang]);
    }
    await builder.getByTestId('survey-missing-counts').getByText('Suomi: alla texter finns').waitFor();
    await builder.getByTestId('survey-missing-counts').getByText('Meänkieli: alla texter finns').waitFor();
    await expectAccessible(builder, 'the survey builder in Meänkieli');
    await builder.getByRole('button', { name: 'Publicera', exact: true }).click();
    const publishSurvey = builder.getByRole('dialog', { name: 'Publicera enkäten?' });
    await publishSurvey.waitFor();
    await publishSurvey.getByRole('button', { name: 'Ja, publicera' }).click();
    await expect.poll(() => new URL(builder.url()).pathname).toBe(`/kalix/surveys/${surveyId}`);
    const surveyUrl = `${baseUrl}/kalix/surveys/${surveyId}`;
    // The dialogue page now invites residents to answer it.
    await officer.goto(dialogueUrl);
    await officer.getByRole('link', { name: 'Svara på enkäten' }).first().waitFor();

    // ---- 4. A resident answers in Finnish on a phone, leaves halfway and comes back.
    const respondent = await newContext({ width: 360, height: 740 }, true, 'fi');
    let phone = await pageIn(respondent);
    await phone.goto(surveyUrl);
    await phone.getByRole('heading', { level: 1, name: SURVEY.title.fi }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.lang)).toBe('fi');
    await phone.getByRole('progressbar', { name: 'Osa 1/4' }).waitFor();
    await expectAccessible(phone, 'the survey in Finnish, section 1');
    await expectNoHorizontalScroll(phone, 'the survey in Finnish');
    // Nothing answered: the required question is named in the error summary, which takes focus.
    await phone.getByRole('button', { name: 'Seuraava' }).click();
    const summary = phone.getByRole('alert').filter({ hasText: 'Kysymys 1' });
    await summary.waitFor();
    await expectAccessible(phone, 'the survey with a validation error');
    const q1 = phone.getByRole('group', { name: new RegExp(`^Kysymys 1 ${escape(Q.single.prompt.fi)}`) });
    await q1.getByRole('radio', { name: Q.single.options[2]!.fi }).check();
    const q2 = phone.getByRole('group', { name: new RegExp(`^Kysymys 2 ${escape(Q.multi.prompt.fi)}`) });
    await q2.getByRole('checkbox', { name: Q.multi.options[1]!.fi }).check();
    await q2.getByRole('checkbox', { name: 'Muu', exact: true }).check();
    await q2.getByRole('textbox', { name: 'Muu, mikä' }).fill('Penkkejä joen rantaan');
    const q3 = phone.getByRole('group', { name: new RegExp(`^Kysymys 3 ${escape(Q.scale.prompt.fi)}`) });
    await q3.getByRole('radio', { name: '4', exact: true }).check();
    // Every step saves; she leaves only once that save has been answered.
    const saved = phone.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('saveSurveyProgress'));
    await phone.getByRole('button', { name: 'Seuraava' }).click();
    expect((await saved).status()).toBe(200);
    await phone.getByRole('progressbar', { name: 'Osa 2/4' }).waitFor();
    // The conditional question shows because the answer to question 1 was "Harvoin".
    await phone.getByRole('textbox', { name: new RegExp(`^Kysymys 4 ${escape(Q.text.prompt.fi)}`) }).waitFor();
    // She puts the phone away halfway.
    await phone.close();

    phone = await pageIn(respondent);
    await phone.goto(surveyUrl);
    await phone.getByRole('status').filter({ hasText: 'Tervetuloa takaisin – olemme tallentaneet vastauksesi.' }).waitFor();
    await phone.getByRole('progressbar', { name: 'Osa 2/4' }).waitFor();
    await phone.getByRole('button', { name: 'Edellinen' }).click();
    await phone.getByRole('progressbar', { name: 'Osa 1/4' }).waitFor();
    expect(await phone.getByRole('radio', { name: Q.single.options[2]!.fi }).isChecked(), 'the saved answer came back').toBe(true);
    expect(await phone.getByRole('textbox', { name: 'Muu, mikä' }).inputValue()).toBe('Penkkejä joen rantaan');
    await phone.getByRole('button', { name: 'Seuraava' }).click();
    await phone.getByRole('textbox', { name: new RegExp(`^Kysymys 4 ${escape(Q.text.prompt.fi)}`) }).fill('Enemmän tapahtumia iltaisin');
    await phone.getByRole('button', { name: `Siirrä ylös ${Q.ranking.options[2]!.fi}` }).click();
    await phone.getByRole('checkbox', { name: 'Olen asettanut vaihtoehdot järjestykseen' }).check();
    await phone.getByRole('combobox', { name: new RegExp(`^Kysymys 6 ${escape(Q.place.prompt.fi)}`) }).selectOption({ label: 'Töre' });
    await phone.getByRole('checkbox', { name: /^5\.1\.1 / }).check();
    await expectAccessible(phone, 'the survey in Finnish, section 2 answered');
    await expectNoHorizontalScroll(phone, 'the survey section 2');
    await phone.getByRole('button', { name: 'Seuraava' }).click();
    await phone.getByRole('heading', { level: 2, name: 'Tietoja sinusta' }).waitFor();
    await phone.getByRole('group', { name: 'Ikäryhmä' }).getByRole('radio', { name: '26–45 vuotta' }).check();
    await phone.getByRole('group', { name: 'Sukupuoli' }).getByRole('radio', { name: 'Nainen' }).check();
    await phone.getByRole('combobox', { name: 'Kotipaikkakunta' }).selectOption({ label: 'Töre' });
    await expectAccessible(phone, 'the demographic block');
    await phone.getByRole('button', { name: 'Seuraava' }).click();
    await phone.getByRole('heading', { level: 2, name: 'Tarkista ja lähetä' }).waitFor();
    await expectAccessible(phone, 'the review step');
    await phone.getByRole('button', { name: 'Lähetä' }).click();
    const receipt = phone.getByRole('heading', { level: 2, name: 'Kiitos vastauksistasi!' });
    await receipt.waitFor();
    await expect.poll(() => phone.evaluate(() => document.activeElement?.textContent)).toBe('Kiitos vastauksistasi!');
    await expectAccessible(phone, 'the receipt');
    // The same browser cannot answer twice.
    await phone.reload();
    await phone.getByRole('heading', { level: 2, name: 'Olet jo vastannut kyselyyn' }).waitFor();

    // ---- 5. The officer reads the results and downloads the CSV.
    await officer.goto(`${baseUrl}/kalix/surveys/${surveyId}/results`);
    await officer.getByRole('heading', { level: 1, name: `Resultat: ${SURVEY.title.sv}` }).waitFor();
    await officer.getByText('1 svar', { exact: true }).first().waitFor();
    const q1Table = officer.getByRole('table', { name: 'Svar på fråga 1' });
    const rarely = q1Table.getByRole('row').filter({ hasText: Q.single.options[2]!.sv });
    expect(await cells(rarely)).toEqual([Q.single.options[2]!.sv, '1', '100 %']);
    const q2Table = officer.getByRole('table', { name: 'Svar på fråga 2' });
    expect(await cells(q2Table.getByRole('row').filter({ hasText: Q.multi.options[1]!.sv }))).toEqual([Q.multi.options[1]!.sv, '1', '100 %']);
    expect(await cells(q2Table.getByRole('row').filter({ hasText: Q.multi.options[0]!.sv }))).toEqual([Q.multi.options[0]!.sv, '0', '0 %']);
    await officer.getByText('Medelvärde 4,0').or(officer.getByText('Medelvärde 4')).first().waitFor();
    const ranking = officer.getByRole('table', { name: 'Rangordning i fråga 5' });
    // Moving "Grönska" up one place made the order Trygghet, Grönska, Aktiviteter.
    expect(await cells(ranking.getByRole('row').nth(1))).toContain(Q.ranking.options[0]!.sv);
    expect(await cells(ranking.getByRole('row').nth(2))).toContain(Q.ranking.options[2]!.sv);
    await officer.getByText('Enemmän tapahtumia iltaisin').waitFor();
    await officer.getByText('Penkkejä joen rantaan').waitFor();
    await expectAccessible(officer, 'the survey results');
    const csvLink = officer.getByRole('link', { name: 'Ladda ned svaren (CSV)' });
    expect(await csvLink.getAttribute('href')).toBe(`/surveys/${surveyId}/responses.csv`);
    const csvResponse = await officer.request.get(`${baseUrl}/surveys/${surveyId}/responses.csv`);
    expect(csvResponse.status()).toBe(200);
    expect(csvResponse.headers()['content-type']).toContain('text/csv');
    const csv = (await csvResponse.text()).replace(/^\uFEFF/, '');
    const [header, row, ...rest] = csv.trim().split(/\r\n/);
    expect(rest, 'one row per response').toEqual([]);
    const columns = header!.split(',').map((column) => column.replace(/^"|"$/g, ''));
    expect(columns.slice(0, 6)).toEqual(['response', 'submitted_at', 'language', 'age_group', 'gender', 'home_village']);
    // Multi-choice: one column per option, plus the "other" text.
    for (const option of Q.multi.options) expect(columns).toContain(`Q2 ${Q.multi.prompt.sv} [${option.sv}]`);
    expect(columns).toContain(`Q2 ${Q.multi.prompt.sv} [annat]`);
    for (const option of Q.ranking.options) expect(columns).toContain(`Q5 ${Q.ranking.prompt.sv} [${option.sv}]`);
    const values = Object.fromEntries(parseCsvRow(row!).map((value, index) => [columns[index]!, value]));
    expect(values.language).toBe('fi');
    expect(values.age_group).toBe('AGE_26_45');
    expect(values.gender).toBe('WOMAN');
    expect(values.home_village).toBe('Töre');
    expect(values[`Q1 ${Q.single.prompt.sv}`]).toBe(Q.single.options[2]!.sv);
    expect(values[`Q2 ${Q.multi.prompt.sv} [${Q.multi.options[1]!.sv}]`]).toBe('1');
    expect(values[`Q2 ${Q.multi.prompt.sv} [${Q.multi.options[0]!.sv}]`]).toBe('0');
    expect(values[`Q2 ${Q.multi.prompt.sv} [annat]`]).toBe('Penkkejä joen rantaan');
    expect(values[`Q3 ${Q.scale.prompt.sv}`]).toBe('4');
    expect(values[`Q4 ${Q.text.prompt.sv}`]).toBe('Enemmän tapahtumia iltaisin');
    expect(values[`Q5 ${Q.ranking.prompt.sv} [${Q.ranking.options[0]!.sv}]`]).toBe('1');
    expect(values[`Q5 ${Q.ranking.prompt.sv} [${Q.ranking.options[2]!.sv}]`]).toBe('2');
    expect(values[`Q5 ${Q.ranking.prompt.sv} [${Q.ranking.options[1]!.sv}]`]).toBe('3');
    expect(values[`Q6 ${Q.place.prompt.sv}`]).toBe('Töre');

    // ---- 6. The officer closes the dialogue and publishes the återkoppling with a decision.
    await officer.goto(dialogueUrl);
    await officer.getByRole('heading', { level: 1, name: DIALOGUE.title.sv }).waitFor();
    await officer.getByRole('button', { name: 'Stäng dialogen' }).click();
    const closeDialog = officer.getByRole('dialog', { name: 'Stänga dialogen?' });
    await closeDialog.waitFor();
    await expectAccessible(officer, 'the close-dialogue confirmation');
    await closeDialog.getByRole('button', { name: 'Ja, stäng dialogen' }).click();
    await officer.getByRole('heading', { name: 'Skriv återkoppling' }).waitFor();
    const heard = {
      sv: 'Många saknar sittplatser och aktiviteter för unga i centrum.',
      fi: 'Moni kaipaa keskustaan istumapaikkoja ja nuorten toimintaa.',
      fit: 'Monet kaipaavat sentrumhiin istumapaikkoja ja nuoritten toimintaa.',
    };
    const next = {
      sv: 'Kommunen tar med förslagen i centrumplanen som beslutas i vår.',
      fi: 'Kunta ottaa ehdotukset mukaan keskustasuunnitelmaan, josta päätetään keväällä.',
      fit: 'Kunta ottaa ehotukset mukhaan sentrumiplaanhiin, josta päätethään keväälä.',
    };
    for (const lang of ['sv', 'fi', 'fit'] as const) {
      await officer.getByLabel(`Det här hörde vi på ${languageName[lang]}`).fill(heard[lang]);
      await officer.getByLabel(`Det här händer nu på ${languageName[lang]}`).fill(next[lang]);
    }
    await officer.getByRole('button', { name: 'Spara', exact: true }).click();
    await officer.getByLabel('Organ').fill('Kommunstyrelsen');
    await officer.getByLabel('Sammanträdesdatum').fill(day(-2));
    await officer.getByLabel('Paragraf').fill('§ 45');
    await officer.getByLabel('Diarienummer').fill('2026-00431');
    await officer.getByRole('button', { name: 'Lägg till' }).click();
    await officer.getByRole('button', { name: /^Ta bort beslutet Kommunstyrelsen/ }).waitFor();
    await expectAccessible(officer, 'the feedback editor with a decision');
    await officer.getByRole('button', { name: 'Publicera återkoppling' }).click();
    const publishDialog = officer.getByRole('dialog', { name: 'Publicera återkopplingen?' });
    await publishDialog.waitFor();
    await publishDialog.getByRole('button', { name: 'Ja, publicera' }).click();
    await officer.getByRole('heading', { level: 2, name: 'Återkoppling', exact: true }).waitFor();

    // ---- 7. The follower is notified and reads the återkoppling.
    await follower.goto(`${baseUrl}/notifications`);
    await follower.getByRole('heading', { level: 1, name: sv('notifications:title') }).waitFor();
    const list = follower.getByRole('list', { name: sv('notifications:listLabel') });
    const item = list.getByRole('listitem').filter({ hasText: DIALOGUE.title.sv }).first();
    await item.waitFor();
    expect(squash(await item.textContent())).toContain('Kommunen har publicerat återkoppling i dialogen');
    await expectAccessible(follower, 'notifications with the återkoppling');
    await item.getByRole('link').first().click();
    await follower.getByRole('heading', { level: 1, name: DIALOGUE.title.sv }).waitFor();
    expect(new URL(follower.url()).pathname).toBe(new URL(dialogueUrl).pathname);
    await follower.getByText(heard.sv).waitFor();
    await follower.getByText(next.sv).waitFor();
    const decisions = follower.getByRole('table', { name: 'Beslut som gäller dialogen' });
    const decisionRow = decisions.getByRole('row').filter({ hasText: '2026-00431' });
    expect((await cells(decisionRow)).join(' | ')).toContain('Kommunstyrelsen');
    expect((await cells(decisionRow)).join(' | ')).toContain('§ 45');
    await expectAccessible(follower, 'the reported dialogue');

    for (const { problems } of watchedPages) expect(problems).toEqual([]);
  });
});
