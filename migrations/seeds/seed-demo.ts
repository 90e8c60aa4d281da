import { createHash } from 'node:crypto';
import { findPersonalData, type LocalizedText, NATIONAL_MINORITY_LANGUAGES, normalizeIdeaText, TranslationStatus } from '@medskapa/shared';
import type { DataSource, EntityManager } from 'typeorm';
import kalixLus from './data/strategies/kalix-lus-2026-2040.json';
import norrbottenRus from './data/strategies/norrbotten-rus-2040.json';
import norsjoLus from './data/strategies/norsjo-lus.json';
import overkalixStrategy from './data/strategies/overkalix-vision-strategi.json';
import demoDialogues from './data/demo-dialogues.json';
import demoIdeas from './data/demo-ideas.json';
import demoOrganizations from './data/demo-organizations.json';
import demoPolls from './data/demo-polls.json';
import demoWorkshops from './data/demo-workshops.json';
import demoUsers from './data/demo-users.json';
import taxonomy from './data/taxonomy.json';
import * as argon2 from 'argon2';

/** Texts in seed files: Swedish is the source document's own wording, the rest are unreviewed translations. */
interface SeedText {
  sv: string;
  fi: string;
  fit: string;
}

interface SeedStrategy {
  key: string;
  owner: { municipality?: string; region?: string };
  title: SeedText;
  description: SeedText;
  periodStart: number;
  periodEnd: number | null;
  status: string;
  source: string;
  areas: Array<{
    code: string;
    title: SeedText;
    description: SeedText;
    regionalArea: string | null;
    sdgs: number[];
    goals: Array<{ code: string; title: SeedText; regionalGoal: string | null; steps: SeedText[] }>;
  }>;
}

// Regional strategies first, so that municipal areas and goals can link to them.
const STRATEGIES: SeedStrategy[] = [norrbottenRus, kalixLus, overkalixStrategy, norsjoLus] as SeedStrategy[];

export interface SeedReport {
  regions: number;
  municipalities: number;
  places: number;
  strategies: number;
  areas: number;
  goals: number;
  users: number;
  organizations: number;
  ideas: number;
  polls: number;
  workshops: number;
  dialogues: number;
}

export function localized(text: SeedText): LocalizedText {
  return {
    sv: { text: text.sv, status: TranslationStatus.REVIEWED },
    fi: { text: text.fi, status: TranslationStatus.MACHINE_ASSISTED },
    fit: { text: text.fit, status: TranslationStatus.MACHINE_ASSISTED },
  };
}

async function insertReturningId(manager: EntityManager, sql: string, params: unknown[]): Promise<string | null> {
  const rows: Array<{ id: string }> = await manager.query(sql, params);
  return rows[0]?.id ?? null;
}

async function idBy(manager: EntityManager, table: string, column: string, value: string): Promise<string> {
  const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM "${table}" WHERE "${column}" = $1`, [value]);
  if (!rows[0]) throw new Error(`seed: no ${table} with ${column} = ${value}`);
  return rows[0].id;
}

/**
 * Seeds the Kalix demo: regions, municipalities, places and strategies. Idempotent: rows that
 * already exist (by slug, name or key) are left as they are, so a second run inserts nothing and
 * never overwrites what officers have edited since.
 */
export async function seedDemo(dataSource: DataSource): Promise<SeedReport> {
  return dataSource.transaction(async (manager) => {
    const report: SeedReport = { regions: 0, municipalities: 0, places: 0, strategies: 0, areas: 0, goals: 0, users: 0, organizations: 0, ideas: 0, polls: 0, workshops: 0, dialogues: 0 };
    // Two processes starting at once must not both seed.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('medskapa-seed'))`);

    for (const region of taxonomy.regions) {
      const id = await insertReturningId(
        manager,
        `INSERT INTO region (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [region.slug, localized(region.name)],
      );
      if (id) report.regions++;
    }

    for (const municipality of taxonomy.municipalities) {
      const regionId = await idBy(manager, 'region', 'slug', municipality.region);
      const inserted = await insertReturningId(
        manager,
        `INSERT INTO municipality (slug, name, municipal_code, region_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [municipality.slug, localized(municipality.name), municipality.municipalCode, regionId],
      );
      if (inserted) report.municipalities++;
      const municipalityId = await idBy(manager, 'municipality', 'slug', municipality.slug);
      await seedIdeaSettings(manager, municipalityId, (municipality as { ideaSettings?: SeedIdeaSettings }).ideaSettings);
      for (const place of municipality.places) {
        const placeId = await insertReturningId(
          manager,
          `INSERT INTO place (municipality_id, name, kind, population, population_year) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (municipality_id, name) DO NOTHING RETURNING id`,
          [municipalityId, place.name, place.kind, place.population, place.populationYear],
        );
        if (placeId) report.places++;
      }
    }

    for (const strategy of STRATEGIES) {
      await seedStrategy(manager, strategy, report);
    }
    await seedDemoUsers(manager, report);
    await seedDemoOrganizations(manager, report);
    await seedDemoIdeas(manager, report);
    await seedDemoPolls(manager, report);
    await seedDemoWorkshops(manager, report);
    await seedDemoDialogues(manager, report);
    return report;
  });
}

