import { runCommand } from '@tally/nest-kit';
import { commandFor } from './commands.js';

const { name, run } = commandFor(process.argv.slice(2));
runCommand(name, run);
