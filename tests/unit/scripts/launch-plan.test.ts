import path from 'node:path';
import { DEFAULT_PORT, electronExecutable, nextStep, portProblem, requestedPort, type FileProbe } from '../../../scripts/launch-plan';

const electronDir = path.join('project', 'node_modules', 'electron');

/** A fake package folder: the files it holds, with their text. */
function probe(files: Record<string, string>): FileProbe {
  const at = (file: string) => files[path.relative(electronDir, file).split(path.sep).join('/')];
  return { readText: at, exists: (file) => at(file) !== undefined };
}

describe('finding the Electron runtime without downloading it', () => {
  it('finds the executable named by path.txt when it is in dist/', () => {
    const files = probe({ 'path.txt': 'electron', 'dist/electron': '' });
    expect(electronExecutable(electronDir, files)).toBe(path.join(electronDir, 'dist', 'electron'));
  });

  it('reads a path.txt that ends with a newline', () => {
    const files = probe({ 'path.txt': 'electron\n', 'dist/electron': '' });
    expect(electronExecutable(electronDir, files)).toBe(path.join(electronDir, 'dist', 'electron'));
  });

  it('has no runtime when the package was installed but never downloaded (no path.txt)', () => {
    expect(electronExecutable(electronDir, probe({ 'index.js': '' }))).toBeUndefined();
  });

  it('has no runtime when path.txt names a file that is not there', () => {
    expect(electronExecutable(electronDir, probe({ 'path.txt': 'electron' }))).toBeUndefined();
  });

  it('has no runtime when path.txt is empty', () => {
    expect(electronExecutable(electronDir, probe({ 'path.txt': '\n', dist: '' }))).toBeUndefined();
  });
});

describe('choosing what npm start does', () => {
  it('starts Electron when its runtime is present, without trying to download it', () => {
    expect(nextStep({ executable: '/e/electron', installTried: false })).toEqual({ kind: 'electron', executable: '/e/electron' });
  });

  it('tries once to obtain a missing runtime', () => {
    expect(nextStep({ executable: undefined, installTried: false })).toEqual({ kind: 'install' });
  });

  it('starts Electron when that attempt brought the runtime', () => {
    expect(nextStep({ executable: '/e/electron', installTried: true })).toEqual({ kind: 'electron', executable: '/e/electron' });
  });

  it('serves the app in the browser when the runtime is still missing after the attempt', () => {
    expect(nextStep({ executable: undefined, installTried: true })).toEqual({ kind: 'browser' });
  });
});

describe('the browser fallback port: always the same origin', () => {
  it('is 4780 unless PORT says otherwise', () => {
    expect(requestedPort({})).toEqual({ port: DEFAULT_PORT });
    expect(requestedPort({ PORT: '' })).toEqual({ port: DEFAULT_PORT });
    expect(requestedPort({ PORT: '8080' })).toEqual({ port: 8080 });
  });

  it.each(['abc', '0', '65536', '80.5', '-1', '8080x'])('refuses PORT=%s with a readable message', (value) => {
    expect(requestedPort({ PORT: value })).toEqual({ error: expect.stringContaining(`"${value}"`) });
  });

  it('never moves to another port: when CareLit already runs there, it says to open that address or stop the other copy', () => {
    const message = portProblem(4780, 'EADDRINUSE', true)!;
    expect(message).toContain('CareLit is already running at http://127.0.0.1:4780/');
    expect(message).toContain('stop the other one (Ctrl+C in the terminal where it runs)');
  });

  it('says why progress would not show at another address when another program has the port, and how to go on', () => {
    const message = portProblem(4780, 'EADDRINUSE', false)!;
    expect(message).toContain('Port 4780 is used by another program');
    expect(message).toContain('Your browser keeps your progress for the address http://127.0.0.1:4780/: served at another address, CareLit would look empty.');
    expect(message).toContain('Close the program that uses port 4780');
    expect(message).toContain('PORT=<number>');
  });

  it('explains a port this account may not use, and is silent about other errors (they are reported as they are)', () => {
    expect(portProblem(80, 'EACCES', false)).toContain('may not use port 80');
    expect(portProblem(4780, 'EADDRNOTAVAIL', false)).toBeNull();
    expect(portProblem(4780, undefined, false)).toBeNull();
  });
});
