import 'reflect-metadata';
import { NatsRecordSerializer } from '@nestjs/microservices/serializers/nats-record.serializer.js';
import { headers as natsHeaders, type Msg, type MsgHdrs } from '@nats-io/transport-node';
import { JsonText } from '@tally/contracts';
import {
  JSON_TEXT_FIELDS_HEADER,
  JsonTextReplySerializer,
  readJsonTextReply,
} from './json-text-replies.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** What the client receives: only the data and headers are read. */
function messageOf(data: Uint8Array | string, headers?: MsgHdrs): Msg {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  return { data: bytes, headers } as unknown as Msg;
}

function headersWith(value: string): MsgHdrs {
  const headers = natsHeaders();
  headers.set(JSON_TEXT_FIELDS_HEADER, value);
  return headers;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('JsonTextReplySerializer and readJsonTextReply', () => {
  const serializer = new JsonTextReplySerializer();
  const nest = new NatsRecordSerializer();

  const next = { sortValue: '2026-03-04 05:06:07.891999+00', id: 'c-1', direction: 'after' };

  it('sends a reply with a JsonText field as its bytes, read back unparsed', () => {
    const items = JsonText.fromText('[ {"name":"é 😀 \\"q\\"","n":1} , 2 ]');
    const packet = { id: 'req-1', response: { items, next, prev: null }, isDisposed: true };

    const sent = serializer.serialize(packet);
    const read = readJsonTextReply(messageOf(sent.data, sent.headers));

    expect(sent.data).toBeInstanceOf(Uint8Array);
    expect(sent.headers?.get(JSON_TEXT_FIELDS_HEADER)).toBe(`items:${items.bytes.length}`);
    expect(read).toBeDefined();
    const response = read?.response as Record<string, unknown>;
    expect(response.items).toBeInstanceOf(JsonText);
    expect(sameBytes((response.items as JsonText).bytes, items.bytes)).toBe(true);
    expect((response.items as JsonText).text).toBe(items.text);
    expect(read).toEqual({
      id: 'req-1',
      response: { items: expect.any(JsonText), next, prev: null },
      isDisposed: true,
    });
    // The packet given to the serializer is left as it was.
    expect(packet.response.items).toBe(items);
  });

  it('sends the rest of the packet as JSON, then the bytes', () => {
    const items = JsonText.fromText('[1]');
    const sent = serializer.serialize({
      id: 'req-2',
      response: { items, next: null, prev: null },
      isDisposed: true,
    });

    expect(decoder.decode(sent.data as Uint8Array)).toBe(
      '{"id":"req-2","response":{"next":null,"prev":null},"isDisposed":true}[1]',
    );
  });

  it('sends two JsonText fields in order, each read back with its own bytes', () => {
    const items = JsonText.fromText('[{"id":"a"},{"id":"日本"}]');
    const totals = JsonText.fromText('{"views":10000000000,"ratio":1.5}');
    const packet = {
      id: 'req-3',
      response: { items, count: 2, totals, label: 'x,y:z' },
      isDisposed: true,
    };

    const sent = serializer.serialize(packet);
    const read = readJsonTextReply(messageOf(sent.data, sent.headers));
    const response = read?.response as Record<string, unknown>;

    expect(sent.headers?.get(JSON_TEXT_FIELDS_HEADER)).toBe(
      `items:${items.bytes.length},totals:${totals.bytes.length}`,
    );
    expect(sameBytes((response.items as JsonText).bytes, items.bytes)).toBe(true);
    expect(sameBytes((response.totals as JsonText).bytes, totals.bytes)).toBe(true);
    expect(response).toEqual({
      items: expect.any(JsonText),
      count: 2,
      totals: expect.any(JsonText),
      label: 'x,y:z',
    });
  });

  it('sends an empty JSON array and reads it back', () => {
    const items = JsonText.of([]);
    const sent = serializer.serialize({
      id: 'req-4',
      response: { items, next: null, prev: null },
      isDisposed: true,
    });

    const read = readJsonTextReply(messageOf(sent.data, sent.headers));

    expect(((read?.response as Record<string, unknown>).items as JsonText).text).toBe('[]');
  });

  it.each<[string, Record<string, unknown>]>([
    [
      'a usual reply',
      { id: 'req-5', response: { items: [{ a: 1 }], next: null, prev: null }, isDisposed: true },
    ],
    ['a reply without a response', { id: 'req-6', isDisposed: true }],
    ['a reply whose response is a string', { id: 'req-7', response: 'ok', isDisposed: true }],
    ['a reply whose response is null', { id: 'req-8', response: null, isDisposed: true }],
    [
      'an array response with JsonText elements',
      { id: 'req-9', response: [JsonText.fromText('[1, 2]')], isDisposed: true },
    ],
    [
      'a response with a JsonText below the top level',
      { id: 'req-10', response: { page: { items: JsonText.fromText('[ 3 ]') } } },
    ],
    [
      'a response that is a JsonText itself',
      { id: 'req-11', response: JsonText.fromText('{"a": 1}'), isDisposed: true },
    ],
    [
      'an error packet',
      {
        id: 'req-12',
        err: { status: 'error', message: 'Creator not found', statusCode: 404 },
        isDisposed: true,
      },
    ],
  ])('sends %s as Nest does, without the header', (_name, packet) => {
    const sent = serializer.serialize(packet);

    expect(sent).toEqual(nest.serialize(packet));
    expect(sent.headers?.get(JSON_TEXT_FIELDS_HEADER) ?? '').toBe('');
    expect(readJsonTextReply(messageOf(sent.data, sent.headers))).toBeUndefined();
  });

  it('writes JsonText below the top level as its parsed value the usual way', () => {
    const sent = serializer.serialize({
      id: 'req-13',
      response: { page: { items: JsonText.fromText('[ 3 ]') } },
      isDisposed: true,
    });

    expect(sent.data).toBe('{"id":"req-13","response":{"page":{"items":[3]}},"isDisposed":true}');
  });

  it('reads a message without the header, or with other headers only, as a usual reply', () => {
    const data = JSON.stringify({ id: 'req-14', response: { items: [] }, isDisposed: true });
    const other = natsHeaders();
    other.set('Nats-Msg-Id', 'x');

    expect(readJsonTextReply(messageOf(data))).toBeUndefined();
    expect(readJsonTextReply(messageOf(data, other))).toBeUndefined();
  });

  it.each([
    ['lengths longer than the body', 'items:999'],
    ['lengths that add up to more than the body', 'items:30,more:30'],
    ['a length that is not a number', 'items:abc'],
    ['a negative length', 'items:-1'],
    ['a fractional length', 'items:1.5'],
    ['a field without a name', ':3'],
    ['a field without a length', 'items'],
  ])('refuses a header with %s', (_name, header) => {
    const data = encoder.encode('{"id":"req-15","response":{},"isDisposed":true}[1,2]');

    expect(() => readJsonTextReply(messageOf(data, headersWith(header)))).toThrow(
      `malformed ${JSON_TEXT_FIELDS_HEADER} header`,
    );
  });
});
