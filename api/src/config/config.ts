import { resolve } from 'node:path';
import { z } from 'zod';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const booleanFlag = z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).transform((v) => v === 'true').optional());

const envSchema = z.object({
  NODE_ENV: z.preprocess(emptyAsUndefined, z.enum(['development', 'test', 'production']).default('development')),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().min(1).default('0.0.0.0')),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional(),
  ),
  MEDSKAPA_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).default('.medskapa')),
  MEDSKAPA_PG_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(54329)),
  /** Seed the demo municipalities, strategies and places. Default: on, except in production. */
  MEDSKAPA_SEED: booleanFlag,
  /** Directory of the built client; served at /. */
  MEDSKAPA_CLIENT_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(['error', 'warn', 'log', 'debug']).default('log')),
  /** The address people reach the platform at; used in links sent by e-mail. */
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  /** smtp:// or smtps:// URL of the mail server. Unset: e-mails go only to the outbox table. */
  SMTP_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional()),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().min(3).default('Medskapa <no-reply@medskapa.local>')),
  SESSION_TTL_DAYS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(365).default(30)),
  /** Key for hashing e-ID subjects (personnummer). Required in production; at least 32 characters. */
  MEDSKAPA_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  /** Set to false only in tests that measure throughput; rate limits are on by default. */
  MEDSKAPA_RATE_LIMITS: booleanFlag,
  /** Sign-in with e-ID (OpenID Connect, e.g. a BankID/Freja broker). Unset: the feature is off. */
  EID_ISSUER: z.preprocess(
    emptyAsUndefined,
    z.url({ protocol: /^https?$/, error: 'must be the issuer URL of the OpenID Connect provider (https://; http:// only outside production)' }).optional(),
  ),
  EID_CLIENT_ID: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  EID_CLIENT_SECRET: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  EID_SCOPES: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/(^|\s)openid(\s|$)/, 'must include the "openid" scope (space-separated, e.g. "openid profile")')
      .default('openid profile'),
  ),
  EID_PERSONAL_NUMBER_CLAIM: z.preprocess(
    emptyAsUndefined,
    z.string().min(1).default('https://id.oidc.se/claim/personalIdentityNumber'),
  ),
  /** Shown on the sign-in button, e.g. "BankID eller Freja eID". */
  EID_DISPLAY_NAME: z.preprocess(emptyAsUndefined, z.string().min(1).max(80).optional()),
});

/** OpenID Connect settings for sign-in with e-ID; null when EID_ISSUER is unset. */
export interface EidConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** The claim that carries the personnummer (Swedish OIDC profile by default). */
  personalNumberClaim: string;
  displayName: string | null;
}

export interface AppConfig {
  nodeEnv: 'development' | 'test' | 'production';
  isProduction: boolean;
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  seedDemo: boolean;
  clientDir: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** Base URL for links in e-mails, without a trailing slash. */
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionTtlDays: number;
  secret: string;
  rateLimits: boolean;
  eid: EidConfig | null;
}

// Used only outside production, where nothing of value is protected by it.
const DEVELOPMENT_SECRET = 'medskapa-development-secret-not-for-production-use';

export class ConfigError extends Error {}

/** Reads and validates the environment once at start-up; a wrong value names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.MEDSKAPA_SECRET) {
    throw new ConfigError('Invalid configuration:\n  MEDSKAPA_SECRET: required in production (at least 32 random characters)');
  }
  const eid = eidConfig(e);
  return {
    nodeEnv: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.MEDSKAPA_DATA_DIR),
    embeddedPgPort: e.MEDSKAPA_PG_PORT,
    seedDemo: e.MEDSKAPA_SEED ?? e.NODE_ENV !== 'production',
    clientDir: e.MEDSKAPA_CLIENT_DIR ? resolve(e.MEDSKAPA_CLIENT_DIR) : resolve(__dirname, '../../../client/dist'),
    logLevel: e.LOG_LEVEL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    secret: e.MEDSKAPA_SECRET ?? DEVELOPMENT_SECRET,
    rateLimits: e.MEDSKAPA_RATE_LIMITS ?? true,
    eid,
  };
}

function eidConfig(e: z.infer<typeof envSchema>): EidConfig | null {
  if (!e.EID_ISSUER) return null;
  const problems: string[] = [];
  if (e.NODE_ENV === 'production' && new URL(e.EID_ISSUER).protocol !== 'https:') {
    problems.push('EID_ISSUER: must be an https:// URL in production');
  }
  if (!e.EID_CLIENT_ID) problems.push('EID_CLIENT_ID: required when EID_ISSUER is set');
  if (!e.EID_CLIENT_SECRET) problems.push('EID_CLIENT_SECRET: required when EID_ISSUER is set');
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return {
    issuer: e.EID_ISSUER,
    clientId: e.EID_CLIENT_ID!,
    clientSecret: e.EID_CLIENT_SECRET!,
    scopes: e.EID_SCOPES.trim().split(/\s+/).join(' '),
    personalNumberClaim: e.EID_PERSONAL_NUMBER_CLAIM,
    displayName: e.EID_DISPLAY_NAME ?? null,
  };
}
