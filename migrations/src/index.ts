import { Taxonomy1795305600000 } from './1795305600000-Taxonomy';

/** Every migration, oldest first. Add new ones at the end. */
export const ALL_MIGRATIONS: Function[] = [Taxonomy1795305600000];
