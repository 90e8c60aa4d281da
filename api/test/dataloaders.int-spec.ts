import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(async () => {
  await api.close();
});

const TREE = `
  name region { name }
  places { name }
  currentStrategy { title areas { title regionalArea { title } goals { title steps regionalGoal { title area { title } } } } }
  strategies { key }
`;

async function statementsFor(query: string): Promise<number> {
  api.statements.reset();
  const { errors } = await api.graphql(query);
  expect(errors).toBeUndefined();
  return api.statements.count;
}

describe('DataLoaders', () => {
  it('resolve the whole taxonomy of three municipalities with as many SQL statements as one', async () => {
    const one = await statementsFor(`{ municipalities: municipality(slug: "kalix") { ${TREE} } }`);
    const all = await statementsFor(`{ municipalities { ${TREE} } }`);
    // One statement per level (municipality, region, places, strategies, areas, goals, regional
    // areas, regional goals …), independent of how many municipalities, areas or goals there are.
    expect(all).toBeLessThanOrEqual(one + 1);
    expect(all).toBeLessThanOrEqual(12);
  });
});
