/** Puts the deployment's subject prefix (if any) in front of a contract subject. */
export function prefixSubject(prefix: string | undefined, subject: string): string {
  return prefix ? `${prefix}.${subject}` : subject;
}