async function seedStrategy(manager: EntityManager, strategy: SeedStrategy, report: SeedReport): Promise<void> {
  const regionId = strategy.owner.region ? await idBy(manager, 'region', 'slug', strategy.owner.region) : null;
  const municipalityId = strategy.owner.municipality
    ? await idBy(manager, 'municipality', 'slug', strategy.owner.municipality)
    : null;
  const strategyId = await insertReturningId(
    manager,
    `INSERT INTO strategy (key, region_id, municipality_id, title, description, period_start, period_end, status, source)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (key) DO NOTHING RETURNING id`,
    [
      strategy.key,
      regionId,
      municipalityId,
      localized(strategy.title),
      localized(strategy.description),
      strategy.periodStart,
      strategy.periodEnd,
      strategy.status,
      strategy.source,
    ],
  );
  if (!strategyId) return; // seeded before: leave it and its areas as they are now
  report.strategies++;

  // The adopted strategy of the municipality's region, which this one's areas mirror.
  const regional: Array<{ id: string }> = municipalityId
    ? await manager.query(
        `SELECT s.id FROM strategy s JOIN municipality m ON m.region_id = s.region_id
         WHERE m.id = $1 AND s.status = 'ADOPTED' ORDER BY s.period_start DESC LIMIT 1`,
        [municipalityId],
      )
    : [];
  const regionalStrategyId = regional[0]?.id ?? null;

  for (const [areaIndex, area] of strategy.areas.entries()) {
    const regionalAreaId =
      area.regionalArea && regionalStrategyId
        ? await requiredId(
            manager,
            `SELECT id FROM strategic_area WHERE strategy_id = $1 AND code = $2`,
            [regionalStrategyId, area.regionalArea],
            `regional area ${area.regionalArea} for ${strategy.key} ${area.code}`,
          )
        : null;
    const areaId = (await insertReturningId(
      manager,
      `INSERT INTO strategic_area (strategy_id, code, position, title, description, regional_area_id, sdgs)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [strategyId, area.code, areaIndex + 1, localized(area.title), localized(area.description), regionalAreaId, area.sdgs],
    )) as string;
    report.areas++;

    for (const [goalIndex, goal] of area.goals.entries()) {
      const regionalGoalId =
        goal.regionalGoal && regionalStrategyId
          ? await requiredId(
              manager,
              `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id WHERE a.strategy_id = $1 AND g.code = $2`,
              [regionalStrategyId, goal.regionalGoal],
              `regional goal ${goal.regionalGoal} for ${strategy.key} ${goal.code}`,
            )
          : null;
      await manager.query(
        `INSERT INTO goal (area_id, code, position, title, steps, regional_goal_id) VALUES ($1, $2, $3, $4, $5, $6)`,
        [areaId, goal.code, goalIndex + 1, localized(goal.title), JSON.stringify(goal.steps.map(localized)), regionalGoalId],
      );
      report.goals++;
    }
  }
}

interface SeedIdeaSettings {
  population: number;
  supportThreshold?: number;
  supportThresholdPerMille?: number;
  minorityLanguageExempt: boolean;
}

/**
 * A municipality's idea settings (population, support threshold, minority-language exemption),
 * written only while all of them are still unset, so an admin's settings are never overwritten.
 */
async function seedIdeaSettings(manager: EntityManager, municipalityId: string, settings: SeedIdeaSettings | undefined): Promise<void> {
  if (!settings) return;
  await manager.query(
    `UPDATE municipality SET population = $2, idea_support_threshold = $3, idea_support_threshold_per_mille = $4, idea_threshold_minority_language_exempt = $5
      WHERE id = $1 AND population IS NULL AND idea_support_threshold IS NULL AND idea_support_threshold_per_mille IS NULL
        AND NOT idea_threshold_minority_language_exempt`,
    [municipalityId, settings.population, settings.supportThreshold ?? null, settings.supportThresholdPerMille ?? null, settings.minorityLanguageExempt],
  );
}

async function requiredId(manager: EntityManager, sql: string, params: unknown[], what: string): Promise<string> {
  const rows: Array<{ id: string }> = await manager.query(sql, params);
  if (!rows[0]) throw new Error(`seed: missing ${what}`);
  return rows[0].id;
}

/** The demo accounts of api-contract.md, all with the password printed in the README. Kalix only. */
async function seedDemoUsers(manager: EntityManager, report: SeedReport): Promise<void> {
  const kalixId = await idBy(manager, 'municipality', 'slug', 'kalix');
  let passwordHash: string | null = null;
  for (const user of demoUsers.users) {
    const existing: Array<{ id: string }> = await manager.query(`SELECT id FROM app_user WHERE email = $1`, [user.email]);
    if (existing[0]) continue;
    passwordHash ??= await argon2.hash(demoUsers.password, { type: argon2.argon2id });
    const [place]: Array<{ id: string }> = await manager.query(
      `SELECT id FROM place WHERE municipality_id = $1 AND name = $2`,
      [kalixId, user.homePlace],
    );
    const [inserted]: Array<{ id: string }> = await manager.query(
      `INSERT INTO app_user (email, password_hash, display_name, locale, birth_year, municipality_id, home_place_id, email_verified_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now()) RETURNING id`,
      [user.email, passwordHash, user.displayName, user.locale, user.birthYear, kalixId, place?.id ?? null],
    );
    for (const role of user.roles) {
      await manager.query(`INSERT INTO role_assignment (user_id, municipality_id, role) VALUES ($1, $2, $3)`, [inserted!.id, kalixId, role]);
    }
    report.users++;
  }
}

/**
 * The demo organizations of Kalix with their leaders and members (three approved, one waiting for
 * an officer's review). An organization that exists by name is left as it is, members included.
 */
async function seedDemoOrganizations(manager: EntityManager, report: SeedReport): Promise<void> {
  const municipalityId = await idBy(manager, 'municipality', 'slug', demoOrganizations.municipality);
  const userId = async (email: string): Promise<string | null> => {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM app_user WHERE email = $1 AND deleted_at IS NULL`, [email]);
    return rows[0]?.id ?? null;
  };
  const reviewerId = await userId(demoOrganizations.reviewer);
  for (const organization of demoOrganizations.organizations) {
    const [place]: Array<{ id: string }> = await manager.query(`SELECT id FROM place WHERE municipality_id = $1 AND name = $2`, [
      municipalityId,
      organization.homePlace,
    ]);
    const approved = organization.status === 'APPROVED';
    const organizationId = await insertReturningId(
      manager,
      `INSERT INTO organization (municipality_id, name, kind, home_place_id, contact_email, description, status, created_by_id, reviewed_by_id, reviewed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (municipality_id, name) DO NOTHING RETURNING id`,
      [
        municipalityId,
        organization.name,
        organization.kind,
        place?.id ?? null,
        organization.contactEmail,
        organization.description,
        organization.status,
        await userId(organization.createdBy),
        approved ? reviewerId : null,
        approved ? new Date() : null,
      ],
    );
    if (!organizationId) continue;
    report.organizations++;
    for (const member of organization.members) {
      const memberId = await userId(member.email);
      if (!memberId) continue;
      await manager.query(
        `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (organization_id, user_id) DO NOTHING`,
        [organizationId, memberId, member.role],
      );
    }
  }
}

/**
 * Demo ideas of Kalix residents in sv, fi and fit, tagged to målbilder of the Kalix LUS and to
 * places, with a few supports. An idea that exists (same author and text, as the duplicate guard
 * sees it) is left as it is, supports included. References come from the same counter as the API's.
 */
async function seedDemoIdeas(manager: EntityManager, report: SeedReport): Promise<void> {
  const municipalityId = await idBy(manager, 'municipality', 'slug', demoIdeas.municipality);
  const strategyId = await idBy(manager, 'strategy', 'key', demoIdeas.strategy);
  const userId = async (email: string): Promise<string | null> => {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM app_user WHERE email = $1 AND deleted_at IS NULL`, [email]);
    return rows[0]?.id ?? null;
  };
  for (const idea of demoIdeas.ideas) {
    if (findPersonalData(`${idea.title} ${idea.body}`).length > 0) throw new Error(`seed: personal data in idea "${idea.title}"`);
    const authorId = await userId(idea.author);
    if (!authorId) continue;
    const textHash = createHash('sha256').update(normalizeIdeaText(idea.title, idea.body)).digest('hex');
    const existing: unknown[] = await manager.query(`SELECT 1 FROM idea WHERE author_id = $1 AND text_hash = $2`, [authorId, textHash]);
    if (existing.length > 0) continue;

    const [{ year, last_number: number }]: Array<{ year: number; last_number: number }> = await manager.query(
      `INSERT INTO idea_reference_counter AS c (municipality_id, year, last_number)
       VALUES ($1, extract(year FROM now() AT TIME ZONE 'Europe/Stockholm')::smallint, 1)
       ON CONFLICT (municipality_id, year) DO UPDATE SET last_number = c.last_number + 1
       RETURNING year, last_number`,
      [municipalityId],
    );
    const reference = `${demoIdeas.municipality.toUpperCase()}-${year}-${String(number).padStart(4, '0')}`;
    const ideaId = await insertReturningId(
      manager,
      `INSERT INTO idea (municipality_id, reference, title, body, original_locale, author_id, text_hash, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now() - make_interval(days => $8), now() - make_interval(days => $8)) RETURNING id`,
      [municipalityId, reference, idea.title, idea.body, idea.locale, authorId, textHash, idea.daysAgo],
    );
    for (const code of idea.goals) {
      const [goal]: Array<{ id: string }> = await manager.query(
        `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id WHERE a.strategy_id = $1 AND g.code = $2`,
        [strategyId, code],
      );
      if (!goal) throw new Error(`seed: no goal ${code} in ${demoIdeas.strategy}`);
      await manager.query(`INSERT INTO idea_goal (idea_id, goal_id) VALUES ($1, $2)`, [ideaId, goal.id]);
    }
    for (const name of idea.places) {
      const [place]: Array<{ id: string }> = await manager.query(`SELECT id FROM place WHERE municipality_id = $1 AND name = $2`, [municipalityId, name]);
      if (!place) throw new Error(`seed: no place ${name} in ${demoIdeas.municipality}`);
      await manager.query(`INSERT INTO idea_place (idea_id, place_id) VALUES ($1, $2)`, [ideaId, place.id]);
    }
    for (const email of idea.supporters) {
      const supporterId = await userId(email);
      if (!supporterId || supporterId === authorId) continue;
      await manager.query(`INSERT INTO idea_support (idea_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [ideaId, supporterId]);
    }
    await manager.query(`UPDATE idea SET support_count = (SELECT count(*) FROM idea_support WHERE idea_id = $1) WHERE id = $1`, [ideaId]);
    await seedIdeaHistory(manager, { ideaId, municipalityId, authorId, locale: idea.locale, daysAgo: idea.daysAgo }, idea as DemoIdeaExtras, userId);
    report.ideas++;
  }
}

