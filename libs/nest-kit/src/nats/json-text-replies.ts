import { JsonText } from '@tally/contracts';
import { NatsRecordSerializer } from '@nestjs/microservices/serializers/nats-record.serializer.js';
import { headers as natsHeaders, type Msg, type MsgHdrs } from '@nats-io/transport-node';

/**
 * Names the reply's fields that travel as JSON text, with their byte lengths
 * (`items:9123`): the body is the rest of the reply packet as JSON, followed
 * by each field's bytes in that order. A reply without JSON text fields goes
 * the usual way (Nest's packet as JSON, no header).
 */
export const JSON_TEXT_FIELDS_HEADER = 'Tally-Json-Text';

interface ReplyPacket {
  id?: string;
  response?: unknown;
  err?: unknown;
  isDisposed?: boolean;
}

interface SerializedReply {
  data: Uint8Array | string;
  headers?: MsgHdrs;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function jsonTextFields(response: unknown): [string, JsonText][] {
  if (typeof response !== 'object' || response === null || Array.isArray(response)) return [];
  const fields: [string, JsonText][] = [];
  for (const key in response) {
    const value = (response as Record<string, unknown>)[key];
    if (value instanceof JsonText) fields.push([key, value]);
  }
  return fields;
}

/**
 * The NATS server's reply serializer: Nest's, except that a response's
 * top-level JsonText fields are sent as their bytes after the packet instead
 * of being parsed and written again.
 */
export class JsonTextReplySerializer {
  private readonly usual = new NatsRecordSerializer();

  serialize(packet: ReplyPacket): SerializedReply {
    const fields = jsonTextFields(packet.response);
    if (fields.length === 0) return this.usual.serialize(packet) as SerializedReply;
    const rest: Record<string, unknown> = { ...(packet.response as Record<string, unknown>) };
    for (const [key] of fields) delete rest[key];
    const head = encoder.encode(JSON.stringify({ ...packet, response: rest }));
    const body = new Uint8Array(
      fields.reduce((length, [, text]) => length + text.bytes.length, head.length),
    );
    body.set(head, 0);
    let offset = head.length;
    for (const [, text] of fields) {
      body.set(text.bytes, offset);
      offset += text.bytes.length;
    }
    const headers = natsHeaders();
    headers.set(
      JSON_TEXT_FIELDS_HEADER,
      fields.map(([key, text]) => `${key}:${text.bytes.length}`).join(','),
    );
    return { data: body, headers };
  }
}

/**
 * The client's side: the reply packet of a message sent with JSON text
 * fields, those fields as JsonText (their bytes are not parsed); undefined
 * for a usual reply.
 */
export function readJsonTextReply(message: Msg): ReplyPacket | undefined {
  const described = message.headers?.get(JSON_TEXT_FIELDS_HEADER);
  if (!described) return undefined;
  const fields = described.split(',').map((field) => {
    const separator = field.lastIndexOf(':');
    return { key: field.slice(0, separator), length: Number(field.slice(separator + 1)) };
  });
  const data = message.data;
  let offset = data.length - fields.reduce((sum, field) => sum + field.length, 0);
  if (
    !fields.every((field) => field.key && Number.isInteger(field.length) && field.length >= 0) ||
    offset < 0
  ) {
    throw new Error(`malformed ${JSON_TEXT_FIELDS_HEADER} header: ${described}`);
  }
  const packet = JSON.parse(decoder.decode(data.subarray(0, offset))) as ReplyPacket;
  const response = packet.response as Record<string, unknown>;
  for (const field of fields) {
    response[field.key] = JsonText.fromBytes(data.slice(offset, offset + field.length));
    offset += field.length;
  }
  return packet;
}
