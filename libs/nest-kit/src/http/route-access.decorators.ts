import { applyDecorators, SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'tally:public-route';
export const OPERATOR_ROUTE = 'tally:operator-route';

/**
 * No credential needed. Every other route of an app that authenticates
 * (the gateway) is refused without one: a route is public only when marked.
 */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** For probes and scrapers (health, metrics): public, and never rate limited. */
export const OperatorRoute = () =>
  applyDecorators(SetMetadata(PUBLIC_ROUTE, true), SetMetadata(OPERATOR_ROUTE, true));