interface DemoComment {
  author: string;
  body: string;
  hoursAfter: number;
  replies?: DemoComment[];
}

interface DemoIdeaExtras {
  supporters: string[];
  comments?: DemoComment[];
  response?: {
    respondent: string;
    status: string;
    daysAgo: number;
    locale: string;
    body: Record<string, string>;
    decision?: { body: string; meetingDate: string; paragraph: string; diaryNumber: string; url?: string };
  };
}

/**
 * What the API would have written around a demo idea: its timeline (submitted; straight to review
 * when written in a national minority language where the municipality exempts those; answered
 * and decided), follows by its author and supporters, comments with replies, and the answer.
 */
async function seedIdeaHistory(
  manager: EntityManager,
  idea: { ideaId: string | null; municipalityId: string | null; authorId: string; locale: string; daysAgo: number },
  extras: DemoIdeaExtras,
  userId: (email: string) => Promise<string | null>,
): Promise<void> {
  const { ideaId, authorId } = idea;
  if (!ideaId) return;
  const at = (daysAgo: number, hours = 0) => `now() - make_interval(days => ${Number(daysAgo)}) + make_interval(hours => ${Number(hours)})`;
  const event = (kind: string, from: string | null, to: string | null, actorId: string | null, when: string, data: Record<string, unknown> = {}) =>
    manager.query(`INSERT INTO idea_event (idea_id, kind, from_status, to_status, actor_id, data, occurred_at) VALUES ($1, $2, $3, $4, $5, $6, ${when})`, [
      ideaId,
      kind,
      from,
      to,
      actorId,
      data,
    ]);
  const follow = (id: string) => manager.query(`INSERT INTO idea_follow (idea_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [ideaId, id]);

  await event('SUBMITTED', null, 'PUBLISHED', authorId, at(idea.daysAgo));
  await follow(authorId);
  for (const email of extras.supporters) {
    const supporterId = await userId(email);
    if (supporterId && supporterId !== authorId) await follow(supporterId);
  }
  let status = 'PUBLISHED';
  const [settings]: Array<{ exempt: boolean }> = await manager.query(
    `SELECT idea_threshold_minority_language_exempt AS exempt FROM municipality WHERE id = $1`,
    [idea.municipalityId],
  );
  if (settings?.exempt && (NATIONAL_MINORITY_LANGUAGES as readonly string[]).includes(idea.locale)) {
    await event('THRESHOLD_REACHED', null, null, null, at(idea.daysAgo), { exempt: true });
    await event('STATUS_CHANGED', 'PUBLISHED', 'UNDER_REVIEW', null, at(idea.daysAgo));
    status = 'UNDER_REVIEW';
  }

  let comments = 0;
  const insertComment = async (comment: DemoComment, parentId: string | null): Promise<string | null> => {
    const commenterId = await userId(comment.author);
    if (!commenterId) return null;
    const [{ officer }]: Array<{ officer: boolean }> = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM role_assignment WHERE user_id = $1 AND municipality_id = $2 AND role IN ('OFFICER', 'ADMIN')) AS officer`,
      [commenterId, idea.municipalityId],
    );
    const commentId = await insertReturningId(
      manager,
      `INSERT INTO comment (idea_id, parent_id, author_id, body, posted_as_officer, created_at) VALUES ($1, $2, $3, $4, $5, ${at(idea.daysAgo, comment.hoursAfter)}) RETURNING id`,
      [ideaId, parentId, commenterId, comment.body, officer],
    );
    await follow(commenterId);
    comments++;
    return commentId;
  };
  for (const comment of extras.comments ?? []) {
    if (findPersonalData(comment.body).length > 0) throw new Error(`seed: personal data in a comment`);
    const parentId = await insertComment(comment, null);
    for (const reply of comment.replies ?? []) await insertComment(reply, parentId);
  }

  const response = extras.response;
  const respondentId = response ? await userId(response.respondent) : null;
  if (response && respondentId) {
    const when = at(response.daysAgo);
    const decision = response.decision;
    await manager.query(
      `INSERT INTO idea_response (idea_id, body, original_locale, respondent_id, responded_at, decision_body, decision_meeting_date, decision_paragraph, decision_diary_number, decision_url)
       VALUES ($1, $2, $3, $4, ${when}, $5, $6, $7, $8, $9)`,
      [ideaId, response.body, response.locale, respondentId, decision?.body ?? null, decision?.meetingDate ?? null, decision?.paragraph ?? null, decision?.diaryNumber ?? null, decision?.url ?? null],
    );
    await event('ANSWERED', status, response.status, respondentId, when, { status: response.status });
    await event('STATUS_CHANGED', status, response.status, respondentId, when);
    if (decision) await event('DECIDED', null, null, respondentId, when, { ...decision, url: decision.url ?? null });
    status = response.status;
  }
  await manager.query(`UPDATE idea SET status = $2, comment_count = $3 WHERE id = $1`, [ideaId, status, comments]);
}

