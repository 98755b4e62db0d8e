import { Server } from '@nestjs/microservices';
import { isPlainSubject, TallyServerNats } from './tally-server-nats.js';

/** The server with its route lookup, and Nest's own, in reach of the test. */
class RoutingServer extends TallyServerNats {
  routeOf(pattern: string): string {
    return this.getRouteFromPattern(pattern);
  }

  nestRouteOf(pattern: string): string {
    return (Server.prototype as unknown as RoutingServer).getRouteFromPattern.call(this, pattern);
  }
}

describe('TallyServerNats routes', () => {
  const server = new RoutingServer({
    servers: ['nats://127.0.0.1:4222'],
    name: 'route-spec',
    queue: 'route-spec',
  });

  it.each([
    'identity.users.me',
    'creators.creators.list',
    'Webhooks.endpoints.get',
    'trueish.subject',
    'nullable',
    '123',
    '"quoted"',
    '{"cmd":"sum"}',
    'true',
    'null',
    '',
  ])('finds the same route as Nest for %j', (pattern) => {
    expect(server.routeOf(pattern)).toBe(server.nestRouteOf(pattern));
  });

  it('reads only subjects that cannot be JSON as plain ones', () => {
    expect(isPlainSubject('identity.keys.verify')).toBe(true);
    expect(isPlainSubject('true')).toBe(false);
    expect(isPlainSubject('false')).toBe(false);
    expect(isPlainSubject('null')).toBe(false);
    expect(isPlainSubject('{"cmd":"sum"}')).toBe(false);
    expect(isPlainSubject('42')).toBe(false);
    expect(isPlainSubject('')).toBe(false);
  });
});
