// The fixture as the reference server answers it: every record of both workspaces, read through
// the SDK (so in the API's own shapes) from the mock API in-process, at the suite's START.
import { createClient, type InvitekitClient } from '@invitekit/sdk';
import { createClock } from '@invitekit/mock-api';
import { setupMockApi } from '@invitekit/mock-api/node';
import { START } from '../src/harness.js';

async function all<T>(list: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of list) items.push(item);
  return items;
}

async function workspace(api: InvitekitClient) {
  const projects = await Promise.all(
    (await api.projects.list()).items.map(async (project) => ({
      ...project,
      members: (await api.projects.members(project.id)).items,
      roles: await Promise.all(
        (await api.projects.roles(project.id)).items.map(async (role) => ({
          ...role,
          candidates: (await api.roles.pipeline(role.id)).candidates,
        })),
      ),
    })),
  );
  const pools = await Promise.all(
    (await api.pools.list()).items.map(async (pool) => ({
      ...pool,
      batches: (await api.pools.batches(pool.id)).items,
      links: withoutSecrets((await api.pools.links(pool.id)).items),
      signups: (await api.pools.signups(pool.id)).items,
    })),
  );
  return {
    people: await all(api.people.list({ limit: 200 })),
    projects,
    pools,
    invitations: await all(api.invitations.list({ limit: 200 })),
    contacts: (await api.contacts.list()).items,
    contactLinks: withoutSecrets((await api.contacts.links()).items),
  };
}

/** A link's secret is the server's own: the fixture shows where it goes, not one. */
const withoutSecrets = <T>(records: T[]): T[] =>
  records.map((record) => {
    const url = (record as { url?: unknown }).url;
    return typeof url === 'string'
      ? { ...record, url: url.replace(/link=[^&]+/, 'link=<secret>') }
      : record;
  });

export async function buildFixture() {
  const baseUrl = 'http://fixture.invitekit.test/v1';
  const mock = setupMockApi({
    clock: createClock(START),
    baseUrl,
    rateLimit: false,
    seed: { seed: 1 },
  });
  mock.listen();
  try {
    const as = (token: string) => createClient({ baseUrl, token, retry: 0 });
    const { people } = mock.domain.state;
    return {
      $comment:
        'The records the conformance suite expects after POST /_mock/reset, in the API’s shapes, as of START (2026-11-02T09:00:00Z). `tokens` names who each workspace’s records are read as. Regenerate with `pnpm --filter @invitekit/conformance fixture`.',
      tokens: mock.tokens,
      workspace: await workspace(as(mock.tokens.admin)),
      otherWorkspace: await workspace(as(mock.tokens.otherAdmin)),
      // What the rules use but the API does not show.
      notInTheApi: {
        /** People whose platform role is Client (R11: they cannot be a project's Manager). */
        clients: people.filter((p) => p.platformRole === 'client').map((p) => p.id),
        /** The status each disabled person gets back when enabled again (R4). */
        statusBeforeDisable: Object.fromEntries(
          people.flatMap((p) => (p.statusBeforeDisable ? [[p.id, p.statusBeforeDisable]] : [])),
        ),
      },
    };
  } finally {
    mock.close();
  }
}
