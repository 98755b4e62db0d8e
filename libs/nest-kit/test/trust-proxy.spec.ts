import { Controller, Get, Ip, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';
import { createHttpApp } from '../src/bootstrap/create-http-app.js';
import { trustProxySetting } from '../src/config/trust-proxy.js';

@Controller('whoami')
class AddressController {
  @Get()
  address(@Ip() ip: string): { ip: string } {
    return { ip };
  }
}

@Module({ controllers: [AddressController] })
class AddressModule {}

/** What the app takes for the client's address, with TRUST_PROXY as given. */
async function clientAddressSeen(
  trustProxy: string,
  request: { from: string; forwardedFor?: string },
): Promise<string> {
  const app: NestFastifyApplication = await createHttpApp(AddressModule, {
    logger: pino({ level: 'silent' }),
    trustProxy: trustProxySetting().parse(trustProxy),
  });
  try {
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const response = await app.inject({
      method: 'GET',
      url: '/whoami',
      remoteAddress: request.from,
      headers: request.forwardedFor ? { 'x-forwarded-for': request.forwardedFor } : {},
    });
    return response.json<{ ip: string }>().ip;
  } finally {
    await app.close();
  }
}

// A client at 203.0.113.9 writes a forged address first; the load balancer
// (10.0.0.5) appends the address it saw.
const FORGED_THEN_REAL = '198.51.100.66, 203.0.113.9';

describe('TRUST_PROXY', () => {
  it('believes no header by default: the peer is the client', async () => {
    await expect(
      clientAddressSeen('false', { from: '10.0.0.5', forwardedFor: FORGED_THEN_REAL }),
    ).resolves.toBe('10.0.0.5');
  });

  it('with a hop count, takes the address the trusted proxy added, not what the client wrote', async () => {
    await expect(
      clientAddressSeen('1', { from: '10.0.0.5', forwardedFor: FORGED_THEN_REAL }),
    ).resolves.toBe('203.0.113.9');
  });

  it("with the proxies' ranges, takes the nearest address outside them", async () => {
    await expect(
      clientAddressSeen('10.0.0.0/8', { from: '10.0.0.5', forwardedFor: FORGED_THEN_REAL }),
    ).resolves.toBe('203.0.113.9');
  });

  it("does not believe a peer outside the proxies' ranges", async () => {
    await expect(
      clientAddressSeen('10.0.0.0/8', { from: '203.0.113.200', forwardedFor: FORGED_THEN_REAL }),
    ).resolves.toBe('203.0.113.200');
  });

  it('with true, believes the left-most address: any client can choose its own', async () => {
    await expect(
      clientAddressSeen('true', { from: '10.0.0.5', forwardedFor: FORGED_THEN_REAL }),
    ).resolves.toBe('198.51.100.66');
  });
});

describe('trustProxySetting', () => {
  it.each([
    ['false', false],
    ['true', true],
    ['2', 2],
    ['10.0.0.0/8, 192.168.1.7', ['10.0.0.0/8', '192.168.1.7']],
    ['loopback,fd00::/8', ['loopback', 'fd00::/8']],
  ])('reads %s', (value, expected) => {
    expect(trustProxySetting().parse(value)).toEqual(expected);
  });

  it.each(['yes', '0', '11', '10.0.0.0/33', '10.0.0/8', 'proxy.internal', '10.0.0.1, nope'])(
    'refuses %s',
    (value) => {
      expect(trustProxySetting().safeParse(value).success).toBe(false);
    },
  );
});