/**
 * Two youth polls: a closed one of the elevråd with votes per class (results in the strategy view)
 * and an open one of the ungdomsråd with live results. Times are relative to the first seeding.
 * The seeded voter codes are random hashes whose plaintexts nobody knows: to try voting, a leader
 * issues new codes. Idempotent by short code.
 */
async function seedDemoPolls(manager: EntityManager, report: SeedReport): Promise<void> {
  const municipalityId = await idBy(manager, 'municipality', 'slug', demoPolls.municipality);
  const strategyId = await idBy(manager, 'strategy', 'key', demoPolls.strategy);
  for (const poll of demoPolls.polls) {
    const [organization]: Array<{ id: string }> = await manager.query(`SELECT id FROM organization WHERE municipality_id = $1 AND name = $2`, [
      municipalityId,
      poll.organization,
    ]);
    if (!organization) throw new Error(`seed: no organization ${poll.organization}`);
    const [creator]: Array<{ id: string }> = await manager.query(`SELECT id FROM app_user WHERE email = $1`, [poll.createdBy]);
    const pollId = await insertReturningId(
      manager,
      `INSERT INTO poll (municipality_id, organization_id, short_code, question, description, opens_at, closes_at, live_results, audience, created_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6), now() + make_interval(days => $7), $8, $9, $10,
               now() + make_interval(days => $6 - 3), now() + make_interval(days => $6 - 3))
       ON CONFLICT (short_code) DO NOTHING RETURNING id`,
      [
        municipalityId,
        organization.id,
        poll.shortCode,
        localized(poll.question),
        localized(poll.description),
        poll.opensDaysFromNow,
        poll.closesDaysFromNow,
        poll.liveResults,
        poll.audience,
        creator?.id ?? null,
      ],
    );
    if (!pollId) continue;
    const optionIds: string[] = [];
    for (const [position, text] of poll.options.entries()) {
      optionIds.push((await insertReturningId(manager, `INSERT INTO poll_option (poll_id, position, text) VALUES ($1, $2, $3) RETURNING id`, [pollId, position, localized(text)]))!);
    }
    for (const code of poll.goals) {
      const [goal]: Array<{ id: string }> = await manager.query(
        `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id WHERE a.strategy_id = $1 AND g.code = $2`,
        [strategyId, code],
      );
      if (!goal) throw new Error(`seed: no goal ${code} in ${demoPolls.strategy}`);
      await manager.query(`INSERT INTO poll_goal (poll_id, goal_id) VALUES ($1, $2)`, [pollId, goal.id]);
    }
    for (const [batchIndex, batch] of poll.batches.entries()) {
      const voted = batch.votes.reduce((sum, n) => sum + n, 0);
      if (voted > batch.codes) throw new Error(`seed: more votes than codes in ${poll.shortCode} ${batch.label}`);
      const batchId = await insertReturningId(
        manager,
        `INSERT INTO voter_code_batch (poll_id, label, issued_count, created_at) VALUES ($1, $2, $3, (SELECT opens_at - interval '1 day' + make_interval(mins => $4) FROM poll WHERE id = $1)) RETURNING id`,
        [pollId, batch.label, batch.codes, batchIndex],
      );
      await manager.query(
        `INSERT INTO voter_code (poll_id, batch_id, code_hash, used)
         SELECT $1, $2, encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex'), i <= $4 FROM generate_series(1, $3) AS i`,
        [pollId, batchId, batch.codes, voted],
      );
      for (const [index, votes] of batch.votes.entries()) {
        await manager.query(
          `INSERT INTO vote (poll_id, option_id, batch_id, cast_at)
           SELECT $1, $2, $3, date_trunc('hour', p.opens_at + make_interval(hours => 2 + i % 5)) FROM poll p, generate_series(1, $4) AS i WHERE p.id = $1`,
          [pollId, optionIds[index], batchId, votes],
        );
      }
    }
    report.polls++;
  }
}

