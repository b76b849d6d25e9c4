import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { keyPath, loadConfig, validateConfig } from '../../src/config/config.js';
import { ConfigError } from '../../src/util/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-config-'));
});

describe('config validation', () => {
  it('accepts config.example.json', async () => {
    const text = await readFile(join(import.meta.dirname, '..', '..', 'config.example.json'), 'utf8');
    expect(() => validateConfig(JSON.parse(text), 'config.example.json')).not.toThrow();
  });

  // Each bad input: one sentence naming the key and what was expected.
  it.each([
    [{ concurrency: 'fast' }, /key "concurrency" must be an integer from 1 to 256 \(got "fast"\)/],
    [{ concurrency: 0 }, /key "concurrency" must be an integer from 1 to 256 \(got 0\)/],
    [{ concurrency: 1e12 }, /key "concurrency" must be an integer from 1 to 256/],
    [{ regions: ['eu-west-1', 'mars-north-1x'] }, /key "regions\[1\]" must be an AWS region name/],
    [{ regions: 'eu-west-1' }, /key "regions" must be a list of AWS region names/],
    [{ failOn: 'severe' }, /key "failOn" must be one of critical, high, medium, low, informational, none \(got "severe"\)/],
    [{ concurency: 4 }, /unknown key "concurency" \(did you mean "concurrency"\?\)/],
    [{ checks: { incldue: [] } }, /unknown key "checks.incldue" \(did you mean "include"\?\)/],
    [{ suppressions: [{ checkId: 'iam.x', resource: '*', reason: 'accepted risk', by: 'me', expires: '31/12/2026' }] }, /key "suppressions\[0\].expires" must be a date as YYYY-MM-DD/],
    [{ suppressions: [{ checkId: 'iam.x', resource: '*', reason: 'accepted risk', by: 'me', expires: '2026-02-30' }] }, /suppressions\[0\].expires/],
    [{ suppressions: [{ checkId: 'iam.x', resource: '*', by: 'me' }] }, /key "suppressions\[0\]" is missing the required key "reason"/],
    [{ suppressions: [{ checkId: 'iam.x', resource: '*', reason: 'accepted risk', by: 'me' }] }, /key "suppressions\[0\]" is missing the required key "expires"/],
    [{ accounts: [{ roleArn: 'role/Audit' }] }, /key "accounts\[0\].roleArn" must be an IAM role ARN/],
    [{ maxAttempts: -1 }, /key "maxAttempts" must be an integer from 1 to 20/],
    [{ output: { formats: [] } }, /key "output.formats"/],
    [[], /must be/],
  ])('rejects %j', (input, message) => {
    expect(() => validateConfig(input, 'config.json')).toThrow(ConfigError);
    expect(() => validateConfig(input, 'config.json')).toThrow(message);
  });

  it('rejects unreadable, empty, non-JSON and non-UTF-8 files with the file named', async () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ['empty.json', '', /is empty/],
      ['broken.json', '{"regions": [', /is not valid JSON/],
      ['latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]), /is not UTF-8 text/],
      ['array.json', '[1,2]', /must hold a JSON object \(got an array\)/],
    ];
    for (const [name, content, message] of cases) {
      const f = join(dir, name);
      await writeFile(f, content);
      expect(() => loadConfig(f)).toThrow(message);
    }
    expect(() => loadConfig(join(dir, 'nope.json'))).toThrow(/cannot read config file .*nope.json: ENOENT/);
  });

  it('rejects a key given twice in one object, naming it', async () => {
    const cases: [string, RegExp][] = [
      ['{"failOn": "critical", "failOn": "none"}', /key "failOn" appears twice/],
      ['{"suppressions": [{"checkId": "iam.x", "resource": "*", "reason": "accepted", "by": "me", "expires": "2099-01-01", "resource": "arn:*"}]}', /key "suppressions\[0\].resource" appears twice/],
      ['{"checks": {"options": {"iam.access-keys-rotated": {"maxAgeDays": 90}, "iam.access-keys-rotated": {"maxAgeDays": 9000}}}}', /key "checks.options\["iam.access-keys-rotated"\]" appears twice/],
      ['{"regions": ["eu-west-1"], "r\\u0065gions": ["us-east-1"]}', /key "regions" appears twice/],
    ];
    for (const [i, [text, message]] of cases.entries()) {
      const f = join(dir, `dup-${i}.json`);
      await writeFile(f, text);
      expect(() => loadConfig(f), text).toThrow(message);
    }
    // The same key in different objects is fine.
    const ok = join(dir, 'dup-ok.json');
    await writeFile(ok, JSON.stringify({ suppressions: [1, 2].map((n) => ({ checkId: 'iam.*', resource: `r${n}`, reason: 'accepted', by: 'me', expires: '2099-01-01' })) }));
    expect(loadConfig(ok).suppressions).toHaveLength(2);
  });

  it('names keys as a user writes them', () => {
    expect(keyPath('/checks/options/iam.access-keys-rotated/maxAgeDays')).toBe('checks.options["iam.access-keys-rotated"].maxAgeDays');
    expect(keyPath('/suppressions/0/expires')).toBe('suppressions[0].expires');
  });
});
