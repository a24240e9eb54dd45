import { createClient } from '@invitekit/sdk';

// The client a provider makes from base-url and token. Give it your own through its `client`
// property instead: a token fetched per request, your own fetch, fewer retries.
const client = createClient({
  baseUrl: '/api/v1',
  getToken: () => sessionStorage.getItem('api-token') ?? 'demo-admin',
  retry: 1,
});
const provider = document.querySelector('invitekit-provider');
if (provider) provider.client = client;
console.log((await client.projects.list()).items.map((project) => project.name));
