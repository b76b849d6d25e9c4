/**
 * Shared shapes for the IAM check tests: credential report rows as AWS writes them (the header and
 * value spellings of the IAM User Guide's "Getting credential reports" page).
 */
import { GenerateCredentialReportCommand, GetCredentialReportCommand, type IAMClientResolvedConfig, type ServiceInputTypes, type ServiceOutputTypes } from '@aws-sdk/client-iam';
import type { AwsStub } from 'aws-sdk-client-mock';
import { TEST_ACCOUNT } from '../../harness/aws.js';

export const NOW = new Date('2025-06-01T00:00:00Z');
export const ACCOUNT = TEST_ACCOUNT;

/** An ISO timestamp `days` before NOW, as the report writes it. */
export const daysAgo = (days: number): string => new Date(NOW.getTime() - days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');

export const COLUMNS = [
  'user', 'arn', 'user_creation_time', 'password_enabled', 'password_last_used', 'password_last_changed', 'password_next_rotation',
  'mfa_active', 'access_key_1_active', 'access_key_1_last_rotated', 'access_key_1_last_used_date', 'access_key_1_last_used_region',
  'access_key_1_last_used_service', 'access_key_2_active', 'access_key_2_last_rotated', 'access_key_2_last_used_date',
  'access_key_2_last_used_region', 'access_key_2_last_used_service', 'cert_1_active', 'cert_1_last_rotated', 'cert_2_active', 'cert_2_last_rotated',
] as const;
export type Column = (typeof COLUMNS)[number];
export type Row = Partial<Record<Column, string>>;

export const userArn = (name: string): string => `arn:aws:iam::${ACCOUNT}:user/${name}`;
export const ROOT_ARN = `arn:aws:iam::${ACCOUNT}:root`;

/** An IAM user with no password and no keys, created a year ago; override what the test needs. */
export function userRow(name: string, over: Row = {}): Row {
  return {
    user: name, arn: userArn(name), user_creation_time: daysAgo(365),
    password_enabled: 'false', password_last_used: 'N/A', password_last_changed: 'N/A', password_next_rotation: 'N/A', mfa_active: 'false',
    access_key_1_active: 'false', access_key_1_last_rotated: 'N/A', access_key_1_last_used_date: 'N/A', access_key_1_last_used_region: 'N/A', access_key_1_last_used_service: 'N/A',
    access_key_2_active: 'false', access_key_2_last_rotated: 'N/A', access_key_2_last_used_date: 'N/A', access_key_2_last_used_region: 'N/A', access_key_2_last_used_service: 'N/A',
    cert_1_active: 'false', cert_1_last_rotated: 'N/A', cert_2_active: 'false', cert_2_last_rotated: 'N/A',
    ...over,
  };
}

/** The root user's row as AWS writes it: password columns 'not_supported' except last use. */
export function rootReportRow(over: Row = {}): Row {
  return userRow('<root_account>', {
    arn: ROOT_ARN, user_creation_time: daysAgo(2000), password_enabled: 'not_supported', password_last_used: 'no_information',
    password_last_changed: 'not_supported', password_next_rotation: 'not_supported', mfa_active: 'true', ...over,
  });
}

/** A user with a console password set `setDaysAgo` days ago, last used `usedDaysAgo` days ago (undefined: never). */
export const passwordUser = (name: string, usedDaysAgo: number | undefined, over: Row = {}, setDaysAgo = 300): Row =>
  userRow(name, { password_enabled: 'true', password_last_changed: daysAgo(setDaysAgo), password_last_used: usedDaysAgo === undefined ? 'no_information' : daysAgo(usedDaysAgo), ...over });

/** Columns of an active access key in slot n, rotated and last used so many days ago (undefined: never used). */
export const activeKey = (n: 1 | 2, rotatedDaysAgo: number, usedDaysAgo?: number): Row => ({
  [`access_key_${n}_active`]: 'true',
  [`access_key_${n}_last_rotated`]: daysAgo(rotatedDaysAgo),
  [`access_key_${n}_last_used_date`]: usedDaysAgo === undefined ? 'N/A' : daysAgo(usedDaysAgo),
  [`access_key_${n}_last_used_region`]: usedDaysAgo === undefined ? 'N/A' : 'us-east-1',
  [`access_key_${n}_last_used_service`]: usedDaysAgo === undefined ? 'N/A' : 's3',
});

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function reportCsv(rows: readonly Row[]): string {
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => quote(r[c] ?? '')).join(','))].join('\n') + '\n';
}

export type IamStub = AwsStub<ServiceInputTypes, ServiceOutputTypes, IAMClientResolvedConfig>;

/** Stubs GenerateCredentialReport (COMPLETE) and GetCredentialReport with these rows. */
export function mockCredentialReport(iam: IamStub, rows: readonly Row[]): void {
  iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
  iam.on(GetCredentialReportCommand).resolves({ Content: new TextEncoder().encode(reportCsv(rows)), ReportFormat: 'text/csv', GeneratedTime: NOW });
}

/** A policy document as GetAccountAuthorizationDetails returns it: JSON, URL-encoded (RFC 3986). */
export const urlEncoded = (doc: object): string => encodeURIComponent(JSON.stringify(doc, null, 2));

export const roleArn = (name: string, path = '/'): string => `arn:aws:iam::${ACCOUNT}:role${path}${name}`;
export const groupArn = (name: string): string => `arn:aws:iam::${ACCOUNT}:group/${name}`;
export const policyArn = (name: string): string => `arn:aws:iam::${ACCOUNT}:policy/${name}`;

const trust = urlEncoded({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });

export const userDetail = (name: string, over: object = {}) => ({
  UserName: name, UserId: `AIDA${name.toUpperCase()}`, Arn: userArn(name), Path: '/', CreateDate: NOW,
  GroupList: [], AttachedManagedPolicies: [], UserPolicyList: [], Tags: [], ...over,
});
export const groupDetail = (name: string, over: object = {}) => ({
  GroupName: name, GroupId: `AGPA${name.toUpperCase()}`, Arn: groupArn(name), Path: '/', CreateDate: NOW, GroupPolicyList: [], AttachedManagedPolicies: [], ...over,
});
export const roleDetail = (name: string, over: object = {}) => ({
  RoleName: name, RoleId: `AROA${name.toUpperCase()}`, Arn: roleArn(name), Path: '/', CreateDate: NOW, AssumeRolePolicyDocument: trust,
  InstanceProfileList: [], RolePolicyList: [], AttachedManagedPolicies: [], Tags: [], ...over,
});
/** A managed policy with one (default) version holding `doc`. */
export const managedPolicy = (name: string, doc: object, over: { Arn?: string; AttachmentCount?: number } = {}) => ({
  PolicyName: name, PolicyId: `ANPA${name.toUpperCase()}`, Arn: policyArn(name), Path: '/', DefaultVersionId: 'v2',
  AttachmentCount: 1, PermissionsBoundaryUsageCount: 0, IsAttachable: true, CreateDate: NOW, UpdateDate: NOW,
  PolicyVersionList: [
    { Document: urlEncoded({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }), VersionId: 'v1', IsDefaultVersion: false, CreateDate: NOW },
    { Document: urlEncoded(doc), VersionId: 'v2', IsDefaultVersion: true, CreateDate: NOW },
  ],
  ...over,
});
