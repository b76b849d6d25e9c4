import type { Check } from '../../src/check/define.js';
import amiAge from './ami-age.js';
import defaultSecurityGroupClosed from './default-security-group-closed.js';
import ebsDefaultEncryption from './ebs-default-encryption.js';
import ebsVolumeEncrypted from './ebs-volume-encrypted.js';
import imdsDefaultsRequireTokens from './imds-defaults-require-tokens.js';
import imdsv2Required from './imdsv2-required.js';
import instanceInAllowedRegion from './instance-in-allowed-region.js';
import instanceNoPublicAdminPorts from './instance-no-public-admin-ports.js';
import instanceProfileAttached from './instance-profile-attached.js';
import naclAdminPortsRestricted from './nacl-admin-ports-restricted.js';
import securityGroupAdminPortsRestricted from './security-group-admin-ports-restricted.js';
import securityGroupCifsRestricted from './security-group-cifs-restricted.js';
import snapshotEncrypted from './snapshot-encrypted.js';
import snapshotNotPublic from './snapshot-not-public.js';
import volumeInAllowedRegion from './volume-in-allowed-region.js';
import vpcFlowLogsEnabled from './vpc-flow-logs-enabled.js';

/** Built-in ec2 checks, sorted by id. */
export const ec2Checks: readonly Check[] = [
  amiAge,
  defaultSecurityGroupClosed,
  ebsDefaultEncryption,
  ebsVolumeEncrypted,
  imdsDefaultsRequireTokens,
  imdsv2Required,
  instanceInAllowedRegion,
  instanceNoPublicAdminPorts,
  instanceProfileAttached,
  naclAdminPortsRestricted,
  securityGroupAdminPortsRestricted,
  securityGroupCifsRestricted,
  snapshotEncrypted,
  snapshotNotPublic,
  volumeInAllowedRegion,
  vpcFlowLogsEnabled,
];
