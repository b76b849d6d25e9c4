import type { EntityType, GroupDetail, ManagedPolicyDetail, PasswordPolicy, RoleDetail, ServerCertificateMetadata, UserDetail, VirtualMFADevice } from '@aws-sdk/client-iam';
import type { Aws } from '../aws/call.js';
import { InventoryError } from '../aws/errors.js';
import { parseCsv } from '../util/csv.js';
import { memo } from './memo.js';

/** One row of the IAM credential report, keyed by its CSV header (`user`, `mfa_active`, …). */
export type CredentialReportRow = Readonly<Record<string, string>>;

export interface AuthorizationDetails {
  users: UserDetail[];
  groups: GroupDetail[];
  roles: RoleDetail[];
  policies: ManagedPolicyDetail[];
}

export interface IamInventoryOptions {
  /** Delay between credential-report polls; AWS usually finishes within seconds. */
  pollDelayMs?: number;
  maxPolls?: number;
}

const AUTHORIZATION_DETAILS_FILTER: EntityType[] = ['User', 'Group', 'Role', 'LocalManagedPolicy', 'AWSManagedPolicy'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function iamInventory(aws: Aws, opts: IamInventoryOptions = {}) {
  const region = aws.globalRegion;
  const { pollDelayMs = 2000, maxPolls = 30 } = opts;

  return {
    /** The credential report: generated (or reused if fresh), polled until complete, parsed. */
    credentialReport: memo(async (): Promise<CredentialReportRow[]> => {
      for (let i = 0; ; i++) {
        const gen = await aws.send('iam', region, 'GenerateCredentialReport', {}, { poll: true });
        if (gen.State === 'COMPLETE') break;
        if (i >= maxPolls) {
          throw new InventoryError({
            kind: 'timeout', service: 'iam', operation: 'GenerateCredentialReport', iamAction: 'iam:GenerateCredentialReport',
            code: 'ReportInProgress', message: `credential report still ${gen.State ?? 'unknown'} after ${maxPolls} polls`,
            account: aws.account, region,
          });
        }
        await sleep(pollDelayMs);
      }
      const report = await aws.send('iam', region, 'GetCredentialReport', {});
      const text = report.Content ? Buffer.from(report.Content).toString('utf8') : '';
      return parseCsv(text);
    }),

    /** null when the account has no custom password policy (NoSuchEntity). */
    passwordPolicy: memo(async (): Promise<PasswordPolicy | null> => {
      const out = await aws.sendOptional('iam', region, 'GetAccountPasswordPolicy', {}, ['NoSuchEntity', 'NoSuchEntityException']);
      return out?.PasswordPolicy ?? null;
    }),

    accountSummary: memo(async (): Promise<Record<string, number>> => {
      const out = await aws.send('iam', region, 'GetAccountSummary', {});
      return out.SummaryMap ?? {};
    }),

    /**
     * Users, groups, roles and managed policies with their documents: one bulk paginated call.
     * AWS managed policies are asked for too (Filter AWSManagedPolicy), so a principal's attached
     * AdministratorAccess is judged by its document like a customer policy. Checks judge only the
     * ones attached to a principal, whatever else the answer holds (moto, when it loads AWS managed
     * policies, answers with all ~1,500 of them on one page).
     */
    authorizationDetails: memo(async (): Promise<AuthorizationDetails> => {
      const all: AuthorizationDetails = { users: [], groups: [], roles: [], policies: [] };
      let marker: string | undefined;
      do {
        const out = await aws.send('iam', region, 'GetAccountAuthorizationDetails', { Filter: AUTHORIZATION_DETAILS_FILTER, MaxItems: 1000, ...(marker ? { Marker: marker } : {}) });
        all.users.push(...(out.UserDetailList ?? []));
        all.groups.push(...(out.GroupDetailList ?? []));
        all.roles.push(...(out.RoleDetailList ?? []));
        all.policies.push(...(out.Policies ?? []));
        marker = out.IsTruncated && out.Marker !== marker ? out.Marker : undefined;
      } while (marker);
      return all;
    }),

    virtualMfaDevices: memo(
      (): Promise<VirtualMFADevice[]> =>
        aws.paginate('iam', region, 'ListVirtualMFADevices', (Marker) => ({ MaxItems: 1000, ...(Marker ? { Marker } : {}) }), (o) => ({
          items: o.VirtualMFADevices,
          next: o.IsTruncated ? o.Marker : undefined,
        })),
    ),

    /** Server certificates stored in IAM (metadata only: ListServerCertificates returns no key material). */
    serverCertificates: memo(
      (): Promise<ServerCertificateMetadata[]> =>
        aws.paginate('iam', region, 'ListServerCertificates', (Marker) => ({ MaxItems: 1000, ...(Marker ? { Marker } : {}) }), (o) => ({
          items: o.ServerCertificateMetadataList,
          next: o.IsTruncated ? o.Marker : undefined,
        })),
    ),
  };
}

export type IamInventory = ReturnType<typeof iamInventory>;
