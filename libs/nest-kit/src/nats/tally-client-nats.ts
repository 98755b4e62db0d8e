import { ClientNats, MsPattern } from '@nestjs/microservices';
import { natsConnectionOptions, NatsConnectionSettings } from './nats-connection-options.js';
import { prefixSubject } from './subject-prefix.js';

export interface TallyClientNatsOptions extends NatsConnectionSettings {
  subjectPrefix?: string;
}

/** Nest's NATS client, sending to the deployment's prefixed subjects. */
export class TallyClientNats extends ClientNats {
  private readonly subjectPrefix: string | undefined;

  constructor(options: TallyClientNatsOptions) {
    super(natsConnectionOptions(options));
    this.subjectPrefix = options.subjectPrefix;
  }

  /** The subject as it travels on the wire, with the deployment's prefix. */
  wireSubject(subject: string): string {
    return prefixSubject(this.subjectPrefix, subject);
  }

  protected override normalizePattern(pattern: MsPattern): string {
    return prefixSubject(this.subjectPrefix, super.normalizePattern(pattern));
  }
}
