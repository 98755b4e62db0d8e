const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of standard base64 text, or undefined when it is not base64. Web APIs only (atob). */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