interface DemoWorkshopInput {
  text: string;
  goals: string[];
  priority?: number;
  dotVotes?: number;
  place?: string;
}

/**
 * Two workshops of Töre byaförening in Töre bygdegård: a framtidsverkstad held three weeks ago
 * with its outcome published (participants and six inputs tagged to målbilder), and a follow-up
 * in two weeks that residents can sign up for. Idempotent by organization and Swedish title.
 */
async function seedDemoWorkshops(manager: EntityManager, report: SeedReport): Promise<void> {
  const municipalityId = await idBy(manager, 'municipality', 'slug', demoWorkshops.municipality);
  const strategyId = await idBy(manager, 'strategy', 'key', demoWorkshops.strategy);
  const goalId = async (code: string): Promise<string> => {
    const [goal]: Array<{ id: string }> = await manager.query(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id WHERE a.strategy_id = $1 AND g.code = $2`,
      [strategyId, code],
    );
    if (!goal) throw new Error(`seed: no goal ${code} in ${demoWorkshops.strategy}`);
    return goal.id;
  };
  const placeId = async (name: string): Promise<string> => {
    const [place]: Array<{ id: string }> = await manager.query(`SELECT id FROM place WHERE municipality_id = $1 AND name = $2`, [municipalityId, name]);
    if (!place) throw new Error(`seed: no place ${name}`);
    return place.id;
  };
  for (const workshop of demoWorkshops.workshops) {
    const [organization]: Array<{ id: string }> = await manager.query(`SELECT id FROM organization WHERE municipality_id = $1 AND name = $2`, [
      municipalityId,
      workshop.organization,
    ]);
    if (!organization) throw new Error(`seed: no organization ${workshop.organization}`);
    const existing: unknown[] = await manager.query(`SELECT 1 FROM workshop WHERE organization_id = $1 AND title->>'sv' = $2`, [organization.id, workshop.title.sv]);
    if (existing.length > 0) continue;
    const [creator]: Array<{ id: string }> = await manager.query(`SELECT id FROM app_user WHERE email = $1`, [workshop.createdBy]);
    const workshopId = (await insertReturningId(
      manager,
      `WITH t AS (SELECT (date_trunc('day', now() AT TIME ZONE 'Europe/Stockholm') + make_interval(days => $7, hours => $8)) AT TIME ZONE 'Europe/Stockholm' AS starts_at)
       INSERT INTO workshop (municipality_id, organization_id, title, description, original_locale, starts_at, ends_at, venue, place_id,
                             signup_enabled, signup_limit, outcome_published_at, created_by_id, created_at, updated_at)
       SELECT $1, $2, $3, $4, $5, t.starts_at, t.starts_at + make_interval(mins => $9), $6, $10, $11, $12,
              CASE WHEN $13::int IS NULL THEN NULL ELSE now() - make_interval(days => $13::int) END, $14,
              t.starts_at - interval '30 days', t.starts_at - interval '30 days'
         FROM t RETURNING id`,
      [
        municipalityId,
        organization.id,
        workshop.title,
        workshop.description,
        workshop.originalLocale,
        workshop.venue,
        workshop.startsInDays,
        workshop.startHour,
        workshop.durationMinutes,
        await placeId(workshop.place),
        workshop.signupEnabled,
        workshop.signupLimit,
        workshop.publishedDaysAgo,
        creator?.id ?? null,
      ],
    ))!;
    for (const code of workshop.goals) {
      await manager.query(`INSERT INTO workshop_goal (workshop_id, goal_id) VALUES ($1, $2)`, [workshopId, await goalId(code)]);
    }
    for (const cell of workshop.participants) {
      await manager.query(`INSERT INTO workshop_participant_count (workshop_id, age_group, gender, count) VALUES ($1, $2, $3, $4)`, [
        workshopId,
        cell.ageGroup,
        cell.gender,
        cell.count,
      ]);
    }
    for (const input of workshop.inputs as DemoWorkshopInput[]) {
      if (findPersonalData(input.text).length > 0) throw new Error(`seed: personal data in workshop input "${input.text}"`);
      const inputId = (await insertReturningId(
        manager,
        `INSERT INTO workshop_input (workshop_id, client_id, text, priority, dot_votes, place_id, status, created_by_id, created_at, updated_at)
         SELECT $1, gen_random_uuid(), $2, $3, $4, $5, $6, $7, w.ends_at, w.ends_at FROM workshop w WHERE w.id = $1 RETURNING id`,
        [
          workshopId,
          input.text,
          input.priority ?? null,
          input.dotVotes ?? null,
          input.place ? await placeId(input.place) : null,
          workshop.publishedDaysAgo === null ? 'DRAFT' : 'PUBLISHED',
          creator?.id ?? null,
        ],
      ))!;
      for (const code of input.goals) {
        await manager.query(`INSERT INTO workshop_input_goal (input_id, goal_id) VALUES ($1, $2)`, [inputId, await goalId(code)]);
      }
    }
    report.workshops++;
  }
}

interface DemoSurveyQuestion {
  id: string;
  type: string;
  required: boolean;
  prompt: SeedText;
  help: SeedText | null;
  options?: Array<{ id: string; text: SeedText }>;
  allowOther?: boolean;
  scaleMinLabel?: SeedText;
  scaleMaxLabel?: SeedText;
  /** PLACE: place names (ids are looked up). */
  places?: string[];
  /** GOAL: målbild codes of the strategy (ids are looked up). */
  goals?: string[];
  maxChoices?: number;
}

/** An answer as written in the seed file: places by name and målbilder by code instead of ids. */
interface DemoSurveyAnswer {
  optionIds?: string[];
  otherText?: string;
  value?: number;
  text?: string;
  place?: string;
  goals?: string[];
}

interface DemoSurvey {
  seriesId: string;
  status: string;
  responseMode: string;
  collectDemographics: boolean;
  publishedDaysAgo: number;
  title: SeedText;
  description: SeedText | null;
  sections: Array<{ id: string; title: SeedText; description: SeedText | null; questions: DemoSurveyQuestion[] }>;
  responses: Array<{
    submittedDaysAgo: number;
    locale: string;
    ageGroup: string | null;
    gender: string | null;
    homePlace: string | null;
    answers: Record<string, DemoSurveyAnswer>;
  }>;
}

interface DemoDialogue {
  createdBy: string;
  status: string;
  createdDaysAgo: number;
  openedDaysAgo: number;
  closedDaysAgo?: number;
  feedbackPublishedDaysAgo?: number;
  title: SeedText;
  purpose: SeedText;
  promise: SeedText;
  decisionMaker: string | null;
  /** A fixed date, or a number of days before the seeding. */
  decisionExpectedOn?: string;
  decisionExpectedOnDaysAgo?: number;
  targetGroups: string[];
  goals: string[];
  places: string[];
  /** Days relative to the (Swedish) day of seeding: negative is in the past. */
  phases: Array<{ kind: string; startsInDays: number; endsInDays: number; description: SeedText | null }>;
  whatWeHeard?: SeedText;
  whatHappensNow?: SeedText;
  decisions?: Array<{ body: string; meetingDaysAgo: number; paragraph: string; diaryNumber: string; url?: string; summary: SeedText | null }>;
  /** Existing demo ideas (by author and Swedish title) given to the dialogue. */
  ideas: Array<{ author: string; title: string }>;
  /** Existing demo polls (by short code) that belong to the dialogue. */
  polls: string[];
  surveys: DemoSurvey[];
}

/**
 * Two dialogues of Kalix: one OPEN now about growing up in Kalix (phases around today, a
 * demo idea and the ungdomsråd's open poll linked to it, a published survey with a dozen
 * responses so the results page has something to show), and an older REPORTED one with its
 * återkoppling and the council decision. Dates are relative to the seeding, Swedish calendar
 * days. Idempotent by municipality and Swedish title: an existing dialogue is left as it is,
 * with its links and surveys.
 */
async function seedDemoDialogues(manager: EntityManager, report: SeedReport): Promise<void> {
  const municipalityId = await idBy(manager, 'municipality', 'slug', demoDialogues.municipality);
  const strategyId = await idBy(manager, 'strategy', 'key', demoDialogues.strategy);
  const goalId = async (code: string): Promise<string> => {
    const [goal]: Array<{ id: string }> = await manager.query(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id WHERE a.strategy_id = $1 AND g.code = $2`,
      [strategyId, code],
    );
    if (!goal) throw new Error(`seed: no goal ${code} in ${demoDialogues.strategy}`);
    return goal.id;
  };
  const placeId = async (name: string): Promise<string> => {
    const [place]: Array<{ id: string }> = await manager.query(`SELECT id FROM place WHERE municipality_id = $1 AND name = $2`, [municipalityId, name]);
    if (!place) throw new Error(`seed: no place ${name}`);
    return place.id;
  };
  const daysAgo = (days: number | undefined) => (days === undefined ? null : `now() - make_interval(days => ${Number(days)})`);
  const today = `(now() AT TIME ZONE 'Europe/Stockholm')::date`;

  for (const dialogue of demoDialogues.dialogues as DemoDialogue[]) {
    const existing: unknown[] = await manager.query(`SELECT 1 FROM dialogue WHERE municipality_id = $1 AND title->'sv'->>'text' = $2`, [
      municipalityId,
      dialogue.title.sv,
    ]);
    if (existing.length > 0) continue;
    const [creator]: Array<{ id: string }> = await manager.query(`SELECT id FROM app_user WHERE email = $1`, [dialogue.createdBy]);
    const dialogueId = (await insertReturningId(
      manager,
      `INSERT INTO dialogue (municipality_id, title, purpose, promise, decision_maker, decision_expected_on, target_groups, status,
                             opened_at, closed_at, what_we_heard, what_happens_now, feedback_published_at, created_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, COALESCE($7::date, ${today} - $12::int), $6, $8, ${daysAgo(dialogue.openedDaysAgo)}, ${daysAgo(dialogue.closedDaysAgo) ?? 'NULL'},
               $9, $10, ${daysAgo(dialogue.feedbackPublishedDaysAgo) ?? 'NULL'}, $11, ${daysAgo(dialogue.createdDaysAgo)}, ${daysAgo(dialogue.createdDaysAgo)})
       RETURNING id`,
      [
        municipalityId,
        localized(dialogue.title),
        localized(dialogue.purpose),
        localized(dialogue.promise),
        dialogue.decisionMaker,
        dialogue.targetGroups,
        dialogue.decisionExpectedOn ?? null,
        dialogue.status,
        dialogue.whatWeHeard ? localized(dialogue.whatWeHeard) : null,
        dialogue.whatHappensNow ? localized(dialogue.whatHappensNow) : null,
        creator?.id ?? null,
        dialogue.decisionExpectedOnDaysAgo ?? null,
      ],
    ))!;
    for (const phase of dialogue.phases) {
      await manager.query(
        `INSERT INTO dialogue_phase (dialogue_id, kind, starts_on, ends_on, description) VALUES ($1, $2, ${today} + $3::int, ${today} + $4::int, $5)`,
        [dialogueId, phase.kind, phase.startsInDays, phase.endsInDays, phase.description ? localized(phase.description) : null],
      );
    }
    for (const code of dialogue.goals) {
      await manager.query(`INSERT INTO dialogue_goal (dialogue_id, goal_id) VALUES ($1, $2)`, [dialogueId, await goalId(code)]);
    }
    for (const name of dialogue.places) {
      await manager.query(`INSERT INTO dialogue_place (dialogue_id, place_id) VALUES ($1, $2)`, [dialogueId, await placeId(name)]);
    }
    for (const decision of dialogue.decisions ?? []) {
      await manager.query(
        `INSERT INTO dialogue_decision (dialogue_id, body, meeting_date, paragraph, diary_number, url, summary)
         VALUES ($1, $2, ${today} - $3::int, $4, $5, $6, $7)`,
        [dialogueId, decision.body, decision.meetingDaysAgo, decision.paragraph, decision.diaryNumber, decision.url ?? null, decision.summary ? localized(decision.summary) : null],
      );
    }
    // Links to content seeded before; an idea or poll someone already gave to another dialogue keeps its link.
    for (const idea of dialogue.ideas) {
      await manager.query(
        `UPDATE idea SET dialogue_id = $1 WHERE dialogue_id IS NULL AND municipality_id = $2 AND title = $3
            AND author_id = (SELECT id FROM app_user WHERE email = $4)`,
        [dialogueId, municipalityId, idea.title, idea.author],
      );
    }
    for (const shortCode of dialogue.polls) {
      await manager.query(`UPDATE poll SET dialogue_id = $1 WHERE dialogue_id IS NULL AND municipality_id = $2 AND short_code = $3`, [
        dialogueId,
        municipalityId,
        shortCode,
      ]);
    }
    for (const survey of dialogue.surveys) await seedDemoSurvey(manager, { municipalityId, dialogueId, createdById: creator?.id ?? null }, survey, goalId, placeId);
    report.dialogues++;
  }
}

