/**
 * deploy/aws/scheduled-scan.template.json without AWS: it parses, names the schedule, task
 * definition, task role and evidence bucket, every reference resolves, and the task role holds
 * exactly `srm-audit policy` plus the evidence writes.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanPolicy } from '../../src/cli/policy.js';
import { packageRoot } from '../../src/util/package-root.js';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };
interface Resource { Type: string; Properties?: Obj; Condition?: string; DependsOn?: string | string[]; DeletionPolicy?: string; UpdateReplacePolicy?: string }
interface Template { AWSTemplateFormatVersion: string; Parameters: Record<string, Obj>; Conditions?: Record<string, Json>; Resources: Record<string, Resource>; Outputs?: Record<string, Obj> }

const FILE = join(packageRoot(), 'deploy', 'aws', 'scheduled-scan.template.json');
const load = (): Template => JSON.parse(readFileSync(FILE, 'utf8')) as Template;

const PSEUDO = new Set(['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix']);
/** Fn::GetAtt attributes per resource type (CloudFormation reference, "Return values"), for the types the template uses. */
const ATTRIBUTES: Record<string, string[]> = {
  'AWS::KMS::Key': ['Arn', 'KeyId'],
  'AWS::S3::Bucket': ['Arn', 'DomainName', 'RegionalDomainName', 'DualStackDomainName', 'WebsiteURL'],
  'AWS::S3::BucketPolicy': [],
  'AWS::Logs::LogGroup': ['Arn'],
  'AWS::ECS::Cluster': ['Arn'],
  'AWS::ECS::TaskDefinition': ['TaskDefinitionArn'],
  'AWS::EC2::SecurityGroup': ['GroupId', 'VpcId'],
  'AWS::IAM::Role': ['Arn', 'RoleId'],
  'AWS::Scheduler::Schedule': ['Arn'],
};
const FUNCTIONS = new Set(['Ref', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Join', 'Fn::Split', 'Fn::Select', 'Fn::If', 'Fn::Not', 'Fn::Equals', 'Fn::And', 'Fn::Or', 'Condition']);

/** Every dangling Ref, GetAtt, Sub variable, condition name or unknown intrinsic function, as "path: problem". */
function referenceErrors(t: Template): string[] {
  const errors: string[] = [];
  const params = new Set(Object.keys(t.Parameters));
  const resources = t.Resources;
  const conditions = new Set(Object.keys(t.Conditions ?? {}));
  const name = (n: string) => params.has(n) || n in resources || PSEUDO.has(n);
  const getAtt = (path: string, res: string, attr: string) => {
    const r = resources[res];
    if (!r) errors.push(`${path}: Fn::GetAtt names no resource ${res}`);
    else if (!(ATTRIBUTES[r.Type] ?? []).includes(attr)) errors.push(`${path}: ${r.Type} has no attribute ${attr}`);
  };
  const walk = (v: Json, path: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`));
    if (v === null || typeof v !== 'object') return;
    const keys = Object.keys(v);
    const fn = keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::') || keys[0] === 'Condition') ? keys[0]! : undefined;
    if (keys.length === 1 && keys[0]!.startsWith('Fn::') && !FUNCTIONS.has(keys[0]!)) errors.push(`${path}: unknown function ${keys[0]}`);
    const arg = fn ? v[fn]! : undefined;
    if (fn === 'Ref' && (typeof arg !== 'string' || !name(arg))) errors.push(`${path}: Ref to undefined ${String(arg)}`);
    if (fn === 'Condition' && (typeof arg !== 'string' || !conditions.has(arg))) errors.push(`${path}: undefined condition ${String(arg)}`);
    if (fn === 'Fn::If' && (!Array.isArray(arg) || typeof arg[0] !== 'string' || !conditions.has(arg[0]))) errors.push(`${path}: Fn::If on an undefined condition`);
    if (fn === 'Fn::GetAtt') {
      if (Array.isArray(arg) && typeof arg[0] === 'string' && typeof arg[1] === 'string') getAtt(path, arg[0], arg[1]);
      else errors.push(`${path}: Fn::GetAtt takes [resource, attribute]`);
    }
    if (fn === 'Fn::Sub') {
      const [text, vars] = typeof arg === 'string' ? [arg, {}] : Array.isArray(arg) && typeof arg[0] === 'string' ? [arg[0], (arg[1] ?? {}) as Obj] : ['', {}];
      for (const [, ref] of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
        if (ref! in vars) continue;
        const dot = ref!.indexOf('.');
        if (dot > 0 && !ref!.startsWith('AWS::')) getAtt(path, ref!.slice(0, dot), ref!.slice(dot + 1));
        else if (!name(ref!)) errors.push(`${path}: Fn::Sub variable \${${ref}} is undefined`);
      }
    }
    for (const k of keys) walk(v[k]!, `${path}.${k}`);
  };
  for (const [id, r] of Object.entries(resources)) {
    if (!ATTRIBUTES[r.Type]) errors.push(`Resources.${id}: type ${r.Type} is not in this test's attribute table`);
    if (r.Condition && !conditions.has(r.Condition)) errors.push(`Resources.${id}: undefined condition ${r.Condition}`);
    for (const d of [r.DependsOn ?? []].flat()) if (!(d in resources)) errors.push(`Resources.${id}: DependsOn undefined ${d}`);
    walk((r.Properties ?? {}) as Json, `Resources.${id}.Properties`);
  }
  walk((t.Conditions ?? {}) as Json, 'Conditions');
  walk((t.Outputs ?? {}) as Json, 'Outputs');
  return errors;
}

/** Every Ref and Sub variable of the template, to find parameters nobody reads. */
function referencedNames(v: Json, into = new Set<string>()): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => referencedNames(x, into));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'Ref' && typeof x === 'string') into.add(x);
      if (k === 'Fn::Sub') for (const [, n] of JSON.stringify(x).matchAll(/\$\{([^!}.][^}.]*)/g)) into.add(n!);
      referencedNames(x, into);
    }
  }
  return into;
}

