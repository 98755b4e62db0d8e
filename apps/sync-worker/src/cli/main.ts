import { runCommand } from '@tally/nest-kit';
import { runCli } from './run-cli.js';

runCommand('jobs', runCli);
