import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckLoadError, loadChecksDir, Registry, validateCheck } from '../../src/check/registry.js';
import { builtinChecks } from '../../checks/index.js';

const good = {
  id: 'ec2.custom-tag-present', title: 'Instances carry an owner tag', description: 'Owner tags make incident response faster.', service: 'ec2',
  resourceType: 'AWS::EC2::Instance', severity: 'low', duty: 'configuration-management', serviceModel: 'IaaS', scope: 'regional',
  remediation: { text: 'Tag it.', url: 'https://docs.aws.amazon.com/' },
};
const moduleText = (meta: object) => `export default { ...${JSON.stringify(meta)}, async run() { return []; } };\n`;

describe('check validation on load', () => {
  it.each([
    [{ ...good, duty: 'patching' }, /field "duty" must be a duty id/],
    [{ ...good, id: 'EC2_custom' }, /field "id" must be of the form "service.kebab-name"/],
    [{ ...good, id: 's3.custom-tag-present' }, /field "id" must be prefixed with its service "ec2."/],
    [{ ...good, serviceModel: 'SaaS' }, /field "serviceModel" must be "IaaS" for AWS::EC2::Instance/],
    [{ ...good, resourceType: 'AWS::Foo::Bar' }, /field "resourceType" must be a CloudFormation type listed/],
    [{ ...good, severity: 'urgent' }, /field "severity"/],
    [{ ...good, remediation: { text: 'x', url: 'http://insecure' } }, /field "remediation.url" must be an https:\/\/ URL/],
    [{ ...good, title: '' }, /field "title" must be a non-empty string/],
  ])('names the field: %j', (meta, message) => {
    expect(() => validateCheck({ ...meta, run: async () => [] }, 'plugin.js')).toThrow(message);
  });

  it('requires a run function and a default export', () => {
    expect(() => validateCheck(good, 'x.js')).toThrow(/field "run" must be a function/);
    expect(() => validateCheck(undefined, 'x.js')).toThrow(/x.js: check field "\(default export\)"/);
  });

  it('loads a --checks-dir recursively, resolves SRM tags, and rejects duplicates of built-ins', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'srm-plugins-'));
    await mkdir(join(dir, 'nested'));
    await writeFile(join(dir, 'nested', 'tag.mjs'), moduleText(good));
    await writeFile(join(dir, 'README.md'), 'not a module');
    const loaded = await loadChecksDir(dir);
    expect(loaded.map((c) => c.id)).toEqual(['ec2.custom-tag-present']);
    const registry = await Registry.create(builtinChecks, { checksDirs: [dir] });
    expect(registry.get('ec2.custom-tag-present')).toMatchObject({ srm: { layer: 'operations', owner: 'customer', serviceModel: 'IaaS' }, origin: dir });

    const dup = await mkdtemp(join(tmpdir(), 'srm-plugins-'));
    await writeFile(join(dup, 'dup.mjs'), moduleText({ ...good, id: 'cloudtrail.log-file-validation-enabled', service: 'cloudtrail', resourceType: 'AWS::CloudTrail::Trail', serviceModel: 'SaaS' }));
    await expect(Registry.create(builtinChecks, { checksDirs: [dup] })).rejects.toThrow(/already defined by builtin/);
  });

  it('names the file of a module that does not load or is not a check', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'srm-plugins-'));
    await writeFile(join(dir, 'broken.mjs'), 'export default {;');
    await expect(loadChecksDir(dir)).rejects.toThrow(CheckLoadError);
    await expect(loadChecksDir(dir)).rejects.toThrow(/broken.mjs: cannot be loaded/);
    await expect(loadChecksDir(join(dir, 'missing'))).rejects.toThrow(/not a readable folder/);
  });

  it('suggests the closest id', async () => {
    const registry = await Registry.create(builtinChecks);
    expect(registry.suggest('iam.root-mfa-enabeld')).toBe('iam.root-mfa-enabled');
  });
});
