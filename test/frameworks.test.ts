import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { coverage, framework, frameworks, resolveFrameworks, validateFramework, type Framework, type FrameworkControl } from '../src/frameworks/index.js';

const CIS_VERSIONS = ['3.0.0', '5.0.0', '7.0.0'] as const;
const FSBP = 'aws-foundational-security-best-practices-1.0.0';
/** Frameworks whose controls are single configuration rules: one verdict per control. */
const BENCHMARKS = [...CIS_VERSIONS.map((v) => `cis-aws-foundations-${v}`), FSBP];
const CHECK_ID = /^[a-z0-9]+\.[a-z0-9]+(-[a-z0-9]+)*$/;

function cis(version: string): Framework {
  const fw = framework(`cis-aws-foundations-${version}`);
  if (!fw) throw new Error(`cis-aws-foundations-${version} is not loaded by frameworks()`);
  return fw;
}

function control(fw: Framework, id: string): FrameworkControl {
  const c = fw.controls.find((x) => x.id === id);
  if (!c) throw new Error(`${fw.id}: no control ${id}`);
  return c;
}

/** Negative, zero or positive as dotted recommendation numbers compare ("1.9" < "1.10" < "2.1.1"). */
function compareIds(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

describe('CIS AWS Foundations Benchmark data files', () => {
  it('are all loaded by frameworks()', () => {
    const ids = frameworks().map((f) => f.id);
    for (const v of CIS_VERSIONS) expect(ids).toContain(`cis-aws-foundations-${v}`);
  });

  describe.each(CIS_VERSIONS)('v%s', (version) => {
    const fw = cis(version);

    it('has the framework metadata', () => {
      expect(fw).toMatchObject({
        id: `cis-aws-foundations-${version}`,
        title: 'CIS Amazon Web Services Foundations Benchmark',
        version,
        url: 'https://www.cisecurity.org/benchmark/amazon_web_services',
      });
    });

    it('lists unique recommendation ids in benchmark order', () => {
      const ids = fw.controls.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^\d+(\.\d+)+$/);
      for (let i = 1; i < ids.length; i++) expect(compareIds(ids[i - 1]!, ids[i]!), `${ids[i - 1]} before ${ids[i]}`).toBeLessThan(0);
    });

    it('gives every control a title, section, assessment status, profile level and checks list', () => {
      for (const c of fw.controls) {
        expect(typeof c.title === 'string' && c.title.trim().length > 0, `${c.id} title`).toBe(true);
        expect(typeof c.section === 'string' && c.section.length > 0, `${c.id} section`).toBe(true);
        expect(['automated', 'manual'], `${c.id} assessment`).toContain(c.assessment);
        expect([1, 2], `${c.id} level`).toContain(c.level);
        expect(Array.isArray(c.checks), `${c.id} checks`).toBe(true);
        if (c.note !== undefined) expect(c.note.trim().length, `${c.id} note`).toBeGreaterThan(0);
      }
    });

    it('maps only check ids of the form service.kebab-name, each at most once per control', () => {
      for (const c of fw.controls) {
        for (const id of c.checks) expect(id, `${c.id}`).toMatch(CHECK_ID);
        expect(new Set(c.checks).size, `${c.id} duplicate check`).toBe(c.checks.length);
      }
    });
  });

  describe('v3.0.0 anchors', () => {
    const fw = cis('3.0.0');
    it('has 62 recommendations', () => expect(fw.controls).toHaveLength(62));
    it.each([
      ['1.4', /root.*access key/i, 'automated', 1, ['iam.root-access-keys-absent']],
      ['1.13', /only one active access key/i, 'automated', 1, ['iam.single-active-access-key']],
      ['1.16', /"\*:\*" administrative privileges/, 'automated', 1, ['iam.no-full-admin-policies']],
      ['2.2.1', /EBS Volume Encryption/i, 'automated', 1, ['ec2.ebs-default-encryption']],
      ['3.1', /CloudTrail is enabled in all regions/, 'automated', 1, ['cloudtrail.multi-region-trail-enabled']],
      ['3.4', /access logging.*CloudTrail S3 bucket/, 'automated', 1, ['cloudtrail.s3-bucket-access-logging']],
      ['3.7', /VPC flow logging/, 'automated', 2, ['ec2.vpc-flow-logs-enabled']],
      ['5.6', /IMDSv2/, 'automated', 1, ['ec2.imdsv2-required']],
    ] as const)('%s', (id, title, assessment, level, checks) => {
      const c = control(fw, id);
      expect(c.title).toMatch(title);
      expect(c).toMatchObject({ assessment, level });
      expect(c.checks).toEqual(checks);
    });
    it('keeps the monitoring section manual, each mapped to its metric-filter check', () => {
      const monitoring = fw.controls.filter((c) => /^4\.(\d|1[0-5])$/.test(c.id));
      expect(monitoring).toHaveLength(15);
      for (const c of monitoring) expect(c).toMatchObject({ assessment: 'manual', checks: [expect.stringMatching(/^cloudwatch\.alarm-/)] });
      expect(control(fw, '4.3').checks).toEqual(['cloudwatch.alarm-root-account-usage']);
      expect(control(fw, '4.15').checks).toEqual(['cloudwatch.alarm-organizations-changes']);
    });
  });

  describe('v5.0.0 anchors', () => {
    const fw = cis('5.0.0');
    it('has 63 recommendations', () => expect(fw.controls).toHaveLength(63));
    it.each([
      ['1.3', /root.*access key/i, 'automated', 1, ['iam.root-access-keys-absent']],
      ['1.12', /only one active access key/i, 'automated', 1, ['iam.single-active-access-key']],
      ['2.1.4', /Block Public Access/, 'automated', 1, ['s3.bucket-public-access-block']],
      ['3.1', /CloudTrail is enabled in all regions/, 'manual', 1, ['cloudtrail.multi-region-trail-enabled']],
      ['3.4', /server access logging.*CloudTrail S3 bucket/, 'manual', 1, ['cloudtrail.s3-bucket-access-logging']],
      ['3.7', /VPC flow logging/, 'automated', 2, ['ec2.vpc-flow-logs-enabled']],
      ['5.1.1', /EBS volume encryption/i, 'automated', 1, ['ec2.ebs-default-encryption']],
      ['5.7', /IMDSv2/, 'automated', 1, ['ec2.imdsv2-required']],
    ] as const)('%s', (id, title, assessment, level, checks) => {
      const c = control(fw, id);
      expect(c.title).toMatch(title);
      expect(c).toMatchObject({ assessment, level });
      expect(c.checks).toEqual(checks);
    });
  });

  describe('v7.0.0 anchors', () => {
    const fw = cis('7.0.0');
    it('has 70 recommendations, numbered from section 2', () => {
      expect(fw.controls).toHaveLength(70);
      expect(fw.controls[0]!.id).toBe('2.1.1');
    });
    it.each([
      ['2.1.1', /centralized root access/i, 'manual', 2, []],
      ['2.4', /root.*access key/i, 'automated', 1, ['iam.root-access-keys-absent']],
      ['3.1.4', /Block Public Access/, 'automated', 1, ['s3.bucket-public-access-block']],
      ['4.1', /CloudTrail is enabled in all regions/, 'manual', 1, ['cloudtrail.multi-region-trail-enabled']],
      ['4.7', /VPC flow logging/, 'automated', 2, ['ec2.vpc-flow-logs-enabled']],
      ['6.3', /0\.0\.0\.0\/0 to remote server administration ports/, 'automated', 1, ['ec2.security-group-admin-ports-restricted']],
      ['6.7', /IMDSv2/, 'automated', 1, ['ec2.imdsv2-required']],
    ] as const)('%s', (id, title, assessment, level, checks) => {
      const c = control(fw, id);
      expect(c.title).toMatch(title);
      expect(c).toMatchObject({ assessment, level });
      expect(c.checks).toEqual(checks);
    });
    it('has no single-active-access-key recommendation (dropped before v7.0.0)', () => {
      expect(fw.controls.flatMap((c) => c.checks)).not.toContain('iam.single-active-access-key');
    });
  });

  it('follows the renumbering of moved recommendations across versions', () => {
    const where = (version: string, checkId: string) =>
      cis(version)
        .controls.filter((c) => c.checks.includes(checkId))
        .map((c) => c.id);
    expect(where('3.0.0', 'ec2.vpc-flow-logs-enabled')).toEqual(['3.7']);
    expect(where('5.0.0', 'ec2.vpc-flow-logs-enabled')).toEqual(['3.7']);
    expect(where('7.0.0', 'ec2.vpc-flow-logs-enabled')).toEqual(['4.7']);
    expect(where('3.0.0', 'cloudtrail.s3-bucket-access-logging')).toEqual(['3.4']);
    expect(where('7.0.0', 'cloudtrail.s3-bucket-access-logging')).toEqual(['4.4']);
    expect(where('3.0.0', 'ec2.ebs-default-encryption')).toEqual(['2.2.1']);
    expect(where('5.0.0', 'ec2.ebs-default-encryption')).toEqual(['5.1.1']);
    expect(where('7.0.0', 'ec2.ebs-default-encryption')).toEqual(['6.1.1']);
    // One check per family since the split (issue 11 item 2): 0.0.0.0/0 and ::/0 are separate recommendations.
    expect(where('3.0.0', 'ec2.security-group-admin-ports-restricted')).toEqual(['5.2']);
    expect(where('5.0.0', 'ec2.security-group-admin-ports-restricted')).toEqual(['5.3']);
    expect(where('7.0.0', 'ec2.security-group-admin-ports-restricted')).toEqual(['6.3']);
    expect(where('3.0.0', 'ec2.security-group-admin-ports-restricted-ipv6')).toEqual(['5.3']);
    expect(where('5.0.0', 'ec2.security-group-admin-ports-restricted-ipv6')).toEqual(['5.4']);
    expect(where('7.0.0', 'ec2.security-group-admin-ports-restricted-ipv6')).toEqual(['6.4']);
    expect(where('3.0.0', 'cloudwatch.alarm-unauthorized-api-calls')).toEqual(['4.1']);
    expect(where('5.0.0', 'cloudwatch.alarm-unauthorized-api-calls')).toEqual(['4.1']);
    expect(where('7.0.0', 'cloudwatch.alarm-unauthorized-api-calls')).toEqual(['5.1']);
    expect(where('7.0.0', 'cloudwatch.alarm-vpc-changes')).toEqual(['5.14']);
    expect(where('3.0.0', 'ec2.instance-profile-attached')).toEqual(['1.18']);
    expect(where('5.0.0', 'ec2.instance-profile-attached')).toEqual(['1.17']);
    expect(where('7.0.0', 'ec2.instance-profile-attached')).toEqual(['2.16']);
    expect(where('3.0.0', 'iam.server-certificates-not-expired')).toEqual(['1.19']);
    expect(where('7.0.0', 'iam.server-certificates-not-expired')).toEqual(['2.17']);
    expect(where('3.0.0', 'ec2.security-group-cifs-restricted')).toEqual([]);
    expect(where('5.0.0', 'ec2.security-group-cifs-restricted')).toEqual(['5.1.2']);
    expect(where('7.0.0', 'ec2.security-group-cifs-restricted')).toEqual(['6.1.2']);
  });

  it.each(['3.0.0', '5.0.0', '7.0.0'])('v%s: every automated recommendation maps to at least one registered check', async (version) => {
    const { builtinChecks } = await import('../checks/index.js');
    const ids = new Set<string>(builtinChecks.map((c) => c.id));
    for (const c of cis(version).controls) {
      for (const id of c.checks) expect(ids.has(id), `${version} ${c.id} → ${id}`).toBe(true);
      if (c.assessment === 'automated') expect(c.checks.length, `${version} ${c.id} ${c.title}`).toBeGreaterThan(0);
    }
  });

  describe('one verdict per framework control (issue 11, item 2)', () => {
    /**
     * Every control mapped to more than one check, reviewed. The finding of each listed check
     * carries the control, so each check's FAIL must be a failure of the control by itself:
     * "all-required" means the control asks for every listed state (a FAIL of any one check is a
     * failure of the control, and the control is met only when all pass).
     */
    const MULTI_CHECK_CONTROLS: Record<string, { checks: string[]; kind: 'all-required'; why: string }> = {
      'config-recorder': {
        checks: ['config.global-resources-recorded', 'config.recorder-enabled'],
        kind: 'all-required',
        why: 'CIS "AWS Config is enabled in all regions" audits a recording recorder in every region (config.recorder-enabled, per region) and global resource types recorded (config.global-resources-recorded): each FAIL is a failing part of the audit.',
      },
      'elb-logging': {
        checks: ['elb.access-logs-enabled', 'elbv2.access-logs-enabled'],
        kind: 'all-required',
        why: 'FSBP ELB.5 asks for logging on Application and Classic Load Balancers: each check judges one of the two kinds, so each FAIL is a load balancer the control fails.',
      },
    };
    /** Controls per framework version that MULTI_CHECK_CONTROLS entries stand for. */
    const MULTI_CHECK_AT: Record<string, string> = {
      'cis-aws-foundations-3.0.0:3.3': 'config-recorder', 'cis-aws-foundations-5.0.0:3.3': 'config-recorder', 'cis-aws-foundations-7.0.0:4.3': 'config-recorder',
      'aws-foundational-security-best-practices-1.0.0:ELB.5': 'elb-logging',
    };
    /**
     * Reviewed and NOT one verdict per control, outside this change's reach (another family's
     * mapping), kept visible here so it cannot grow silently: CIS 2.1.4 / 3.1.4 is met when Block
     * Public Access is on at the account level OR on each bucket. s3.bucket-public-access-block
     * judges each bucket's effective setting (bucket or account), so its FAIL decides the control;
     * s3.account-public-access-block's FAIL does not (every bucket may block at bucket level).
     */
    const KNOWN_IMPRECISE: Record<string, string[]> = {};
    /**
     * Checks mapped to more than one control of the same framework, reviewed: each control must be
     * decided by the check's one verdict. None today: ec2.security-group-admin-ports-restricted was
     * (CIS 5.2 IPv4 and 5.3 IPv6) until it was split into an IPv4 and an IPv6 check.
     */
    const MULTI_CONTROL_CHECKS: Record<string, { controls: string[]; why: string }> = {};

    it('every control mapped to several checks is reviewed (configuration benchmarks: CIS, FSBP)', () => {
      // Control catalogues (NIST, ISO, SOC 2, PCI DSS) map a requirement to every check that
      // evidences part of it, all required, as each file's "judgement" says; benchmarks whose
      // controls are single configuration rules must keep one verdict per control.
      const found: Record<string, string[]> = {};
      for (const fw of frameworks().filter((f) => BENCHMARKS.includes(f.id))) for (const c of fw.controls) if (c.checks.length > 1) found[`${fw.id}:${c.id}`] = [...c.checks].sort();
      const reviewed = {
        ...Object.fromEntries(Object.entries(MULTI_CHECK_AT).map(([k, entry]) => [k, [...MULTI_CHECK_CONTROLS[entry]!.checks].sort()])),
        ...KNOWN_IMPRECISE,
      };
      expect(found).toEqual(reviewed);
    });

    it('no check is mapped to several controls of one framework unless reviewed', () => {
      const found: Record<string, string[]> = {};
      for (const fw of frameworks()) {
        const byCheck = new Map<string, string[]>();
        for (const c of fw.controls) for (const id of c.checks) byCheck.set(id, [...(byCheck.get(id) ?? []), c.id]);
        for (const [id, controls] of byCheck) if (controls.length > 1) found[`${fw.id}:${id}`] = controls;
      }
      expect(found).toEqual(Object.fromEntries(Object.entries(MULTI_CONTROL_CHECKS).map(([k, v]) => [k, v.controls])));
    });
  });
});