const props = (t: Template, id: string): Obj => t.Resources[id]!.Properties!;
const inlinePolicies = (t: Template, role: string) => props(t, role)['Policies'] as { PolicyName: string; PolicyDocument: { Statement: Obj[] } }[];
const actionsOf = (statements: Obj[]) => statements.flatMap((s) => [s['Action']!].flat() as string[]);

describe('deploy/aws CloudFormation template', () => {
  const t = load();

  it('declares the schedule, cluster, task definition, task role, evidence bucket, its policy and the log group', () => {
    expect(t.AWSTemplateFormatVersion).toBe('2010-09-09');
    const types = Object.fromEntries(Object.entries(t.Resources).map(([id, r]) => [id, r.Type]));
    expect(types).toMatchObject({
      Schedule: 'AWS::Scheduler::Schedule',
      Cluster: 'AWS::ECS::Cluster',
      TaskDefinition: 'AWS::ECS::TaskDefinition',
      TaskRole: 'AWS::IAM::Role',
      EvidenceBucket: 'AWS::S3::Bucket',
      EvidenceBucketPolicy: 'AWS::S3::BucketPolicy',
      LogGroup: 'AWS::Logs::LogGroup',
    });
  });

  it('every Ref, GetAtt, Sub variable and condition points to something defined, and every parameter is read', () => {
    expect(referenceErrors(t)).toEqual([]);
    const used = referencedNames(t.Resources as unknown as Json);
    expect(Object.keys(t.Parameters).filter((p) => !used.has(p))).toEqual([]);
  });

  it('the reference check catches a dangling Ref, a wrong attribute, a Sub typo and an unknown condition', () => {
    const broken = load();
    const bucket = props(broken, 'EvidenceBucket');
    bucket['VersioningConfiguration'] = { Status: { Ref: 'VersioningStatus' } };
    props(broken, 'TaskDefinition')['TaskRoleArn'] = { 'Fn::GetAtt': ['TaskRole', 'RoleArn'] };
    props(broken, 'LogGroup')['LogGroupName'] = { 'Fn::Sub': '/srm-audit/${AWS::StackNam}' };
    props(broken, 'Schedule')['State'] = { 'Fn::If': ['IsProduction', 'ENABLED', 'DISABLED'] };
    expect(referenceErrors(broken)).toEqual([
      expect.stringContaining('Ref to undefined VersioningStatus'),
      expect.stringContaining('${AWS::StackNam} is undefined'),
      expect.stringContaining('AWS::IAM::Role has no attribute RoleArn'),
      expect.stringContaining('Fn::If on an undefined condition'),
    ]);
  });

  it('the task role holds exactly `srm-audit policy` (run `npm run deploy:policy` after adding an operation) plus the evidence writes', () => {
    expect(props(t, 'TaskRole')['ManagedPolicyArns']).toBeUndefined();
    const policies = inlinePolicies(t, 'TaskRole');
    expect(policies.map((p) => p.PolicyName).sort()).toEqual(['SrmAuditEvidenceWrite', 'SrmAuditReadOnly']);
    expect(policies.find((p) => p.PolicyName === 'SrmAuditReadOnly')!.PolicyDocument).toEqual(scanPolicy());

    const evidence = policies.find((p) => p.PolicyName === 'SrmAuditEvidenceWrite')!.PolicyDocument.Statement;
    expect(actionsOf(evidence).sort()).toEqual(['kms:Decrypt', 'kms:GenerateDataKey', 's3:AbortMultipartUpload', 's3:GetObject', 's3:ListBucket', 's3:PutObject']);
    for (const s of evidence) {
      expect(s['Effect']).toBe('Allow');
      // Only the stack's own bucket (objects under the prefix) and key: never '*'.
      expect(JSON.stringify(s['Resource'])).toMatch(/EvidenceBucket|EvidenceKey/);
      expect(JSON.stringify(s['Resource'])).not.toContain('"*"');
    }
    expect(JSON.stringify(evidence.find((s) => actionsOf([s]).includes('s3:PutObject'))!['Resource'])).toContain('${EvidenceBucket.Arn}/${EvidencePrefix}/*');
  });

  it('the role stays under IAM\'s 10,240-character limit for a role\'s inline policies, with room for resolved ARNs', () => {
    const size = inlinePolicies(t, 'TaskRole').reduce((n, p) => n + JSON.stringify(p.PolicyDocument).length, 0);
    expect(size).toBeLessThan(10_240 - 1_000);
  });

  it('the evidence bucket: versioned, Object Lock with default retention, KMS-encrypted, public access blocked, TLS only, kept on stack deletion', () => {
    const r = t.Resources['EvidenceBucket']!;
    const b = r.Properties!;
    expect(r.DeletionPolicy).toBe('Retain');
    expect(b['VersioningConfiguration']).toEqual({ Status: 'Enabled' });
    expect(b['ObjectLockEnabled']).toBe(true);
    expect(b['ObjectLockConfiguration']).toEqual({ ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: { Ref: 'ObjectLockMode' }, Days: { Ref: 'RetentionDays' } } } });
    // srm-audit's own s3.evidence-bucket-object-lock judges buckets tagged purpose=evidence and asks for 365 days.
    expect(Number(t.Parameters['RetentionDays']!['Default'])).toBeGreaterThanOrEqual(365);
    expect(b['Tags']).toContainEqual({ Key: 'purpose', Value: 'evidence' });
    expect(b['BucketEncryption']).toMatchObject({ ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': ['EvidenceKey', 'Arn'] } } }] });
    expect(b['PublicAccessBlockConfiguration']).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(props(t, 'EvidenceKey')['EnableKeyRotation']).toBe(true);

    const policy = props(t, 'EvidenceBucketPolicy');
    expect(policy['Bucket']).toEqual({ Ref: 'EvidenceBucket' });
    expect((policy['PolicyDocument'] as { Statement: Obj[] }).Statement).toContainEqual(expect.objectContaining({
      Effect: 'Deny', Principal: '*', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      Resource: [{ 'Fn::GetAtt': ['EvidenceBucket', 'Arn'] }, { 'Fn::Sub': '${EvidenceBucket.Arn}/*' }],
    }));
  });

  it('the task runs the image on Fargate with a read-only root, logs to the log group and writes its run folders to the bucket prefix it may write', () => {
    const td = props(t, 'TaskDefinition');
    expect(td['RequiresCompatibilities']).toEqual(['FARGATE']);
    expect(td['TaskRoleArn']).toEqual({ 'Fn::GetAtt': ['TaskRole', 'Arn'] });
    const [c, ...others] = td['ContainerDefinitions'] as Obj[];
    expect(others).toEqual([]);
    expect(c!['Image']).toEqual({ Ref: 'ContainerImage' });
    expect(c!['ReadonlyRootFilesystem']).toBe(true);
    expect(c!['MountPoints']).toEqual([{ SourceVolume: 'out', ContainerPath: '/out', ReadOnly: false }]);
    expect((c!['LogConfiguration'] as { Options: Obj }).Options['awslogs-group']).toEqual({ Ref: 'LogGroup' });
    const command = JSON.stringify(c!['Command']);
    expect(command).toContain('scan --fail-on none --baseline latest --output-dir');
    expect(command).toContain('s3://${EvidenceBucket}/${EvidencePrefix}');
  });

  it('the schedule starts that task on the cluster with a role that may run only it and pass only its two roles', () => {
    const target = props(t, 'Schedule')['Target'] as Obj;
    expect(target['Arn']).toEqual({ 'Fn::GetAtt': ['Cluster', 'Arn'] });
    expect(target['RoleArn']).toEqual({ 'Fn::GetAtt': ['SchedulerRole', 'Arn'] });
    expect(target['EcsParameters']).toMatchObject({ TaskDefinitionArn: { Ref: 'TaskDefinition' }, LaunchType: 'FARGATE' });
    const statements = inlinePolicies(t, 'SchedulerRole').flatMap((p) => p.PolicyDocument.Statement);
    expect(actionsOf(statements).sort()).toEqual(['ecs:RunTask', 'iam:PassRole']);
    expect(statements.find((s) => s['Action'] === 'ecs:RunTask')!['Resource']).toEqual({ Ref: 'TaskDefinition' });
    expect(statements.find((s) => s['Action'] === 'iam:PassRole')!['Resource']).toEqual([{ 'Fn::GetAtt': ['TaskRole', 'Arn'] }, { 'Fn::GetAtt': ['ExecutionRole', 'Arn'] }]);
  });

  // cfn-lint knows every resource type's property names, allowed values and attributes, which the
  // checks above do not; a missing cfn-lint fails the test (pip install cfn-lint), never skips it.
  it('passes cfn-lint with no error or warning', async () => {
    const { code, output } = await new Promise<{ code: number | string; output: string }>((resolve) => {
      execFile('cfn-lint', ['--format', 'parseable', FILE], (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, output: `${stdout}${stderr}` }));
    });
    expect(code === 'ENOENT' ? 'cfn-lint is not installed: pip install cfn-lint' : output.trim()).toBe('');
    expect(code).toBe(0);
  }, 120_000);

  it('the task accepts no inbound traffic and reaches only HTTPS', () => {
    const sg = props(t, 'TaskSecurityGroup');
    expect(sg['SecurityGroupIngress']).toBeUndefined();
    expect(sg['SecurityGroupEgress']).toEqual([expect.objectContaining({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443 })]);
  });
});