/** A published survey of a dialogue with submitted responses (anonymous: random token hashes nobody holds). */
async function seedDemoSurvey(
  manager: EntityManager,
  owner: { municipalityId: string; dialogueId: string; createdById: string | null },
  survey: DemoSurvey,
  goalId: (code: string) => Promise<string>,
  placeId: (name: string) => Promise<string>,
): Promise<void> {
  const sections = [];
  for (const section of survey.sections) {
    const questions = [];
    for (const question of section.questions) {
      questions.push({
        id: question.id,
        type: question.type,
        prompt: localized(question.prompt),
        help: question.help ? localized(question.help) : null,
        required: question.required,
        options: (question.options ?? []).map((option) => ({ id: option.id, text: localized(option.text) })),
        allowOther: question.allowOther ?? false,
        scaleMinLabel: question.scaleMinLabel ? localized(question.scaleMinLabel) : null,
        scaleMaxLabel: question.scaleMaxLabel ? localized(question.scaleMaxLabel) : null,
        placeIds: await Promise.all((question.places ?? []).map(placeId)),
        goalIds: await Promise.all((question.goals ?? []).map(goalId)),
        maxChoices: question.maxChoices ?? null,
        condition: null,
      });
    }
    sections.push({ id: section.id, title: localized(section.title), description: section.description ? localized(section.description) : null, questions });
  }
  const surveyId = await insertReturningId(
    manager,
    `INSERT INTO survey (municipality_id, dialogue_id, series_id, version, status, response_mode, collect_demographics, title, description, sections,
                         published_at, created_by_id, created_at, updated_at)
     VALUES ($1, $2, $3, 1, $4, $5, $6, $7, $8, $9, now() - make_interval(days => $10::int), $11, now() - make_interval(days => $10::int + 2), now() - make_interval(days => $10::int))
     ON CONFLICT (series_id, version) DO NOTHING RETURNING id`,
    [
      owner.municipalityId,
      owner.dialogueId,
      survey.seriesId,
      survey.status,
      survey.responseMode,
      survey.collectDemographics,
      localized(survey.title),
      survey.description ? localized(survey.description) : null,
      JSON.stringify(sections),
      survey.publishedDaysAgo,
      owner.createdById,
    ],
  );
  if (!surveyId) return;
  for (const response of survey.responses) {
    const answers: Record<string, Record<string, unknown>> = {};
    for (const [questionId, answer] of Object.entries(response.answers)) {
      if (answer.text && findPersonalData(answer.text).length > 0) throw new Error(`seed: personal data in a survey answer`);
      const { place, goals, ...rest } = answer;
      answers[questionId] = {
        ...rest,
        ...(place ? { placeId: await placeId(place) } : {}),
        ...(goals ? { goalIds: await Promise.all(goals.map(goalId)) } : {}),
      };
    }
    await manager.query(
      `INSERT INTO survey_response (survey_id, status, respondent_token_hash, locale, answers, age_group, gender, home_place_id, started_at, updated_at, submitted_at)
       VALUES ($1, 'SUBMITTED', encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex'), $2, $3, $4, $5, $6,
               now() - make_interval(days => $7::int, mins => 9), now() - make_interval(days => $7::int), now() - make_interval(days => $7::int))`,
      [surveyId, response.locale, answers, response.ageGroup, response.gender, response.homePlace ? await placeId(response.homePlace) : null, response.submittedDaysAgo],
    );
  }
}
