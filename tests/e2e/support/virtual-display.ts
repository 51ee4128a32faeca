import { spawn, execFileSync, type ChildProcess } from 'node:child_process';

/**
 * A virtual X display (Xvfb) for tests that need a headful browser, and real key presses on it
 * (xdotool): browser-level shortcuts such as extension commands ignore synthetic key events.
 */
export async function startVirtualDisplay(number = 90 + Math.floor(Math.random() * 900)) {
  const display = `:${number}`;
  const server: ChildProcess = spawn('Xvfb', [display, '-screen', '0', '1366x768x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 800));
  if (server.exitCode !== null) throw new Error(`Xvfb could not start on ${display}`);
  return {
    display,
    pressKeys(keys: string) {
      execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env: { ...process.env, DISPLAY: display } });
    },
    stop() {
      server.kill();
    },
  };
}
