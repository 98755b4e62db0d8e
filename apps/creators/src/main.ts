import 'reflect-metadata';
import { runMain } from '@tally/nest-kit';
import { loadCreatorsConfig } from './config/creators.config.js';
import { startCreators } from './creators.app.js';

runMain('creators', () => startCreators(loadCreatorsConfig()));
