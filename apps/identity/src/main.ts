import 'reflect-metadata';
import { runMain } from '@tally/nest-kit';
import { loadIdentityConfig } from './config/identity.config.js';
import { startIdentity } from './identity.app.js';

runMain('identity', () => startIdentity(loadIdentityConfig()));
