import { get } from 'node:http';

export interface HttpAnswer {
  status: number;
  contentType: string;
  body: string;
}

/**
 * A GET on a connection of its own that closes afterwards: fetch would keep it
 * alive, and the gateway's close would wait for it to time out.
 */
export function httpGet(url: string): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers['content-type'] ?? '',
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    }).on('error', reject);
  });
}
