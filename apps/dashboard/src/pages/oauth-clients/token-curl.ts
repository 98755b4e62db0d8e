/** The `curl` that trades a client's credentials for an access token. */
export function tokenCurl(origin: string, clientId: string, clientSecret?: string): string {
  return [
    `curl -X POST ${origin}/oauth/token \\`,
    `  -u '${clientId}:${clientSecret ?? '<client secret>'}' \\`,
    `  -d grant_type=client_credentials`,
  ].join('\n');
}
