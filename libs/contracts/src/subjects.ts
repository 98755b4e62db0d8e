/**
 * NATS subjects, `<service>.<resource>.<verb>` for request-reply and past tense
 * for events. Deployments may put a prefix in front of every subject
 * (`NATS_SUBJECT_PREFIX`); the transport adds it, so code always uses these names.
 */
export const IdentitySubjects = {
  ping: 'identity.health.ping',
} as const;

export const CreatorsSubjects = {
  ping: 'creators.health.ping',
} as const;

export type IdentitySubject = (typeof IdentitySubjects)[keyof typeof IdentitySubjects];
export type CreatorsSubject = (typeof CreatorsSubjects)[keyof typeof CreatorsSubjects];
