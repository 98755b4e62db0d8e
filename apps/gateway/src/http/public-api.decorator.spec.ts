import { Controller, Get, HttpCode, Post, SetMetadata } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { firstValueFrom, of } from 'rxjs';
import { PublicApi } from './public-api.decorator.js';

const MARK = 'test:mark';

@Controller('things')
@PublicApi()
class ThingsController {
  @Get()
  @SetMetadata(MARK, 'list')
  list(): Promise<string[]> {
    return Promise.resolve(['a', 'b']);
  }

  @Get('count')
  count(): number {
    return 2;
  }

  @Get('stream')
  stream() {
    return of(1);
  }

  @Post()
  @HttpCode(202)
  fail(): Promise<never> {
    return Promise.reject(new Error('refused'));
  }

  @Get('throws')
  throws(): never {
    throw new Error('thrown');
  }

  /** Not a route: left as it is. */
  helper(): number {
    return 1;
  }
}

class OneRouteController {
  @Post()
  @PublicApi()
  @SetMetadata(MARK, 'one')
  create(): Promise<{ id: string }> {
    return Promise.resolve({ id: 'x' });
  }

  @Get()
  plain(): string {
    return 'as is';
  }
}

@PublicApi()
class TwiceController {
  @Get()
  @PublicApi()
  read(): string {
    return 'once';
  }
}

describe('PublicApi', () => {
  const things = new ThingsController();

  it("wraps every route's result in the success envelope, however it is returned", async () => {
    await expect(things.list()).resolves.toEqual({ success: true, data: ['a', 'b'] });
    expect(things.count()).toEqual({ success: true, data: 2 });
    await expect(firstValueFrom(things.stream())).resolves.toEqual({ success: true, data: 1 });
  });

  it('lets errors through as they are, for the error filter', async () => {
    await expect(things.fail()).rejects.toThrow('refused');
    expect(() => things.throws()).toThrow('thrown');
  });

  it('keeps the metadata the route decorators left on the handler, and its name', () => {
    const { list, fail } = ThingsController.prototype;
    expect(Reflect.getMetadata(PATH_METADATA, list)).toBe('/');
    expect(Reflect.getMetadata(METHOD_METADATA, list)).toBe(0);
    expect(Reflect.getMetadata(MARK, list)).toBe('list');
    expect(Reflect.getMetadata('__httpCode__', fail)).toBe(202);
    expect(list.name).toBe('list');
  });

  it('leaves methods that are not routes alone', () => {
    expect(things.helper()).toBe(1);
  });

  it('marks one route when put on a method, with the metadata of decorators on either side', async () => {
    const controller = new OneRouteController();
    await expect(controller.create()).resolves.toEqual({ success: true, data: { id: 'x' } });
    expect(controller.plain()).toBe('as is');
    const { create } = OneRouteController.prototype;
    expect(Reflect.getMetadata(MARK, create)).toBe('one');
    expect(Reflect.getMetadata(PATH_METADATA, create)).toBe('/');
  });

  it('wraps a route once when both its class and the route are marked', () => {
    expect(new TwiceController().read()).toEqual({ success: true, data: 'once' });
  });
});
