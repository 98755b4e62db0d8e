/** `KeysController.list` → `keys_list`, `OAuthController.token` → `oauth_token`: readable and unique per handler. */
export function operationIdFor(controllerName: string, methodName: string): string {
  const resource = controllerName
    .replace(/Controller$/, '')
    .replace(/^[A-Z]+/, (capitals) => capitals.toLowerCase());
  return `${resource}_${methodName}`;
}
