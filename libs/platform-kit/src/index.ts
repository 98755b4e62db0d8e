export { PLATFORM_ERROR_KINDS, PlatformError } from './errors/platform-error.js';
export type { PlatformErrorDetails, PlatformErrorKind } from './errors/platform-error.js';
export type { PlatformId } from './provider/platform-id.js';
export type { BeforePlatformCall, PlatformCall } from './provider/platform-call.js';
export type {
  AuthorizationRequest,
  MediaPage,
  PlatformLimits,
  PlatformMedia,
  PlatformProfile,
  PlatformProvider,
  PlatformTokens,
} from './provider/platform-provider.js';
export { sendRequest } from './http/send-request.js';
export type {
  FetchFunction,
  OutgoingRequest,
  RawAnswer,
  UnreachableError,
} from './http/send-request.js';
export { retryAfterSeconds } from './http/retry-after.js';
export { parseJsonKeepingBigIntegers } from './json/parse-json.js';
export { idString, int64 } from './json/json-numbers.js';
export { inProcessLock } from './tokens/creator-lock.js';
export type { CreatorLock } from './tokens/creator-lock.js';
export { NoStoredGrantError, TokenRefresher } from './tokens/token-refresher.js';
export type { StoredGrant, TokenRefresherOptions } from './tokens/token-refresher.js';