/** The frameworks beyond CIS (issue 12): data files read by the same loader, mappings an auditor can check. */
describe('frameworks beyond CIS', () => {
  const CATALOGUES = [FSBP, 'nist-800-53-r5', 'iso-27001-2022', 'soc2-2017', 'pci-dss-4.0.1'] as const;
  const load = (id: string) => {
    const fw = framework(id);
    if (!fw) throw new Error(`${id} is not loaded by frameworks()`);
    return fw;
  };
  let catalogue: Set<string>;
  beforeAll(async () => {
    const { builtinChecks } = await import('../checks/index.js');
    catalogue = new Set(builtinChecks.map((c) => c.id));
  });

  it('loads the five new frameworks and the three CIS versions, each once', () => {
    const ids = frameworks().map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [...CATALOGUES, ...BENCHMARKS]) expect(ids).toContain(id);
  });

  describe.each(CATALOGUES)('%s', (id) => {
    const fw = load(id);

    it('names its source, what it lists and how a requirement is judged', () => {
      for (const key of ['source', 'scope', 'judgement', 'shortTitle'] as const) expect(fw[key]?.trim().length ?? 0, key).toBeGreaterThan(20 * Number(key !== 'shortTitle'));
      expect(fw.url).toMatch(/^https:\/\//);
    });

    it('lists unique requirement ids, each with a title and a section', () => {
      const ids = fw.controls.map((c) => c.id);
      expect(ids.length).toBeGreaterThan(30);
      expect(new Set(ids).size, 'duplicate requirement id').toBe(ids.length);
      for (const c of fw.controls) {
        expect(c.title.trim().length, `${c.id} title`).toBeGreaterThan(3);
        expect(c.section?.trim().length ?? 0, `${c.id} section`).toBeGreaterThan(1);
      }
    });

    it('gives every requirement checks that exist, or "manual" with a one-line reason', () => {
      for (const c of fw.controls) {
        for (const checkId of c.checks) expect(catalogue.has(checkId), `${c.id} → ${checkId}`).toBe(true);
        expect(new Set(c.checks).size, `${c.id} duplicate check`).toBe(c.checks.length);
        if (c.checks.length) expect(c.assessment, c.id).toBe('automated');
        else {
          expect(c.assessment, c.id).toBe('manual');
          expect(c.note?.trim().length ?? 0, `${c.id} reason`).toBeGreaterThan(10);
          expect(c.note, `${c.id} reason is one line`).not.toMatch(/\n/);
        }
      }
    });

    it('automates some requirements and leaves some to an assessor', () => {
      const cov = coverage(fw);
      expect(cov.automated).toBeGreaterThan(5);
      expect(cov.manual).toBeGreaterThan(0);
      expect(cov.automated + cov.manual).toBe(fw.controls.length);
    });
  });

  it('FSBP: Security Hub control ids of the standard, one check per control but ELB.5, the named examples mapped', () => {
    const fw = load(FSBP);
    for (const c of fw.controls) expect(c.id).toMatch(/^[A-Za-z0-9]+\.\d+$/);
    const checksOf = (id: string) => control(fw, id).checks;
    expect(checksOf('S3.1')).toEqual(['s3.account-public-access-block']);
    expect(checksOf('IAM.4')).toEqual(['iam.root-access-keys-absent']);
    expect(checksOf('ECS.5')).toEqual(['ecs.task-definition-read-only-root-filesystem']);
    expect(checksOf('ELB.4')).toEqual(['elbv2.drops-invalid-header-fields']);
    expect(checksOf('EC2.2')).toEqual(['ec2.default-security-group-closed']);
    // Security Hub controls outside the FSBP standard (CIS, NIST or PCI DSS only) are not FSBP requirements.
    for (const id of ['IAM.9', 'KMS.4', 'S3.14', 'EC2.53', 'CloudTrail.6']) expect(fw.controls.map((c) => c.id)).not.toContain(id);
    // A check that covers a control only in part is named in the reason, not mapped.
    expect(control(fw, 'EKS.1')).toMatchObject({ assessment: 'manual', checks: [] });
    expect(control(fw, 'EKS.1').note).toContain('eks.endpoint-public-access-restricted');
  });

  it('FSBP maps every check to the Security Hub control its description cites', () => {
    // A check that says it implements "FSBP X.n" is that control's evidence; the framework file must agree.
    // Citations that are not claims, each with why.
    const NOT_A_CLAIM: Record<string, string> = {
      'cognito.user-pool-threat-protection-enforced Cognito.1': 'not an FSBP control per the file\'s sources',
      'eventbridge.bus-policy-not-public EventBridge.3': 'named as a different control',
      'efs.automatic-backups-enabled EFS.2': 'named as related; the check decides EFS.7',
    };
    const fw = load(FSBP);
    const dir = join(import.meta.dirname, '..', 'checks');
    const unmapped: string[] = [];
    for (const svc of readdirSync(dir).filter((d) => !d.endsWith('.ts'))) {
      for (const file of readdirSync(join(dir, svc))) {
        const id = `${svc}.${file.replace(/\.ts$/, '')}`;
        for (const [, ctl] of readFileSync(join(dir, svc, file), 'utf8').matchAll(/FSBP ([A-Za-z0-9]+\.\d+)/g)) {
          if (NOT_A_CLAIM[`${id} ${ctl}`]) continue;
          const c = fw.controls.find((x) => x.id === ctl);
          if (!c?.checks.includes(id)) unmapped.push(`${id} cites ${ctl}`);
        }
      }
    }
    expect(unmapped).toEqual([]);
  });

  it('NIST SP 800-53: the AC, AU, CM, IA, SC and SI families at least, ids of the catalogue form', () => {
    const fw = load('nist-800-53-r5');
    for (const c of fw.controls) expect(c.id).toMatch(/^[A-Z]{2}-\d+(\(\d+\))?$/);
    const families = new Set(fw.controls.map((c) => c.id.split('-')[0]));
    for (const f of ['AC', 'AU', 'CM', 'IA', 'SC', 'SI']) expect(families).toContain(f);
    expect(control(fw, 'SC-28').checks).toContain('rds.instance-storage-encrypted');
    expect(control(fw, 'IA-2(1)').checks).toEqual(['iam.root-mfa-enabled', 'iam.root-hardware-mfa-enabled']);
  });

  it('ISO/IEC 27001:2022: all 93 Annex A controls, A.5.1 to A.8.34', () => {
    const fw = load('iso-27001-2022');
    const expected = [...[5, 37], ...[6, 8], ...[7, 14], ...[8, 34]];
    const ids: string[] = [];
    for (let i = 0; i < expected.length; i += 2) for (let n = 1; n <= expected[i + 1]!; n++) ids.push(`A.${expected[i]}.${n}`);
    expect(fw.controls.map((c) => c.id)).toEqual(ids);
    expect(control(fw, 'A.7.1')).toMatchObject({ assessment: 'manual', checks: [] });
  });

  it('SOC 2: the common criteria CC1 to CC9, CC6, CC7 and CC8 automated in part', () => {
    const fw = load('soc2-2017');
    for (const c of fw.controls) expect(c.id).toMatch(/^(CC\d|A1|C1)\.\d$/);
    for (const id of ['CC6.1', 'CC6.6', 'CC6.7', 'CC7.1', 'CC7.2', 'CC8.1']) expect(control(fw, id).checks.length, id).toBeGreaterThan(0);
    expect(control(fw, 'CC6.4').checks).toEqual([]);
  });

  it('PCI DSS v4.0.1: every requirement heading of the 12 principal requirements', () => {
    const fw = load('pci-dss-4.0.1');
    const principal = new Set(fw.controls.map((c) => c.id.split('.')[0]));
    expect([...principal]).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    for (const c of fw.controls) expect(c.id).toMatch(/^\d{1,2}\.\d{1,2}$/);
    expect(control(fw, '8.4').checks).toContain('iam.console-users-mfa-enabled');
  });

  it('a finding names every framework whose requirement its check decides', async () => {
    const { builtinChecks } = await import('../checks/index.js');
    const { Registry } = await import('../src/check/registry.js');
    const registry = await Registry.create(builtinChecks);
    expect(registry.get('iam.root-access-keys-absent')!.compliance).toEqual({
      [FSBP]: ['IAM.4'],
      'cis-aws-foundations-3.0.0': ['1.4'],
      'cis-aws-foundations-5.0.0': ['1.3'],
      'cis-aws-foundations-7.0.0': ['2.4'],
      'iso-27001-2022': ['A.8.2'],
      'nist-800-53-r5': ['IA-5'],
      'pci-dss-4.0.1': ['7.2'],
      'soc2-2017': ['CC6.3'],
    });
  });
});

