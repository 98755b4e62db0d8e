import { Api } from './api/api.js';
import { dataOf } from './api/data-of.js';
import type { RequestOptions, TallyOptions } from './options.js';
import { AuditEvents } from './resources/audit-events.js';
import { Connect } from './resources/connect.js';
import { Creators } from './resources/creators.js';
import { Invitations } from './resources/invitations.js';
import { Keys } from './resources/keys.js';
import { Members } from './resources/members.js';
import { OAuthClients } from './resources/oauth-clients.js';
import { Resources } from './resources/resources.js';
import { Roles } from './resources/roles.js';
import { ServiceUsers } from './resources/service-users.js';
import { Usage } from './resources/usage.js';
import { Users } from './resources/users.js';
import { WebhookEndpoints } from './resources/webhook-endpoints.js';
import type { DataOf } from './types.js';

/**
 * The Tally API. `new Tally({ apiKey })` or `new Tally({ clientId, clientSecret })`;
 * each resource is named after its path (`tally.creators`, `tally.webhookEndpoints`).
 */
export class Tally {
  readonly auditEvents: AuditEvents;
  readonly connect: Connect;
  readonly creators: Creators;
  readonly invitations: Invitations;
  readonly keys: Keys;
  readonly members: Members;
  readonly oauthClients: OAuthClients;
  readonly resources: Resources;
  readonly roles: Roles;
  readonly serviceUsers: ServiceUsers;
  readonly usage: Usage;
  readonly users: Users;
  readonly webhookEndpoints: WebhookEndpoints;
  private readonly api: Api;

  constructor(options: TallyOptions) {
    const api = new Api(options);
    this.api = api;
    this.auditEvents = new AuditEvents(api);
    this.connect = new Connect(api);
    this.creators = new Creators(api);
    this.invitations = new Invitations(api);
    this.keys = new Keys(api);
    this.members = new Members(api);
    this.oauthClients = new OAuthClients(api);
    this.resources = new Resources(api);
    this.roles = new Roles(api);
    this.serviceUsers = new ServiceUsers(api);
    this.usage = new Usage(api);
    this.users = new Users(api);
    this.webhookEndpoints = new WebhookEndpoints(api);
  }

  /** Whether Tally's services answer (no permission needed). */
  ping(options?: RequestOptions): Promise<DataOf<'ping_ping'>> {
    return dataOf<'ping_ping'>(this.api.client.GET('/api/v1/ping', this.api.init(options)));
  }
}
