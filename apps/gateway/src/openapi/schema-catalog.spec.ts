import { z } from 'zod';
import { requestSchema, SchemaCatalog } from './schema-catalog.js';

const Item = z.object({ id: z.string().describe('The id.'), count: z.int().min(0) });
const Wrapper = (inner: z.ZodType) => z.object({ data: inner });

describe('SchemaCatalog', () => {
  describe('use', () => {
    it('refers to a named schema as its component', () => {
      const sut = new SchemaCatalog({ Item });

      expect(sut.use(Item)).toEqual({ $ref: '#/components/schemas/Item' });
    });

    it('writes an unnamed schema in place once the components are made, referring to named ones', () => {
      const sut = new SchemaCatalog({ Item });
      const slot = sut.use(z.array(Item));

      sut.components();

      expect(slot).toEqual({ type: 'array', items: { $ref: '#/components/schemas/Item' } });
    });

    it('hands out the same slot for the same unnamed schema', () => {
      const sut = new SchemaCatalog({});
      const list = z.array(z.string());

      expect(sut.use(list)).toBe(sut.use(list));
    });

    it('writes an unnamed schema used inside another in place there too', () => {
      const sut = new SchemaCatalog({});
      const inner = z.object({ name: z.string() });
      const innerSlot = sut.use(inner);
      const outerSlot = sut.use(Wrapper(inner));

      sut.components();

      expect(outerSlot).toMatchObject({ properties: { data: innerSlot } });
      expect(innerSlot).toMatchObject({ properties: { name: { type: 'string' } } });
    });
  });

  describe('components', () => {
    it('lists the named schemas only, with their descriptions and without the dialect', () => {
      const sut = new SchemaCatalog({ Item });
      sut.use(Wrapper(Item));

      const components = sut.components();

      expect(Object.keys(components)).toEqual(['Item']);
      expect(components.Item).not.toHaveProperty('$schema');
      expect(components.Item).not.toHaveProperty('$id');
      expect(components.Item?.properties?.id).toEqual({ type: 'string', description: 'The id.' });
    });

    it('leaves out the safe-integer bounds zod gives every int', () => {
      const sut = new SchemaCatalog({ Item });

      expect(sut.components().Item?.properties?.count).toEqual({ type: 'integer', minimum: 0 });
    });
  });
});

describe('requestSchema', () => {
  it('describes what a client sends: optional fields stay optional', () => {
    const form = z.object({
      grant_type: z.literal('client_credentials'),
      scope: z.string().optional(),
    });

    expect(requestSchema(form)).toMatchObject({
      type: 'object',
      required: ['grant_type'],
      properties: { scope: { type: 'string' } },
    });
  });
});
