import { describe, expect, it } from 'vitest';
import { gitEnvironment } from '../../src/adapters/git.js';
import { shellWord } from '../../src/domain/shell.js';

describe('the environment git runs with', () => {
  it('without a terminal: no password prompt, ssh in batch mode', () => {
    const env = gitEnvironment({ PATH: '/bin', HOME: '/home/rep' }, false);
    expect(env).toMatchObject({ PATH: '/bin', HOME: '/home/rep', GIT_TERMINAL_PROMPT: '0', GIT_SSH_COMMAND: 'ssh -o BatchMode=yes', LC_ALL: 'C' });
  });

  it("keeps the user's own ssh command, and lets a terminal prompt when there is one", () => {
    expect(gitEnvironment({ GIT_SSH_COMMAND: 'ssh -i key' }, false).GIT_SSH_COMMAND).toBe('ssh -i key');
    const at = gitEnvironment({}, true);
    expect(at.GIT_TERMINAL_PROMPT).toBeUndefined();
    expect(at.GIT_SSH_COMMAND).toBeUndefined();
  });
});

describe('a path in the merge driver command', () => {
  it('reads back unchanged in sh, spaces and quotes included', () => {
    expect(shellWord('/usr/bin/node')).toBe('/usr/bin/node');
    expect(shellWord("/Users/li ming/it's/bin/followup")).toBe(`'/Users/li ming/it'\\''s/bin/followup'`);
    expect(shellWord('/home/王/bin/followup')).toBe(`'/home/王/bin/followup'`);
  });
});
