import { fillPath, parseRouteTree } from './routes.js';

describe("reading Fastify's route tree", () => {
  const tree = [
    '├── /api/v1/ping (GET, HEAD)',
    '├── /api/v1/keys (POST, GET, HEAD)',
    '│   └── /:id (GET, HEAD, DELETE)',
    '│       └── /roll (POST)',
    '├── /api/v1/files/',
    '│   └── * (GET)',
    '└── /health/ready (GET, HEAD)',
    '',
  ].join('\n');

  it('joins each node to its parents and lists every method with its parameters', () => {
    expect(parseRouteTree(tree)).toEqual([
      { method: 'GET', path: '/api/v1/ping', params: [] },
      { method: 'HEAD', path: '/api/v1/ping', params: [] },
      { method: 'POST', path: '/api/v1/keys', params: [] },
      { method: 'GET', path: '/api/v1/keys', params: [] },
      { method: 'HEAD', path: '/api/v1/keys', params: [] },
      { method: 'GET', path: '/api/v1/keys/:id', params: ['id'] },
      { method: 'HEAD', path: '/api/v1/keys/:id', params: ['id'] },
      { method: 'DELETE', path: '/api/v1/keys/:id', params: ['id'] },
      { method: 'POST', path: '/api/v1/keys/:id/roll', params: ['id'] },
      { method: 'GET', path: '/api/v1/files/*', params: ['*'] },
      { method: 'GET', path: '/health/ready', params: [] },
      { method: 'HEAD', path: '/health/ready', params: [] },
    ]);
  });

  it('refuses a line it cannot read rather than skipping a route', () => {
    expect(() => parseRouteTree('/api/v1/ping GET')).toThrow(/unexpected line/);
  });

  it('puts encoded values in place of the parameters', () => {
    const [route] = parseRouteTree('└── /api/v1/keys/:id/roll (POST)');

    expect(fillPath(route, { id: 'a%2Fb' })).toBe('/api/v1/keys/a%2Fb/roll');
  });
});
