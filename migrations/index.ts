export { ALL_MIGRATIONS } from './src';
export { seedDemo, type SeedReport } from './seeds/seed-demo';
