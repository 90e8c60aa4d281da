import { z } from 'zod';

export const SLUG_MAX_LENGTH = 64;

/** URL-safe identifiers of municipalities and regions, e.g. "kalix", "overkalix". */
export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(SLUG_MAX_LENGTH)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug');

/** Relay page sizes: a default, and a hard cap every list obeys. */
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;
export const pageSizeSchema = z.number().int().min(1).max(PAGE_SIZE_MAX);

/** Every entity id is a UUID. */
export const idSchema = z.uuid();

/** Codes of strategic areas and goals as the documents number them, e.g. "5.1", "A", "2.7". */
export const strategyCodeSchema = z.string().trim().min(1).max(16);
