// Generated from openapi/openapi.json by openapi-typescript: do not edit.
// Regenerate with `npm run generate -w @tally/sdk` (`npm run build` does it too).

export interface paths {
  '/.well-known/jwks.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the keys that sign access tokens
     * @description **Access:** public, no credential needed.
     */
    get: operations['wellKnown_keys'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/.well-known/oauth-authorization-server': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the authorization server metadata
     * @description **Access:** public, no credential needed.
     */
    get: operations['wellKnown_metadata'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List audit events
     * @description Who did what and when in the account, newest first. Actors and targets carry the names they had at the time.
     *
     *     Filters, combined: `actor` (an actor's id), `actorType`, `action` (one, a comma-separated list, or a prefix), `from`/`to` (ISO 8601, inclusive). A cursor works only with the filters it was made for.
     *
     *     Actions: `account.created`, `user.logged_in`, `user.logged_out`, `key.created`, `key.revoked`, `key.rolled`, `key.updated`, `key.disabled`, `key.enabled`, `member.invited`, `member.joined`, `member.role_changed`, `member.removed`, `invitation.revoked`, `user.password_changed`, `user.password_reset_requested`, `user.password_reset`, `service_user.created`, `service_user.updated`, `service_user.disabled`, `service_user.enabled`, `service_user.deleted`, `role.created`, `oauth_client.created`, `oauth_client.revoked`, `oauth_client.updated`, `oauth_client.disabled`, `oauth_client.enabled`, `oauth_token.revoked`, `creator.connected`, `creator.disconnected`, `creator.sync_requested`, `creator.synced`, `creator.sync_failed`, `creator.reauth_required`, `connect.redirect_urls_replaced`. Prefixes: `account.*`, `user.*`, `key.*`, `member.*`, `invitation.*`, `service_user.*`, `role.*`, `oauth_client.*`, `oauth_token.*`, `creator.*`, `connect.*`.
     *
     *     Creator events: `creator.connected` and `creator.disconnected` name the credential that started the connection or disconnected; `creator.sync_requested` and the `creator.synced` or `creator.sync_failed` that follows name who asked. Scheduled syncs are not recorded unless they fail for good; `creator.reauth_required` is recorded by Tally (`system`).
     *
     *     **Permission:** `keys:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['audit_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in
     * @description Starts a dashboard session: the session token comes back only as the httpOnly `tally_session` cookie. Failed sign-ins are limited per email and per IP.
     *
     *     **Access:** public, no credential needed.
     */
    post: operations['auth_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out
     * @description Ends the session of the `tally_session` cookie, if any, and clears the cookies.
     *
     *     **Access:** any valid credential. Publishable keys are refused: call it from a server.
     */
    post: operations['auth_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask for a password reset link
     * @description When the email is a member's, emails a single-use link valid 60 minutes (a few per hour at most). The answer is the same whether or not it is: nobody learns which emails have accounts.
     *
     *     **Access:** public, no credential needed.
     */
    post: operations['auth_requestPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reset a password
     * @description Sets the new password (the same rules as sign-up) with the link's `#token=`. The link works once; every session of the user ends.
     *
     *     **Access:** public, no credential needed.
     */
    post: operations['auth_completePasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign up
     * @description Creates an account and its owner, and signs the owner in: the session token comes back only as the httpOnly `tally_session` cookie.
     *
     *     **Access:** public, no credential needed.
     */
    post: operations['auth_signup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connect/instagram': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start connecting an Instagram account
     * @description Returns the Instagram authorization URL to send the creator's browser to (a redirect or a popup) and its single-use `state`, valid for 10 minutes. Instagram sends the creator back to `GET /api/v1/connect/instagram/callback`, which stores the creator and queues its first sync, then redirects to `redirectUrl` (with `creatorId` and `status=connected`, or `status=error`, `error` and `message`) or, without one, shows a page that tells the window that opened the popup. The body is optional. `redirectUrl` must match one of the allowed redirect URLs (`PUT /api/v1/connect/redirect-urls`): the same origin, and the same path or one below it. With a publishable key, a `redirectUrl` on one of the key's allowed origins is accepted too. The page tells only the window of the origin that started the flow (the request's `Origin`), or the dashboard's own.
     *
     *     **Permission:** `creators:write`. Publishable keys may call it from their allowed origins with `creators:read` instead.
     */
    post: operations['connectInstagram_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connect/instagram/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Instagram sends the creator back here
     * @description Not for API clients: Instagram redirects the creator's browser here with Instagram's own parameters (others it may add, such as `error_reason`, are ignored). The code is exchanged and the creator stored, then the browser is redirected to the `redirectUrl` given at the start, or shown a page which, in a popup, posts `{type: 'tally:connect', status: 'connected' | 'error', creatorId?, reason?, message?}` to `window.opener` and closes. A `state` started for another platform is refused.
     *
     *     **Access:** public, no credential needed.
     */
    get: operations['connectInstagram_callback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connect/redirect-urls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the allowed redirect URLs
     * @description Where connect flows may send the creator's browser back to. A connect flow's `redirectUrl` is accepted when its origin (scheme, host, port) is one of theirs and its path is theirs or lies below it: `https://shop.example/creators` allows `https://shop.example/creators/done?tab=1` but not `https://shop.example/creatorship`; an entry without a path allows its whole origin.
     *
     *     **Permission:** `creators:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['redirectUrls_list'];
    /**
     * Replace the allowed redirect URLs
     * @description The whole list, up to 20 absolute https URLs (http only for localhost and 127.0.0.1), without query or fragment; trailing slashes are dropped and duplicates kept once. A connect flow's `redirectUrl` is accepted when its origin (scheme, host, port) is one of theirs and its path is theirs or lies below it: `https://shop.example/creators` allows `https://shop.example/creators/done?tab=1` but not `https://shop.example/creatorship`; an entry without a path allows its whole origin. An empty list refuses every `redirectUrl`. Recorded in the audit log.
     *
     *     **Permission:** `creators:write`. Publishable keys are refused: call it from a server.
     */
    put: operations['redirectUrls_replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connect/tiktok': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start connecting a TikTok account
     * @description Returns the TikTok authorization URL to send the creator's browser to (a redirect or a popup) and its single-use `state`, valid for 10 minutes. TikTok sends the creator back to `GET /api/v1/connect/tiktok/callback`, which stores the creator and queues its first sync, then redirects to `redirectUrl` (with `creatorId` and `status=connected`, or `status=error`, `error` and `message`) or, without one, shows a page that tells the window that opened the popup. The body is optional. `redirectUrl` must match one of the allowed redirect URLs (`PUT /api/v1/connect/redirect-urls`): the same origin, and the same path or one below it. With a publishable key, a `redirectUrl` on one of the key's allowed origins is accepted too. The page tells only the window of the origin that started the flow (the request's `Origin`), or the dashboard's own.
     *
     *     **Permission:** `creators:write`. Publishable keys may call it from their allowed origins with `creators:read` instead.
     */
    post: operations['connect_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connect/tiktok/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * TikTok sends the creator back here
     * @description Not for API clients: TikTok redirects the creator's browser here with TikTok's own parameters (others it may add are ignored). The code is exchanged and the creator stored, then the browser is redirected to the `redirectUrl` given at the start, or shown a page which, in a popup, posts `{type: 'tally:connect', status: 'connected' | 'error', creatorId?, reason?, message?}` to `window.opener` and closes. A `state` started for another platform is refused.
     *
     *     **Access:** public, no credential needed.
     */
    get: operations['connect_callback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connect/youtube': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start connecting a YouTube account
     * @description Returns the YouTube authorization URL to send the creator's browser to (a redirect or a popup) and its single-use `state`, valid for 10 minutes. YouTube sends the creator back to `GET /api/v1/connect/youtube/callback`, which stores the creator and queues its first sync, then redirects to `redirectUrl` (with `creatorId` and `status=connected`, or `status=error`, `error` and `message`) or, without one, shows a page that tells the window that opened the popup. The body is optional. `redirectUrl` must match one of the allowed redirect URLs (`PUT /api/v1/connect/redirect-urls`): the same origin, and the same path or one below it. With a publishable key, a `redirectUrl` on one of the key's allowed origins is accepted too. The page tells only the window of the origin that started the flow (the request's `Origin`), or the dashboard's own.
     *
     *     **Permission:** `creators:write`. Publishable keys may call it from their allowed origins with `creators:read` instead.
     */
    post: operations['connectYouTube_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/connect/youtube/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Google sends the YouTube creator back here
     * @description Not for API clients: Google redirects the creator's browser here with Google's own parameters (others it may add, such as `scope` and `authuser`, are ignored). The code is exchanged and the creator stored, then the browser is redirected to the `redirectUrl` given at the start, or shown a page which, in a popup, posts `{type: 'tally:connect', status: 'connected' | 'error', creatorId?, reason?, message?}` to `window.opener` and closes. A `state` started for another platform is refused.
     *
     *     **Access:** public, no credential needed.
     */
    get: operations['connectYouTube_callback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/creators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List connected creators
     * @description The creators connected to the account, newest first; filter by the platform or by the platform account id.
     *
     *     **Permission:** `creators:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['creators_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/creators/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Disconnect a creator
     * @description Revokes Tally's access on the platform, then deletes the creator and everything synced for it. When the platform cannot be reached, `revokedUpstream` is false and the revocation is retried in the background.
     *
     *     **Permission:** `creators:write`. Publishable keys are refused: call it from a server.
     */
    delete: operations['creators_disconnect'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/creators/{id}/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a creator's profile
     * @description The profile and latest counts, as of the last sync (`lastSyncedAt`).
     *
     *     **Permission:** `creators:read`. Publishable keys may call it from their allowed origins.
     */
    get: operations['creators_profile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/creators/{id}/stats/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a creator's stats history
     * @description Snapshots of the counts taken at each sync, oldest first. When the range holds more than `limit`, continue from `nextFrom`.
     *
     *     **Permission:** `creators:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['creators_statsHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/creators/{id}/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a creator's last sync
     * @description Whether the last sync is queued, running, succeeded or failed, and when.
     *
     *     **Permission:** `creators:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['creators_syncStatus'];
    put?: never;
    /**
     * Sync a creator now
     * @description Queues a sync ahead of the scheduled ones and waits a little for it (`SYNC_WAIT_MS`): 200 with `synced: true` when it finished in time, 202 with `synced: false` and the job otherwise (follow it with `GET /creators/{id}/sync`). A sync already queued or running is joined, not repeated.
     *
     *     **Permission:** `creators:sync`. Publishable keys are refused: call it from a server.
     */
    post: operations['creators_sync'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/creators/{id}/videos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a creator's videos
     * @description Newest first, with their metrics as of the last sync.
     *
     *     **Permission:** `creators:read`. Publishable keys may call it from their allowed origins.
     */
    get: operations['creators_videos'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List pending invitations
     * @description Invitations neither accepted, withdrawn nor expired. Newest first.
     *
     *     **Permission:** `users:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['invitations_list'];
    put?: never;
    /**
     * Invite a member
     * @description Sends a single-use link, valid 7 days, to the email (with `MAIL_*` set; otherwise the answer carries the link to pass on). A new invitation to the same email replaces a pending one. At most 100 pending invitations.
     *
     *     **Permission:** `users:write`. Publishable keys are refused: call it from a server.
     */
    post: operations['invitations_invite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept an invitation
     * @description Creates the member with the password chosen (the same rules as sign-up) and signs them in, as sign-up does: the session token comes back only as the httpOnly `tally_session` cookie. The link works once.
     *
     *     **Access:** public, no credential needed.
     */
    post: operations['invitations_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Read an invitation
     * @description What the link offers (the account, the email and the role), before it is accepted. The token is the link's `#token=`.
     *
     *     **Access:** public, no credential needed.
     */
    post: operations['invitations_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Withdraw an invitation
     * @description Its link stops working.
     *
     *     **Permission:** `users:write`. Publishable keys are refused: call it from a server.
     */
    delete: operations['invitations_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List API keys
     * @description Metadata only: each key shows its `start`, never the secret, and its `owner`. Newest first; `?ownerUserId=` keeps one user's keys.
     *
     *     **Permission:** `keys:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['keys_list'];
    put?: never;
    /**
     * Create an API key
     * @description The answer is the only time the key itself is shown: store it now. Nobody can grant a permission they do not hold. The key belongs to `ownerUserId` (a service user, or yourself by default).
     *
     *     **Permission:** `keys:write`. Publishable keys are refused: call it from a server.
     */
    post: operations['keys_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an API key
     * @description **Permission:** `keys:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['keys_get'];
    put?: never;
    post?: never;
    /**
     * Revoke an API key
     * @description Every gateway refuses the key within a second.
     *
     *     **Permission:** `keys:write`. Publishable keys are refused: call it from a server.
     */
    delete: operations['keys_revoke'];
    options?: never;
    head?: never;
    /**
     * Update an API key
     * @description Renames it, replaces its `metadata`, or pauses it (`enabled: false`: 401 `key_disabled` on every gateway within a second, without revoking it) and enables it again.
     *
     *     **Permission:** `keys:write`. Publishable keys are refused: call it from a server.
     */
    patch: operations['keys_update'];
    trace?: never;
  };
  '/api/v1/keys/{id}/roll': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Roll an API key
     * @description Issues a replacement with the same settings and owner; the old key keeps working until the grace period ends. The answer is the only time the new key is shown. The caller must hold what the key grants, and rolling another member's key takes `account:admin` (a service user's key or your own takes `keys:write`).
     *
     *     **Permission:** `keys:write`. Publishable keys are refused: call it from a server.
     */
    post: operations['keys_roll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List members
     * @description The people of the account, who sign in to the dashboard. Newest first.
     *
     *     **Permission:** `users:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['members_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a member
     * @description Their sessions end at once, and the API keys and OAuth clients they owned are revoked: give machines keys of a service user instead.
     *
     *     **Permission:** `users:write`. Publishable keys are refused: call it from a server.
     */
    delete: operations['members_remove'];
    options?: never;
    head?: never;
    /**
     * Change a member's role
     * @description Takes effect on their next request: their sessions keep going with the new role. The account always keeps at least one owner.
     *
     *     **Permission:** `users:write`. Publishable keys are refused: call it from a server.
     */
    patch: operations['members_update'];
    trace?: never;
  };
  '/api/v1/oauth-clients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List OAuth clients
     * @description **Permission:** `keys:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['oauthClients_list'];
    put?: never;
    /**
     * Create an OAuth client
     * @description A client for the client credentials grant. The answer is the only time its secret is shown: store it now.
     *
     *     **Permission:** `oauth-clients:write`. Publishable keys are refused: call it from a server.
     */
    post: operations['oauthClients_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/oauth-clients/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke an OAuth client
     * @description Its access tokens stop working at once.
     *
     *     **Permission:** `oauth-clients:write`. Publishable keys are refused: call it from a server.
     */
    delete: operations['oauthClients_revoke'];
    options?: never;
    head?: never;
    /**
     * Update an OAuth client
     * @description Renames it, replaces its `metadata`, or pauses it (`enabled: false`: it gets no tokens and the tokens it holds are refused within a second) and enables it again (it gets new tokens).
     *
     *     **Permission:** `oauth-clients:write`. Publishable keys are refused: call it from a server.
     */
    patch: operations['oauthClients_update'];
    trace?: never;
  };
  '/api/v1/ping': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check that the platform answers
     * @description Asks every service behind the gateway over NATS.
     *
     *     **Access:** public, no credential needed.
     */
    get: operations['ping_ping'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Look up accounts and videos
     * @description Finds up to 50 platform accounts or videos in one request: first among the account's connected creators and their synced videos (`source: "connected"`); then, for YouTube only, publicly with Tally's server key (`source: "public"`: a channel by `@handle`, handle, channel id or URL, a video by id or URL), each costing a unit of YouTube's daily quota and kept for `PUBLIC_LOOKUP_TTL` (1 hour by default). TikTok and Instagram accounts and videos that are not connected answer `found: false` with `reason: "not_connected"`: their public lookups need platform approvals Tally does not have. A public lookup refused because the quota is spent answers `reason: "quota_exhausted"` with `retryAfterSeconds`.
     *
     *     **Permission:** `creators:read`. Publishable keys are refused: call it from a server.
     */
    post: operations['resources_search'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List roles
     * @description The built-in roles (`read-only`, `creators-manager`, `key-admin`, `full-access`) and the account's own.
     *
     *     **Permission:** `keys:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['roles_list'];
    put?: never;
    /**
     * Create a role
     * @description A named set of permissions for keys. Nobody can grant a permission they do not hold.
     *
     *     **Permission:** `keys:write`. Publishable keys are refused: call it from a server.
     */
    post: operations['roles_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/service-users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List service users
     * @description Newest first, each with how many keys and OAuth clients it owns that still work.
     *
     *     **Permission:** `users:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['serviceUsers_list'];
    put?: never;
    /**
     * Create a service user
     * @description A machine identity of the organisation. Give it keys (`POST /api/v1/keys` with `ownerUserId`) and OAuth clients that outlive any one person's membership.
     *
     *     **Permission:** `users:write`. Publishable keys are refused: call it from a server.
     */
    post: operations['serviceUsers_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/service-users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a service user
     * @description **Permission:** `users:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['serviceUsers_get'];
    put?: never;
    post?: never;
    /**
     * Delete a service user
     * @description Revokes every key and OAuth client it owns.
     *
     *     **Permission:** `users:write`. Publishable keys are refused: call it from a server.
     */
    delete: operations['serviceUsers_remove'];
    options?: never;
    head?: never;
    /**
     * Update a service user
     * @description `enabled: false` disables it: every key and OAuth client it owns is refused on every gateway within a second (401 `key_disabled` for keys), and works again once it is enabled. Also renames it or changes its description.
     *
     *     **Permission:** `users:write`. Publishable keys are refused: call it from a server.
     */
    patch: operations['serviceUsers_update'];
    trace?: never;
  };
  '/api/v1/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the account's API usage
     * @description Requests of the caller's account by outcome (`succeeded`, `failed`, `refused` by the rate limiter) over the last 24 hours (hourly buckets) or 7 days (6-hour buckets), in total, per credential and per environment, with each environment's rate-limit pool as it stands now. Counts reach the report within a few seconds of the requests.
     *
     *     **Permission:** `keys:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['usage_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/usage/platforms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the platforms' budgets Tally is using
     * @description Each platform's limit as Tally keeps it for every customer together, and YouTube's daily quota in units: spent today, left (the reserve included), the reserve kept for syncs customers ask for and public lookups, and when it resets (midnight Pacific time). When it is spent, `POST /creators/{id}/sync` of a YouTube creator answers 429 `platform_quota_exhausted` until the reset.
     *
     *     **Permission:** `keys:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['platformUsage_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who am I
     * @description The account, the user or key, its roles and permissions, its environment and when it expires; for a key or an OAuth client, its name, metadata and owner.
     *
     *     **Access:** any valid credential. Publishable keys are refused: call it from a server.
     */
    get: operations['users_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change your password
     * @description For a person signed in to the dashboard: the current password, and a new one with the same rules as sign-up. Your other sessions end; this one goes on.
     *
     *     **Access:** any valid credential. Publishable keys are refused: call it from a server.
     */
    post: operations['users_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List webhook endpoints
     * @description Newest first; secrets are never shown, only their `secretStart`.
     *
     *     **Permission:** `webhooks:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['webhooks_list'];
    put?: never;
    /**
     * Create a webhook endpoint
     * @description Tally POSTs the events the endpoint subscribes to (`*` for all), signed per Standard Webhooks. The answer is the only time the signing `secret` is shown: store it now. At most 20 endpoints per account.
     *
     *     **Permission:** `webhooks:write`. Publishable keys are refused: call it from a server.
     */
    post: operations['webhooks_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a webhook endpoint
     * @description **Permission:** `webhooks:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['webhooks_get'];
    put?: never;
    post?: never;
    /**
     * Delete a webhook endpoint
     * @description Nothing more is sent to it; its delivery log is deleted with it.
     *
     *     **Permission:** `webhooks:write`. Publishable keys are refused: call it from a server.
     */
    delete: operations['webhooks_delete'];
    options?: never;
    head?: never;
    /**
     * Change a webhook endpoint
     * @description Changes the fields sent; a new `url` is checked as at creation. Enabling an endpoint that Tally disabled (a 410, or 5 days of failures) clears `disabledReason` and starts its failures afresh.
     *
     *     **Permission:** `webhooks:write`. Publishable keys are refused: call it from a server.
     */
    patch: operations['webhooks_update'];
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a webhook endpoint's deliveries
     * @description Newest first, kept 30 days: each event sent to the endpoint, its status, attempts, the last answer (status, duration, first 1 KB of the body) and the next attempt.
     *
     *     **Permission:** `webhooks:read`. Publishable keys are refused: call it from a server.
     */
    get: operations['webhooks_deliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Retry a webhook delivery
     * @description Queues the delivery again now, with the same event and so the same `webhook-id`: receivers that already have it can tell.
     *
     *     **Permission:** `webhooks:write`. Publishable keys are refused: call it from a server.
     */
    post: operations['webhooks_retryDelivery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate a webhook endpoint's signing secret
     * @description A new secret, shown this once. Until `previousSecretExpiresAt` every delivery carries a signature with each secret (space-separated in `webhook-signature`), so receivers can switch at their pace; `graceHours: 0` drops the old secret at once.
     *
     *     **Permission:** `webhooks:write`. Publishable keys are refused: call it from a server.
     */
    post: operations['webhooks_rotateSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-endpoints/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a test event to a webhook endpoint
     * @description Queues a `webhook.test` event for this endpoint alone, delivered like any other event; follow it in the delivery log.
     *
     *     **Permission:** `webhooks:write`. Publishable keys are refused: call it from a server.
     */
    post: operations['webhooks_sendTest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oauth/introspect': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Introspect an access token
     * @description RFC 7662: whether a token of this client is active, and its claims.
     */
    post: operations['oauth_introspect'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oauth/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revoke an access token
     * @description RFC 7009: every gateway refuses the token from then on. Unknown tokens are not an error.
     */
    post: operations['oauth_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oauth/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue an access token
     * @description The client credentials grant (RFC 6749 section 4.4): a JWT valid for an hour, with the permissions of the client (or the `scope` asked for).
     */
    post: operations['oauth_token'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  'creator.connected': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * creator.connected
     * @description A creator finished the connect flow.
     *
     *     Tally POSTs it as JSON to every enabled endpoint of the account subscribed to its type (or to `*`), signed per [Standard Webhooks](https://www.standardwebhooks.com/). A 2xx answer within 15 s is success; redirects are not followed. Anything else is retried after about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (with jitter), then the delivery fails. An endpoint whose deliveries all failed for 5 days is disabled, and a 410 disables it at once; `disabledReason` says why.
     */
    post: operations['webhook.creator.connected'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'creator.disconnected': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * creator.disconnected
     * @description A creator was disconnected and everything synced for it deleted.
     *
     *     Tally POSTs it as JSON to every enabled endpoint of the account subscribed to its type (or to `*`), signed per [Standard Webhooks](https://www.standardwebhooks.com/). A 2xx answer within 15 s is success; redirects are not followed. Anything else is retried after about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (with jitter), then the delivery fails. An endpoint whose deliveries all failed for 5 days is disabled, and a 410 disables it at once; `disabledReason` says why.
     */
    post: operations['webhook.creator.disconnected'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'creator.reauth_required': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * creator.reauth_required
     * @description The creator withdrew access or the grant expired: connect it again.
     *
     *     Tally POSTs it as JSON to every enabled endpoint of the account subscribed to its type (or to `*`), signed per [Standard Webhooks](https://www.standardwebhooks.com/). A 2xx answer within 15 s is success; redirects are not followed. Anything else is retried after about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (with jitter), then the delivery fails. An endpoint whose deliveries all failed for 5 days is disabled, and a 410 disables it at once; `disabledReason` says why.
     */
    post: operations['webhook.creator.reauth_required'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'creator.sync_failed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * creator.sync_failed
     * @description A sync failed for good (its retries are spent, or retrying cannot help).
     *
     *     Tally POSTs it as JSON to every enabled endpoint of the account subscribed to its type (or to `*`), signed per [Standard Webhooks](https://www.standardwebhooks.com/). A 2xx answer within 15 s is success; redirects are not followed. Anything else is retried after about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (with jitter), then the delivery fails. An endpoint whose deliveries all failed for 5 days is disabled, and a 410 disables it at once; `disabledReason` says why.
     */
    post: operations['webhook.creator.sync_failed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'creator.synced': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * creator.synced
     * @description A sync of a creator finished: the new counts and what changed.
     *
     *     Tally POSTs it as JSON to every enabled endpoint of the account subscribed to its type (or to `*`), signed per [Standard Webhooks](https://www.standardwebhooks.com/). A 2xx answer within 15 s is success; redirects are not followed. Anything else is retried after about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (with jitter), then the delivery fails. An endpoint whose deliveries all failed for 5 days is disabled, and a 410 disables it at once; `disabledReason` says why.
     */
    post: operations['webhook.creator.synced'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'key.expiring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * key.expiring
     * @description An API key expires in 7 days, or in 1 day.
     *
     *     Tally POSTs it as JSON to every enabled endpoint of the account subscribed to its type (or to `*`), signed per [Standard Webhooks](https://www.standardwebhooks.com/). A 2xx answer within 15 s is success; redirects are not followed. Anything else is retried after about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (with jitter), then the delivery fails. An endpoint whose deliveries all failed for 5 days is disabled, and a 410 disables it at once; `disabledReason` says why.
     */
    post: operations['webhook.key.expiring'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'key.revoked': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * key.revoked
     * @description An API key was revoked: requests with it are refused.
     *
     *     Tally POSTs it as JSON to every enabled endpoint of the account subscribed to its type (or to `*`), signed per [Standard Webhooks](https://www.standardwebhooks.com/). A 2xx answer within 15 s is success; redirects are not followed. Anything else is retried after about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (with jitter), then the delivery fails. An endpoint whose deliveries all failed for 5 days is disabled, and a 410 disables it at once; `disabledReason` says why.
     */
    post: operations['webhook.key.revoked'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'webhook.test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * webhook.test
     * @description Sent by `POST /api/v1/webhook-endpoints/{id}/test`.
     *
     *     Tally POSTs it as JSON to every enabled endpoint of the account subscribed to its type (or to `*`), signed per [Standard Webhooks](https://www.standardwebhooks.com/). A 2xx answer within 15 s is success; redirects are not followed. Anything else is retried after about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (with jitter), then the delivery fails. An endpoint whose deliveries all failed for 5 days is disabled, and a 410 disables it at once; `disabledReason` says why.
     */
    post: operations['webhook.webhook.test'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    AcceptInvitationInput: {
      password: string;
      token: string;
    };
    Account: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    /** @description An API key as listings show it: metadata only, never the secret. */
    ApiKeyView: {
      /** @description Publishable keys: the browser origins it works from. */
      allowedOrigins: string[];
      /** Format: date-time */
      createdAt: string;
      createdBy: components['schemas']['KeyCreator'];
      disabledAt: string | null;
      /** @description False while paused (`PATCH` with `enabled: false`): a paused key answers 401 `key_disabled`, as do the keys of a disabled owner (`owner.enabled`). */
      enabled: boolean;
      environment: components['schemas']['Environment'];
      /** Format: date-time */
      expiresAt: string;
      /** Format: uuid */
      id: string;
      /** @description Updated at most about once a minute. */
      lastUsedAt: string | null;
      /** @description Free-form JSON object of your own (a team, a machine, a ticket), at most 4096 bytes. */
      metadata: {
        [key: string]: unknown;
      };
      name: string;
      /** @description The user of the account the credential belongs to. */
      owner: {
        /** @description False while the user is disabled or after it was deleted: its keys and clients are refused. */
        enabled: boolean;
        /** Format: uuid */
        id: string;
        /**
         * @description `human` (a member who signs in) or `service` (a machine identity).
         * @enum {string}
         */
        kind: 'human' | 'service';
        /** @description A member's email, or a service user's name. */
        name: string;
      };
      /** @description Everything its roles grant. */
      permissions: components['schemas']['Permission'][];
      /** @description The key that replaced this one when it was rolled. */
      replacedBy: string | null;
      revokedAt: string | null;
      roles: components['schemas']['RoleRef'][];
      /** @description The first characters of the key, to recognise it by; never the secret. */
      start: string;
      /**
       * @description `secret` (`tly_sk_`, for servers) or `publishable` (`tly_pk_`, for browsers).
       * @enum {string}
       */
      type: 'secret' | 'publishable';
    };
    /** @description Who did what and when. Names are kept as they were when it happened. */
    AuditEventView: {
      /** @description What was done, like `key.created` or `creator.connected` (the list is in the route’s description). */
      action: string;
      /** @description Who did it. */
      actor: {
        /** @description The user, key or OAuth client id; null for `system`. */
        id: string | null;
        /** @description The actor as it was named then: `alice@example.com`, `API key 'CI deploy' (tly_sk_ab12cd…)`, `OAuth client 'Zapier'`, `Tally`. */
        name: string | null;
        /**
         * @description `user` (a dashboard session), `secret_key`, `publishable_key`, `oauth_client` or `system` (Tally itself).
         * @enum {string}
         */
        type: 'user' | 'secret_key' | 'publishable_key' | 'oauth_client' | 'system';
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      metadata: {
        [key: string]: unknown;
      };
      /** @description The X-Request-Id of the request that did it (for a sync’s outcome, the request that asked for it). */
      requestId: string | null;
      /** @description What it was done to. */
      target: {
        id: string | null;
        /** @description The target as it was named then: a key's name and start, a role's or OAuth client's name, a user's email, a creator's `@username (TikTok)`. */
        name: string | null;
        /** @description `api_key`, `role`, `oauth_client`, `oauth_token`, `user` or `creator`. */
        type: string | null;
      };
    };
    /** @description RFC 8414 authorization server metadata. */
    AuthorizationServerMetadata: {
      grant_types_supported: 'client_credentials'[];
      /** Format: uri */
      introspection_endpoint: string;
      introspection_endpoint_auth_methods_supported: (
        'client_secret_basic' | 'client_secret_post'
      )[];
      /** Format: uri */
      issuer: string;
      /** Format: uri */
      jwks_uri: string;
      response_types_supported: string[];
      /** Format: uri */
      revocation_endpoint: string;
      revocation_endpoint_auth_methods_supported: ('client_secret_basic' | 'client_secret_post')[];
      /** @description Every permission: the scopes there are. */
      scopes_supported: components['schemas']['Permission'][];
      /** Format: uri */
      token_endpoint: string;
      token_endpoint_auth_methods_supported: ('client_secret_basic' | 'client_secret_post')[];
      token_endpoint_auth_signing_alg_values_supported: 'ES256'[];
    };
    ChangePasswordInput: {
      currentPassword: string;
      newPassword: string;
    };
    CompletePasswordResetInput: {
      password: string;
      token: string;
    };
    /** @description A connect flow, started. */
    ConnectStarted: {
      /**
       * Format: uri
       * @description Send the creator's browser here (a redirect or a popup) to grant access on the platform.
       */
      authUrl: string;
      /**
       * Format: date-time
       * @description The flow must finish before then (10 minutes after it started).
       */
      expiresAt: string;
      /** @description Single use, bound to your account; the platform sends it back to the callback. */
      state: string;
    };
    CreateInvitationInput: {
      /** @enum {string} */
      accountRole: 'owner' | 'admin' | 'member';
      /** Format: email */
      email: string;
    };
    CreateKeyInput: {
      /** @description Publishable keys only: the browser origins allowed to use it. */
      allowedOrigins?: string[];
      /** @enum {string} */
      environment: 'development' | 'production';
      /**
       * @description Keys always expire.
       * @enum {integer}
       */
      expiresInDays: 30 | 60 | 90 | 180 | 365;
      /** @description Free-form JSON object of your own (a team, a machine, a ticket), at most 4096 bytes. */
      metadata?: {
        [key: string]: unknown;
      };
      name: string;
      /**
       * Format: uuid
       * @description The user the key belongs to: a service user, or yourself (the default: the caller's own user). Another member needs `account:admin`.
       */
      ownerUserId?: string;
      /** @description Role names or ids. You cannot grant a permission you do not hold yourself. */
      roles: string[];
      /**
       * @description `secret` for servers; `publishable` for browsers (only `creators:read`, only from `allowedOrigins`).
       * @enum {string}
       */
      type: 'secret' | 'publishable';
    };
    CreateOAuthClientInput: {
      /** @enum {string} */
      environment: 'development' | 'production';
      /** @description Free-form JSON object of your own (a team, a machine, a ticket), at most 4096 bytes. */
      metadata?: {
        [key: string]: unknown;
      };
      name: string;
      /**
       * Format: uuid
       * @description The user the new credential belongs to: a service user, or yourself (by default the caller's user). Naming another member needs `account:admin`.
       */
      ownerUserId?: string;
      roles: string[];
    };
    CreateRoleInput: {
      description?: string;
      name: string;
      permissions: (
        | 'creators:read'
        | 'creators:write'
        | 'creators:sync'
        | 'keys:read'
        | 'keys:write'
        | 'oauth-clients:write'
        | 'users:read'
        | 'users:write'
        | 'webhooks:read'
        | 'webhooks:write'
        | 'account:admin'
      )[];
    };
    CreateServiceUserInput: {
      description?: string;
      name: string;
    };
    CreateWebhookEndpointInput: {
      /** @description For people: what this endpoint is for. */
      description?: string;
      /** @description Default true. */
      enabled?: boolean;
      /** @description Event types to receive, or `*` for all: creator.connected, creator.synced, creator.sync_failed, creator.reauth_required, creator.disconnected, key.expiring, key.revoked. */
      events: (
        | '*'
        | 'creator.connected'
        | 'creator.synced'
        | 'creator.sync_failed'
        | 'creator.reauth_required'
        | 'creator.disconnected'
        | 'key.expiring'
        | 'key.revoked'
      )[];
      /** @description Where deliveries are POSTed: `https`, resolving to a public address (`http` and private addresses only with `WEBHOOK_ALLOW_PRIVATE_URLS=true`). */
      url: string;
    };
    /** @description A new API key: the only answer that carries the key itself. */
    CreatedApiKey: {
      /** @description Publishable keys: the browser origins it works from. */
      allowedOrigins: string[];
      /** Format: date-time */
      createdAt: string;
      createdBy: components['schemas']['KeyCreator'];
      disabledAt: string | null;
      /** @description False while paused (`PATCH` with `enabled: false`): a paused key answers 401 `key_disabled`, as do the keys of a disabled owner (`owner.enabled`). */
      enabled: boolean;
      environment: components['schemas']['Environment'];
      /** Format: date-time */
      expiresAt: string;
      /** Format: uuid */
      id: string;
      /** @description The key itself. It is shown only this once: store it now. */
      key: string;
      /** @description Updated at most about once a minute. */
      lastUsedAt: string | null;
      /** @description Free-form JSON object of your own (a team, a machine, a ticket), at most 4096 bytes. */
      metadata: {
        [key: string]: unknown;
      };
      name: string;
      /** @description The user of the account the credential belongs to. */
      owner: {
        /** @description False while the user is disabled or after it was deleted: its keys and clients are refused. */
        enabled: boolean;
        /** Format: uuid */
        id: string;
        /**
         * @description `human` (a member who signs in) or `service` (a machine identity).
         * @enum {string}
         */
        kind: 'human' | 'service';
        /** @description A member's email, or a service user's name. */
        name: string;
      };
      /** @description Everything its roles grant. */
      permissions: components['schemas']['Permission'][];
      /** @description The key that replaced this one when it was rolled. */
      replacedBy: string | null;
      revokedAt: string | null;
      roles: components['schemas']['RoleRef'][];
      /** @description The first characters of the key, to recognise it by; never the secret. */
      start: string;
      /**
       * @description `secret` (`tly_sk_`, for servers) or `publishable` (`tly_pk_`, for browsers).
       * @enum {string}
       */
      type: 'secret' | 'publishable';
    };
    /** @description A new OAuth client: the only answer that carries its secret. */
    CreatedOAuthClient: {
      /** @description The `client_id` to authenticate with at `/oauth/token`. */
      clientId: string;
      /** @description The client secret. It is shown only this once: store it now. */
      clientSecret: string;
      /** Format: date-time */
      createdAt: string;
      disabledAt: string | null;
      /** @description False while paused (`PATCH` with `enabled: false`). Its owner's state is `owner.enabled`: a disabled owner's clients get no tokens either. */
      enabled: boolean;
      environment: components['schemas']['Environment'];
      /** Format: uuid */
      id: string;
      lastUsedAt: string | null;
      /** @description Free-form JSON object of your own (a team, a machine, a ticket), at most 4096 bytes. */
      metadata: {
        [key: string]: unknown;
      };
      name: string;
      /** @description The user of the account the credential belongs to. */
      owner: {
        /** @description False while the user is disabled or after it was deleted: its keys and clients are refused. */
        enabled: boolean;
        /** Format: uuid */
        id: string;
        /**
         * @description `human` (a member who signs in) or `service` (a machine identity).
         * @enum {string}
         */
        kind: 'human' | 'service';
        /** @description A member's email, or a service user's name. */
        name: string;
      };
      /** @description Everything its roles grant: the scopes it may ask for. */
      permissions: components['schemas']['Permission'][];
      revokedAt: string | null;
      roles: components['schemas']['RoleRef'][];
    };
    /** @description The endpoint, with its signing secret shown once. */
    CreatedWebhookEndpoint: {
      /** Format: date-time */
      createdAt: string;
      description: string | null;
      /** @description Why Tally disabled the endpoint (a 410, or 5 days of failed deliveries); null otherwise. */
      disabledReason: string | null;
      enabled: boolean;
      events: string[];
      /** Format: uuid */
      id: string;
      /** @description Until then, the previous secret signs every delivery too (after a rotation). */
      previousSecretExpiresAt: string | null;
      /** @description The signing secret (`whsec_...`): shown this once. Keep it to verify deliveries. */
      secret: string;
      /** @description The first characters of the signing secret, to recognise it. */
      secretStart: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uri */
      url: string;
    };
    /** @description A creator finished the connect flow. */
    CreatorConnectedEvent: {
      /** @description A creator finished the connect flow. */
      data: {
        /** Format: uuid */
        creatorId: string;
        /** @description The creator's id on the platform. */
        externalId: string;
        /** @description Your own id, as given at the start. */
        externalUserId: string | null;
        /** @enum {string} */
        platform: 'TIKTOK' | 'INSTAGRAM' | 'YOUTUBE';
        /** @description True when the creator was connected before. */
        reconnected: boolean;
        username: string | null;
      };
      /**
       * Format: date-time
       * @description When it happened (ISO 8601); the same on every attempt.
       */
      timestamp: string;
      /** @constant */
      type: 'creator.connected';
    };
    /** @description A creator was disconnected and everything synced for it deleted. */
    CreatorDisconnectedEvent: {
      /** @description A creator was disconnected and everything synced for it deleted. */
      data: {
        /** Format: uuid */
        creatorId: string;
        externalId: string;
        /** @enum {string} */
        platform: 'TIKTOK' | 'INSTAGRAM' | 'YOUTUBE';
        username: string | null;
      };
      /**
       * Format: date-time
       * @description When it happened (ISO 8601); the same on every attempt.
       */
      timestamp: string;
      /** @constant */
      type: 'creator.disconnected';
    };
    /** @description A creator's profile, as of the last sync. */
    CreatorProfile: {
      avatarUrl: string | null;
      bio: string | null;
      /** Format: date-time */
      connectedAt: string;
      displayName: string | null;
      /** @description The creator's id on the platform. */
      externalId: string;
      /** @description Your own id for this creator, as given when the connection started. */
      externalUserId: string | null;
      /** Format: uuid */
      id: string;
      /** @description null until the first sync has finished. */
      lastSyncedAt: string | null;
      platform: components['schemas']['Platform'];
      /** @description What only this platform has, as of the last sync; `{}` until a sync has read the profile. TikTok: none (`{}`). Instagram: `accountType` (`BUSINESS`, `MEDIA_CREATOR`), `website`. YouTube: `uploadsPlaylistId`, `customUrl` (the channel's `@handle`), `publishedAt` (when the channel was created), `hiddenSubscriberCount` (true when the channel hides its subscribers), `country`. Any of these is null where the platform leaves it out. */
      platformData: {
        [key: string]: unknown;
      };
      profileUrl: string | null;
      /** @description The permissions the creator granted on the platform. */
      scopes: string[];
      stats: components['schemas']['CreatorStats'];
      status: components['schemas']['CreatorStatus'];
      username: string | null;
      verified: boolean;
    };
    /** @description The creator withdrew access or the grant expired: connect it again. */
    CreatorReauthRequiredEvent: {
      /** @description The creator withdrew access or the grant expired: connect it again. */
      data: {
        /** Format: uuid */
        creatorId: string;
        /** @enum {string} */
        platform: 'TIKTOK' | 'INSTAGRAM' | 'YOUTUBE';
        reason: string;
        username: string | null;
      };
      /**
       * Format: date-time
       * @description When it happened (ISO 8601); the same on every attempt.
       */
      timestamp: string;
      /** @constant */
      type: 'creator.reauth_required';
    };
    /** @description The latest counts; null until the first sync has read them, or where the platform has none. */
    CreatorStats: {
      /** @description Followers; on YouTube, subscribers (rounded by YouTube to three significant figures; null when the channel hides them). */
      followers: number | null;
      /** @description Accounts followed (TikTok, Instagram); always null on YouTube, which has none. */
      following: number | null;
      /** @description Likes across all videos: TikTok only; null on Instagram and YouTube, which give no such total. */
      likes: number | null;
      /** @description Views across all videos: YouTube only; null on TikTok and Instagram, which give no such total. */
      totalViews: number | null;
      /** @description Videos (TikTok, YouTube) or posts (Instagram). */
      videoCount: number | null;
    };
    /**
     * @description `connected`; `reauth_required` when the creator withdrew access on the platform and must connect again; `disconnected`.
     * @enum {string}
     */
    CreatorStatus: 'connected' | 'reauth_required' | 'disconnected';
    /** @description A sync failed for good (its retries are spent, or retrying cannot help). */
    CreatorSyncFailedEvent: {
      /** @description A sync failed for good (its retries are spent, or retrying cannot help). */
      data: {
        /** Format: uuid */
        creatorId: string;
        /** @enum {string} */
        platform: 'TIKTOK' | 'INSTAGRAM' | 'YOUTUBE';
        /** @description Why, in words. */
        reason: string;
        username: string | null;
      };
      /**
       * Format: date-time
       * @description When it happened (ISO 8601); the same on every attempt.
       */
      timestamp: string;
      /** @constant */
      type: 'creator.sync_failed';
    };
    /** @description A sync of a creator finished: the new counts and what changed. */
    CreatorSyncedEvent: {
      /** @description A sync of a creator finished: the new counts and what changed. */
      data: {
        /** @description How much each count moved since the previous sync (null when either is unknown). */
        changes: {
          followers: number | null;
          following: number | null;
          likes: number | null;
          totalViews: number | null;
          videoCount: number | null;
        };
        /** Format: uuid */
        creatorId: string;
        /** @enum {string} */
        platform: 'TIKTOK' | 'INSTAGRAM' | 'YOUTUBE';
        /** @description The counts as this sync read them (null where the platform has none). */
        stats: {
          followers: number | null;
          following: number | null;
          likes: number | null;
          totalViews: number | null;
          videoCount: number | null;
        };
        /** Format: date-time */
        syncedAt: string;
        username: string | null;
        /** @description Videos stored for the creator after this sync. */
        videos: number;
        /** @description Videos this sync added or whose counts changed. */
        videosChanged: number;
      };
      /**
       * Format: date-time
       * @description When it happened (ISO 8601); the same on every attempt.
       */
      timestamp: string;
      /** @constant */
      type: 'creator.synced';
    };
    /** @description A connected creator. */
    CreatorView: {
      avatarUrl: string | null;
      /** Format: date-time */
      connectedAt: string;
      displayName: string | null;
      /** @description The creator's id on the platform. */
      externalId: string;
      /** @description Your own id for this creator, as given when the connection started. */
      externalUserId: string | null;
      /** Format: uuid */
      id: string;
      /** @description null until the first sync has finished. */
      lastSyncedAt: string | null;
      platform: components['schemas']['Platform'];
      stats: components['schemas']['CreatorStats'];
      status: components['schemas']['CreatorStatus'];
      username: string | null;
    };
    Disconnected: {
      /** @constant */
      disconnected: true;
      /** @description False when the platform could not be reached: the revocation is retried in the background. */
      revokedUpstream: boolean;
    };
    /**
     * @description Each environment has its own keys and its own rate-limit pool.
     * @enum {string}
     */
    Environment: 'development' | 'production';
    /**
     * @description What went wrong, for programs to branch on; each code always comes with the same HTTP status.
     * @enum {string}
     */
    ErrorCode:
      | 'validation_failed'
      | 'invalid_json'
      | 'platform_not_supported'
      | 'unauthorized'
      | 'key_disabled'
      | 'insufficient_scope'
      | 'not_found'
      | 'route_not_found'
      | 'method_not_allowed'
      | 'conflict'
      | 'payload_too_large'
      | 'headers_too_large'
      | 'unsupported_media_type'
      | 'rate_limited'
      | 'platform_quota_exhausted'
      | 'internal_error'
      | 'upstream_error'
      | 'service_unavailable'
      | 'upstream_timeout';
    /** @description One thing that went wrong. */
    ErrorDetail: {
      /** @description The input field at fault (`email`, `roles`, `cursor`…). */
      field?: string;
      /** @description Why, in a few words. */
      reason: string;
      /** @description The internal service at fault, when one did not answer. */
      service?: string;
    };
    /** @description How every error of the public API is sent. */
    ErrorEnvelope: {
      error: {
        code: components['schemas']['ErrorCode'];
        /** @description Per field or per service; may be empty. */
        details: components['schemas']['ErrorDetail'][];
        /** @description For people: what happened and what to do about it. */
        message: string;
        /** @description The request's X-Request-Id: quote it when asking for help. */
        requestId: string;
      };
      /** @constant */
      success: false;
    };
    /** @description RFC 7662 section 2.2: only `active` for a token that is not active. */
    IntrospectionResponse: {
      active: boolean;
      aud?: string;
      client_id?: string;
      /** @description Expiry, in seconds since the epoch. */
      exp?: number;
      /** @description Issue time, in seconds since the epoch. */
      iat?: number;
      iss?: string;
      jti?: string;
      scope?: string;
      sub?: string;
      /** @constant */
      token_type?: 'bearer';
    };
    InvitationTokenInput: {
      token: string;
    };
    /** @description The public keys that verify access tokens (RFC 7517). */
    Jwks: {
      keys: {
        alg: string;
        crv?: string;
        kid: string;
        kty: string;
        /** @constant */
        use: 'sig';
        x?: string;
        y?: string;
      }[];
    };
    /** @description The credential that created the key. Ids and names are null when it no longer exists; keys made by the operator CLI say `system`. */
    KeyCreator:
      | {
          email: string | null;
          id: string | null;
          /**
           * @description A person signed in to the dashboard.
           * @constant
           */
          type: 'user';
        }
      | {
          id: string | null;
          name: string | null;
          /** @description The first characters of that key. */
          start: string | null;
          /**
           * @description Another API key.
           * @constant
           */
          type: 'key';
        }
      | {
          id: string | null;
          name: string | null;
          /**
           * @description An OAuth client, with an access token.
           * @constant
           */
          type: 'oauth_client';
        }
      | {
          id: null;
          /**
           * @description The operator CLI.
           * @constant
           */
          type: 'system';
        };
    /** @description An API key expires in 7 days, or in 1 day. */
    KeyExpiringEvent: {
      /** @description An API key expires in 7 days, or in 1 day. */
      data: {
        daysLeft: 7 | 1;
        /** Format: date-time */
        expiresAt: string;
        /** Format: uuid */
        keyId: string;
        name: string;
        /** @description The first characters of the key, to recognise it. */
        start: string;
      };
      /**
       * Format: date-time
       * @description When it happened (ISO 8601); the same on every attempt.
       */
      timestamp: string;
      /** @constant */
      type: 'key.expiring';
    };
    /** @description An API key was revoked: requests with it are refused. */
    KeyRevokedEvent: {
      /** @description An API key was revoked: requests with it are refused. */
      data: {
        /** Format: uuid */
        keyId: string;
        name: string;
        /** Format: date-time */
        revokedAt: string;
        start: string;
      };
      /**
       * Format: date-time
       * @description When it happened (ISO 8601); the same on every attempt.
       */
      timestamp: string;
      /** @constant */
      type: 'key.revoked';
    };
    LoginInput: {
      /** Format: email */
      email: string;
      password: string;
    };
    LogoutResult: {
      /** @description False when the request carried no session cookie; the cookies are cleared anyway. */
      loggedOut: boolean;
    };
    /** @description An OAuth client (client credentials grant), without its secret. */
    OAuthClientView: {
      /** @description The `client_id` to authenticate with at `/oauth/token`. */
      clientId: string;
      /** Format: date-time */
      createdAt: string;
      disabledAt: string | null;
      /** @description False while paused (`PATCH` with `enabled: false`). Its owner's state is `owner.enabled`: a disabled owner's clients get no tokens either. */
      enabled: boolean;
      environment: components['schemas']['Environment'];
      /** Format: uuid */
      id: string;
      lastUsedAt: string | null;
      /** @description Free-form JSON object of your own (a team, a machine, a ticket), at most 4096 bytes. */
      metadata: {
        [key: string]: unknown;
      };
      name: string;
      /** @description The user of the account the credential belongs to. */
      owner: {
        /** @description False while the user is disabled or after it was deleted: its keys and clients are refused. */
        enabled: boolean;
        /** Format: uuid */
        id: string;
        /**
         * @description `human` (a member who signs in) or `service` (a machine identity).
         * @enum {string}
         */
        kind: 'human' | 'service';
        /** @description A member's email, or a service user's name. */
        name: string;
      };
      /** @description Everything its roles grant: the scopes it may ask for. */
      permissions: components['schemas']['Permission'][];
      revokedAt: string | null;
      roles: components['schemas']['RoleRef'][];
    };
    /** @description An error of the OAuth endpoints, as RFC 6749 section 5.2 shapes it. */
    OAuthError: {
      /** @enum {string} */
      error:
        | 'invalid_request'
        | 'invalid_client'
        | 'invalid_grant'
        | 'unauthorized_client'
        | 'unsupported_grant_type'
        | 'invalid_scope'
        | 'unsupported_token_type'
        | 'server_error'
        | 'temporarily_unavailable';
      error_description: string;
    };
    /**
     * @description Something a credential may be allowed to do.
     * @enum {string}
     */
    Permission:
      | 'creators:read'
      | 'creators:write'
      | 'creators:sync'
      | 'keys:read'
      | 'keys:write'
      | 'oauth-clients:write'
      | 'users:read'
      | 'users:write'
      | 'webhooks:read'
      | 'webhooks:write'
      | 'account:admin';
    /**
     * @description A platform: accepted in any case (`tiktok`, `TikTok`); answered in uppercase.
     * @enum {string}
     */
    Platform: 'TIKTOK' | 'INSTAGRAM' | 'YOUTUBE';
    /** @description Every backing service answered. */
    PlatformPing: {
      /** @constant */
      creators: 'ok';
      /** @constant */
      identity: 'ok';
    };
    /** @description The account's rate-limit pool for one environment, now. */
    PoolState: {
      environment: components['schemas']['Environment'];
      /** @description Requests allowed per window (an override set by an operator included). */
      limit: number;
      /** @description Requests left in the running window. */
      remaining: number;
      /** @description Seconds until the running window ends; a whole window when none is running (it starts with the next request). */
      resetSeconds: number;
      /** @description Requests counted in the running window. */
      used: number;
      /** @description The length of a window. */
      windowSeconds: number;
    };
    ReplaceRedirectUrlsInput: {
      /** @description Up to 20 URLs. A connect flow's `redirectUrl` is accepted when its origin is one of theirs and its path is theirs or below it; an empty list refuses every `redirectUrl`. */
      urls: string[];
    };
    RequestPasswordResetInput: {
      /** Format: email */
      email: string;
    };
    ResourceLookupInput: {
      /** @description An account's username (with or without `@`) or platform id; a video's platform id. */
      identifier: string;
      /**
       * @description The platform to look on. Accepted in any case (`tiktok`, `TikTok`, `TIKTOK`); answered in uppercase: TIKTOK, INSTAGRAM, YOUTUBE.
       * @enum {string}
       */
      platform: 'TIKTOK' | 'INSTAGRAM' | 'YOUTUBE';
      /** @enum {string} */
      type: 'account' | 'video';
    };
    /** @description What one lookup found: among the account's connected creators and their videos first, then, for YouTube, publicly. */
    ResourceMatch:
      | {
          creator: components['schemas']['CreatorView'];
          /** @constant */
          found: true;
          /** @description As it was asked for. */
          identifier: string;
          platform: components['schemas']['Platform'];
          /**
           * @description One of the account's connected creators.
           * @constant
           */
          source: 'connected';
          /**
           * @description Kept for older clients: `found` says the same.
           * @constant
           */
          status: 'found';
          /** @constant */
          type: 'account';
        }
      | {
          /** @description An account that is not connected, as its platform shows it to anyone. */
          account: {
            avatarUrl: string | null;
            bio: string | null;
            displayName: string | null;
            /** @description The account's id on the platform (a YouTube channel id). */
            externalId: string;
            /** @description What only this platform has. */
            platformData: {
              [key: string]: unknown;
            };
            profileUrl: string | null;
            stats: components['schemas']['CreatorStats'];
            /** @description The `@handle`, where it has one. */
            username: string | null;
            verified: boolean;
          };
          /** @constant */
          found: true;
          /** @description As it was asked for. */
          identifier: string;
          platform: components['schemas']['Platform'];
          /**
           * @description Not connected: looked up publicly (YouTube, with a unit of the daily quota), kept for `PUBLIC_LOOKUP_TTL`.
           * @constant
           */
          source: 'public';
          /**
           * @description Kept for older clients: `found` says the same.
           * @constant
           */
          status: 'found';
          /** @constant */
          type: 'account';
        }
      | {
          /** Format: uuid */
          creatorId: string;
          /** @constant */
          found: true;
          /** @description As it was asked for. */
          identifier: string;
          platform: components['schemas']['Platform'];
          /**
           * @description A synced video of one of the account's creators.
           * @constant
           */
          source: 'connected';
          /**
           * @description Kept for older clients: `found` says the same.
           * @constant
           */
          status: 'found';
          /** @constant */
          type: 'video';
          video: components['schemas']['VideoView'];
        }
      | {
          /** @constant */
          found: true;
          /** @description As it was asked for. */
          identifier: string;
          platform: components['schemas']['Platform'];
          /** @constant */
          source: 'public';
          /**
           * @description Kept for older clients: `found` says the same.
           * @constant
           */
          status: 'found';
          /** @constant */
          type: 'video';
          /** @description A video of an account that is not connected, as its platform shows it to anyone. */
          video: {
            /** @description Comments on every platform; null where the platform leaves the count out (YouTube, when comments are turned off). */
            comments: number | null;
            /** @description A thumbnail; TikTok's and Instagram's links expire, and each sync stores a fresh one. */
            coverUrl: string | null;
            /** @description TikTok's video description, Instagram's caption, YouTube's description. */
            description: string | null;
            /** @description Seconds (TikTok, YouTube); always null on Instagram. */
            duration: number | null;
            /** @description The platform's id of the video, as a string (TikTok ids exceed 2^53). */
            externalId: string;
            /** @description Likes on every platform; null where the creator hides them (Instagram, YouTube). */
            likes: number | null;
            /** @description What only this platform has, as of the last sync. TikTok: none (`{}`). Instagram: `mediaType` (`IMAGE`, `VIDEO`, `CAROUSEL_ALBUM`). YouTube: `channelId`, `categoryId`, `liveBroadcastContent` (`none`, `upcoming`, `live`), `definition` (`hd`, `sd`). Any of these is null where the platform leaves it out. */
            platformData: {
              [key: string]: unknown;
            };
            publishedAt: string | null;
            /** @description The video's page on the platform. */
            shareUrl: string | null;
            /** @description Shares: TikTok only; null on Instagram and YouTube. */
            shares: number | null;
            /** @description The video's title (TikTok, YouTube); always null on Instagram, whose posts have only a caption (in `description`). */
            title: string | null;
            /** @description Views (TikTok, YouTube); on Instagram, only where the creator granted insights, otherwise null. */
            views: number | null;
          };
        }
      | {
          /** @constant */
          found: false;
          /** @description As it was asked for. */
          identifier: string;
          platform: components['schemas']['Platform'];
          /**
           * @description `not_connected`: not among your connected creators or their synced videos, and the platform offers no public lookup Tally may use (TikTok, Instagram); `not_found`: the platform has nothing by that name (YouTube), or the identifier names nothing a lookup can find; `quota_exhausted`: the public lookup waits for the daily quota (`retryAfterSeconds`).
           * @enum {string}
           */
          reason: 'not_connected' | 'not_found' | 'quota_exhausted';
          /** @description With `quota_exhausted`: when the quota resets. */
          retryAfterSeconds?: number;
          /** @constant */
          status: 'not_found';
          /** @enum {string} */
          type: 'account' | 'video';
        };
    /** @description The answers to a resource search. */
    ResourceSearchResult: {
      /** @description One per lookup, in the order asked. */
      results: components['schemas']['ResourceMatch'][];
    };
    RoleRef: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    /** @description A named set of permissions that keys are given. */
    RoleView: {
      /** @description Built-in roles (`read-only`, `creators-manager`, `key-admin`, `webhooks-admin`, `users-admin`, `full-access`) cannot change. */
      builtIn: boolean;
      /** Format: date-time */
      createdAt: string;
      description: string;
      /** Format: uuid */
      id: string;
      /** @description Lowercase letters, digits and dashes; unique in the account. */
      name: string;
      permissions: components['schemas']['Permission'][];
    };
    RollKeyInput: {
      /**
       * @description How long the old key keeps working next to its replacement.
       * @default 0
       */
      gracePeriodDays: number;
    };
    RotateWebhookSecretInput: {
      /**
       * @description How long the old secret keeps signing deliveries beside the new one (0 to 72 hours; default 24).
       * @default 24
       */
      graceHours: number;
    };
    /** @description The new secret. */
    RotatedWebhookSecret: {
      /** @description Until then the old secret signs deliveries too; null with `graceHours: 0`. */
      previousSecretExpiresAt: string | null;
      /** @description The new signing secret (`whsec_...`): shown this once. */
      secret: string;
    };
    SearchResourcesInput: {
      /** @description What to look up. */
      resources: components['schemas']['ResourceLookupInput'][];
    };
    /** @description The test event, queued for delivery. */
    SentTestEvent: {
      /** Format: uuid */
      deliveryId: string;
      eventId: string;
    };
    /** @description A dashboard session. The session token itself is only in the httpOnly `tally_session` cookie. */
    Session: {
      account: components['schemas']['Account'];
      /** @description Send it as `x-csrf-token` on every write made with the session cookie (it is also in the `tally_csrf` cookie). */
      csrfToken: string;
      /** Format: date-time */
      expiresAt: string;
      user: components['schemas']['User'];
    };
    SignupInput: {
      accountName: string;
      /** Format: email */
      email: string;
      password: string;
    };
    StartConnectInput: {
      /** @description Your own id for the creator, returned with the creator as `externalUserId`. */
      externalUserId?: string;
      /**
       * Format: uri
       * @description Your page to send the creator's browser back to when the flow ends, with `creatorId` and `status` (or `status=error`, `error` and `message`) added to its query. Without it, Tally shows its own page, which tells the window that opened the popup.
       */
      redirectUrl?: string;
    };
    /** @description Snapshots of a creator's counts, one per sync. */
    StatsHistory: {
      /**
       * Format: date-time
       * @description The start of the range.
       */
      from: string;
      /** @description Oldest first. */
      items: components['schemas']['StatsSnapshot'][];
      /** @description Send as `?from=` for the rest when the range held more than `limit` snapshots; null otherwise. */
      nextFrom: string | null;
      /**
       * Format: date-time
       * @description The end of the range.
       */
      to: string;
    };
    /** @description A creator's counts as one sync read them. */
    StatsSnapshot: {
      /** Format: date-time */
      capturedAt: string;
      /** @description Followers; on YouTube, subscribers (rounded by YouTube to three significant figures; null when the channel hides them). */
      followers: number | null;
      /** @description Accounts followed (TikTok, Instagram); always null on YouTube, which has none. */
      following: number | null;
      /** @description Likes across all videos: TikTok only; null on Instagram and YouTube, which give no such total. */
      likes: number | null;
      /** @description Views across all videos: YouTube only; null on TikTok and Instagram, which give no such total. Null in snapshots taken before it was kept. */
      totalViews: number | null;
      /** @description Videos (TikTok, YouTube) or posts (Instagram). */
      videoCount: number | null;
    };
    /** @description The sync finished. */
    SyncFinished: {
      /** @constant */
      synced: true;
      /** Format: date-time */
      syncedAt: string;
      /** @description Videos stored after the sync. */
      videos: number;
    };
    /** @description The sync is queued or still running. */
    SyncPending: {
      /** @description The sync job; follow it with `GET /api/v1/creators/{id}/sync`. */
      jobId: string;
      /** @enum {string} */
      status: 'queued' | 'running' | 'succeeded' | 'failed';
      /** @constant */
      synced: false;
    };
    /** @description A creator's last sync. */
    SyncStatusView: {
      /** Format: uuid */
      creatorId: string;
      /** @description Why the last sync failed. */
      error: string | null;
      finishedAt: string | null;
      /** @description null when the creator was never synced. */
      jobId: string | null;
      lastSyncedAt: string | null;
      queuedAt: string | null;
      startedAt: string | null;
      status: ('queued' | 'running' | 'succeeded' | 'failed') | null;
      /** @description Why it ran: the first sync after connecting, a manual one, or the scheduler. */
      trigger: ('connect' | 'manual' | 'scheduled') | null;
      /** @description Videos stored after the last successful sync. */
      videos: number | null;
    };
    /** @description RFC 6749 section 5.1. */
    TokenResponse: {
      /** @description A signed JWT (ES256); send it as `Authorization: Bearer <token>`. */
      access_token: string;
      /** @description Seconds until the token expires. */
      expires_in: number;
      /** @description The permissions granted, separated by spaces. */
      scope: string;
      /** @constant */
      token_type: 'bearer';
    };
    UpdateKeyInput: {
      /** @description False pauses the key (401 `key_disabled`) without revoking it; true restores it. */
      enabled?: boolean;
      /** @description Replaces the whole metadata object. */
      metadata?: {
        [key: string]: unknown;
      };
      name?: string;
    };
    UpdateMemberInput: {
      /** @enum {string} */
      accountRole: 'owner' | 'admin' | 'member';
    };
    UpdateOAuthClientInput: {
      /** @description False pauses the client: it gets no tokens and its tokens are refused; true lets it get new tokens again. */
      enabled?: boolean;
      /** @description Replaces the whole metadata object. */
      metadata?: {
        [key: string]: unknown;
      };
      name?: string;
    };
    UpdateServiceUserInput: {
      description?: string;
      enabled?: boolean;
      name?: string;
    };
    UpdateWebhookEndpointInput: {
      description?: string | null;
      enabled?: boolean;
      /** @description Event types to receive, or `*` for all: creator.connected, creator.synced, creator.sync_failed, creator.reauth_required, creator.disconnected, key.expiring, key.revoked. */
      events?: (
        | '*'
        | 'creator.connected'
        | 'creator.synced'
        | 'creator.sync_failed'
        | 'creator.reauth_required'
        | 'creator.disconnected'
        | 'key.expiring'
        | 'key.revoked'
      )[];
      /** @description Where deliveries are POSTed: `https`, resolving to a public address (`http` and private addresses only with `WEBHOOK_ALLOW_PRIVATE_URLS=true`). */
      url?: string;
    };
    UsageCounts: {
      /** @description Answered with a status from 400 up, other than a rate-limit refusal. */
      failed: number;
      /** @description Refused with 429 by the gateway's rate limiter. */
      refused: number;
      /** @description succeeded + failed + refused. */
      requests: number;
      /** @description Answered with a status below 400. */
      succeeded: number;
    };
    /** @description The account's requests by outcome over the period, and its rate-limit pools as they stand now. */
    UsageReport: {
      /** @description 3600 for 24h, 21600 for 7d. */
      bucketSeconds: number;
      /** @description Credentials that made requests, most requests first. */
      byCredential: {
        /** @description The API key's `id`, the OAuth client's `id` (not its `clientId`) or the dashboard session's id. */
        credentialId: string;
        /** @enum {string} */
        credentialType: 'secret_key' | 'publishable_key' | 'oauth_client' | 'session';
        environment: components['schemas']['Environment'];
        /** @description Answered with a status from 400 up, other than a rate-limit refusal. */
        failed: number;
        /** @description Refused with 429 by the gateway's rate limiter. */
        refused: number;
        /** @description succeeded + failed + refused. */
        requests: number;
        /** @description Answered with a status below 400. */
        succeeded: number;
      }[];
      /** @description development, then production, always both. */
      byEnvironment: {
        environment: components['schemas']['Environment'];
        /** @description Answered with a status from 400 up, other than a rate-limit refusal. */
        failed: number;
        /** @description Refused with 429 by the gateway's rate limiter. */
        refused: number;
        /** @description succeeded + failed + refused. */
        requests: number;
        /** @description Answered with a status below 400. */
        succeeded: number;
      }[];
      /**
       * Format: date-time
       * @description The start of the oldest bucket.
       */
      from: string;
      /** @enum {string} */
      period: '24h' | '7d';
      /** @description development, then production. */
      pools: components['schemas']['PoolState'][];
      /** @description Every bucket of the period, oldest first, empty ones included. */
      series: {
        /** @description Answered with a status from 400 up, other than a rate-limit refusal. */
        failed: number;
        /** @description Refused with 429 by the gateway's rate limiter. */
        refused: number;
        /** @description succeeded + failed + refused. */
        requests: number;
        /**
         * Format: date-time
         * @description The start of the bucket; it lasts `bucketSeconds`.
         */
        start: string;
        /** @description Answered with a status below 400. */
        succeeded: number;
      }[];
      /**
       * Format: date-time
       * @description When the report was made; the newest bucket is still filling.
       */
      to: string;
      totals: components['schemas']['UsageCounts'];
    };
    User: {
      /** @enum {string} */
      accountRole: 'owner' | 'admin' | 'member';
      email: string;
      /** Format: uuid */
      id: string;
    };
    /** @description One of a creator's videos, with its metrics as of the last sync. */
    VideoView: {
      /** @description Comments on every platform; null where the platform leaves the count out (YouTube, when comments are turned off). */
      comments: number | null;
      /** @description A thumbnail; TikTok's and Instagram's links expire, and each sync stores a fresh one. */
      coverUrl: string | null;
      /** @description TikTok's video description, Instagram's caption, YouTube's description. */
      description: string | null;
      /** @description Seconds (TikTok, YouTube); always null on Instagram. */
      duration: number | null;
      /** @description The platform's id of the video, as a string (TikTok ids exceed 2^53). */
      externalId: string;
      /** Format: uuid */
      id: string;
      /** @description Likes on every platform; null where the creator hides them (Instagram, YouTube). */
      likes: number | null;
      /** @description What only this platform has, as of the last sync. TikTok: none (`{}`). Instagram: `mediaType` (`IMAGE`, `VIDEO`, `CAROUSEL_ALBUM`). YouTube: `channelId`, `categoryId`, `liveBroadcastContent` (`none`, `upcoming`, `live`), `definition` (`hd`, `sd`). Any of these is null where the platform leaves it out. */
      platformData: {
        [key: string]: unknown;
      };
      publishedAt: string | null;
      /** @description The video's page on the platform. */
      shareUrl: string | null;
      /** @description Shares: TikTok only; null on Instagram and YouTube. */
      shares: number | null;
      /** @description The video's title (TikTok, YouTube); always null on Instagram, whose posts have only a caption (in `description`). */
      title: string | null;
      /** @description Views (TikTok, YouTube); on Instagram, only where the creator granted insights, otherwise null. */
      views: number | null;
    };
    /** @description One event sent to one endpoint, and how it went. */
    WebhookDeliveryView: {
      attempts: number;
      /** Format: date-time */
      createdAt: string;
      /** @description The `webhook-id` every attempt of this event carries. */
      eventId: string;
      /** @enum {string} */
      eventType:
        | 'creator.connected'
        | 'creator.synced'
        | 'creator.sync_failed'
        | 'creator.reauth_required'
        | 'creator.disconnected'
        | 'key.expiring'
        | 'key.revoked'
        | 'webhook.test';
      /** Format: uuid */
      id: string;
      lastDurationMs: number | null;
      /** @description Why the last attempt failed, when no answer came or it was refused. */
      lastError: string | null;
      /** @description The first 1 KB of the last answer body. */
      lastResponse: string | null;
      /** @description The HTTP status of the last answer; null when none came. */
      lastStatusCode: number | null;
      nextAttemptAt: string | null;
      /**
       * @description `pending` (trying, or waiting for the next attempt), `delivered`, `failed` (gave up).
       * @enum {string}
       */
      status: 'pending' | 'delivered' | 'failed';
      /** Format: date-time */
      updatedAt: string;
    };
    /** @description A webhook endpoint. */
    WebhookEndpointView: {
      /** Format: date-time */
      createdAt: string;
      description: string | null;
      /** @description Why Tally disabled the endpoint (a 410, or 5 days of failed deliveries); null otherwise. */
      disabledReason: string | null;
      enabled: boolean;
      events: string[];
      /** Format: uuid */
      id: string;
      /** @description Until then, the previous secret signs every delivery too (after a rotation). */
      previousSecretExpiresAt: string | null;
      /** @description The first characters of the signing secret, to recognise it. */
      secretStart: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uri */
      url: string;
    };
    /** @description Sent by `POST /api/v1/webhook-endpoints/{id}/test`. */
    WebhookTestEvent: {
      /** @description Sent by `POST /api/v1/webhook-endpoints/{id}/test`. */
      data: {
        /** Format: uuid */
        endpointId: string;
        message: string;
      };
      /**
       * Format: date-time
       * @description When it happened (ISO 8601); the same on every attempt.
       */
      timestamp: string;
      /** @constant */
      type: 'webhook.test';
    };
    /** @description Who the credential of the request is. */
    WhoAmI: {
      account: components['schemas']['Account'];
      credential: {
        /** @description The key id, OAuth client id or session id. */
        id: string;
        /** @description The key's or client's own metadata; null for a session. */
        metadata: {
          [key: string]: unknown;
        } | null;
        /** @description The key's or client's name; null for a session. */
        name: string | null;
        /** @description The user the key or client belongs to; null for a session (see `user`). */
        owner: {
          /** @description False while the user is disabled or after it was deleted: its keys and clients are refused. */
          enabled: boolean;
          /** Format: uuid */
          id: string;
          /**
           * @description `human` (a member who signs in) or `service` (a machine identity).
           * @enum {string}
           */
          kind: 'human' | 'service';
          /** @description A member's email, or a service user's name. */
          name: string;
        } | null;
        /** @enum {string} */
        type: 'secret_key' | 'publishable_key' | 'oauth_client' | 'session';
      };
      environment: components['schemas']['Environment'];
      /** @description When the credential stops working; null if never. */
      expiresAt: string | null;
      permissions: components['schemas']['Permission'][];
      roles: components['schemas']['RoleRef'][];
      user: components['schemas']['User'] | null;
    };
  };
  responses: {
    /** @description The request is invalid: `validation_failed`, with one entry in `details` per field at fault (each field once, its allowed values named where there is a list), or `invalid_json`; `platform_not_supported` for a platform Tally knows but does not support yet, naming the field. */
    BadRequest: {
      headers: {
        RateLimit: components['headers']['RateLimit'];
        'RateLimit-Policy': components['headers']['RateLimit-Policy'];
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            /** @enum {string} */
            code: 'validation_failed' | 'invalid_json' | 'platform_not_supported';
            /** @description Per field or per service; may be empty. */
            details: components['schemas']['ErrorDetail'][];
            /** @description For people: what happened and what to do about it. */
            message: string;
            /** @description The request's X-Request-Id: quote it when asking for help. */
            requestId: string;
          };
          /** @constant */
          success: false;
        };
      };
    };
    /** @description The request conflicts with the current state of the resource (`conflict`). */
    Conflict: {
      headers: {
        RateLimit: components['headers']['RateLimit'];
        'RateLimit-Policy': components['headers']['RateLimit-Policy'];
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            /** @enum {string} */
            code: 'conflict';
            /** @description Per field or per service; may be empty. */
            details: components['schemas']['ErrorDetail'][];
            /** @description For people: what happened and what to do about it. */
            message: string;
            /** @description The request's X-Request-Id: quote it when asking for help. */
            requestId: string;
          };
          /** @constant */
          success: false;
        };
      };
    };
    /** @description The request headers are larger than the server accepts (`headers_too_large`). */
    HeadersTooLarge: {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id'];
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            /** @enum {string} */
            code: 'headers_too_large';
            /** @description Per field or per service; may be empty. */
            details: components['schemas']['ErrorDetail'][];
            /** @description For people: what happened and what to do about it. */
            message: string;
            /** @description The request's X-Request-Id: quote it when asking for help. */
            requestId: string;
          };
          /** @constant */
          success: false;
        };
      };
    };
    /** @description The credential is valid but may not do this (`insufficient_scope`): it lacks the permission, it is a publishable key outside its allowed origins or on a route for servers, a secret key sent from a browser, or a session write without its `x-csrf-token`. The request counts against the limits like any other. */
    InsufficientScope: {
      headers: {
        RateLimit: components['headers']['RateLimit'];
        'RateLimit-Policy': components['headers']['RateLimit-Policy'];
        'WWW-Authenticate': components['headers']['WWW-Authenticate'];
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            /** @enum {string} */
            code: 'insufficient_scope';
            /** @description Per field or per service; may be empty. */
            details: components['schemas']['ErrorDetail'][];
            /** @description For people: what happened and what to do about it. */
            message: string;
            /** @description The request's X-Request-Id: quote it when asking for help. */
            requestId: string;
          };
          /** @constant */
          success: false;
        };
      };
    };
    /** @description An unexpected failure on our side (`internal_error`); its text never leaves the gateway. */
    InternalError: {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id'];
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            /** @enum {string} */
            code: 'internal_error';
            /** @description Per field or per service; may be empty. */
            details: components['schemas']['ErrorDetail'][];
            /** @description For people: what happened and what to do about it. */
            message: string;
            /** @description The request's X-Request-Id: quote it when asking for help. */
            requestId: string;
          };
          /** @constant */
          success: false;
        };
      };
    };
    /** @description The route does not take this method (`method_not_allowed`). */
    MethodNotAllowed: {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id'];
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            /** @enum {string} */
            code: 'method_not_allowed';
            /** @description Per field or per service; may be empty. */
            details: components['schemas']['ErrorDetail'][];
            /** @description For people: what happened and what to do about it. */
            message: string;
            /** @description The request's X-Request-Id: quote it when asking for help. */
            requestId: string;
          };
          /** @constant */
          success: false;
        };
      };
    };
    /** @description Not found (`not_found`, or `route_not_found` for an unknown route). Other accounts' resources are not found either: the API never reveals that they exist. */
    NotFound: {
      headers: {
        RateLimit: components['headers']['RateLimit'];
        'RateLimit-Policy': components['headers']['RateLimit-Policy'];
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            /** @enum {string} */
            code: 'not_found' | 'route_not_found';
            /** @description Per field or per service; may be empty. */
            details: components['schemas']['ErrorDetail'][];
            /** @description For people: what happened and what to do about it. */
            message: string;
            /** @description The request's X-Request-Id: quote it when asking for help. */
            requestId: string;
          };
          /** @constant */
          success: false;
        };
      };
    };
    /** @description The body is larger than the gateway accepts (`payload_too_large`). */
    PayloadTooLarge: {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id'];
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            /** @enum {string} */
            code: 'payload_too_large';
            /** @description Per field or per service; may be empty. */
            details: components['schemas']['ErrorDetail'][];
            /** @description For people: what happened and what to do about it. */
            message: string;
            /** @description The request's X-Request-Id: quote it when asking for help. */
            requestId: string;
          };
          /** @constant */
          success: false;
        };
      };
    };
    /** @description A rate limit refused the request (`rate_limited`); `details` name the limit: `pool` (the account and environment), `burst` (the credential), `publishable` (a publishable key's own pool, which never spends the account's), `publishable-ip` (one client IP's share of it) or `ip`; sign-in and sign-up also `too_many_failures` (failed sign-ins for this email from this IP, or from this IP), `backing_off` (an email that failed often, from an IP it has not signed in from) or `busy` (identity is checking as many passwords as it may at once). Try again after `Retry-After` seconds. */
    RateLimited: {
      headers: {
        RateLimit: components['headers']['RateLimit'];
        'RateLimit-Policy': components['headers']['RateLimit-Policy'];
        'Retry-After': components['headers']['Retry-After'];
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            /** @enum {string} */
            code: 'rate_limited' | 'platform_quota_exhausted';
            /** @description Per field or per service; may be empty. */
            details: components['schemas']['ErrorDetail'][];
            /** @description For people: what happened and what to do about it. */
            message: string;
            /** @description The request's X-Request-Id: quote it when asking for help. */
            requestId: string;
          };
          /** @constant */
          success: false;
        };
      };
    };
    /** @description A service behind the gateway did not answer (`service_unavailable`); `details` name it. */
    ServiceUnavailable: {
      headers: {
        RateLimit: components['headers']['RateLimit'];
        'RateLimit-Policy': components['headers']['RateLimit-Policy'];
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            /** @enum {string} */
            code: 'service_unavailable';
            /** @description Per field or per service; may be empty. */
            details: components['schemas']['ErrorDetail'][];
            /** @description For people: what happened and what to do about it. */
            message: string;
            /** @description The request's X-Request-Id: quote it when asking for help. */
            requestId: string;
          };
          /** @constant */
          success: false;
        };
      };
    };
    /** @description The credential is missing, malformed, expired or revoked (`unauthorized`). Failed attempts count against the IP limit. */
    Unauthorized: {
      headers: {
        RateLimit: components['headers']['RateLimit'];
        'RateLimit-Policy': components['headers']['RateLimit-Policy'];
        'WWW-Authenticate': components['headers']['WWW-Authenticate'];
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            /** @enum {string} */
            code: 'unauthorized' | 'key_disabled';
            /** @description Per field or per service; may be empty. */
            details: components['schemas']['ErrorDetail'][];
            /** @description For people: what happened and what to do about it. */
            message: string;
            /** @description The request's X-Request-Id: quote it when asking for help. */
            requestId: string;
          };
          /** @constant */
          success: false;
        };
      };
    };
    /** @description The body is not sent as `application/json` (`unsupported_media_type`). */
    UnsupportedMediaType: {
      headers: {
        'X-Request-Id': components['headers']['X-Request-Id'];
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            /** @enum {string} */
            code: 'unsupported_media_type';
            /** @description Per field or per service; may be empty. */
            details: components['schemas']['ErrorDetail'][];
            /** @description For people: what happened and what to do about it. */
            message: string;
            /** @description The request's X-Request-Id: quote it when asking for help. */
            requestId: string;
          };
          /** @constant */
          success: false;
        };
      };
    };
    /** @description A platform behind Tally failed (`upstream_error`). */
    UpstreamError: {
      headers: {
        RateLimit: components['headers']['RateLimit'];
        'RateLimit-Policy': components['headers']['RateLimit-Policy'];
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            /** @enum {string} */
            code: 'upstream_error';
            /** @description Per field or per service; may be empty. */
            details: components['schemas']['ErrorDetail'][];
            /** @description For people: what happened and what to do about it. */
            message: string;
            /** @description The request's X-Request-Id: quote it when asking for help. */
            requestId: string;
          };
          /** @constant */
          success: false;
        };
      };
    };
    /** @description A service behind the gateway took too long to answer (`upstream_timeout`). */
    UpstreamTimeout: {
      headers: {
        RateLimit: components['headers']['RateLimit'];
        'RateLimit-Policy': components['headers']['RateLimit-Policy'];
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        'X-Request-Id': components['headers']['X-Request-Id'];
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            /** @enum {string} */
            code: 'upstream_timeout';
            /** @description Per field or per service; may be empty. */
            details: components['schemas']['ErrorDetail'][];
            /** @description For people: what happened and what to do about it. */
            message: string;
            /** @description The request's X-Request-Id: quote it when asking for help. */
            requestId: string;
          };
          /** @constant */
          success: false;
        };
      };
    };
  };
  parameters: {
    /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
    RequestId: string;
  };
  requestBodies: never;
  headers: {
    /** @description What is left of each limit: `"pool";r=4999;t=540, "burst";r=99;t=1`. */
    RateLimit: string;
    /** @description Every limit that applies, per draft-ietf-httpapi-ratelimit-headers: `"pool";q=5000;w=600, "burst";q=100;w=1`; for a publishable key `"publishable";q=1200;w=60, "publishable-ip";q=60;w=60`. */
    'RateLimit-Policy': string;
    /** @description Seconds to wait before trying again. */
    'Retry-After': number;
    /** @description The session cookies: `tally_session` (httpOnly, the session token) and `tally_csrf` (readable by the dashboard, its CSRF token). */
    'Set-Cookie': string;
    /** @description The RFC 6750 challenge: `Bearer realm="tally", error="invalid_token" | "insufficient_scope", error_description="…"`. */
    'WWW-Authenticate': string;
    /** @description Requests per window of the caller's pool: the account's for this environment, a publishable key's own for a publishable key, the IP limit for anonymous callers. */
    'X-RateLimit-Limit': number;
    /** @description Requests left in the current window of that limit. */
    'X-RateLimit-Remaining': number;
    /** @description Seconds until the current window of that limit ends. */
    'X-RateLimit-Reset': number;
    /** @description The id of the request: the one it was sent with, or a new one. It is on every log line; quote it when asking for help. */
    'X-Request-Id': string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  wellKnown_keys: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Jwks'];
        };
      };
      429: components['responses']['RateLimited'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  wellKnown_metadata: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthorizationServerMetadata'];
        };
      };
      429: components['responses']['RateLimited'];
    };
  };
  audit_list: {
    parameters: {
      query?: {
        /** @description Only events by this actor: a key's, user's or OAuth client's id. */
        actor?: string;
        /** @description Only events by this kind of actor. */
        actorType?: 'user' | 'secret_key' | 'publishable_key' | 'oauth_client' | 'system';
        /** @description Only these actions: one, a comma-separated list, or every action on a kind of target with a prefix. Actions: account.created, user.logged_in, user.logged_out, key.created, key.revoked, key.rolled, key.updated, key.disabled, key.enabled, member.invited, member.joined, member.role_changed, member.removed, invitation.revoked, user.password_changed, user.password_reset_requested, user.password_reset, service_user.created, service_user.updated, service_user.disabled, service_user.enabled, service_user.deleted, role.created, oauth_client.created, oauth_client.revoked, oauth_client.updated, oauth_client.disabled, oauth_client.enabled, oauth_token.revoked, creator.connected, creator.disconnected, creator.sync_requested, creator.synced, creator.sync_failed, creator.reauth_required, connect.redirect_urls_replaced. Prefixes: account.*, user.*, key.*, member.*, invitation.*, service_user.*, role.*, oauth_client.*, oauth_token.*, creator.*, connect.*. */
        action?: string;
        /** @description Only events at or after this time (ISO 8601; a date alone is its midnight, UTC). */
        from?: string;
        /** @description Only events at or before this time (ISO 8601; a date alone covers that whole day, UTC). Not before `from`. */
        to?: string;
        /** @description Items per page, 1 to 100. */
        limit?: number;
        /** @description The `nextCursor` or `prevCursor` of the previous page, as it was sent. */
        cursor?: string;
      };
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description One page of a cursor-paginated list. Cursors are opaque and tamper-checked. */
            data: {
              /** @description Whether older items follow this page. */
              hasMoreAfter: boolean;
              /** @description Whether newer items come before this page. */
              hasMoreBefore: boolean;
              /** @description This page's items, newest first. */
              items: components['schemas']['AuditEventView'][];
              /** @description Send as `?cursor=` for the older items that follow; null at the end. */
              nextCursor: string | null;
              /** @description Send as `?cursor=` for the newer items before this page; null at the start. */
              prevCursor: string | null;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  auth_login: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Set-Cookie': components['headers']['Set-Cookie'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Session'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      /** @description The email or password is not right. */
      401: components['responses']['Unauthorized'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description Too many failed sign-ins for this email or from this IP address, or a rate limit; try again after `Retry-After` seconds. */
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  auth_logout: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Set-Cookie': components['headers']['Set-Cookie'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['LogoutResult'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  auth_requestPasswordReset: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestPasswordResetInput'];
      };
    };
    responses: {
      /** @description Accepted */
      202: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description When the email belongs to a user, a single-use link valid for an hour is on its way. */
            data: {
              /** @constant */
              accepted: true;
              /** @description Development only (`NODE_ENV=development` without `MAIL_*`): the link, when the email belongs to a user. Never in production. */
              link?: string | null;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  auth_completePasswordReset: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompletePasswordResetInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The new password is in use; sign in with it. */
            data: {
              /** @constant */
              reset: true;
              /** @description Every session of the user, ended. */
              sessionsEnded: number;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      /** @description `not_found`: the link is unknown, used or expired. */
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  auth_signup: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignupInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Set-Cookie': components['headers']['Set-Cookie'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Session'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      /** @description An account with this email already exists. */
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  connectInstagram_start: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['StartConnectInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['ConnectStarted'];
            /** @constant */
            success: true;
          };
        };
      };
      /** @description The body is not valid, or `redirectUrl` is not among the allowed redirect URLs. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  connectInstagram_callback: {
    parameters: {
      query?: {
        /** @description The `state` of the connect flow, as TikTok sends it back. */
        state?: string;
        /** @description The authorization code, when the creator granted access. */
        code?: string;
        /** @description The scopes the creator granted. */
        scopes?: string;
        /** @description TikTok's error, such as `access_denied`, when access was not granted. */
        error?: string;
        /** @description TikTok's description of the error. */
        error_description?: string;
      };
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Connected: the page says so (no `redirectUrl` was given). */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description To the `redirectUrl` given at the start, its query extended with `creatorId` and `status=connected`, or with `status=error`, `error` (the reason) and `message`. */
      302: {
        headers: {
          /** @description The `redirectUrl`, with the outcome. */
          Location?: string;
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not connected because of the request: the state is unknown, used or expired, the parameters are unreadable, or the creator refused access on Instagram. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description A body was sent, and it is too large. */
      413: components['responses']['PayloadTooLarge'];
      /** @description A body was sent, and it is not JSON. */
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      /** @description Not connected because Instagram failed: the code exchange or the profile read. */
      502: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not connected: a Tally service is not available. */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Tally did not get the outcome in time; the connection may still complete. */
      504: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  redirectUrls_list: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The account's allowed redirect URLs for connect flows. */
            data: {
              /** @description When the list was last replaced; null when it never was. */
              updatedAt: string | null;
              /** @description The allowed redirect URLs, normalised, in the order given. */
              urls: string[];
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  redirectUrls_replace: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceRedirectUrlsInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The account's allowed redirect URLs for connect flows. */
            data: {
              /** @description When the list was last replaced; null when it never was. */
              updatedAt: string | null;
              /** @description The allowed redirect URLs, normalised, in the order given. */
              urls: string[];
            };
            /** @constant */
            success: true;
          };
        };
      };
      /** @description A URL is not absolute https (or http on localhost), or there are too many. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  connect_start: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['StartConnectInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['ConnectStarted'];
            /** @constant */
            success: true;
          };
        };
      };
      /** @description The body is not valid, or `redirectUrl` is not among the allowed redirect URLs. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  connect_callback: {
    parameters: {
      query?: {
        /** @description The `state` of the connect flow, as TikTok sends it back. */
        state?: string;
        /** @description The authorization code, when the creator granted access. */
        code?: string;
        /** @description The scopes the creator granted. */
        scopes?: string;
        /** @description TikTok's error, such as `access_denied`, when access was not granted. */
        error?: string;
        /** @description TikTok's description of the error. */
        error_description?: string;
      };
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Connected: the page says so (no `redirectUrl` was given). */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description To the `redirectUrl` given at the start, its query extended with `creatorId` and `status=connected`, or with `status=error`, `error` (the reason) and `message`. */
      302: {
        headers: {
          /** @description The `redirectUrl`, with the outcome. */
          Location?: string;
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not connected because of the request: the state is unknown, used or expired, the parameters are unreadable, or the creator refused access on TikTok. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description A body was sent, and it is too large. */
      413: components['responses']['PayloadTooLarge'];
      /** @description A body was sent, and it is not JSON. */
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      /** @description Not connected because TikTok failed: the code exchange or the profile read. */
      502: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not connected: a Tally service is not available. */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Tally did not get the outcome in time; the connection may still complete. */
      504: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  connectYouTube_start: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['StartConnectInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['ConnectStarted'];
            /** @constant */
            success: true;
          };
        };
      };
      /** @description The body is not valid, or `redirectUrl` is not among the allowed redirect URLs. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  connectYouTube_callback: {
    parameters: {
      query?: {
        /** @description The `state` of the connect flow, as TikTok sends it back. */
        state?: string;
        /** @description The authorization code, when the creator granted access. */
        code?: string;
        /** @description The scopes the creator granted. */
        scopes?: string;
        /** @description TikTok's error, such as `access_denied`, when access was not granted. */
        error?: string;
        /** @description TikTok's description of the error. */
        error_description?: string;
      };
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Connected: the page says so (no `redirectUrl` was given). */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description To the `redirectUrl` given at the start, its query extended with `creatorId` and `status=connected`, or with `status=error`, `error` (the reason) and `message`. */
      302: {
        headers: {
          /** @description The `redirectUrl`, with the outcome. */
          Location?: string;
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not connected because of the request: the state is unknown, used or expired, the parameters are unreadable, or the creator refused access on YouTube. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description A body was sent, and it is too large. */
      413: components['responses']['PayloadTooLarge'];
      /** @description A body was sent, and it is not JSON. */
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      /** @description Not connected because YouTube failed: the code exchange or the profile read. */
      502: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not connected: a Tally service is not available. */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Tally did not get the outcome in time; the connection may still complete. */
      504: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  creators_list: {
    parameters: {
      query?: {
        /** @description Items per page, 1 to 100. */
        limit?: number;
        /** @description The `nextCursor` or `prevCursor` of the previous page, as it was sent. */
        cursor?: string;
        /** @description Only the creator with this id on the platform. */
        externalId?: string;
        /** @description Only creators on this platform. Accepted in any case (`tiktok`, `TikTok`, `TIKTOK`); answered in uppercase: TIKTOK, INSTAGRAM, YOUTUBE. */
        platform?: 'TIKTOK' | 'INSTAGRAM' | 'YOUTUBE';
      };
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description One page of a cursor-paginated list. Cursors are opaque and tamper-checked. */
            data: {
              /** @description Whether older items follow this page. */
              hasMoreAfter: boolean;
              /** @description Whether newer items come before this page. */
              hasMoreBefore: boolean;
              /** @description This page's items, newest first. */
              items: components['schemas']['CreatorView'][];
              /** @description Send as `?cursor=` for the older items that follow; null at the end. */
              nextCursor: string | null;
              /** @description Send as `?cursor=` for the newer items before this page; null at the start. */
              prevCursor: string | null;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  creators_disconnect: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The creator's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Disconnected'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  creators_profile: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The creator's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['CreatorProfile'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  creators_statsHistory: {
    parameters: {
      query?: {
        /** @description The start of the range (inclusive). */
        from?: string;
        /** @description The end of the range (inclusive); now unless given. */
        to?: string;
        /** @description Snapshots at most, 1 to 1000. */
        limit?: number;
      };
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The creator's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['StatsHistory'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  creators_syncStatus: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The creator's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['SyncStatusView'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  creators_sync: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The creator's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sync finished in time: `synced: true`. */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['SyncFinished'];
            /** @constant */
            success: true;
          };
        };
      };
      /** @description The sync is queued or still running: `synced: false`, with its job. */
      202: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['SyncPending'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      404: components['responses']['NotFound'];
      /** @description The creator withdrew access on the platform: connect it again first. */
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      /** @description `platform_quota_exhausted`: the platform's daily quota (YouTube's) is spent; `Retry-After` says when it resets. Also a rate limit of your key. */
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      /** @description The sync failed at the platform within the wait; the reason says why. */
      502: components['responses']['UpstreamError'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  creators_videos: {
    parameters: {
      query?: {
        /** @description Items per page, 1 to 100. */
        limit?: number;
        /** @description The `nextCursor` or `prevCursor` of the previous page, as it was sent. */
        cursor?: string;
      };
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The creator's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description One page of a cursor-paginated list. Cursors are opaque and tamper-checked. */
            data: {
              /** @description Whether older items follow this page. */
              hasMoreAfter: boolean;
              /** @description Whether newer items come before this page. */
              hasMoreBefore: boolean;
              /** @description This page's items, newest first. */
              items: components['schemas']['VideoView'][];
              /** @description Send as `?cursor=` for the older items that follow; null at the end. */
              nextCursor: string | null;
              /** @description Send as `?cursor=` for the newer items before this page; null at the start. */
              prevCursor: string | null;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  invitations_list: {
    parameters: {
      query?: {
        /** @description Items per page, 1 to 100. */
        limit?: number;
        /** @description The `nextCursor` or `prevCursor` of the previous page, as it was sent. */
        cursor?: string;
      };
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description One page of a cursor-paginated list. Cursors are opaque and tamper-checked. */
            data: {
              /** @description Whether older items follow this page. */
              hasMoreAfter: boolean;
              /** @description Whether newer items come before this page. */
              hasMoreBefore: boolean;
              /** @description This page's items, newest first. */
              items: {
                /**
                 * @description `owner`: everything, including owners and account administration; `admin`: everything but `account:admin` (and owners); `member`: creators and reading keys and the team.
                 * @enum {string}
                 */
                accountRole: 'owner' | 'admin' | 'member';
                /** Format: date-time */
                createdAt: string;
                email: string;
                /** Format: date-time */
                expiresAt: string;
                /** Format: uuid */
                id: string;
                /** @description Who invited: an email, or a key or client name. */
                invitedBy: string | null;
              }[];
              /** @description Send as `?cursor=` for the older items that follow; null at the end. */
              nextCursor: string | null;
              /** @description Send as `?cursor=` for the newer items before this page; null at the start. */
              prevCursor: string | null;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  invitations_invite: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInvitationInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A new invitation. */
            data: {
              /**
               * @description `owner`: everything, including owners and account administration; `admin`: everything but `account:admin` (and owners); `member`: creators and reading keys and the team.
               * @enum {string}
               */
              accountRole: 'owner' | 'admin' | 'member';
              /** Format: date-time */
              createdAt: string;
              email: string;
              /** @description Whether Tally emailed the link (`MAIL_*` is set). */
              emailSent: boolean;
              /** Format: date-time */
              expiresAt: string;
              /** Format: uuid */
              id: string;
              /** @description Who invited: an email, or a key or client name. */
              invitedBy: string | null;
              /** @description The link itself when no email was sent (no `MAIL_*` settings): pass it on yourself. Null when it was emailed. */
              link: string | null;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description Inviting an owner needs `account:admin`, or the caller lacks `users:write`. */
      403: components['responses']['InsufficientScope'];
      /** @description `conflict`: the email is already a member, or 100 invitations are pending. */
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      /** @description The email could not be sent, or a service is unavailable. */
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  invitations_accept: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptInvitationInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Set-Cookie': components['headers']['Set-Cookie'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Session'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      /** @description `not_found`: the link is unknown, used, withdrawn or expired. */
      404: components['responses']['NotFound'];
      /** @description `conflict`: the email already has a Tally account (one email, one organisation). */
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  invitations_preview: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InvitationTokenInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description What an invitation link offers, before it is accepted. */
            data: {
              accountName: string;
              /**
               * @description `owner`: everything, including owners and account administration; `admin`: everything but `account:admin` (and owners); `member`: creators and reading keys and the team.
               * @enum {string}
               */
              accountRole: 'owner' | 'admin' | 'member';
              email: string;
              /** Format: date-time */
              expiresAt: string;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      /** @description `not_found`: the link is unknown, used, withdrawn or expired. */
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  invitations_revoke: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The invitation's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The invitation link no longer works. */
            data: {
              /** @constant */
              revoked: true;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      /** @description No pending invitation with this id in the account. */
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  keys_list: {
    parameters: {
      query?: {
        /** @description Items per page, 1 to 100. */
        limit?: number;
        /** @description The `nextCursor` or `prevCursor` of the previous page, as it was sent. */
        cursor?: string;
        /** @description Only the keys of this user (a member or a service user). */
        ownerUserId?: string;
      };
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description One page of a cursor-paginated list. Cursors are opaque and tamper-checked. */
            data: {
              /** @description Whether older items follow this page. */
              hasMoreAfter: boolean;
              /** @description Whether newer items come before this page. */
              hasMoreBefore: boolean;
              /** @description This page's items, newest first. */
              items: components['schemas']['ApiKeyView'][];
              /** @description Send as `?cursor=` for the older items that follow; null at the end. */
              nextCursor: string | null;
              /** @description Send as `?cursor=` for the newer items before this page; null at the start. */
              prevCursor: string | null;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  keys_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateKeyInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['CreatedApiKey'];
            /** @constant */
            success: true;
          };
        };
      };
      /** @description The body is invalid, a role is unknown, or a publishable key would hold more than `creators:read`. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description The roles grant a permission the caller does not hold, `ownerUserId` is another member and the caller lacks `account:admin`, or the caller lacks `keys:write`. */
      403: components['responses']['InsufficientScope'];
      /** @description `ownerUserId` is a disabled service user. */
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  keys_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The key's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['ApiKeyView'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  keys_revoke: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The key's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['ApiKeyView'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  keys_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The key's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['UpdateKeyInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['ApiKeyView'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      404: components['responses']['NotFound'];
      /** @description The key is revoked. */
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  keys_roll: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The key's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['RollKeyInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['CreatedApiKey'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description The key grants what the caller does not hold, or belongs to another member and the caller lacks `account:admin`. */
      403: components['responses']['InsufficientScope'];
      404: components['responses']['NotFound'];
      /** @description The key is revoked, expired or already rolled. */
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  members_list: {
    parameters: {
      query?: {
        /** @description Items per page, 1 to 100. */
        limit?: number;
        /** @description The `nextCursor` or `prevCursor` of the previous page, as it was sent. */
        cursor?: string;
      };
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description One page of a cursor-paginated list. Cursors are opaque and tamper-checked. */
            data: {
              /** @description Whether older items follow this page. */
              hasMoreAfter: boolean;
              /** @description Whether newer items come before this page. */
              hasMoreBefore: boolean;
              /** @description This page's items, newest first. */
              items: {
                /**
                 * @description `owner`: everything, including owners and account administration; `admin`: everything but `account:admin` (and owners); `member`: creators and reading keys and the team.
                 * @enum {string}
                 */
                accountRole: 'owner' | 'admin' | 'member';
                /** Format: date-time */
                createdAt: string;
                email: string;
                /** Format: uuid */
                id: string;
                lastLoginAt: string | null;
              }[];
              /** @description Send as `?cursor=` for the older items that follow; null at the end. */
              nextCursor: string | null;
              /** @description Send as `?cursor=` for the newer items before this page; null at the start. */
              prevCursor: string | null;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  members_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The member's user id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The member is gone from the account; what they owned stops working. */
            data: {
              /** @description API keys they owned, revoked with them. */
              keysRevoked: number;
              /** @description OAuth clients they owned, revoked with them. */
              oauthClientsRevoked: number;
              /** @constant */
              removed: true;
              /** @description Their dashboard sessions, ended at once. */
              sessionsEnded: number;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description Making, changing or removing an owner needs `account:admin` (owners hold it). */
      403: components['responses']['InsufficientScope'];
      /** @description No member with this id in the account (also for a service user or a removed member). */
      404: components['responses']['NotFound'];
      /** @description `conflict`: the account would be left without an owner. */
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  members_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The member's user id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMemberInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A person of the account, who signs in to the dashboard. */
            data: {
              /**
               * @description `owner`: everything, including owners and account administration; `admin`: everything but `account:admin` (and owners); `member`: creators and reading keys and the team.
               * @enum {string}
               */
              accountRole: 'owner' | 'admin' | 'member';
              /** Format: date-time */
              createdAt: string;
              email: string;
              /** Format: uuid */
              id: string;
              lastLoginAt: string | null;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description Making, changing or removing an owner needs `account:admin` (owners hold it). */
      403: components['responses']['InsufficientScope'];
      /** @description No member with this id in the account (also for a service user or a removed member). */
      404: components['responses']['NotFound'];
      /** @description `conflict`: the account would be left without an owner. */
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  oauthClients_list: {
    parameters: {
      query?: {
        /** @description Items per page, 1 to 100. */
        limit?: number;
        /** @description The `nextCursor` or `prevCursor` of the previous page, as it was sent. */
        cursor?: string;
      };
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description One page of a cursor-paginated list. Cursors are opaque and tamper-checked. */
            data: {
              /** @description Whether older items follow this page. */
              hasMoreAfter: boolean;
              /** @description Whether newer items come before this page. */
              hasMoreBefore: boolean;
              /** @description This page's items, newest first. */
              items: components['schemas']['OAuthClientView'][];
              /** @description Send as `?cursor=` for the older items that follow; null at the end. */
              nextCursor: string | null;
              /** @description Send as `?cursor=` for the newer items before this page; null at the start. */
              prevCursor: string | null;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  oauthClients_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOAuthClientInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['CreatedOAuthClient'];
            /** @constant */
            success: true;
          };
        };
      };
      /** @description The body is invalid or a role is unknown. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  oauthClients_revoke: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The client's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['OAuthClientView'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  oauthClients_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The client's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['UpdateOAuthClientInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['OAuthClientView'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      404: components['responses']['NotFound'];
      /** @description The client is revoked. */
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  ping_ping: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['PlatformPing'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      /** @description A service did not answer; `details` name it. */
      503: components['responses']['ServiceUnavailable'];
    };
  };
  resources_search: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SearchResourcesInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['ResourceSearchResult'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      /** @description YouTube could not answer a public lookup; try again in a moment. */
      502: components['responses']['UpstreamError'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  roles_list: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['RoleView'][];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  roles_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRoleInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['RoleView'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description The role would grant a permission the caller does not hold, or the caller lacks `keys:write`. */
      403: components['responses']['InsufficientScope'];
      /** @description A role with this name already exists. */
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  serviceUsers_list: {
    parameters: {
      query?: {
        /** @description Items per page, 1 to 100. */
        limit?: number;
        /** @description The `nextCursor` or `prevCursor` of the previous page, as it was sent. */
        cursor?: string;
      };
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description One page of a cursor-paginated list. Cursors are opaque and tamper-checked. */
            data: {
              /** @description Whether older items follow this page. */
              hasMoreAfter: boolean;
              /** @description Whether newer items come before this page. */
              hasMoreBefore: boolean;
              /** @description This page's items, newest first. */
              items: {
                /** @description Its API keys that are neither revoked nor expired. */
                activeKeys: number;
                /** @description Its OAuth clients that are not revoked. */
                activeOAuthClients: number;
                /** Format: date-time */
                createdAt: string;
                description: string;
                disabledAt: string | null;
                /** @description False while disabled: every key and OAuth client it owns is refused. */
                enabled: boolean;
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              /** @description Send as `?cursor=` for the older items that follow; null at the end. */
              nextCursor: string | null;
              /** @description Send as `?cursor=` for the newer items before this page; null at the start. */
              prevCursor: string | null;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  serviceUsers_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateServiceUserInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A machine identity of the organisation: it owns API keys and OAuth clients that outlive any one person's membership. */
            data: {
              /** @description Its API keys that are neither revoked nor expired. */
              activeKeys: number;
              /** @description Its OAuth clients that are not revoked. */
              activeOAuthClients: number;
              /** Format: date-time */
              createdAt: string;
              description: string;
              disabledAt: string | null;
              /** @description False while disabled: every key and OAuth client it owns is refused. */
              enabled: boolean;
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      /** @description `conflict`: the account already has a service user with this name. */
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  serviceUsers_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The service user's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A machine identity of the organisation: it owns API keys and OAuth clients that outlive any one person's membership. */
            data: {
              /** @description Its API keys that are neither revoked nor expired. */
              activeKeys: number;
              /** @description Its OAuth clients that are not revoked. */
              activeOAuthClients: number;
              /** Format: date-time */
              createdAt: string;
              description: string;
              disabledAt: string | null;
              /** @description False while disabled: every key and OAuth client it owns is refused. */
              enabled: boolean;
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      /** @description No service user with this id in the account (also for a member or a deleted one). */
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  serviceUsers_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The service user's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The service user is gone; its keys and OAuth clients are revoked. */
            data: {
              /** @constant */
              deleted: true;
              keysRevoked: number;
              oauthClientsRevoked: number;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      /** @description No service user with this id in the account (also for a member or a deleted one). */
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  serviceUsers_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The service user's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['UpdateServiceUserInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description A machine identity of the organisation: it owns API keys and OAuth clients that outlive any one person's membership. */
            data: {
              /** @description Its API keys that are neither revoked nor expired. */
              activeKeys: number;
              /** @description Its OAuth clients that are not revoked. */
              activeOAuthClients: number;
              /** Format: date-time */
              createdAt: string;
              description: string;
              disabledAt: string | null;
              /** @description False while disabled: every key and OAuth client it owns is refused. */
              enabled: boolean;
              /** Format: uuid */
              id: string;
              name: string;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      /** @description No service user with this id in the account (also for a member or a deleted one). */
      404: components['responses']['NotFound'];
      /** @description `conflict`: the account already has a service user with this name. */
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  usage_report: {
    parameters: {
      query?: {
        /** @description The last 24 hours in hourly buckets, or the last 7 days in 6-hour buckets. */
        period?: '24h' | '7d';
      };
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['UsageReport'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      /** @description Usage cannot be read: Redis is unreachable. */
      503: components['responses']['ServiceUnavailable'];
    };
  };
  platformUsage_report: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The platforms' budgets Tally shares among every customer's creators. */
            data: {
              /** @description One per platform. */
              platforms: {
                /** @description The limit Tally keeps for the platform, in words: `600 calls per minute per endpoint`, `200 calls per hour per creator`, `10000 units per day`. */
                limit: string;
                platform: components['schemas']['Platform'];
                /** @description The daily quota where the platform has one (YouTube); null otherwise. */
                quota: {
                  /** @description Units left today, the reserve included. */
                  remaining: number;
                  /** @description Units scheduled syncs never spend: kept for syncs customers ask for, connects and public lookups. */
                  reserve: number;
                  /**
                   * Format: date-time
                   * @description When the quota is whole again (midnight Pacific time).
                   */
                  resetsAt: string;
                  /** @description The daily quota, in units. */
                  unitsPerDay: number;
                  /** @description Units spent today, by every sync and lookup of Tally. */
                  used: number;
                } | null;
              }[];
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  users_me: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['WhoAmI'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  users_changePassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The new password is in use. */
            data: {
              /** @constant */
              changed: true;
              /** @description Your other sessions, ended; this one goes on. */
              sessionsEnded: number;
            };
            /** @constant */
            success: true;
          };
        };
      };
      /** @description The body is invalid, the new password breaks the rules, or `currentPassword` is not right (`validation_failed` naming it). */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      /** @description The credential is a key or an OAuth client, not a session. */
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  webhooks_list: {
    parameters: {
      query?: {
        /** @description Items per page, 1 to 100. */
        limit?: number;
        /** @description The `nextCursor` or `prevCursor` of the previous page, as it was sent. */
        cursor?: string;
      };
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description One page of a cursor-paginated list. Cursors are opaque and tamper-checked. */
            data: {
              /** @description Whether older items follow this page. */
              hasMoreAfter: boolean;
              /** @description Whether newer items come before this page. */
              hasMoreBefore: boolean;
              /** @description This page's items, newest first. */
              items: components['schemas']['WebhookEndpointView'][];
              /** @description Send as `?cursor=` for the older items that follow; null at the end. */
              nextCursor: string | null;
              /** @description Send as `?cursor=` for the newer items before this page; null at the start. */
              prevCursor: string | null;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  webhooks_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWebhookEndpointInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['CreatedWebhookEndpoint'];
            /** @constant */
            success: true;
          };
        };
      };
      /** @description The body is invalid, or the `url` is refused (`validation_failed` naming `url`, with why): not `https`, or its host is, or resolves to, a loopback, private, link-local or metadata address. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      /** @description `conflict`: the account already has 20 endpoints. */
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  webhooks_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The endpoint's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['WebhookEndpointView'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      /** @description No such endpoint in the account (also for another account’s endpoint). */
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  webhooks_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The endpoint's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The endpoint and its delivery log are gone. */
            data: {
              /** @constant */
              deleted: true;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      /** @description No such endpoint in the account (also for another account’s endpoint). */
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  webhooks_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The endpoint's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['UpdateWebhookEndpointInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['WebhookEndpointView'];
            /** @constant */
            success: true;
          };
        };
      };
      /** @description The body is invalid, or the `url` is refused (`validation_failed` naming `url`, with why): not `https`, or its host is, or resolves to, a loopback, private, link-local or metadata address. */
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      /** @description No such endpoint in the account (also for another account’s endpoint). */
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  webhooks_deliveries: {
    parameters: {
      query?: {
        /** @description Items per page, 1 to 100. */
        limit?: number;
        /** @description The `nextCursor` or `prevCursor` of the previous page, as it was sent. */
        cursor?: string;
      };
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The endpoint's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description One page of a cursor-paginated list. Cursors are opaque and tamper-checked. */
            data: {
              /** @description Whether older items follow this page. */
              hasMoreAfter: boolean;
              /** @description Whether newer items come before this page. */
              hasMoreBefore: boolean;
              /** @description This page's items, newest first. */
              items: components['schemas']['WebhookDeliveryView'][];
              /** @description Send as `?cursor=` for the older items that follow; null at the end. */
              nextCursor: string | null;
              /** @description Send as `?cursor=` for the newer items before this page; null at the start. */
              prevCursor: string | null;
            };
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      /** @description No such endpoint in the account (also for another account’s endpoint). */
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  webhooks_retryDelivery: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The endpoint's id. */
        id: string;
        /** @description The delivery's id. */
        deliveryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted */
      202: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['WebhookDeliveryView'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      /** @description No such endpoint in the account, or no such delivery of it. */
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  webhooks_rotateSecret: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The endpoint's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['RotateWebhookSecretInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['RotatedWebhookSecret'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      /** @description No such endpoint in the account (also for another account’s endpoint). */
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  webhooks_sendTest: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path: {
        /** @description The endpoint's id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted */
      202: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['SentTestEvent'];
            /** @constant */
            success: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['InsufficientScope'];
      /** @description No such endpoint in the account (also for another account’s endpoint). */
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['RateLimited'];
      431: components['responses']['HeadersTooLarge'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['UpstreamTimeout'];
    };
  };
  oauth_introspect: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          /** @description With `client_secret`, instead of HTTP Basic (`client_secret_post`). */
          client_id?: string;
          /** @description With `client_id`, instead of HTTP Basic (`client_secret_post`). */
          client_secret?: string;
          /** @description An access token issued to this client. */
          token: string;
          /** @description Ignored: only access tokens exist. */
          token_type_hint?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntrospectionResponse'];
        };
      };
      /** @description `invalid_request`, `invalid_grant`, `unsupported_grant_type` or `invalid_scope`. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description `invalid_client`: unknown client, wrong secret or revoked client. */
      401: {
        headers: {
          /** @description `Basic realm="tally"` */
          'WWW-Authenticate'?: string;
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description `temporarily_unavailable`: a rate limit refused the request; retry after `Retry-After` seconds. */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description `temporarily_unavailable`: the identity service did not answer. */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
    };
  };
  oauth_revoke: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          /** @description With `client_secret`, instead of HTTP Basic (`client_secret_post`). */
          client_id?: string;
          /** @description With `client_id`, instead of HTTP Basic (`client_secret_post`). */
          client_secret?: string;
          /** @description An access token issued to this client. */
          token: string;
          /** @description Ignored: only access tokens exist. */
          token_type_hint?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description `invalid_request`, `invalid_grant`, `unsupported_grant_type` or `invalid_scope`. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description `invalid_client`: unknown client, wrong secret or revoked client. */
      401: {
        headers: {
          /** @description `Basic realm="tally"` */
          'WWW-Authenticate'?: string;
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description `temporarily_unavailable`: a rate limit refused the request; retry after `Retry-After` seconds. */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description `temporarily_unavailable`: the identity service did not answer. */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
    };
  };
  oauth_token: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request, returned and logged. Anything but 1 to 128 letters, digits, `.`, `_`, `:` or `-` is replaced by a new id. */
        'X-Request-Id'?: components['parameters']['RequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          /** @description With `client_secret`, instead of HTTP Basic (`client_secret_post`). */
          client_id?: string;
          /** @description With `client_id`, instead of HTTP Basic (`client_secret_post`). */
          client_secret?: string;
          /** @constant */
          grant_type: 'client_credentials';
          /** @description Permissions separated by spaces; by default all of the client's. */
          scope?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description `invalid_request`, `invalid_grant`, `unsupported_grant_type` or `invalid_scope`. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description `invalid_client`: unknown client, wrong secret or revoked client. */
      401: {
        headers: {
          /** @description `Basic realm="tally"` */
          'WWW-Authenticate'?: string;
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description `temporarily_unavailable`: a rate limit refused the request; retry after `Retry-After` seconds. */
      429: {
        headers: {
          RateLimit: components['headers']['RateLimit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description `temporarily_unavailable`: the identity service did not answer. */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
    };
  };
  'webhook.creator.connected': {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every attempt (and for every endpoint that hears it), so that a receiver can drop a delivery it already has. */
        'webhook-id': string;
        /** @description When this attempt was sent, in seconds since the Unix epoch. Refuse messages more than a few minutes off your clock (replays). */
        'webhook-timestamp': string;
        /** @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">`, keyed with the base64-decoded part of the endpoint secret after `whsec_`. During the grace period of a secret rotation there is one per secret, space-separated: accept the message when any one matches. */
        'webhook-signature': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatorConnectedEvent'];
      };
    };
    responses: {
      /** @description Gone: Tally disables the endpoint at once and sends it nothing more. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery succeeded. */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none within 15 s: the delivery is tried again later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  'webhook.creator.disconnected': {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every attempt (and for every endpoint that hears it), so that a receiver can drop a delivery it already has. */
        'webhook-id': string;
        /** @description When this attempt was sent, in seconds since the Unix epoch. Refuse messages more than a few minutes off your clock (replays). */
        'webhook-timestamp': string;
        /** @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">`, keyed with the base64-decoded part of the endpoint secret after `whsec_`. During the grace period of a secret rotation there is one per secret, space-separated: accept the message when any one matches. */
        'webhook-signature': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatorDisconnectedEvent'];
      };
    };
    responses: {
      /** @description Gone: Tally disables the endpoint at once and sends it nothing more. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery succeeded. */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none within 15 s: the delivery is tried again later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  'webhook.creator.reauth_required': {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every attempt (and for every endpoint that hears it), so that a receiver can drop a delivery it already has. */
        'webhook-id': string;
        /** @description When this attempt was sent, in seconds since the Unix epoch. Refuse messages more than a few minutes off your clock (replays). */
        'webhook-timestamp': string;
        /** @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">`, keyed with the base64-decoded part of the endpoint secret after `whsec_`. During the grace period of a secret rotation there is one per secret, space-separated: accept the message when any one matches. */
        'webhook-signature': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatorReauthRequiredEvent'];
      };
    };
    responses: {
      /** @description Gone: Tally disables the endpoint at once and sends it nothing more. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery succeeded. */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none within 15 s: the delivery is tried again later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  'webhook.creator.sync_failed': {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every attempt (and for every endpoint that hears it), so that a receiver can drop a delivery it already has. */
        'webhook-id': string;
        /** @description When this attempt was sent, in seconds since the Unix epoch. Refuse messages more than a few minutes off your clock (replays). */
        'webhook-timestamp': string;
        /** @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">`, keyed with the base64-decoded part of the endpoint secret after `whsec_`. During the grace period of a secret rotation there is one per secret, space-separated: accept the message when any one matches. */
        'webhook-signature': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatorSyncFailedEvent'];
      };
    };
    responses: {
      /** @description Gone: Tally disables the endpoint at once and sends it nothing more. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery succeeded. */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none within 15 s: the delivery is tried again later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  'webhook.creator.synced': {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every attempt (and for every endpoint that hears it), so that a receiver can drop a delivery it already has. */
        'webhook-id': string;
        /** @description When this attempt was sent, in seconds since the Unix epoch. Refuse messages more than a few minutes off your clock (replays). */
        'webhook-timestamp': string;
        /** @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">`, keyed with the base64-decoded part of the endpoint secret after `whsec_`. During the grace period of a secret rotation there is one per secret, space-separated: accept the message when any one matches. */
        'webhook-signature': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatorSyncedEvent'];
      };
    };
    responses: {
      /** @description Gone: Tally disables the endpoint at once and sends it nothing more. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery succeeded. */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none within 15 s: the delivery is tried again later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  'webhook.key.expiring': {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every attempt (and for every endpoint that hears it), so that a receiver can drop a delivery it already has. */
        'webhook-id': string;
        /** @description When this attempt was sent, in seconds since the Unix epoch. Refuse messages more than a few minutes off your clock (replays). */
        'webhook-timestamp': string;
        /** @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">`, keyed with the base64-decoded part of the endpoint secret after `whsec_`. During the grace period of a secret rotation there is one per secret, space-separated: accept the message when any one matches. */
        'webhook-signature': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KeyExpiringEvent'];
      };
    };
    responses: {
      /** @description Gone: Tally disables the endpoint at once and sends it nothing more. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery succeeded. */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none within 15 s: the delivery is tried again later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  'webhook.key.revoked': {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every attempt (and for every endpoint that hears it), so that a receiver can drop a delivery it already has. */
        'webhook-id': string;
        /** @description When this attempt was sent, in seconds since the Unix epoch. Refuse messages more than a few minutes off your clock (replays). */
        'webhook-timestamp': string;
        /** @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">`, keyed with the base64-decoded part of the endpoint secret after `whsec_`. During the grace period of a secret rotation there is one per secret, space-separated: accept the message when any one matches. */
        'webhook-signature': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KeyRevokedEvent'];
      };
    };
    responses: {
      /** @description Gone: Tally disables the endpoint at once and sends it nothing more. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery succeeded. */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none within 15 s: the delivery is tried again later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  'webhook.webhook.test': {
    parameters: {
      query?: never;
      header: {
        /** @description The event's id: the same on every attempt (and for every endpoint that hears it), so that a receiver can drop a delivery it already has. */
        'webhook-id': string;
        /** @description When this attempt was sent, in seconds since the Unix epoch. Refuse messages more than a few minutes off your clock (replays). */
        'webhook-timestamp': string;
        /** @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">`, keyed with the base64-decoded part of the endpoint secret after `whsec_`. During the grace period of a secret rotation there is one per secret, space-separated: accept the message when any one matches. */
        'webhook-signature': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookTestEvent'];
      };
    };
    responses: {
      /** @description Gone: Tally disables the endpoint at once and sends it nothing more. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery succeeded. */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none within 15 s: the delivery is tried again later. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
