/**
 * NATS subjects, `<service>.<resource>.<verb>` for request-reply and past tense
 * for events. Deployments may put a prefix in front of every subject
 * (`NATS_SUBJECT_PREFIX`); the transport adds it, so code always uses these names.
 */
export const IdentitySubjects = {
  ping: 'identity.health.ping',
  verifyKey: 'identity.keys.verify',
  createKey: 'identity.keys.create',
  listKeys: 'identity.keys.list',
  getKey: 'identity.keys.get',
  revokeKey: 'identity.keys.revoke',
  rollKey: 'identity.keys.roll',
  updateKey: 'identity.keys.update',
  listRoles: 'identity.roles.list',
  createRole: 'identity.roles.create',
  signup: 'identity.auth.signup',
  login: 'identity.auth.login',
  logout: 'identity.auth.logout',
  verifySession: 'identity.sessions.verify',
  whoAmI: 'identity.users.me',
  listAuditEvents: 'identity.audit-events.list',
  createOAuthClient: 'identity.oauth-clients.create',
  listOAuthClients: 'identity.oauth-clients.list',
  revokeOAuthClient: 'identity.oauth-clients.revoke',
  updateOAuthClient: 'identity.oauth-clients.update',
  listMembers: 'identity.members.list',
  updateMember: 'identity.members.update',
  removeMember: 'identity.members.remove',
  createInvitation: 'identity.invitations.create',
  listInvitations: 'identity.invitations.list',
  revokeInvitation: 'identity.invitations.revoke',
  previewInvitation: 'identity.invitations.preview',
  acceptInvitation: 'identity.invitations.accept',
  changePassword: 'identity.passwords.change',
  requestPasswordReset: 'identity.passwords.request-reset',
  completePasswordReset: 'identity.passwords.complete-reset',
  createServiceUser: 'identity.service-users.create',
  listServiceUsers: 'identity.service-users.list',
  getServiceUser: 'identity.service-users.get',
  updateServiceUser: 'identity.service-users.update',
  deleteServiceUser: 'identity.service-users.delete',
  issueToken: 'identity.oauth.token',
  introspectToken: 'identity.oauth.introspect',
  revokeToken: 'identity.oauth.revoke',
  jwks: 'identity.oauth.jwks',
  revocations: 'identity.oauth.revocations',
  revocationsSince: 'identity.revocations.since',
} as const;

/** Events identity publishes; every gateway listens (no queue group) to drop cached credentials. */
export const IdentityEvents = {
  keyRevoked: 'identity.key.revoked',
  keyRolled: 'identity.key.rolled',
  sessionEnded: 'identity.session.ended',
  clientRevoked: 'identity.client.revoked',
  tokenRevoked: 'identity.token.revoked',
  credentialsChanged: 'identity.credentials.changed',
} as const;

/** Events the gateway publishes. */
export const GatewayEvents = {
  /** Batches of key uses, so that identity records lastUsedAt off the request path. */
  keysUsed: 'gateway.key.used',
} as const;

export const CreatorsSubjects = {
  ping: 'creators.health.ping',
  startConnect: 'creators.connect.start',
  completeConnect: 'creators.connect.complete',
  getRedirectUrls: 'creators.redirect-urls.get',
  replaceRedirectUrls: 'creators.redirect-urls.replace',
  listCreators: 'creators.creators.list',
  getProfile: 'creators.creators.get',
  disconnect: 'creators.creators.disconnect',
  statsHistory: 'creators.stats.history',
  listVideos: 'creators.videos.list',
  startSync: 'creators.sync.start',
  syncStatus: 'creators.sync.status',
  searchResources: 'creators.resources.search',
  platformUsage: 'creators.platforms.usage',
} as const;

export const WebhooksSubjects = {
  ping: 'webhooks.health.ping',
  createEndpoint: 'webhooks.endpoints.create',
  listEndpoints: 'webhooks.endpoints.list',
  getEndpoint: 'webhooks.endpoints.get',
  updateEndpoint: 'webhooks.endpoints.update',
  deleteEndpoint: 'webhooks.endpoints.delete',
  rotateSecret: 'webhooks.endpoints.rotate-secret',
  sendTest: 'webhooks.endpoints.test',
  listDeliveries: 'webhooks.deliveries.list',
  retryDelivery: 'webhooks.deliveries.retry',
} as const;

/**
 * Events the creators service and the sync workers publish. Identity records
 * them in the audit log (queue group `identity`: one replica records each).
 */
export const CreatorsEvents = {
  connected: 'creators.creator.connected',
  disconnected: 'creators.creator.disconnected',
  synced: 'creators.creator.synced',
  reauthRequired: 'creators.creator.reauth_required',
  /** A person or a key asked for a sync (`POST /creators/:id/sync`). */
  syncRequested: 'creators.creator.sync_requested',
  /** A sync failed for good (its last attempt, or a failure retrying cannot fix). */
  syncFailed: 'creators.creator.sync_failed',
  /** An account's allowed redirect URLs for connect flows were replaced. */
  redirectUrlsReplaced: 'creators.redirect_urls.replaced',
} as const;