describe('the framework loader', () => {
  const good = { id: 'x-1', title: 'X', version: '1', url: 'https://example.com', controls: [{ id: '1', title: 'One', assessment: 'manual', checks: [], note: 'Organizational.' }] };
  it.each([
    [{ ...good, id: 'Bad Id' }, /"id" must be lower-case words/],
    [{ ...good, controls: [] }, /"controls" must be a non-empty array/],
    [{ ...good, controls: [{ ...good.controls[0], note: undefined }] }, /"controls\[0\]\.note" must be the reason "1" is manual/],
    [{ ...good, controls: [good.controls[0], good.controls[0]] }, /"controls\[1\]\.id" must be unique \("1" is listed twice\)/],
    [{ ...good, controls: [{ ...good.controls[0], assessment: 'auto' }] }, /"controls\[0\]\.assessment" must be "automated" or "manual"/],
    [{ ...good, source: '' }, /"source" must be a non-empty string/],
  ])('names the file and the key of a broken file (%#)', (value, message) => {
    expect(() => validateFramework(value, 'src/frameworks/x.json')).toThrow(message);
    expect(() => validateFramework(value, 'src/frameworks/x.json')).toThrow(/^src\/frameworks\/x\.json: /);
  });

  it('resolves --framework ids, and names every valid id for an unknown one', () => {
    expect(resolveFrameworks(['soc2-2017', 'nist-800-53-r5', 'soc2-2017']).map((f) => f.id)).toEqual(['soc2-2017', 'nist-800-53-r5']);
    expect(() => resolveFrameworks(['soc2'])).toThrow(/--framework: unknown framework "soc2" \(did you mean "soc2-2017"\? valid ids: aws-foundational-security-best-practices-1\.0\.0, cis-aws-foundations-3\.0\.0, .*pci-dss-4\.0\.1, soc2-2017\)/);
  });
});
