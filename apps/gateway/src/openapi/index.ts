export {
  ApiRoute,
  type ApiRouteDoc,
  type OtherResponse,
  type RouteError,
} from './api-route.decorator.js';
export { headerRefs } from './response-headers.js';
export { OAUTH_CLIENT_SECURITY } from './security-schemes.js';
export { setupOpenApi } from './setup-openapi.js';
