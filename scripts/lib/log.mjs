const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);

export const color = {
  bold: paint(1),
  dim: paint(2),
  red: paint(31),
  green: paint(32),
  yellow: paint(33),
  cyan: paint(36),
};

export function step(message) {
  process.stdout.write(`${color.cyan('tally')} ${message}\n`);
}

export function warn(message) {
  process.stdout.write(`${color.yellow('tally')} ${message}\n`);
}

export function fail(message) {
  process.stderr.write(`${color.red('tally')} ${message}\n`);
  process.exit(1);
}
